import type { MemberId } from '../ids.ts';
import { decideVotes, type Outcome } from './outcome.ts';
import type { Votes } from './vote.ts';

/** How the question "is this matter procedural?" is settled (council-rules.md 2.6). */
export type PreliminaryPath =
  /** The San Francisco Statement: the preliminary question is itself non-procedural (veto applies). */
  | { readonly type: 'preliminary-vote'; readonly votes: Votes }
  /** Rule 30: the President rules; the ruling stands unless overruled by a procedural vote. */
  | {
      readonly type: 'presidential-ruling';
      readonly ruling: 'procedural' | 'non-procedural';
      readonly challenge: Votes | null;
    };

/** The result of the double-veto flow: how the main question was classified and decided. */
export interface PreliminaryResult {
  readonly classification: 'procedural' | 'non-procedural';
  /** The vote on the preliminary question (or on the challenge to the ruling), when one was taken. */
  readonly preliminary: Outcome | null;
  readonly main: Outcome;
  /** True when one permanent member vetoed both the preliminary question and the matter itself. */
  readonly doubleVeto: boolean;
  readonly explanation: string;
}

/**
 * Settles whether a disputed matter is procedural, then decides the matter itself.
 * Preliminary vote: adopted (as a non-procedural decision) → the matter is procedural; otherwise it is
 * non-procedural, so a permanent member can veto both (the "double veto"). Presidential ruling: the
 * ruling stands unless a procedural vote on the challenge overturns it.
 * @example decideWithPreliminary(path, mainVotes, { members, threshold: 7, vetoHolders })
 */
export function decideWithPreliminary(
  path: PreliminaryPath,
  mainVotes: Votes,
  body: {
    readonly members: readonly MemberId[];
    readonly threshold: number;
    readonly vetoHolders: readonly MemberId[];
  },
): PreliminaryResult {
  let classification: 'procedural' | 'non-procedural';
  let preliminary: Outcome | null = null;
  let how: string;
  if (path.type === 'preliminary-vote') {
    preliminary = decideVotes(path.votes, body.members, {
      type: 'substantive',
      threshold: body.threshold,
      vetoHolders: body.vetoHolders,
    });
    classification = preliminary.adopted ? 'procedural' : 'non-procedural';
    how = preliminary.adopted
      ? 'The Council decided that the matter is procedural.'
      : `The proposal to treat the matter as procedural failed (${preliminary.reason === 'veto' ? `vetoed by ${preliminary.vetoes.join(', ')}` : 'insufficient votes'}), so the matter is voted as non-procedural.`;
  } else {
    classification = path.ruling;
    how = `The President ruled the matter ${path.ruling}.`;
    if (path.challenge) {
      preliminary = decideVotes(path.challenge, body.members, { type: 'procedural', threshold: body.threshold });
      if (preliminary.adopted) {
        classification = path.ruling === 'procedural' ? 'non-procedural' : 'procedural';
        how += ` The ruling was overruled by a procedural vote, so the matter is treated as ${classification}.`;
      } else {
        how += ' The challenge failed, so the ruling stands.';
      }
    }
  }
  const main = decideVotes(
    mainVotes,
    body.members,
    classification === 'procedural'
      ? { type: 'procedural', threshold: body.threshold }
      : { type: 'substantive', threshold: body.threshold, vetoHolders: body.vetoHolders },
  );
  const doubleVeto =
    path.type === 'preliminary-vote' &&
    preliminary !== null &&
    preliminary.reason === 'veto' &&
    main.reason === 'veto' &&
    main.vetoes.some((m) => preliminary?.vetoes.includes(m));
  return {
    classification,
    preliminary,
    main,
    doubleVeto,
    explanation: `${how} ${main.explanation}${doubleVeto ? ' This is a double veto: the same permanent member blocked both the procedural classification and the matter itself.' : ''}`,
  };
}

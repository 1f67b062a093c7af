import { assertNever } from '../errors.ts';
import type { MemberId } from '../ids.ts';
import type { ConsensusInstrument, DecisionRule } from './instrument.ts';
import { type Tally, tallyVotes, type Votes } from './vote.ts';

/**
 * Why a proposal was or was not adopted:
 * - `adopted`: adopted (or, for a consensus instrument, agreed);
 * - `veto`: the threshold was reached but a permanent member voted no;
 * - `insufficient-votes`: fewer yes votes than the threshold (even if permanent members voted no);
 * - `objection`: a consensus text that one or more members would not accept.
 */
export type OutcomeReason = 'adopted' | 'veto' | 'insufficient-votes' | 'objection';

/** The result of one decision, with its reason in words. */
export interface Outcome {
  readonly adopted: boolean;
  readonly reason: OutcomeReason;
  readonly rule: DecisionRule['type'];
  readonly tally: Tally;
  /** Affirmative votes required; `null` for consensus instruments. */
  readonly threshold: number | null;
  /** Permanent members whose no vote was a veto; empty unless `reason` is `veto`. */
  readonly vetoes: readonly MemberId[];
  /** Every veto holder that voted no, whether or not it was a veto. */
  readonly permanentNo: readonly MemberId[];
  /** Members that blocked a consensus text (empty for votes). */
  readonly objections: readonly MemberId[];
  /** The outcome in one sentence, as the President would announce it. */
  readonly explanation: string;
}

/** Options for the wording of explanations. */
export interface ExplainOptions {
  /** The display name of a member; defaults to its code. */
  readonly nameOf?: (member: MemberId) => string;
}

/**
 * Decides a proposal from each member's vote (council-rules.md 2.4 and section 3).
 * `members` is the whole body; members without a vote count as absent.
 * @example decideVotes(votes, council.members.map((m) => m.code), { type: 'substantive', threshold: 9, vetoHolders })
 */
export function decideVotes(
  votes: Votes,
  members: readonly MemberId[],
  rule: DecisionRule,
  options: ExplainOptions = {},
): Outcome {
  const tally = tallyVotes(votes, members);
  const noVoters = members.filter((m) => votes.get(m) === 'no');
  return decide(tally, noVoters, rule, options);
}

/**
 * Decides a proposal from its announced tally. `permanentNo` names the veto holders that voted no
 * (needed because a count alone cannot say who voted no). For a consensus rule, `permanentNo` is read
 * as the list of objecting members.
 * @example decideTally({ yes: 11, no: 1, abstain: 3, absent: 0, notParticipating: 0 }, [rus], rule)
 */
export function decideTally(
  tally: Tally,
  permanentNo: readonly MemberId[],
  rule: DecisionRule,
  options: ExplainOptions = {},
): Outcome {
  return decide(tally, permanentNo, rule, options);
}

function decide(tally: Tally, noVoters: readonly MemberId[], rule: DecisionRule, options: ExplainOptions): Outcome {
  const nameOf = options.nameOf ?? ((m: MemberId) => m);
  switch (rule.type) {
    case 'procedural': {
      const adopted = tally.yes >= rule.threshold;
      const permanentNo: MemberId[] = [];
      return {
        adopted,
        reason: adopted ? 'adopted' : 'insufficient-votes',
        rule: rule.type,
        tally,
        threshold: rule.threshold,
        vetoes: [],
        permanentNo,
        objections: [],
        explanation: adopted
          ? `Adopted as a procedural decision with ${countWords(tally)}: ${tally.yes} affirmative votes reach the ${rule.threshold} required, and on a procedural matter a permanent member's negative vote is not a veto.`
          : `Not adopted, having failed to obtain the required number of votes: ${tally.yes} in favour, ${rule.threshold} required (${countWords(tally)}).`,
      };
    }
    case 'substantive': {
      const permanentNo = noVoters.filter((m) => rule.vetoHolders.includes(m));
      const reached = tally.yes >= rule.threshold;
      if (!reached) {
        const pNote =
          permanentNo.length > 0
            ? ` The negative vote${permanentNo.length > 1 ? 's' : ''} of ${listWords(permanentNo.map(nameOf))} ${permanentNo.length > 1 ? 'are' : 'is'} not counted as a veto, since the draft fell short of the threshold anyway.`
            : '';
        return {
          adopted: false,
          reason: 'insufficient-votes',
          rule: rule.type,
          tally,
          threshold: rule.threshold,
          vetoes: [],
          permanentNo,
          objections: [],
          explanation: `Not adopted, having failed to obtain the required number of votes: ${tally.yes} in favour, ${rule.threshold} required (${countWords(tally)}).${pNote}`,
        };
      }
      if (permanentNo.length > 0) {
        const plural = permanentNo.length > 1;
        return {
          adopted: false,
          reason: 'veto',
          rule: rule.type,
          tally,
          threshold: rule.threshold,
          vetoes: permanentNo,
          permanentNo,
          objections: [],
          explanation: `Not adopted, owing to the negative vote${plural ? 's' : ''} of ${plural ? 'permanent members' : 'a permanent member'} of the Council (${listWords(permanentNo.map(nameOf))}), although ${tally.yes} members voted in favour, ${tally.yes === rule.threshold ? 'exactly' : 'more than'} the ${rule.threshold} required (${countWords(tally)}).`,
        };
      }
      return {
        adopted: true,
        reason: 'adopted',
        rule: rule.type,
        tally,
        threshold: rule.threshold,
        vetoes: [],
        permanentNo,
        objections: [],
        explanation: `Adopted with ${countWords(tally)}: ${tally.yes} affirmative votes reach the ${rule.threshold} required and no permanent member voted against${tally.abstain + tally.absent + tally.notParticipating > 0 ? ' (abstention or absence is not a veto)' : ''}.`,
      };
    }
    case 'consensus': {
      const objections = noVoters;
      const adopted = objections.length === 0;
      const noun = consensusNoun(rule.instrument);
      return {
        adopted,
        reason: adopted ? 'adopted' : 'objection',
        rule: rule.type,
        tally,
        threshold: null,
        vetoes: [],
        permanentNo: [],
        objections,
        explanation: adopted
          ? `Agreed by consensus: no member objected to the ${noun}${tally.abstain > 0 ? ` (${tally.abstain} would rather not, but none blocks it)` : ''}.`
          : `No ${noun}: ${listWords(objections.map(nameOf))} would not agree, and a ${noun} needs the agreement of every member, so any single member can block it.`,
      };
    }
    default:
      return assertNever(rule);
  }
}

function consensusNoun(instrument: ConsensusInstrument): string {
  switch (instrument) {
    case 'presidential-statement':
      return 'presidential statement';
    case 'press-statement':
      return 'press statement';
    case 'press-elements':
      return 'press elements';
    default:
      return assertNever(instrument);
  }
}

/** "11 votes to 1, with 3 abstentions" in the President's words. */
export function countWords(t: Tally): string {
  const votes = (n: number) => (n === 0 ? 'none' : `${n}`);
  const parts = [`${t.yes} vote${t.yes === 1 ? '' : 's'} to ${votes(t.no)}`];
  const extra: string[] = [];
  if (t.abstain > 0) extra.push(`${t.abstain} abstention${t.abstain === 1 ? '' : 's'}`);
  if (t.notParticipating > 0) extra.push(`${t.notParticipating} not participating`);
  if (t.absent > 0) extra.push(`${t.absent} absent`);
  if (extra.length > 0) parts.push(`with ${listWords(extra)}`);
  return parts.join(', ');
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

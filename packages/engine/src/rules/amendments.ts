import type { MemberId } from '../ids.ts';
import type { Outcome } from './outcome.ts';

/** Rule 33 motions, in their order of precedence over every draft (1 to 5; 6, amendments, is below). */
export type PrecedenceMotion = 'suspend' | 'adjourn' | 'adjourn-to' | 'refer' | 'postpone';

const MOTION_RANK: Readonly<Record<PrecedenceMotion, number>> = {
  suspend: 1,
  adjourn: 2,
  'adjourn-to': 3,
  refer: 4,
  postpone: 5,
};

/** An amendment to a draft. `distance` ranks how far it is removed in substance (higher: further). */
export interface Amendment {
  readonly id: string;
  readonly kind: 'addition' | 'deletion' | 'substitution';
  readonly distance: number;
}

/** A draft on the agenda item, with what happens to it before the vote. */
export interface AgendaDraft {
  readonly id: string;
  /** Order of submission (Rule 32(1)): lower is earlier. */
  readonly submitted: number;
  readonly amendments?: readonly Amendment[];
  /** Withdrawn before the vote (Rule 35). */
  readonly withdrawn?: boolean;
  /** Submitted by a non-member under Rule 38: voted only at a Council member's request. */
  readonly rule38?: { readonly requestedBy: MemberId | null };
  /** Division requested (Rule 32(2)): parts voted separately unless the mover objects. */
  readonly division?: { readonly parts: readonly string[]; readonly moverObjects: boolean };
}

/** One agenda item: precedence motions and drafts. */
export interface AgendaItem {
  readonly motions?: readonly { readonly id: string; readonly motion: PrecedenceMotion }[];
  readonly drafts: readonly AgendaDraft[];
}

/** One step of the voting sequence, or a draft that is not put to the vote, with the rule. */
export type VotingStep =
  | { readonly type: 'motion'; readonly id: string; readonly motion: PrecedenceMotion; readonly rule: string }
  | { readonly type: 'amendment'; readonly draft: string; readonly id: string; readonly rule: string }
  | { readonly type: 'part'; readonly draft: string; readonly part: string; readonly rule: string }
  | { readonly type: 'draft'; readonly id: string; readonly rule: string }
  | { readonly type: 'not-voted'; readonly id: string; readonly rule: string };

/**
 * Orders the votes on one agenda item (council-rules.md 2.8): Rule 33 motions first in their order of
 * precedence; then each draft in order of submission (Rule 32(1)) with its amendments first (Rule 36:
 * additions and deletions, then the amendment furthest removed in substance), its parts when division
 * was requested and the mover did not object (Rule 32(2)), then the draft as a whole. Withdrawn drafts
 * (Rule 35) and Rule 38 drafts no member asked to vote on are listed as not voted.
 * @example orderVotes({ drafts: [{ id: 'S/2025/1', submitted: 1, amendments }] })
 */
export function orderVotes(item: AgendaItem): VotingStep[] {
  const steps: VotingStep[] = [];
  const motions = [...(item.motions ?? [])].sort((a, b) => MOTION_RANK[a.motion] - MOTION_RANK[b.motion]);
  for (const m of motions) {
    steps.push({ type: 'motion', id: m.id, motion: m.motion, rule: `Rule 33(${MOTION_RANK[m.motion]})` });
  }
  const drafts = [...item.drafts].sort((a, b) => a.submitted - b.submitted);
  for (const d of drafts) {
    if (d.withdrawn) {
      steps.push({ type: 'not-voted', id: d.id, rule: 'Rule 35: withdrawn before the vote' });
      continue;
    }
    if (d.rule38 && d.rule38.requestedBy === null) {
      steps.push({
        type: 'not-voted',
        id: d.id,
        rule: 'Rule 38: submitted by a non-member and no Council member requested a vote',
      });
      continue;
    }
    for (const a of orderAmendments(d.amendments ?? [])) {
      steps.push({
        type: 'amendment',
        draft: d.id,
        id: a.id,
        rule:
          a.kind === 'substitution'
            ? 'Rule 36: furthest removed in substance first'
            : `Rule 36: an amendment that ${a.kind === 'addition' ? 'adds to' : 'deletes from'} the text is voted first`,
      });
    }
    if (d.division && !d.division.moverObjects) {
      for (const part of d.division.parts) {
        steps.push({ type: 'part', draft: d.id, part, rule: 'Rule 32(2): division requested, mover did not object' });
      }
    }
    steps.push({
      type: 'draft',
      id: d.id,
      rule:
        d.division?.moverObjects === true
          ? 'Rule 32(1), as a whole: the mover objected to division, so no separate votes (Rule 32(2))'
          : 'Rule 32(1): in order of submission, as amended',
    });
  }
  return steps;
}

/** Rule 36: additions and deletions first, then the rest furthest removed first; ties keep input order. */
export function orderAmendments(amendments: readonly Amendment[]): Amendment[] {
  const rank = (a: Amendment) => (a.kind === 'substitution' ? 1 : 0);
  return amendments
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank(x.a) - rank(y.a) || y.a.distance - x.a.distance || x.i - y.i)
    .map((x) => x.a);
}

/** The result of one voting step, and what it did to the sequence. */
export interface StepResult {
  readonly step: VotingStep;
  readonly outcome: Outcome | null;
}

/**
 * Runs a voting sequence, asking `decide` for each step's outcome. An adopted Rule 33 motion
 * (suspend, adjourn, refer, postpone) ends the sequence; adopted amendments are reported per draft so the caller knows the
 * text that was finally voted; a part that is not adopted (including by veto) is dropped from the text.
 * Every draft put to the vote gets its own result (no draft disposes of a competing one).
 */
export function runVotingSequence(
  steps: readonly VotingStep[],
  decide: (
    step: VotingStep,
    context: { readonly adoptedAmendments: readonly string[]; readonly droppedParts: readonly string[] },
  ) => Outcome,
): { readonly results: readonly StepResult[]; readonly endedBy: string | null } {
  const results: StepResult[] = [];
  const adopted = new Map<string, string[]>();
  const dropped = new Map<string, string[]>();
  for (const step of steps) {
    if (step.type === 'not-voted') {
      results.push({ step, outcome: null });
      continue;
    }
    const draftId = step.type === 'draft' ? step.id : step.type === 'motion' ? '' : step.draft;
    const outcome = decide(step, {
      adoptedAmendments: adopted.get(draftId) ?? [],
      droppedParts: dropped.get(draftId) ?? [],
    });
    results.push({ step, outcome });
    // Every Rule 33 motion, once adopted, takes the item off the table for this meeting.
    if (step.type === 'motion' && outcome.adopted) return { results, endedBy: step.id };
    if (step.type === 'amendment' && outcome.adopted)
      adopted.set(step.draft, [...(adopted.get(step.draft) ?? []), step.id]);
    if (step.type === 'part' && !outcome.adopted)
      dropped.set(step.draft, [...(dropped.get(step.draft) ?? []), step.part]);
  }
  return { results, endedBy: null };
}

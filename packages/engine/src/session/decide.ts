import type { MemberId } from '../ids.ts';
import { ruleFor } from '../rules/instrument.ts';
import { decideVotes } from '../rules/outcome.ts';
import { type OutcomeSummary, outcomeSummary } from '../rules/outcome-summary.ts';
import type { VoteValue } from '../rules/vote.ts';
import type { SessionState, SessionVote } from './state.ts';

/** The codes of the body's members, in display order. */
export function memberCodes(state: SessionState): MemberId[] {
  return state.body.members.map((m) => m.code);
}

function nameOf(state: SessionState): (m: MemberId) => string {
  return (m) => state.body.members.find((x) => x.code === m)?.name ?? m;
}

function rule(state: SessionState, instrument: Parameters<typeof ruleFor>[0]) {
  const vetoHolders = state.body.members.filter((m) => m.permanent).map((m) => m.code);
  return ruleFor(instrument, { threshold: state.body.threshold, vetoHolders });
}

/**
 * Decides a closed vote with the engine's rules: `ruleFor` the draft's instrument (an amendment is
 * decided under its draft's rule, council-rules.md 2.8) and `decideVotes`; a seat that did not vote is
 * absent. Returns every seat's vote and the outcome as `horseshoe outcome --json` prints it.
 */
export function decideSessionVote(
  state: SessionState,
  vote: SessionVote,
): { readonly votes: Record<string, VoteValue>; readonly outcome: OutcomeSummary } {
  const draft = state.drafts.find((d) => d.id === vote.draftId);
  if (!draft) throw new Error(`vote ${vote.id} names an unknown draft ${vote.draftId}`);
  const members = memberCodes(state);
  const cast = members.map((m) => [m, vote.casts[m] ?? 'absent'] as const);
  const outcome = decideVotes(new Map(cast), members, rule(state, draft.instrument), { nameOf: nameOf(state) });
  return {
    votes: Object.fromEntries(cast),
    outcome: outcomeSummary(outcome, { date: state.date, seats: members.length, votes: cast }),
  };
}

/**
 * Decides a consensus text (council-rules.md section 3) with the engine's rules: every objecting seat
 * counts as withholding agreement (a `no` under the consensus rule), so any one objection blocks.
 */
export function decideConsensus(
  state: SessionState,
  draftId: string,
): { readonly objectors: MemberId[]; readonly outcome: OutcomeSummary } {
  const draft = state.drafts.find((d) => d.id === draftId);
  if (!draft) throw new Error(`unknown draft ${draftId}`);
  const members = memberCodes(state);
  const objecting = new Set(draft.objections.map((o) => o.member));
  const votes = members.map((m) => [m, objecting.has(m) ? 'no' : 'yes'] as const);
  const outcome = decideVotes(new Map<MemberId, VoteValue>(votes), members, rule(state, draft.instrument), {
    nameOf: nameOf(state),
  });
  return {
    objectors: [...outcome.objections],
    outcome: outcomeSummary(outcome, { date: state.date, seats: members.length }),
  };
}

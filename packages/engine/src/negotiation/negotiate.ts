import type { ClauseId, MemberId } from '../ids.ts';
import { isConsensusInstrument } from '../rules/instrument.ts';
import type { OutcomeSummary } from '../rules/outcome-summary.ts';
import type { VoteValue } from '../rules/vote.ts';
import { DEFAULT_POSITION, type Position, predictVote, utilityOf } from '../scenario/position.ts';
import { modalVote } from '../scenario/probability.ts';
import type { Decision } from '../scenario/types.ts';
import { CHAIR, type SessionActor, seat } from '../session/actors.ts';
import { visiblePositions } from '../session/advice.ts';
import { applySessionCommand } from '../session/apply.ts';
import type { SessionCommand } from '../session/commands.ts';
import { createSession, draftFromDecision } from '../session/create.ts';
import { delegationActions } from '../session/delegation.ts';
import type { DistributiveOmit } from '../session/events.ts';
import { amendmentVotingOrder } from '../session/handle-votes.ts';
import type { SessionDraft, SessionState } from '../session/state.ts';
import { amendText } from '../session/text.ts';
import { askToWinYes } from './ask.ts';
import { DEFAULT_STRATEGY, demandOf, type StrategyName } from './strategies.ts';

/** One step of a negotiation's transcript. */
export interface NegotiationStep {
  readonly round: number;
  readonly actor: string;
  /** The session command the delegation sent (`circulate-draft`, `object`, `accept-amendment`, …). */
  readonly action: string;
  /** The text on the table after the step. */
  readonly text: readonly ClauseId[];
  readonly reason: string;
}

/** What {@link negotiate} needs. */
export interface NegotiateInput {
  readonly decision: Decision;
  readonly penholder: MemberId;
  /** Rounds of talks before the text is put to the decision (default 10). */
  readonly rounds?: number;
  /** Strategies by member (missing: {@link DEFAULT_STRATEGY}). */
  readonly strategies?: ReadonlyMap<MemberId, StrategyName>;
  /** A seeded source of numbers in [0, 1): who speaks first in each round. */
  readonly rng: () => number;
}

/** How a negotiation ended. */
export interface NegotiationResult {
  readonly steps: readonly NegotiationStep[];
  readonly rounds: number;
  readonly text: readonly ClauseId[];
  readonly passed: boolean;
  readonly outcome: OutcomeSummary;
  readonly votes: Readonly<Record<string, VoteValue>>;
  /** The penholder's utility of the final text. */
  readonly penholderUtility: number;
  /** Commands the reducer refused (a delegation acting for another seat would be refused): none expected. */
  readonly refusals: readonly string[];
  /** The session at the end (its events are the timeline). */
  readonly state: SessionState;
}

const START = Date.parse('2000-01-01T09:00:00Z');

/**
 * Plays the talks on a decision through the session reducer: the penholder circulates the tabled text;
 * each round every delegation, in a seeded order (the penholder last), sends what
 * {@link delegationActions} says its position calls for (objections, broken silence, the amendment that
 * wins it), and the penholder accepts a proposed amendment when the text stays at or above what its
 * strategy demands ({@link demandOf}) and its own vote does not get worse. The talks stop after `rounds`
 * rounds, or a round in which nobody acted and no amendment is left pending; then the chair takes the text (consensus instruments) or puts
 * it to the vote, every delegation voting as its position predicts.
 * @example negotiate({ decision, penholder: memberId('GBR'), rng: seededRng(1) }).passed
 */
export function negotiate(input: NegotiateInput): NegotiationResult {
  const d = input.decision;
  const rounds = Math.max(1, input.rounds ?? 10);
  const created = createSession({
    id: 'negotiation',
    title: `Negotiation of ${d.id}`,
    date: d.body.date ?? '2000-01-01',
    scenario: { title: d.id, date: d.body.date, decisions: [d] },
    options: { now: new Date(START).toISOString(), circulateScenario: false },
  });
  if (!created.ok) throw new Error(created.errors.map((e) => e.message).join('; '));
  let state = created.value.state;
  let clock = START;
  let seq = 0;
  const steps: NegotiationStep[] = [];
  const refusals: string[] = [];
  const send = (
    actor: SessionActor,
    c: DistributiveOmit<SessionCommand, 'commandId'>,
    round: number,
    reason: string,
  ) => {
    clock += 60_000;
    seq += 1;
    const r = applySessionCommand(state, { commandId: `n${seq}`, ...c } as SessionCommand, actor, {
      now: new Date(clock).toISOString(),
    });
    if (!r.ok) {
      refusals.push(`${c.type}: ${r.refusal.message}`);
      return false;
    }
    state = r.state;
    const who = actor.type === 'seat' ? actor.member : 'chair';
    steps.push({ round, actor: who, action: c.type, text: textOf(state, d.id), reason });
    return true;
  };
  const ph = input.penholder;
  const own = (m: MemberId): Position => visiblePositions(state, m, d.id).get(m) ?? DEFAULT_POSITION;
  send(
    seat(ph),
    { type: 'circulate-draft', draftId: d.id, ...draftFromDecision(opening(d, own(ph))) },
    0,
    'opens with the tabled text',
  );
  const strategy = input.strategies?.get(ph) ?? DEFAULT_STRATEGY;
  const uMax = utilityOf(own(ph), new Set(textOf(state, d.id)));
  const uReserve = reserveOf(own(ph), uMax);
  let demand = uMax;
  let conceded = 0;
  let played = 0;
  for (let round = 1; round <= rounds; round++) {
    demand = demandOf(strategy, { uMax, uReserve, round, rounds, othersConceded: conceded, previous: demand });
    conceded = 0;
    let acted = false;
    for (const m of speakingOrder(state, ph, input.rng)) {
      for (const a of delegationActions(state, m)) {
        if (a.command.type === 'cast-vote' || a.command.type === 'accept-amendment') continue;
        if (send(seat(m), a.command, round, a.reason)) {
          acted = true;
          if (a.command.type === 'withdraw-objection') conceded += 1;
        }
      }
      const draft = state.drafts.find((x) => x.id === d.id);
      const ask = m !== ph && draft ? askToWinYes(draft, m, own(m)) : null;
      if (ask && send(seat(m), ask.command, round, ask.reason)) acted = true;
      if (m === ph)
        acted =
          penholderAccepts(state, d.id, own(ph), demand, (id, why) =>
            send(seat(ph), { type: 'accept-amendment', draftId: d.id, amendmentId: id }, round, why),
          ) || acted;
    }
    if (!acted && !pending(state, d.id)) break;
    played = round;
  }
  const r = played + 1;
  if (isConsensusInstrument(d.instrument)) {
    // The last call: every delegation objects to, or withdraws its objection from, the text as it now stands.
    for (const m of state.body.members.map((x) => x.code)) {
      for (const a of delegationActions(state, m)) {
        if (a.command.type === 'object' || a.command.type === 'withdraw-objection')
          send(seat(m), a.command, r, a.reason);
      }
    }
    send(CHAIR, { type: 'adopt-by-consensus', draftId: d.id }, r, 'the chair takes the text');
  } else {
    const ballot = (voteId: string, open: { draftId: string } | { amendmentId: string }, why: string) => {
      send(CHAIR, { type: 'open-vote', voteId, ...open }, r, why);
      for (const m of state.body.members.map((x) => x.code)) {
        for (const a of delegationActions(state, m)) {
          if (a.command.type === 'cast-vote') send(seat(m), a.command, r, `${a.command.vote}: ${a.reason}`);
        }
      }
      send(CHAIR, { type: 'close-vote', voteId }, r, 'the chair closes the vote');
    };
    const current = () => state.drafts.find((x) => x.id === d.id) as SessionDraft;
    for (const [i, a] of amendmentVotingOrder(current()).entries()) {
      ballot(`amendment-${i + 1}`, { amendmentId: a.id }, `the pending amendment "${a.id}" is voted first (Rule 36)`);
    }
    ballot('final', { draftId: d.id }, 'the chair puts the text to the vote');
  }
  const draft = state.drafts.find((x) => x.id === d.id);
  if (!draft) throw new Error(`the text of ${d.id} was never circulated: ${refusals.join('; ')}`);
  const vote = state.votes.find((v) => v.id === 'final');
  const outcome = vote?.outcome ?? draft.outcome;
  if (!outcome) throw new Error(`the text of ${d.id} was not decided: ${refusals.join('; ')}`);
  const text = textOf(state, d.id);
  const votes: Record<string, VoteValue> =
    vote?.votes ??
    Object.fromEntries(
      state.body.members.map((m) => [m.code, draft.objections.some((o) => o.member === m.code) ? 'no' : 'yes']),
    );
  return {
    steps,
    rounds: played,
    text,
    passed: outcome.adopted,
    outcome,
    votes,
    penholderUtility: utilityOf(own(ph), new Set(text)),
    refusals,
    state,
  };
}

/** The decision with its fixed clauses tabled (a clause that can never be dropped is in every text). */
function opening(d: Decision, penholder: Position): Decision {
  const fixed = d.clauses.filter((c) => c.fixed && !d.tabled.includes(c.id)).map((c) => c.id);
  if (d.tabled.length === 0 && fixed.length === 0 && d.clauses.length > 0) {
    // A draft needs a clause (sessions.md): the penholder opens with the one it values most.
    const value = (id: ClauseId) => penholder.values[id] ?? 0;
    const best = d.clauses.reduce((a, b) => (value(b.id) > value(a.id) ? b : a));
    return { ...d, tabled: [best.id] };
  }
  return fixed.length === 0
    ? d
    : { ...d, tabled: d.clauses.map((c) => c.id).filter((c) => d.tabled.includes(c) || fixed.includes(c)) };
}

function pending(state: SessionState, draftId: string): boolean {
  return state.drafts.some((x) => x.id === draftId && x.amendments.some((a) => a.status === 'proposed'));
}

function textOf(state: SessionState, draftId: string): ClauseId[] {
  return (state.drafts.find((x) => x.id === draftId)?.clauses ?? []).map((c) => c.id);
}

/** The least a penholder settles for: its `noBelow` when it has one, else the worst text it could get. */
function reserveOf(p: Position, uMax: number): number {
  if (p.noBelow !== null) return Math.min(uMax, p.noBelow);
  const losses = Object.values(p.values).reduce((sum, v) => sum + Math.abs(v), 0);
  return uMax - losses;
}

const RANK: Readonly<Record<string, number>> = { no: 0, absent: 1, abstain: 1, yes: 2 };

/** The penholder accepts each proposed amendment (cheapest first) that keeps the text at its demand. */
function penholderAccepts(
  state: SessionState,
  draftId: string,
  position: Position,
  demand: number,
  accept: (amendmentId: string, reason: string) => boolean,
): boolean {
  const draft = state.drafts.find((x) => x.id === draftId);
  if (draft?.status !== 'circulated') return false;
  const before = new Set(draft.clauses.map((c) => c.id));
  const v0 = RANK[modalVote(predictVote(position, before).vote)] ?? 0;
  const options = draft.amendments
    .filter((a) => a.status === 'proposed')
    .flatMap((a) => {
      const amended = amendText(draft.clauses, a);
      if (!amended.ok) return [];
      const after = new Set(amended.clauses.map((c) => c.id));
      const v1 = RANK[modalVote(predictVote(position, after).vote)] ?? 0;
      return v1 >= v0 ? [{ id: a.id, proposer: a.proposer, u: utilityOf(position, after) }] : [];
    })
    .sort((a, b) => b.u - a.u || a.id.localeCompare(b.id));
  const best = options.find((o) => o.u >= demand - 1e-9);
  if (!best) return false;
  const cost = utilityOf(position, before) - best.u;
  const why =
    cost > 0
      ? `concedes ${fmt(cost)} to ${best.proposer} (demands ${fmt(demand)} this round)`
      : `takes ${best.proposer}'s amendment: it costs the penholder nothing`;
  return accept(best.id, why);
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** Members in a seeded order, the penholder last (it answers what the others asked for). */
function speakingOrder(state: SessionState, penholder: MemberId, rng: () => number): MemberId[] {
  const others = state.body.members.map((m) => m.code).filter((m) => m !== penholder);
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [others[i], others[j]] = [others[j] as MemberId, others[i] as MemberId];
  }
  return [...others, penholder];
}

import type { ClauseId, MemberId } from '../ids.ts';
import { isConsensusInstrument } from '../rules/instrument.ts';
import type { OutcomeSummary } from '../rules/outcome-summary.ts';
import type { VoteValue } from '../rules/vote.ts';
import type { Position } from '../scenario/position.ts';
import { utilityOf } from '../scenario/position.ts';
import { positionOf } from '../scenario/predict.ts';
import type { Decision } from '../scenario/types.ts';
import { CHAIR, type SessionActor, seat } from '../session/actors.ts';
import { applySessionCommand } from '../session/apply.ts';
import type { SessionCommand } from '../session/commands.ts';
import { createSession, draftFromDecision } from '../session/create.ts';
import type { DistributiveOmit } from '../session/events.ts';
import { amendmentVotingOrder } from '../session/handle-votes.ts';
import type { SessionDraft, SessionState } from '../session/state.ts';
import { viewFor } from '../session/view.ts';
import { type AgentClock, type AgentMemory, agentTurn, INITIAL_AGENT_MEMORY } from './agent.ts';
import { DEFAULT_STRATEGY, type StrategyName } from './strategies.ts';

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
  /** Strategies by member, over the decision's own (`decision.strategies`); missing: {@link DEFAULT_STRATEGY}. */
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
  /** Every member's strategy as played (the input's, else the decision's, else the default). */
  readonly strategies: Readonly<Record<string, StrategyName>>;
  /** Commands the reducer refused (a delegation acting for another seat would be refused): none expected. */
  readonly refusals: readonly string[];
  /** The session at the end (its events are the timeline). */
  readonly state: SessionState;
}

const START = Date.parse('2000-01-01T09:00:00Z');

/**
 * Plays the talks on a decision through the session reducer, every delegation an {@link agentTurn}
 * of its own seat on its own view: the penholder circulates the tabled text; each round every
 * delegation, in a seeded order (the penholder last), sends what its agent says (its stance stated in
 * public, the amendment that wins it, objections; the penholder's revisions toward the best text it can
 * get adopted on what it has seen). The talks stop after `rounds` rounds, or a round in which nobody
 * acted and no amendment is left pending; then the chair takes the text (consensus instruments) or puts
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
  send(
    seat(ph),
    { type: 'circulate-draft', draftId: d.id, ...draftFromDecision(opening(d, positionOf(d, ph))) },
    0,
    'opens with the tabled text',
  );
  const memories = new Map<MemberId, AgentMemory>();
  const strategyOf = (m: MemberId): StrategyName =>
    input.strategies?.get(m) ?? d.strategies?.get(m) ?? DEFAULT_STRATEGY;
  /** One turn of a delegation's agent on its own view; true when it sent anything. */
  const turn = (m: MemberId, at: AgentClock, only?: ReadonlySet<string>): boolean => {
    const t = agentTurn({
      member: m,
      strategy: strategyOf(m),
      view: viewFor(state, seat(m)),
      memory: memories.get(m) ?? INITIAL_AGENT_MEMORY,
      clock: at,
    });
    memories.set(m, t.memory);
    let acted = false;
    for (const a of t.commands) {
      if (only && !only.has(a.command.type)) continue;
      const why = a.command.type === 'cast-vote' ? `${a.command.vote}: ${a.reason}` : a.reason;
      if (send(seat(m), a.command, at.round, why)) acted = true;
    }
    return acted;
  };
  let played = 0;
  for (let round = 1; round <= rounds; round++) {
    let acted = false;
    for (const m of speakingOrder(state, ph, input.rng)) acted = turn(m, { round, rounds }) || acted;
    if (!acted && !pending(state, d.id)) break;
    played = round;
  }
  const r = played + 1;
  const decision: AgentClock = { round: r, rounds: played };
  const everyone = state.body.members.map((x) => x.code);
  // The last call: every delegation withdraws what it no longer needs and objects to, or withdraws its
  // objection from, the text as it now stands.
  for (const m of everyone) turn(m, decision, new Set(['object', 'withdraw-objection', 'withdraw-amendment']));
  if (isConsensusInstrument(d.instrument)) {
    send(CHAIR, { type: 'adopt-by-consensus', draftId: d.id }, r, 'the chair takes the text');
  } else {
    const ballot = (voteId: string, open: { draftId: string } | { amendmentId: string }, why: string) => {
      send(CHAIR, { type: 'open-vote', voteId, ...open }, r, why);
      for (const m of everyone) turn(m, decision, new Set(['cast-vote']));
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
    penholderUtility: utilityOf(positionOf(d, ph), new Set(text)),
    strategies: Object.fromEntries(state.body.members.map((m) => [m.code, strategyOf(m.code)])),
    refusals,
    state,
  };
}

/** The decision with its fixed clauses tabled (a clause that can never be dropped is in every text). */
export function opening(d: Decision, penholder: Position): Decision {
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

/** Members in a seeded order, the penholder last (it answers what the others asked for). */
function speakingOrder(state: SessionState, penholder: MemberId, rng: () => number): MemberId[] {
  const others = state.body.members.map((m) => m.code).filter((m) => m !== penholder);
  for (let i = others.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [others[i], others[j]] = [others[j] as MemberId, others[i] as MemberId];
  }
  return [...others, penholder];
}

import { describe, expect, it } from 'vitest';
import { clauseId, memberId } from '../ids.ts';
import { evaluateDecision } from '../scenario/evaluate.ts';
import { DEFAULT_POSITION } from '../scenario/position.ts';
import { at, type CommandDraft, cmd, decisionFrom, T0, TEST_MEMBERS } from '../testing/index.ts';
import { CHAIR, type SessionActor, seat } from './actors.ts';
import { clockOf } from './ai-agent.ts';
import { aiTurn } from './ai-turn.ts';
import { applySessionCommand } from './apply.ts';
import { createSession } from './create.ts';
import type { SessionEvent } from './events.ts';
import { foldSessionEvents } from './evolve.ts';
import type { SessionState } from './state.ts';
import { isVisibleTo } from './view.ts';

// Issue 15, item 3: AI seats act through the reducer like people, marked, on what their seat may see.

/** A British-draft-like resolution: P2 rejects `blame`; P3 values the ceasefire and dislikes the blame. */
const decision = decisionFrom({
  id: 'res',
  instrument: 'resolution',
  clauses: ['ceasefire!', 'blame'],
  positions: { P2: { rejects: ['blame'] }, P3: { values: { ceasefire: 1, blame: -2 }, yesAt: 1 } },
});
const HUMAN = 'E1';

interface Run {
  state: SessionState;
  log: SessionEvent[];
}

function start(): Run {
  const r = createSession({
    id: 's',
    title: 't',
    date: '2024-01-01',
    scenario: { title: 't', date: null, decisions: [decision] },
    options: { now: T0 },
  });
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return { state: r.value.state, log: [...r.value.events] };
}

/** A person's or the chair's command, then the AI turns it sets off, until they are done. */
function act(run: Run, actor: SessionActor, c: CommandDraft, minute: number): Run {
  const r = applySessionCommand(run.state, cmd(c), actor, { now: at(minute) });
  if (!r.ok) throw new Error(`${c.type}: ${r.refusal.message}`);
  let next = { state: r.state, log: [...run.log, ...r.events] };
  for (let i = 0; i < 50; i++) {
    const turn = aiTurn(next.state, { now: at(minute) });
    if (turn.events.length === 0) return next;
    next = { state: turn.state, log: [...next.log, ...turn.events] };
  }
  throw new Error('the AI seats did not settle in 50 turns');
}

/** The chair hands every seat but the human's to AI, then runs the amendment and the draft to the vote. */
function playVote(human: (run: Run) => Run = (r) => r): Run {
  let run = human(start());
  for (const m of TEST_MEMBERS.filter((x) => x !== HUMAN)) {
    run = act(run, CHAIR, { type: 'assign-ai', seat: memberId(m) }, 1);
  }
  // Amendments are voted before their draft (Rule 36), in the order the reducer requires.
  for (let i = 0; i < 20; i++) {
    const pending = run.state.drafts[0]?.amendments.filter((a) => a.status === 'proposed') ?? [];
    const next = pending.find(
      (a) =>
        applySessionCommand(run.state, cmd({ type: 'open-vote', voteId: `va${i}`, amendmentId: a.id }), CHAIR, {
          now: at(2),
        }).ok,
    );
    if (!next) break;
    run = act(run, CHAIR, { type: 'open-vote', voteId: `va${i}`, amendmentId: next.id }, 2);
    run = act(run, seat(HUMAN), { type: 'cast-vote', voteId: `va${i}`, vote: 'no' }, 3);
    run = act(run, CHAIR, { type: 'close-vote', voteId: `va${i}` }, 4);
  }
  run = act(run, CHAIR, { type: 'open-vote', voteId: 'v', draftId: 'res' }, 5);
  run = act(run, seat(HUMAN), { type: 'cast-vote', voteId: 'v', vote: 'yes' }, 6);
  return act(run, CHAIR, { type: 'close-vote', voteId: 'v' }, 7);
}

const closed = (run: Run, voteId: string) =>
  run.log.find(
    (e): e is Extract<SessionEvent, { type: 'vote-closed' }> => e.type === 'vote-closed' && e.voteId === voteId,
  );

describe('aiTurn', () => {
  it('plays 14 AI seats in a vote whose result is the engine’s own evaluation of the text', () => {
    const run = playVote();
    const engine = evaluateDecision(decision).outcome;
    const outcome = closed(run, 'v')?.outcome;
    expect([outcome?.adopted, outcome?.reason, outcome?.vetoes]).toEqual([engine.adopted, engine.reason, ['P2']]);
  });

  it('casts every AI seat’s vote, each as its position predicts', () => {
    const votes = closed(playVote(), 'v')?.votes ?? {};
    const predicted = Object.fromEntries(evaluateDecision(decision).votes.map((v) => [v.member, v.vote]));
    expect(votes).toEqual({ ...predicted, [HUMAN]: 'yes' });
  });

  it('has the seat that a text crosses propose the amendment that would win it', () => {
    const run = playVote();
    expect(run.log.find((e) => e.type === 'amendment-proposed' && e.actor === 'seat:P2')).toMatchObject({
      ai: { strategy: 'boulware' },
      op: 'delete',
      clauseId: 'blame',
    });
  });

  it('marks every event of an AI seat, and no event of the person or the chair', () => {
    const run = playVote();
    const bySeat = run.log.filter((e) => e.actor.startsWith('seat:'));
    expect(bySeat.filter((e) => (e.ai !== undefined) === (e.actor === `seat:${HUMAN}`))).toEqual([]);
  });

  it('acts the same whatever private position the person states (the AI never sees it)', () => {
    const secret = { ...DEFAULT_POSITION, rejects: [clauseId('ceasefire')] };
    const stated = (run: Run) =>
      act(run, seat(HUMAN), { type: 'state-position', position: secret, visibility: 'private' }, 0);
    const aiActs = (run: Run) =>
      run.log.filter((e) => e.ai !== undefined).map(({ seq: _s, ...e }) => JSON.stringify(e).replace(/ai-\d+-/g, ''));
    expect(aiActs(playVote(stated))).toEqual(aiActs(playVote()));
  });

  it('leaves a log that folds to the same state', () => {
    const run = playVote();
    expect(foldSessionEvents(run.log)).toEqual(run.state);
  });

  it('stops after maxRun events in a row by AI seats, until someone else acts', () => {
    let run = start();
    for (const m of TEST_MEMBERS) run = act(run, CHAIR, { type: 'assign-ai', seat: memberId(m) }, 1);
    const opened = applySessionCommand(run.state, cmd({ type: 'open-vote', voteId: 'v', draftId: 'res' }), CHAIR, {
      now: at(2),
    });
    // A pending amendment must be voted first: vote it instead.
    const amendment = run.state.drafts[0]?.amendments[0]?.id ?? '';
    const state = opened.ok
      ? opened.state
      : (() => {
          const r = applySessionCommand(
            run.state,
            cmd({ type: 'open-vote', voteId: 'va', amendmentId: amendment }),
            CHAIR,
            {
              now: at(2),
            },
          );
          if (!r.ok) throw new Error(r.refusal.message);
          return r.state;
        })();
    const turn = aiTurn(state, { now: at(3), maxRun: 4 });
    expect([turn.events.length, turn.state.aiRun, aiTurn(turn.state, { now: at(3), maxRun: 4 }).events]).toEqual([
      4,
      4,
      [],
    ]);
  });

  it('does not propose again a change the Council voted down, and falls silent', () => {
    const run = playVote();
    const rejected = run.state.drafts[0]?.amendments.filter((a) => a.status === 'rejected') ?? [];
    const pending = run.state.drafts[0]?.amendments.filter((a) => a.status === 'proposed') ?? [];
    expect([rejected.length > 0, pending, aiTurn(run.state, { now: at(9) }).events]).toEqual([true, [], []]);
  });

  it('gives the strategies the chair’s timer as their clock, and the deadline when no timer runs', () => {
    const run = act(start(), CHAIR, { type: 'set-timer', seconds: 600 }, 0);
    expect([clockOf(run.state, at(0)), clockOf(run.state, at(3)), clockOf(run.state, at(10))]).toEqual([
      { round: 1, rounds: 10 },
      { round: 4, rounds: 10 },
      { round: 10, rounds: 10 },
    ]);
    expect(clockOf(start().state, at(3))).toEqual({ round: 1, rounds: 1 });
  });

  it('notes each AI delegation’s memory where only its own seat may read it', () => {
    const noted = playVote().log.filter((e) => e.type === 'ai-noted');
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.filter((e) => isVisibleTo(e, CHAIR) || isVisibleTo(e, seat(HUMAN)))).toEqual([]);
    expect(noted.every((e) => e.type === 'ai-noted' && isVisibleTo(e, seat(e.seat)))).toBe(true);
  });

  it('does nothing in a session with no AI seat', () => {
    const { state } = start();
    expect(aiTurn(state, { now: at(1) }).events).toEqual([]);
  });
});

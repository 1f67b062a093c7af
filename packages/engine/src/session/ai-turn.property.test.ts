import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseId, memberId } from '../ids.ts';
import { DEFAULT_POSITION } from '../scenario/position.ts';
import { at, type CommandDraft, cmd, randomDecision, seededRng, T0, TEST_MEMBERS } from '../testing/index.ts';
import { CHAIR, type SessionActor, seat } from './actors.ts';
import { aiTurn } from './ai-turn.ts';
import { applySessionCommand } from './apply.ts';
import { createSession } from './create.ts';
import type { SessionEvent } from './events.ts';
import type { SessionState } from './state.ts';

// Properties of AI seats (issue 15) on random decisions: they act only for the seats they hold, never on
// what their seat may not see, and settle.

const HUMAN = 'E1';

function run(seed: number, secret: boolean): { state: SessionState; log: SessionEvent[] } | null {
  const decision = randomDecision(seededRng(seed), { clauses: 5 });
  const made = createSession({
    id: 's',
    title: 't',
    date: '2024-01-01',
    scenario: { title: 't', date: null, decisions: [decision] },
    options: { now: T0 },
  });
  if (!made.ok) return null;
  let state = made.value.state;
  const log = [...made.value.events];
  const send = (actor: SessionActor, c: CommandDraft, minute: number) => {
    const r = applySessionCommand(state, cmd(c), actor, { now: at(minute) });
    if (!r.ok) throw new Error(`${c.type}: ${r.refusal.message}`);
    state = r.state;
    log.push(...r.events);
    for (let i = 0; i < 40; i++) {
      const turn = aiTurn(state, { now: at(minute) });
      if (turn.events.length === 0) return;
      state = turn.state;
      log.push(...turn.events);
    }
    throw new Error('the AI seats did not settle in 40 turns');
  };
  if (secret) {
    const position = { ...DEFAULT_POSITION, rejects: decision.clauses.map((c) => clauseId(c.id)) };
    send(seat(HUMAN), { type: 'state-position', position, visibility: 'private', draftId: decision.id }, 0);
  }
  for (const m of TEST_MEMBERS.filter((x) => x !== HUMAN)) send(CHAIR, { type: 'assign-ai', seat: memberId(m) }, 1);
  return { state, log };
}

/** The AI delegations' acts, without what depends on the log's length (seq, and ids made of it). */
const aiActs = (log: readonly SessionEvent[]) =>
  log.filter((e) => e.ai !== undefined).map(({ seq: _seq, ...e }) => JSON.stringify(e));

describe('AI seats on random decisions', () => {
  it('act only as the seats they hold, marked, and settle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const r = run(seed, false);
        if (!r) return;
        const held = new Set(r.state.ai.map((a) => `seat:${a.member}`));
        expect(r.log.filter((e) => e.ai !== undefined && !held.has(e.actor))).toEqual([]);
        expect(r.log.filter((e) => e.actor === `seat:${HUMAN}`)).toEqual([]);
        expect(aiTurn(r.state, { now: at(2) }).events).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('do the same whatever private position the person states (they never see it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const without = run(seed, false);
        const withSecret = run(seed, true);
        if (!without || !withSecret) return;
        expect(aiActs(withSecret.log)).toEqual(aiActs(without.log));
      }),
      { numRuns: 12 },
    );
  });
});

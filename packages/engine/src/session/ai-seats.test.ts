import { describe, expect, it } from 'vitest';
import { memberId } from '../ids.ts';
import { DEFAULT_POSITION } from '../scenario/position.ts';
import { at, type CommandDraft, clause, cmd, emptySession, play } from '../testing/index.ts';
import { aiSeat, CHAIR, GALLERY, type SessionActor, seat } from './actors.ts';
import { applySessionCommand } from './apply.ts';
import { foldSessionEvents } from './evolve.ts';
import type { SessionState } from './state.ts';
import { viewFor } from './view.ts';

// Issue 15, item 3: the chair hands an empty seat to an AI delegation and takes it back.

const assign = (code: string, strategy?: 'hard-liner'): CommandDraft => ({
  type: 'assign-ai',
  seat: memberId(code),
  ...(strategy ? { strategy } : {}),
});
const release = (code: string): CommandDraft => ({ type: 'release-ai', seat: memberId(code) });

function refusal(state: SessionState, actor: SessionActor, c: CommandDraft): string {
  const r = applySessionCommand(state, cmd(c), actor, { now: at(5) });
  return r.ok ? 'accepted' : `${r.refusal.status} ${r.refusal.code}`;
}

const draft: CommandDraft = {
  type: 'circulate-draft',
  draftId: 'd',
  instrument: 'press-statement',
  clauses: [clause('calm')],
};

describe('assign-ai and release-ai', () => {
  it('hands an empty seat to an AI delegation playing boulware by default', () => {
    const { events } = play(emptySession(), [[CHAIR, assign('ZAF')]]);
    expect(events.find((e) => e.type === 'ai-assigned')).toMatchObject({
      actor: 'chair',
      seat: 'ZAF',
      strategy: 'boulware',
    });
  });

  it('lists the AI seats in every role’s view', () => {
    const { state } = play(emptySession(), [[CHAIR, assign('ZAF', 'hard-liner')]]);
    expect(viewFor(state, GALLERY).ai).toEqual([{ member: 'ZAF', strategy: 'hard-liner', seq: 2 }]);
  });

  it('refuses a seat a person has acted for (409 session/seat-claimed)', () => {
    const { state } = play(emptySession(), [[seat('ZAF'), { type: 'inscribe-speaker' }]]);
    expect(refusal(state, CHAIR, assign('ZAF'))).toBe('409 session/seat-claimed');
  });

  it('counts a private position as a claim, but tells only that seat of it', () => {
    const { state } = play(emptySession(), [
      [seat('ZAF'), { type: 'state-position', position: DEFAULT_POSITION, visibility: 'private' }],
    ]);
    expect(refusal(state, CHAIR, assign('ZAF'))).toBe('409 session/seat-claimed');
    expect(viewFor(state, CHAIR).claimed).toEqual([]);
    expect(viewFor(state, seat('ZAF')).claimed).toEqual([{ member: 'ZAF', visibility: 'private' }]);
  });

  it('refuses a seat an AI delegation holds already (409 session/seat-held-by-ai)', () => {
    const { state } = play(emptySession(), [[CHAIR, assign('ZAF')]]);
    expect(refusal(state, CHAIR, assign('ZAF'))).toBe('409 session/seat-held-by-ai');
  });

  it('refuses to release a seat no AI delegation holds (409 session/not-ai)', () => {
    expect(refusal(emptySession().state, CHAIR, release('ZAF'))).toBe('409 session/not-ai');
  });

  it('refuses a member not in the session, naming the field seat', () => {
    const r = applySessionCommand(emptySession().state, cmd(assign('ITA')), CHAIR, { now: at(1) });
    expect(r.ok ? null : [r.refusal.status, r.refusal.field]).toEqual([400, 'seat']);
  });

  it('refuses an unknown strategy, naming the field strategy', () => {
    const bad = { type: 'assign-ai', seat: memberId('ZAF'), strategy: 'random' } as unknown as CommandDraft;
    const r = applySessionCommand(emptySession().state, cmd(bad), CHAIR, { now: at(1) });
    expect(r.ok ? null : [r.refusal.status, r.refusal.field]).toEqual([400, 'strategy']);
  });

  it('refuses a seat’s own token acting on a seat an AI delegation holds', () => {
    const { state } = play(emptySession(), [[CHAIR, assign('ZAF')]]);
    expect(refusal(state, seat('ZAF'), { type: 'inscribe-speaker' })).toBe('409 session/seat-held-by-ai');
  });

  it('gives the seat back to its person once the chair releases it', () => {
    const { state } = play(emptySession(), [
      [CHAIR, assign('ZAF')],
      [CHAIR, release('ZAF')],
    ]);
    expect(state.ai).toEqual([]);
    expect(refusal(state, seat('ZAF'), { type: 'inscribe-speaker' })).toBe('accepted');
  });

  it('marks every event of an AI delegation with its strategy, acting as the seat', () => {
    const { state } = play(emptySession(), [[CHAIR, assign('ZAF', 'hard-liner')]]);
    const r = applySessionCommand(state, cmd({ type: 'inscribe-speaker' }), aiSeat('ZAF', 'hard-liner'), {
      now: at(1),
    });
    expect(r.ok && r.events).toEqual([
      expect.objectContaining({ actor: 'seat:ZAF', type: 'speaker-inscribed', ai: { strategy: 'hard-liner' } }),
    ]);
  });

  it('leaves the AI mark off the events of people and the chair', () => {
    const { events } = play(emptySession(), [
      [CHAIR, assign('ZAF')],
      [seat('GBR'), draft],
    ]);
    expect(events.filter((e) => (e.ai !== undefined) !== (e.actor === 'seat:ZAF'))).toEqual([]);
  });

  it('refuses an AI delegation acting for a seat it does not hold (409 session/not-ai)', () => {
    const { state } = play(emptySession(), [
      [CHAIR, assign('ZAF')],
      [CHAIR, release('ZAF')],
    ]);
    expect(refusal(state, aiSeat('ZAF', 'boulware'), { type: 'inscribe-speaker' })).toBe('409 session/not-ai');
  });

  it('does not count an AI delegation’s acts as a person’s claim on the seat', () => {
    const start = play(emptySession(), [[CHAIR, assign('ZAF')]]);
    const r = applySessionCommand(start.state, cmd({ type: 'inscribe-speaker' }), aiSeat('ZAF', 'boulware'), {
      now: at(1),
    });
    if (!r.ok) throw new Error(r.refusal.message);
    const released = applySessionCommand(r.state, cmd(release('ZAF')), CHAIR, { now: at(2) });
    if (!released.ok) throw new Error(released.refusal.message);
    expect(released.state.claimed).toEqual([]);
    expect(refusal(released.state, CHAIR, assign('ZAF'))).toBe('accepted');
  });

  it('counts the AI delegations’ events in a row, and a person’s act resets the count', () => {
    const start = play(emptySession(), [[CHAIR, assign('ZAF')]]);
    const r = applySessionCommand(start.state, cmd({ type: 'inscribe-speaker' }), aiSeat('ZAF', 'boulware'), {
      now: at(1),
    });
    if (!r.ok) throw new Error(r.refusal.message);
    expect(r.state.aiRun).toBe(start.state.aiRun + 1);
    const person = applySessionCommand(r.state, cmd(draft), seat('GBR'), { now: at(2) });
    expect(person.ok && person.state.aiRun).toBe(0);
  });

  it('rebuilds the AI seats and claims from the log alone', () => {
    const { state, events } = play(emptySession(), [
      [CHAIR, assign('ZAF')],
      [CHAIR, assign('DEU', 'hard-liner')],
      [CHAIR, release('ZAF')],
      [seat('GBR'), draft],
    ]);
    expect(foldSessionEvents(events)).toEqual(state);
    expect(state.ai.map((a) => a.member)).toEqual(['DEU']);
    expect(state.claimed).toEqual([{ member: 'GBR', visibility: 'public' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { clauseId, createDecision, DEFAULT_POSITION, memberId } from '../index.ts';
import { at, busySession, emptySession, play, T0 } from '../testing/index.ts';
import { CHAIR, GALLERY, SYSTEM, seat } from './actors.ts';
import { createSession } from './create.ts';
import { tickSession } from './tick.ts';
import { isVisibleTo, viewFor } from './view.ts';

const rus = memberId('RUS');

describe('createSession', () => {
  it('seats the Council of the session’s date: fifteen members, nine votes, five vetoes', () => {
    const { state, events } = emptySession();
    expect(events.map((e) => [e.seq, e.type, e.actor])).toEqual([[1, 'session-created', 'system']]);
    expect(state.body.members).toHaveLength(15);
    expect(state.body.threshold).toBe(9);
    expect(state.body.members.filter((m) => m.permanent).map((m) => m.code)).toEqual([
      'CHN',
      'FRA',
      'RUS',
      'GBR',
      'USA',
    ]);
  });

  it('refuses a date with no Council, naming the date', () => {
    const r = createSession({ id: 's', title: 't', date: '1940-01-01', options: { now: T0 } });
    expect(r.ok ? null : r.errors[0]?.message).toMatch(/^date: no Council data for 1940-01-01/);
  });

  it('makes a committee of a scenario’s custom body, with its drafts circulated and its positions private', () => {
    const decision = createDecision({
      id: 'motion',
      instrument: 'resolution',
      members: ['A', 'B', 'C'],
      permanent: ['A'],
      threshold: 2,
      clauses: [{ id: 'core', fixed: true, text: 'Core.' }, 'extra'],
      tabled: ['core'],
      positions: { B: { rejects: [clauseId('extra')] } },
    });
    const r = createSession({
      id: 's',
      title: 'Committee',
      date: '2024-01-01',
      scenario: { title: 'c', date: null, decisions: [decision] },
      options: { now: T0 },
    });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    const { state, events } = r.value;
    expect(events.map((e) => e.type)).toEqual(['session-created', 'draft-circulated', 'position-stated']);
    expect(state.body).toMatchObject({ threshold: 2, custom: true });
    expect(state.body.members.map((m) => [m.code, m.permanent])).toEqual([
      ['A', true],
      ['B', false],
      ['C', false],
    ]);
    const draft = state.drafts[0];
    expect([draft?.clauses.map((c) => c.id), draft?.reserve.map((c) => c.id), draft?.fixed]).toEqual([
      ['core'],
      ['extra'],
      ['core'],
    ]);
    expect(state.positions).toMatchObject([{ member: 'B', draftId: 'motion', visibility: 'private' }]);
  });

  it('makes scenario positions public when asked', () => {
    const decision = createDecision({
      id: 'd',
      members: ['A', 'B'],
      threshold: 1,
      clauses: ['x'],
      positions: { A: {} },
    });
    const r = createSession({
      id: 's',
      title: 'c',
      date: '2024-01-01',
      scenario: { title: 'c', date: null, decisions: [decision] },
      options: { now: T0, scenarioPositions: 'public' },
    });
    expect(r.ok ? r.value.state.positions.map((p) => p.visibility) : null).toEqual(['public']);
  });
});

describe('votes', () => {
  it('adopts an amendment in a vote and revises the text', () => {
    const yes = ['CHN', 'FRA', 'GBR', 'USA', 'DEU', 'BEL', 'POL', 'PER', 'ZAF'].map(
      (m) => [seat(m), { type: 'cast-vote', voteId: 'v-del', vote: 'yes' }] as const,
    );
    const { state, events } = play(busySession(), [
      [seat('RUS'), { type: 'cast-vote', voteId: 'v-del', vote: 'abstain' }],
      ...yes,
      [CHAIR, { type: 'close-vote', voteId: 'v-del' }],
    ]);
    expect(events.slice(-2).map((e) => e.type)).toEqual(['vote-closed', 'draft-revised']);
    const res = state.drafts.find((d) => d.id === 'res');
    expect([res?.clauses.map((c) => c.id), res?.version, res?.reserve.map((c) => c.id)]).toEqual([
      ['ceasefire'],
      2,
      ['blame-lna'],
    ]);
    expect(state.votes.find((v) => v.id === 'v-del')?.outcome?.explanation).toMatch(/^Adopted with 9 votes to none/);
  });

  it('lets a permanent member veto an amendment to a resolution, and the text stays as it was', () => {
    const yes = ['CHN', 'FRA', 'GBR', 'USA', 'DEU', 'BEL', 'POL', 'PER', 'ZAF', 'KWT'].map(
      (m) => [seat(m), { type: 'cast-vote', voteId: 'v-del', vote: 'yes' }] as const,
    );
    const { state } = play(busySession(), [...yes, [CHAIR, { type: 'close-vote', voteId: 'v-del' }]]);
    const vote = state.votes.find((v) => v.id === 'v-del');
    expect([vote?.outcome?.reason, vote?.outcome?.vetoes, vote?.votes?.RUS, vote?.votes?.IDN]).toEqual([
      'veto',
      ['RUS'],
      'no',
      'absent',
    ]);
    const res = state.drafts.find((d) => d.id === 'res');
    expect([res?.clauses.map((c) => c.id), res?.amendments.find((a) => a.id === 'a-del')?.status]).toEqual([
      ['ceasefire', 'blame-lna'],
      'rejected',
    ]);
  });

  it('decides the draft as a whole once its amendments are voted, and then it is off the table', () => {
    const { state } = play(busySession(), [
      [CHAIR, { type: 'close-vote', voteId: 'v-del' }],
      [seat('CHN'), { type: 'withdraw-amendment', draftId: 'res', amendmentId: 'a-rep' }],
      [CHAIR, { type: 'open-vote', voteId: 'v-res', draftId: 'res' }],
      [seat('USA'), { type: 'cast-vote', voteId: 'v-res', vote: 'no' }],
      [seat('USA'), { type: 'cast-vote', voteId: 'v-res', vote: 'yes' }],
      [CHAIR, { type: 'close-vote', voteId: 'v-res' }],
    ]);
    const vote = state.votes.find((v) => v.id === 'v-res');
    expect([vote?.casts.USA, vote?.outcome?.reason, state.drafts.find((d) => d.id === 'res')?.status]).toEqual([
      'yes',
      'insufficient-votes',
      'not-adopted',
    ]);
  });
});

describe('consensus and silence', () => {
  it('blocks a consensus text naming the objecting seat, in the President’s words', () => {
    const { events } = play(busySession(), [[CHAIR, { type: 'adopt-by-consensus', draftId: 'prst' }]]);
    const blocked = events.at(-1);
    if (blocked?.type !== 'consensus-blocked') throw new Error('not blocked');
    expect(blocked.objectors).toEqual(['RUS']);
    expect(blocked.outcome.explanation).toBe(
      'No presidential statement: Russian Federation would not agree, and a presidential statement needs the agreement of every member, so any single member can block it.',
    );
  });

  it('adopts the text once the objection is withdrawn', () => {
    const { state } = play(busySession(), [
      [seat('RUS'), { type: 'withdraw-objection', draftId: 'prst' }],
      [CHAIR, { type: 'adopt-by-consensus', draftId: 'prst' }],
    ]);
    const prst = state.drafts.find((d) => d.id === 'prst');
    expect([prst?.status, prst?.outcome?.reason, prst?.amendments.map((a) => a.status)]).toEqual([
      'adopted',
      'adopted',
      ['lapsed', 'lapsed'],
    ]);
  });

  it('agrees a consensus text when its silence passes unbroken', () => {
    const state = busySession().state;
    expect(tickSession(state, at(59))).toEqual([]);
    const due = tickSession(state, at(60));
    expect(due.map((e) => [e.seq, e.type, e.actor, e.at])).toEqual([
      [state.version + 1, 'silence-passed', 'system', at(60)],
    ]);
    expect(due[0]?.type === 'silence-passed' ? due[0].outcome?.adopted : null).toBe(true);
  });

  it('fixes a resolution’s text when its silence passes, without deciding it', () => {
    const { state } = play(busySession(), [
      [seat('GBR'), { type: 'put-under-silence', draftId: 'res', until: at(30) }],
    ]);
    const due = tickSession(state, at(31));
    expect(due.map((e) => (e.type === 'silence-passed' ? [e.draftId, e.outcome] : e.type))).toEqual([['res', null]]);
  });

  it('sends a text back to negotiation when silence is broken, and lets it go under silence again', () => {
    const { state } = play(busySession(), [
      [seat('DEU'), { type: 'break-silence', draftId: 'ps', reason: 'One more paragraph.' }, 5],
      [seat('GBR'), { type: 'put-under-silence', draftId: 'ps', until: at(120) }, 6],
    ]);
    expect(state.drafts.find((d) => d.id === 'ps')?.silence).toEqual({ type: 'under-silence', deadline: at(120) });
  });
});

describe('the floor and the clock', () => {
  it('ends the timer when it runs out', () => {
    const { state } = play(emptySession(), [[CHAIR, { type: 'set-timer', seconds: 90 }]]);
    expect(tickSession(state, at(1))).toEqual([]);
    expect(tickSession(state, at(1.5)).map((e) => e.type)).toEqual(['timer-ended']);
  });

  it('gives the floor in the order of inscription', () => {
    const { state } = play(emptySession(), [
      [seat('FRA'), { type: 'inscribe-speaker' }],
      [seat('CHN'), { type: 'inscribe-speaker' }],
      [CHAIR, { type: 'give-floor' }],
    ]);
    expect([state.floor, state.speakers]).toEqual(['FRA', ['CHN']]);
  });
});

describe('visibility', () => {
  const withPrivate = () =>
    play(busySession(), [
      [
        seat('RUS'),
        {
          type: 'state-position',
          position: { ...DEFAULT_POSITION, rejects: [clauseId('blame-lna')] },
          visibility: 'private',
          draftId: 'res',
        },
      ],
    ]);

  it('shows a private position to its own seat only (and to the system)', () => {
    const event = withPrivate().events.at(-1);
    if (!event) throw new Error('no event');
    expect([CHAIR, GALLERY, seat('USA'), seat('RUS'), SYSTEM].map((v) => isVisibleTo(event, v))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('leaves private positions out of every other role’s view of the state', () => {
    const { state } = withPrivate();
    expect(viewFor(state, CHAIR).positions).toEqual([]);
    expect(viewFor(state, GALLERY).positions).toEqual([]);
    expect(viewFor(state, seat('USA')).positions).toEqual([]);
    expect(viewFor(state, seat('RUS')).positions.map((p) => p.member)).toEqual([rus]);
  });

  it('hides a public position restated in private from the others', () => {
    const { state } = play(busySession(), [
      [seat('RUS'), { type: 'state-position', position: DEFAULT_POSITION, visibility: 'public' }],
      [seat('RUS'), { type: 'state-position', position: DEFAULT_POSITION, visibility: 'private' }],
    ]);
    expect(viewFor(state, GALLERY).positions).toEqual([]);
  });
});

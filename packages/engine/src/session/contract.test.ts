import { describe, expect, it } from 'vitest';
import { clauseId, DEFAULT_POSITION, memberId } from '../index.ts';
import { at, busySession, type CommandDraft, clause, cmd, play, SAMPLE_COMMANDS } from '../testing/index.ts';
import { CHAIR, GALLERY, type SessionActor, SYSTEM, seat } from './actors.ts';
import { applySessionCommand } from './apply.ts';
import { SESSION_COMMAND_TYPES } from './commands.ts';
import { COMMAND_ROLES } from './roles.ts';

// The contract of sessions.md at the reducer's level, as a case table: one line per command × role ×
// refusal. Each line runs against busySession() (see testing/session.ts for what it holds), after the
// line's own `before` steps, at `at(minutes)` (default 1 minute after the fixture: before the silence
// on `ps` ends at 60).

type Before = readonly (readonly [SessionActor, CommandDraft, number?])[];
type Expect = readonly string[] | `${400 | 403 | 404 | 409} ${string}`;
interface Row {
  readonly name: string;
  readonly actor: SessionActor;
  readonly command: CommandDraft;
  readonly expect: Expect;
  readonly before?: Before;
  readonly minutes?: number;
  /** For a 400: the field the refusal must name. */
  readonly field?: string;
}

const closeDel: Before = [[CHAIR, { type: 'close-vote', voteId: 'v-del' }]];
const del = (id: string) => clauseId(id);

const ROWS: readonly Row[] = [
  // ── every command succeeds for its role ──
  {
    name: 'a seat circulates a draft and holds the pen',
    actor: seat('DEU'),
    command: SAMPLE_COMMANDS['circulate-draft'],
    expect: ['draft-circulated'],
  },
  {
    name: 'the chair circulates a draft',
    actor: CHAIR,
    command: { ...SAMPLE_COMMANDS['circulate-draft'], draftId: 'c' } as CommandDraft,
    expect: ['draft-circulated'],
  },
  {
    name: 'a seat proposes an amendment',
    actor: seat('DEU'),
    command: SAMPLE_COMMANDS['propose-amendment'],
    expect: ['amendment-proposed'],
  },
  {
    name: 'the penholder (chair) accepts an amendment',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['accept-amendment'],
    expect: ['draft-revised'],
  },
  {
    name: 'a seat states its position',
    actor: seat('RUS'),
    command: SAMPLE_COMMANDS['state-position'],
    expect: ['position-stated'],
  },
  { name: 'a seat objects', actor: seat('DEU'), command: SAMPLE_COMMANDS.object, expect: ['objection-raised'] },
  {
    name: 'the objecting seat withdraws its objection',
    actor: seat('RUS'),
    command: SAMPLE_COMMANDS['withdraw-objection'],
    expect: ['objection-withdrawn'],
  },
  {
    name: 'the chair puts its text under silence',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['put-under-silence'],
    expect: ['silence-started'],
  },
  {
    name: 'the penholder seat puts its text under silence',
    actor: seat('GBR'),
    command: { type: 'put-under-silence', draftId: 'res', until: at(90) },
    expect: ['silence-started'],
  },
  {
    name: 'a seat breaks silence',
    actor: seat('DEU'),
    command: SAMPLE_COMMANDS['break-silence'],
    expect: ['silence-broken'],
  },
  {
    name: 'the chair takes a consensus text nobody objects to',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['adopt-by-consensus'],
    expect: ['consensus-adopted'],
  },
  {
    name: 'the chair takes a consensus text a seat objects to: blocked',
    actor: CHAIR,
    command: { type: 'adopt-by-consensus', draftId: 'prst' },
    expect: ['consensus-blocked'],
  },
  {
    name: 'the chair opens a vote on the next amendment',
    actor: CHAIR,
    command: { type: 'open-vote', voteId: 'v-rep', amendmentId: 'a-rep' },
    expect: ['vote-opened'],
    before: closeDel,
  },
  { name: 'a seat casts a vote', actor: seat('FRA'), command: SAMPLE_COMMANDS['cast-vote'], expect: ['vote-cast'] },
  {
    name: 'a seat recasts its vote',
    actor: seat('RUS'),
    command: { type: 'cast-vote', voteId: 'v-del', vote: 'abstain' },
    expect: ['vote-cast'],
  },
  { name: 'the chair closes a vote', actor: CHAIR, command: SAMPLE_COMMANDS['close-vote'], expect: ['vote-closed'] },
  {
    name: 'a seat that voted explains its vote',
    actor: seat('RUS'),
    command: SAMPLE_COMMANDS['explain-vote'],
    expect: ['vote-explained'],
  },
  {
    name: 'a seat inscribes itself',
    actor: seat('FRA'),
    command: SAMPLE_COMMANDS['inscribe-speaker'],
    expect: ['speaker-inscribed'],
  },
  {
    name: 'the chair gives the floor to the next speaker',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['give-floor'],
    expect: ['floor-given'],
  },
  {
    name: 'the chair gives the floor to a named seat',
    actor: CHAIR,
    command: { type: 'give-floor', seat: memberId('ZAF') },
    expect: ['floor-given'],
  },
  { name: 'the chair sets a timer', actor: CHAIR, command: SAMPLE_COMMANDS['set-timer'], expect: ['timer-started'] },
  {
    name: 'the chair withdraws its own draft',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['withdraw-draft'],
    expect: ['draft-withdrawn'],
  },
  {
    name: 'the proposer withdraws its amendment',
    actor: seat('CHN'),
    command: SAMPLE_COMMANDS['withdraw-amendment'],
    expect: ['amendment-withdrawn'],
  },
  {
    name: 'the chair ends the session',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['end-session'],
    expect: ['session-ended'],
    before: closeDel,
  },
  {
    name: 'a command after a silence deadline comes after silence-passed',
    actor: seat('FRA'),
    command: SAMPLE_COMMANDS['inscribe-speaker'],
    expect: ['silence-passed', 'speaker-inscribed'],
    minutes: 61,
  },
  // ── 400: malformed, naming the field ──
  {
    name: 'a draft without clauses',
    actor: CHAIR,
    command: { type: 'circulate-draft', draftId: 'x', instrument: 'resolution', clauses: [] },
    expect: '400 session/invalid',
    field: 'clauses',
  },
  {
    name: 'a draft with a duplicate clause id',
    actor: CHAIR,
    command: { type: 'circulate-draft', draftId: 'x', instrument: 'resolution', clauses: [clause('a'), clause('a')] },
    expect: '400 session/invalid',
    field: 'clauses[1].id',
  },
  {
    name: 'a clause without words',
    actor: CHAIR,
    command: { type: 'circulate-draft', draftId: 'x', instrument: 'resolution', clauses: [clause('a', ' ')] },
    expect: '400 session/invalid',
    field: 'clauses[0].text',
  },
  {
    name: 'an add amendment without a clause',
    actor: seat('DEU'),
    command: { type: 'propose-amendment', draftId: 'res', amendmentId: 'x', op: 'add' },
    expect: '400 session/invalid',
    field: 'clause',
  },
  {
    name: 'a delete amendment without clauseId',
    actor: seat('DEU'),
    command: { type: 'propose-amendment', draftId: 'res', amendmentId: 'x', op: 'delete' },
    expect: '400 session/invalid',
    field: 'clauseId',
  },
  {
    name: 'a replace amendment without the new clause',
    actor: seat('DEU'),
    command: { type: 'propose-amendment', draftId: 'res', amendmentId: 'x', op: 'replace', clauseId: del('ceasefire') },
    expect: '400 session/invalid',
    field: 'clause',
  },
  {
    name: 'an objection without a reason',
    actor: seat('DEU'),
    command: { type: 'object', draftId: 'elements', reason: '' },
    expect: '400 session/invalid',
    field: 'reason',
  },
  {
    name: 'silence until a time that is not a date-time',
    actor: CHAIR,
    command: { type: 'put-under-silence', draftId: 'elements', until: 'tomorrow' },
    expect: '400 session/invalid',
    field: 'until',
  },
  {
    name: 'silence until a time already past',
    actor: CHAIR,
    command: { type: 'put-under-silence', draftId: 'elements', until: at(-5) },
    expect: '400 session/invalid',
    field: 'until',
  },
  {
    name: 'a vote on nothing',
    actor: CHAIR,
    command: { type: 'open-vote', voteId: 'x' },
    expect: '400 session/invalid',
    field: 'draftId',
  },
  {
    name: 'a vote that is not yes, no or abstain',
    actor: seat('FRA'),
    command: { type: 'cast-vote', voteId: 'v-del', vote: 'maybe' as 'yes' },
    expect: '400 session/invalid',
    field: 'vote',
  },
  {
    name: 'an empty explanation of vote',
    actor: seat('RUS'),
    command: { type: 'explain-vote', voteId: 'v-proc', text: '' },
    expect: '400 session/invalid',
    field: 'text',
  },
  {
    name: 'the floor to a non-member',
    actor: CHAIR,
    command: { type: 'give-floor', seat: 'ITA' as never },
    expect: '400 session/invalid',
    field: 'seat',
  },
  {
    name: 'a timer of no seconds',
    actor: CHAIR,
    command: { type: 'set-timer', seconds: 0 },
    expect: '400 session/invalid',
    field: 'seconds',
  },
  {
    name: 'a timer of a fraction of a second',
    actor: CHAIR,
    command: { type: 'set-timer', seconds: 1.5 },
    expect: '400 session/invalid',
    field: 'seconds',
  },
  {
    name: 'a position whose distribution does not sum to 1',
    actor: seat('RUS'),
    command: {
      type: 'state-position',
      visibility: 'public',
      position: { ...DEFAULT_POSITION, vote: { yes: 0.5, no: 0, abstain: 0, absent: 0 } },
    },
    expect: '400 session/invalid',
    field: 'position.vote',
  },
  {
    name: 'a negative expectedVersion',
    actor: CHAIR,
    command: { ...SAMPLE_COMMANDS['set-timer'], expectedVersion: -1 } as CommandDraft,
    expect: '400 session/invalid',
    field: 'expectedVersion',
  },
  // ── 404: unknown draft, amendment, vote, clause ──
  {
    name: 'an amendment to an unknown draft',
    actor: seat('DEU'),
    command: { ...SAMPLE_COMMANDS['propose-amendment'], draftId: 'nope' } as CommandDraft,
    expect: '404 session/unknown-draft',
  },
  {
    name: 'a position on an unknown draft',
    actor: seat('DEU'),
    command: { ...SAMPLE_COMMANDS['state-position'], draftId: 'nope' } as CommandDraft,
    expect: '404 session/unknown-draft',
  },
  {
    name: 'an objection to an unknown draft',
    actor: seat('DEU'),
    command: { type: 'object', draftId: 'nope', reason: 'r' },
    expect: '404 session/unknown-draft',
  },
  {
    name: 'breaking silence on an unknown draft',
    actor: seat('DEU'),
    command: { type: 'break-silence', draftId: 'nope', reason: 'r' },
    expect: '404 session/unknown-draft',
  },
  {
    name: 'consensus on an unknown draft',
    actor: CHAIR,
    command: { type: 'adopt-by-consensus', draftId: 'nope' },
    expect: '404 session/unknown-draft',
  },
  {
    name: 'a vote on an unknown draft',
    actor: CHAIR,
    command: { type: 'open-vote', voteId: 'x', draftId: 'nope' },
    expect: '404 session/unknown-draft',
    before: closeDel,
  },
  {
    name: 'accepting an unknown amendment',
    actor: CHAIR,
    command: { type: 'accept-amendment', draftId: 'prst', amendmentId: 'nope' },
    expect: '404 session/unknown-amendment',
  },
  {
    name: 'a vote on an unknown amendment',
    actor: CHAIR,
    command: { type: 'open-vote', voteId: 'x', amendmentId: 'nope' },
    expect: '404 session/unknown-amendment',
    before: closeDel,
  },
  {
    name: 'a cast in an unknown vote',
    actor: seat('FRA'),
    command: { type: 'cast-vote', voteId: 'nope', vote: 'yes' },
    expect: '404 session/unknown-vote',
  },
  {
    name: 'closing an unknown vote',
    actor: CHAIR,
    command: { type: 'close-vote', voteId: 'nope' },
    expect: '404 session/unknown-vote',
  },
  {
    name: 'explaining an unknown vote',
    actor: seat('FRA'),
    command: { type: 'explain-vote', voteId: 'nope', text: 't' },
    expect: '404 session/unknown-vote',
  },
  {
    name: 'deleting a clause the text lacks',
    actor: seat('DEU'),
    command: { type: 'propose-amendment', draftId: 'res', amendmentId: 'x', op: 'delete', clauseId: del('nope') },
    expect: '404 session/unknown-clause',
  },
  // ── 409: the state forbids it ──
  {
    name: 'a cast in a closed vote',
    actor: seat('DEU'),
    command: { type: 'cast-vote', voteId: 'v-proc', vote: 'yes' },
    expect: '409 session/vote-closed',
  },
  {
    name: 'closing a closed vote',
    actor: CHAIR,
    command: { type: 'close-vote', voteId: 'v-proc' },
    expect: '409 session/vote-closed',
  },
  {
    name: 'a seat accepting an amendment to a text it does not hold',
    actor: seat('DEU'),
    command: { type: 'accept-amendment', draftId: 'res', amendmentId: 'a-rep' },
    expect: '409 session/not-penholder',
  },
  {
    name: 'the chair accepting an amendment to a seat’s text',
    actor: CHAIR,
    command: { type: 'accept-amendment', draftId: 'res', amendmentId: 'a-rep' },
    expect: '409 session/not-penholder',
  },
  {
    name: 'a seat putting another’s text under silence',
    actor: seat('DEU'),
    command: SAMPLE_COMMANDS['put-under-silence'],
    expect: '409 session/not-penholder',
  },
  {
    name: 'a seat withdrawing another’s draft',
    actor: seat('DEU'),
    command: { type: 'withdraw-draft', draftId: 'res' },
    expect: '409 session/not-penholder',
  },
  {
    name: 'an amendment to a text under silence',
    actor: seat('DEU'),
    command: { ...SAMPLE_COMMANDS['propose-amendment'], draftId: 'ps' } as CommandDraft,
    expect: '409 session/under-silence',
  },
  {
    name: 'an objection to a text under silence',
    actor: seat('DEU'),
    command: { type: 'object', draftId: 'ps', reason: 'r' },
    expect: '409 session/under-silence',
  },
  {
    name: 'consensus on a text under silence',
    actor: CHAIR,
    command: { type: 'adopt-by-consensus', draftId: 'ps' },
    expect: '409 session/under-silence',
  },
  {
    name: 'consensus on a resolution',
    actor: CHAIR,
    command: { type: 'adopt-by-consensus', draftId: 'res' },
    expect: '409 session/wrong-instrument',
  },
  {
    name: 'a vote on a presidential statement',
    actor: CHAIR,
    command: { type: 'open-vote', voteId: 'x', draftId: 'prst' },
    expect: '409 session/wrong-instrument',
    before: closeDel,
  },
  {
    name: 'a second vote while one is open',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['open-vote'],
    expect: '409 session/vote-in-progress',
  },
  {
    name: 'a vote on the draft before its amendments',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['open-vote'],
    expect: '409 session/amendments-pending',
    before: closeDel,
  },
  {
    name: 'a substitution voted before an addition (Rule 36)',
    actor: CHAIR,
    command: { type: 'open-vote', voteId: 'x', amendmentId: 'a-rep' },
    expect: '409 session/amendment-order',
    before: [[seat('DEU'), SAMPLE_COMMANDS['propose-amendment']], ...closeDel],
  },
  {
    name: 'a draft id circulated twice',
    actor: CHAIR,
    command: { ...SAMPLE_COMMANDS['circulate-draft'], draftId: 'res' } as CommandDraft,
    expect: '409 session/duplicate-id',
  },
  {
    name: 'an amendment id proposed twice',
    actor: seat('DEU'),
    command: { ...SAMPLE_COMMANDS['propose-amendment'], amendmentId: 'a-del' } as CommandDraft,
    expect: '409 session/duplicate-id',
  },
  {
    name: 'a vote id opened twice',
    actor: CHAIR,
    command: { type: 'open-vote', voteId: 'v-proc', amendmentId: 'a-rep' },
    expect: '409 session/duplicate-id',
    before: closeDel,
  },
  {
    name: 'adding a clause already in the text',
    actor: seat('DEU'),
    command: { ...SAMPLE_COMMANDS['propose-amendment'], clause: clause('ceasefire') } as CommandDraft,
    expect: '409 session/duplicate-id',
  },
  {
    name: 'withdrawing an objection never raised',
    actor: seat('FRA'),
    command: SAMPLE_COMMANDS['withdraw-objection'],
    expect: '409 session/no-objection',
  },
  {
    name: 'silence while an objection stands',
    actor: CHAIR,
    command: { type: 'put-under-silence', draftId: 'prst', until: at(90) },
    expect: '409 session/objection-stands',
  },
  {
    name: 'breaking a silence that is not running',
    actor: seat('DEU'),
    command: { type: 'break-silence', draftId: 'prst', reason: 'r' },
    expect: '409 session/not-under-silence',
  },
  {
    name: 'explaining a vote not cast',
    actor: seat('DEU'),
    command: SAMPLE_COMMANDS['explain-vote'],
    expect: '409 session/did-not-vote',
  },
  {
    name: 'withdrawing another seat’s amendment',
    actor: seat('FRA'),
    command: SAMPLE_COMMANDS['withdraw-amendment'],
    expect: '409 session/not-proposer',
  },
  {
    name: 'inscribing twice',
    actor: seat('USA'),
    command: SAMPLE_COMMANDS['inscribe-speaker'],
    expect: '409 session/already-inscribed',
  },
  {
    name: 'the floor with nobody inscribed',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['give-floor'],
    expect: '409 session/no-speaker',
    before: [[CHAIR, SAMPLE_COMMANDS['give-floor']]],
  },
  {
    name: 'a stale expectedVersion',
    actor: CHAIR,
    command: { ...SAMPLE_COMMANDS['set-timer'], expectedVersion: 3 } as CommandDraft,
    expect: '409 session/version-conflict',
  },
  {
    name: 'any command after the session ended',
    actor: seat('FRA'),
    command: SAMPLE_COMMANDS['inscribe-speaker'],
    expect: '409 session/ended',
    before: [...closeDel, [CHAIR, SAMPLE_COMMANDS['end-session']]],
  },
  {
    name: 'ending the session while a vote is open',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['end-session'],
    expect: '409 session/vote-in-progress',
  },
  {
    name: 'accepting an amendment while its draft is voted on',
    actor: seat('GBR'),
    command: { type: 'accept-amendment', draftId: 'res', amendmentId: 'a-rep' },
    expect: '409 session/vote-in-progress',
  },
  {
    name: 'withdrawing the amendment being voted on',
    actor: seat('FRA'),
    command: { type: 'withdraw-amendment', draftId: 'res', amendmentId: 'a-del' },
    expect: '409 session/vote-in-progress',
  },
  {
    name: 'an objection to a decided draft',
    actor: seat('DEU'),
    command: { type: 'object', draftId: 'proc', reason: 'r' },
    expect: '409 session/draft-decided',
  },
  {
    name: 'accepting an amendment already accepted',
    actor: CHAIR,
    command: SAMPLE_COMMANDS['accept-amendment'],
    expect: '409 session/amendment-decided',
    before: [[CHAIR, SAMPLE_COMMANDS['accept-amendment']]],
  },
  {
    name: 'accepting an amendment that no longer applies',
    actor: CHAIR,
    command: { type: 'accept-amendment', draftId: 'prst', amendmentId: 'a-prst2' },
    expect: '409 session/amendment-lapsed',
    before: [[CHAIR, SAMPLE_COMMANDS['accept-amendment']]],
  },
  {
    name: 'breaking silence after it passed',
    actor: seat('DEU'),
    command: SAMPLE_COMMANDS['break-silence'],
    expect: '409 session/draft-decided',
    minutes: 61,
  },
];

function runRow(row: Row) {
  const start = row.before ? play(busySession(), row.before) : busySession();
  const result = applySessionCommand(start.state, cmd(row.command), row.actor, { now: at(row.minutes ?? 1) });
  return { start, result };
}

describe('the session contract, command by command', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const { start, result } = runRow(row);
    if (Array.isArray(row.expect)) {
      if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
      expect(result.events.map((e) => e.type)).toEqual(row.expect);
      expect(result.events.map((e) => e.seq)).toEqual(row.expect.map((_, i) => start.state.version + i + 1));
      expect(result.state.version).toBe(start.state.version + row.expect.length);
    } else {
      const [status, code] = (row.expect as string).split(' ');
      if (result.ok) throw new Error(`accepted: ${result.events.map((e) => e.type).join(', ')}`);
      expect([result.refusal.status, result.refusal.code]).toEqual([Number(status), code]);
      if (row.field !== undefined) {
        expect(result.refusal.field).toBe(row.field);
        expect(result.refusal.message).toContain(row.field);
      }
    }
  });
});

describe('the session contract, role by role', () => {
  const roles: readonly [string, SessionActor][] = [
    ['chair', CHAIR],
    ['seat', seat('FRA')],
    ['gallery', GALLERY],
    ['system', SYSTEM],
  ];
  const cases = SESSION_COMMAND_TYPES.flatMap((type) =>
    roles.map(
      ([role, actor]) => [type, role, actor, (COMMAND_ROLES[type] as readonly string[]).includes(role)] as const,
    ),
  );
  it.each(cases)('%s by the %s: allowed is %s', (type, role, actor, allowed) => {
    const result = applySessionCommand(busySession().state, cmd(SAMPLE_COMMANDS[type]), actor, { now: at(1) });
    if (allowed) {
      expect(result.ok ? 0 : result.refusal.status).not.toBe(403);
    } else {
      if (result.ok) throw new Error(`accepted ${type} by ${role}`);
      expect(result.refusal.status).toBe(403);
      expect(result.refusal.code).toBe('session/forbidden');
      expect(result.refusal.message).toContain(type);
      expect(result.refusal.message).toContain(
        role === 'gallery' ? 'the gallery' : role === 'seat' ? 'seat:FRA' : role,
      );
    }
  });

  it('refuses a seat that is not a member of the session', () => {
    const result = applySessionCommand(busySession().state, cmd(SAMPLE_COMMANDS.object), seat('ITA'), { now: at(1) });
    expect(result.ok ? null : [result.refusal.status, result.refusal.message]).toEqual([
      403,
      'seat:ITA may not send object: ITA is not a member of this session',
    ]);
  });

  it('appends nothing when it refuses: the state is the same object', () => {
    const start = busySession().state;
    const result = applySessionCommand(start, cmd(SAMPLE_COMMANDS['close-vote']), GALLERY, { now: at(1) });
    expect(result.ok).toBe(false);
    expect(busySession().state).toEqual(start);
  });
});

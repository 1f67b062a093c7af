import { describe, it } from 'vitest';
import { memberId } from '../index.ts';
import { at, type CommandDraft, SAMPLE_COMMANDS } from '../testing/index.ts';
import { CHAIR, seat } from './actors.ts';
import { type ContractRow, checkRow, closeDel } from './contract.fixture.ts';

const ROWS: readonly ContractRow[] = [
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
];

describe('the session contract: every command accepted from its role', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => checkRow(row));
});

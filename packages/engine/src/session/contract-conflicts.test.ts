import { describe, it } from 'vitest';
import { at, type CommandDraft, clause, SAMPLE_COMMANDS } from '../testing/index.ts';
import { CHAIR, seat } from './actors.ts';
import { type ContractRow, checkRow, closeDel } from './contract.fixture.ts';

const ROWS: readonly ContractRow[] = [
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

describe('the session contract: 409 when the state forbids it', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => checkRow(row));
});

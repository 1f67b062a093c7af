import { describe, it } from 'vitest';
import { clauseId, DEFAULT_POSITION } from '../index.ts';
import { at, type CommandDraft, clause, SAMPLE_COMMANDS } from '../testing/index.ts';
import { CHAIR, seat } from './actors.ts';
import { type ContractRow, checkRow, closeDel } from './contract.fixture.ts';

const del = (id: string) => clauseId(id);

const ROWS: readonly ContractRow[] = [
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
];

describe('the session contract: 400 naming the field, 404 naming what is unknown', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => checkRow(row));
});

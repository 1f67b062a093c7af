import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseId, DEFAULT_POSITION, memberId, type Position, predictVote } from '../index.ts';
import { at, busySession, clause, cmd, emptySession, play } from '../testing/index.ts';
import { CHAIR, seat } from './actors.ts';
import { applySessionCommand } from './apply.ts';
import { delegationActions } from './delegation.ts';

const rus = memberId('RUS');
const rejects = (id: string): Position => ({ ...DEFAULT_POSITION, rejects: [clauseId(id)] });

/** A presidential statement held by GBR, and a resolution under vote. */
function libyaLike() {
  return play(emptySession(), [
    [
      seat('GBR'),
      {
        type: 'circulate-draft',
        draftId: 'prst',
        instrument: 'presidential-statement',
        clauses: [clause('de-escalate'), clause('name-lna')],
      },
    ],
    [
      seat('GBR'),
      { type: 'circulate-draft', draftId: 'res', instrument: 'resolution', clauses: [clause('ceasefire')] },
    ],
    [seat('RUS'), { type: 'state-position', position: rejects('name-lna'), visibility: 'private' }],
    [CHAIR, { type: 'open-vote', voteId: 'v', draftId: 'res' }],
  ]);
}

describe('delegationActions', () => {
  it('votes as its position predicts, objects to a text crossing its red line and proposes the edit that wins it', () => {
    const actions = delegationActions(libyaLike().state, rus);
    expect(actions.map((a) => a.command)).toEqual([
      { type: 'cast-vote', voteId: 'v', vote: 'yes' },
      { type: 'object', draftId: 'prst', reason: 'crosses its red line: rejects clause `name-lna`' },
      {
        type: 'propose-amendment',
        draftId: 'prst',
        amendmentId: 'RUS-prst-delete-name-lna',
        op: 'delete',
        clauseId: 'name-lna',
      },
    ]);
  });

  it('sends only commands its own seat may send, and the engine accepts them', () => {
    const { state } = libyaLike();
    for (const a of delegationActions(state, rus)) {
      const r = applySessionCommand(state, cmd(a.command), seat('RUS'), { now: at(1) });
      expect(r.ok ? 'accepted' : r.refusal.message).toBe('accepted');
    }
  });

  it('as penholder accepts an amendment that costs it nothing, and breaks silence on a text it rejects', () => {
    const { state } = play(libyaLike(), [
      [
        seat('RUS'),
        { type: 'propose-amendment', draftId: 'prst', amendmentId: 'a', op: 'delete', clauseId: clauseId('name-lna') },
      ],
    ]);
    expect(delegationActions(state, memberId('GBR')).map((a) => a.command.type)).toContain('accept-amendment');
    const { state: silent } = play(busySession(), [
      [seat('DEU'), { type: 'state-position', position: rejects('calm'), visibility: 'private', draftId: 'ps' }],
    ]);
    expect(delegationActions(silent, memberId('DEU')).map((a) => a.command.type)).toContain('break-silence');
  });

  it('never votes against its own prediction, and never depends on another seat’s private position', () => {
    const positionArb = fc.record({
      rejects: fc.subarray([clauseId('ceasefire'), clauseId('name-lna')]),
      requires: fc.subarray([clauseId('ceasefire'), clauseId('de-escalate')]),
      onRedLine: fc.constantFrom('no' as const, 'abstain' as const),
    });
    fc.assert(
      fc.property(positionArb, positionArb, (mine, theirs) => {
        const own: Position = { ...DEFAULT_POSITION, ...mine };
        const base = play(libyaLike(), [
          [seat('CHN'), { type: 'state-position', position: own, visibility: 'private' }],
        ]);
        const actions = delegationActions(base.state, memberId('CHN'));
        const cast = actions.find((a) => a.command.type === 'cast-vote')?.command;
        const predicted = predictVote(own, new Set([clauseId('ceasefire')])).vote;
        expect(cast?.type === 'cast-vote' ? cast.vote : null).toBe(predicted);
        const other = play(base, [
          [
            seat('FRA'),
            { type: 'state-position', position: { ...DEFAULT_POSITION, ...theirs }, visibility: 'private' },
          ],
        ]);
        expect(delegationActions(other.state, memberId('CHN'))).toEqual(actions);
      }),
      { numRuns: 40 },
    );
  });

  it('does nothing for a seat that is not a member, or once the session has ended', () => {
    expect(delegationActions(libyaLike().state, memberId('ITA'))).toEqual([]);
    const ended = play(emptySession(), [[CHAIR, { type: 'end-session' }]]);
    expect(delegationActions(ended.state, rus)).toEqual([]);
  });
});

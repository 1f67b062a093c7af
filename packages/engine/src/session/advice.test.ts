import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseId, DEFAULT_POSITION, memberId, type Position } from '../index.ts';
import { clause, emptySession, play } from '../testing/index.ts';
import { CHAIR, seat } from './actors.ts';
import { adviceFor } from './advice.ts';

const gbr = memberId('GBR');
const usa = memberId('USA');
const rejectsBlame: Position = { ...DEFAULT_POSITION, rejects: [clauseId('blame-lna')] };

/** GBR holds a draft resolution `ceasefire` + `blame-lna`. */
function draftSession() {
  return play(emptySession(), [
    [
      seat('GBR'),
      {
        type: 'circulate-draft',
        draftId: 'res',
        instrument: 'resolution',
        clauses: [clause('ceasefire'), clause('blame-lna')],
      },
    ],
  ]);
}

describe('adviceFor', () => {
  it('names a public blocker and the single edit that wins it', () => {
    const { state } = play(draftSession(), [
      [seat('RUS'), { type: 'state-position', position: rejectsBlame, visibility: 'public', draftId: 'res' }],
    ]);
    const [advice] = adviceFor(state, gbr);
    expect(advice?.passes).toBe(false);
    expect(advice?.outcome.reason).toBe('veto');
    expect(advice?.blockers).toEqual([
      {
        member: 'RUS',
        kind: 'veto',
        reason: 'crosses its red line: rejects clause `blame-lna`',
        edit: { add: [], remove: ['blame-lna'], passes: true },
        noEditExists: false,
      },
    ]);
    expect(advice?.summary).toContain('RUS blocks it (veto');
  });

  it('does not see another seat’s private position: the text passes as far as it knows', () => {
    const { state } = play(draftSession(), [
      [seat('RUS'), { type: 'state-position', position: rejectsBlame, visibility: 'private', draftId: 'res' }],
    ]);
    const [forGbr] = adviceFor(state, gbr);
    const [forRus] = adviceFor(state, memberId('RUS'));
    expect([forGbr?.passes, forGbr?.assumed.includes(memberId('RUS'))]).toEqual([true, true]);
    expect([forRus?.passes, forRus?.blockers.map((b) => b.member)]).toEqual([false, ['RUS']]);
  });

  it('never changes with what a seat may not see (private positions of others)', () => {
    const positionArb = fc.record({
      rejects: fc.subarray([clauseId('ceasefire'), clauseId('blame-lna')]),
      requires: fc.subarray([clauseId('ceasefire'), clauseId('blame-lna')]),
      onRedLine: fc.constantFrom('no' as const, 'abstain' as const),
    });
    fc.assert(
      fc.property(fc.constantFrom('CHN', 'RUS', 'FRA', 'DEU'), positionArb, (code, p) => {
        const base = draftSession();
        const before = adviceFor(base.state, usa);
        const { state } = play(base, [
          [
            seat(code),
            { type: 'state-position', position: { ...DEFAULT_POSITION, ...p }, visibility: 'private', draftId: 'res' },
          ],
        ]);
        expect(adviceFor(state, usa)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('uses the seat’s own private position and says when its vote alone decides', () => {
    // 8 members will not vote yes (fixed abstentions stated in public); USA's vote is the ninth yes.
    const abstain: Position = { ...DEFAULT_POSITION, vote: 'abstain' };
    const { state } = play(draftSession(), [
      ...['BEL', 'CIV', 'DOM', 'GNQ', 'DEU', 'IDN'].map(
        (m) => [seat(m), { type: 'state-position', position: abstain, visibility: 'public', draftId: 'res' }] as const,
      ),
      [seat('USA'), { type: 'state-position', position: DEFAULT_POSITION, visibility: 'private', draftId: 'res' }],
    ]);
    const [advice] = adviceFor(state, usa);
    expect([advice?.passes, advice?.outcome.yes, advice?.pivotal]).toEqual([true, 9, true]);
    expect(advice?.summary).toContain('Your vote alone decides it.');
  });

  it('advises only on drafts still on the table', () => {
    const { state } = play(draftSession(), [
      [CHAIR, { type: 'circulate-draft', draftId: 'ps', instrument: 'press-statement', clauses: [clause('calm')] }],
      [CHAIR, { type: 'adopt-by-consensus', draftId: 'ps' }],
    ]);
    expect(adviceFor(state, gbr).map((a) => a.draftId)).toEqual(['res']);
    expect(adviceFor(state, gbr, { draftId: 'ps' })).toEqual([]);
  });
});

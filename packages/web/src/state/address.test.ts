import { clauseId, memberId, type ScenarioCommand } from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { decodeCommands, encodeCommands, readAddress, textHash, writeAddress } from './address.ts';

const EVERY_COMMAND: ScenarioCommand[] = [
  { type: 'toggle-clause', decision: 'formal-statement', clause: clauseId('name-lna'), included: false },
  { type: 'set-tabled', decision: 'uk-draft-resolution', clauses: [clauseId('ceasefire')] },
  { type: 'set-instrument', decision: 'uk-draft-resolution', instrument: 'presidential-statement' },
  { type: 'set-date', decision: 'uk-draft-resolution', date: '2022-03-01' },
  {
    type: 'set-position',
    decision: 'formal-statement',
    member: memberId('USA'),
    edit: { field: 'requires', value: [] },
  },
  { type: 'set-position', decision: 'd', member: memberId('RUS'), edit: { field: 'noBelow', value: null } },
  { type: 'set-position', decision: 'd', member: memberId('RUS'), edit: { field: 'values', value: { a: -2, b: 0.5 } } },
  { type: 'set-position', decision: 'd', member: memberId('RUS'), edit: { field: 'vote', value: 'abstain' } },
  {
    type: 'set-vote-distribution',
    decision: 'uk-draft-resolution',
    member: memberId('RUS'),
    distribution: { yes: 0.25, no: 0.5, abstain: 0.25, absent: 0 },
  },
  { type: 'reset-position', decision: 'formal-statement', member: memberId('USA') },
];

describe('the view in the address', () => {
  it('round-trips every kind of what-if command', () => {
    expect(decodeCommands(encodeCommands(EVERY_COMMAND))).toEqual(EVERY_COMMAND);
  });

  it('keeps a link short: one clause toggle is under 60 characters', () => {
    expect(encodeCommands(EVERY_COMMAND.slice(0, 1)).length).toBeLessThan(60);
  });

  it('round-trips a case, its decision, the member and the what-ifs', () => {
    const view = {
      file: { type: 'case', name: 'libya-2019.yaml' },
      decision: 'formal-statement',
      member: 'USA',
      commands: EVERY_COMMAND.slice(0, 2),
    } as const;
    expect(readAddress(writeAddress(view))).toEqual(view);
  });

  it('keeps the negotiation player open, with its settings, only when it is open', () => {
    const view = {
      file: { type: 'case', name: 'libya-2019.yaml' },
      decision: null,
      member: null,
      commands: [],
    } as const;
    expect(writeAddress({ ...view, negotiation: 'GBR.10.1.4.RUS_hard-liner' })).toContain(
      'n=GBR.10.1.4.RUS_hard-liner',
    );
    expect(readAddress(writeAddress({ ...view, negotiation: '' })).negotiation).toBe('');
    expect(readAddress(writeAddress({ ...view, negotiation: null }))).toEqual(view);
  });

  it('names an opened file by the hash of its text', () => {
    const hash = textHash('title: mine\n');
    expect(hash).toMatch(/^[0-9a-f]{14}$/);
    expect(readAddress(`?file=${hash}`).file).toEqual({ type: 'hash', hash });
    expect(textHash('title: mine\n')).toBe(hash);
    expect(textHash('title: mine \n')).not.toBe(hash);
  });

  it('drops what it cannot read in a hand-edited link and keeps the rest', () => {
    const good = EVERY_COMMAND[0] as ScenarioCommand;
    const mixed = btoa(JSON.stringify([['t', 'formal-statement', 'name-lna', 0], ['t', 'x', 'y', 'maybe'], ['zz'], 5]))
      .replaceAll('+', '-')
      .replaceAll('/', '_')
      .replace(/=+$/, '');
    expect(decodeCommands(mixed)).toEqual([good]);
    expect(decodeCommands('not base64 at all!')).toEqual([]);
    expect(readAddress('?file=../../etc').file).toBeNull();
  });
});

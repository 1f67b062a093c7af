import { describe, expect, it } from 'vitest';
import { PERMANENT_SEATS } from './membership-data.ts';
import { isPermanentState, PERMANENT_STATES, type PermanentState } from './permanent-members.ts';

// Every member of the PermanentState type, once: the compiler refuses a missing or an extra key.
const EVERY_STATE: Readonly<Record<PermanentState, true>> = {
  CHN: true,
  FRA: true,
  SUN: true,
  RUS: true,
  GBR: true,
  USA: true,
};

describe('the permanent states', () => {
  it('names in its type exactly the states that held a permanent seat in the membership data', () => {
    const holders = PERMANENT_SEATS.flatMap((s) => s.holders.map((h) => String(h.state)));
    expect(Object.keys(EVERY_STATE).sort()).toEqual([...new Set(holders)].sort());
    expect([...PERMANENT_STATES].sort()).toEqual(Object.keys(EVERY_STATE).sort());
  });

  it('recognises a holder of a permanent seat and nothing else', () => {
    expect(isPermanentState('SUN')).toBe(true);
    expect(isPermanentState('DEU')).toBe(false);
    expect(isPermanentState('')).toBe(false);
  });
});

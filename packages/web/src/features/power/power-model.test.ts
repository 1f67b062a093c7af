import { councilOn } from '@horseshoe/engine';
import { formatRational } from '@horseshoe/engine/power';
import { describe, expect, it } from 'vitest';
import { bodyGame, powerOf, quotaError, reformBody, seatPower } from './power-model.ts';

function councilBody(date: string) {
  const c = councilOn(date);
  if (!c.ok) throw new Error(`no council on ${date}`);
  const members = c.value.members.map((m) => m.code);
  const permanent = c.value.members.filter((m) => m.permanent).map((m) => m.code);
  return { members, permanent, threshold: c.value.threshold, names: {}, date: c.value.date };
}

function exactOf(date: string) {
  const body = bodyGame(councilBody(date), 'the Council');
  const power = powerOf(body);
  if (!power.ok) throw new Error(power.message);
  const ss = power.result.indices.shapleyShubik;
  if (!ss.available) throw new Error(ss.reason);
  return body.kinds.map((k) => [k.label, formatRational(ss.values[k.player]!)]);
}

describe('power of the bodies the panel compares', () => {
  it('gives the 15-member Council 421/2145 per permanent seat and 4/2145 per elected one', () => {
    expect(exactOf('2019-04-18')).toEqual([
      ['permanent with veto', '421/2145'],
      ['elected two-year', '4/2145'],
    ]);
  });

  it('gives the 11-member Council of 1946–65 76/385 and 1/462', () => {
    expect(exactOf('1960-06-01')).toEqual([
      ['permanent with veto', '76/385'],
      ['elected two-year', '1/462'],
    ]);
  });

  it('points each kind of seat of a reform model at a player holding one', () => {
    const model = reformBody('model-b');
    expect(model.kinds.map((k) => [k.label, k.player, k.count])).toEqual([
      ['permanent with veto', 0, 5],
      ['four-year renewable', 5, 8],
      ['elected two-year', 13, 11],
    ]);
    expect(model.game.players).toHaveLength(24);
  });

  it('gives seats of each kind a share that, times their number, sums to 1 under Shapley–Shubik', () => {
    const model = reformBody('g4', 15);
    const power = powerOf(model);
    if (!power.ok) throw new Error(power.message);
    const bySeat = seatPower(power.result, model, 'shapleyShubik');
    const total = model.kinds.reduce((sum, k) => sum + (bySeat.get(k.label) ?? 0) * k.count, 0);
    expect(total).toBeCloseTo(1, 12);
  });
});

describe('the votes needed in a reform model', () => {
  it('refuses 0, a fraction and more votes than seats, naming the range', () => {
    expect(quotaError('model-a', 0)).toBe('Votes needed must be a whole number from 1 to 24.');
    expect(quotaError('model-a', 13.5)).toBe('Votes needed must be a whole number from 1 to 24.');
    expect(quotaError('g4', 26)).toBe('Votes needed must be a whole number from 1 to 25.');
    expect(quotaError('model-b', null)).toBe('Votes needed must be a whole number from 1 to 24.');
  });

  it('accepts every whole number from 1 to the seats', () => {
    for (let q = 1; q <= 24; q++) expect(quotaError('model-a', q)).toBeNull();
  });
});

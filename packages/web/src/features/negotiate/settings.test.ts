import { createDecision, memberId } from '@horseshoe/engine';
import { describe, expect, it } from 'vitest';
import { defaultSettings, fileStrategy, readSettings, strategyOf, withStrategy, writeSettings } from './settings.ts';

const d = createDecision({});

describe('negotiation settings in the address', () => {
  it('default to the CLI’s: the first permanent member holds the pen, 10 rounds, seed 1, step 0', () => {
    expect(defaultSettings(d)).toEqual({ penholder: 'CHN', rounds: 10, seed: 1, strategies: {}, step: 0 });
    expect(readSettings('', d)).toEqual(defaultSettings(d));
  });

  it('read back what they wrote, strategies included', () => {
    const s = withStrategy(
      { ...defaultSettings(d), penholder: 'GBR' as never, rounds: 4, seed: -3 },
      d,
      'RUS',
      'hard-liner',
    );
    const written = writeSettings({ ...s, step: 5 });
    expect(written).toBe('GBR.4.-3.5.RUS_hard-liner');
    expect(readSettings(written, d)).toEqual({ ...s, step: 5 });
  });

  it('do not store a default strategy, and setting one goes back to the first step', () => {
    const s = withStrategy({ ...defaultSettings(d), strategies: { USA: 'conceder' }, step: 3 }, d, 'USA', 'boulware');
    expect(s.strategies).toEqual({});
    expect(s.step).toBe(0);
    expect(strategyOf(s, d, 'USA')).toBe('boulware');
  });

  it('take a member’s default strategy from the scenario file', () => {
    const withFile = { ...d, strategies: new Map([[memberId('RUS'), 'hard-liner' as const]]) };
    expect(fileStrategy(withFile, 'RUS')).toBe('hard-liner');
    expect(strategyOf(defaultSettings(withFile), withFile, 'RUS')).toBe('hard-liner');
    expect(withStrategy(defaultSettings(withFile), withFile, 'RUS', 'hard-liner').strategies).toEqual({});
    expect(withStrategy(defaultSettings(withFile), withFile, 'RUS', 'boulware').strategies).toEqual({
      RUS: 'boulware',
    });
    expect(readSettings('CHN.10.1.0.RUS_boulware', withFile).strategies).toEqual({ RUS: 'boulware' });
  });

  it('keep the default for every part a hand-edited link gets wrong', () => {
    expect(readSettings('XXX.0.seed.-1.RUS_bully.ZZZ_conceder.FRA_tit-for-tat', d)).toEqual({
      ...defaultSettings(d),
      strategies: { FRA: 'tit-for-tat' },
    });
    expect(readSettings('USA.51', d).rounds).toBe(10);
  });
});

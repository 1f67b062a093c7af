import { describe, expect, it } from 'vitest';
import { councilFromFlags } from './council-flags.ts';
import { runCli } from './run-cli.ts';

describe('councilFromFlags', () => {
  it('moves the nine-vote threshold to the --threshold-switch date', () => {
    expect(councilFromFlags({ date: '1965-10-01' }).threshold).toBe(7);
    expect(councilFromFlags({ date: '1965-10-01', thresholdSwitch: '1965-08-31' }).threshold).toBe(9);
    expect(councilFromFlags({ date: '1965-10-01', thresholdSwitch: '1965-08-31' }).size).toBe(11);
  });

  it('takes today’s Council when no --date is given', () => {
    expect(councilFromFlags({}, () => '2019-04-18').date).toBe('2019-04-18');
  });

  it('names the flag of a date that is not a date', () => {
    expect(() => councilFromFlags({ date: '2019-02-30' })).toThrow(/^--date: not a valid date: 2019-02-30/);
    expect(() => councilFromFlags({ date: '2019-04-18', thresholdSwitch: 'soon' })).toThrow(/^--threshold-switch: /);
  });
});

describe('one date parser for every command', () => {
  it('gives council, power and outcome the same message for the same bad date', () => {
    const messages = [
      runCli(['council', '--date', '1945-10-24']),
      runCli(['power', '--body', 'unsc', '--date', '1945-10-24']),
      runCli(['outcome', '--date', '1945-10-24', '--tally', '9-0-0']),
    ].map((r) => {
      expect(r.status).toBe(2);
      return r.stderr.trim();
    });
    expect(messages[0]).toMatch(/--date: no Council data for 1945-10-24/);
    expect(new Set(messages).size).toBe(1);
  });

  it('lets outcome apply the threshold switch like council and power', () => {
    const r = runCli([
      'outcome',
      '--date',
      '1965-10-01',
      '--threshold-switch',
      '1965-08-31',
      '--tally',
      '8-0-3',
      '--json',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ adopted: false, threshold: 9, absent: 0 });
  });

  it('reports a tally larger than the Council through the engine, naming the flag', () => {
    const r = runCli(['outcome', '--date', '1960-01-05', '--tally', '9-2-1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--tally: 9+2+1 = 12 votes, but the Council had 11 members on 1960-01-05');
  });
});

import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';

describe('horseshoe outcome', () => {
  it('reports a Russian veto on S/2022/155 from its tally', () => {
    const r = runCli(['outcome', '--date', '2022-02-25', '--tally', '11-1-3', '--permanent-no', 'RUS', '--json']);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      adopted: false,
      reason: 'veto',
      yes: 11,
      no: 1,
      abstain: 3,
      threshold: 9,
      vetoes: ['RUS'],
    });
  });

  it('adopts Resolution 2334 with the United States abstaining, per member', () => {
    const r = runCli([
      'outcome',
      '--date',
      '2016-12-23',
      '--abstain',
      'USA',
      '--yes',
      'CHN,FRA,RUS,GBR,AGO,EGY,JPN,MYS,NZL,SEN,ESP,UKR,URY,VEN',
      '--json',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ adopted: true, reason: 'adopted', yes: 14, abstain: 1, vetoes: [] });
  });

  it('treats unnamed members as absent and accepts RUS for the USSR seat in 1950', () => {
    const r = runCli([
      'outcome',
      '--date',
      '1950-06-27',
      '--yes',
      'USA,GBR,FRA,CHN,CUB,ECU,NOR',
      '--no',
      'YUG',
      '--not-participating',
      'EGY,IND',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ adopted: true, threshold: 7, absent: 1, notParticipating: 2 });
    expect(j.votes.SUN).toBe('absent');
    const withRus = runCli([
      'outcome',
      '--date',
      '1950-06-27',
      '--no',
      'RUS',
      '--yes',
      'USA,GBR,FRA,CHN,CUB,ECU,NOR',
      '--json',
    ]);
    expect(JSON.parse(withRus.stdout)).toMatchObject({ reason: 'veto', vetoes: ['SUN'] });
  });

  it('adopts a procedural vote over two permanent members’ no votes', () => {
    const r = runCli(['outcome', '--date', '2014-12-22', '--procedural', '--tally', '11-2-2', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ adopted: true, reason: 'adopted', vetoes: [] });
  });

  it('prints the President’s words for a human reader', () => {
    const r = runCli(['outcome', '--date', '2011-10-04', '--tally', '9-2-4', '--permanent-no', 'CHN,RUS']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('NOT ADOPTED (veto)');
    expect(r.stdout).toContain('owing to the negative votes of permanent members');
  });

  it.each([
    [['--date', '1945-12-31', '--tally', '7-0-0'], /--date: .*1946-01-17/],
    [['--date', '2019-02-30', '--tally', '7-0-0'], /--date: not a valid date: 2019-02-30/],
    [['--date', '2019-04-18', '--yes', 'XYZ'], /--yes: unknown member code XYZ/],
    [['--date', '1990-05-01', '--yes', 'DEU'], /--yes: DEU was not a member of the Security Council on 1990-05-01/],
    [['--date', '2019-04-18', '--tally', '10-5-3'], /--tally: .*18 votes, but the Council had 15 members/],
    [['--date', '2019-04-18', '--tally', '10-0-1', '--permanent-no', 'RUS'], /only 0 no votes/],
    [['--date', '2019-04-18', '--tally', '10-1-1', '--permanent-no', 'DEU'], /DEU is not a permanent member/],
    [['--date', '2019-04-18', '--yes', 'FRA', '--no', 'FRA'], /FRA already votes yes/],
    [['--date', '2019-04-18', '--yes', 'FRA', '--tally', '9-0-0'], /cannot be combined/],
    [['--date', '2019-04-18'], /give the votes/],
  ])('rejects bad input %j with exit code 2 and no stack trace', (args, message) => {
    const r = runCli(['outcome', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('answers --help with exit code 0', () => {
    const r = runCli(['outcome', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--permanent-no');
  });
});

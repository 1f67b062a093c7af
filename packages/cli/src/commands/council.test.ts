import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.ts';

const horseshoe = (...args: string[]) => runCli(args);

interface CouncilJson {
  date: string;
  size: number;
  threshold: number;
  presidency: { code: string; name: string; basis: string } | null;
  members: { code: string; name: string; permanent: boolean; seat: string | null; term: number[] | null }[];
}

describe('horseshoe council', () => {
  it('prints the Council of 18 April 2019 as JSON and exits 0', () => {
    const run = horseshoe('council', '--date', '2019-04-18', '--json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as CouncilJson;
    expect([json.date, json.size, json.threshold]).toEqual(['2019-04-18', 15, 9]);
    expect(json.members.filter((m) => m.permanent).map((m) => m.code)).toEqual(['CHN', 'FRA', 'RUS', 'GBR', 'USA']);
    expect(json.members.find((m) => m.code === 'DEU')).toEqual({
      code: 'DEU',
      name: 'Germany',
      permanent: false,
      seat: null,
      term: [2019, 2020],
    });
    expect(json.presidency).toEqual({ code: 'DEU', name: 'Germany', basis: 'computed' });
  });

  it('prints a table with the threshold and says when the presidency is computed by rule', () => {
    const run = horseshoe('council', '--date', '2019-04-18');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('9 affirmative votes needed');
    expect(run.stdout).toContain('Germany (DEU), computed by rule');
    expect(run.stdout).toMatch(/USA\s+United States of America\s+permanent/);
  });

  it('exits 2 and names --date for a date that does not exist', () => {
    const run = horseshoe('council', '--date', '2019-02-30', '--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--date');
    expect(run.stderr).toContain('2019-02-30');
    expect(run.stderr).not.toContain('    at ');
  });

  it('exits 2 and names --date for a date before the first meeting', () => {
    const run = horseshoe('council', '--date', '1945-10-24');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--date: .*1945-10-24/);
  });
});

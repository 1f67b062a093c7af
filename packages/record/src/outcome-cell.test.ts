import { describe, expect, it } from 'vitest';
import { parseOutcomeCell } from './outcome-cell.ts';

// One case per line: the cell as printed (`/` for a line break) and the decisions read from it.
function read(cell: string): string[] {
  return parseOutcomeCell(cell.replace(/ \/ /g, '\n')).decisions.map((d) => {
    if (d.kind === 'prst') return `prst ${d.symbol ?? '-'}`;
    const count = d.count?.text ?? (d.kind === 'resolution' ? (d.wording ?? '-') : '-');
    if (d.kind === 'resolution') return `res ${d.number} ${count}${d.sharedCount ? ' shared' : ''}`;
    return `draft ${d.symbol} ${d.outcome}${d.vetoedBy.length > 0 ? ` ${d.vetoedBy.join('+')}` : ''} ${count}`;
  });
}

describe('parseOutcomeCell', () => {
  it('reads resolutions, drafts and presidential statements in the forms the tables use', () => {
    expect(read('S/RES/678 (1990) / 12-2-1')).toEqual(['res 678 12-2-1']);
    expect(read('S/RES/15 (1946) / adopted unanimously')).toEqual(['res 15 adopted unanimously']);
    expect(read('S/RES/2403 (2018) / without a vote')).toEqual(['res 2403 without vote']);
    expect(read('Draft resolution S/2022/155 / vetoed by Russian Federation / 11-1-3')).toEqual([
      'draft S/2022/155 vetoed RUS 11-1-3',
    ]);
    expect(read('Draft resolutionS/1995/394vetoed by USA / 14-1-0')).toEqual(['draft S/1995/394 vetoed USA 14-1-0']);
    expect(read('Draft resolution S/11543 vetoed by / USA, France and UK / 10-3-2')).toEqual([
      'draft S/11543 vetoed USA+FRA+GBR 10-3-2',
    ]);
    expect(read('S/2018/520 not adopted / 1-3-11')).toEqual(['draft S/2018/520 not adopted 1-3-11']);
    expect(read('Draft resolution (S/2013/660) not adopted / 7-0-8')).toEqual(['draft S/2013/660 not adopted 7-0-8']);
    expect(read('S/RES/962 (1994) / 15-0-0 / S/PRST/1994/72')).toEqual(['res 962 15-0-0', 'prst S/PRST/1994/72']);
    expect(read('S/13970 (PRST) / S/RES/470 (1980) / 14-0-0')).toEqual(['prst S/13970 (PRST)', 'res 470 14-0-0']);
    expect(read('--')).toEqual([]);
  });

  it('gives one printed count to resolutions joined by "and" before it', () => {
    expect(read('S/RES/2082 (2012) and / S/RES/2083 (2012) / 15-0-0')).toEqual([
      'res 2082 15-0-0 shared',
      'res 2083 15-0-0 shared',
    ]);
  });

  it('keeps each draft of a cell with its own count and wording', () => {
    expect(
      read(
        'Draft resolution S/552, S/202 (preliminary question) vetoed by USSR / 8-2-1 / Draft resolution S/552 vetoed by USSR / 9-2-0',
      ),
    ).toEqual(['draft S/552 vetoed SUN 8-2-1', 'draft S/552 vetoed SUN 9-2-0']);
  });

  it('reports a count printed with no decision instead of dropping it', () => {
    const parsed = parseOutcomeCell('2-0-13');
    expect(parsed.decisions).toEqual([]);
    expect(parsed.problems.map((p) => [p.severity, p.reason])).toEqual([
      ['skipped', 'vote count 2-0-13 printed with no resolution or draft symbol; not recorded'],
    ]);
  });

  it('reports text it does not understand', () => {
    const parsed = parseOutcomeCell('S/RES/5 (1946)\n1x-0-0');
    expect(parsed.problems.some((p) => p.reason.includes('text not understood: "1x-0-0"'))).toBe(true);
  });

  it('reports a draft worded "vetoed" with no member named', () => {
    const parsed = parseOutcomeCell('Draft resolution S/1234 vetoed\n9-1-1');
    expect(parsed.problems.map((p) => p.reason)).toContain('draft S/1234 "vetoed" without a member named');
  });
});

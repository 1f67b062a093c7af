import { describe, expect, it } from 'vitest';
import { parseYordan } from './yordan-file.ts';

const HEADER =
  'year,date,month,draft,meeting_record,agenda_item,crisis_topic,region,member_veto1,member_veto2,member_veto3';

describe('parseYordan', () => {
  it('reads quoted fields with commas in them', () => {
    const text = `${HEADER}\n2011,10/4/2011,10,S/2011/612,S/PV.6627,"The situation in the Middle East, Syria",Syria,Middle East,Russia,China,\n`;
    const parsed = parseYordan('v.csv', text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
  });

  it('reports a file that is not CSV (an unclosed quote) with its line, and reads nothing from it', () => {
    const parsed = parseYordan('v.csv', `${HEADER}\n2011,10/4/2011,10,"S/2011/612,S/PV.6627\n`);
    expect(parsed.entries).toEqual([]);
    expect(parsed.issues).toEqual([expect.objectContaining({ line: 2, severity: 'skipped' })]);
    expect(parsed.issues[0]?.reason).toMatch(/^not CSV: .*Quote Not Closed/);
  });
});

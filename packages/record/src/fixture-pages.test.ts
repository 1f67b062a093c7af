import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatasetRow, exportDataset } from './dataset.ts';
import { type ImportReport, importRecord } from './import.ts';
import { openRecordDb, type RecordDb } from './schema.ts';
import { FIXTURE_PAGES_DIR } from './test-data.ts';

// The importer on small pages written in the Library's format, one irregularity of the real pages
// per row (see fixtures/pages/README.md).
let db: RecordDb;
let report: ImportReport;
let decisions: DatasetRow[];
let meetings: DatasetRow[];

beforeAll(() => {
  db = openRecordDb(':memory:');
  report = importRecord(db, FIXTURE_PAGES_DIR, {
    yordan: path.join(FIXTURE_PAGES_DIR, 'unsc_vetoes_1946_sept2022.csv'),
  });
  const data = exportDataset(db);
  decisions = data['decisions.csv'];
  meetings = data['meetings.csv'];
});

afterAll(() => db.close());

const decision = (symbol: string) => decisions.filter((d) => d.symbol === symbol);
const topicsOf = (meeting: string) => meetings.filter((m) => m.meeting === meeting).map((m) => m.topic);
const issue = (file: string, line: number) =>
  report.issues.filter((i) => i.file === file && i.line === line).map((i) => `${i.severity}: ${i.reason}`);

describe('the importer on pages in the Library format', () => {
  it('copies row-spanning record and date cells into each agenda item they cover (1947)', () => {
    expect(topicsOf('S/PV.222')).toEqual([
      'Provisional Rules of Procedure of the Security Council regarding the admission of New Members',
      'The Indonesian question',
      'Voting procedure',
    ]);
    expect(meetings.filter((m) => m.meeting === 'S/PV.222').map((m) => m.date)).toEqual(Array(3).fill('1947-12-09'));
  });

  it('reads a resolution with its count after a line break, and one "adopted unanimously"', () => {
    expect(decision('S/RES/37 (1947)')).toMatchObject([{ tally: '11-0-0', yes: 11, no: 0, abstain: 0 }]);
    expect(decision('S/RES/36 (1947)')).toMatchObject([{ tally: null, wording: 'adopted unanimously' }]);
  });

  it('reads rows with empty record and date cells as further agenda items of the meeting above (1948)', () => {
    expect(topicsOf('S/PV.303')).toEqual(['The Czechoslovak question', 'The Palestine question']);
    expect(decision('S/RES/49 (1948)')).toMatchObject([{ date: '1948-05-24', meeting: 'S/PV.303' }]);
  });

  it('reads a row whose </tr> is missing, and a draft read out in the meeting (S/PV.nn) vetoed', () => {
    expect(topicsOf('S/PV.302')).toEqual(['The India-Pakistan question']);
    expect(decision('S/PV.303')).toMatchObject([{ outcome: 'vetoed', permanent_no: ['SUN'], tally: '9-2-0' }]);
  });

  it('reads rows whose <tr> is missing as rows of their own, with their own line (2011)', () => {
    expect(meetings.find((m) => m.meeting === 'S/PV.6626')).toMatchObject({
      date: '2011-10-03',
      record_note: '(closed)',
      press_release: null,
      source_line: 12,
    });
  });

  it('merges consecutive rows of one meeting into agenda items of that meeting', () => {
    expect(topicsOf('S/PV.6498')).toEqual(['The situation in Libya', 'Letter dated 15 March 2011 concerning Libya']);
    expect(meetings.filter((m) => m.meeting === 'S/PV.6498').map((m) => m.meeting_id)).toEqual([
      'scact2011:32',
      'scact2011:32',
    ]);
  });

  it('keeps a duplicated resolution row once and reports the duplicate with its line', () => {
    expect(decision('S/RES/1996 (2011)')).toHaveLength(1);
    expect(issue('scact2011_table_en.html', 25)).toEqual([
      'skipped: S/RES/1996 (2011) already recorded on 2011-07-08 (scact2011_table_en.html line 18); duplicate row not imported',
    ]);
  });

  it('reads a press release cell "none issued" and an empty one as no press release', () => {
    expect(meetings.filter((m) => m.meeting === 'S/PV.6498').map((m) => m.press_release)).toEqual([
      'SC/10200',
      'SC/10200',
    ]);
    expect(meetings.find((m) => m.meeting === 'S/PV.6626')?.press_release).toBeNull();
  });

  it('names every permanent member of a double or triple veto', () => {
    expect(decision('S/2011/612')).toMatchObject([{ permanent_no: ['CHN', 'RUS'], tally: '9-2-4' }]);
    expect(decision('S/5951')).toMatchObject([{ permanent_no: ['FRA', 'GBR', 'USA'], tally: '7-3-1' }]);
  });

  it('reads a pre-1994 presidential statement S/nnnn (PRST) and a draft in the same cell', () => {
    expect(decisions.filter((d) => d.meeting === 'S/PV.1150').map((d) => `${d.instrument} ${d.symbol}`)).toEqual([
      'presidential statement S/5950 (PRST)',
      'draft resolution S/5951',
    ]);
  });

  it('notes rows with a cell too many ("--" only) or too few, and an empty row, without losing the meeting', () => {
    expect(issue('scact1964_table_en.html', 5)).toEqual([
      'note: row has 5 cells, 4 expected; extra cell text ignored (only "--")',
    ]);
    expect(issue('scact1964_table_en.html', 12)).toEqual([
      'note: row has 3 cells, 4 expected; the missing trailing cells are read as empty',
    ]);
    expect(issue('scact1964_table_en.html', 17)).toEqual(['note: empty row ignored']);
    expect(topicsOf('S/PV.1151')).toEqual(['Admission of new Members to the United Nations']);
  });

  it('corrects the misprinted resolution number of 13 September 1990 and keeps what was printed', () => {
    expect(decision('S/RES/666 (1990)')).toMatchObject([{ printed_symbol: 'S/RES/663 (1990)', tally: '13-2-0' }]);
    expect(decision('S/RES/663 (1990)')).toMatchObject([{ date: '1990-08-14' }]);
    expect(issue('scact1990_table_en.html', 5)[0]).toMatch(/^corrected: S\/RES\/663 read as S\/RES\/666/);
    expect(decision('S/21742/Rev.1')).toMatchObject([{ outcome: 'not adopted', tally: '3-5-7' }]);
  });

  it('gives one count printed after two resolutions joined by "and" to both, flagged as shared', () => {
    expect(decisions.filter((d) => d.meeting === 'S/PV.6890').map((d) => [d.number, d.tally, d.tally_shared])).toEqual([
      [2082, '15-0-0', true],
      [2083, '15-0-0', true],
    ]);
  });

  it('reads the 2020 table of votes by written procedure (7 columns, titled 2021) as 2020', () => {
    const vtc = meetings.filter((m) => m.source_file === 'scact2020_covid_table_en.html');
    expect(vtc.map((m) => [m.date, m.meeting, m.written_procedure, m.year])).toEqual([
      ['2020-07-10', null, true, 2020],
      ['2020-12-29', null, true, 2020],
    ]);
    expect(decision('S/2020/654')).toMatchObject([{ outcome: 'vetoed', permanent_no: ['CHN', 'RUS'] }]);
  });

  it('reads "Draft resolutionS/2021/990vetoed by" printed without spaces', () => {
    expect(decision('S/2021/990')).toMatchObject([{ outcome: 'vetoed', permanent_no: ['RUS'], tally: '12-2-1' }]);
  });

  it('reports a count printed with no symbol instead of inventing a decision', () => {
    expect(issue('scact2021_table_en.html', 12)).toEqual([
      'skipped: vote count 2-0-13 printed with no resolution or draft symbol; not recorded',
    ]);
    expect(decisions.filter((d) => d.meeting === 'S/PV.8812')).toHaveLength(1);
  });

  it('ignores a one-cell note row spanning the table, with a note', () => {
    expect(issue('scact2022_table_en.html', 5)).toEqual(['note: one-cell note row, not a meeting; ignored']);
  });

  it('keeps a count as printed even where the source is wrong (S/2022/431 13-0-2)', () => {
    expect(decision('S/2022/431')).toMatchObject([{ tally: '13-0-2', no: 0, permanent_no: ['CHN', 'RUS'] }]);
  });

  it('reads the veto list: members on two lines, a two-digit year, and reports unreadable rows', () => {
    const vetoes = exportDataset(db)['vetoes-library.csv'];
    expect(vetoes.map((v) => [v.date, v.draft, (v.vetoed_by as string[]).join('+')])).toEqual([
      ['1946-06-26', 'S/PV.49', 'FRA+SUN'],
      ['1986-01-30', 'S/17769/Rev.1', 'USA'],
      ['2022-02-25', 'S/2022/155', 'RUS'],
      ['2022-05-26', 'S/2022/431', 'CHN+RUS'],
    ]);
    expect(issue('scact_veto_table_en.html', 7)).toEqual(['note: one-cell note row, not a veto; ignored']);
    expect(issue('scact_veto_table_en.html', 28)).toEqual([
      'skipped: date "soon" is not a full date; veto not imported',
    ]);
    expect(issue('scact_veto_table_en.html', 31)).toEqual([
      'corrected: two-digit year in "30 January 86" read as 1986-01-30',
    ]);
    expect(issue('scact_veto_table_en.html', 40)).toEqual([
      'skipped: no permanent member named in "Ruritania"; veto not imported',
    ]);
  });

  it('reads the second veto list with a quoted field holding commas and its 1/0 columns as printed', () => {
    const yordan = exportDataset(db)['vetoes-yordan.csv'];
    expect(
      yordan.map((v) => [v.draft, (v.vetoed_by as string[]).join('+'), (v.dummies as string[]).join('+')]),
    ).toEqual([
      ['S/PV.49', 'SUN', 'SUN'],
      ['S/17769/Rev.1', 'USA', ''],
      ['S/2022/155', 'RUS', 'RUS'],
      ['S/2022/431', 'CHN+RUS', 'CHN+RUS'],
    ]);
    expect(yordan[3]?.agenda_item).toBe("Non-proliferation/Democratic People's Republic of Korea, DPRK");
  });
});

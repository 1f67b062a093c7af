// The text (and CSV) output of the history commands.
import {
  type CheckReport,
  type DecisionRow,
  type ImportReport,
  type NumberGap,
  type RecordStats,
  VETO_CODES,
  type VetoComparisonReport,
  type VetoListComparison,
  writeCsv,
} from '@horseshoe/record';
import { formatTable } from '../output.ts';

/** Text output of a history command. */
export function renderImport(file: string, from: string, report: ImportReport): string {
  const imported = report.files.filter((f) => f.status === 'imported').length;
  const t = report.totals;
  const lines = [
    `Record database: ${file} (from ${from})`,
    `${report.files.length} files: ${imported} imported, ${report.files.length - imported} unchanged since the last import.`,
    '',
    formatTable(
      [
        ['meetings', String(t.meetings)],
        ['resolutions', String(t.resolutions)],
        ['failed drafts', `${t.failedDrafts} (${t.vetoedDrafts} worded "vetoed")`],
        ['presidential statements', String(t.presidentialStatements)],
        ['veto list entries (Library)', String(t.vetoListEntries)],
        ['veto list entries (Yordán)', String(t.yordanEntries)],
      ],
      ['what', 'count'],
    ),
    '',
    `${report.issues.length} rows not read as they stand (skipped, corrected or noted):`,
    formatTable(
      report.issues.map((i) => [`${i.file}:${i.line}`, i.severity, i.reason]),
      ['file:line', 'severity', 'reason'],
    ),
  ];
  return lines.join('\n');
}

/** Text output of a history command. */
export function renderCheck(r: CheckReport & { resolutionGaps: readonly NumberGap[] }): string {
  const lines = [
    `Replayed ${r.records} recorded votes through the decision rules, each in the Council of its date (its seats, threshold and permanent members).`,
    `Agree: ${r.agree} (${r.agreementPercent}%). Disagree: ${r.disagree}, of which ${r.sourceErrors} documented source errors and ${r.unexplained} unexplained.`,
    `Agreement outside the documented source errors: ${r.agreementOutsideSourceErrorsPercent}%.`,
    r.resolutionGaps.length === 0
      ? 'Resolution numbers: no gap.'
      : `Resolution numbers missing (a page cut off, a row not read, or a year not imported): ${r.resolutionGaps
          .map((g) => (g.from === g.to ? String(g.from) : `${g.from}–${g.to}`))
          .join(', ')}.`,
    `Not replayed (no count printed): ${Object.entries(r.notReplayed)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}.`,
    '',
    formatTable(
      r.disagreements.map((d) => [
        d.symbol,
        d.date,
        `${d.recorded} ${d.count}`,
        d.engine,
        d.sourceError ? 'source error' : 'UNEXPLAINED',
        d.cause,
      ]),
      ['symbol', 'date', 'recorded', 'engine', 'status', 'cause'],
    ),
    '',
    'Documented record errors that change no replayed outcome:',
    formatTable(
      r.recordErrors.map((e) => [e.symbol, e.date, e.kind, e.present ? 'yes' : 'no', e.reason]),
      ['symbol', 'date', 'kind', 'found', 'reason'],
    ),
  ];
  return lines.join('\n');
}

/** Text output of a history command. */
export function renderSearch(rows: readonly DecisionRow[]): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return [
    formatTable(
      rows.map((r) => [r.date, r.symbol, r.outcome, r.vote ?? '', r.vetoedBy ?? '', cut(r.topic, 60)]),
      ['date', 'symbol', 'outcome', 'vote', 'vetoed by', 'topic'],
    ),
    `${rows.length} decision${rows.length === 1 ? '' : 's'}`,
  ].join('\n');
}

/** Text output of a history command. */
export function renderStats(s: RecordStats): string {
  const codes = [...VETO_CODES];
  return [
    'Vetoes per member (Library veto list, per vetoed draft and member)',
    formatTable(
      [
        ...s.vetoesByMemberByDecade.map((d) => [`${d.decade}s`, ...codes.map((c) => String(d[c]))]),
        ['total', ...codes.map((c) => String(s.vetoesByMember[c]))],
      ],
      ['decade', ...codes],
    ),
    '',
    'Resolutions per year and share adopted unanimously',
    formatTable(
      s.unanimityPerYear.map((u) => [
        String(u.year),
        String(u.resolutions),
        String(u.unanimous),
        String(u.withoutVote),
        `${(u.share * 100).toFixed(1)}%`,
      ]),
      ['year', 'resolutions', 'unanimous', 'without vote', 'share unanimous'],
    ),
    '',
    `Failed drafts by reason (the table's wording): vetoed ${s.failedDraftsByReason.vetoed}, not adopted ${s.failedDraftsByReason['not adopted']}`,
    formatTable(
      s.failedDraftsByDecade.map((d) => [`${d.decade}s`, String(d.vetoed), String(d.notAdopted)]),
      ['decade', 'vetoed', 'not adopted'],
    ),
  ].join('\n');
}

/** Text output of a history command. */
export function statsCsv(s: RecordStats): string {
  const rows: (string | number)[][] = [['table', 'key', 'column', 'value']];
  for (const c of VETO_CODES) rows.push(['vetoes_by_member', '', c, s.vetoesByMember[c]]);
  for (const d of s.vetoesByMemberByDecade)
    for (const c of VETO_CODES) rows.push(['vetoes_by_decade', d.decade, c, d[c]]);
  for (const u of s.unanimityPerYear) {
    rows.push(['resolutions_per_year', u.year, 'resolutions', u.resolutions]);
    rows.push(['unanimity_per_year', u.year, 'unanimous', u.unanimous]);
    rows.push(['unanimity_per_year', u.year, 'without_vote', u.withoutVote]);
    rows.push(['unanimity_per_year', u.year, 'share', u.share]);
  }
  for (const d of s.failedDraftsByDecade) {
    rows.push(['failed_drafts_by_decade', d.decade, 'vetoed', d.vetoed]);
    rows.push(['failed_drafts_by_decade', d.decade, 'not_adopted', d.notAdopted]);
  }
  return writeCsv(rows);
}

/** Text output of a history command. */
export function renderCompare(r: VetoComparisonReport): string {
  const part = (c: VetoListComparison) => [
    `${c.first} (${c.firstEntries} drafts) against ${c.second} (${c.secondEntries} drafts): ${c.matched} paired, ${c.differences.length} differences`,
    formatTable(
      [
        [c.first, ...VETO_CODES.map((m) => String(c.firstByMember[m]))],
        [c.second, ...VETO_CODES.map((m) => String(c.secondByMember[m]))],
      ],
      ['vetoes per member', ...VETO_CODES],
    ),
    ...c.differences.map(
      (d) => `  ${d.kind.padEnd(15)} ${d.detail}${d.documented ? ' [documented source error]' : ''}`,
    ),
    '',
  ];
  return [
    ...(r.libraryVsYordan
      ? part(r.libraryVsYordan)
      : ['The second veto list was not imported (history import, or history import DIR --yordan FILE).', '']),
    ...part(r.tablesVsLibrary),
    `Yordán rows whose per-member 1/0 columns disagree with the members named: ${r.yordanDummyMismatches.length} (the comparison uses the named members)`,
  ].join('\n');
}

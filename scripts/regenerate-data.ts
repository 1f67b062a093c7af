// Regenerates the repository's data/ folder from a folder of the UN Library's pages, with the
// project's own importer, and prints what changed.
//
//   npm run data:regenerate -- DIR [--out data] [--check]
//
// DIR (searched recursively) holds the Library's pages (scactYYYY_table_en.html,
// scact2020_covid_table_en.html, scact_veto_table_en.html), optionally the second veto list
// (unsc_vetoes_*.csv) and the membership by year (years/YYYY/index.json). --check changes nothing and
// exits 1 when data/ differs from what the pages give.
import fs from 'node:fs';
import path from 'node:path';
import {
  DATASET_FILES,
  datasetCsv,
  diffCsv,
  exportDataset,
  type FileChange,
  formatChanges,
  importRecord,
  loadDataset,
  openRecordDb,
  REPOSITORY_DATA_DIR,
  type RecordDb,
  readCsv,
  sha256,
} from '@horseshoe/record';
import { membershipCsv } from './membership-csv.ts';

const README_START = '<!-- checksums:start -->';
const README_END = '<!-- checksums:end -->';

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  });
}

function dump(db: RecordDb): string {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return JSON.stringify(tables.all().map((t) => [t.name, db.prepare(`SELECT * FROM ${t.name} ORDER BY 1, 2`).all()]));
}

function fail(message: string): never {
  process.stderr.write(`regenerate-data: ${message}\n`);
  process.exit(2);
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const outAt = args.indexOf('--out');
  const out = path.resolve(outAt >= 0 ? (args[outAt + 1] ?? fail('--out needs a folder')) : REPOSITORY_DATA_DIR);
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
  if (dir === undefined) fail('usage: npm run data:regenerate -- DIR [--out data] [--check]');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`${dir}: not a directory`);
  const files = walk(dir);
  const pages = files.filter((f) => /^scact(?:\d{4}(?:_covid)?|_veto)_table_en\.html?$/i.test(path.basename(f)));
  const pageDirs = [...new Set(pages.map((p) => path.dirname(p)))];
  if (pageDirs.length !== 1) fail(`expected the Library's pages in one folder under ${dir}, found ${pageDirs.length}`);
  const yordan = files.find((f) => /^unsc_vetoes_.*\.csv$/i.test(path.basename(f)));
  const years = files.filter((f) => /[/\\]years[/\\]\d{4}[/\\]index\.json$/.test(f));

  const db = openRecordDb(':memory:');
  const report = importRecord(db, pageDirs[0] ?? '', yordan !== undefined ? { yordan } : {});
  const dataset = exportDataset(db);
  const next = new Map<string, string>(DATASET_FILES.map((f) => [f, datasetCsv(f, dataset[f])]));
  if (years.length > 0) next.set('membership.csv', membershipCsv(years));
  else if (fs.existsSync(path.join(out, 'membership.csv')))
    next.set('membership.csv', fs.readFileSync(path.join(out, 'membership.csv'), 'utf8'));

  // The dataset must give back, table for table, the database the pages gave.
  const scratch = fs.mkdtempSync(path.join(out, '..', '.data-regenerate-'));
  try {
    for (const [f, text] of next) fs.writeFileSync(path.join(scratch, f), text);
    const again = openRecordDb(':memory:');
    loadDataset(again, scratch);
    if (dump(again) !== dump(db)) fail('the dataset does not load back into the database the pages gave (a bug)');
    again.close();
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  const changes: FileChange[] = [...next].map(([f, text]) => {
    const old = path.join(out, f);
    return diffCsv(f, fs.existsSync(old) ? fs.readFileSync(old, 'utf8') : null, text);
  });
  const t = report.totals;
  process.stdout.write(
    `Read ${report.files.length} files from ${pageDirs[0]}${yordan ? ` and ${path.basename(yordan)}` : ''}` +
      `${years.length > 0 ? ` and ${years.length} membership years` : ''}: ${t.meetings} meetings, ${t.resolutions} resolutions, ` +
      `${t.failedDrafts} failed drafts, ${t.presidentialStatements} presidential statements, ${t.vetoListEntries} + ${t.yordanEntries} vetoes; ` +
      `${report.issues.length} import notes.\n${formatChanges(changes)}\n`,
  );
  const changed = changes.some((c) => c.added.length > 0 || c.removed.length > 0);
  if (check) process.exit(changed ? 1 : 0);
  fs.mkdirSync(out, { recursive: true });
  for (const [f, text] of next) fs.writeFileSync(path.join(out, f), text);
  writeChecksums(out, [...next.keys()]);
  process.stdout.write(
    `${changed ? 'Wrote' : 'Nothing changed; rewrote'} ${next.size} files and the checksums in ${out}\n`,
  );
}

/** Rewrites the checksum table of `data/README.md` (between its two markers). */
function writeChecksums(out: string, names: readonly string[]): void {
  const readme = path.join(out, 'README.md');
  const table = [
    README_START,
    '| file | rows | SHA-256 |',
    '| --- | --- | --- |',
    ...[...names].sort().map((f) => {
      const text = fs.readFileSync(path.join(out, f), 'utf8');
      return `| \`${f}\` | ${readCsv(text).length - 1} | \`${sha256(text)}\` |`;
    }),
    README_END,
  ].join('\n');
  const old = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : `# data/\n\n${README_START}\n${README_END}\n`;
  const start = old.indexOf(README_START);
  const end = old.indexOf(README_END);
  if (start < 0 || end < 0) fail(`${readme} has no ${README_START} … ${README_END} markers`);
  fs.writeFileSync(readme, `${old.slice(0, start)}${table}${old.slice(end + README_END.length)}`);
}

main();

import os from 'node:os';
import path from 'node:path';
import {
  type FileChange,
  fetchPages,
  LAST_SHIPPED_YEAR,
  type PageResult,
  RECORD_PAGES_BASE_URL,
} from '@horseshoe/record';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { UsageError } from '../cli-error.ts';
import { formatTable, printResult } from '../output.ts';

interface FetchFlags {
  readonly out?: string;
  readonly baseUrl?: string;
  readonly fromYear?: string;
  readonly toYear?: string;
  readonly timeout?: string;
  readonly retries?: string;
  readonly retryDelay?: string;
  readonly json?: boolean;
}

/** `$XDG_DATA_HOME/horseshoe/pages`, or `~/.local/share/horseshoe/pages`. */
export function defaultPagesDir(): string {
  const base = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'horseshoe', 'pages');
}

/** Registers `horseshoe history fetch`: download the Library's pages to bring the record up to date. */
export function registerHistoryFetch(history: Command): void {
  history
    .command('fetch')
    .description(
      "Download the UN Library's pages of the record (each year's table, later years as they are published, and the veto list) into a folder, then `history import DIR` it",
    )
    .option('--out <dir>', `where to save the pages and manifest.json (default ${defaultPagesDir()})`)
    .option('--base-url <url>', `where the Library publishes them (default ${RECORD_PAGES_BASE_URL})`)
    .option('--from-year <year>', 'first year', '1946')
    .option(
      '--to-year <year>',
      'last year (default: this year; a later year not yet published is reported, not an error)',
    )
    .option('--timeout <seconds>', 'per request', '30')
    .option('--retries <n>', 'further attempts after a failed request (5xx, timeout, cut-off body)', '3')
    .option('--retry-delay <ms>', 'wait before the first retry, doubled before each next one', '1000')
    .option('--json', 'print JSON instead of tables (and no progress bar)')
    .action((flags: FetchFlags) => runFetch(flags));
}

function whole(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag}: not a whole number of at least ${min}: ${value}`);
  return n;
}

async function runFetch(flags: FetchFlags): Promise<void> {
  const thisYear = new Date().getUTCFullYear();
  const fromYear = whole('--from-year', flags.fromYear, 1946) ?? 1946;
  const toYear = whole('--to-year', flags.toYear, 1946) ?? thisYear;
  if (toYear < fromYear) throw new UsageError(`--to-year: ${toYear} is before --from-year ${fromYear}`);
  const timeout = Number(flags.timeout ?? '30');
  if (!(timeout > 0)) throw new UsageError(`--timeout: not a positive number of seconds: ${flags.timeout}`);
  let baseUrl = flags.baseUrl ?? RECORD_PAGES_BASE_URL;
  try {
    const u = new URL(baseUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http(s)');
    if (!baseUrl.endsWith('/')) baseUrl = `${baseUrl}/`;
  } catch {
    throw new UsageError(`--base-url: not an http(s) address: ${flags.baseUrl}`);
  }
  const out = path.resolve(flags.out ?? defaultPagesDir());
  const bar =
    flags.json || !process.stderr.isTTY
      ? null
      : new SingleBar({ format: 'downloading {bar} {value}/{total} {file}', stream: process.stderr, hideCursor: true });
  bar?.start(1, 0, { file: '' });
  let results: PageResult[];
  try {
    ({ results } = await fetchPages({
      out,
      baseUrl,
      fromYear,
      toYear,
      timeoutMs: timeout * 1000,
      retries: whole('--retries', flags.retries, 0) ?? 3,
      retryDelayMs: whole('--retry-delay', flags.retryDelay, 0) ?? 1000,
      onProgress: (done, total, file) => {
        bar?.setTotal(total);
        bar?.update(done, { file });
      },
    }));
  } finally {
    bar?.stop();
  }
  printResult(flags.json === true, { out, baseUrl, pages: results }, () => renderFetch(out, baseUrl, results));
  const failed = results.filter((r) => r.status === 'failed');
  if (failed.length > 0) {
    throw new Error(
      `${failed.length} page(s) could not be downloaded (${failed.map((f) => f.file).join(', ')}); the copies already in ${out} are kept`,
    );
  }
}

function changeText(c: FileChange, what: string): string {
  return c.added.length === 0 && c.removed.length === 0 ? '' : `${what} +${c.added.length} -${c.removed.length}`;
}

function renderFetch(out: string, baseUrl: string, results: readonly PageResult[]): string {
  const count = (s: PageResult['status']) => results.filter((r) => r.status === s).length;
  const rows = results
    .filter((r) => r.status !== 'unchanged')
    .map((r) => [
      r.file,
      r.status,
      String(r.attempts),
      r.change
        ? [changeText(r.change.decisions, 'decisions'), changeText(r.change.vetoes, 'vetoes')]
            .filter(Boolean)
            .join(', ') || 'no decision or veto changed'
        : (r.detail ?? ''),
    ]);
  const lines = [
    `Pages in ${out} (from ${baseUrl}):`,
    `${results.length} pages: ${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged, ` +
      `${count('not-published')} not published yet, ${count('failed')} failed.`,
  ];
  if (rows.length > 0) lines.push('', formatTable(rows, ['page', 'status', 'requests', 'what changed']));
  for (const r of results) {
    if (!r.change) continue;
    const shown = [
      ...r.change.decisions.removed.map((x) => `  - ${x}`),
      ...r.change.decisions.added.map((x) => `  + ${x}`),
    ];
    if (r.status === 'changed' && shown.length > 0) {
      lines.push('', `${r.file}:`, ...shown.slice(0, 10));
      if (shown.length > 10) lines.push(`  … ${shown.length - 10} more`);
    }
    if (r.change.unread.length > 0) {
      lines.push(
        '',
        `${r.file}: ${r.change.unread.length} row(s) the importer could not read (a layout it does not know?):`,
      );
      for (const i of r.change.unread) lines.push(`  ${r.file}:${i.line}: ${i.reason}`);
    }
  }
  lines.push(
    '',
    `Checksums and validators: ${path.join(out, 'manifest.json')}.`,
    `Next: horseshoe history import ${out}` +
      (results.some((r) => r.status === 'not-published')
        ? ` (years after ${LAST_SHIPPED_YEAR} are added as published)`
        : ''),
  );
  return lines.join('\n');
}

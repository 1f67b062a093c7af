import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from './dataset-diff.ts';
import { comparePage, type PageChange } from './page-changes.ts';

/** Where the UN Dag Hammarskjöld Library publishes its Security Council tables. */
export const RECORD_PAGES_BASE_URL = 'https://www.un.org/depts/dhl/resguide/';

/** The last year of the record Horseshoe ships: a later year's page may not be published yet. */
export const LAST_SHIPPED_YEAR = 2022;

/** One page to download: its address (relative to the base) and the name it is saved under. */
export interface PageSpec {
  readonly file: string;
  readonly url: string;
  /** A later year's table: "not found" means not published yet, not a failure. */
  readonly optional: boolean;
}

/** What happened to one page. */
export interface PageResult {
  readonly file: string;
  readonly url: string;
  readonly status: 'new' | 'changed' | 'unchanged' | 'not-published' | 'failed';
  /** How many requests it took (retries included). */
  readonly attempts: number;
  readonly bytes?: number;
  readonly sha256?: string;
  /** Why it failed (after every retry), or how it was found unchanged. */
  readonly detail?: string;
  /** For a new or changed page: what it changes in the record, and the rows the importer could not read. */
  readonly change?: PageChange;
}

/** The manifest written beside the pages: what was downloaded, from where, with its checksum. */
export interface Manifest {
  readonly baseUrl: string;
  readonly pages: Record<string, ManifestEntry>;
}

/** One page of the {@link Manifest}. */
export interface ManifestEntry {
  readonly url: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly retrieved: string;
}

/** Options of {@link fetchPages}. */
export interface FetchOptions {
  readonly out: string;
  readonly baseUrl?: string;
  readonly fromYear?: number;
  readonly toYear: number;
  /** Per request, headers and body together. */
  readonly timeoutMs?: number;
  /** Further attempts after a failed one (network error, timeout, 5xx, 429, truncated body). */
  readonly retries?: number;
  /** Delay before the first retry; doubled before each next one. */
  readonly retryDelayMs?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
  /** The clock for `retrieved` (an ISO date-time). */
  readonly now?: () => string;
}

/** The file name of the manifest in the output folder. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * The pages of the record: each year's table from `fromYear` to `toYear`, the 2020 table of meetings
 * by videoconference and the veto list, under the Library's addresses and saved under the names the
 * importer reads (`scactYYYY_table_en.html`).
 */
export function recordPages(fromYear: number, toYear: number): PageSpec[] {
  const pages: PageSpec[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    pages.push({ file: `scact${y}_table_en.html`, url: `scact${y}_table_en.htm`, optional: y > LAST_SHIPPED_YEAR });
    if (y === 2020)
      pages.push({ file: 'scact2020_covid_table_en.html', url: 'scact2020_covid_table_en.htm', optional: false });
  }
  pages.push({ file: 'scact_veto_table_en.html', url: 'scact_veto_table_en.htm', optional: false });
  return pages;
}

class Retryable extends Error {}

/**
 * Downloads the record's pages into `out`, one at a time: a conditional request (ETag /
 * Last-Modified from the manifest) for each page already there, retries with exponential backoff,
 * a timeout per request, a body checked against its Content-Length and for a complete table. A page
 * is written (atomically) only when it arrived whole; a failure leaves the copy already there as it
 * was. Writes `manifest.json` with each page's address, checksum and validators.
 * @example await fetchPages({ out: 'pages', toYear: 2026 })
 */
export async function fetchPages(options: FetchOptions): Promise<{ results: PageResult[]; manifest: Manifest }> {
  const base = options.baseUrl ?? RECORD_PAGES_BASE_URL;
  const now = options.now ?? (() => new Date().toISOString());
  fs.mkdirSync(options.out, { recursive: true });
  const manifestPath = path.join(options.out, MANIFEST_FILE);
  const old = readManifest(manifestPath);
  const pages = recordPages(options.fromYear ?? 1946, options.toYear);
  const entries: Record<string, ManifestEntry> = { ...old.pages };
  const results: PageResult[] = [];
  for (const [i, page] of pages.entries()) {
    const target = path.join(options.out, page.file);
    const have = fs.existsSync(target) ? fs.readFileSync(target) : null;
    const known = have !== null ? old.pages[page.file] : undefined;
    const validators = known && known.sha256 === sha256(have ?? '') ? known : undefined;
    const url = new URL(page.url, base).toString();
    const result = await fetchOne(url, validators, options);
    if (result.kind === 'ok') {
      const hash = sha256(result.body);
      const status = have === null ? 'new' : sha256(have) === hash ? 'unchanged' : 'changed';
      if (status !== 'unchanged') {
        fs.writeFileSync(`${target}.part`, result.body);
        fs.renameSync(`${target}.part`, target);
      }
      entries[page.file] = {
        url,
        sha256: hash,
        bytes: result.body.length,
        etag: result.etag,
        lastModified: result.lastModified,
        retrieved: now(),
      };
      results.push({
        file: page.file,
        url,
        status,
        attempts: result.attempts,
        bytes: result.body.length,
        sha256: hash,
        ...(status === 'unchanged'
          ? {}
          : { change: comparePage(page.file, have?.toString('utf8') ?? null, result.body.toString('utf8')) }),
      });
    } else if (result.kind === 'not-modified') {
      results.push({
        file: page.file,
        url,
        status: 'unchanged',
        attempts: result.attempts,
        detail: 'not modified (conditional request)',
        ...(known ? { bytes: known.bytes, sha256: known.sha256 } : {}),
      });
    } else if (result.kind === 'not-found' && page.optional) {
      results.push({ file: page.file, url, status: 'not-published', attempts: result.attempts, detail: 'HTTP 404' });
    } else {
      const detail = result.kind === 'failed' ? result.reason : 'HTTP 404: not found';
      results.push({ file: page.file, url, status: 'failed', attempts: result.attempts, detail });
    }
    options.onProgress?.(i + 1, pages.length, page.file);
  }
  const manifest: Manifest = { baseUrl: base, pages: sortKeys(entries) };
  fs.writeFileSync(`${manifestPath}.part`, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(`${manifestPath}.part`, manifestPath);
  return { results, manifest };
}

type Outcome =
  | { kind: 'ok'; body: Buffer; etag: string | null; lastModified: string | null; attempts: number }
  | { kind: 'not-modified'; attempts: number }
  | { kind: 'not-found'; attempts: number }
  | { kind: 'failed'; reason: string; attempts: number };

async function fetchOne(url: string, validators: ManifestEntry | undefined, options: FetchOptions): Promise<Outcome> {
  const retries = options.retries ?? 3;
  const delay = options.retryDelayMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  let reason = '';
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (attempt > 1) await new Promise((r) => setTimeout(r, delay * 2 ** (attempt - 2)));
    try {
      const headers: Record<string, string> = { 'user-agent': 'horseshoe-history-fetch' };
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      if (response.status === 304) return { kind: 'not-modified', attempts: attempt };
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return { kind: 'not-found', attempts: attempt };
      }
      if (response.status >= 500 || response.status === 429) {
        await response.body?.cancel();
        throw new Retryable(`HTTP ${response.status}`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: 'failed', reason: `HTTP ${response.status}`, attempts: attempt };
      }
      const body = Buffer.from(await response.arrayBuffer());
      const declared = response.headers.get('content-length');
      if (declared !== null && !response.headers.get('content-encoding') && Number(declared) !== body.length)
        throw new Retryable(`truncated body: ${body.length} of ${declared} bytes`);
      if (!/<\/table>/i.test(body.toString('utf8')))
        throw new Retryable(`no closing </table> in ${body.length} bytes: truncated, or not a table page`);
      return {
        kind: 'ok',
        body,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        attempts: attempt,
      };
    } catch (error) {
      reason = describe(error, timeoutMs);
      if (!(error instanceof Retryable) && !isNetworkError(error)) throw error;
    }
  }
  return { kind: 'failed', reason: `${reason} (after ${retries + 1} attempts)`, attempts: retries + 1 };
}

function isNetworkError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'TimeoutError' || error.name === 'AbortError' || error instanceof TypeError)
  );
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no complete answer within ${timeoutMs / 1000} s`;
  if (error instanceof TypeError) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return `network error: ${cause?.code ?? cause?.message ?? error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function readManifest(file: string): Manifest {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
    return parsed && typeof parsed.pages === 'object' ? parsed : { baseUrl: '', pages: {} };
  } catch {
    return { baseUrl: '', pages: {} };
  }
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

import { createHash } from 'node:crypto';
import { readCsv } from './csv.ts';

/** What changed in one CSV file of the dataset between two versions. */
export interface FileChange {
  readonly file: string;
  readonly before: number;
  readonly after: number;
  /** Rows (as `column=value` text, places in the page left out) only in the new version. */
  readonly added: readonly string[];
  /** Rows only in the old version. */
  readonly removed: readonly string[];
}

// Where a row sits in its page: changes when a row is added above it, so not compared.
const PLACE_COLUMNS = new Set(['id', 'topic_id', 'meeting_id', 'source_line', 'meeting_line', 'seq', 'line']);

function contents(csv: string | null): string[] {
  if (csv === null) return [];
  const [header = [], ...rows] = readCsv(csv);
  return rows.map((r) =>
    header
      .map((h, i) => [h, r[i] ?? ''] as const)
      .filter(([h, value]) => !PLACE_COLUMNS.has(h) && value !== '')
      .map(([h, value]) => `${h}=${value.replace(/\s+/g, ' ')}`)
      .join(' | '),
  );
}

/**
 * Compares two versions of a dataset CSV file (`null`: the file did not exist) by content, leaving
 * out the columns that only give a row's place in its page, so that a new row at the top of a page
 * is one added row and not a change of every row below it.
 * @example diffCsv('decisions.csv', oldText, newText).added.length
 */
export function diffCsv(file: string, before: string | null, after: string | null): FileChange {
  const a = contents(before);
  const b = contents(after);
  const count = (rows: readonly string[]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r, (m.get(r) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const only = (rows: readonly string[], mine: Map<string, number>, theirs: Map<string, number>) => {
    const out: string[] = [];
    const seen = new Map<string, number>();
    for (const r of rows) {
      const k = (seen.get(r) ?? 0) + 1;
      seen.set(r, k);
      if (k > (theirs.get(r) ?? 0) && k <= (mine.get(r) ?? 0)) out.push(r);
    }
    return out;
  };
  return { file, before: a.length, after: b.length, added: only(b, cb, ca), removed: only(a, ca, cb) };
}

/** The SHA-256 of a text or bytes, in hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A plain-text summary of {@link FileChange}s: one line per file, then up to `examples` rows each. */
export function formatChanges(changes: readonly FileChange[], examples = 5): string {
  const lines: string[] = [];
  for (const c of changes) {
    const what =
      c.added.length === 0 && c.removed.length === 0
        ? 'unchanged'
        : `${c.added.length} row(s) added, ${c.removed.length} removed`;
    lines.push(`${c.file}: ${c.before} -> ${c.after} rows; ${what}`);
    for (const r of c.removed.slice(0, examples)) lines.push(`  - ${r}`);
    if (c.removed.length > examples) lines.push(`  - … ${c.removed.length - examples} more removed`);
    for (const r of c.added.slice(0, examples)) lines.push(`  + ${r}`);
    if (c.added.length > examples) lines.push(`  + … ${c.added.length - examples} more added`);
  }
  return lines.join('\n');
}

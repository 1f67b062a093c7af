import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/** One file of the case library, as listed by `GET /api/cases`. */
export interface CaseSummary {
  /** The file name inside the cases folder, e.g. `libya-2019.yaml`. */
  readonly file: string;
  /** The scenario's `title`, or `null` when the file does not parse or has none. */
  readonly title: string | null;
  readonly format: 'yaml' | 'json';
}

const CASE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(ya?ml|json)$/;

/** True when `name` is a plain case file name (no folder, no `..`), YAML or JSON. */
export function isCaseFileName(name: string): boolean {
  return CASE_FILE.test(name) && !name.includes('..');
}

/**
 * Lists the scenario files of a case folder, sorted by file name, with their titles.
 * @example await listCases('cases') // [{ file: 'libya-2019.yaml', title: 'Libya, April 2019', format: 'yaml' }]
 */
export async function listCases(casesDir: string): Promise<CaseSummary[]> {
  let names: string[];
  try {
    names = await readdir(casesDir);
  } catch {
    return [];
  }
  const files = names.filter(isCaseFileName).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(casesDir, file), 'utf8');
      return { file, title: titleOf(text), format: file.endsWith('.json') ? 'json' : 'yaml' } as const;
    }),
  );
}

/**
 * The text of one case file, or `null` when the folder has no such file. Names that are not plain
 * case file names are never resolved against the file system.
 */
export async function readCase(casesDir: string, file: string): Promise<string | null> {
  if (!isCaseFileName(file)) return null;
  try {
    return await readFile(path.join(casesDir, file), 'utf8');
  } catch {
    return null;
  }
}

function titleOf(text: string): string | null {
  try {
    const doc: unknown = parse(text);
    if (doc !== null && typeof doc === 'object' && 'title' in doc && typeof doc.title === 'string') return doc.title;
    return null;
  } catch {
    // A broken case is still listed: the web app shows its errors when it is opened.
    return null;
  }
}

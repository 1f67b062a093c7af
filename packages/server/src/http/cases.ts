import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CaseFileNameSchema, type CaseSummary, scenarioTitle } from '@horseshoe/protocol';

/** True when `name` is a plain case file name (no folder, no `..`), YAML or JSON. */
export function isCaseFileName(name: string): boolean {
  return CaseFileNameSchema.safeParse(name).success;
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
  // A file removed while we list is left out rather than failing the whole list.
  const listed = await Promise.all(files.map((file) => summarise(path.join(casesDir, file), file).catch(() => null)));
  return listed.filter((summary): summary is CaseSummary => summary !== null);
}

/** Summaries by full path, re-read only when a file's modification time or size changes. */
const summaries = new Map<string, { readonly version: string; readonly summary: CaseSummary }>();

async function summarise(full: string, file: string): Promise<CaseSummary> {
  const info = await stat(full);
  const version = `${info.mtimeMs}:${info.size}`;
  const known = summaries.get(full);
  if (known?.version === version) return known.summary;
  const text = await readFile(full, 'utf8');
  const summary: CaseSummary = { file, title: scenarioTitle(text), format: file.endsWith('.json') ? 'json' : 'yaml' };
  summaries.set(full, { version, summary });
  return summary;
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

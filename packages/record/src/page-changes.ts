import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { datasetCsv, exportDataset } from './dataset.ts';
import { diffCsv, type FileChange } from './dataset-diff.ts';
import { type ImportIssue, importRecord } from './import.ts';
import { openRecordDb } from './schema.ts';

/** What a new version of one page changes in the record, and the rows of it the importer could not read. */
export interface PageChange {
  readonly decisions: FileChange;
  readonly vetoes: FileChange;
  /** Rows of the new version not imported (`skipped`), by line: a layout the importer does not know. */
  readonly unread: readonly ImportIssue[];
}

function facts(file: string, html: string | null): { decisions: string; vetoes: string; issues: ImportIssue[] } | null {
  if (html === null) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horseshoe-page-'));
  const db = openRecordDb(':memory:');
  try {
    fs.writeFileSync(path.join(dir, file), html);
    const report = importRecord(db, dir);
    const data = exportDataset(db);
    return {
      decisions: datasetCsv('decisions.csv', data['decisions.csv']),
      vetoes: datasetCsv('vetoes-library.csv', data['vetoes-library.csv']),
      issues: [...report.issues],
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads two versions of a Library page (`before` null: the page is new) with the importer and
 * compares the decisions and vetoes each gives, so a download can say what it changes in the record.
 * @example comparePage('scact2022_table_en.html', oldHtml, newHtml).decisions.added
 */
export function comparePage(file: string, before: string | null, after: string): PageChange {
  const a = facts(file, before);
  const b = facts(file, after);
  return {
    decisions: diffCsv('decisions', a?.decisions ?? null, b?.decisions ?? null),
    vetoes: diffCsv('vetoes', a?.vetoes ?? null, b?.vetoes ?? null),
    unread: (b?.issues ?? []).filter((i) => i.severity === 'skipped'),
  };
}

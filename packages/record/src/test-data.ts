import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importRecord } from './import.ts';
import { openRecordDb, type RecordDb } from './schema.ts';

/** The repository root, from this file's place in `packages/record/src`. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The Library's tables, read where the repository's sibling `shared/` folder keeps them. */
export const TABLES_DIR = path.resolve(REPO_ROOT, '../shared/data/unsc/dhl-meetings-tables');

/** The second veto list (Yordán). */
export const YORDAN_FILE = path.resolve(REPO_ROOT, '../shared/data/unsc/vetoes-yordan/unsc_vetoes_1946_sept2022.csv');

/** A fresh temporary directory, removed by the caller with {@link removeDir}. */
export function makeTempDir(prefix = 'horseshoe-record-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Removes a directory made by {@link makeTempDir}. */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Imports the real tables and both veto lists into a database file in a temporary directory. */
export function importRealRecord(dir: string): { db: RecordDb; file: string } {
  const file = path.join(dir, 'record.db');
  const db = openRecordDb(file);
  importRecord(db, TABLES_DIR, { yordan: YORDAN_FILE });
  return { db, file };
}

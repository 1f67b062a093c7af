import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPOSITORY_DATA_DIR } from './dataset.ts';
import { loadDataset } from './dataset-load.ts';
import { openRecordDb, type RecordDb } from './schema.ts';

/** The repository root, from this file's place in `packages/record/src`. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** The repository's own dataset of the record (`data/`, written by the importer from the Library's pages). */
export const DATA_DIR = REPOSITORY_DATA_DIR;

/** Small pages written for the tests in the Library's format, one per irregularity the parser handles. */
export const FIXTURE_PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

/** A fresh temporary directory, removed by the caller with {@link removeDir}. */
export function makeTempDir(prefix = 'horseshoe-record-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Removes a directory made by {@link makeTempDir}. */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Loads the whole record (the repository's `data/`) into a database file in a temporary directory. */
export function importRealRecord(dir: string): { db: RecordDb; file: string } {
  const file = path.join(dir, 'record.db');
  const db = openRecordDb(file);
  loadDataset(db, DATA_DIR);
  return { db, file };
}

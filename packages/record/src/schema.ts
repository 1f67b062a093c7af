import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { RecordInputError } from './record-input-error.ts';

/** An open record database (better-sqlite3). */
export type RecordDb = Database.Database;

/** Bumped whenever the tables change; a database of another version is refused until imported again. */
export const SCHEMA_VERSION = 1;

/** Bumped whenever the importer reads a file differently, so unchanged files are re-read once. */
export const PARSER_VERSION = 2;

// Every row carries the file it came from, so re-importing a file replaces exactly its rows.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
  file TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  parser_version INTEGER NOT NULL,
  rows INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS meetings (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  record TEXT,
  record_note TEXT,
  date TEXT NOT NULL,
  year INTEGER NOT NULL,
  press_release TEXT,
  written_procedure INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS topics (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings(id),
  file TEXT NOT NULL,
  line INTEGER NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  outcome_text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS resolutions (
  id TEXT PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  symbol TEXT NOT NULL,
  printed_symbol TEXT NOT NULL,
  date TEXT NOT NULL,
  topic_id TEXT NOT NULL REFERENCES topics(id),
  wording TEXT,
  note TEXT,
  file TEXT NOT NULL,
  line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY,
  symbol TEXT NOT NULL,
  label TEXT NOT NULL,
  date TEXT NOT NULL,
  topic_id TEXT NOT NULL REFERENCES topics(id),
  outcome TEXT NOT NULL CHECK (outcome IN ('vetoed', 'not adopted')),
  wording TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS draft_vetoed_by (
  draft_id TEXT NOT NULL REFERENCES drafts(id),
  member TEXT NOT NULL,
  file TEXT NOT NULL,
  PRIMARY KEY (draft_id, member)
);
CREATE TABLE IF NOT EXISTS vote_counts (
  decision_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('resolution', 'draft')),
  yes INTEGER NOT NULL,
  no INTEGER NOT NULL,
  abstain INTEGER NOT NULL,
  printed TEXT NOT NULL,
  shared INTEGER NOT NULL,
  file TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS presidential_statements (
  id TEXT PRIMARY KEY,
  symbol TEXT,
  date TEXT NOT NULL,
  topic_id TEXT NOT NULL REFERENCES topics(id),
  file TEXT NOT NULL,
  line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS veto_list (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  draft TEXT NOT NULL,
  meeting_record TEXT NOT NULL,
  agenda_item TEXT NOT NULL,
  members_text TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS vetoes (
  veto_id TEXT NOT NULL REFERENCES veto_list(id),
  member TEXT NOT NULL,
  file TEXT NOT NULL,
  PRIMARY KEY (veto_id, member)
);
CREATE TABLE IF NOT EXISTS yordan_vetoes (
  id TEXT PRIMARY KEY,
  date TEXT NOT NULL,
  draft TEXT NOT NULL,
  draft_text TEXT NOT NULL,
  meeting_record TEXT NOT NULL,
  agenda_item TEXT NOT NULL,
  crisis_topic TEXT NOT NULL,
  region TEXT NOT NULL,
  dummies TEXT NOT NULL,
  file TEXT NOT NULL,
  line INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS yordan_veto_members (
  veto_id TEXT NOT NULL REFERENCES yordan_vetoes(id),
  member TEXT NOT NULL,
  file TEXT NOT NULL,
  PRIMARY KEY (veto_id, member)
);
CREATE TABLE IF NOT EXISTS import_issues (
  file TEXT NOT NULL,
  seq INTEGER NOT NULL,
  line INTEGER NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('skipped', 'corrected', 'note')),
  reason TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (file, seq)
);
CREATE INDEX IF NOT EXISTS drafts_symbol ON drafts(symbol);
CREATE INDEX IF NOT EXISTS veto_list_draft ON veto_list(draft);
CREATE INDEX IF NOT EXISTS topics_meeting ON topics(meeting_id);
`;

/** Tables holding imported rows, each with a `file` column; cleared file by file on re-import. */
export const FILE_TABLES: readonly string[] = [
  'vote_counts',
  'draft_vetoed_by',
  'resolutions',
  'drafts',
  'presidential_statements',
  'topics',
  'meetings',
  'vetoes',
  'veto_list',
  'yordan_veto_members',
  'yordan_vetoes',
  'import_issues',
  'sources',
];

/** Places a record database must not live: kernel and device file systems. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

/**
 * Refuses a database path that is not a regular file (a directory, a FIFO, a device) or that lies
 * under /proc, /sys or /dev, where opening it can hang or write into the kernel.
 */
export function checkRecordPath(path: string): void {
  if (path === ':memory:') return;
  let existing = nodePath.resolve(path);
  while (!fs.existsSync(existing) && nodePath.dirname(existing) !== existing) existing = nodePath.dirname(existing);
  const real = fs.realpathSync(existing);
  if (SPECIAL_ROOTS.some((root) => real === root || real.startsWith(`${root}/`)))
    throw new RecordInputError(
      path,
      `${path}: a record database cannot live under ${real.split('/').slice(0, 2).join('/')}`,
    );
  if (fs.existsSync(path) && !fs.statSync(path).isFile())
    throw new RecordInputError(path, `${path}: not a regular file (a directory, device or pipe)`);
}

function metaValue(db: RecordDb, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value;
}

/** Removes the "import complete" marker: called first by every import, in its own transaction. */
export function startImport(db: RecordDb): void {
  db.prepare("DELETE FROM meta WHERE key = 'import_complete'").run();
}

/** Writes the "import complete" marker: the last write of every import that finished. */
export function finishImport(db: RecordDb): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('import_complete', '1')").run();
}

/**
 * Opens (and creates if needed) a record database at `path`; `':memory:'` gives a throw-away one.
 * For writing, a file that holds another application's tables or another schema version is refused;
 * `readonly` opens without writing a byte and refuses anything but a complete Horseshoe record (schema
 * version and the "import complete" marker), naming the file. Throws {@link RecordInputError}.
 * @example const db = openRecordDb(path.join(os.tmpdir(), 'record.db'))
 */
export function openRecordDb(path: string, options: { readonly readonly?: boolean } = {}): RecordDb {
  checkRecordPath(path);
  const readonly = options.readonly ?? false;
  if (readonly && !fs.existsSync(path)) throw new RecordInputError(path, `${path}: no such file`);
  let db: RecordDb;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: 60_000 });
  } catch (error) {
    throw new RecordInputError(path, `${path}: cannot open (${(error as Error).message})`);
  }
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    const version = tables.includes('meta') ? metaValue(db, 'schema_version') : undefined;
    // A record written before the schema carried a version: imported again, it is upgraded.
    const earlier = version === undefined && tables.includes('sources') && tables.includes('resolutions');
    if (earlier && readonly)
      throw new RecordInputError(path, `${path}: a record written by an earlier Horseshoe; run history import again`);
    if (tables.length > 0 && version === undefined && !earlier)
      throw new RecordInputError(
        path,
        `${path}: not a Horseshoe record database (it holds other tables: ${tables.slice(0, 5).join(', ')})`,
      );
    if (version !== undefined && version !== String(SCHEMA_VERSION))
      throw new RecordInputError(
        path,
        `${path}: a record of schema version ${version}; this Horseshoe reads version ${SCHEMA_VERSION} (import again into a new file)`,
      );
    if (readonly) {
      if (version === undefined) throw new RecordInputError(path, `${path}: not a Horseshoe record database (empty)`);
      if (metaValue(db, 'import_complete') === undefined)
        throw new RecordInputError(
          path,
          `${path}: incomplete record: an import into it did not finish (interrupted?); run history import again`,
        );
      return db;
    }
  } catch (error) {
    db.close();
    if (error instanceof RecordInputError) throw error;
    throw new RecordInputError(path, `${path}: not a Horseshoe record database (${(error as Error).message})`);
  }
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL syncs at checkpoints only: a crash can lose the last import, never corrupt it.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
  return db;
}

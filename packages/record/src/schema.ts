import Database from 'better-sqlite3';

/** An open record database (better-sqlite3). */
export type RecordDb = Database.Database;

/** Bumped whenever the importer reads a file differently, so unchanged files are re-read once. */
export const PARSER_VERSION = 2;

// Every row carries the file it came from, so re-importing a file replaces exactly its rows.
const SCHEMA = `
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

/**
 * Opens (and creates if needed) a record database at `path`; `':memory:'` gives a throw-away one.
 * @example const db = openRecordDb(path.join(os.tmpdir(), 'record.db'))
 */
export function openRecordDb(path: string, options: { readonly readonly?: boolean } = {}): RecordDb {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL syncs at checkpoints only: a crash can lose the last import, never corrupt it.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
  }
  return db;
}

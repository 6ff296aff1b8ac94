/**
 * The schema, as numbered migrations applied in order at start, each once: both stores record
 * the applied numbers in `schema_migrations`. Never edit a migration that has shipped; add the
 * next number. Each has one text per dialect, kept side by side so they stay the same schema.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'answers',
    // day and week are computed by the service (Swedish time) rather than in SQL, so both
    // databases group the same answer into the same week.
    sqlite: `
      CREATE TABLE answers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        idempotency_key TEXT NOT NULL UNIQUE,
        page TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
        comment TEXT NOT NULL DEFAULT '',
        answer_key TEXT,
        lang TEXT NOT NULL,
        version TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        day TEXT NOT NULL,
        week TEXT NOT NULL
      );
      CREATE INDEX answers_page_week ON answers (page, week) WHERE answer_key IS NULL;
      CREATE INDEX answers_day ON answers (day);
      CREATE INDEX answers_comments ON answers (id) WHERE comment <> '';
    `,
    postgres: `
      CREATE TABLE answers (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idempotency_key TEXT NOT NULL UNIQUE,
        page TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
        comment TEXT NOT NULL DEFAULT '',
        answer_key TEXT,
        lang TEXT NOT NULL,
        version TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        day TEXT NOT NULL,
        week TEXT NOT NULL
      );
      CREATE INDEX answers_page_week ON answers (page, week) WHERE answer_key IS NULL;
      CREATE INDEX answers_day ON answers (day);
      CREATE INDEX answers_comments ON answers (id) WHERE comment <> '';
    `,
  },
  {
    version: 2,
    name: 'shared limits',
    // The rate limit, the wrong-token count, the form's double-submit fingerprints and the daily
    // salt of the client keys, here rather than in each process's memory, so that processes
    // sharing a database share them. Times are ms since the epoch from the service's clock (as
    // the answers' are). In PostgreSQL the tables are UNLOGGED: rows that live for minutes need
    // no WAL, are not copied to replicas or WAL archives, and may be lost in a crash (the counts
    // then start again).
    sqlite: `
      CREATE TABLE rate_hits (
        key TEXT NOT NULL,
        window_start INTEGER NOT NULL,
        count INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        PRIMARY KEY (key, window_start)
      );
      CREATE INDEX rate_hits_expires ON rate_hits (expires_at);
      CREATE TABLE form_fingerprints (
        fingerprint TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX form_fingerprints_expires ON form_fingerprints (expires_at);
      CREATE TABLE client_salts (
        day INTEGER PRIMARY KEY,
        salt BLOB NOT NULL
      );
    `,
    postgres: `
      CREATE UNLOGGED TABLE rate_hits (
        key TEXT NOT NULL,
        window_start BIGINT NOT NULL,
        count INTEGER NOT NULL,
        expires_at BIGINT NOT NULL,
        PRIMARY KEY (key, window_start)
      );
      CREATE INDEX rate_hits_expires ON rate_hits (expires_at);
      CREATE UNLOGGED TABLE form_fingerprints (
        fingerprint TEXT PRIMARY KEY,
        idempotency_key TEXT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE INDEX form_fingerprints_expires ON form_fingerprints (expires_at);
      CREATE UNLOGGED TABLE client_salts (
        day INTEGER PRIMARY KEY,
        salt BYTEA NOT NULL
      );
    `,
  },
];

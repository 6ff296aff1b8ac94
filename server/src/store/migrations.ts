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
];

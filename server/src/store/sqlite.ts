/// <reference types="node" />
/**
 * The embedded store: one SQLite file, for a single process. WAL lets the read side run while
 * answers are written; synchronous=FULL makes every commit reach the disk before insert()
 * returns, so an answer the service acknowledged survives a crash or a power cut (WAL's
 * default, NORMAL, may lose the last commits on power loss).
 *
 * better-sqlite3 is synchronous: a commit blocks the event loop for one fsync. Answers that
 * arrive together share a commit (see commitQueue); the load benchmark's floor commits each
 * answer alone.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import { StoreError } from './errors.js';
import { sweeper, toHit, windowStart } from './limits.js';
import type {
  FeedbackStore,
  FingerprintClaim,
  Hit,
  InsertResult,
  PageShare,
  StoredAnswer,
  SummaryQuery,
  SummaryRow,
} from './types.js';

const COLUMNS = `idempotency_key AS idempotencyKey, page, answer, comment, answer_key AS answerKey, lang,
  version, created_at AS createdAt, received_at AS receivedAt, day, week`;

const BATCH = 1000;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openSqliteStore(path: string): Promise<FeedbackStore> {
  let Database: typeof BetterSqlite3;
  try {
    Database = (await import('better-sqlite3')).default;
  } catch (error) {
    throw new StoreError(
      `SQLite is not available (the optional package better-sqlite3 did not install or build): ${describe(error)}`,
    );
  }
  let db: BetterSqlite3.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    // Opening is lazy about writing: a read-only folder only shows on the first write.
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
  } catch (error) {
    throw new StoreError(
      `cannot open the SQLite database ${path}: ${describe(error)} (is INSYN_DATA_DIR a writable folder?)`,
    );
  }
  const conn = db;
  /*
   * The limit tables (rate counts, form fingerprints, the day's salt) are written on a second
   * connection with synchronous=NORMAL: a count that lives a minute is not worth an fsync per
   * request, and a lost one after a power cut only lets a client start its minute again. The
   * answers keep synchronous=FULL on `conn`. Both are used from this one thread, one statement
   * at a time, so they never wait for each other's lock.
   */
  let limitsConn: BetterSqlite3.Database | undefined;

  const insert = conn.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`);
  const applied = conn.prepare(`SELECT version FROM schema_migrations`).pluck();
  let statements: ReturnType<typeof prepare> | undefined;

  function prepare() {
    return {
      insert: conn.prepare(
        `INSERT INTO answers (idempotency_key, page, answer, comment, answer_key, lang, version, created_at,
           received_at, day, week)
         VALUES (@idempotencyKey, @page, @answer, @comment, @answerKey, @lang, @version, @createdAt,
           @receivedAt, @day, @week)
         ON CONFLICT (idempotency_key) DO NOTHING`,
      ),
      byKey: conn.prepare(`SELECT ${COLUMNS} FROM answers WHERE idempotency_key = ?`),
      batch: conn.prepare(`SELECT id, ${COLUMNS} FROM answers WHERE id > ? ORDER BY id LIMIT ${BATCH}`),
      comments: conn.prepare(`SELECT ${COLUMNS} FROM answers WHERE comment <> '' ORDER BY id DESC LIMIT ?`),
      lowest: conn.prepare(
        `SELECT page, SUM(answer = 'yes') AS yes, SUM(answer = 'no') AS no, COUNT(*) AS total
         FROM answers WHERE answer_key IS NULL GROUP BY page HAVING COUNT(*) >= ?
         ORDER BY CAST(SUM(answer = 'yes') AS REAL) / COUNT(*), COUNT(*) DESC, page LIMIT ?`,
      ),
    };
  }
  function prepareLimits(c: BetterSqlite3.Database) {
    return {
      count: c.prepare('SELECT count FROM rate_hits WHERE key = ? AND window_start = ?').pluck(),
      hit: c
        .prepare(
          `INSERT INTO rate_hits (key, window_start, count, expires_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (key, window_start) DO UPDATE SET count = rate_hits.count + excluded.count
           RETURNING count`,
        )
        .pluck(),
      claim: c
        .prepare(
          `INSERT INTO form_fingerprints (fingerprint, idempotency_key, expires_at) VALUES (@fingerprint, @key, @expires)
           ON CONFLICT (fingerprint) DO UPDATE SET
             idempotency_key = CASE WHEN form_fingerprints.expires_at <= @now
               THEN excluded.idempotency_key ELSE form_fingerprints.idempotency_key END,
             expires_at = CASE WHEN form_fingerprints.expires_at <= @now
               THEN excluded.expires_at ELSE form_fingerprints.expires_at END
           RETURNING idempotency_key`,
        )
        .pluck(),
      salt: c
        .prepare(
          `INSERT INTO client_salts (day, salt) VALUES (?, ?)
           ON CONFLICT (day) DO UPDATE SET day = excluded.day RETURNING salt`,
        )
        .pluck(),
      oldSalts: c.prepare('DELETE FROM client_salts WHERE day < ?'),
      sweepHits: c.prepare('DELETE FROM rate_hits WHERE expires_at <= ?'),
      sweepFingerprints: c.prepare('DELETE FROM form_fingerprints WHERE expires_at <= ?'),
    };
  }
  let limits: ReturnType<typeof prepareLimits> | undefined;
  const sweepDue = sweeper();
  function readyLimits(now?: number) {
    if (!limits) throw new StoreError('the SQLite store is used before migrate()');
    if (now !== undefined && sweepDue(now)) {
      limits.sweepHits.run(now);
      limits.sweepFingerprints.run(now);
    }
    return limits;
  }

  function ready() {
    if (!statements) throw new StoreError('the SQLite store is used before migrate()');
    return statements;
  }

  /*
   * Group commit: the answers that arrive in one turn of the event loop are written in one
   * transaction, so one fsync covers them all. Each promise still resolves only after the
   * commit is on disk, so a 201 keeps meaning "durable"; under load this is what lets the
   * service keep up with one fsync per request.
   */
  interface Queued {
    readonly answer: StoredAnswer;
    resolve(result: InsertResult): void;
    reject(error: unknown): void;
  }
  let queue: Queued[] = [];

  function insertOne(answer: StoredAnswer): InsertResult {
    const s = ready();
    if (s.insert.run(answer).changes === 1) return { status: 'created', answer };
    // A retry, maybe one queued in this very batch: the first answer under the key stands.
    return { status: 'duplicate', answer: s.byKey.get(answer.idempotencyKey) as StoredAnswer };
  }

  function commitQueue(): void {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    try {
      const results = conn.transaction(() => batch.map((item) => insertOne(item.answer)))();
      batch.forEach((item, i) => item.resolve(results[i]!));
    } catch {
      // One bad row must not fail its neighbours: write them one by one, each in its own commit.
      for (const item of batch) {
        try {
          item.resolve(insertOne(item.answer));
        } catch (error) {
          item.reject(error);
        }
      }
    }
  }

  return {
    kind: 'sqlite',

    migrate() {
      // IMMEDIATE takes the write lock first: two processes starting at once apply each migration once.
      try {
        conn
          .transaction(() => {
            const done = new Set(applied.all() as number[]);
            for (const migration of MIGRATIONS) {
              if (done.has(migration.version)) continue;
              conn.exec(migration.sqlite);
              insert.run(migration.version, migration.name, new Date().toISOString());
            }
          })
          .immediate();
      } catch (error) {
        throw new StoreError(`cannot migrate the SQLite database ${path}: ${describe(error)}`);
      }
      statements = prepare();
      if (!limitsConn) {
        try {
          limitsConn = new Database(path);
          limitsConn.pragma('synchronous = NORMAL');
          limitsConn.pragma('busy_timeout = 5000');
        } catch (error) {
          throw new StoreError(`cannot open the SQLite database ${path}: ${describe(error)}`);
        }
        limits = prepareLimits(limitsConn);
      }
      return Promise.resolve();
    },

    insert(answer: StoredAnswer): Promise<InsertResult> {
      ready();
      return new Promise((resolve, reject) => {
        if (queue.length === 0) setImmediate(commitQueue);
        queue.push({ answer, resolve, reject });
      });
    },

    summary(query: SummaryQuery = {}): Promise<SummaryRow[]> {
      ready();
      const where = ['answer_key IS NULL'];
      const params: string[] = [];
      const add = (sql: string, value: string | undefined) => {
        if (value === undefined) return;
        where.push(sql);
        params.push(value);
      };
      add('page = ?', query.page);
      add('day >= ?', query.from);
      add('day <= ?', query.to);
      const rows = conn
        .prepare(
          `SELECT page, week, SUM(answer = 'yes') AS yes, SUM(answer = 'no') AS no FROM answers
           WHERE ${where.join(' AND ')} GROUP BY page, week ORDER BY page, week`,
        )
        .all(...params) as SummaryRow[];
      return Promise.resolve(rows);
    },

    async *exportRows(): AsyncIterable<StoredAnswer> {
      const s = ready();
      let last = 0;
      for (;;) {
        const rows = s.batch.all(last) as (StoredAnswer & { id: number })[];
        for (const { id, ...row } of rows) {
          last = id;
          yield row;
        }
        if (rows.length < BATCH) return;
        // Lets requests in between when the export is long.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },

    latestComments(limit: number): Promise<StoredAnswer[]> {
      return Promise.resolve(ready().comments.all(limit) as StoredAnswer[]);
    },

    lowestShare(limit: number, minTotal = 1): Promise<PageShare[]> {
      const rows = ready().lowest.all(minTotal, limit) as Omit<PageShare, 'share'>[];
      return Promise.resolve(rows.map((row) => ({ ...row, share: row.yes / row.total })));
    },

    hit(key: string, windowMs: number, limit: number, now: number, weight = 1): Promise<Hit> {
      const l = readyLimits(now);
      const start = windowStart(now, windowMs);
      const count =
        weight === 0
          ? ((l.count.get(key, start) as number | undefined) ?? 0)
          : (l.hit.get(key, start, weight, start + windowMs) as number);
      return Promise.resolve(toHit(count, limit, now, windowMs));
    },

    claimFingerprint(
      fingerprint: string,
      key: string,
      ttlMs: number,
      now: number,
    ): Promise<FingerprintClaim> {
      const stands = readyLimits(now).claim.get({ fingerprint, key, expires: now + ttlMs, now }) as string;
      return Promise.resolve({ fresh: stands === key, key: stands });
    },

    clientSalt(day: number): Promise<Uint8Array> {
      const l = readyLimits();
      const salt = l.salt.get(day, randomBytes(32)) as Buffer;
      l.oldSalts.run(day);
      return Promise.resolve(salt);
    },

    ping(): Promise<void> {
      conn.prepare('SELECT 1').get();
      return Promise.resolve();
    },

    close(): Promise<void> {
      if (conn.open) {
        commitQueue(); // writes still waiting for their turn
        conn.close();
      }
      if (limitsConn?.open) limitsConn.close();
      return Promise.resolve();
    },
  };
}

/// <reference types="node" />
/**
 * The store for several processes behind a load balancer: PostgreSQL through a pg Pool. The
 * same schema as SQLite through the same numbered migrations; an idempotency key is unique, so
 * two processes receiving the same retry at once store it once (ON CONFLICT DO NOTHING) and both
 * answer with the first row. A commit is acknowledged only once it is durable (PostgreSQL's
 * default synchronous_commit = on; the service does not change it).
 */
import { randomBytes } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { StoreError } from './errors.js';
import { sweeper, toHit, windowStart } from './limits.js';
import { MIGRATIONS } from './migrations.js';
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

const COLUMNS = `idempotency_key AS "idempotencyKey", page, answer, comment, answer_key AS "answerKey", lang,
  version, created_at AS "createdAt", received_at AS "receivedAt", day, week`;

const BATCH = 1000;

/** Any number, so that two processes migrating at once take turns. */
const MIGRATION_LOCK = 0x1a5e_f00d;

interface Row extends QueryResultRow {
  idempotencyKey: string;
  page: string;
  answer: 'yes' | 'no';
  comment: string;
  answerKey: string | null;
  lang: 'sv' | 'en';
  version: string;
  createdAt: Date;
  receivedAt: Date;
  day: string;
  week: string;
}

function toAnswer(row: Row): StoredAnswer {
  return {
    idempotencyKey: row.idempotencyKey,
    page: row.page,
    answer: row.answer,
    comment: row.comment,
    answerKey: row.answerKey,
    lang: row.lang,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    day: row.day,
    week: row.week,
  };
}

/** Where the database is, without the password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || u.searchParams.get('host') || 'localhost'}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length)
    return error.errors.map((e: unknown) => describe(e)).join('; ');
  const e = error as { code?: string; message?: string } | null;
  return [e?.code, e?.message].filter(Boolean).join(' ') || String(error);
}

export async function openPostgresStore(url: string): Promise<FeedbackStore> {
  let PoolClass: typeof Pool;
  try {
    PoolClass = (await import('pg')).default.Pool;
  } catch (error) {
    throw new StoreError(
      `PostgreSQL support is not available (the optional package pg is missing): ${describe(error)}`,
    );
  }
  const pool = new PoolClass({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client whose connection drops emits 'error' on the pool; unhandled, it ends the process.
  pool.on('error', () => undefined);
  const where = describeUrl(url);
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`cannot connect to PostgreSQL at ${where}: ${describe(error)}`);
  }
  client.release();

  const query = async <R extends QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> =>
    (await pool.query<R>(text, values)).rows;

  const sweepDue = sweeper();
  let sweeping: Promise<unknown> = Promise.resolve();
  /** Deletes expired limit rows now and then, beside the request rather than in its way. */
  function sweep(now: number): void {
    if (!sweepDue(now)) return;
    sweeping = Promise.all([
      pool.query('DELETE FROM rate_hits WHERE expires_at <= $1', [now]),
      pool.query('DELETE FROM form_fingerprints WHERE expires_at <= $1', [now]),
    ]).catch(() => undefined);
  }

  return {
    kind: 'postgresql',

    async migrate() {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await c.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
        );
        const done = new Set(
          (await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
            (r) => r.version,
          ),
        );
        for (const migration of MIGRATIONS) {
          if (done.has(migration.version)) continue;
          await c.query(migration.postgres);
          await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
        }
        await c.query('COMMIT');
      } catch (error) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw new StoreError(`cannot migrate the PostgreSQL database at ${where}: ${describe(error)}`);
      } finally {
        c.release();
      }
    },

    async insert(answer: StoredAnswer): Promise<InsertResult> {
      const inserted = await query<{ id: string }>(
        `INSERT INTO answers (idempotency_key, page, answer, comment, answer_key, lang, version, created_at,
           received_at, day, week)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [
          answer.idempotencyKey,
          answer.page,
          answer.answer,
          answer.comment,
          answer.answerKey,
          answer.lang,
          answer.version,
          answer.createdAt,
          answer.receivedAt,
          answer.day,
          answer.week,
        ],
      );
      if (inserted.length) return { status: 'created', answer };
      // A separate statement: its snapshot sees a row that a concurrent transaction committed
      // while this INSERT waited on the key.
      const [first] = await query<Row>(`SELECT ${COLUMNS} FROM answers WHERE idempotency_key = $1`, [
        answer.idempotencyKey,
      ]);
      if (!first) throw new StoreError('an idempotency key conflicted but its row is gone');
      return { status: 'duplicate', answer: toAnswer(first) };
    },

    async summary(q: SummaryQuery = {}): Promise<SummaryRow[]> {
      const where = ['answer_key IS NULL'];
      const params: string[] = [];
      const add = (sql: string, value: string) => {
        params.push(value);
        where.push(`${sql} $${params.length}`);
      };
      if (q.page !== undefined) add('page =', q.page);
      if (q.from !== undefined) add('day >=', q.from);
      if (q.to !== undefined) add('day <=', q.to);
      return query<SummaryRow>(
        `SELECT page, week, (count(*) FILTER (WHERE answer = 'yes'))::int AS yes,
           (count(*) FILTER (WHERE answer = 'no'))::int AS no
         FROM answers WHERE ${where.join(' AND ')} GROUP BY page, week ORDER BY page COLLATE "C", week`,
        params,
      );
    },

    async *exportRows(): AsyncIterable<StoredAnswer> {
      let last = '0';
      for (;;) {
        const rows = await query<Row & { id: string }>(
          `SELECT id, ${COLUMNS} FROM answers WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
          [last],
        );
        for (const row of rows) {
          last = row.id;
          yield toAnswer(row);
        }
        if (rows.length < BATCH) return;
      }
    },

    async latestComments(limit: number): Promise<StoredAnswer[]> {
      const rows = await query<Row>(
        `SELECT ${COLUMNS} FROM answers WHERE comment <> '' ORDER BY id DESC LIMIT $1`,
        [limit],
      );
      return rows.map(toAnswer);
    },

    async lowestShare(limit: number, minTotal = 1): Promise<PageShare[]> {
      const rows = await query<Omit<PageShare, 'share'>>(
        `SELECT page, (count(*) FILTER (WHERE answer = 'yes'))::int AS yes,
           (count(*) FILTER (WHERE answer = 'no'))::int AS no, count(*)::int AS total
         FROM answers WHERE answer_key IS NULL GROUP BY page HAVING count(*) >= $1
         ORDER BY (count(*) FILTER (WHERE answer = 'yes'))::float8 / count(*), count(*) DESC, page COLLATE "C"
         LIMIT $2`,
        [minTotal, limit],
      );
      return rows.map((row) => ({ ...row, share: row.yes / row.total }));
    },

    async hit(key: string, windowMs: number, limit: number, now: number, weight = 1): Promise<Hit> {
      sweep(now);
      const start = windowStart(now, windowMs);
      // One statement takes the row's lock: two processes counting at once both add.
      const [row] =
        weight === 0
          ? await query<{ count: number }>(
              'SELECT count FROM rate_hits WHERE key = $1 AND window_start = $2',
              [key, start],
            )
          : await query<{ count: number }>(
              `INSERT INTO rate_hits (key, window_start, count, expires_at) VALUES ($1, $2, $3, $4)
               ON CONFLICT (key, window_start) DO UPDATE SET count = rate_hits.count + EXCLUDED.count
               RETURNING count`,
              [key, start, weight, start + windowMs],
            );
      return toHit(row?.count ?? 0, limit, now, windowMs);
    },

    async claimFingerprint(
      fingerprint: string,
      key: string,
      ttlMs: number,
      now: number,
    ): Promise<FingerprintClaim> {
      // An expired row is taken over; a live one keeps its key, and RETURNING gives it either way.
      const [row] = await query<{ key: string }>(
        `INSERT INTO form_fingerprints (fingerprint, idempotency_key, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (fingerprint) DO UPDATE SET
           idempotency_key = CASE WHEN form_fingerprints.expires_at <= $4
             THEN EXCLUDED.idempotency_key ELSE form_fingerprints.idempotency_key END,
           expires_at = CASE WHEN form_fingerprints.expires_at <= $4
             THEN EXCLUDED.expires_at ELSE form_fingerprints.expires_at END
         RETURNING idempotency_key AS key`,
        [fingerprint, key, now + ttlMs, now],
      );
      return { fresh: row!.key === key, key: row!.key };
    },

    async clientSalt(day: number): Promise<Uint8Array> {
      // DO UPDATE (to itself) rather than DO NOTHING, so RETURNING gives the salt that stands.
      const [row] = await query<{ salt: Buffer }>(
        `INSERT INTO client_salts (day, salt) VALUES ($1, $2)
         ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day RETURNING salt`,
        [day, randomBytes(32)],
      );
      await query('DELETE FROM client_salts WHERE day < $1', [day]);
      return row!.salt;
    },

    async ping(): Promise<void> {
      await pool.query('SELECT 1');
    },

    async close(): Promise<void> {
      await sweeping;
      await pool.end();
    },
  };
}

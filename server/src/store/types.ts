/**
 * What the service needs from a database. Two implementations with one behaviour: SQLite
 * (sqlite.ts, the embedded default) and PostgreSQL (postgres.ts, several processes), tested by
 * one shared suite (test/node/server/suite.mjs).
 */

/** One answer or comment as stored: masked, normalised, with the Stockholm day and ISO week. */
export interface StoredAnswer {
  readonly idempotencyKey: string;
  readonly page: string;
  readonly answer: 'yes' | 'no';
  /** '' on an answer; the masked text on a comment. */
  readonly comment: string;
  /** On a comment: the idempotency key of the answer it adds to; null on the answer itself. */
  readonly answerKey: string | null;
  readonly lang: 'sv' | 'en';
  readonly version: string;
  /** When the resident answered (ISO 8601 UTC, from the client, never later than receivedAt). */
  readonly createdAt: string;
  /** When the service stored it (ISO 8601 UTC). */
  readonly receivedAt: string;
  /** createdAt's date in Swedish time, YYYY-MM-DD: what `from` and `to` filter on. */
  readonly day: string;
  /** createdAt's ISO week in Swedish time, e.g. 2026-W48. */
  readonly week: string;
}

export interface InsertResult {
  /** created: stored now; duplicate: the key was stored before, and `answer` is that first one. */
  readonly status: 'created' | 'duplicate';
  readonly answer: StoredAnswer;
}

export interface SummaryQuery {
  readonly page?: string;
  /** Inclusive days, YYYY-MM-DD, in Swedish time. */
  readonly from?: string;
  readonly to?: string;
}

/** Answers (bodies without answerKey) counted for one page in one week. */
export interface SummaryRow {
  readonly page: string;
  readonly week: string;
  readonly yes: number;
  readonly no: number;
}

export interface PageShare {
  readonly page: string;
  readonly yes: number;
  readonly no: number;
  readonly total: number;
  /** yes / total. */
  readonly share: number;
}

/** A counted request (see FeedbackStore.hit). */
export interface Hit {
  readonly allowed: boolean;
  readonly limit: number;
  /** The count in this window, this request included. */
  readonly count: number;
  readonly remaining: number;
  /** Seconds until the window is over and the count starts again. */
  readonly resetSeconds: number;
}

/** The key that stands for a form fingerprint (see FeedbackStore.claimFingerprint). */
export interface FingerprintClaim {
  /** The fingerprint was not known (or had expired): `key` is the one just offered. */
  readonly fresh: boolean;
  readonly key: string;
}

export interface FeedbackStore {
  /** 'sqlite' or 'postgresql', for the start-up line and /health. */
  readonly kind: 'sqlite' | 'postgresql';
  /** Applies the numbered migrations not yet applied; safe to run again and from several processes. */
  migrate(): Promise<void>;
  /** Stores the answer once per idempotency key. Resolves only once it is durable. */
  insert(answer: StoredAnswer): Promise<InsertResult>;
  /** Answers per page and ISO week, ordered by page and week. */
  summary(query?: SummaryQuery): Promise<SummaryRow[]>;
  /** Every stored body (answers and comments) in the order received, in batches. */
  exportRows(): AsyncIterable<StoredAnswer>;
  /** The latest non-empty comments, newest first. */
  latestComments(limit: number): Promise<StoredAnswer[]>;
  /** Pages with at least `minTotal` answers, lowest share of "yes" first. */
  lowestShare(limit: number, minTotal?: number): Promise<PageShare[]>;
  /**
   * Counts a request under `key` in the fixed window of `windowMs` that holds `now` (ms since
   * the epoch), atomically, so processes sharing the database share the count. `weight` 0 only
   * reads the count. Expired windows are deleted now and then.
   */
  hit(key: string, windowMs: number, limit: number, now: number, weight?: number): Promise<Hit>;
  /**
   * Remembers a form submission's fingerprint for `ttlMs` with the idempotency key `key`, unless
   * it is remembered already: then the first key stands and is returned. Atomic across processes.
   */
  claimFingerprint(fingerprint: string, key: string, ttlMs: number, now: number): Promise<FingerprintClaim>;
  /**
   * The random salt of the client keys for a UTC day (days since the epoch): made by the first
   * process that asks, the same for all after it; the salts of earlier days are deleted.
   */
  clientSalt(day: number): Promise<Uint8Array>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

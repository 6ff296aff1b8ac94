/**
 * What the service needs from a database. Two implementations with one behaviour: SQLite
 * (sqlite.ts, the embedded default) and PostgreSQL (postgres.ts, several processes), tested by
 * one shared suite (test/node/server/store-suite.mjs).
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
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

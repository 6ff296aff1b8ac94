/**
 * What the service makes of a valid POST /api/feedback body: masked again, because a client can
 * be anything, and dated in Swedish time. The body itself, its schema and the masking are the
 * wire contract in `insyn/feedback-contract` (src/feedback-prompt/contract.ts in the insyn
 * package), which <feedback-prompt> uses too.
 */
import {
  FEEDBACK_BODY_SCHEMA,
  MAX_BODY_BYTES,
  maskComment,
  maskPersonalData,
  type FeedbackBody,
} from 'insyn/feedback-contract';
import type { StoredAnswer } from './store/types.js';

/** What a client may POST: the wire contract's schema, shared with <feedback-prompt>. */
export { FEEDBACK_BODY_SCHEMA, maskComment, type FeedbackBody };

/** Requests larger than this are refused with 413 before they are parsed. */
export const BODY_LIMIT = MAX_BODY_BYTES;

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Swedish time, YYYY-MM-DD: editors think in their own days and weeks. */
export function stockholmDay(instant: Date): string {
  const parts = Object.fromEntries(DAY.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The ISO 8601 week of a YYYY-MM-DD day, e.g. 2026-W48 (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 864e5);
  const year = thursday.getUTCFullYear();
  const ordinal = (thursday.getTime() - Date.UTC(year, 0, 1)) / 864e5;
  return `${year}-W${String(Math.floor(ordinal / 7) + 1).padStart(2, '0')}`;
}

/**
 * The page as the client should have sent it: the path only (no query string, fragment or
 * ;jsessionid, which can carry personal data), with e-mail addresses and identity numbers
 * replaced. Phone-like digit runs stay: they are ids in paths far more often than numbers.
 */
export function normalisePage(page: string): string {
  const path = page.split(/[?#]/, 1)[0]!.replace(/;jsessionid=[^/]*/i, '');
  return maskPersonalData(path.trim(), { phone: false }).text || '/';
}

/** A valid body as it is stored. createdAt in the future (a wrong clock) becomes the time received. */
export function toStoredAnswer(body: FeedbackBody, received: Date): StoredAnswer {
  const sent = new Date(body.createdAt);
  const created = Number.isNaN(sent.getTime()) || sent > received ? received : sent;
  const day = stockholmDay(created);
  return {
    idempotencyKey: body.idempotencyKey.toLowerCase(),
    page: normalisePage(body.page),
    answer: body.answer,
    comment: maskComment(body.comment ?? ''),
    answerKey: body.answerKey?.toLowerCase() ?? null,
    lang: body.lang,
    version: body.version,
    createdAt: created.toISOString(),
    receivedAt: received.toISOString(),
    day,
    week: isoWeek(day),
  };
}

/**
 * The feedback wire contract: the one statement of what <feedback-prompt> POSTs and what the
 * feedback service (`@insyn/feedback-service`) accepts, so the two cannot drift apart. Pure:
 * no DOM, no Lit, no Node; exported as `insyn/feedback-contract` for the service.
 *
 * - `FeedbackBody`: the JSON body, as a type.
 * - `FEEDBACK_BODY_SCHEMA`: the same body as a JSON Schema (the service validates with it; an
 *   unknown field is refused, so the element can only send what is listed here).
 * - `maskPersonalData` and `maskComment`: how personal data is replaced, in the browser before
 *   sending and again on the server, because a client can be anything.
 * - `acceptableText`: what text the service refuses even when the schema passes (NUL, lone
 *   surrogates).
 *
 * docs/decisions/0005-feedback-prompt.md says why each field is there;
 * docs/decisions/0011-service-package.md why this module is shared.
 */
import { maskPersonalData } from './masking.js';

export { isIdentityNumber, luhn, maskPersonalData, PLACEHOLDERS } from './masking.js';
export type { MaskKind, MaskOptions, MaskResult } from './masking.js';
export { VERSION } from '../core/version.js';

/** The languages a question is asked in, and so the languages an answer can carry. */
export const FEEDBACK_LANGS = ['sv', 'en'] as const;
export type FeedbackLang = (typeof FEEDBACK_LANGS)[number];

/** Longest page path sent and accepted (characters). */
export const MAX_PAGE_LENGTH = 500;
/** Longest comment sent and accepted (characters, as the resident counts them: code points). */
export const MAX_COMMENT_LENGTH = 5000;
/** Requests larger than this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 16 * 1024;
/**
 * The earliest `createdAt` accepted. Older is not a queued answer (the outbox keeps answers
 * for a week) but a broken clock or a made-up body; the service refuses it with 400.
 */
export const EARLIEST_CREATED_AT = '2020-01-01T00:00:00.000Z';

/** One answer, or one comment on an answer, as it is sent to the endpoint (JSON). */
export interface FeedbackBody {
  /** A random UUID; the service stores one answer per key however often it arrives. */
  readonly idempotencyKey: string;
  /** The page's path (no query string; personal data replaced), or the `page` attribute. */
  readonly page: string;
  readonly answer: 'yes' | 'no';
  /**
   * The comment, masked. The element sends '' with the answer itself; a body without it
   * (another client, `curl`) is an answer without a comment.
   */
  readonly comment?: string;
  /** On a comment: the `idempotencyKey` of the answer it adds to. Absent on the answer. */
  readonly answerKey?: string;
  /** The language the question was asked in. */
  readonly lang: FeedbackLang;
  /** The version of the client that wrote it (the element sends its own). */
  readonly version: string;
  /**
   * When the resident answered (ISO 8601 with a time zone; the element sends UTC): queued
   * answers arrive later. Not before EARLIEST_CREATED_AT; a time in the future is stored as
   * the time received.
   */
  readonly createdAt: string;
}

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** FeedbackBody as a JSON Schema (draft 2020-12 subset that Fastify's Ajv reads). */
export const FEEDBACK_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['idempotencyKey', 'page', 'answer', 'lang', 'version', 'createdAt'],
  properties: {
    idempotencyKey: { type: 'string', pattern: UUID },
    page: { type: 'string', minLength: 1, maxLength: MAX_PAGE_LENGTH },
    answer: { type: 'string', enum: ['yes', 'no'] },
    comment: { type: 'string', maxLength: MAX_COMMENT_LENGTH },
    answerKey: { type: 'string', pattern: UUID },
    lang: { type: 'string', enum: FEEDBACK_LANGS },
    version: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[0-9A-Za-z.+-]+$' },
    createdAt: { type: 'string', format: 'date-time', maxLength: 40 },
  },
} as const;

/** A comment as it is stored: personal data replaced by placeholders. */
export function maskComment(comment: string): string {
  return maskPersonalData(comment).text;
}

/**
 * Whether a text can be stored as it is: no NUL (PostgreSQL refuses it in text columns) and no
 * lone UTF-16 surrogate (JSON can carry `\ud800`, but it is not a character and cannot be
 * written as UTF-8). Other control characters are left to the editors' page, which escapes them.
 */
export function acceptableText(text: string): boolean {
  // isWellFormed is Node 20 / Chromium 111; the loop is the same test for older engines.
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (typeof wellFormed === 'function') {
    if (!wellFormed.call(text)) return false;
  } else if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) {
    return false;
  }
  return !text.includes('\0');
}

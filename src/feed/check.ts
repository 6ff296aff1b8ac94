/**
 * Checks a parsed document against the feed contract with a given generated validator (the
 * whole feed, or one element's sections) and the checks beyond the schema. Never throws: a
 * bug in here becomes a problem on the whole document rather than a broken host page. Pure.
 */
import type { FeedProblem } from './errors.js';
import type { Feed } from './generated/feed-types.js';
import { problemMessage, type MessageLang } from './messages.js';
import { schemaProblems, type RawProblem } from './schema-problems.js';
import { semanticProblems, type FeedSection } from './semantic.js';
import type { GeneratedValidator } from './validator-types.js';

export interface CheckOptions {
  /** Language of the messages. Default Swedish. */
  lang?: MessageLang;
  /** Only check these sections beyond the schema (the ones an element reads). */
  sections?: readonly FeedSection[];
}

export type CheckResult =
  | { readonly ok: true; readonly feed: Feed; readonly problems: readonly [] }
  | { readonly ok: false; readonly feed?: undefined; readonly problems: readonly FeedProblem[] };

function worded(raw: readonly RawProblem[], lang: MessageLang): FeedProblem[] {
  return raw.map((p) => ({ path: p.path, code: p.code, message: problemMessage(p.code, p.params, lang) }));
}

export function checkFeed(
  doc: unknown,
  validator: GeneratedValidator,
  options: CheckOptions = {},
): CheckResult {
  const lang = options.lang ?? 'sv';
  try {
    if (!validator(doc))
      return { ok: false, problems: worded(schemaProblems(validator.errors ?? [], doc), lang) };
    const semantic = semanticProblems(doc as Feed, options.sections);
    if (semantic.length > 0) return { ok: false, problems: worded(semantic, lang) };
    return { ok: true, feed: doc as Feed, problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', code: 'internal', message }] };
  }
}

/** The shape of a lazily loaded section checker (src/feed/sections/*.ts). */
export type SectionCheck = (doc: unknown, options: CheckOptions) => CheckResult;

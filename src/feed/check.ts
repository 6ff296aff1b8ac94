/**
 * Checks a parsed document against the feed contract with a given generated validator (the
 * whole feed, or one element's sections) and the checks beyond the schema, with every problem
 * in words. Never throws: a bug in here becomes a problem on the whole document rather than a
 * broken host page. Pure. Elements reach this only when there is something to say
 * (check-sections.ts); the CLI, the validator page and tests use it directly.
 */
import type { FeedProblem } from './errors.js';
import type { Feed } from './generated/feed-types.js';
import { rawCheck, type CheckOptions, type CheckResult } from './check-core.js';
import { itemLabel } from './item-context.js';
import { wordProblem, type MessageLang } from './messages.js';
import { schemaProblems, type RawProblem } from './schema-problems.js';
import type { GeneratedValidator } from './validator-types.js';
import { feedWarnings } from './warnings.js';

export type { CheckOptions, CheckResult } from './check-core.js';

/** Problems in words, each naming the item it lies in (found in the document by its path). */
function worded(raw: readonly RawProblem[], lang: MessageLang, doc: unknown): FeedProblem[] {
  return raw.map((p) => wordProblem(p, lang, itemLabel(doc, p.path, lang)));
}

/**
 * Checks a document with a generated validator (the whole feed's or one element's). With
 * `sections`, only problems in those sections and in the document itself count, so a broken
 * budget does not stop <goal-tree>.
 */
export function checkFeed(
  doc: unknown,
  validator: GeneratedValidator,
  options: CheckOptions = {},
): CheckResult {
  const lang = options.lang ?? 'sv';
  try {
    // With the converter given, rawCheck always has an answer.
    const findWarnings = options.warnings === false ? undefined : feedWarnings;
    const { feed, omitted, found } = rawCheck(doc, validator, options, schemaProblems, findWarnings)!;
    const aside = {
      omitted,
      elsewhere: worded(found.elsewhere, lang, doc),
      warnings: worded(found.warnings, lang, doc),
    };
    if (found.counted.length > 0) return { ok: false, problems: worded(found.counted, lang, doc), ...aside };
    return { ok: true, feed: feed as Feed, problems: [], ...aside };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', code: 'internal', message }],
      omitted: [],
      elsewhere: [],
      warnings: [],
    };
  }
}

/** The shape of a lazily loaded section checker (src/feed/sections/*.ts). */
export type SectionCheck = (doc: unknown, options: CheckOptions) => CheckResult | Promise<CheckResult>;

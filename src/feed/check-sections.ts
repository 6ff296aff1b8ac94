/**
 * The check an element runs on its feed: a valid feed with nothing to warn about, the common
 * case, is checked without loading a word of the messages or the turning of Ajv's errors into
 * problems (about 7 KB gzip). Only when there are problems or warnings is check.ts fetched, and
 * it checks again with everything in words (the validator runs a second time only then).
 * Warnings are not looked for: elements show a feed or its problems, and warnings are for the
 * people who write the feed (`insyn validate`, the web validator).
 */
import { rawCheck, type CheckOptions, type CheckResult, type RawCheck } from './check-core.js';
import type { Feed } from './generated/feed-types.js';
import type { GeneratedValidator } from './validator-types.js';

export async function checkSections(
  doc: unknown,
  validator: GeneratedValidator,
  options: CheckOptions,
): Promise<CheckResult> {
  const quick = rawCheckOrUndefined(doc, validator, options);
  // Without warnings asked for, a quiet check has no problems here and none elsewhere.
  if (quick && !quick.found.counted.length && !quick.found.elsewhere.length) {
    return {
      ok: true,
      feed: quick.feed as Feed,
      problems: [],
      omitted: quick.omitted,
      elsewhere: [],
      warnings: [],
    };
  }
  const { checkFeed } = await import('./check.js');
  return checkFeed(doc, validator, { ...options, warnings: false });
}

/** The check without words; undefined when it threw (checkFeed turns that into a problem). */
function rawCheckOrUndefined(
  doc: unknown,
  validator: GeneratedValidator,
  options: CheckOptions,
): RawCheck | undefined {
  try {
    return rawCheck(doc, validator, options);
  } catch {
    return undefined;
  }
}

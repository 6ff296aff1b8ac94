/**
 * The check every element uses in the all-in-one bundle (dist/insyn.js): one whole-feed
 * validator instead of four section validators, so the page downloads one chunk and validates
 * a shared feed once (checkFeed caches per document); each element still counts only the
 * problems in its own sections. rollup.config.js points the section imports here.
 */
import { checkFeed, type CheckOptions, type CheckResult } from '../check.js';
import { validateFeed } from '../generated/validate-feed.js';

export function check(doc: unknown, options: CheckOptions): CheckResult {
  return checkFeed(doc, validateFeed, options);
}

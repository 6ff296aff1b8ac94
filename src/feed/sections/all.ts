/**
 * The check every element uses in the all-in-one bundle (dist/insyn.js): one whole-feed
 * validator instead of four section validators, so the page downloads one chunk and validates
 * a shared feed once (the check caches per document); each element still counts only the
 * problems in its own sections. rollup.config.js points the section imports here.
 */
import type { CheckOptions, CheckResult } from '../check-core.js';
import { checkSections } from '../check-sections.js';
import { validateFeed } from '../generated/validate-feed.js';

export function check(doc: unknown, options: CheckOptions): Promise<CheckResult> {
  return checkSections(doc, validateFeed, options);
}

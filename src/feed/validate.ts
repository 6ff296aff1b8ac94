/**
 * Whole-feed validation, for feed authors (the CLI, build scripts, tests). Elements check only
 * their own sections with smaller validators (see src/core/feed-controller.ts). Pure.
 */
import { checkFeed, type CheckOptions, type CheckResult } from './check.js';
import { validateFeed as validateFeedSchema } from './generated/validate-feed.js';

/** Validates a parsed document as a whole Insyn feed, version 1. Never throws. */
export function validateFeed(doc: unknown, options: Omit<CheckOptions, 'sections'> = {}): CheckResult {
  return checkFeed(doc, validateFeedSchema, options);
}

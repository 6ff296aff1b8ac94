/**
 * Checks the sections <feedback-prompt> reads. Loaded lazily by the elements, so the validator
 * and the words for problems arrive alongside the feed instead of in the element's bundle.
 */
import { checkFeed, type CheckOptions, type CheckResult } from '../check.js';
import { validateFeedbackSection } from '../generated/validate-feedback-section.js';

export function check(doc: unknown, options: CheckOptions): CheckResult {
  return checkFeed(doc, validateFeedbackSection, options);
}

/**
 * Checks the sections <feedback-prompt> reads. Loaded lazily by the elements, so the validator
 * and the words for problems arrive alongside the feed instead of in the element's bundle.
 */
import type { CheckOptions, CheckResult } from '../check-core.js';
import { checkSections } from '../check-sections.js';
import { validateFeedbackSection } from '../generated/validate-feedback-section.js';

export function check(doc: unknown, options: CheckOptions): Promise<CheckResult> {
  return checkSections(doc, validateFeedbackSection, options);
}

/**
 * Checks the sections <contact-card> reads. Loaded lazily by the elements, so the validator
 * and the words for problems arrive alongside the feed instead of in the element's bundle.
 */
import { checkFeed, type CheckOptions, type CheckResult } from '../check.js';
import { validateContactsSection } from '../generated/validate-contacts-section.js';

export function check(doc: unknown, options: CheckOptions): CheckResult {
  return checkFeed(doc, validateContactsSection, options);
}

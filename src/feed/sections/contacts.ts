/**
 * Checks the sections <contact-card> reads. Loaded lazily by the elements, so the validator
 * and the words for problems arrive alongside the feed instead of in the element's bundle.
 */
import type { CheckOptions, CheckResult } from '../check-core.js';
import { checkSections } from '../check-sections.js';
import { validateContactsSection } from '../generated/validate-contacts-section.js';

export function check(doc: unknown, options: CheckOptions): Promise<CheckResult> {
  return checkSections(doc, validateContactsSection, options);
}

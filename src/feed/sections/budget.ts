/**
 * Checks the sections <budget-explainer> reads. Loaded lazily by the elements, so the validator
 * and the words for problems arrive alongside the feed instead of in the element's bundle.
 */
import { checkFeed, type CheckOptions, type CheckResult } from '../check.js';
import { validateBudgetSection } from '../generated/validate-budget-section.js';

export function check(doc: unknown, options: CheckOptions): CheckResult {
  return checkFeed(doc, validateBudgetSection, options);
}

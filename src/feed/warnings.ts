/**
 * Warnings: optional data whose absence switches a feature off. They never make a feed invalid;
 * the validator lists them so an editor knows what a reader will miss. Runs on sections that
 * passed the schema. Pure: no DOM, no Lit.
 */
import type { Feed } from './generated/feed-types.js';
import { comparePeriods } from './period.js';
import { pointer } from './pointer.js';
import type { RawProblem } from './schema-problems.js';
import type { FeedSection } from './semantic.js';

/** Warnings for the given sections of a schema-valid feed (all sections when absent). */
export function feedWarnings(feed: Feed, sections?: readonly FeedSection[]): RawProblem[] {
  const out: RawProblem[] = [];
  const wants = (section: FeedSection): boolean => !sections || sections.includes(section);
  if (wants('indicators')) {
    feed.indicators?.forEach((indicator, i) => {
      if (indicator.baseline !== undefined) return;
      // Without a baseline the trend starts at the first value; with fewer than two there is none.
      const periods = indicator.values
        .filter((v) => v.value !== null)
        .map((v) => v.period)
        .sort(comparePeriods);
      if (periods.length < 2) return;
      out.push({
        path: pointer('/indicators', i, 'baseline'),
        code: 'no-baseline',
        params: { period: periods[0] },
      });
    });
  }
  if (wants('budget') && feed.budget) {
    const years = feed.budget.years;
    years.forEach((year, i) => {
      // The own-tax calculator needs both; each missing one is said once.
      if (year.taxRate === undefined)
        out.push({ path: pointer('/budget/years', i, 'taxRate'), code: 'no-tax-rate', params: {} });
      if (year.priceBaseAmount === undefined)
        out.push({
          path: pointer('/budget/years', i, 'priceBaseAmount'),
          code: 'no-price-base-amount',
          params: {},
        });
    });
    if (!years.some((year) => year.investments && year.investments.length > 0))
      out.push({ path: '/budget', code: 'no-investments', params: {} });
  }
  return out;
}

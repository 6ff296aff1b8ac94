/**
 * The fallback of <budget-explainer>: for the year the element shows, the costs per area and the
 * revenue by category as tables, with amounts, shares and words as the element writes them, and
 * a link to the annual report when one is given.
 */
import type { Feed } from '../feed/generated/feed-types.js';
import { formatPercent } from '../core/format.js';
import { fill } from '../core/texts.js';
import { BUDGET_EXPLAINER_TEXTS } from '../budget-explainer/budget-explainer.texts.js';
import {
  amountText,
  itemTree,
  kindWord,
  moneyFlow,
  pickYear,
  shareOf,
  shownYears,
  type RevenueCategory,
} from '../budget-explainer/model.js';
import { FallbackError } from './error.js';
import { safeUrl } from './escape.js';
import { dataTable, h, type HtmlNode } from './html.js';
import { exampleNotice, type ResolvedOptions } from './options.js';
import { FALLBACK_TEXTS } from './texts.js';

export function budgetExplainerFallback(feed: Feed, options: ResolvedOptions): HtmlNode[] {
  const { lang } = options;
  const t = BUDGET_EXPLAINER_TEXTS[lang];
  const budget = feed.budget;
  if (!budget) throw new FallbackError('noBudget', lang);
  const { shown, missing } = pickYear(shownYears(budget), budget, options.year);
  if (missing !== undefined) throw new FallbackError('unknownYear', lang, { year: missing });
  const { year, entry } = shown;
  const amount = (value: number): string => amountText(value, budget.unit, lang);
  const percent = (value: number): string => formatPercent(value, lang);

  const costs = itemTree(entry.costs, lang);
  const areas = costs.children ?? [];
  const total = costs.value ?? 0;
  const flow = moneyFlow(entry, costs);
  if (areas.length === 0 && flow.categories.length === 0)
    throw new FallbackError('noBudgetRows', lang, { year });

  const names: Record<RevenueCategory, string> = {
    tax: t.catTax,
    grants: t.catGrants,
    fees: t.catFees,
    other: t.catOther,
  };
  // A link given on the command line is checked like the feed's, but refused loudly, not dropped.
  const report = safeUrl(options.report);
  if (options.report !== undefined && (!report || /^(mailto|tel):/i.test(report)))
    throw new FallbackError('badUrl', lang, { what: '--report', url: options.report });
  const example =
    exampleNotice(feed, lang) ?? (entry.exampleData ? h('p', {}, fill(t.yearExample, { year })) : null);
  return [
    h('p', {}, fill(t.yearTitle, { kind: capitalised(kindWord(shown.kind, t)), year })),
    example,
    areas.length > 0
      ? dataTable(
          fill(t.costsCaption, { area: t.allAreasInSentence, year }),
          [t.area, t.amount, t.share],
          areas.map((area) => [
            area.data.title,
            amount(area.value ?? 0),
            percent(shareOf(area.value ?? 0, total)),
          ]),
          [t.total, amount(total), percent(total > 0 ? 100 : Number.NaN)],
        )
      : null,
    flow.categories.length > 0
      ? dataTable(
          fill(t.revenueCaption, { year }),
          [t.area, t.amount],
          [
            ...flow.categories.map((c) => [names[c.category], amount(c.amount)]),
            [t.revenueTotal, amount(flow.revenue)],
            // Only what the feed lists: no "costs 0" for a feed without costs.
            ...(flow.hasCosts ? [[t.costsTotal, amount(flow.costs)]] : []),
          ],
          flow.hasResult ? [t.result, `${flow.result > 0 ? '+' : ''}${amount(flow.result)}`] : undefined,
        )
      : null,
    report ? h('p', {}, h('a', { href: report }, FALLBACK_TEXTS[lang].annualReport)) : null,
  ].filter((node) => node !== null);
}

function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/** Revenue and costs: where the money comes from, as a bar list with the year's result. */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../core/texts.js';
import { flowSummary, resultSentence } from '../model.js';
import type { ViewContext } from '../types.js';
import { amount, bar, labelOf, sectionHeading } from './common.js';
import { dataTable } from './table.js';

export function revenueView(ctx: ViewContext): TemplateResult {
  const { t, model: m, lang } = ctx;
  const flow = m.flow;
  const year = m.shown.year;
  const names: Record<string, string> = {
    tax: t.catTax,
    grants: t.catGrants,
    fees: t.catFees,
    other: t.catOther,
  };
  // Only what the feed lists: no "costs 0" row for a feed without costs.
  const rows: [string, number, string][] = [
    ...flow.categories.map((c): [string, number, string] => [names[c.category]!, c.amount, '']),
    ...(flow.hasRevenue ? [[t.revenueTotal, flow.revenue, 'row--total'] as [string, number, string]] : []),
    ...(flow.hasCosts ? [[t.costsTotal, flow.costs, 'row--total'] as [string, number, string]] : []),
  ];
  const max = Math.max(0, ...rows.map((r) => r[1]));
  const resultText = `${flow.result > 0 ? '+' : ''}${amount(ctx, flow.result)}`;
  return html`<section class="section" aria-labelledby=${labelOf(ctx, t.revenueHeading, 'revenue-h')}>
    ${sectionHeading(ctx, 2, t.revenueHeading, 'revenue-h')}
    <p class="summary">${flowSummary(flow, year, m.unit, t, lang)}</p>
    <ul class="bars" part="chart" role="list" aria-label=${fill(t.revenueCaption, { year })}>
      ${rows.map(
        ([name, value, cls]) =>
          html`<li class="row ${cls}">
            <span class="row__name">${name}</span><span class="row__value">${amount(ctx, value)}</span>
            ${bar(value, max)}
          </li>`,
      )}
    </ul>
    ${
      flow.hasResult
        ? html`<p class="sum">
            <span>${t.result}</span> <strong>${resultText}</strong>
            <span class="muted">${resultSentence(flow.result, m.unit, t, lang)}</span>
          </p>`
        : nothing
    }
    ${flow.resultDiffers ? html`<p class="hint">${t.resultGiven}</p>` : nothing}
    ${dataTable(
      ctx,
      fill(t.revenueCaption, { year }),
      [t.area, t.amount],
      rows.map(([name, value]) => [name, amount(ctx, value)]),
      flow.hasResult ? [t.result, resultText] : undefined,
    )}
  </section>`;
}

/** Operations and investments: the two as bars, and the largest investments over the years. */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../core/texts.js';
import { investmentsSummary } from '../model.js';
import type { ViewContext } from '../types.js';
import { amount, bar, labelOf, sectionHeading } from './common.js';
import { dataTable } from './table.js';

/** "2024–2028", which may wrap after its dash (a zero-width space), so the table fits a phone. */
function yearRange(years: readonly number[]): string {
  return years.length > 1 ? `${years[0]}–\u200b${years[years.length - 1]}` : String(years[0] ?? '');
}

export function investmentsView(ctx: ViewContext): TemplateResult {
  const { t, model: m, lang } = ctx;
  const ops = m.ops;
  const year = m.shown.year;
  // Operations only when the year lists costs: never "operations 0".
  const bars: [string, number][] = [
    ...(ops.operations === undefined ? [] : [[t.operations, ops.operations] as [string, number]]),
    [t.investments, ops.investments],
  ];
  const max = Math.max(...bars.map(([, value]) => value));
  const allYears = yearRange(m.years.map((y) => y.year));
  const caption = fill(t.investCaption, { year });
  return html`<section class="section" aria-labelledby=${labelOf(ctx, t.investHeading, 'invest-h')}>
    ${sectionHeading(ctx, 2, t.investHeading, 'invest-h')}
    <p class="summary">${investmentsSummary(ops, year, m.unit, t, lang)}</p>
    <ul class="bars" part="chart" role="list" aria-label=${t.investHeading}>
      ${bars.map(
        ([name, value]) =>
          html`<li class="row">
            <span class="row__name">${name}</span><span class="row__value">${amount(ctx, value)}</span>
            ${bar(value, max)}
          </li>`,
      )}
    </ul>
    ${
      ops.largest.length > 0
        ? html`<div class="table__scroll">
            <table part="table">
              <caption>
                ${caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.investments}</th>
                  <th scope="col">${year}</th>
                  <th scope="col">${fill(t.investColTotal, { years: allYears })}</th>
                  <th scope="col">${t.investColYears}</th>
                </tr>
              </thead>
              <tbody>
                ${ops.largest.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">
                        ${row.title}${row.description ? html`<span class="row__note">${row.description}</span>` : nothing}
                      </th>
                      <td>${amount(ctx, row.amount)}</td>
                      <td>${amount(ctx, row.total)}</td>
                      <td class="years">${yearRange(row.years)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    ${dataTable(
      ctx,
      t.investHeading,
      [t.area, t.amount],
      bars.map(([name, value]) => [name, amount(ctx, value)]),
    )}
  </section>`;
}

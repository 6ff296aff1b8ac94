/** Every 100 kr of municipal tax: what each area gets of it, and what fees pay for instead. */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../core/texts.js';
import { oreText, per100Summary } from '../model.js';
import type { ViewContext } from '../types.js';
import { amount, bar, labelOf, sectionHeading } from './common.js';
import { dataTable } from './table.js';

/** `offset`: the section's heading level below the element's (2 inside a chapter). */
export function per100View(ctx: ViewContext, offset = 1): TemplateResult {
  const { t, model: m, lang } = ctx;
  const split = m.split;
  const caption = fill(t.per100Caption, { year: m.shown.year });
  const sumOre = split.ok ? split.rows.reduce((sum, row) => sum + row.ore, 0) : 0;
  const max = split.ok ? Math.max(...split.rows.map((r) => r.ore)) : 0;
  return html`<section class="section" aria-labelledby=${labelOf(ctx, t.per100Heading, 'per100-h')}>
    ${sectionHeading(ctx, offset, t.per100Heading, 'per100-h')}
    <p class="summary">${per100Summary(split, m.shown.year, t, lang)}</p>
    ${
      split.ok
        ? html`<p class="hint">${fill(t.per100Intro, { year: m.shown.year })} ${t.per100Basis}</p>
            <ul class="bars bars--100" part="chart" role="list" aria-label=${caption}>
              ${split.rows.map(
                (row) =>
                  html`<li class="row">
                    <span class="row__name">${row.title}</span>
                    <span class="row__value">${oreText(row.ore, lang)}</span>
                    ${bar(row.ore, max)}
                    ${row.description ? html`<span class="row__note">${row.description}</span>` : nothing}
                  </li>`,
              )}
            </ul>
            <p class="sum"><span>${t.total}</span> <strong>${oreText(sumOre, lang)}</strong></p>
            ${dataTable(
              ctx,
              caption,
              [t.area, t.amount],
              split.rows.map((row) => [row.title, oreText(row.ore, lang)]),
              [t.total, oreText(sumOre, lang)],
            )}`
        : nothing
    }
    ${
      split.feeFunded.length > 0
        ? html`<div class="fees">
            <p class="fees__title">${t.per100FeeHeading}</p>
            <p class="hint">${t.per100FeeNote}</p>
            <ul role="list">
              ${split.feeFunded.map(
                (row) =>
                  html`<li>
                    <strong>${row.title}</strong>:
                    ${amount(ctx, row.amount)}${row.description ? html`. ${row.description}` : nothing}
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
  </section>`;
}

/** My tax: the resident's income in, what their municipal tax pays each area out. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatAmount, formatPercent } from '../../core/format.js';
import { fill } from '../../core/texts.js';
import { myTax, oreText } from '../model.js';
import type { ParsedIncome } from '../tax.js';
import type { ViewContext } from '../types.js';
import { labelOf, sectionHeading } from './common.js';

export type IncomePeriod = 'month' | 'year';

/** The calculator's state, kept by the element, and what the resident's input changes. */
export interface MyTaxProps {
  /** The last income calculated (undefined before the first). */
  readonly income?: ParsedIncome;
  readonly incomeText: string;
  readonly incomePeriod: IncomePeriod;
  readonly onIncomeText: (text: string) => void;
  readonly onIncomePeriod: (period: IncomePeriod) => void;
  readonly onCalculate: (event: SubmitEvent) => void;
}

/** Rendered only when the year has a tax rate and a price base amount (`available.myTax`). */
export function myTaxView(ctx: ViewContext, props: MyTaxProps, offset = 1): TemplateResult {
  const t = ctx.t;
  const income = props.income;
  const problem = income && !income.ok ? income.problem : undefined;
  const message = problem
    ? {
        empty: t.incomeEmpty,
        'not-a-number': t.incomeNotANumber,
        negative: t.incomeNegative,
        'too-large': t.incomeTooLarge,
      }[problem]
    : undefined;
  const yearly = income?.ok ? income.value * (props.incomePeriod === 'month' ? 12 : 1) : undefined;
  const body = html`<form class="form" novalidate @submit=${props.onCalculate}>
      <div class="field">
        <label for="income">${t.incomeLabel}</label>
        <span class="hint" id="income-hint">${t.incomeHint}</span>
        ${message ? html`<span class="error" id="income-error">${message}</span>` : nothing}
        <input
          id="income"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${message ? 'income-hint income-error' : 'income-hint'}
          aria-invalid=${message ? 'true' : 'false'}
          .value=${props.incomeText}
          @input=${(e: Event) => props.onIncomeText((e.target as HTMLInputElement).value)}
        />
      </div>
      <fieldset class="period">
        <legend>${t.periodLegend}</legend>
        ${(['month', 'year'] as const).map(
          (p) =>
            html`<label
              ><input
                type="radio"
                name="period"
                value=${p}
                .checked=${props.incomePeriod === p}
                @change=${() => props.onIncomePeriod(p)}
              />
              ${p === 'month' ? t.perMonth : t.perYear}</label
            >`,
        )}
      </fieldset>
      <button type="submit" class="primary">${t.calculate}</button>
    </form>
    <p class="hint">${t.myTaxPrivacy}</p>
    <div class="result" aria-live="polite">${yearly === undefined ? nothing : taxResult(ctx, yearly)}</div>
    <p class="hint">${t.myTaxLeftOut}</p>`;
  return html`<section class="section" aria-labelledby=${labelOf(ctx, t.myTaxHeading, 'mytax-h')}>
    ${sectionHeading(ctx, offset, t.myTaxHeading, 'mytax-h')}
    <p>${t.myTaxIntro}</p>
    ${body}
  </section>`;
}

function taxResult(ctx: ViewContext, yearly: number): TemplateResult | typeof nothing {
  const { t, model: m, lang } = ctx;
  const result = myTax(yearly, m.shown.entry, m.split);
  if (!result.ok) return nothing;
  const kr = (value: number): string => formatAmount(value, 'kr', lang, { decimals: 0 });
  const ore = (value: number): string => oreText(value, lang);
  return html`<p class="summary">
      ${fill(t.myTaxResult, {
        perYear: kr(result.perYear),
        perMonth: kr(result.perMonth),
        perDay: ore(result.perDayOre),
      })}
    </p>
    <p class="hint">
      ${fill(t.myTaxBasis, {
        rate: formatPercent(result.taxRate, lang, 2),
        taxable: kr(result.tax.taxable),
        income: kr(result.tax.income),
        allowance: kr(result.tax.allowance),
      })}
    </p>
    ${
      result.areas
        ? html`<div class="table__scroll">
            <table part="table">
              <caption>
                ${fill(t.myTaxCaption, { year: m.shown.year })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.area}</th>
                  <th scope="col">${t.perYear}</th>
                  <th scope="col">${t.perMonth}</th>
                  <th scope="col">${t.perDay}</th>
                </tr>
              </thead>
              <tbody>
                ${result.areas.map(
                  (a) =>
                    html`<tr>
                      <th scope="row">${a.title}</th>
                      <td>${kr(a.perYear)}</td>
                      <td>${kr(a.perMonth)}</td>
                      <td>${ore(a.perDayOre)}</td>
                    </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${t.total}</th>
                  <td>${kr(result.perYear)}</td>
                  <td>${kr(result.perMonth)}</td>
                  <td>${ore(result.perDayOre)}</td>
                </tr>
              </tfoot>
            </table>
          </div>`
        : nothing
    }`;
}

/** The top of the element: the year's title, the year switch, and notices about the year shown. */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../../core/locale.js';
import { fill } from '../../core/texts.js';
import { kindWord } from '../model.js';
import type { ViewContext } from '../types.js';
import { heading, yearText } from './common.js';

export interface TopProps {
  /** The `chapter` asked for when the year has no such chapter (a notice says so). */
  readonly missingChapter?: string;
  readonly onYear: (year: number) => void;
}

export function topView(ctx: ViewContext, props: TopProps): TemplateResult {
  const { t, model: m } = ctx;
  const title = fill(t.yearTitle, { kind: kindWord(m.shown.kind, t), year: m.shown.year });
  return html`<div class="top">
      ${heading(ctx, 0, title.charAt(0).toLocaleUpperCase(ctx.lang) + title.slice(1))}
      ${ctx.isStatic ? nothing : yearSwitch(ctx, props.onYear)}
    </div>
    ${notices(ctx, props.missingChapter)}`;
}

function yearSwitch(ctx: ViewContext, onYear: (year: number) => void): TemplateResult | typeof nothing {
  const m = ctx.model;
  if (m.years.length < 2) return nothing;
  return html`<div class="year">
    <label for="year">${ctx.t.yearLabel}</label>
    <select id="year" @change=${(e: Event) => onYear(Number((e.target as HTMLSelectElement).value))}>
      ${m.years.map((y) => html`<option value=${y.year} ?selected=${y === m.shown}>${yearText(ctx, y)}</option>`)}
    </select>
  </div>`;
}

function notices(ctx: ViewContext, missingChapter: string | undefined): TemplateResult {
  const { t, model: m } = ctx;
  const note = pickText(m.shown.entry.note, ctx.lang);
  return html`${
    m.missing !== undefined
      ? html`<p class="notice" part="notice">
          ${fill(t.yearMissing, { year: m.missing, shown: yearText(ctx, m.shown) })}
        </p>`
      : nothing
  }${
    missingChapter !== undefined
      ? html`<p class="notice" part="notice">${fill(t.chapterMissing, { id: missingChapter })}</p>`
      : nothing
  }${
    m.shown.entry.exampleData && !m.feed.exampleData
      ? html`<p class="notice" part="notice">${fill(t.yearExample, { year: m.shown.year })}</p>`
      : nothing
  }${note ? html`<p class="note">${note}</p>` : nothing}`;
}

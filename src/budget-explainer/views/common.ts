/** Small pieces every view uses: headings at the element's level, amounts, bars. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatAmount, formatPercent } from '../../core/format.js';
import { styleProps } from '../../core/style-props.js';
import { fill } from '../../core/texts.js';
import { kindWord, type ShownYear } from '../model.js';
import type { ViewContext } from '../types.js';

/** A heading at the element's level plus `offset`, as role=heading so the level can follow the page. */
export function heading(ctx: ViewContext, offset: number, text: string, id?: string): TemplateResult {
  const level = Math.min(6, Math.max(2, Math.trunc(ctx.headingLevel) || 3) + offset);
  // The top heading is the one `plain` hides (see .plain-hidden in the base styles).
  return html`<div
    class="h h--${offset}${offset === 0 ? ' plain-hidden' : ''}"
    role="heading"
    aria-level=${level}
    id=${ifDefined(id)}
  >
    ${text}
  </div>`;
}

/**
 * A section's heading, left out inside a chapter of the same title ("Intäkter och
 * kostnader" twice in a row says nothing new); the section is then named by the chapter.
 */
export function sectionHeading(
  ctx: ViewContext,
  offset: number,
  text: string,
  id: string,
): TemplateResult | typeof nothing {
  return text === ctx.chapterTitle ? nothing : heading(ctx, offset, text, id);
}

/** The id that names a section: its own heading's, or the chapter's when that heading is left out. */
export function labelOf(ctx: ViewContext, text: string, id: string): string {
  return text === ctx.chapterTitle ? 'chapter-title' : id;
}

/** An amount in the budget's unit. */
export function amount(ctx: ViewContext, value: number): string {
  return formatAmount(value, ctx.model.unit, ctx.lang);
}

export function percent(ctx: ViewContext, value: number): string {
  return formatPercent(value, ctx.lang);
}

/** "2026 (budget)". */
export function yearText(ctx: ViewContext, shown: ShownYear): string {
  return fill(ctx.t.yearOption, { year: shown.year, kind: kindWord(shown.kind, ctx.t) });
}

/** A bar of a bar list; its width is a share of the largest value. */
export function bar(value: number, max: number): TemplateResult {
  const width = max > 0 && value > 0 ? Math.max(0.5, (value / max) * 100) : 0;
  return html`<span class="bar" aria-hidden="true"
    ><span class="bar__fill" ${styleProps({ width: `${width}%` })}></span
  ></span>`;
}

/** Above the tree: the count line, the live region that says it after a change, and notices. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../core/locale.js';
import { fill } from '../../core/texts.js';
import type { FilterResult, GoalTreeModel } from '../model.js';
import type { GoalTreeTexts } from '../types.js';
import { countText, isOne } from './wording.js';

export interface ListHeadContext {
  readonly model: GoalTreeModel;
  readonly filter: FilterResult;
  readonly t: GoalTreeTexts;
  readonly lang: Lang;
  /** The polite live region (left out under `static`, where nothing changes). */
  readonly live?: TemplateResult;
  /** Whether to tell about goals whose parent is missing (not on paper, under `static`). */
  readonly orphans: boolean;
}

export function renderListHead(ctx: ListHeadContext): TemplateResult {
  const { model, t, lang } = ctx;
  const rootMissing = model.problems.find((p) => p.kind === 'root-not-found');
  const orphans = ctx.orphans ? model.orphans.length : 0;
  return html`<p class="count plain-hidden" part="count">${countText(model, ctx.filter, t, lang)}</p>
    ${ctx.live ?? nothing}
    ${rootMissing ? html`<p class="notice" part="notice">${fill(t.rootNotFound, { id: rootMissing.id })}</p>` : nothing}
    ${
      orphans
        ? html`<p class="notice notice--warning" part="notice">
            ${fill(isOne(orphans, lang) ? t.orphansOne : t.orphansOther, { count: orphans })}
          </p>`
        : nothing
    }`;
}

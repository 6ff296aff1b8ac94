/** Costs by area: the level shown as a treemap or a bar list, breadcrumbs, and a picked area. */
import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../../core/locale.js';
import { fill } from '../../core/texts.js';
import { costsSummary, inSentence, shareOf, type ItemNode } from '../model.js';
import type { ViewContext } from '../types.js';
import { amount, labelOf, percent, sectionHeading } from './common.js';
import { costList, costMap, type CostsProps } from './cost-map.js';
import { dataTable } from './table.js';

export type { CostsProps };

export function costsView(ctx: ViewContext, props: CostsProps): TemplateResult {
  const { t, model: m, lang } = ctx;
  const level = props.level;
  const children = level.children ?? [];
  const total = level.value ?? 0;
  const areaTitle = level.depth === 0 ? t.allAreasInSentence : inSentence(level.data.title);
  const caption = fill(t.costsCaption, { area: areaTitle, year: m.shown.year });
  const notDrawn = children.filter((c) => !((c.value ?? 0) > 0));
  const picked = children.find((c) => c.data.id === props.picked);
  return html`<section class="section" aria-labelledby=${labelOf(ctx, t.costsHeading, 'costs-h')}>
    ${sectionHeading(ctx, 1, t.costsHeading, 'costs-h')}
    <p class="summary">${costsSummary(level, m.shown.year, m.unit, t, lang)}</p>
    ${ctx.isStatic ? nothing : costsToolbar(ctx, props, children.length > 0)}
    ${level.depth > 0 && level.data.description ? html`<p class="lead">${level.data.description}</p>` : nothing}
    ${children.length === 0 ? nothing : props.view === 'chart' ? costMap(ctx, props, caption) : costList(ctx, props, caption)}
    ${
      notDrawn.length > 0 && props.view === 'chart'
        ? html`<p class="hint">
            ${fill(t.notDrawn, {
              items: notDrawn.map((n) => `${n.data.title} (${amount(ctx, n.value ?? 0)})`).join(', '),
            })}
          </p>`
        : nothing
    }
    ${picked ? pickedArea(ctx, picked) : nothing}
    ${
      children.length > 0
        ? dataTable(
            ctx,
            caption,
            [t.area, t.amount, t.share],
            children.map((c) => [
              c.data.title,
              amount(ctx, c.value ?? 0),
              percent(ctx, shareOf(c.value ?? 0, total)),
            ]),
            [t.total, amount(ctx, total), percent(ctx, total > 0 ? 100 : Number.NaN)],
          )
        : nothing
    }
    ${props.liveRegion}
  </section>`;
}

/** The breadcrumbs back up the areas, and the chart/list switch. */
function costsToolbar(ctx: ViewContext, props: CostsProps, hasChildren: boolean): TemplateResult {
  const t = ctx.t;
  return html`<div class="toolbar">
    <nav class="crumbs" aria-label=${t.breadcrumbs}>
      <ol>
        ${[ctx.model.costs, ...props.level.ancestors().reverse().slice(1)].map((node, i, all) =>
          i === all.length - 1
            ? html`<li aria-current="location">${i === 0 ? t.allAreas : node.data.title}</li>`
            : html`<li>
                <button type="button" @click=${() => props.onGoTo(i)}>
                  ${i === 0 ? t.allAreas : node.data.title}
                </button>
              </li>`,
        )}
      </ol>
    </nav>
    ${
      hasChildren
        ? html`<button type="button" class="toggle" @click=${props.onToggleView}>
            ${props.view === 'chart' ? t.showList : t.showChart}
          </button>`
        : nothing
    }
  </div>`;
}

/** An area without sub-areas that the resident picked: its amount, share, goals and indicators. */
function pickedArea(ctx: ViewContext, node: ItemNode): TemplateResult {
  const { t, model: m, lang } = ctx;
  const parent = node.parent!;
  // Titles of the linked goals and indicators. Where the feed has no such section (a file per
  // element, or one left out because it was broken) a bare id means nothing to a resident.
  const titles = (ids: readonly string[], items?: readonly { id: string; title: unknown }[]): string[] =>
    items ? ids.map((id) => pickText(items.find((item) => item.id === id)?.title as never, lang) || id) : [];
  const goals = titles(node.data.goals, m.feed.goals);
  const indicators = titles(node.data.indicators, m.feed.indicators);
  const list = (label: string, items: string[]): TemplateResult | typeof nothing =>
    items.length > 0
      ? html`<p class="detail__label">${label}</p>
          <ul>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`
      : nothing;
  return html`<div class="detail" role="group" aria-label=${node.data.title}>
    <p>
      <strong>${node.data.title}</strong>: ${amount(ctx, node.value ?? 0)},
      ${fill(t.shareOf, {
        share: percent(ctx, shareOf(node.value ?? 0, parent.value ?? 0)),
        parent: parent.depth === 0 ? t.allAreasInSentence : inSentence(parent.data.title),
      })}
    </p>
    ${node.data.description ? html`<p>${node.data.description}</p>` : nothing} ${list(t.goals, goals)}
    ${list(t.indicators, indicators)}
  </div>`;
}

/** One level of the cost tree drawn: a treemap of buttons with a legend, or a bar list. */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../core/style-props.js';
import { shareOf, subAreas, type ItemNode } from '../model.js';
import type { ViewContext } from '../types.js';
import { amount, bar, percent } from './common.js';
import type { Cell } from '../treemap.js';

/** Where the resident is in the cost tree (kept by the element's drill-down) and what they can do. */
export interface CostsProps {
  /** The level shown. */
  readonly level: ItemNode;
  /** The id of the area picked on that level, if any. */
  readonly picked?: string;
  readonly view: 'chart' | 'list';
  /** The treemap's cells, laid out in `size`. */
  readonly cells: readonly Cell[];
  readonly size: { readonly width: number; readonly height: number };
  /** The cell in the tab order. */
  readonly activeCell: number;
  /** The live region that says where a drill-down or a step back went. */
  readonly liveRegion: TemplateResult;
  readonly onSelect: (node: ItemNode) => void;
  readonly onGoTo: (depth: number) => void;
  readonly onCellFocus: (index: number) => void;
  readonly onMapKey: (event: KeyboardEvent) => void;
  readonly onLevelKey: (event: KeyboardEvent) => void;
  readonly onToggleView: () => void;
}

/** Treemap cell colours cycle through this many tints (never the only cue: every cell is named). */
const TINTS = 6;

/** What a cell says to a screen reader after its name and amount: its share and sub-areas. */
function cellRest(ctx: ViewContext, node: ItemNode, total: number): string {
  const share = `, ${percent(ctx, shareOf(node.value ?? 0, total))}`;
  return node.children ? `${share}, ${subAreas(node.children.length, ctx.t, ctx.lang)}` : share;
}

export function costMap(ctx: ViewContext, props: CostsProps, caption: string): TemplateResult {
  const level = props.level;
  const children = level.children!;
  const total = level.value ?? 0;
  const { width: w, height: h } = props.size;
  const pct = (v: number, of: number): string => `${(v / of) * 100}%`;
  const small = props.cells.filter((c) => c.fit !== 'label');
  return html`<p class="hint" id="map-help">${ctx.t.mapHelp}</p>
    <div class="map" part="chart" ${styleProps({ aspectRatio: `${w} / ${h}` })}>
      <ul
        class="cells"
        role="list"
        aria-label=${caption}
        aria-describedby="map-help"
        @keydown=${props.onMapKey}
      >
        ${props.cells.map((cell, i) => {
          const node = children[cell.index]!;
          const n = cell.index + 1;
          return html`<li
            class="cell tint-${cell.index % TINTS}"
            ${styleProps({
              left: pct(cell.x0, w),
              top: pct(cell.y0, h),
              width: pct(cell.x1 - cell.x0, w),
              height: pct(cell.y1 - cell.y0, h),
            })}
          >
            <button
              type="button"
              part="cell"
              data-id=${node.data.id}
              tabindex=${i === props.activeCell ? 0 : -1}
              @click=${() => props.onSelect(node)}
              @focus=${() => props.onCellFocus(i)}
            >
              ${
                cell.fit === 'label'
                  ? html`<span class="cell__name"
                        >${node.data.title}<span class="visually-hidden">,</span></span
                      >
                      <span class="cell__amount">${amount(ctx, node.value ?? 0)}</span
                      ><span class="visually-hidden">${cellRest(ctx, node, total)}</span>`
                  : html`${cell.fit === 'number' ? html`<span class="cell__number">${n}</span>` : nothing}<span
                        class="visually-hidden"
                        >${cell.fit === 'number' ? ': ' : ''}${node.data.title},
                        ${amount(ctx, node.value ?? 0)}${cellRest(ctx, node, total)}</span
                      >`
              }
            </button>
          </li>`;
        })}
      </ul>
    </div>
    ${
      small.length > 0
        ? html`<div class="legend">
            <p class="legend__title">${ctx.t.legendHeading}</p>
            <ol class="legend__list">
              ${small.map((cell) => {
                const node = children[cell.index]!;
                return html`<li value=${cell.index + 1}>
                  <span class="swatch tint-${cell.index % TINTS}" aria-hidden="true">${cell.index + 1}</span>
                  ${node.data.title}: ${amount(ctx, node.value ?? 0)}
                </li>`;
              })}
            </ol>
          </div>`
        : nothing
    }`;
}

export function costList(ctx: ViewContext, props: CostsProps, caption: string): TemplateResult {
  const level = props.level;
  const children = level.children!;
  const total = level.value ?? 0;
  const max = Math.max(0, ...children.map((c) => c.value ?? 0));
  return html`<ul
    class="bars bars--costs"
    part="chart"
    role="list"
    aria-label=${caption}
    @keydown=${props.onLevelKey}
  >
    ${children.map(
      (node) =>
        html`<li class="row">
          <span class="row__name">
            ${
              ctx.isStatic
                ? html`<span class="link">${node.data.title}</span>`
                : html`<button
                    type="button"
                    class="link"
                    data-id=${node.data.id}
                    @click=${() => props.onSelect(node)}
                  >
                    ${node.data.title}
                  </button>`
            }
            ${node.children ? html`<span class="muted">${subAreas(node.children.length, ctx.t, ctx.lang)}</span>` : nothing}
          </span>
          <span class="row__value"
            >${amount(ctx, node.value ?? 0)}
            <span class="muted">${percent(ctx, shareOf(node.value ?? 0, total))}</span></span
          >
          ${bar(node.value ?? 0, max)}
        </li>`,
    )}
  </ul>`;
}

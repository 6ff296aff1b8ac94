/**
 * `<goal-tree>`'s overview picture: the red thread as an icicle (see overview-layout.ts for the
 * geometry and why an icicle), coloured by status and marked with the status's icon shape, so
 * nothing is told by colour alone. Lit renders the SVG; d3 only computes it.
 *
 * Accessibility: the list is the accessible source of truth and the picture is not a second
 * keyboard interface. The WAI-ARIA tree view pattern gives the list one tab stop and every
 * key a user needs; the picture repeats the same nodes, so making them focusable would put up
 * to hundreds of extra tab stops (or a second, competing composite widget) in front of the
 * reader for nothing new. So the SVG is `aria-hidden` and holds no focusable element; what it
 * tells is written out in HTML beside it, visible to everyone: a one-line summary and a legend
 * of the status shapes with their counts ("På väg att nås 37"). Pointer users may click or tap
 * a cell to select its node in the list (every cell is at least 24 units tall and wide, and a
 * unit is a CSS px when the host passes `width`).
 *
 * Legible at every width: given its box's `width`, the picture is laid out at that width (at
 * most its natural 560), so a unit stays a CSS px and its text 12 px, never scaled down. A box
 * narrower than {@link OVERVIEW_MIN_WIDTH} (a phone) gets no picture: its columns would hold a
 * few letters each. The summary and the legend (the counts per status) stay, and the list has
 * every node the picture would show.
 *
 * Usage in the element (compute `nodes` once per tree, e.g. in `willUpdate`: the layout is
 * cached per array):
 *
 * ```ts
 * static styles = [...InsynElement.styles, goalTreeStyles, overviewStyles];
 * // texts: add OVERVIEW_TEXTS_SV / _EN (overview.texts.sv/.en) to the element's own texts, then
 * renderOverview(this.overviewNodes, this.selectedId, (id) => this.select(id), overviewTextsFrom(this.t, this.resolvedLang))
 * ```
 *
 * `overviewStyles` relies on the shared base styles (`InsynElement.styles`) for the colour
 * tokens (`--_fg`, `--_bg`, …) and the status colours (`.status--<status>`).
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Lang } from '../core/locale.js';
import { STATUS_ICONS, STATUS_TEXT_KEY } from '../core/status.js';
import { CORE_TEXTS } from '../core/texts.js';
import { OVERVIEW_TEXTS_SV, type OverviewTextKey } from './overview.texts.sv.js';
import {
  layoutOverview,
  LINE_HEIGHT,
  OVERVIEW_STATUSES,
  prepareOverview,
  type OverviewCell,
  type OverviewLayout,
  type OverviewLayoutOptions,
  type OverviewNode,
  type PreparedOverview,
  type Status,
} from './overview-layout.js';

export type { OverviewNode, OverviewLayoutOptions };
export { overviewStyles } from './overview.styles.js';

/**
 * The picture's words. Only `label` is required; the others default to Swedish. Templates use
 * `{name}` placeholders.
 */
export interface OverviewTexts {
  /** What the picture is called, first in its summary, e.g. "Översikt". */
  readonly label: string;
  /** The word for each status, e.g. from `statusLabel()` (default: the Swedish words). */
  readonly statuses?: Partial<Readonly<Record<Status, string>>>;
  /** The summary line: {label}, {count}. Default '{label}: {count} mål och åtaganden.' */
  readonly summary?: string;
  /** Added when the picture shows one part: {focus}, {count}, {total}. */
  readonly focus?: string;
  /** On a cell that stands for children not drawn: {count}. Default '+{count}'. */
  readonly more?: string;
  /** Legend entry for such cells. */
  readonly moreHint?: string;
  /** Tooltip of a cell: {label}, {status}, {count}. */
  readonly cell?: string;
  /** Locale for numbers (Intl), e.g. 'sv-SE' (default) or 'en-GB'. */
  readonly locale?: string;
}

export type { OverviewTextKey };

type StatusTextKey = (typeof STATUS_TEXT_KEY)[Status];

/** {@link OverviewTexts} from an element's resolved texts (its `this.t`) and language. */
export function overviewTextsFrom(
  t: Readonly<Record<OverviewTextKey | StatusTextKey, string>>,
  lang: Lang,
): OverviewTexts {
  return {
    label: t.overviewLabel,
    statuses: Object.fromEntries(OVERVIEW_STATUSES.map((s) => [s, t[STATUS_TEXT_KEY[s]]])),
    summary: t.overviewSummary,
    focus: t.overviewFocus,
    more: t.overviewMore,
    moreHint: t.overviewMoreHint,
    cell: t.overviewCell,
    locale: lang === 'en' ? 'en-GB' : 'sv-SE',
  };
}

/** Swedish status words, for a caller that passes no texts. */
const SV_STATUS = Object.fromEntries(
  Object.entries(STATUS_TEXT_KEY).map(([status, key]) => [status, CORE_TEXTS.sv[key]]),
) as Readonly<Record<Status, string>>;

/** The "more" cell's mark: three dots. */
const MORE_ICON = svg`<circle cx="3" cy="8" r="1.6" fill="currentColor"/><circle cx="8" cy="8" r="1.6" fill="currentColor"/><circle cx="13" cy="8" r="1.6" fill="currentColor"/>`;

/** Icon rows are at most this tall; taller cells keep icon and label at their top. */
const ROW = 28;
/** Distance between the lines of a wrapped label. */
const LINE = 12 * LINE_HEIGHT;
/** Where a label starts in its cell, after the icon. */
const TEXT_X = 26;
/** The picture's natural width (CSS px): wider boxes leave room beside it. */
const NATURAL_WIDTH = 560;
/**
 * The narrowest box that gets a picture (CSS px): four levels in columns of 100, each with room
 * for about eight letters after its icon. Narrower, the picture is left out (see above).
 */
export const OVERVIEW_MIN_WIDTH = 400;
/** The narrowest column (CSS px): about ten letters after the icon, few words split. */
const MIN_COLUMN = 110;
const LAYOUT: OverviewLayoutOptions = {
  width: NATURAL_WIDTH,
  rowHeight: ROW,
  minBand: 24,
  maxHeight: 960,
  fontSize: 12,
};

const prepared = new WeakMap<readonly OverviewNode[], PreparedOverview>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function prepare(nodes: readonly OverviewNode[]): PreparedOverview {
  let p = prepared.get(nodes);
  if (!p) {
    p = prepareOverview(nodes);
    prepared.set(nodes, p);
  }
  return p;
}

function formatter(locale: string): (n: number) => string {
  let f = numberFormats.get(locale);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale);
    } catch {
      f = new Intl.NumberFormat('sv-SE');
    }
    numberFormats.set(locale, f);
  }
  return (n) => f.format(n);
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole,
  );
}

/** Everything the picture says, in words; what the legend and the summary show. */
export interface OverviewSummary {
  readonly text: string;
  readonly focus: string | undefined;
  readonly statuses: readonly { status: Status; word: string; count: number; formatted: string }[];
}

/** The summary of a tree in words, e.g. "Översikt: 74 mål och åtaganden." plus counts per status. */
export function summarizeOverview(layout: OverviewLayout, texts: OverviewTexts): OverviewSummary {
  const format = formatter(texts.locale ?? 'sv-SE');
  const word = (s: Status): string => texts.statuses?.[s] ?? SV_STATUS[s];
  return {
    text: fill(texts.summary ?? OVERVIEW_TEXTS_SV.overviewSummary, {
      label: texts.label,
      count: format(layout.total),
    }),
    focus:
      layout.focusId === undefined
        ? undefined
        : fill(texts.focus ?? OVERVIEW_TEXTS_SV.overviewFocus, {
            focus: layout.focusLabel ?? '',
            count: format(layout.focusCount),
            total: format(layout.total),
          }),
    statuses: OVERVIEW_STATUSES.filter((s) => layout.counts[s] > 0).map((s) => ({
      status: s,
      word: word(s),
      count: layout.counts[s],
      formatted: format(layout.counts[s]),
    })),
  };
}

function renderCell(
  cell: OverviewCell,
  texts: OverviewTexts,
  format: (n: number) => string,
): SVGTemplateResult {
  // Each cell is a nested <svg>: its own coordinates, and it clips a label that runs long.
  const mid = Math.min(cell.height, ROW) / 2;
  const classes =
    `cell status--${cell.status}` +
    (cell.kind === 'more' ? ' cell--more' : '') +
    (cell.context ? ' cell--context' : '') +
    (cell.thread ? ' cell--thread' : '') +
    (cell.selected === 'self' ? ' cell--selected' : '');
  const count = format(cell.count);
  if (cell.kind === 'more') {
    const more = fill(texts.more ?? OVERVIEW_TEXTS_SV.overviewMore, { count });
    return svg`<svg class=${classes} data-id=${cell.id} x=${cell.x} y=${cell.y} width=${cell.width} height=${cell.height}>
      <title>${more}</title>
      <rect width=${cell.width} height=${cell.height}></rect>
      <svg class="cell__icon" x="5" y=${mid - 8} width="16" height="16" viewBox="0 0 16 16">${MORE_ICON}</svg>
      <text x=${TEXT_X} y=${mid} dominant-baseline="central">${more}</text>
    </svg>`;
  }
  const status = texts.statuses?.[cell.status] ?? SV_STATUS[cell.status];
  const tip = fill(texts.cell ?? OVERVIEW_TEXTS_SV.overviewCell, { label: cell.label, status, count });
  return svg`<svg class=${classes} data-id=${cell.id} x=${cell.x} y=${cell.y} width=${cell.width} height=${cell.height}>
    <title>${tip}</title>
    <rect width=${cell.width} height=${cell.height}></rect>
    <svg class="cell__icon" x="5" y=${mid - 8} width="16" height="16" viewBox="0 0 16 16">${STATUS_ICONS[cell.status]}</svg>
    ${renderLines(cell.lines, mid)}
  </svg>`;
}

/** The label, one `<tspan>` per line when it wraps. */
function renderLines(lines: readonly string[], mid: number): SVGTemplateResult | typeof nothing {
  if (lines.length === 0) return nothing;
  if (lines.length === 1)
    return svg`<text x=${TEXT_X} y=${mid} dominant-baseline="central">${lines[0]}</text>`;
  return svg`<text x=${TEXT_X} y=${mid} dominant-baseline="central">${lines.map(
    (line, k) => svg`<tspan x=${TEXT_X} dy=${k === 0 ? 0 : LINE}>${line}</tspan>`,
  )}</text>`;
}

/** The selection's outline: drawn last, on top of its neighbours, thicker than any other line. */
function renderRing(layout: OverviewLayout): SVGTemplateResult | typeof nothing {
  const cell = layout.cells.find((c) => c.selected);
  if (!cell) return nothing;
  const inset = 2;
  return svg`<rect class=${cell.selected === 'self' ? 'ring' : 'ring ring--within'}
    x=${cell.x + inset} y=${cell.y + inset}
    width=${Math.max(0, cell.width - 2 * inset)} height=${Math.max(0, cell.height - 2 * inset)}
    rx="2"></rect>`;
}

function renderPicture(
  nodes: readonly OverviewNode[],
  selectedId: string | undefined,
  texts: OverviewTexts,
  width: number | undefined,
): TemplateResult {
  const drawn = width === undefined || width >= OVERVIEW_MIN_WIDTH;
  const drawnWidth =
    width === undefined ? NATURAL_WIDTH : Math.min(NATURAL_WIDTH, Math.max(OVERVIEW_MIN_WIDTH, width));
  const layout = layoutOverview(prepare(nodes), selectedId, {
    ...LAYOUT,
    width: drawnWidth,
    // Columns of at least MIN_COLUMN: fewer levels side by side in a narrower box (5 at 560).
    maxColumns: Math.floor(drawnWidth / MIN_COLUMN),
  });
  const summary = summarizeOverview(layout, texts);
  const format = formatter(texts.locale ?? 'sv-SE');
  const hasMore = drawn && layout.cells.some((c) => c.kind === 'more');
  return html`<p class="overview__summary">
      ${summary.text}${drawn && summary.focus ? html` <span class="overview__focus">${summary.focus}</span>` : nothing}
    </p>
    <ul class="overview__legend">
      ${summary.statuses.map(
        (s) =>
          html`<li class="status--${s.status}">
            <svg
              class="legend__icon"
              viewBox="0 0 16 16"
              width="16"
              height="16"
              aria-hidden="true"
              focusable="false"
            >
              ${STATUS_ICONS[s.status]}
            </svg>
            ${s.word} <span class="legend__count">${s.formatted}</span>
          </li>`,
      )}
      ${
        hasMore
          ? html`<li class="legend__more">
              <svg
                class="legend__icon"
                viewBox="0 0 16 16"
                width="16"
                height="16"
                aria-hidden="true"
                focusable="false"
              >
                ${MORE_ICON}
              </svg>
              ${fill(texts.more ?? OVERVIEW_TEXTS_SV.overviewMore, { count: 'N' })}:
              ${texts.moreHint ?? OVERVIEW_TEXTS_SV.overviewMoreHint}
            </li>`
          : nothing
      }
    </ul>
    ${
      !drawn || layout.cells.length === 0
        ? nothing
        : html`<svg
            class="overview__chart"
            part="overview-chart"
            viewBox="0 0 ${layout.width} ${layout.height}"
            width=${layout.width}
            height=${layout.height}
            aria-hidden="true"
            focusable="false"
          >
            ${layout.cells.map((cell) => renderCell(cell, texts, format))} ${renderRing(layout)}
          </svg>`
    }`;
}

function textsKey(texts: OverviewTexts): string {
  return JSON.stringify(texts);
}

/**
 * The overview picture for `nodes` (the roots, in the list's order), with `selectedId`
 * outlined. Clicking or tapping a cell calls `onSelect(id)`; the host selects that node in its
 * list (and passes the new `selectedId` back). `width`: the width of the picture's box in CSS
 * px, measured by the host; without it the picture is laid out at 560 and scales with its box.
 * Re-renders only when `nodes` (by identity), `selectedId`, the texts or `width` change.
 */
export function renderOverview(
  nodes: readonly OverviewNode[],
  selectedId: string | undefined,
  onSelect: (id: string) => void,
  texts: OverviewTexts,
  width?: number,
): TemplateResult {
  const handleClick = (event: Event): void => {
    const target = event.target as Element | null;
    const id = target?.closest?.('[data-id]')?.getAttribute('data-id');
    if (id) onSelect(id);
  };
  return html`<div class="overview" part="overview" @click=${handleClick}>
    ${guard([nodes, selectedId, textsKey(texts), width], () => renderPicture(nodes, selectedId, texts, width))}
  </div>`;
}

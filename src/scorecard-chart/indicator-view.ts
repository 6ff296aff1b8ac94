/**
 * One indicator over time: a line or bar chart with its target, comparison series and gender
 * breakdown, a bullet chart of the latest value, a summary in words and the data as a table
 * and as CSV. The maths is in series.ts; this file draws it.
 *
 * One instance draws every indicator of its element (a scorecard opens several rows at once),
 * so what a reader did (focused point, open table, measured width) is kept per indicator id.
 *
 * Keyboard: the plot is one tab stop, a `role="group"` whose `aria-activedescendant` names
 * the focused point (a `role="img"` with a label); arrows move, and a polite live region below
 * the plot says the value, visibly too. Screen-reader users in browse mode have the summary
 * and the table, which say everything the picture does.
 */
import {
  html,
  nothing,
  svg,
  type ReactiveController,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { line } from 'd3-shape';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed, Indicator } from '../feed/generated/feed-types.js';
import { formatNumber, formatPeriod, formatPeriodInText, formatQuantity } from '../core/format.js';
import { emit } from '../core/events.js';
import { linearScale, pointScale } from '../core/scale.js';
import { pickText } from '../core/locale.js';
import { statusLabel } from '../core/status.js';
import { fill } from '../core/texts.js';
import type { ScorecardViewHost } from './view-host.js';
import {
  buildBullet,
  buildChartModel,
  csvFilename,
  describeBullet,
  formatTargetText,
  formatValue,
  summarize,
  toCsv,
  type BulletModel,
  type ChartModel,
  type ChartSeries,
  type ChartTexts,
} from './series.js';

/** What a reader did with one indicator's chart. */
interface ChartState {
  readonly key: string;
  focus?: { series: number; period: number };
  /** True while the plot has focus: the ring and the tooltip show only then. */
  active?: boolean;
  table?: boolean;
  width?: number;
  /** Where the periods are drawn, for pointer clicks: left edge and step, in viewBox units. */
  layout?: { left: number; step: number };
}

interface Derived {
  readonly lang: string;
  readonly texts: ChartTexts;
  readonly model: ChartModel;
  readonly summary: string;
  readonly bullet?: BulletModel;
}

/** Detail of `insyn-datum-focus`. */
export interface DatumFocusDetail {
  readonly indicator: string;
  /** total, women, men or a comparison's id. */
  readonly series: string;
  readonly period: string;
  readonly value: number | null;
}

const DEFAULT_WIDTH = 640;
const CHAR = 7; // average width of a 12 px label character, for layout before measuring
const DASHES = ['', '6 3', '2 3', '9 3 2 3', '1 4', '6 2 2 2 2 2', '4 2 1 2'];
/** The target's dash: longer and heavier than any series' (see .iv-target). */
const TARGET_DASH = '12 4';
/**
 * Marker shapes: the line's kind is told by shape and dash as well as colour. Written out
 * rather than d3's symbols (seven short paths weigh less than the symbol module), and relative
 * after a first move from the centre, so `M x,y` + shape draws one anywhere: a series' markers
 * are then one `<path>`, not one element per point.
 */
const SHAPES = [
  'm4,0a4,4 0 1 1-8,0a4,4 0 1 1 8,0z', // circle
  'm0,-5l4.5,8.5h-9z', // triangle
  'm-3.5,-3.5h7v7h-7z', // square
  'm0,-5l4,5l-4,5l-4,-5z', // diamond
  'm-1.5,-5h3v3.5h3.5v3h-3.5v3.5h-3v-3.5h-3.5v-3h3.5z', // cross
  'm0,-5l1.4,3.4l3.6,0l-2.8,2.3l1,3.8l-3.2,-2.2l-3.2,2.2l1,-3.8l-2.8,-2.3l3.6,0z', // star
  'm0,5l-4.5,-8.5h9z', // triangle pointing down
];

/** The indices below n for which `keep` holds. */
function indicesWhere(n: number, keep: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) out.push(i);
  return out;
}

/** A shape (from SHAPES) centred on x, y. */
const shapeAt = (shape: string, x: number, y: number): string => `M${x},${y}${shape}`;

function style(series: ChartSeries): { cls: string; dash: string; shape: string } {
  const comparison = series.kind === 'comparison';
  const n = comparison ? 3 + series.rank : ['total', 'women', 'men'].indexOf(series.kind);
  const cls = comparison ? `c-cmp${series.rank % 3}` : `c-${series.kind}`;
  return { cls, dash: DASHES[n % DASHES.length]!, shape: SHAPES[n % SHAPES.length]! };
}

/** The element builds a new text set on every update; the model is rebuilt only when one differs. */
function sameTexts(a: ChartTexts, b: ChartTexts): boolean {
  if (a === b) return true;
  for (const key in b) if (a[key as keyof ChartTexts] !== b[key as keyof ChartTexts]) return false;
  return true;
}

/** Hosts whose width is not read yet, and the widths read in this frame. */
const unmeasured = new Set<HTMLElement>();
let measured: WeakMap<HTMLElement, number> | undefined;

/**
 * A host's width, read for every waiting host at once: a page of twelve charts is laid out once
 * before they draw, not once per chart (a read after another chart drew forces a layout of it).
 * The widths hold until the next frame; the observer follows any later change.
 */
function hostWidth(host: HTMLElement): number {
  let width = measured?.get(host);
  if (width !== undefined) return width;
  if (!measured) {
    measured = new WeakMap();
    requestAnimationFrame(() => (measured = undefined));
  }
  unmeasured.add(host);
  for (const waiting of unmeasured) if (waiting.isConnected) measured.set(waiting, waiting.clientWidth);
  unmeasured.clear();
  width = measured.get(host) ?? 0;
  return width;
}

export class IndicatorView implements ReactiveController {
  private readonly states = new Map<string, ChartState>();
  private readonly cache = new WeakMap<Indicator, Derived>();
  private observer?: ResizeObserver;
  private readonly observed = new Set<Element>();

  constructor(private readonly host: ScorecardViewHost) {
    host.addController(this);
  }

  hostConnected(): void {
    unmeasured.add(this.host);
    // The SVG is laid out in CSS pixels at its real width, so labels keep their size at 320 px.
    this.observer ??= new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const state = this.states.get((entry.target as HTMLElement).dataset.ivId ?? '');
        const width = Math.round(entry.contentRect.width / 8) * 8;
        if (state && width > 0 && width !== state.width) [state.width, changed] = [width, true];
      }
      if (changed) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    unmeasured.delete(this.host);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
  }

  hostUpdated(): void {
    // The sizer is a zero-height box: its width never depends on what the chart draws, so a
    // new layout cannot feed back into the observer.
    for (const sizer of this.observed) {
      if (sizer.isConnected) continue;
      this.observer?.unobserve(sizer); // a closed scorecard row: let it go
      this.observed.delete(sizer);
    }
    for (const sizer of this.host.shadowRoot?.querySelectorAll('.iv-sizer') ?? []) {
      if (this.observed.has(sizer)) continue;
      this.observed.add(sizer);
      this.observer?.observe(sizer);
    }
  }

  /** `embedded`: inside a scorecard row (a smaller heading, one level down). */
  render(feed: Feed, indicator: Indicator, options: { embedded?: boolean } = {}): TemplateResult {
    void feed;
    const d = this.derive(indicator);
    const state = this.state(String(indicator.id));
    if (state.width === undefined && !options.embedded) {
      // The real width before the first draw: the plot is drawn at its width at once, not at a
      // guess and again when the observer reports. (The observer still follows resizes, and an
      // embedded chart, whose row is not laid out yet, waits for it.)
      const width = Math.round(hostWidth(this.host) / 8) * 8;
      if (width > 0) state.width = width;
    }
    const { texts, model } = d;
    const { key } = state;
    const lang = this.host.resolvedLang;
    const title = pickText(indicator.title, lang) || String(indicator.id);
    const base = Math.min(6, Math.max(1, Math.trunc(this.host.headingLevel) || 2));
    const level = options.embedded ? Math.min(6, base + 1) : base;
    const source = pickText(indicator.source?.name, lang);
    // Static (print, PDF): no buttons, the table always shown, and no tab stop on it.
    const still = this.host.isStatic;
    const table = still || state.table;
    return html`<figure
      class="iv ${options.embedded ? 'iv--embedded' : ''}"
      part="chart"
      aria-labelledby="${key}-h"
    >
      <div class="iv-title plain-hidden" role="heading" aria-level=${level} id="${key}-h">
        ${fill(texts.chartTitle, { title })}
      </div>
      <p class="iv-summary">${d.summary}</p>
      ${model.periods.length ? this.renderPlot(d, state, title) : nothing}
      ${d.bullet ? this.renderBullet(d, d.bullet, key) : nothing}
      ${
        still
          ? nothing
          : html`<div class="iv-actions">
              <button
                type="button"
                class="iv-button"
                aria-expanded=${state.table ? 'true' : 'false'}
                aria-controls="${key}-t"
                @click=${() => this.toggleTable(state)}
              >
                ${state.table ? texts.tableHide : texts.tableShow}
              </button>
              <button type="button" class="iv-button" @click=${() => this.download(d)}>
                ${texts.csvDownload}
              </button>
            </div>`
      }
      <!-- Focusable so a keyboard can scroll a table wider than a phone (static: it wraps instead). -->
      <div
        id="${key}-t"
        class=${still ? 'iv-table-wrap iv-table-wrap--static' : 'iv-table-wrap'}
        ?hidden=${!table}
        role=${ifDefined(still ? undefined : 'region')}
        tabindex=${ifDefined(still ? undefined : state.table ? 0 : -1)}
        aria-label=${still ? nothing : fill(texts.tableCaption, { title })}
      >
        ${table ? this.renderTable(d, title) : nothing}
      </div>
      ${source ? html`<p class="iv-source">${fill(texts.chartSource, { source })}</p>` : nothing}
    </figure>`;
  }

  private state(id: string): ChartState {
    let state = this.states.get(id);
    if (!state) {
      state = { key: `iv${this.states.size}` };
      this.states.set(id, state);
    }
    return state;
  }

  private derive(indicator: Indicator): Derived {
    const lang = this.host.resolvedLang;
    const texts = this.host.viewTexts as ChartTexts;
    const cached = this.cache.get(indicator);
    if (cached && cached.lang === lang && sameTexts(cached.texts, texts)) return cached;
    const model = buildChartModel(indicator, lang, texts);
    const derived: Derived = {
      lang,
      texts,
      model,
      summary: summarize(model, texts),
      bullet: buildBullet(indicator, lang),
    };
    this.cache.set(indicator, derived);
    return derived;
  }

  /* ---- Reader actions ------------------------------------------------------------------- */

  private toggleTable(state: ChartState): void {
    state.table = !state.table;
    this.host.requestUpdate();
  }

  private download(d: Derived): void {
    // A blob: URL and a download name: no data: URL, no inline script, so a strict CSP allows it.
    const url = URL.createObjectURL(new Blob([toCsv(d.model, d.texts)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFilename(d.model.indicator);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private handleFocus(d: Derived, state: ChartState): void {
    state.active = true;
    if (!state.focus) {
      const points = d.model.series[0]!.points;
      let period = points.length - 1;
      while (period > 0 && points[period]!.value === null) period--;
      state.focus = { series: 0, period };
    }
    this.moved(d, state);
  }

  private handleBlur(state: ChartState): void {
    state.active = false;
    // A plot removed by the element's own render (a new feed) blurs mid-update; redraw after it.
    queueMicrotask(() => this.host.requestUpdate());
  }

  private handleKey(event: KeyboardEvent, d: Derived, state: ChartState): void {
    const focus = state.focus ?? { series: 0, period: 0 };
    const last = d.model.periods.length - 1;
    let { series, period } = focus;
    switch (event.key) {
      case 'ArrowLeft':
        period--;
        break;
      case 'ArrowRight':
        period++;
        break;
      case 'ArrowUp':
        series--;
        break;
      case 'ArrowDown':
        series++;
        break;
      case 'Home':
        period = 0;
        break;
      case 'End':
        period = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    series = Math.min(Math.max(series, 0), d.model.series.length - 1);
    period = Math.min(Math.max(period, 0), last);
    if (series === focus.series && period === focus.period && state.focus) return;
    state.focus = { series, period };
    state.active = true;
    this.moved(d, state);
  }

  /** A click or tap picks the nearest period of the focused series, as the arrows would. */
  private handleClick(event: MouseEvent, d: Derived, state: ChartState): void {
    const svgEl = (event.currentTarget as HTMLElement).querySelector('svg');
    const box = svgEl?.getBoundingClientRect();
    if (!box?.width || !state.layout) return;
    const x = ((event.clientX - box.left) * (state.width ?? DEFAULT_WIDTH)) / box.width;
    const period = Math.floor((x - state.layout.left) / state.layout.step);
    if (period < 0 || period >= d.model.periods.length) return;
    state.focus = { series: state.focus?.series ?? 0, period };
    state.active = true;
    this.moved(d, state);
  }

  private moved(d: Derived, state: ChartState): void {
    const { series, period } = state.focus!;
    const s = d.model.series[series]!;
    const detail: DatumFocusDetail = {
      indicator: String(d.model.indicator.id),
      series: s.id,
      period: d.model.periods[period]!,
      value: s.points[period]!.value,
    };
    this.host.requestUpdate();
    emit(this.host, 'insyn-datum-focus', detail);
  }

  /** What the focused point says: "Riket 2023: 80,9 %", with the target for the total. */
  private pointText(d: Derived, series: number, period: number): string {
    const { model, texts } = d;
    const s = model.series[series]!;
    const point = s.points[period]!;
    let value =
      point.value === null ? texts.dataMissing : formatValue(point.value, model.indicator, model.lang);
    if (point.value !== null && point.kind)
      value += ` (${(point.kind === 'forecast' ? texts.seriesForecast : texts.seriesPreliminary).toLocaleLowerCase(model.lang)})`;
    const words = { series: s.label, period: formatPeriodInText(model.periods[period]!, model.lang), value };
    const band = model.targets[period];
    if (band && s.kind === 'total')
      return fill(texts.chartPointTarget, { ...words, target: formatTargetText(band, model, texts) });
    return fill(texts.chartPoint, words);
  }

  /* ---- The chart ------------------------------------------------------------------------ */

  private tick(value: number, d: Derived): string {
    const unit = d.model.indicator.unit;
    // Ticks carry % and money units; longer unit words are said by the summary and table.
    return unit === 'percent' || unit === 'kr' || unit === 'tkr' || unit === 'mnkr'
      ? formatQuantity(value, unit, d.model.lang)
      : formatNumber(value, d.model.lang);
  }

  private renderPlot(d: Derived, state: ChartState, title: string): TemplateResult {
    const { model, texts } = d;
    const { key } = state;
    const n = model.periods.length;
    const width = state.width ?? DEFAULT_WIDTH;
    const height = width < 480 ? 220 : 280;
    const tickLabels = model.ticks.map((t) => this.tick(t, d));
    const left = Math.max(...tickLabels.map((t) => t.length), 1) * CHAR + 12;
    const [top, right, bottom] = [14, 12, 30];
    const plotW = Math.max(width - left - right, 10);
    const plotH = height - top - bottom;
    const x = pointScale(n, [left, left + plotW], 'center');
    const step = x.step;
    state.layout = { left, step };
    const y = linearScale(model.domain, [top + plotH, top]);
    const clampY = (v: number): number => Math.min(Math.max(y(v), top), top + plotH);

    const labels = model.periods.map((p) => formatPeriod(p, model.lang, 'short'));
    const every = Math.max(1, Math.ceil((Math.max(...labels.map((l) => l.length)) * CHAR + 10) / step));
    const shownLabels = indicesWhere(n, (i) => (n - 1 - i) % every === 0);

    // Targets: dashed edges, and a shaded band when both ends are set.
    let targetPath = '';
    let bandPath = '';
    model.targets.forEach((band, i) => {
      if (!band) return;
      const [x0, x1] = [x(i) - step / 2, x(i) + step / 2];
      for (const edge of [band.min, band.max])
        if (Number.isFinite(edge)) targetPath += `M${x0},${clampY(edge)}H${x1}`;
      if (Number.isFinite(band.min) && Number.isFinite(band.max) && band.min < band.max)
        bandPath += `M${x0},${clampY(band.max)}H${x1}V${clampY(band.min)}H${x0}Z`;
    });

    // The band marks the indicator's own missing periods; a missing comparison or women/men
    // value shows as a break in that line (and "data saknas" in the table), not as a band over
    // a total that is there.
    const total = model.series.find((s) => s.kind === 'total') ?? model.series[0];
    // Only the periods drawn get a part: a part per period (most of them empty) adds up over 12 charts.
    const gaps = indicesWhere(n, (i) => total?.points[i]?.gap ?? false);
    const showMarkers = step >= 8;
    // A new feed may have fewer periods or series than the point a reader left focused.
    if (state.focus && (state.focus.series >= model.series.length || state.focus.period >= n))
      state.focus = undefined;
    const focus = state.focus;
    const activeId = focus ? `${key}-p${focus.series}-${focus.period}` : undefined;
    const readout = focus ? this.pointText(d, focus.series, focus.period) : '';
    const still = this.host.isStatic;

    return html`<ul class="iv-legend">
        ${model.series.map((s, i) => this.legendItem(s, i, model.bars, key))}
        ${
          targetPath
            ? html`<li>
                <svg class="iv-key" viewBox="0 0 32 12" aria-hidden="true">
                  <path class="iv-target" d="M1,6H31" stroke-dasharray=${TARGET_DASH}></path></svg
                >${texts.seriesTarget}
              </li>`
            : nothing
        }
        ${
          model.hasGaps
            ? html`<li>
                <svg class="iv-key" viewBox="0 0 32 12" aria-hidden="true">
                  <rect class="iv-gap" x="10" y="0" width="12" height="12"></rect></svg
                >${texts.dataMissing}
              </li>`
            : nothing
        }
        ${
          model.hasForecast
            ? html`<li>
                <svg class="iv-key" viewBox="0 0 32 12" aria-hidden="true">
                  ${
                    model.bars
                      ? svg`<rect class="iv-bar iv-bar--flagged c-total" x="9" y="0" width="14" height="12"></rect>`
                      : svg`<path class="iv-hollow" d=${shapeAt(SHAPES[0]!, 16, 6)}></path>`
                  }</svg
                >${texts.seriesForecast}
              </li>`
            : nothing
        }
      </ul>
      <!-- Static: the plot is a picture only (no tab stop, no handlers); the table says it all. -->
      <div
        class="iv-plot"
        role="group"
        tabindex=${ifDefined(still ? undefined : 0)}
        aria-label=${fill(texts.chartLabel, { title })}
        aria-activedescendant=${(!still && activeId) || nothing}
        @focus=${still ? nothing : () => this.handleFocus(d, state)}
        @blur=${still ? nothing : () => this.handleBlur(state)}
        @keydown=${still ? nothing : (e: KeyboardEvent) => this.handleKey(e, d, state)}
        @click=${still ? nothing : (e: MouseEvent) => this.handleClick(e, d, state)}
      >
        <div class="iv-sizer" data-iv-id=${String(model.indicator.id)}></div>
        <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} class="iv-svg">
          <g aria-hidden="true">
            ${model.bars ? this.patterns(model, key) : nothing}
            ${gaps.map(
              (i) =>
                svg`<rect class="iv-gap" x=${x(i) - step / 2} y=${top} width=${step} height=${plotH}></rect>
                  ${
                    step >= 14
                      ? svg`<text class="iv-gap-label" transform="translate(${x(i) + 4},${top + 4}) rotate(90)">${texts.dataMissing.toLocaleLowerCase(model.lang)}</text>`
                      : nothing
                  }`,
            )}
            ${model.ticks.map(
              (t, i) => svg`<line class="iv-grid" x1=${left} x2=${left + plotW} y1=${y(t)} y2=${y(t)}></line>
                <text class="iv-tick" x=${left - 6} y=${y(t)} dy="0.32em" text-anchor="end">${tickLabels[i]}</text>`,
            )}
            ${shownLabels.map(
              (i) =>
                svg`<text class="iv-tick" x=${x(i)} y=${height - 10} text-anchor="middle">${labels[i]}</text>`,
            )}
            ${bandPath ? svg`<path class="iv-band" d=${bandPath}></path>` : nothing}
            ${model.bars ? this.bars(model, key, x, y, step) : this.lines(model, x, y, showMarkers)}
            ${targetPath ? svg`<path class="iv-target" d=${targetPath} stroke-dasharray=${TARGET_DASH}></path>` : nothing}
          </g>
          ${focus && !still ? this.focusMark(d, state, focus, x, y, top + plotH, width, activeId!, readout) : nothing}
        </svg>
      </div>
      ${still ? nothing : html`<p class="iv-readout" aria-live="polite">${state.active ? readout : ''}</p>`}`;
  }

  private legendItem(s: ChartSeries, i: number, bars: boolean, key: string): TemplateResult {
    const { cls, dash, shape } = style(s);
    return html`<li class=${cls}>
      <svg class="iv-key" viewBox="0 0 32 12" aria-hidden="true">
        ${
          bars
            ? svg`<rect class="iv-bar" x="9" y="0" width="14" height="12" fill=${i ? `url(#${key}-f${i})` : nothing}></rect>`
            : svg`<path class="iv-line" d="M1,6H31" stroke-dasharray=${dash || nothing}></path>
            <path class="iv-marker" d=${shapeAt(shape, 16, 6)}></path>`
        }</svg
      >${s.label}
    </li>`;
  }

  /** Hatching for the bars of every series but the first: told apart without colour. */
  private patterns(model: ChartModel, key: string): SVGTemplateResult {
    return svg`<defs>${model.series.map((s, i) =>
      i
        ? svg`<pattern id="${key}-f${i}" class=${style(s).cls} patternUnits="userSpaceOnUse" width="6" height="6"
            patternTransform="rotate(${(i * 45) % 180})">
            <rect class="iv-pattern-bg" width="6" height="6"></rect>
            <line class="iv-pattern-line" x1="1" y1="0" x2="1" y2="6"></line></pattern>`
        : nothing,
    )}</defs>`;
  }

  private bars(
    model: ChartModel,
    key: string,
    x: (i: number) => number,
    y: (v: number) => number,
    step: number,
  ): SVGTemplateResult[] {
    const count = model.series.length;
    const width = (step * 0.8) / count;
    const zero = y(Math.max(model.domain[0], Math.min(0, model.domain[1])));
    return model.series.map((s, si) => {
      const { cls } = style(s);
      return svg`<g class=${cls}>${s.points.map((p, i) => {
        if (p.value === null) return nothing;
        const top = Math.min(y(p.value), zero);
        return svg`<rect class="iv-bar ${p.kind ? 'iv-bar--flagged' : ''}" x=${x(i) - step * 0.4 + si * width}
          y=${top} width=${Math.max(width - 1, 1)} height=${Math.max(Math.abs(zero - y(p.value)), 1)}
          fill=${si ? `url(#${key}-f${si})` : nothing}></rect>`;
      })}</g>`;
    });
  }

  private lines(
    model: ChartModel,
    x: (i: number) => number,
    y: (v: number) => number,
    markers: boolean,
  ): SVGTemplateResult[] {
    return model.series.map((s) => {
      const { cls, dash, shape } = style(s);
      const pts = s.points;
      const path = line<number>()
        .x(x)
        .y((i) => y(pts[i]!.value!))
        .defined((i) => pts[i]!.value !== null && pts[i]!.kind !== 'forecast');
      // The forecast continues the line dotted from the last outcome.
      const ahead = line<number>()
        .x(x)
        .y((i) => y(pts[i]!.value!))
        .defined(
          (i) => pts[i]!.value !== null && (pts[i]!.kind === 'forecast' || pts[i + 1]?.kind === 'forecast'),
        );
      const indices = pts.map((_, i) => i);
      const hasForecast = pts.some((p) => p.kind === 'forecast');
      // Markers (every point when there is room; else the ends and the points after a gap),
      // hollow for forecasts and preliminary values: two paths per series, however many points.
      let solid = '';
      let hollow = '';
      pts.forEach((p, i) => {
        if (p.value === null) return;
        if (!(markers || p.kind || i === 0 || i === pts.length - 1 || pts[i - 1]?.value === null)) return;
        const mark = shapeAt(shape, x(i), y(p.value));
        if (p.kind) hollow += mark;
        else solid += mark;
      });
      return svg`<g class=${cls}>
        <path class="iv-line" d=${path(indices) ?? ''} stroke-dasharray=${dash || nothing}></path>
        ${hasForecast ? svg`<path class="iv-line iv-line--forecast" d=${ahead(indices) ?? ''} stroke-dasharray="2 4"></path>` : nothing}
        ${solid ? svg`<path class="iv-marker" d=${solid}></path>` : nothing}
        ${hollow ? svg`<path class="iv-hollow" d=${hollow}></path>` : nothing}
      </g>`;
    });
  }

  private focusMark(
    d: Derived,
    state: ChartState,
    focus: { series: number; period: number },
    x: (i: number) => number,
    y: (v: number) => number,
    baseline: number,
    width: number,
    id: string,
    readout: string,
  ): SVGTemplateResult {
    const { model } = d;
    const value = model.series[focus.series]!.points[focus.period]!.value;
    // Bars stand side by side within a period: the ring goes on the focused series' own bar.
    const step = state.layout?.step ?? 0;
    const cx = model.bars
      ? x(focus.period) - step * 0.4 + ((focus.series + 0.5) * step * 0.8) / model.series.length
      : x(focus.period);
    const cy = value === null ? baseline - 10 : y(value);
    const tipW = readout.length * CHAR + 16;
    const tipX = Math.min(Math.max(cx - tipW / 2, 2), Math.max(width - tipW - 2, 2));
    const tipY = cy - 40 > 0 ? cy - 40 : cy + 14;
    return svg`<circle id=${id} class="iv-focus ${state.active ? 'iv-focus--on' : ''}" role="img"
        aria-label=${readout} cx=${cx} cy=${cy} r="9"></circle>
      ${
        state.active
          ? svg`<g class="iv-tip" aria-hidden="true"><rect x=${tipX} y=${tipY} width=${tipW} height="26" rx="4"></rect>
            <text x=${tipX + 8} y=${tipY + 17}>${readout}</text></g>`
          : nothing
      }`;
  }

  /* ---- Bullet chart, table ---------------------------------------------------------------- */

  private renderBullet(d: Derived, bullet: BulletModel, key: string): TemplateResult {
    const { model, texts } = d;
    const width = this.states.get(String(model.indicator.id))?.width ?? DEFAULT_WIDTH;
    const tickLabels = bullet.ticks.map((t) => this.tick(t, d));
    // Room for half of the end labels, which are centred on the ends of the scale.
    const [left, right, height] = [
      (tickLabels[0]?.length ?? 1) * 4 + 4,
      (tickLabels.at(-1)?.length ?? 1) * 4 + 4,
      64,
    ];
    const plotW = Math.max(width - left - right, 10);
    const [d0] = bullet.domain;
    const x = linearScale(bullet.domain, [left, left + plotW], { clamp: true });
    const band = bullet.band;
    const markers = band ? [band.min, band.max].filter((v) => Number.isFinite(v)) : [];
    const status = statusLabel(bullet.status, this.host.viewTexts);
    const zero = x(Math.max(d0, 0));
    const end = x(bullet.latest.value);
    return html`<div class="iv-bullet">
      <p class="iv-bullet-title" id="${key}-bt">${texts.bulletTitle}</p>
      <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} class="iv-svg" aria-hidden="true">
        ${
          bullet.ranges.length
            ? bullet.ranges.map(
                (r, i) =>
                  svg`<rect class="iv-range iv-range--${Math.min(i, 4)}" x=${x(r.from)} y="4" width=${x(r.to) - x(r.from)} height="32"></rect>`,
              )
            : svg`<rect class="iv-range iv-range--4" x=${left} y="4" width=${plotW} height="32"></rect>`
        }
        <rect
          class="iv-measure"
          x=${Math.min(zero, end)}
          y="15"
          width=${Math.max(Math.abs(end - zero), 1)}
          height="10"
        ></rect>
        ${markers.map((v) => svg`<rect class="iv-marker-line" x=${x(v) - 1.5} y="8" width="3" height="24"></rect>`)}
        ${bullet.ticks.map(
          (t, i) => svg`<text class="iv-tick" x=${x(t)} y="54" text-anchor="middle">${tickLabels[i]}</text>`,
        )}
      </svg>
      <p class="iv-bullet-text">${describeBullet(bullet, model, texts, status)}</p>
    </div>`;
  }

  private renderTable(d: Derived, title: string): TemplateResult {
    const { model, texts } = d;
    const hasTargets = model.targets.some(Boolean);
    const cell = (s: ChartSeries, i: number): string => {
      const p = s.points[i]!;
      if (p.value === null) return p.gap ? texts.dataMissing : '–';
      const text = formatValue(p.value, model.indicator, model.lang);
      if (!p.kind) return text;
      return `${text} (${(p.kind === 'forecast' ? texts.seriesForecast : texts.seriesPreliminary).toLocaleLowerCase(model.lang)})`;
    };
    // Cards on a narrow element (styles), still a table: the roles are written out because some
    // browsers drop a table's semantics once its display is changed.
    return html`<table class="iv-table" part="table" role="table">
      <caption>
        ${fill(texts.tableCaption, { title })}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${texts.tablePeriod}</th>
          ${model.series.map((s) => html`<th scope="col" role="columnheader">${s.label}</th>`)}
          ${hasTargets ? html`<th scope="col" role="columnheader">${texts.seriesTarget}</th>` : nothing}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${model.periods.map(
          (period, i) =>
            html`<tr role="row">
              <th scope="row" role="rowheader">${formatPeriod(period, model.lang)}</th>
              ${model.series.map((s) => html`<td role="cell" data-label=${s.label}>${cell(s, i)}</td>`)}
              ${
                hasTargets
                  ? html`<td role="cell" data-label=${texts.seriesTarget}>
                      ${model.targets[i] ? formatTargetText(model.targets[i], model, texts) : '–'}
                    </td>`
                  : nothing
              }
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

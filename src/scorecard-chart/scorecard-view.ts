/**
 * The scorecard (styrkort): a table of indicators with latest value, target, status, trend,
 * sparkline and kind, as of a follow-up report the reader picks, with what changed since the
 * report before. Each indicator's title opens its chart under the row.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { line } from 'd3-shape';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed, Indicator } from '../feed/generated/feed-types.js';
import { parsePeriod } from '../feed/period.js';
import { formatIndicatorValue, formatTarget } from '../core/indicator-model.js';
import { formatList, formatPeriod, formatPeriodInText } from '../core/format.js';
import { emit } from '../core/events.js';
import { linearScale } from '../core/scale.js';
import { pickText } from '../core/locale.js';
import { renderBadge, STATUS_ICONS, statusLabel } from '../core/status.js';
import { fill } from '../core/texts.js';
import type { ScorecardChartTextKey } from './scorecard-chart.texts.sv.js';
import {
  previousReport,
  reportChanges,
  reportFor,
  reportPeriods,
  scorecardRows,
  selectIndicators,
  type ReportChanges,
  type RowChange,
  type ScorecardRow,
  type ScorecardSelection,
  type SelectedIndicators,
  type SparkPoint,
  type Trend,
} from './scorecard-model.js';
import type { ScorecardViewHost } from './view-host.js';

export type { ScorecardSelection };

/** `detail` of `insyn-period-change`: the report now shown and the one shown before. */
export interface ScorecardPeriodChangeDetail {
  readonly period: string;
  readonly previous?: string;
}

/** Everything the table shows, computed once per feed, selection and report. */
interface ScorecardModel {
  readonly selected: SelectedIndicators;
  /** Newest first. */
  readonly reports: readonly string[];
  readonly report?: string;
  readonly previous?: string;
  readonly rows: readonly ScorecardRow[];
  readonly changes?: ReportChanges;
  /** The baseline every row shares, named once in the column header. */
  readonly sharedBaseline?: string;
}

const TREND_TEXT: Record<Trend, ScorecardChartTextKey> = {
  better: 'trendBetter',
  unchanged: 'trendUnchanged',
  worse: 'trendWorse',
  'no-data': 'trendNoData',
};

/*
 * Arrows follow the value; the word (and colour) say whether that is good, which depends on the
 * indicator. Each is one stroked path (the dash of "none" has no area to fill).
 */
const ARROWS = {
  up: 'M8 13.5V3M3.5 7.5 8 3l4.5 4.5',
  down: 'M8 2.5V13M3.5 8.5 8 13l4.5-4.5',
  flat: 'M2.5 8H13M8.5 3.5 13 8l-4.5 4.5',
  none: 'M4 8h8',
};

/** The sparkline's size, written out in its <svg> too (constants, not a binding per row). */
const SPARK = { width: 88, height: 24, pad: 3 };

function sparkPath(points: readonly SparkPoint[]): { d: string; last?: [number, number] } {
  const numbers = points.filter((p) => p.value !== null).map((p) => p.value as number);
  if (!numbers.length) return { d: '' };
  let low = numbers[0]!;
  let high = low;
  for (const n of numbers) [low, high] = [Math.min(low, n), Math.max(high, n)];
  const toX = linearScale([points[0]!.x, points[points.length - 1]!.x], [SPARK.pad, SPARK.width - SPARK.pad]);
  // A flat series sits in the middle rather than on an edge.
  const toY = linearScale([low, high], [SPARK.height - SPARK.pad, SPARK.pad], { flat: 'middle' });
  const x = (p: SparkPoint): number => toX(p.x);
  const y = (p: SparkPoint): number => toY(p.value as number);
  const d =
    line<SparkPoint>()
      .defined((p) => p.value !== null)
      .x(x)
      .y(y)(points) ?? '';
  const lastPoint = [...points].reverse().find((p) => p.value !== null)!;
  return { d, last: [x(lastPoint), y(lastPoint)] };
}

export class ScorecardView implements ReactiveController {
  private readonly open = new Set<string>();
  private cache?: { feed: Feed; key: string; model: ScorecardModel };

  constructor(private readonly host: ScorecardViewHost) {
    host.addController(this);
  }

  /**
   * Whether the table is wider than its region (measured): only then is the region a tab stop.
   * Assumed not until measured: most tables fit, and a wrong guess costs a second render.
   */
  private scrolls = false;
  private observer?: ResizeObserver;
  private observed?: HTMLElement;
  private measureFrame = 0;

  hostConnected(): void {}

  /**
   * Measures the table after each update, in the next frame (where the browser lays it out
   * anyway; reading its width here would force a layout of its own), and watches the element's
   * width through a probe of no height (observing the region itself would fire as an open row's
   * chart, which has its own observer, grows: a ResizeObserver loop error).
   */
  hostUpdated(): void {
    const probe = this.host.shadowRoot?.querySelector<HTMLElement>('.probe') ?? undefined;
    if (probe !== this.observed) {
      this.observer ??= new ResizeObserver(() => this.measureSoon());
      if (this.observed) this.observer.unobserve(this.observed);
      if (probe) this.observer.observe(probe);
      this.observed = probe;
    }
    this.measureSoon();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    cancelAnimationFrame(this.measureFrame);
  }

  /** In the next frame: never inside an update or inside the observers' loop. */
  private measureSoon(): void {
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = requestAnimationFrame(() => this.measure());
  }

  /** Whether the table is wider than its region; renders again when that changed. */
  private measure(): void {
    const region = this.host.shadowRoot?.querySelector<HTMLElement>('.scroll');
    if (!region) return;
    const scrolls = region.scrollWidth > region.clientWidth + 1;
    if (scrolls === this.scrolls) return;
    this.scrolls = scrolls;
    this.host.requestUpdate();
  }

  render(feed: Feed, selection: ScorecardSelection): TemplateResult {
    const t = this.host.viewTexts;
    const model = this.model(feed, selection);
    const { selected } = model;
    const name = this.selectionName(selected);
    if (selected.missing !== undefined) {
      const key = selected.by === 'goal' ? 'scorecardUnknownGoal' : 'scorecardUnknownOwner';
      return html`<p class="notice" part="notice">${fill(t[key], { id: selected.missing })}</p>`;
    }
    const unknown = selected.unknownIds.length
      ? html`<p class="notice" part="notice">
          ${fill(t.scorecardUnknownIds, { ids: formatList(selected.unknownIds, this.host.resolvedLang) })}
        </p>`
      : nothing;
    if (!model.rows.length) {
      const none = name ? fill(t.scorecardNoIndicatorsFor, { name }) : t.scorecardNoIndicators;
      return html`${unknown}
        <p class="notice" part="notice">${none}</p>`;
    }
    const caption = this.caption(model, name);
    const still = this.host.isStatic;
    // A tab stop only where there is something to scroll (not in the card layout).
    const region = !still && this.scrolls;
    const labels = this.columnLabels(model);
    // Below 40rem of width each row is a card (styles), still read as a table: a list would lose
    // what a table gives a screen reader (each value announced with its column header, moving
    // along a row or down a column). The roles are written out because some browsers drop a
    // table's semantics once its display is changed.
    // Static: no report switcher, and the table wraps instead of scrolling in a region with a tab stop.
    return html`<div class="scorecard" part="base">
      <div class="probe"></div>
      ${still ? nothing : this.renderSwitcher(model)} ${this.renderChangeSummary(model)} ${unknown}
      <div
        class=${still ? 'scroll scroll--static' : 'scroll'}
        role=${ifDefined(region ? 'region' : undefined)}
        tabindex=${ifDefined(region ? 0 : undefined)}
        aria-label=${region ? fill(t.scorecardScroll, { caption }) : nothing}
      >
        <table part="table" role="table">
          <caption>
            <span class="caption plain-hidden">${caption}</span>
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${t.columnIndicator}</th>
              ${labels.map((label) => html`<th scope="col" role="columnheader">${label}</th>`)}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${model.rows.map((row, index) => this.renderRow(feed, model, row, index, labels))}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  /* ---- Model ------------------------------------------------------------------------------ */

  private model(feed: Feed, selection: ScorecardSelection): ScorecardModel {
    const requested = this.host.period;
    const key = JSON.stringify([selection.goal, selection.owner, selection.indicators, requested]);
    if (this.cache?.feed === feed && this.cache.key === key) return this.cache.model;
    const selected = selectIndicators(feed, selection);
    const reports = reportPeriods(selected.indicators);
    // A report the data has no values for (yet) is still a valid "as of"; an unparseable one is ignored.
    const asked = requested !== undefined && parsePeriod(requested) ? requested : undefined;
    const report = asked === undefined ? reports[0] : reportFor(reports, asked);
    const rows = scorecardRows(selected.indicators, report);
    const previous = report === undefined ? undefined : previousReport(reports, report);
    const changes =
      previous === undefined ? undefined : reportChanges(scorecardRows(selected.indicators, previous), rows);
    const baselines = new Set(rows.map((row) => row.indicator.baseline));
    const sharedBaseline = baselines.size === 1 ? [...baselines][0] : undefined;
    const model = { selected, reports, report, previous, rows, changes, sharedBaseline };
    this.cache = { feed, key, model };
    return model;
  }

  private selectionName(selected: SelectedIndicators): string | undefined {
    const lang = this.host.resolvedLang;
    if (selected.goal) return pickText(selected.goal.title, lang);
    if (selected.by === 'owner') return selected.owner ? pickText(selected.owner.name, lang) : undefined;
    return undefined;
  }

  /** A period on its own, as in the report switcher: "Halvår 1 2026". */
  private period(period: string): string {
    return formatPeriod(period, this.host.resolvedLang);
  }

  /** A period in running text: "Sedan halvår 1 2026", "Styrkort: alla indikatorer, tertial 2 2026". */
  private inText(period: string): string {
    return formatPeriodInText(period, this.host.resolvedLang);
  }

  private caption(model: ScorecardModel, name: string | undefined): string {
    const t = this.host.viewTexts;
    const key =
      model.selected.by === 'goal'
        ? 'scorecardCaptionGoal'
        : model.selected.by === 'owner' && name
          ? 'scorecardCaptionOwner'
          : model.selected.by === 'all'
            ? 'scorecardCaptionAll'
            : 'scorecardCaptionSelected'; // ids, or an owner named only by indicators
    const values = { title: name ?? '', name: name ?? '' };
    // No values at all: there is no report to name.
    if (model.report === undefined) return fill(t[key].replace(/,?\s*\{report\}/, ''), values);
    return fill(t[key], { ...values, report: this.inText(model.report) });
  }

  /* ---- Handlers --------------------------------------------------------------------------- */

  private handleReport(event: Event, model: ScorecardModel): void {
    const period = (event.target as HTMLSelectElement).value;
    const previous = model.report;
    if (period === previous) return;
    this.host.period = period;
    this.host.requestUpdate();
    emit(this.host, 'insyn-period-change', { period, previous });
  }

  /** One handler for every row's button (no closure per row): the row is the button's data-id. */
  private readonly handleToggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id === undefined) return;
    if (!this.open.delete(id)) this.open.add(id);
    this.host.requestUpdate();
  };

  /* ---- Parts ------------------------------------------------------------------------------ */

  private renderSwitcher(model: ScorecardModel): TemplateResult | typeof nothing {
    const t = this.host.viewTexts;
    const reports = [...model.reports];
    if (model.report !== undefined && !reports.includes(model.report)) reports.unshift(model.report);
    if (reports.length < 2) return nothing;
    return html`<p class="switcher">
      <label for="report">${t.reportLabel}</label>
      <select id="report" @change=${(event: Event) => this.handleReport(event, model)}>
        ${reports.map(
          (period) =>
            html`<option value=${period} .selected=${period === model.report}>
              ${period === model.reports[0] ? fill(t.reportLatest, { period: this.period(period) }) : this.period(period)}
            </option>`,
        )}
      </select>
    </p>`;
  }

  /** Always in the page, so the summary is announced when the report changes. */
  private renderChangeSummary(model: ScorecardModel): TemplateResult {
    const t = this.host.viewTexts;
    const { changes, previous } = model;
    let text = '';
    if (changes && previous !== undefined) {
      const period = this.inText(previous);
      const parts: string[] = [];
      const count = (n: number, one: ScorecardChartTextKey, other: ScorecardChartTextKey): void => {
        if (n) parts.push(fill(n === 1 ? t[one] : t[other], { count: n }));
      };
      count(changes.statusChanged, 'reportStatusOne', 'reportStatusOther');
      count(changes.newData, 'reportNewDataOne', 'reportNewDataOther');
      text = parts.length
        ? fill(t.reportChanges, { period, changes: formatList(parts, this.host.resolvedLang) })
        : fill(t.reportNoChanges, { period });
    }
    return html`<p class="changes" role="status">${text}</p>`;
  }

  /** The headers of the columns after the indicator's; in the card layout each cell shows its own. */
  private columnLabels(model: ScorecardModel): string[] {
    const t = this.host.viewTexts;
    const trend = model.sharedBaseline
      ? fill(t.columnTrendSince, { period: this.inText(model.sharedBaseline) })
      : t.columnTrend;
    const labels = [t.columnValue, t.columnTarget, t.columnStatus, trend];
    if (model.changes) labels.push(fill(t.columnChange, { period: this.inText(model.previous!) }));
    return labels;
  }

  /**
   * One row as one template with its cells written out: a scorecard draws 60 or more rows, and
   * every nested template, closure and element per row adds up (`npm run bench -- --only scorecard`).
   */
  private renderRow(
    feed: Feed,
    model: ScorecardModel,
    row: ScorecardRow,
    index: number,
    labels: readonly string[],
  ): TemplateResult {
    const t = this.host.viewTexts;
    const lang = this.host.resolvedLang;
    const { indicator } = row;
    // Static: the title as text, no row opens (a chart per row would swamp a printed page).
    const still = this.host.isStatic;
    const open = !still && this.open.has(row.id);
    const detailId = `scorecard-detail-${index}`;
    const columns = model.changes ? 6 : 5;
    const title = pickText(indicator.title, lang);
    // data-label: the column's header, shown above the value in the card layout (CSS, hidden from
    // assistive technology, which has the real header). The chevron is the button's ::before.
    return html`<tr class="row" role="row">
        <th scope="row" role="rowheader">
          ${
            still
              ? html`<span class="title">${title}</span>`
              : html`<button
                  class="toggle"
                  data-id=${row.id}
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls=${open ? detailId : nothing}
                  @click=${this.handleToggle}
                >
                  ${title}
                </button>`
          }
          ${
            row.kind
              ? html`<span class="muted kind">
                  ${row.kind === 'place' ? t.kindPlace : t.kindOrganization}
                </span>`
              : nothing
          }
        </th>
        <td role="cell" data-label=${labels[0]!}>${this.renderValue(row)}</td>
        <td role="cell" data-label=${labels[1]!}>${this.renderTarget(row)}</td>
        <td role="cell" data-label=${labels[2]!}>${this.renderRowStatus(row)}</td>
        <td role="cell" data-label=${labels[3]!}>${this.renderTrend(row, model)}</td>
        ${
          model.changes
            ? html`<td role="cell" data-label=${labels[4]!}>
                ${this.renderChange(model.changes.rows.get(row.id))}
              </td>`
            : nothing
        }
      </tr>
      ${
        open
          ? html`<tr class="detail" role="row">
              <td role="cell" colspan=${columns} id=${detailId}>
                <div class="detail__body">${this.host.renderIndicatorChart(feed, indicator)}</div>
              </td>
            </tr>`
          : nothing
      }`;
  }

  private value(value: number, indicator: Indicator): string {
    return formatIndicatorValue(value, indicator, this.host.resolvedLang);
  }

  private renderValue(row: ScorecardRow): TemplateResult | string {
    const t = this.host.viewTexts;
    if (!row.latest) return html`<span class="muted">${t.statusNoData}</span>`;
    const period = formatPeriod(row.latest.period, this.host.resolvedLang, 'short');
    return html`<span class="value">${this.value(row.latest.value, row.indicator)}</span>
      <span class="muted"
        >${period}${row.latest.kind === 'preliminary' ? `, ${t.scorecardPreliminary}` : ''}</span
      >`;
  }

  private renderTarget(row: ScorecardRow): TemplateResult | string {
    const t = this.host.viewTexts;
    const lang = this.host.resolvedLang;
    if (!row.target) return html`<span class="muted">${t.scorecardNoTarget}</span>`;
    const words = { atLeast: t.scorecardAtLeast, atMost: t.scorecardAtMost };
    const text = formatTarget(row.target, row.indicator, lang, words);
    // A year's target read against a tertial's value: say whose target it is.
    return row.target.period === row.latest?.period
      ? text
      : html`${text} <span class="muted">${formatPeriod(row.target.period, lang, 'short')}</span>`;
  }

  /** "Uppgift saknas" would be untrue for a value without a target. */
  private statusWord(row: ScorecardRow): string {
    const t = this.host.viewTexts;
    return row.reason === 'no-target' ? t.scorecardNoComparison : statusLabel(row.status, t);
  }

  private renderRowStatus(row: ScorecardRow): TemplateResult {
    return renderBadge(row.status, STATUS_ICONS[row.status], this.statusWord(row));
  }

  private renderTrend(row: ScorecardRow, model: ScorecardModel): TemplateResult {
    const t = this.host.viewTexts;
    const base = row.baseline;
    const since = !base
      ? ''
      : base.from === 'first'
        ? fill(t.trendSinceFirst, {
            period: this.inText(base.period),
            value: this.value(base.value, row.indicator),
          })
        : !model.sharedBaseline
          ? fill(t.trendSince, {
              period: this.inText(base.period),
              value: this.value(base.value, row.indicator),
            })
          : `${formatPeriod(base.period, this.host.resolvedLang, 'short')}: ${this.value(base.value, row.indicator)}`;
    const spark = row.sparkline.length ? sparkPath(row.sparkline) : undefined;
    return html`<span class="trend trend--${row.trend}"
        ><svg class="trend__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d=${ARROWS[row.movement ?? 'none']}
            fill="none"
            stroke="currentColor"
            stroke-width="1.8"
          /></svg
        >${t[TREND_TEXT[row.trend]]}</span
      >
      ${since ? html`<span class="muted">${since}</span>` : nothing}${
        spark?.last
          ? html`<svg class="spark" viewBox="0 0 88 24" width="88" height="24" aria-hidden="true">
              <path d=${spark.d} />
              <circle cx=${spark.last[0]} cy=${spark.last[1]} r="2.2" />
            </svg>`
          : nothing
      }`;
  }

  private renderChange(change: RowChange | undefined): TemplateResult | string {
    const t = this.host.viewTexts;
    if (!change) return '–';
    const { before, after } = change;
    const parts: string[] = [];
    if (change.newData && after.latest) {
      const now = this.value(after.latest.value, after.indicator);
      parts.push(
        before.latest
          ? `${this.value(before.latest.value, before.indicator)} → ${now}`
          : `${t.reportFirstValue}: ${now}`,
      );
    }
    if (change.statusChanged) parts.push(`${this.statusWord(before)} → ${this.statusWord(after)}`);
    // One template whichever changed (at most two lines), not one per line and one around them.
    if (parts.length === 2)
      return html`<span class="change">${parts[0]}</span> <span class="change">${parts[1]}</span> `;
    if (parts.length === 1) return html`<span class="change">${parts[0]}</span> `;
    return html`<span class="muted">${t.reportNoNewValue}</span>`;
  }
}

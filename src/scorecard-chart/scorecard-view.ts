/**
 * The scorecard (styrkort): a table of indicators with latest value, target, status, trend,
 * sparkline and kind, as of a follow-up report the reader picks, with what changed since the
 * report before. Each indicator's title opens its chart under the row.
 */
import { html, nothing, svg, type ReactiveController, type TemplateResult } from 'lit';
import { line } from 'd3-shape';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed, Indicator } from '../feed/generated/feed-types.js';
import { parsePeriod } from '../feed/period.js';
import { formatIndicatorValue, formatTarget } from '../core/indicator-model.js';
import { formatList, formatPeriod } from '../core/format.js';
import { pickText } from '../core/locale.js';
import { renderBadge, STATUS_ICONS, statusLabel } from '../core/status.js';
import { fill } from '../core/texts.js';
import type { ScorecardChartTextKey } from './scorecard-chart.texts.js';
import {
  previousReport,
  reportChanges,
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

/* Arrows follow the value; the word (and colour) say whether that is good, which depends on the indicator. */
const ARROWS = {
  up: svg`<path d="M8 13.5V3M3.5 7.5 8 3l4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  down: svg`<path d="M8 2.5V13M3.5 8.5 8 13l4.5-4.5" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  flat: svg`<path d="M2.5 8H13M8.5 3.5 13 8l-4.5 4.5" fill="none" stroke="currentColor" stroke-width="1.8"/>`,
  none: svg`<path d="M4 8h8" stroke="currentColor" stroke-width="1.8"/>`,
};

const SPARK = { width: 88, height: 24, pad: 3 };

function sparkPath(points: readonly SparkPoint[]): { d: string; last?: [number, number] } {
  const numbers = points.filter((p) => p.value !== null).map((p) => p.value as number);
  if (!numbers.length) return { d: '' };
  const x0 = points[0]!.x;
  const xSpan = points[points.length - 1]!.x - x0 || 1;
  let low = numbers[0]!;
  let high = low;
  for (const n of numbers) [low, high] = [Math.min(low, n), Math.max(high, n)];
  const ySpan = high - low;
  const x = (p: SparkPoint): number => SPARK.pad + ((p.x - x0) / xSpan) * (SPARK.width - 2 * SPARK.pad);
  // A flat series sits in the middle rather than on an edge.
  const y = (p: SparkPoint): number =>
    ySpan
      ? SPARK.pad + (1 - ((p.value as number) - low) / ySpan) * (SPARK.height - 2 * SPARK.pad)
      : SPARK.height / 2;
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

  hostConnected(): void {}

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
    // Static: no report switcher, and the table wraps instead of scrolling in a region with a tab stop.
    return html`<div class="scorecard" part="base">
      ${still ? nothing : this.renderSwitcher(model)} ${this.renderChangeSummary(model)} ${unknown}
      <div
        class=${still ? 'scroll scroll--static' : 'scroll'}
        role=${ifDefined(still ? undefined : 'region')}
        tabindex=${ifDefined(still ? undefined : 0)}
        aria-label=${still ? nothing : fill(t.scorecardScroll, { caption })}
      >
        <table part="table">
          <caption>
            <span class="caption plain-hidden">${caption}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.columnIndicator}</th>
              <th scope="col">${t.columnValue}</th>
              <th scope="col">${t.columnTarget}</th>
              <th scope="col">${t.columnStatus}</th>
              <th scope="col">
                ${
                  model.sharedBaseline
                    ? fill(t.columnTrendSince, { period: this.period(model.sharedBaseline) })
                    : t.columnTrend
                }
              </th>
              ${
                model.changes
                  ? html`<th scope="col">
                      ${fill(t.columnChange, { period: this.period(model.previous!) })}
                    </th>`
                  : nothing
              }
            </tr>
          </thead>
          <tbody>
            ${model.rows.map((row, index) => this.renderRow(feed, model, row, index))}
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
    const report = asked ?? reports[0];
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

  private period(period: string): string {
    return formatPeriod(period, this.host.resolvedLang);
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
    return fill(t[key], { ...values, report: this.period(model.report) });
  }

  /* ---- Handlers --------------------------------------------------------------------------- */

  private handleReport(event: Event, model: ScorecardModel): void {
    const period = (event.target as HTMLSelectElement).value;
    const previous = model.report;
    if (period === previous) return;
    this.host.period = period;
    this.host.requestUpdate();
    this.host.dispatchEvent(
      new CustomEvent<ScorecardPeriodChangeDetail>('insyn-period-change', {
        detail: { period, previous },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private toggle(id: string): void {
    if (!this.open.delete(id)) this.open.add(id);
    this.host.requestUpdate();
  }

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
      const period = this.period(previous);
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

  private renderRow(feed: Feed, model: ScorecardModel, row: ScorecardRow, index: number): TemplateResult {
    const t = this.host.viewTexts;
    const lang = this.host.resolvedLang;
    const { indicator } = row;
    // Static: the title as text, no row opens (a chart per row would swamp a printed page).
    const still = this.host.isStatic;
    const open = !still && this.open.has(row.id);
    const detailId = `scorecard-detail-${index}`;
    const columns = model.changes ? 6 : 5;
    const change = model.changes?.rows.get(row.id);
    const title = pickText(indicator.title, lang);
    return html`<tr class="row">
        <th scope="row">
          ${
            still
              ? html`<span class="title">${title}</span>`
              : html`<button
                  class="toggle"
                  aria-expanded=${open ? 'true' : 'false'}
                  aria-controls=${open ? detailId : nothing}
                  @click=${() => this.toggle(row.id)}
                >
                  <span class="toggle__icon" aria-hidden="true"></span>
                  <span>${title}</span>
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
        <td>${this.renderValue(row)}</td>
        <td>${this.renderTarget(row)}</td>
        <td>${this.renderRowStatus(row)}</td>
        <td>${this.renderTrend(row, model)}</td>
        ${model.changes ? html`<td>${this.renderChange(change)}</td>` : nothing}
      </tr>
      ${
        open
          ? html`<tr class="detail">
              <td colspan=${columns} id=${detailId}>
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
    const since =
      row.baseline && !model.sharedBaseline
        ? fill(t.trendSince, {
            period: this.period(row.baseline.period),
            value: this.value(row.baseline.value, row.indicator),
          })
        : row.baseline
          ? `${formatPeriod(row.baseline.period, this.host.resolvedLang, 'short')}: ${this.value(row.baseline.value, row.indicator)}`
          : '';
    const spark = row.sparkline.length ? sparkPath(row.sparkline) : undefined;
    return html`<span class="trend trend--${row.trend}"
        ><svg class="trend__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          ${ARROWS[row.movement ?? 'none']}</svg
        ><span>${t[TREND_TEXT[row.trend]]}</span></span
      >
      ${since ? html`<span class="muted">${since}</span>` : nothing}${
        spark?.last
          ? html`<svg
              class="spark"
              viewBox="0 0 ${SPARK.width} ${SPARK.height}"
              width=${SPARK.width}
              height=${SPARK.height}
              aria-hidden="true"
            >
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
    const parts: TemplateResult[] = [];
    if (change.newData && after.latest) {
      const now = this.value(after.latest.value, after.indicator);
      parts.push(
        html`<span class="change"
          >${
            before.latest
              ? `${this.value(before.latest.value, before.indicator)} → ${now}`
              : `${t.reportFirstValue}: ${now}`
          }</span
        >`,
      );
    }
    if (change.statusChanged)
      parts.push(html`<span class="change">${this.statusWord(before)} → ${this.statusWord(after)}</span>`);
    return parts.length
      ? html`${parts.map((part) => html`${part} `)}`
      : html`<span class="muted">${t.reportNoNewValue}</span>`;
  }
}

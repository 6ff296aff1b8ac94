import { adoptStyles, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, Indicator } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { lazyModule } from '../core/lazy-module.js';
import { lazyTexts, type LazyTexts } from '../core/lazy-texts.js';
import { fill, type TextSet } from '../core/texts.js';
import type { IndicatorView } from './indicator-view.js';
import type { ScorecardView } from './scorecard-view.js';
import type { ScorecardChartTextKey } from './scorecard-chart.texts.sv.js';
import { scorecardChartStyles } from './scorecard-chart.styles.js';
import type { DatumFocusDetail } from './indicator-view.js';
import type { ScorecardPeriodChangeDetail } from './scorecard-view.js';
import type { ScorecardViewHost } from './view-host.js';

declare global {
  interface HTMLElementEventMap {
    'insyn-period-change': CustomEvent<ScorecardPeriodChangeDetail>;
    'insyn-datum-focus': CustomEvent<DatumFocusDetail>;
  }
}

/*
 * Each view (with its styles) is a chunk of its own, fetched alongside the feed
 * as <contact-card>'s card is (decision 0004): a page with one chart does not load the table,
 * and a scorecard loads the chart only when a reader opens a row.
 */
const scorecardChunk = lazyModule(() => import('./scorecard-view.lazy.js'));
const indicatorChunk = lazyModule(() => import('./indicator-view.lazy.js'));
/** The element's words (both views'), one chunk per language: a page fetches the one it speaks. */
const scorecardChartTexts = lazyTexts<ScorecardChartTextKey>({
  sv: () => import('./scorecard-chart.texts.sv.js').then((m) => m.SCORECARD_CHART_TEXTS_SV),
  en: () => import('./scorecard-chart.texts.en.js').then((m) => m.SCORECARD_CHART_TEXTS_EN),
});

/** The ids in a space-separated attribute value, without empties and duplicates. */
function idList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return [...new Set(value.split(/\s+/).filter(Boolean))];
}

/**
 * Indicators against their targets, over time and compared with others. Without `indicator`
 * it shows a scorecard (styrkort): one row per indicator of a goal, a committee or the whole
 * feed. With `indicator` it shows that indicator's chart, bullet chart, summary and table.
 *
 * @tagname scorecard-chart
 * @summary Indicators against their targets, over time and compared with others.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @event insyn-datum-focus - A data point got keyboard focus. `detail: { indicator, series, period, value }`.
 * @event insyn-period-change - The reader switched follow-up report. `detail: { period, previous }`.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no indicators.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @csspart base - The scorecard (report switcher, table, what changed).
 * @csspart table - The scorecard's table, and an indicator's data table.
 * @csspart chart - An indicator's chart (title, summary, plot, legend, bullet chart).
 * @csspart status - A status (icon and word) in the table and under a chart.
 * @cssprop --insyn-scorecard-chart-min-height - Space reserved for the element (default 14rem).
 * @cssprop --insyn-scorecard-chart-total - Colour of the total series (default: the accent).
 * @cssprop --insyn-scorecard-chart-women - Colour of the women series.
 * @cssprop --insyn-scorecard-chart-men - Colour of the men series.
 * @cssprop --insyn-scorecard-chart-comparison - Colour of the first comparison series.
 * @cssprop --insyn-scorecard-chart-target - Colour of the target line and band.
 * @attr {boolean} plain - No title line and no frame: the scorecard's caption and the chart's
 * title are visually hidden (they still name the table and the figure for screen readers).
 * @attr {boolean} static - For print and PDF: no report switcher, indicator titles as text (no
 * row opens), no tab stops; a chart's plot is a picture only, without buttons, and its data table
 * is always shown.
 * @attr {boolean} compact - Tighter table cells and slightly smaller type, for sidebars.
 */
export class ScorecardChart extends InsynElement<ScorecardChartTextKey> implements ScorecardViewHost {
  static override styles = [...InsynElement.styles, scorecardChartStyles];

  /** Show the indicators this goal links (and, through its sub-goals, theirs). */
  @property({ reflect: true }) goal?: string;

  /** Show the indicators this organisational unit (a committee, `organization.units[].id`) owns. */
  @property({ reflect: true }) owner?: string;

  /** Show these indicators, in this order: space-separated ids. */
  @property({ reflect: true }) indicators?: string;

  /** Show one indicator's chart instead of a scorecard. */
  @property({ reflect: true }) indicator?: string;

  /** The follow-up report (a period such as `2026-T2`) to show values as of; the latest when unset. */
  @property({ reflect: true }) period?: string;

  /** The level of the element's headings, 1–6 (default 2); sub-headings use the next level. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  protected static override readonly unavailable = {
    sv: 'Nyckeltalen kan inte visas just nu.',
    en: 'The indicators cannot be shown right now.',
  };

  /** A goal's scorecard needs the goals to find its indicators; any other view only names goals. */
  get feedSections(): readonly FeedSection[] {
    return this.goal ? ['organization', 'indicators', 'goals'] : ['organization', 'indicators'];
  }

  override get optionalSections(): readonly FeedSection[] {
    return this.goal ? [] : ['goals'];
  }

  private scorecardView?: ScorecardView;
  private indicatorView?: IndicatorView;

  get viewTexts(): TextSet<ScorecardChartTextKey> {
    return this.t;
  }

  loadCheck(): Promise<SectionCheck> {
    return Promise.all([import('../feed/sections/goals.js'), this.loadView(), this.loadOwnTexts()]).then(
      ([m]) => m.check,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch the view and the feed check while the feed loads, not after it.
    this.loadCheck().catch(() => undefined);
  }

  protected override ownTexts(): LazyTexts<ScorecardChartTextKey> {
    return scorecardChartTexts;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.indicators?.length;
  }

  protected renderReady(feed: Feed): TemplateResult {
    if (this.indicator !== undefined) {
      const indicator = feed.indicators?.find((candidate) => candidate.id === this.indicator);
      if (!indicator)
        return html`<p part="notice">${fill(this.t.unknownIndicator, { id: this.indicator })}</p>`;
      return this.indicatorView?.render(feed, indicator) ?? this.renderViewLoading();
    }
    return (
      this.scorecardView?.render(feed, {
        goal: this.goal,
        owner: this.owner,
        indicators: idList(this.indicators),
      }) ?? this.renderViewLoading()
    );
  }

  renderIndicatorChart(feed: Feed, indicator: Indicator): TemplateResult {
    return this.indicatorView?.render(feed, indicator, { embedded: true }) ?? this.renderViewLoading(true);
  }

  /**
   * Shown only when the view a reader asks for after the first render (a row opened, or
   * `indicator` set later) is still on its way; the first view always arrives with the feed.
   */
  private renderViewLoading(chart = this.indicator !== undefined): TemplateResult {
    this.loadView(chart).catch((error: unknown) => console.error('[insyn] <scorecard-chart>', error));
    return html`<p class="loading" part="loading" role="status">${this.t.loading}</p>`;
  }

  /** Fetches the view the element needs now (the chart, or the table) and attaches it. */
  private loadView(chart = this.indicator !== undefined): Promise<void> {
    if (chart) {
      if (this.indicatorView) return Promise.resolve();
      return indicatorChunk.load().then((m) => {
        this.indicatorView ??= new m.IndicatorView(this);
        this.adoptViewStyles();
      });
    }
    if (this.scorecardView) return Promise.resolve();
    return scorecardChunk.load().then((m) => {
      this.scorecardView ??= new m.ScorecardView(this);
      this.adoptViewStyles();
    });
  }

  /** The loaded views' styles; constructable stylesheets pass a strict CSP. */
  private adoptViewStyles(): void {
    adoptStyles(this.renderRoot as ShadowRoot, [
      ...ScorecardChart.elementStyles,
      ...(this.scorecardView && scorecardChunk.module ? [scorecardChunk.module.styles] : []),
      ...(this.indicatorView && indicatorChunk.module ? [indicatorChunk.module.styles] : []),
    ]);
    // While the feed loads, the loading state shows no view: the feed's arrival renders it.
    if (this.feedController.state.kind !== 'loading') this.requestUpdate();
  }
}

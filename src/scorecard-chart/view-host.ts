/**
 * What the lazily loaded views of <scorecard-chart> need from the element. The views are
 * Lit reactive controllers (they keep their own state: focused data point, open rows,
 * chosen report) and render into the element's shadow root through the element's render().
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lang } from '../core/locale.js';
import type { TextSet } from '../core/texts.js';
import type { Feed, Indicator } from '../feed/generated/feed-types.js';
import type { ScorecardChartTextKey } from './scorecard-chart.texts.sv.js';

export interface ScorecardViewHost extends ReactiveControllerHost, HTMLElement {
  /** sv or en: from `lang` on the element or the nearest ancestor. */
  readonly resolvedLang: Lang;
  /** Every string, with the page's overrides applied. */
  readonly viewTexts: TextSet<ScorecardChartTextKey>;
  /** Level of the element's own headings (1–6); sub-headings use the next level. */
  readonly headingLevel: number;
  /** The `static` embed option: no controls or tab stops; the data table shown (print, PDF). */
  readonly isStatic: boolean;
  /**
   * The follow-up report (a period, e.g. "2026-T2") the scorecard shows values as of;
   * undefined for the latest. The scorecard view sets it when a reader switches reports.
   */
  period?: string;
  /** The indicator chart for one indicator, e.g. inside an opened scorecard row. */
  renderIndicatorChart(feed: Feed, indicator: Indicator): TemplateResult;
}

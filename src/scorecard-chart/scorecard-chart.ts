import { html, type TemplateResult } from 'lit';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { scorecardChartStyles } from './scorecard-chart.styles.js';

const TEXTS = {
  sv: { summary: '{count} indikatorer från {organization}.' },
  en: { summary: '{count} indicators from {organization}.' },
} as const;

type ScorecardChartTextKey = keyof (typeof TEXTS)['sv'];

/**
 * Indicators against their targets, over time and compared with others.
 *
 * @tagname scorecard-chart
 * @summary Indicators against their targets, over time and compared with others.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no indicators.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-scorecard-chart-min-height - Space reserved for the element (default 14rem).
 */
export class ScorecardChart extends InsynElement<ScorecardChartTextKey> {
  static override styles = [...InsynElement.styles, scorecardChartStyles];

  readonly feedSections: readonly FeedSection[] = ['organization', 'goals', 'indicators'];

  loadCheck(): Promise<SectionCheck> {
    return import('../feed/sections/goals.js').then((m) => m.check);
  }

  protected override ownTexts(): Readonly<Record<Lang, Readonly<Record<ScorecardChartTextKey, string>>>> {
    return TEXTS;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.indicators?.length;
  }

  protected renderReady(feed: Feed): TemplateResult {
    return html`<p part="base">
      ${fill(this.t.summary, { count: feed.indicators?.length ?? 0, organization: pickText(feed.organization?.name, this.resolvedLang) })}
    </p>`;
  }
}

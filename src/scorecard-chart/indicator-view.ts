/**
 * One indicator over time: a line or bar chart with its target, comparison series and gender
 * breakdown, a bullet chart of the latest value, a summary in words and the data as a table.
 * PLACEHOLDER — being built (issue 4).
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { Feed, Indicator } from '../feed/generated/feed-types.js';
import { pickText } from '../core/locale.js';
import type { ScorecardViewHost } from './view-host.js';

export class IndicatorView implements ReactiveController {
  constructor(private readonly host: ScorecardViewHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** `embedded`: inside a scorecard row (smaller heading, no own title). */
  render(feed: Feed, indicator: Indicator, options: { embedded?: boolean } = {}): TemplateResult {
    void feed;
    void options;
    return html`<p>${pickText(indicator.title, this.host.resolvedLang)}</p>`;
  }
}

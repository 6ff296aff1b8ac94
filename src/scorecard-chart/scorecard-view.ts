/**
 * The scorecard (styrkort): a table of indicators with latest value, target, status, trend,
 * sparkline and kind. PLACEHOLDER — being built (issue 4).
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { Feed } from '../feed/generated/feed-types.js';
import { fill } from '../core/texts.js';
import type { ScorecardViewHost } from './view-host.js';

/** Which indicators the scorecard shows; from the element's attributes. */
export interface ScorecardSelection {
  readonly goal?: string;
  readonly owner?: string;
  /** Indicator ids, in the order given. */
  readonly indicators?: readonly string[];
}

export class ScorecardView implements ReactiveController {
  constructor(private readonly host: ScorecardViewHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(feed: Feed, selection: ScorecardSelection): TemplateResult {
    void selection;
    return html`<p>
      ${fill(this.host.viewTexts.scorecardCaption, { count: feed.indicators?.length ?? 0 })}
    </p>`;
  }
}

import { html, type TemplateResult } from 'lit';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import type { Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { feedbackPromptStyles } from './feedback-prompt.styles.js';

const TEXTS = {
  sv: { summary: 'Hjälpte informationen på den här sidan dig?' },
  en: { summary: 'Did the information on this page help you?' },
} as const;

type FeedbackPromptTextKey = keyof (typeof TEXTS)['sv'];

/**
 * "Did the information on this page help you?", answered yes or no, with an optional comment.
 *
 * @tagname feedback-prompt
 * @summary "Did the information on this page help you?", answered yes or no, with an optional comment.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no feedback settings.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-feedback-prompt-min-height - Space reserved for the element (default 6rem).
 */
export class FeedbackPrompt extends InsynElement<FeedbackPromptTextKey> {
  static override styles = [...InsynElement.styles, feedbackPromptStyles];

  readonly feedSections: readonly FeedSection[] = ['organization', 'feedback'];

  loadCheck(): Promise<SectionCheck> {
    return import('../feed/sections/feedback.js').then((m) => m.check);
  }

  protected override ownTexts(): Readonly<Record<Lang, Readonly<Record<FeedbackPromptTextKey, string>>>> {
    return TEXTS;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.feedback;
  }

  protected renderReady(_feed: Feed): TemplateResult {
    return html`<p part="base">${fill(this.t.summary, {})}</p>`;
  }
}

import { html, type TemplateResult } from 'lit';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { goalTreeStyles } from './goal-tree.styles.js';

const TEXTS = {
  sv: { summary: '{count} mål och åtaganden från {organization}.' },
  en: { summary: '{count} goals and commitments from {organization}.' },
} as const;

type GoalTreeTextKey = keyof (typeof TEXTS)['sv'];

/**
 * The red thread from the vision to the units' activities.
 *
 * @tagname goal-tree
 * @summary The goal hierarchy: vision → strategic and process goals → commitments → activities.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no goals.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-goal-tree-min-height - Space reserved while loading (default 12rem).
 */
export class GoalTree extends InsynElement<GoalTreeTextKey> {
  static override styles = [...InsynElement.styles, goalTreeStyles];

  readonly feedSections: readonly FeedSection[] = ['organization', 'goals', 'indicators'];

  loadCheck(): Promise<SectionCheck> {
    return import('../feed/sections/goals.js').then((m) => m.check);
  }

  protected override ownTexts(): Readonly<Record<Lang, Readonly<Record<GoalTreeTextKey, string>>>> {
    return TEXTS;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.goals?.length;
  }

  protected renderReady(feed: Feed): TemplateResult {
    const organization = pickText(feed.organization?.name, this.resolvedLang);
    return html`<p part="base">${fill(this.t.summary, { count: feed.goals?.length ?? 0, organization })}</p>`;
  }
}

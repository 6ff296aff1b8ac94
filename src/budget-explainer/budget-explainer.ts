import { html, type TemplateResult } from 'lit';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { formatList } from '../core/format.js';
import type { Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { budgetExplainerStyles } from './budget-explainer.styles.js';

const TEXTS = {
  sv: { summary: 'Budget och utfall för {years}.' },
  en: { summary: 'Budget and outcome for {years}.' },
} as const;

type BudgetExplainerTextKey = keyof (typeof TEXTS)['sv'];

/**
 * Where the money comes from, where it goes, and what a resident's own tax pays for.
 *
 * @tagname budget-explainer
 * @summary Where the money comes from, where it goes, and what a resident's own tax pays for.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no budget.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-budget-explainer-min-height - Space reserved for the element (default 16rem).
 */
export class BudgetExplainer extends InsynElement<BudgetExplainerTextKey> {
  static override styles = [...InsynElement.styles, budgetExplainerStyles];

  readonly feedSections: readonly FeedSection[] = ['organization', 'budget', 'goals', 'indicators'];

  loadCheck(): Promise<SectionCheck> {
    return import('../feed/sections/budget.js').then((m) => m.check);
  }

  protected override ownTexts(): Readonly<Record<Lang, Readonly<Record<BudgetExplainerTextKey, string>>>> {
    return TEXTS;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.budget?.years.length;
  }

  protected renderReady(feed: Feed): TemplateResult {
    return html`<p part="base">
      ${fill(this.t.summary, {
        years: formatList(
          (feed.budget?.years ?? []).map((y) => String(y.year)).filter((y, i, all) => all.indexOf(y) === i),
          this.resolvedLang,
        ),
      })}
    </p>`;
  }
}

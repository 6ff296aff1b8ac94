/**
 * Static fallback HTML from a feed: what a CMS pastes inside a tag, so readers see the content
 * before the element upgrades, without JavaScript, and when the feed fails (docs/fallback.md).
 * `insyn fallback feed.json --element contact-card` is the command-line face of this module.
 *
 * Pure and DOM-free: the elements' own models, texts and formats (Intl), written out by a small
 * builder that escapes every text and attribute value and writes only http(s), mailto:, tel: and
 * same-site links. The output depends on the feed and the options alone (no clock, no random
 * ids), so regenerating an unchanged feed gives the same bytes.
 */
import type { Feed } from '../feed/generated/feed-types.js';
import { budgetExplainerFallback } from './budget-explainer.js';
import { contactCardFallback } from './contact-card.js';
import { feedbackPromptFallback } from './feedback-prompt.js';
import { goalTreeFallback } from './goal-tree.js';
import { serialize, type HtmlNode } from './html.js';
import {
  FALLBACK_ELEMENTS,
  FALLBACK_SECTIONS,
  type FallbackElement,
  type FallbackOptions,
  type ResolvedOptions,
} from './options.js';
import { scorecardChartFallback } from './scorecard-chart.js';

export { FallbackError, type FallbackErrorCode } from './error.js';
export { escapeAttribute, escapeText, safeUrl } from './escape.js';
export { FALLBACK_ELEMENTS, FALLBACK_SECTIONS, type FallbackElement, type FallbackOptions };

const RENDER: Readonly<Record<FallbackElement, (feed: Feed, options: ResolvedOptions) => HtmlNode[]>> = {
  'goal-tree': goalTreeFallback,
  'scorecard-chart': scorecardChartFallback,
  'budget-explainer': budgetExplainerFallback,
  'contact-card': contactCardFallback,
  'feedback-prompt': feedbackPromptFallback,
};

/** Whether a string names an element the generator knows. */
export function isFallbackElement(name: string): name is FallbackElement {
  return (FALLBACK_ELEMENTS as readonly string[]).includes(name);
}

/**
 * The fallback HTML for an element from a valid feed (check it first, as the CLI does: `checkFeed` with
 * the element's {@link FALLBACK_SECTIONS}), starting
 * with `<!-- insyn fallback: <element> -->`. Throws a {@link FallbackError} when the element would
 * have nothing to show, or an id in the options is not in the feed.
 */
export function renderFallback(feed: Feed, element: FallbackElement, options: FallbackOptions = {}): string {
  const resolved: ResolvedOptions = { ...options, lang: options.lang ?? 'sv' };
  return `<!-- insyn fallback: ${element} -->\n${serialize(RENDER[element](feed, resolved))}`;
}

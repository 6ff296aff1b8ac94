/**
 * What the generator is asked for: the element's selecting attributes, named as the element names
 * them (camelCase here, kebab-case on the command line), and the language. Pure.
 */
import type { Lang } from '../core/locale.js';
import { CORE_TEXTS } from '../core/texts.js';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import { h, type HtmlElement } from './html.js';

/** The elements a fallback can be written for, as their tags. */
export const FALLBACK_ELEMENTS = [
  'goal-tree',
  'scorecard-chart',
  'budget-explainer',
  'contact-card',
  'feedback-prompt',
] as const;

export type FallbackElement = (typeof FALLBACK_ELEMENTS)[number];

/**
 * The feed sections each element checks and reads (its `feedSections`): the generator checks
 * the same ones, so it accepts exactly the feeds the element shows.
 */
export const FALLBACK_SECTIONS: Readonly<Record<FallbackElement, readonly FeedSection[]>> = {
  'goal-tree': ['organization', 'goals', 'indicators'],
  'scorecard-chart': ['organization', 'goals', 'indicators'],
  'budget-explainer': ['organization', 'budget', 'goals', 'indicators'],
  'contact-card': ['organization', 'contacts'],
  'feedback-prompt': ['organization', 'feedback'],
};

export interface FallbackOptions {
  /** The language of the words around the feed's texts, and the one picked from them (default sv). */
  readonly lang?: Lang;
  /** goal-tree: show only this goal and what lies under it. */
  readonly root?: string;
  /** goal-tree: show only these levels (space- or comma-separated). */
  readonly levels?: string;
  /** scorecard-chart: the indicators of this goal and its sub-goals. */
  readonly goal?: string;
  /** scorecard-chart: the indicators this unit and the units below it own. */
  readonly owner?: string;
  /** scorecard-chart: these indicators, space-separated ids, in this order. */
  readonly indicators?: string;
  /** scorecard-chart: one indicator's values by period instead of a scorecard. */
  readonly indicator?: string;
  /** scorecard-chart: the follow-up report (a period) to show values as of. */
  readonly period?: string;
  /** budget-explainer: the year to show (default: the budget year). */
  readonly year?: number;
  /** budget-explainer: a link to the annual report (PDF); the feed format has no field for it. */
  readonly report?: string;
  /** contact-card: the contact point (default: the feed's first). */
  readonly contact?: string;
  /** contact-card: only this office, and only its visiting hours. */
  readonly office?: string;
  /** contact-card: only this schedule. */
  readonly schedule?: string;
  /** contact-card: the level of the name's heading, 1–6 (default 2, as the element). */
  readonly headingLevel?: number;
  /** feedback-prompt: where the form posts (wins over the feed's feedback.endpoint). */
  readonly endpoint?: string;
  /** feedback-prompt: the page the answers are about, sent in a hidden field. */
  readonly page?: string;
}

export type ResolvedOptions = FallbackOptions & { readonly lang: Lang };

/** "Exempeldata: …" when the feed says its figures are examples, as the elements do. */
export function exampleNotice(feed: Feed, lang: Lang): HtmlElement | null {
  return feed.exampleData === true ? h('p', {}, CORE_TEXTS[lang].exampleData) : null;
}

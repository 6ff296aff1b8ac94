import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  FEEDS,
  feedArgTypes,
  inlineScript,
  json,
  minimalFeed,
  sharedStories,
  type FeedArgs,
} from './support.js';
import costsOnly from '../test/fixtures/costs-only.json';
import { embedArgTypes, renderEmbedOptions, type EmbedArgs } from './embed-options.js';

/** The story arguments of <budget-explainer>: the shared ones, a chapter and a year. */
interface BudgetArgs extends FeedArgs, EmbedArgs {
  /** The `chapter` attribute: show only this chapter. */
  chapter?: string;
  /** The `year` attribute. */
  year?: number;
}

/** Like renderWithFeed('budget-explainer'), with the element's own attributes as well. */
function render(args: BudgetArgs): TemplateResult {
  return html`${keyed(
    args.inline ?? '',
    html`<budget-explainer
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      chapter=${ifDefined(args.chapter || undefined)}
      year=${ifDefined(args.year)}
      ?plain=${args.plain ?? false}
      ?static=${args.static ?? false}
      ?compact=${args.compact ?? false}
      .feed=${args.feed}
      >${inlineScript(args.inline)}</budget-explainer
    >`,
  )}`;
}

/** Stories for <budget-explainer>: where the money comes from and where it goes. */
const meta = {
  title: 'Elements/Budget explainer',
  component: 'budget-explainer',
  args: { src: FEEDS.typical, lang: '' },
  argTypes: {
    ...feedArgTypes,
    chapter: {
      control: 'select',
      options: [
        '',
        'intakter-och-kostnader',
        'demografiska-utmaningar',
        'investeringar-och-drift',
        'planering-pa-kort-och-lang-sikt',
        'skapa-varde-for-pengarna',
      ],
      description: 'The `chapter` attribute: shows only that chapter (no tabs).',
    },
    year: { control: { type: 'number', min: 2024, max: 2028 }, description: 'The `year` attribute.' },
    ...embedArgTypes,
  },
  render,
} satisfies Meta<BudgetArgs>;

export default meta;
type Story = StoryObj<BudgetArgs>;

/**
 * Typical: the demo page's example municipality, loaded from its URL with `src`. Costs by area
 * as a treemap (arrow keys, Enter opens an area, Escape goes back), every 100 kr of tax, my tax,
 * and the five chapters as tabs.
 */
export const Default: Story = sharedStories.Default;

/** The same feed in English: `lang="en"` on the element wins over the page's language. */
export const English: Story = sharedStories.English;

/**
 * One chapter: `chapter="intakter-och-kostnader"` shows that chapter alone (its text and its
 * chart of revenue against costs), as a page about one film would.
 */
export const OneChapter: Story = { args: { chapter: 'intakter-och-kostnader' } };

/**
 * Several years: `year="2024"` shows that year's outcome; the year switch lists every year with
 * its kind (outcome, budget, plan). The planning chapter shows the years side by side.
 */
export const SeveralYears: Story = { args: { year: 2024, chapter: 'planering-pa-kort-och-lang-sikt' } };

/**
 * A chapter with its film behind a click-to-load facade: nothing is requested from the video
 * host until the button is pressed. A transcript and a captions link go with it.
 */
export const Film: Story = {
  args: {
    src: undefined,
    chapter: 'film-1',
    feed: (() => {
      const feed = minimalFeed() as unknown as { budget: { chapters: unknown[] } };
      feed.budget.chapters = [
        {
          id: 'film-1',
          title: { sv: 'Intäkter och kostnader', en: 'Revenue and costs' },
          summary: {
            sv: 'Det mesta av kommunens pengar kommer från kommunalskatten.',
            en: 'Most of the money comes from the municipal income tax.',
          },
          video: 'https://www.youtube.com/watch?v=abcDEF12345',
          captions: 'https://kommun.example/film-1.vtt',
          transcript: {
            sv: 'Hej! I den här filmen berättar vi var kommunens pengar kommer ifrån.',
            en: 'Hello! In this film we tell you where the money comes from.',
          },
          duration: 95,
        },
      ];
      return feed;
    })(),
  },
};

/**
 * A year without the price base amount: "Min skatt" is not offered (it would have to guess);
 * the costs and every 100 kr are shown as usual.
 */
export const NoPriceBaseAmount: Story = {
  name: 'My tax: no price base amount',
  args: {
    src: undefined,
    feed: (() => {
      const feed = minimalFeed() as unknown as { budget: { years: Record<string, unknown>[] } };
      delete feed.budget.years[0]!.priceBaseAmount;
      return feed;
    })(),
  },
};

/**
 * Another municipality with a small feed: the costs per area of one year and nothing else. Only
 * that is shown (the costs and every 100 kr), with no tabs, no calculator and no zero the feed
 * never gave.
 */
export const CostsOnly: Story = {
  name: 'Another municipality: costs only',
  args: {
    src: undefined,
    feed: costsOnly,
  },
};

/** The feed inside the element, as a `<script type="application/json">` child: no request at all. */
export const InlineJson: Story = sharedStories.InlineJson;

/**
 * A feed that does not follow the format: the element says so and lists the problems with their
 * JSON paths; the browser console has all of them.
 */
export const ValidationError: Story = sharedStories.ValidationError;

/** Sub-areas that add up to more than their area: the feed check refuses it, with the path. */
export const SumError: Story = {
  name: 'Error: parts do not add up',
  args: {
    src: undefined,
    inline: json(
      (() => {
        const feed = minimalFeed() as unknown as { budget: { years: { costs: { amount: number }[] }[] } };
        feed.budget.years[0]!.costs[0]!.amount = 3000; // its children add up to 3 500
        return feed;
      })(),
    ),
  },
};

/** A valid feed with nothing for this element (`{ "version": 1 }`, set as the `.feed` property). */
export const Empty: Story = sharedStories.Empty;

/**
 * The editors' embed options, one copy each: `plain` (no top heading, no frame), `static` (print
 * and PDF: the overview without tabs, selects or buttons, every data table open, no tax
 * calculator) and `compact` (sidebars: tighter spacing and type).
 */
export const EmbedOptions: Story = {
  name: 'Embed options',
  render: (args) => renderEmbedOptions((options) => render({ ...args, ...options })),
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { koladaIndicator, parseKpiMetadata } from '../src/kolada/adapter.js';
import page1 from '../test/fixtures/kolada/v2-n00914-page1.json';
import page2 from '../test/fixtures/kolada/v2-n00914-page2.json';
import kpiMetadata from '../test/fixtures/kolada/v2-kpi-n00914.json';
import { embedArgTypes, renderEmbedOptions, type EmbedArgs } from './embed-options.js';
import { FEEDS, feedArgTypes, inlineScript, sharedStories, type FeedArgs } from './support.js';

/**
 * A feed whose one indicator comes from Kolada through the adapter (src/kolada/adapter.ts), as
 * `insyn kolada N00914 --municipality 0484 --compare 0000 --title-from-api` writes it, from the
 * recorded API pages the tests use (the figures are invented in Kolada's real shapes), plus the
 * direction and target an editor adds by hand.
 */
function koladaFeed(): unknown {
  const { indicator } = koladaIndicator([page1, page2], {
    kpi: 'N00914',
    municipality: '0484',
    compare: ['0000'],
    metadata: parseKpiMetadata([kpiMetadata]).get('N00914'),
  });
  return {
    version: 1,
    exampleData: true,
    // N00914 is a share of residents out of work: lower is better.
    indicators: [{ ...indicator, better: 'lower', targets: [{ period: '2022', value: 9 }] }],
  };
}

/** The story arguments: the shared ones plus <scorecard-chart>'s own attributes. */
interface ScorecardArgs extends FeedArgs, EmbedArgs {
  goal?: string;
  owner?: string;
  indicators?: string;
  indicator?: string;
  period?: string;
}

/** <scorecard-chart> with every attribute from the args (an absent or empty arg sets none). */
function renderScorecard(args: ScorecardArgs): TemplateResult {
  return html`${keyed(
    args.inline ?? '',
    html`<scorecard-chart
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      goal=${ifDefined(args.goal || undefined)}
      owner=${ifDefined(args.owner || undefined)}
      indicators=${ifDefined(args.indicators || undefined)}
      indicator=${ifDefined(args.indicator || undefined)}
      period=${ifDefined(args.period || undefined)}
      ?plain=${args.plain ?? false}
      ?static=${args.static ?? false}
      ?compact=${args.compact ?? false}
      .feed=${args.feed}
      >${inlineScript(args.inline)}</scorecard-chart
    >`,
  )}`;
}

/**
 * Stories for <scorecard-chart>: a scorecard (styrkort) of indicators against their targets,
 * and one indicator over time with its target, comparisons and gender breakdown.
 */
const meta = {
  title: 'Elements/Scorecard chart',
  component: 'scorecard-chart',
  args: { src: FEEDS.typical, lang: '' },
  argTypes: { ...feedArgTypes, ...embedArgTypes },
  render: renderScorecard,
} satisfies Meta<ScorecardArgs>;

export default meta;
type Story = StoryObj<ScorecardArgs>;

/** The typical feed (the demo page's example municipality): every indicator as a scorecard. */
export const Default: Story = sharedStories.Default;

/** One strategic goal's scorecard: `goal="sm-2"` shows the indicators it and its sub-goals link. */
export const ForGoal: Story = { name: 'Scorecard for a goal', args: { goal: 'sm-2' } };

/** One committee's scorecard: `owner="von"` shows the indicators the committee owns. */
export const ForCommittee: Story = { name: 'Scorecard for a committee', args: { owner: 'von' } };

/** One indicator over time, `indicator="forvarvsarbetande"`: the country and similar municipalities to compare with. */
export const Indicator: Story = { name: 'Indicator: typical', args: { indicator: 'forvarvsarbetande' } };

/** Women and men as well as the total (T/K/M), told apart by line style as well as colour. */
export const GenderBreakdown: Story = {
  name: 'Indicator: gender breakdown',
  args: { indicator: 'behorighet-yrkesprogram' },
};

/** A period without data is a gap marked "data saknas", not a line drawn across it. */
export const MissingData: Story = { name: 'Indicator: missing data', args: { indicator: 'nojd-forskola' } };

/** Lower is better (unemployment): the words and the status read the direction. */
export const LowerIsBetter: Story = {
  name: 'Indicator: lower is better',
  args: { indicator: 'arbetsloshet' },
};

/** Qualitative ranges behind the latest value: the bullet chart. */
export const BulletRanges: Story = {
  name: 'Indicator: qualitative ranges',
  args: { indicator: 'nki-myndighetsutovning' },
};

/**
 * Values from Kolada (RKA) through `insyn kolada`, credited as the source, with the whole
 * country to compare with and a year Kolada reports as missing.
 */
export const KoladaSourced: Story = {
  name: 'Indicator: Kolada-sourced',
  args: { src: undefined, feed: koladaFeed(), indicator: 'kolada-n00914' },
};

/** The scorecard in English: `lang="en"` on the element wins over the page's language. */
export const English: Story = sharedStories.English;

/** One indicator in English. */
export const IndicatorEnglish: Story = {
  name: 'Indicator: English',
  args: { lang: 'en', indicator: 'forvarvsarbetande' },
};

/** The feed inside the element, as a `<script type="application/json">` child: no request at all. */
export const InlineJson: Story = sharedStories.InlineJson;

/**
 * A feed that does not follow the format: the element says so and lists the problems with their
 * JSON paths; the browser console has all of them.
 */
export const ValidationError: Story = sharedStories.ValidationError;

/** A valid feed with nothing for this element (`{ "version": 1 }`, set as the `.feed` property). */
export const Empty: Story = sharedStories.Empty;

/**
 * At 320 px, as on a phone or in a narrow CMS column: below 40rem of its own width (a container
 * query) each indicator is a card, title and kind on top and each value under its column's
 * header; screen readers still get the table.
 */
export const Phone: Story = {
  name: 'Scorecard at 320 px',
  render: (args) => html`<div style="max-width: 320px">${renderScorecard(args)}</div>`,
};

/** One indicator's chart at 320 px; open its table to see a card per period. */
export const PhoneIndicator: Story = {
  ...Phone,
  name: 'Indicator at 320 px',
  args: { indicator: 'forvarvsarbetande' },
};

/**
 * Indicators without `baseline`: the trend runs from the first value and says so ("sedan 2024
 * (första värdet)"), as the chart's summary does. The quarter, the half year and June end on the
 * same day, so the report switcher offers them as one report, "Halvår 1 2026".
 */
export const NoBaseline: Story = {
  name: 'No baseline; reports that end the same day',
  args: {
    src: undefined,
    feed: {
      version: 1,
      exampleData: true,
      indicators: [
        {
          id: 'simhall',
          title: { sv: 'Besök i simhallen', en: 'Visits to the swimming baths' },
          unit: 'count',
          values: [
            { period: '2026-Q1', value: 41000 },
            { period: '2026-Q2', value: 44500 },
          ],
          targets: [{ period: '2026', value: 40000 }],
        },
        {
          id: 'nojd',
          title: { sv: 'Nöjda besökare', en: 'Satisfied visitors' },
          unit: 'percent',
          values: [
            { period: '2024', value: 81 },
            { period: '2025', value: 84 },
            { period: '2026-H1', value: 86 },
          ],
          targets: [{ period: '2026', value: 85 }],
        },
      ],
    },
  },
};

/**
 * The editors' embed options, one copy each: `plain` (no caption or chart title, no frame),
 * `static` (print and PDF: no report switcher or row toggles, no tab stops) and `compact`
 * (sidebars: tighter spacing and type).
 */
export const EmbedOptions: Story = {
  name: 'Embed options',
  render: (args) => renderEmbedOptions((options) => renderScorecard({ ...args, ...options })),
};

/** The embed options on one indicator's chart: under `static` its data table is shown. */
export const EmbedOptionsIndicator: Story = {
  ...EmbedOptions,
  name: 'Embed options: indicator',
  args: { indicator: 'forvarvsarbetande' },
};

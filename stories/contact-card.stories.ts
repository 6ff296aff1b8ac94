import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { embedArgTypes, renderEmbedOptions, type EmbedArgs } from './embed-options.js';
import { FEEDS, feedArgTypes, inlineScript, sharedStories, type FeedArgs } from './support.js';

/** The arguments of <contact-card> stories: the shared feed arguments and the card's own attributes. */
interface ContactCardArgs extends FeedArgs, EmbedArgs {
  /** The instant shown (`now`), so a story looks the same every day. */
  now?: string;
  office?: string;
  schedule?: string;
  headingLevel?: number;
  jsonLd?: boolean;
}

/** A weekday morning in May 2026: both visiting and phone hours open. */
const WEEKDAY = '2026-05-12T10:00:00+02:00';

/** Like the shared render function, with the card's own attributes. */
function render(args: ContactCardArgs): TemplateResult {
  return html`${keyed(
    args.inline ?? '',
    html`<contact-card
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      contact=${ifDefined(args.contact || undefined)}
      now=${ifDefined(args.now || undefined)}
      office=${ifDefined(args.office || undefined)}
      schedule=${ifDefined(args.schedule || undefined)}
      heading-level=${ifDefined(args.headingLevel)}
      ?compact=${args.compact ?? false}
      ?plain=${args.plain ?? false}
      ?static=${args.static ?? false}
      ?json-ld=${args.jsonLd ?? false}
      .feed=${args.feed}
      >${inlineScript(args.inline)}</contact-card
    >`,
  )}`;
}

/** Stories for <contact-card>: who to contact, and whether they are open now. */
const meta = {
  title: 'Elements/Contact card',
  component: 'contact-card',
  args: { src: FEEDS.typical, lang: '', contact: 'eskilstuna-direkt', now: WEEKDAY },
  argTypes: {
    ...feedArgTypes,
    ...embedArgTypes,
    now: {
      control: 'text',
      description: 'The instant shown: an ISO date and time with offset. Empty: the clock.',
    },
  },
  render,
} satisfies Meta<ContactCardArgs>;

export default meta;
type Story = StoryObj<ContactCardArgs>;

/**
 * Eskilstuna direkt from the demo feed on a weekday morning: channels, each schedule's status,
 * the week's hours, the coming deviations, offices with map links and people with vCards.
 */
export const Default: Story = { name: 'Eskilstuna direkt' };

/** Compact: the name, each schedule's status today and the main channels, for a page's margin. */
export const Compact: Story = { args: { compact: true } };

/** A public holiday: juldagen (Christmas Day), closed all day, and the days around it. */
export const Holiday: Story = { name: 'Holiday: juldagen', args: { now: '2026-12-25T11:00:00+01:00' } };

/** A work-free eve: julafton (Christmas Eve). */
export const Eve: Story = { name: 'Eve: julafton', args: { now: '2026-12-24T10:00:00+01:00' } };

/** A bridge day (klämdag) after Ascension Day: phone hours 08.00–13.00, visiting hours as usual. */
export const BridgeDay: Story = { name: 'Bridge day', args: { now: '2026-05-15T10:00:00+02:00' } };

/** The day before a public holiday (the day before Ascension), after the phones closed at 13.00. */
export const DayBeforeHoliday: Story = {
  name: 'Day before a public holiday',
  args: { now: '2026-05-13T14:00:00+02:00' },
};

/** The same card in English: `lang="en"` on the element wins over the page's language. */
export const English: Story = { args: { lang: 'en', now: '2026-12-24T10:00:00+01:00' } };

/** One office only (`office="varjan"`): its address and its visiting hours. */
export const OneOffice: Story = { name: 'One office', args: { office: 'varjan' } };

/** The live clock instead of a fixed `now`: what a resident sees today. */
export const Now: Story = { name: 'Now (live clock)', args: { now: undefined } };

/** The feed inside the element, as a `<script type="application/json">` child: no request at all. */
export const InlineJson: Story = {
  ...sharedStories.InlineJson,
  args: { ...sharedStories.InlineJson.args, contact: undefined },
};

/**
 * A feed that does not follow the format: the element says so and lists the problems with their
 * JSON paths; the browser console has all of them.
 */
export const ValidationError: Story = sharedStories.ValidationError;

/** A feed that is not there (HTTP 404): the message and a retry button. */
export const MissingFeedError: Story = { name: 'Error: feed not found', args: { src: FEEDS.missing } };

/** A valid feed with nothing for this element (`{ "version": 1 }`, set as the `.feed` property). */
export const Empty: Story = sharedStories.Empty;

/** A `contact` id the feed does not have: the empty state, not an error. */
export const EmptyUnknownContact: Story = {
  name: 'Empty: unknown contact id',
  args: { contact: 'no-such-contact' },
};

/**
 * The editors' embed options, one copy each: `plain` (no visible name, no frame), `static` (print
 * and PDF: no map link or downloads; phone, e-mail and web links stay) and `compact` (sidebars:
 * tighter spacing and type).
 */
export const EmbedOptions: Story = {
  name: 'Embed options',
  render: (args) => renderEmbedOptions((options) => render({ ...args, ...options })),
};

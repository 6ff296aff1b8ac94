import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  EMPTY_FEED,
  FEEDS,
  feedArgTypes,
  inlineScript,
  invalidFeed,
  json,
  minimalFeed,
  type FeedArgs,
} from './support.js';

interface ContactCardArgs extends FeedArgs {
  /** The `contact` attribute: the id of the contact point to show. */
  contact?: string;
}

/** Stories for <contact-card>: who to contact, and whether they are open now. */
const meta = {
  title: 'Elements/Contact card',
  component: 'contact-card',
  args: { src: FEEDS.typical, lang: '' },
  argTypes: feedArgTypes,
  // keyed: a new inline script needs a new element (the script is read when the element loads).
  render: (args) =>
    html`${keyed(
      args.inline ?? '',
      html`<contact-card
        src=${ifDefined(args.src)}
        contact=${ifDefined(args.contact || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        .feed=${args.feed}
        >${inlineScript(args.inline)}</contact-card
      >`,
    )}`,
} satisfies Meta<ContactCardArgs>;

export default meta;
type Story = StoryObj<ContactCardArgs>;

/** The typical feed (the demo page's example municipality), loaded from its URL with `src`. */
export const Default: Story = {};

/** The same feed in English: `lang="en"` on the element wins over the page's language. */
export const English: Story = { args: { lang: 'en' } };

/** The feed inside the element, as a `<script type="application/json">` child: no request at all. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  args: { src: undefined, inline: json(minimalFeed()) },
};

/**
 * A feed that does not follow the format: the element says so and lists the problems with their
 * JSON paths; the browser console has all of them.
 */
export const ValidationError: Story = {
  name: 'Error: invalid feed',
  args: { src: undefined, inline: json(invalidFeed()) },
};

/** A valid feed with nothing for this element (`{ "version": 1 }`, set as the `.feed` property). */
export const Empty: Story = {
  args: { src: undefined, feed: EMPTY_FEED },
};

/** A `contact` id the feed does not have: the empty state, not an error. */
export const EmptyUnknownContact: Story = {
  name: 'Empty: unknown contact id',
  args: { contact: 'no-such-contact' },
};

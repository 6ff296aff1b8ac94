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

/** Stories for <feedback-prompt>: "Did this page help you?" with an optional comment. */
const meta = {
  title: 'Elements/Feedback prompt',
  component: 'feedback-prompt',
  args: { src: FEEDS.typical, lang: '' },
  argTypes: feedArgTypes,
  // keyed: a new inline script needs a new element (the script is read when the element loads).
  render: (args) =>
    html`${keyed(
      args.inline ?? '',
      html`<feedback-prompt
        src=${ifDefined(args.src)}
        lang=${ifDefined(args.lang || undefined)}
        .feed=${args.feed}
        >${inlineScript(args.inline)}</feedback-prompt
      >`,
    )}`,
} satisfies Meta<FeedArgs>;

export default meta;
type Story = StoryObj<FeedArgs>;

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

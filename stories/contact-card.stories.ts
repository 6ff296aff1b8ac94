import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FEEDS, feedArgTypes, renderWithFeed, sharedStories, type FeedArgs } from './support.js';

/** Stories for <contact-card>: who to contact, and whether they are open now. */
const meta = {
  title: 'Elements/Contact card',
  component: 'contact-card',
  args: { src: FEEDS.typical, lang: '' },
  argTypes: feedArgTypes,
  render: renderWithFeed('contact-card'),
} satisfies Meta<FeedArgs>;

export default meta;
type Story = StoryObj<FeedArgs>;

/** The typical feed (the demo page's example municipality), loaded from its URL with `src`. */
export const Default: Story = sharedStories.Default;

/** The same feed in English: `lang="en"` on the element wins over the page's language. */
export const English: Story = sharedStories.English;

/** The feed inside the element, as a `<script type="application/json">` child: no request at all. */
export const InlineJson: Story = sharedStories.InlineJson;

/**
 * A feed that does not follow the format: the element says so and lists the problems with their
 * JSON paths; the browser console has all of them.
 */
export const ValidationError: Story = sharedStories.ValidationError;

/** A valid feed with nothing for this element (`{ "version": 1 }`, set as the `.feed` property). */
export const Empty: Story = sharedStories.Empty;

/** A `contact` id the feed does not have: the empty state, not an error. */
export const EmptyUnknownContact: Story = {
  name: 'Empty: unknown contact id',
  args: { contact: 'no-such-contact' },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FEEDS, feedArgTypes, renderWithFeed, sharedStories, type FeedArgs } from './support.js';

/** Stories for <feedback-prompt>: "Did this page help you?" with an optional comment. */
const meta = {
  title: 'Elements/Feedback prompt',
  component: 'feedback-prompt',
  args: { src: FEEDS.typical, lang: '' },
  argTypes: feedArgTypes,
  render: renderWithFeed('feedback-prompt'),
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

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  BROKEN_JSON,
  EMPTY_FEED,
  FEEDS,
  feedArgTypes,
  holdFetch,
  invalidFeed,
  json,
  renderWithFeed,
  type FeedArgs,
} from './support.js';

/**
 * The states every Insyn element shares (they live in the base element), shown on
 * `<goal-tree>`: loading, ready, empty, and each kind of error an editor may meet.
 * The element's `data-state` attribute names the state, for page CSS and tests.
 */
const meta = {
  title: 'Foundation/States',
  component: 'goal-tree',
  args: { lang: '' },
  argTypes: feedArgTypes,
  render: renderWithFeed('goal-tree'),
} satisfies Meta<FeedArgs>;

export default meta;
type Story = StoryObj<FeedArgs>;

/**
 * Waiting for the feed. The story holds the request (its fetch never answers), so after the
 * loader's 10 s deadline the element moves on to the timeout error, as it would on a real
 * connection that stalls.
 */
export const Loading: Story = {
  args: { src: FEEDS.neverAnswers },
  beforeEach: () => holdFetch(FEEDS.neverAnswers),
};

/** Loaded and valid: the smallest feed (test/fixtures/minimal.json), from its URL. */
export const Ready: Story = {
  args: { src: FEEDS.minimal },
};

/** Valid, but nothing for this element: `{ "version": 1 }`. */
export const Empty: Story = {
  args: { inline: json(EMPTY_FEED) },
};

/** The URL answers 404: the message names the status, and the button loads again. */
export const HttpError: Story = {
  name: 'Error: HTTP 404',
  args: { src: FEEDS.missing },
};

/** The URL answers with a web page (as a CMS login or error page would), not JSON. */
export const ContentTypeError: Story = {
  name: 'Error: a web page, not JSON',
  args: { src: FEEDS.webPage },
};

/** JSON that does not parse (a comma missing): the message gives the line and column. */
export const ParseError: Story = {
  name: 'Error: broken JSON',
  args: { inline: BROKEN_JSON },
};

/** A feed that does not follow the format: the problems, each with its JSON path. */
export const ValidationError: Story = {
  name: 'Error: invalid feed',
  args: { inline: json(invalidFeed()) },
};

/** No `src`, no inline script and no `.feed`: the element says what is missing. */
export const MissingError: Story = {
  name: 'Error: no feed',
  args: {},
};

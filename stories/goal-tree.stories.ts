import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { largeGoalFeed } from './goal-tree-data.js';
import { embedArgTypes, renderEmbedOptions, type EmbedArgs } from './embed-options.js';
import { FEEDS, feedArgTypes, inlineScript, sharedStories, type FeedArgs } from './support.js';

/** The story arguments: the shared ones plus <goal-tree>'s own attributes. */
interface GoalTreeArgs extends FeedArgs, EmbedArgs {
  root?: string;
  levels?: string;
  'expanded-depth'?: number;
  selected?: string;
  'hash-links'?: boolean;
}

/** <goal-tree> with every attribute from the args (an absent or empty arg sets none). */
function renderGoalTree(args: GoalTreeArgs): TemplateResult {
  return html`${keyed(
    args.inline ?? '',
    html`<goal-tree
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      root=${ifDefined(args.root || undefined)}
      levels=${ifDefined(args.levels || undefined)}
      expanded-depth=${ifDefined(args['expanded-depth'])}
      selected=${ifDefined(args.selected || undefined)}
      ?hash-links=${args['hash-links'] ?? false}
      ?plain=${args.plain ?? false}
      ?static=${args.static ?? false}
      ?compact=${args.compact ?? false}
      .feed=${args.feed}
      >${inlineScript(args.inline)}</goal-tree
    >`,
  )}`;
}

/**
 * Stories for <goal-tree>: the red thread from the vision to the units' activities, as a
 * keyboard-navigable tree (WAI-ARIA tree view) with status, owner, period, progress and roll-up,
 * a details panel, filters, search and an overview picture.
 */
const meta = {
  title: 'Elements/Goal tree',
  component: 'goal-tree',
  args: { src: FEEDS.typical, lang: '' },
  argTypes: { ...feedArgTypes, ...embedArgTypes },
  render: renderGoalTree,
} satisfies Meta<GoalTreeArgs>;

export default meta;
type Story = StoryObj<GoalTreeArgs>;

/** The typical feed (the demo page's example municipality, 74 goals), loaded from its URL with `src`. */
export const Default: Story = sharedStories.Default;

/** The smallest feed: a vision, a strategic goal and a commitment with a written verdict. */
export const Minimal: Story = { args: { src: FEEDS.minimal } };

/** The same feed in English: `lang="en"` on the element wins over the page's language. */
export const English: Story = sharedStories.English;

/**
 * A large municipality: about 2,000 goals from a deterministic generator
 * (stories/goal-tree-data.ts), two levels open. Try the search, the filters and "Öppna alla".
 */
export const Large: Story = {
  args: { src: undefined, feed: largeGoalFeed(2000), 'expanded-depth': 2 },
};

/** One part of the tree: `root="sm-2"` shows one strategic goal and everything under it, all open. */
export const FilteredRoot: Story = {
  name: 'Filtered: one subtree (root)',
  args: { root: 'sm-2', 'expanded-depth': 9 },
};

/**
 * Some levels only: `levels="vision strategic-goal commitment"`. Unit commitments and activities
 * are left out; the commitments sit right under their strategic goals.
 */
export const FilteredLevels: Story = {
  name: 'Filtered: some levels (levels)',
  args: { levels: 'vision strategic-goal process-goal commitment', 'expanded-depth': 2 },
};

/**
 * A deep link: `selected` opens the path to the goal, selects it and shows its details (on the
 * first load without moving the page's focus). With `hash-links`, `#goal=<id>` does the same.
 */
export const Selected: Story = {
  name: 'Selected goal (deep link)',
  args: { selected: 'act-lovskola' },
};

/**
 * In a 20rem column, as on a phone: choose a goal and its details panel (below the list) is
 * scrolled into view with focus on its heading; "Tillbaka till målet i listan" or Shift+Tab
 * returns to the row. The overview picture is left out (its summary and legend stay).
 */
export const Narrow: Story = {
  name: 'Narrow column (phone)',
  render: (args) => html`<div style="max-width: 20rem">${renderGoalTree(args)}</div>`,
};

/** The feed inside the element, as a `<script type="application/json">` child: no request at all. */
export const InlineJson: Story = sharedStories.InlineJson;

/**
 * A feed that does not follow the format: the element says so and lists the problems with their
 * JSON paths; the browser console has all of them.
 */
export const ValidationError: Story = sharedStories.ValidationError;

/** A feed URL that answers 404: the element says so and offers to try again. */
export const NotFoundError: Story = {
  name: 'Error: feed not found',
  args: { src: FEEDS.missing },
};

/** A valid feed with nothing for this element (`{ "version": 1 }`, set as the `.feed` property). */
export const Empty: Story = sharedStories.Empty;

/**
 * The editors' embed options, one copy each: `plain` (no count line, no frame), `static` (print
 * and PDF: every goal open with its description, no search, filters or tab stops) and `compact`
 * (sidebars: tighter spacing and type).
 */
export const EmbedOptions: Story = {
  name: 'Embed options',
  render: (args) => renderEmbedOptions((options) => renderGoalTree({ ...args, ...options })),
};

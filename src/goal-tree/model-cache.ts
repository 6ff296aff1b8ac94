/** The goal model, built again only when what it is built from changes. */
import type { Feed } from '../feed/generated/feed-types.js';
import type { Lang } from '../core/locale.js';
import { buildGoalTree, parseLevels, type GoalTreeModel } from './model.js';

interface BuiltFrom {
  feed: Feed;
  lang: Lang;
  root?: string;
  levels?: string;
}

export class GoalModelCache {
  model?: GoalTreeModel;
  private from?: BuiltFrom;
  private warned = new WeakSet<GoalTreeModel>();

  /** `tag`: the element's name, for the console. */
  constructor(private readonly tag: () => string) {}

  /**
   * Builds the model when the feed, language, root or levels changed. Returns whether the tree's
   * structure changed (feed, root or levels: what is open starts anew); a new language only
   * translates.
   */
  update(feed: Feed, lang: Lang, root: string | undefined, levels: string | undefined): boolean {
    const from = this.from;
    const structureChanged = !from || from.feed !== feed || from.root !== root || from.levels !== levels;
    if (structureChanged || from.lang !== lang) {
      this.model = buildGoalTree(feed, { lang, root, levels: parseLevels(levels) });
      this.from = { feed, lang, root, levels };
      this.warnAbout(this.model);
    }
    return structureChanged;
  }

  clear(): void {
    this.model = undefined;
    this.from = undefined;
  }

  private warnAbout(model: GoalTreeModel): void {
    if (this.warned.has(model) || model.problems.length === 0) return;
    this.warned.add(model);
    const lines = model.problems
      .slice(0, 20)
      .map((p) => `  ${p.kind}: ${'id' in p ? p.id : `/goals/${p.index}`}`);
    console.warn(
      `[insyn] <${this.tag()}>: ${model.problems.length} problem(s) in the goal tree:\n${lines.join('\n')}`,
    );
  }
}

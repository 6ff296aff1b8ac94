/**
 * The goal tree's view state: which goals are open, where focus is (the tab stop), the filter
 * result, and what must render again. A 10,000-node tree renders only the rows whose state
 * changed: `epoch` is bumped when every row must render again, `revisions` per node otherwise.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../core/locale.js';
import {
  filterGoalTree,
  pathTo,
  toOverviewNodes,
  visibleChildren,
  visibleRows,
  type FilterResult,
  type GoalNode,
  type GoalTreeModel,
} from './model.js';
import type { OverviewNode } from './overview.js';
import type { RowText, TreeFilters } from './types.js';
import type { TreeRowsState } from './views/tree-rows.js';

/** No filter chosen: every goal shown. */
export const NO_FILTERS: TreeFilters = { statuses: [], owner: '', level: '', query: '' };

/** More open parents than this make a large tree: rows off screen skip layout. */
const LARGE_TREE = 40;

/** What a render was made from, to find what changed since. */
interface RenderedFrom {
  model: GoalTreeModel;
  filter: FilterResult;
  lang: Lang;
  texts: unknown;
  showAll: boolean;
  expanded: ReadonlySet<string>;
  selected?: string;
  tabKey: number;
}

export class TreeState implements TreeRowsState {
  private openIds: ReadonlySet<string> = new Set<string>();
  private focused?: string;
  /** The filter result for the model (set by `applyFilter`, before the first render). */
  filter?: FilterResult;
  private filterKey = '';
  /** The model `filter` was computed for. */
  private filterFor?: GoalTreeModel;
  /** Open nodes before a filter opened its own; restored when the filters are cleared. */
  private expandedBeforeFilter?: ReadonlySet<string>;
  /** Children shown under the current filter, by node key (filled as rendered). */
  private kids = new Map<number, readonly GoalNode[]>();
  /** The top rows under the filter. */
  tops: readonly GoalNode[] = [];
  /** Whether many rows are open (then off-screen rows skip layout, see the styles). */
  large = false;
  /** The node with tabindex="0". */
  tabKey = -1;
  private rows?: { list: GoalNode[]; index: Map<number, number> };
  /** Bumped when every row must render again (new model, filter, language, texts, printing or static). */
  epoch = 0;
  /** Per node key: bumped when something in the node's row or subtree changes. */
  revisions = new Uint32Array(0);
  /** The rows' words by node key, formatted once per model, language and texts. */
  rowTexts: (RowText | undefined)[] = [];
  private rendered?: RenderedFrom;
  /** The overview picture's tree: a new array only when the model or the filter changes. */
  private overview: readonly OverviewNode[] = [];
  private overviewFor?: FilterResult;

  /** `showAll`: printing, or `static` (every node is open). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly showAll: () => boolean,
  ) {}

  /** The ids of the open goals. Changing them renders the host again. */
  get expanded(): ReadonlySet<string> {
    return this.openIds;
  }

  set expanded(ids: ReadonlySet<string>) {
    if (ids === this.openIds) return;
    this.openIds = ids;
    this.host.requestUpdate();
  }

  /** The goal whose row has (or last had) focus. */
  get focusId(): string | undefined {
    return this.focused;
  }

  set focusId(id: string | undefined) {
    if (id === this.focused) return;
    this.focused = id;
    this.host.requestUpdate();
  }

  /** Opens the first `depth` levels, as at first (a new tree, or `expanded-depth` changed). */
  reset(model: GoalTreeModel, depth: number): void {
    this.expanded = initialExpanded(model, depth);
    this.expandedBeforeFilter = undefined;
  }

  /**
   * Filters the model. When the filters change (or a new tree comes with filters in effect), the
   * open nodes become the paths to the matches; clearing the filters restores what was open.
   */
  applyFilter(model: GoalTreeModel, filters: TreeFilters, structureChanged: boolean, depth: number): void {
    const key = JSON.stringify([filters.statuses, filters.owner, filters.level, filters.query]);
    if (this.filter && this.filterFor === model && key === this.filterKey) return;
    const wasActive =
      this.filterFor !== undefined && this.filterKey !== key && (this.filter?.active ?? false);
    const filtersChanged = key !== this.filterKey;
    this.filterKey = key;
    this.filterFor = model;
    this.filter = filterGoalTree(model, {
      statuses: filters.statuses,
      owner: filters.owner,
      level: filters.level || undefined,
      query: filters.query,
    });
    if (!filtersChanged && !structureChanged) return; // a new language: what is open stays open
    if (this.filter.active) {
      if (!wasActive) this.expandedBeforeFilter = this.expanded;
      this.expanded = new Set(this.filter.open);
    } else if (wasActive) {
      this.expanded = this.expandedBeforeFilter ?? initialExpanded(model, depth);
      this.expandedBeforeFilter = undefined;
    }
  }

  /**
   * Derives what the render needs (top rows, tab stop, size) and decides what must render
   * again. Call in `willUpdate`, after `applyFilter`.
   */
  prepare(model: GoalTreeModel, selected: string | undefined, lang: Lang, texts: unknown): void {
    const filter = this.filter!;
    this.kids = new Map();
    this.rows = undefined;
    this.tops = filter.active ? model.roots.filter((n) => filter.visible[n.key]) : model.roots;
    this.tabKey = this.tabTarget(model, selected);
    // Printing and static lay out every row, as a page or a PDF shows them all at once.
    this.large = !this.showAll() && this.expanded.size > LARGE_TREE;
    this.trackChanges(model, selected, lang, texts);
  }

  /**
   * Everything renders again (a new epoch) when the model, filter, language, texts or print
   * mode changed; otherwise only the rows whose open state, selection or tab stop changed, and
   * their ancestors (their revisions are bumped).
   */
  private trackChanges(model: GoalTreeModel, selected: string | undefined, lang: Lang, texts: unknown): void {
    const last = this.rendered;
    const filter = this.filter!;
    const showAll = this.showAll();
    if (!last || last.model !== model || last.lang !== lang || last.texts !== texts) this.rowTexts = [];
    if (!last || last.model !== model) this.revisions = new Uint32Array(model.nodes.length);
    if (
      !last ||
      last.model !== model ||
      last.filter !== filter ||
      last.lang !== lang ||
      last.texts !== texts ||
      last.showAll !== showAll
    ) {
      this.epoch++;
    } else {
      const touched: (GoalNode | undefined)[] = [];
      if (last.expanded !== this.expanded) {
        for (const id of last.expanded) if (!this.expanded.has(id)) touched.push(model.byId.get(id));
        for (const id of this.expanded) if (!last.expanded.has(id)) touched.push(model.byId.get(id));
      }
      if (last.selected !== selected) {
        touched.push(last.selected === undefined ? undefined : model.byId.get(last.selected));
        touched.push(selected === undefined ? undefined : model.byId.get(selected));
      }
      if (last.tabKey !== this.tabKey) touched.push(model.nodes[last.tabKey], model.nodes[this.tabKey]);
      if (touched.length > 256) this.epoch++;
      else {
        for (const node of touched)
          for (let p = node; p; p = p.parent) this.revisions[p.key] = (this.revisions[p.key] ?? 0) + 1;
      }
    }
    this.rendered = {
      model,
      filter,
      lang,
      texts,
      showAll,
      expanded: this.expanded,
      selected,
      tabKey: this.tabKey,
    };
  }

  /** The overview picture's tree under the filter (the same array until the filter changes). */
  overviewNodes(model: GoalTreeModel): readonly OverviewNode[] {
    if (this.overviewFor !== this.filter) {
      this.overviewFor = this.filter;
      this.overview = toOverviewNodes(model, this.filter!);
    }
    return this.overview;
  }

  isOpen(node: GoalNode): boolean {
    return this.showAll() || this.expanded.has(node.id);
  }

  kidsOf(node: GoalNode): readonly GoalNode[] {
    const filter = this.filter!;
    if (!filter.active) return node.children;
    let kids = this.kids.get(node.key);
    if (!kids) this.kids.set(node.key, (kids = visibleChildren(node, filter)));
    return kids;
  }

  siblingsOf(node: GoalNode): readonly GoalNode[] {
    return node.parent ? this.kidsOf(node.parent) : this.tops;
  }

  /** The rows Up and Down move through, in tree order, with each node's index among them. */
  visibleRows(model: GoalTreeModel): { list: GoalNode[]; index: Map<number, number> } {
    if (!this.rows) {
      const list = visibleRows(model, this.filter!, (node) => this.isOpen(node));
      this.rows = { list, index: new Map(list.map((node, i) => [node.key, i])) };
    }
    return this.rows;
  }

  /** Opens the path to a goal (its ancestors). */
  openPath(node: GoalNode): void {
    this.expanded = new Set([...this.expanded, ...pathTo(node)]);
  }

  /**
   * Opens or closes a node. Returns undefined when nothing changed, else whether focus was inside
   * the closed node and moved to it (its row was lost with the closed subtree).
   */
  setOpen(model: GoalTreeModel, node: GoalNode, open: boolean): { focusMoved: boolean } | undefined {
    if (this.kidsOf(node).length === 0 || this.expanded.has(node.id) === open) return undefined;
    const next = new Set(this.expanded);
    if (open) next.add(node.id);
    else next.delete(node.id);
    this.expanded = next;
    if (!open) {
      const focused = this.focusId === undefined ? undefined : model.byId.get(this.focusId);
      for (let p = focused?.parent; p; p = p.parent) {
        if (p === node) {
          this.focusId = node.id;
          return { focusMoved: true };
        }
      }
    }
    return { focusMoved: false };
  }

  /** Opens every node that has shown children. */
  expandAll(model: GoalTreeModel): void {
    const open = new Set<string>();
    for (const node of model.nodes) {
      if (this.filter!.visible[node.key] && this.kidsOf(node).length) open.add(node.id);
    }
    this.expanded = open;
  }

  /** Closes every node; the tab stop goes to the top row above the focused one. */
  collapseAll(model: GoalTreeModel | undefined): void {
    let top = this.focusId === undefined ? undefined : model?.byId.get(this.focusId);
    while (top?.parent) top = top.parent;
    this.expanded = new Set();
    if (top) this.focusId = top.id;
  }

  /** Whether a node has a row in the DOM: shown by the filter and under open parents. */
  private isRendered(node: GoalNode): boolean {
    if (!this.filter!.visible[node.key]) return false;
    for (let p = node.parent; p; p = p.parent) if (!this.isOpen(p)) return false;
    return true;
  }

  private tabTarget(model: GoalTreeModel, selected: string | undefined): number {
    for (const id of [this.focusId, selected]) {
      const node = id === undefined ? undefined : model.byId.get(id);
      if (node && this.isRendered(node)) return node.key;
    }
    return this.tops[0]?.key ?? -1;
  }
}

function initialExpanded(model: GoalTreeModel, expandedDepth: number): Set<string> {
  const depth = Number.isFinite(expandedDepth) ? expandedDepth : 1;
  const open = new Set<string>();
  if (depth <= 0) return open;
  for (const node of model.nodes) if (node.depth < depth && node.children.length) open.add(node.id);
  return open;
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, Goal, OrganizationUnit, Status } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodInText,
  formatPeriodRange,
  INTL_LOCALE,
} from '../core/format.js';
import { formatTarget, formatIndicatorValue, type IndicatorSummary } from '../core/indicator-model.js';
import { pickText, type Lang } from '../core/locale.js';
import { renderStatus, STATUSES } from '../core/status.js';
import { splitByRanges } from '../core/text-search.js';
import { fill } from '../core/texts.js';
import {
  buildGoalTree,
  filterGoalTree,
  GOAL_LEVELS,
  highlightRanges,
  parseLevels,
  pathTo,
  typeAhead,
  visibleChildren,
  visibleRows,
  toOverviewNodes,
  type FilterResult,
  type GoalLevel,
  type GoalNode,
  type GoalTreeModel,
  type NodeVerdict,
} from './model.js';
import { goalTreeStyles, WIDE_LAYOUT_REM } from './goal-tree.styles.js';
import { overviewStyles, overviewTextsFrom, renderOverview, type OverviewNode } from './overview.js';
import { GOAL_TREE_TEXTS, LEVEL_TEXT_KEY, type GoalTreeTextKey } from './goal-tree.texts.js';

export type { GoalTreeTextKey };

/** `detail` of `insyn-node-select`. */
export interface GoalNodeSelectDetail {
  /** The goal's id. */
  readonly id: string;
  /** The goal as it is in the feed. */
  readonly goal: Goal;
}

/** `detail` of `insyn-node-toggle`. */
export interface GoalNodeToggleDetail {
  readonly id: string;
  readonly goal: Goal;
  /** True when the node was opened, false when closed. */
  readonly expanded: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'insyn-node-select': CustomEvent<GoalNodeSelectDetail>;
    'insyn-node-toggle': CustomEvent<GoalNodeToggleDetail>;
  }
}

const UNIT_TEXT: Record<OrganizationUnit['type'], GoalTreeTextKey> = {
  council: 'unitCouncil',
  'executive-board': 'unitExecutiveBoard',
  committee: 'unitCommittee',
  administration: 'unitAdministration',
  company: 'unitCompany',
  unit: 'unitUnit',
};

/** Links from the feed: http(s), or a path on the same site (as the schema allows; never javascript:). */
const SAFE_HREF = /^(https?:\/\/[^\s]+|\/(?!\/)[^\s]*)$/i;

/** More open parents than this make a large tree: rows off screen skip layout. */
const LARGE_TREE = 40;
/** Type-ahead letters typed within this many ms make one search string. */
const TYPE_AHEAD_MS = 500;
/** The result count is announced this long after the last change (typing in the search box). */
const ANNOUNCE_MS = 600;

const pluralRules = new Map<Lang, Intl.PluralRules>();
function isOne(count: number, lang: Lang): boolean {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  return rules.select(count) === 'one';
}

const keyOf = (node: GoalNode): number => node.key;
/** The overview's cells select nothing under `static`. */
const ignoreSelect = (): void => undefined;

/** The formatted words of one row. */
interface RowText {
  readonly level: string;
  readonly period: string;
  readonly progress: string;
  readonly rollup: string;
}

/**
 * The red thread from the vision to the units' activities: a tree view (WAI-ARIA APG) with
 * status, owner, period, progress and roll-up on every node, a details panel, filters, search
 * and deep links.
 *
 * Keyboard (one tab stop): Up/Down move; Right opens, then moves to the first child; Left
 * closes, then moves to the parent; Home/End; letters jump to the next title starting with them
 * (å, ä and ö included); `*` opens every sibling; Enter or Space selects. Narrower than 64rem,
 * selecting also takes focus to the details panel's heading (see `select`).
 *
 * @tagname goal-tree
 * @summary The goal hierarchy: vision → strategic and process goals → commitments → activities.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @event {CustomEvent<GoalNodeSelectDetail>} insyn-node-select - The reader selected a goal (click, Enter, Space, the overview, a `#goal=` link). `detail: { id, goal }`. Not fired when the host sets `selected`.
 * @event {CustomEvent<GoalNodeToggleDetail>} insyn-node-toggle - The reader opened or closed a goal (click, arrow keys, `*`). `detail: { id, goal, expanded }`. "Expand all" and "Collapse all" fire none.
 * @csspart base - The whole ready view.
 * @csspart toolbar - Search, filters and the expand/collapse buttons.
 * @csspart count - The line with the number of goals shown.
 * @csspart tree - The tree (role="tree").
 * @csspart node - The row of one goal.
 * @csspart status - A status (icon and word).
 * @csspart details - The details panel of the selected goal.
 * @csspart overview - The overview picture (beside the list from 64rem, below it when narrower).
 * @csspart overview-chart - The picture's SVG, drawn at its box's width (text at 12px); left out below 400px.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no goals.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-goal-tree-min-height - Space reserved while loading (default 12rem).
 * @cssprop --insyn-goal-tree-indent - Indentation per level (default 1.25rem).
 * @cssprop --insyn-color-mark - Background of search matches.
 * @attr {boolean} plain - No title line and no frame: the count line above the tree is visually
 * hidden (screen readers still hear it), so the tree blends into the page's column.
 * @attr {boolean} static - For print and PDF: no search, filters or buttons and no tab stop; every
 * goal is open, each row shows its description, and the tree is a plain nested list. The details
 * panel (it follows a selection no one can make) is left out; the overview picture stays.
 * @attr {boolean} compact - Tighter rows and slightly smaller type, for sidebars and intranet cards.
 */
export class GoalTree extends InsynElement<GoalTreeTextKey> {
  static override styles = [...InsynElement.styles, ...goalTreeStyles, overviewStyles];

  protected static override readonly unavailable = {
    sv: 'Målen kan inte visas just nu.',
    en: 'The goals cannot be shown right now.',
  };

  readonly feedSections: readonly FeedSection[] = ['organization', 'goals'];

  /** Without valid indicators a goal's details simply list none. */
  override get optionalSections(): readonly FeedSection[] {
    return ['indicators'];
  }

  /** Show only this goal (by id) and what lies under it, e.g. one committee's part. */
  @property({ reflect: true }) root?: string;

  /** Levels to show, space-separated (vision strategic-goal process-goal commitment unit-commitment activity). Children of hidden levels move up. */
  @property() levels?: string;

  /** How many levels are open at first: 0 closes everything, 1 opens the top level (default). */
  @property({ type: Number, attribute: 'expanded-depth' }) expandedDepth = 1;

  /** The id of the selected goal. Setting it opens the path to the goal and shows its details. */
  @property({ reflect: true }) selected?: string;

  /** Opt in to `#goal=<id>` links: the hash selects and focuses a goal; selecting updates the hash. */
  @property({ type: Boolean, attribute: 'hash-links' }) hashLinks = false;

  @state() private expanded: ReadonlySet<string> = new Set<string>();
  @state() private focusId?: string;
  @state() private statusFilter: readonly Status[] = [];
  @state() private ownerFilter = '';
  @state() private levelFilter: GoalLevel | '' = '';
  @state() private query = '';
  @state() private announcement = '';
  @state() private printing = false;

  private model?: GoalTreeModel;
  private modelKey?: { feed: Feed; lang: Lang; root?: string; levels?: string };
  private filter?: FilterResult;
  private filterKey = '';
  /** The model `filter` was computed for. */
  private filterFor?: GoalTreeModel;
  /** Open nodes before a filter opened its own; restored when the filters are cleared. */
  private expandedBeforeFilter?: ReadonlySet<string>;
  /** Children shown under the current filter, by node key (filled as rendered). */
  private kids = new Map<number, readonly GoalNode[]>();
  private tops: readonly GoalNode[] = [];
  /** The overview picture's tree: a new array only when the model or the filter changes. */
  private overviewNodes: readonly OverviewNode[] = [];
  private overviewFor?: FilterResult;
  /** Whether many rows are open (then off-screen rows skip layout, see the styles). */
  private large = false;
  /** The node with tabindex="0". */
  private tabKey = -1;
  private rows?: { list: GoalNode[]; index: Map<number, number> };
  /** The selection this element made itself; any other value of `selected` is a deep link. */
  private ownSelection?: string;
  /** A goal to open the path to, select and maybe focus; `announce`: fire insyn-node-select (a `#goal=` link). */
  private pendingReveal?: { id: string; focus: boolean; announce?: boolean };
  private selectEventAfterUpdate?: GoalNode;
  private focusAfterUpdate?: string;
  private hashRead = false;
  private treeShown = false;
  private typed = '';
  private typedAt = 0;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /**
   * Narrower than the side-by-side layout (the container query at {@link WIDE_LAYOUT_REM}): the
   * details panel follows the list, so selecting takes the reader to it (see `select`).
   */
  private narrow = false;
  /** The overview picture's box in CSS px (undefined until measured): it is drawn at that width. */
  private overviewWidth?: number;
  /** The content width the last render was measured at. */
  private measuredWidth = -1;
  private resizeObserver?: ResizeObserver;
  private resizeFrame = 0;
  private asideEstimated = false;
  /** Set by a reader's selection on a narrow element: focus the details panel's heading. */
  private detailsFocusAfterUpdate = false;
  private warned = new WeakSet<GoalTreeModel>();
  /** Bumped when every row must render again (new model, filter, language, texts, printing or static). */
  private epoch = 0;
  /** Per node key: bumped when something in the node's row or subtree changes. */
  private revisions = new Uint32Array(0);
  private rowTexts: (RowText | undefined)[] = [];
  /** What the last render was made from, to find what changed. */
  private rendered?: {
    model: GoalTreeModel;
    filter: FilterResult;
    lang: Lang;
    texts: unknown;
    printing: boolean;
    expanded: ReadonlySet<string>;
    selected?: string;
    tabKey: number;
  };

  loadCheck(): Promise<SectionCheck> {
    return import('../feed/sections/goals.js').then((m) => m.check);
  }

  protected override ownTexts(): Readonly<Record<Lang, Readonly<Record<GoalTreeTextKey, string>>>> {
    return GOAL_TREE_TEXTS;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.goals?.length;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
    this.resizeObserver ??= new ResizeObserver(this.handleResize);
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
    clearTimeout(this.announceTimer);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
  }

  /** The goal model the element shows (undefined until the feed is ready). For hosts and tests. */
  get tree(): GoalTreeModel | undefined {
    return this.model;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Deep links: a `selected` the element did not set itself (also before the feed is ready).
    if (changed.has('selected') && this.selected !== this.ownSelection) {
      this.ownSelection = this.selected;
      this.pendingReveal = this.selected ? { id: this.selected, focus: this.treeShown } : undefined;
    }
    const state = this.feedController.state;
    if (state.kind !== 'ready' || this.isEmpty(state.feed)) {
      this.model = undefined;
      this.modelKey = undefined;
      this.treeShown = false;
      return;
    }
    const feed = state.feed;
    const lang = this.resolvedLang;
    const key = this.modelKey;
    const structureChanged =
      !key || key.feed !== feed || key.root !== this.root || key.levels !== this.levels;
    if (structureChanged || key.lang !== lang) {
      this.model = buildGoalTree(feed, { lang, root: this.root, levels: parseLevels(this.levels) });
      this.modelKey = { feed, lang, root: this.root, levels: this.levels };
      this.warnAbout(this.model);
    }
    const model = this.model!;
    this.measure();
    if (structureChanged || changed.has('expandedDepth')) {
      this.expanded = this.initialExpanded(model);
      this.expandedBeforeFilter = undefined;
    }

    // Deep links: the hash (once, when opted in).
    if (this.hashLinks && !this.hashRead) {
      this.hashRead = true;
      const id = this.hashGoal();
      if (id) this.pendingReveal = { id, focus: true, announce: true };
    }
    if (this.pendingReveal && model.byId.has(this.pendingReveal.id)) {
      const node = model.byId.get(this.pendingReveal.id)!;
      this.applyFilter(model, structureChanged);
      if (!this.filter!.visible[node.key]) this.clearFilterState();
    } else if (this.pendingReveal && !structureChanged) {
      this.pendingReveal = undefined; // not in this tree (root or levels hide it)
    }

    this.applyFilter(model, structureChanged);
    if (this.pendingReveal && model.byId.has(this.pendingReveal.id)) {
      const { id, focus, announce } = this.pendingReveal;
      this.pendingReveal = undefined;
      if (announce && id !== this.selected) this.selectEventAfterUpdate = model.byId.get(id);
      const node = model.byId.get(id)!;
      this.expanded = new Set([...this.expanded, ...pathTo(node)]);
      this.ownSelection = id;
      this.selected = id;
      this.focusId = id;
      if (focus) this.focusAfterUpdate = id;
    }

    this.kids = new Map();
    this.rows = undefined;
    this.tops = this.filter!.active ? model.roots.filter((n) => this.filter!.visible[n.key]) : model.roots;
    this.tabKey = this.tabTarget(model);
    // Printing and static lay out every row, as a page or a PDF shows them all at once.
    this.large = !this.showAll && this.expanded.size > LARGE_TREE;
    this.trackChanges(model);
    if (this.overviewFor !== this.filter) {
      this.overviewFor = this.filter;
      this.overviewNodes = toOverviewNodes(model, this.filter!);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.treeShown = this.model !== undefined;
    const announced = this.selectEventAfterUpdate;
    if (announced) {
      this.selectEventAfterUpdate = undefined;
      this.emit('insyn-node-select', { id: announced.id, goal: announced.goal });
    }
    const id = this.focusAfterUpdate;
    if (id !== undefined && this.model) {
      this.focusAfterUpdate = undefined;
      const node = this.model.byId.get(id);
      if (node) this.itemOf(node)?.focus();
    }
    if (this.detailsFocusAfterUpdate) {
      this.detailsFocusAfterUpdate = false;
      const title = (this.renderRoot as ShadowRoot).getElementById('details-title');
      if (title) {
        title.focus({ preventScroll: true });
        // At once, not smoothly: nothing moves, whatever the reader's motion setting.
        title.closest('.details')?.scrollIntoView({ block: 'start' });
      }
    }
    // The picture's box was estimated before it existed: measure it in the next frame.
    if (this.asideEstimated) {
      this.asideEstimated = false;
      this.handleResize();
    }
  }

  /**
   * Reads the element's content width (the container query's) and the overview's box. Reading
   * layout here is cheap: it is clean between updates, and the tree does not change its width.
   */
  private measure(): void {
    const style = getComputedStyle(this);
    const width = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (!(width > 0)) return; // not laid out (e.g. in a closed tab): keep the last measure
    this.measuredWidth = width;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.narrow = width < WIDE_LAYOUT_REM * rem;
    const aside = this.renderRoot.querySelector<HTMLElement>('.aside')?.clientWidth;
    this.asideEstimated = !aside;
    // Before the first render of the tree: the aside is the whole width, or its grid column.
    this.overviewWidth = Math.floor(aside || (this.narrow ? width : Math.max(18 * rem, (width - rem) * 0.4)));
  }

  /* ---- Derived state ---------------------------------------------------------------------- */

  /**
   * Decides what must render again: everything (a new epoch) when the model, filter, language,
   * texts or print mode changed; otherwise only the rows whose open state, selection or tab stop
   * changed, and their ancestors (their revisions are bumped).
   */
  private trackChanges(model: GoalTreeModel): void {
    const last = this.rendered;
    const lang = this.resolvedLang;
    if (!last || last.model !== model || last.lang !== lang || last.texts !== this.texts) {
      this.rowTexts = [];
    }
    if (!last || last.model !== model) this.revisions = new Uint32Array(model.nodes.length);
    if (
      !last ||
      last.model !== model ||
      last.filter !== this.filter ||
      last.lang !== lang ||
      last.texts !== this.texts ||
      last.printing !== this.showAll
    ) {
      this.epoch++;
    } else {
      const touched: (GoalNode | undefined)[] = [];
      if (last.expanded !== this.expanded) {
        for (const id of last.expanded) if (!this.expanded.has(id)) touched.push(model.byId.get(id));
        for (const id of this.expanded) if (!last.expanded.has(id)) touched.push(model.byId.get(id));
      }
      if (last.selected !== this.selected) {
        touched.push(last.selected === undefined ? undefined : model.byId.get(last.selected));
        touched.push(this.selected === undefined ? undefined : model.byId.get(this.selected));
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
      filter: this.filter!,
      lang,
      texts: this.texts,
      printing: this.showAll,
      expanded: this.expanded,
      selected: this.selected,
      tabKey: this.tabKey,
    };
  }

  private initialExpanded(model: GoalTreeModel): Set<string> {
    const depth = Number.isFinite(this.expandedDepth) ? this.expandedDepth : 1;
    const open = new Set<string>();
    if (depth <= 0) return open;
    for (const node of model.nodes) if (node.depth < depth && node.children.length) open.add(node.id);
    return open;
  }

  /**
   * Filters the model. When the filters change (or a new tree comes with filters in effect), the
   * open nodes become the paths to the matches; clearing the filters restores what was open.
   */
  private applyFilter(model: GoalTreeModel, structureChanged: boolean): void {
    const key = JSON.stringify([this.statusFilter, this.ownerFilter, this.levelFilter, this.query]);
    if (this.filter && this.filterFor === model && key === this.filterKey) return;
    const wasActive =
      this.filterFor !== undefined && this.filterKey !== key && (this.filter?.active ?? false);
    const filtersChanged = key !== this.filterKey;
    this.filterKey = key;
    this.filterFor = model;
    this.filter = filterGoalTree(model, {
      statuses: this.statusFilter,
      owner: this.ownerFilter,
      level: this.levelFilter || undefined,
      query: this.query,
    });
    if (!filtersChanged && !structureChanged) return; // a new language: what is open stays open
    if (this.filter.active) {
      if (!wasActive) this.expandedBeforeFilter = this.expanded;
      this.expanded = new Set(this.filter.open);
    } else if (wasActive) {
      this.expanded = this.expandedBeforeFilter ?? this.initialExpanded(model);
      this.expandedBeforeFilter = undefined;
    }
  }

  private clearFilterState(): void {
    this.statusFilter = [];
    this.ownerFilter = '';
    this.levelFilter = '';
    this.query = '';
  }

  private warnAbout(model: GoalTreeModel): void {
    if (this.warned.has(model) || model.problems.length === 0) return;
    this.warned.add(model);
    const lines = model.problems
      .slice(0, 20)
      .map((p) => `  ${p.kind}: ${'id' in p ? p.id : `/goals/${p.index}`}`);
    console.warn(
      `[insyn] <${this.localName}>: ${model.problems.length} problem(s) in the goal tree:\n${lines.join('\n')}`,
    );
  }

  /** Printing, or `static`: every node is open. */
  private get showAll(): boolean {
    return this.printing || this.isStatic;
  }

  private isOpen(node: GoalNode): boolean {
    return this.showAll || this.expanded.has(node.id);
  }

  private kidsOf(node: GoalNode): readonly GoalNode[] {
    const filter = this.filter!;
    if (!filter.active) return node.children;
    let kids = this.kids.get(node.key);
    if (!kids) this.kids.set(node.key, (kids = visibleChildren(node, filter)));
    return kids;
  }

  /** Whether a node has a row in the DOM: shown by the filter and under open parents. */
  private isRendered(node: GoalNode): boolean {
    if (!this.filter!.visible[node.key]) return false;
    for (let p = node.parent; p; p = p.parent) if (!this.isOpen(p)) return false;
    return true;
  }

  private tabTarget(model: GoalTreeModel): number {
    for (const id of [this.focusId, this.selected]) {
      const node = id === undefined ? undefined : model.byId.get(id);
      if (node && this.isRendered(node)) return node.key;
    }
    return this.tops[0]?.key ?? -1;
  }

  private visibleRowList(): { list: GoalNode[]; index: Map<number, number> } {
    if (!this.rows) {
      const list = visibleRows(this.model!, this.filter!, (node) => this.isOpen(node));
      this.rows = { list, index: new Map(list.map((node, i) => [node.key, i])) };
    }
    return this.rows;
  }

  private itemOf(node: GoalNode): HTMLElement | null {
    // By id: a shadow root keeps an id map, where a selector would walk 10,000 rows on every key.
    return (this.renderRoot as ShadowRoot).getElementById(`node-${node.key}`);
  }

  private nodeOf(target: EventTarget | null): GoalNode | undefined {
    const item = target instanceof Element ? target.closest<HTMLElement>('[role="treeitem"]') : null;
    const key = Number(item?.dataset.key);
    return Number.isInteger(key) ? this.model?.nodes[key] : undefined;
  }

  private hashGoal(): string | undefined {
    const hash = window.location.hash.replace(/^#/, '');
    if (!hash) return undefined;
    try {
      return new URLSearchParams(hash).get('goal') ?? undefined;
    } catch {
      return undefined;
    }
  }

  /* ---- Actions ---------------------------------------------------------------------------- */

  /**
   * The reader selected a goal (click, Enter, Space, the overview). On a narrow element the
   * details panel is below the whole list, out of sight: it is scrolled into view and focus
   * moves to its heading. Not inline under the row: inside role="tree" every child must be a
   * treeitem or a group, and a treeitem's content is its accessible name, so a panel there
   * (headings, a list, links) would be read as one long name, and screen readers in the tree's
   * focus mode would not read it as text. The row stays the tree's tab stop (roving tabindex),
   * so Shift+Tab from the heading, or the panel's "back" button, returns to it.
   */
  private select(node: GoalNode): void {
    this.ownSelection = node.id;
    this.selected = node.id;
    this.focusId = node.id;
    if (this.narrow) this.detailsFocusAfterUpdate = true;
    if (this.hashLinks) {
      const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
      params.set('goal', node.id);
      // replaceState: no new history entry, no hashchange, no scroll jump.
      history.replaceState(history.state, '', `#${params.toString()}`);
    }
    this.emit('insyn-node-select', { id: node.id, goal: node.goal });
  }

  private setOpen(node: GoalNode, open: boolean): void {
    if (this.kidsOf(node).length === 0 || this.expanded.has(node.id) === open) return;
    const next = new Set(this.expanded);
    if (open) next.add(node.id);
    else next.delete(node.id);
    this.expanded = next;
    if (!open) {
      // Focus inside a closed node would be lost with its row: it moves to the node.
      const focused = this.focusId === undefined ? undefined : this.model!.byId.get(this.focusId);
      for (let p = focused?.parent; p; p = p.parent) {
        if (p === node) {
          this.focusId = node.id;
          if ((this.renderRoot as ShadowRoot).activeElement) this.focusAfterUpdate = node.id;
          break;
        }
      }
    }
    this.emit('insyn-node-toggle', { id: node.id, goal: node.goal, expanded: open });
  }

  private moveFocus(node: GoalNode | undefined, options?: FocusOptions): void {
    if (!node) return;
    this.focusId = node.id;
    const item = this.itemOf(node);
    if (item) item.focus(options);
    else this.focusAfterUpdate = node.id;
  }

  /* ---- Handlers --------------------------------------------------------------------------- */

  private handleTreeClick(event: MouseEvent): void {
    const node = this.nodeOf(event.target);
    if (!node) return;
    if ((event.target as Element).closest('.toggle')) this.setOpen(node, !this.expanded.has(node.id));
    else this.select(node);
    // The reader clicked the row, so it is in view: focusing must not scroll.
    this.moveFocus(node, { preventScroll: true });
  }

  private handleTreeFocus(event: FocusEvent): void {
    const node = this.nodeOf(event.target);
    if (node && node.id !== this.focusId) this.focusId = node.id;
  }

  private handleTreeKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const node = this.nodeOf(event.target);
    if (!node) return;
    // The row that gets keys has focus, whether or not a focus event reached us (a page in a
    // background tab gets none).
    if (this.focusId !== node.id) this.focusId = node.id;
    const { list, index } = this.visibleRowList();
    const at = index.get(node.key) ?? 0;
    const kids = this.kidsOf(node);
    // Any other key ends a type-ahead string.
    if (event.key.length !== 1 || event.key === ' ') this.typed = '';
    switch (event.key) {
      case 'ArrowDown':
        this.moveFocus(list[at + 1]);
        break;
      case 'ArrowUp':
        this.moveFocus(list[at - 1]);
        break;
      case 'ArrowRight':
        if (kids.length === 0) break;
        if (!this.isOpen(node)) this.setOpen(node, true);
        else this.moveFocus(kids[0]);
        break;
      case 'ArrowLeft':
        if (kids.length > 0 && this.isOpen(node)) this.setOpen(node, false);
        else this.moveFocus(node.parent);
        break;
      case 'Home':
        this.moveFocus(list[0]);
        break;
      case 'End':
        this.moveFocus(list[list.length - 1]);
        break;
      case 'Enter':
      case ' ':
        this.select(node);
        break;
      case '*': {
        const siblings = node.parent ? this.kidsOf(node.parent) : this.tops;
        for (const sibling of siblings) this.setOpen(sibling, true);
        break;
      }
      default:
        if (event.key.length !== 1 || !/\S/u.test(event.key)) return;
        this.handleTypeAhead(event.key, list, at);
    }
    event.preventDefault();
  }

  private handleTypeAhead(char: string, list: readonly GoalNode[], at: number): void {
    const now = performance.now();
    this.typed = now - this.typedAt > TYPE_AHEAD_MS ? char : this.typed + char;
    this.typedAt = now;
    const found = typeAhead(list, at, this.typed, this.resolvedLang);
    if (found >= 0) this.moveFocus(list[found]);
  }

  private handleSearch(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.scheduleAnnouncement();
  }

  private handleStatusChange(event: Event): void {
    const boxes = (event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input:checked');
    this.statusFilter = [...boxes].map((box) => box.value as Status);
    this.scheduleAnnouncement();
  }

  private handleOwnerChange(event: Event): void {
    this.ownerFilter = (event.target as HTMLSelectElement).value;
    this.scheduleAnnouncement();
  }

  private handleLevelChange(event: Event): void {
    this.levelFilter = (event.target as HTMLSelectElement).value as GoalLevel | '';
    this.scheduleAnnouncement();
  }

  private handleClearFilters(): void {
    this.clearFilterState();
    this.scheduleAnnouncement();
  }

  private handleExpandAll(): void {
    if (!this.model) return;
    const open = new Set<string>();
    for (const node of this.model.nodes) {
      if (this.filter!.visible[node.key] && this.kidsOf(node).length) open.add(node.id);
    }
    this.expanded = open;
  }

  private handleCollapseAll(): void {
    const focused = this.focusId === undefined ? undefined : this.model?.byId.get(this.focusId);
    let top = focused;
    while (top?.parent) top = top.parent;
    this.expanded = new Set();
    if (top) this.focusId = top.id;
  }

  private readonly handleHashChange = (): void => {
    if (!this.hashLinks) return;
    const id = this.hashGoal();
    if (!id || id === this.selected) return;
    this.pendingReveal = { id, focus: true, announce: true };
    this.requestUpdate();
  };

  /** Back from the details panel to the tree's tab stop (the selected goal's row when shown). */
  private handleBackToList(): void {
    const node = this.model?.nodes[this.tabKey];
    if (node) this.itemOf(node)?.focus();
  }

  /** Measures again in the next frame: changing layout inside a ResizeObserver callback loops. */
  private readonly handleResize = (): void => {
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => {
      const style = getComputedStyle(this);
      const width = this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const aside = this.renderRoot.querySelector<HTMLElement>('.aside');
      if (
        this.model &&
        (width !== this.measuredWidth || (aside && Math.floor(aside.clientWidth) !== this.overviewWidth))
      ) {
        this.requestUpdate();
      }
    });
  };

  private readonly handleBeforePrint = (): void => {
    if (!this.model) return;
    this.printing = true;
    // Print layout is computed right after this handler: render every node now, not in a microtask.
    this.performUpdate();
  };

  private readonly handleAfterPrint = (): void => {
    this.printing = false;
  };

  /** Announces the result count once the reader pauses (polite live region). */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText();
    }, ANNOUNCE_MS);
  }

  /** Selects a goal from the overview picture: the list follows (path opened, tab stop moved). */
  private readonly selectFromOverview = (id: string): void => {
    const node = this.model?.byId.get(id);
    if (!node) return;
    this.expanded = new Set([...this.expanded, ...pathTo(node)]);
    this.select(node);
  };

  /* ---- Rendering -------------------------------------------------------------------------- */

  private countText(): string {
    const filter = this.filter;
    const model = this.model;
    if (!filter || !model) return '';
    const lang = this.resolvedLang;
    const t = this.t;
    const total = model.nodes.length;
    const values = { total: formatNumber(total, lang), count: formatNumber(filter.matchCount, lang) };
    if (!filter.active) return fill(isOne(total, lang) ? t.countAllOne : t.countAllOther, values);
    if (filter.matchCount === 0) return t.noMatches;
    return fill(isOne(filter.matchCount, lang) ? t.countFilteredOne : t.countFilteredOther, values);
  }

  protected renderReady(_feed: Feed): TemplateResult {
    const model = this.model!;
    const filter = this.filter!;
    const t = this.t;
    const rootMissing = model.problems.find((p) => p.kind === 'root-not-found');
    if (this.isStatic) return this.renderStatic(model, rootMissing?.id);
    return html`<div class="goal-tree" part="base">
      ${this.renderToolbar(model, filter)}
      <div class="layout">
        <div class="list">
          <p class="count plain-hidden" part="count">${this.countText()}</p>
          <p class="visually-hidden" role="status">${this.announcement}</p>
          ${rootMissing ? html`<p class="notice" part="notice">${fill(t.rootNotFound, { id: rootMissing.id })}</p>` : nothing}
          ${
            model.orphans.length
              ? html`<p class="notice notice--warning" part="notice">
                  ${fill(isOne(model.orphans.length, this.resolvedLang) ? t.orphansOne : t.orphansOther, {
                    count: model.orphans.length,
                  })}
                </p>`
              : nothing
          }
          ${
            this.tops.length
              ? html`<ul
                  class=${this.large ? 'tree tree--large' : 'tree'}
                  part="tree"
                  role="tree"
                  aria-label=${t.treeLabel}
                  @click=${this.handleTreeClick}
                  @keydown=${this.handleTreeKeydown}
                  @focusin=${this.handleTreeFocus}
                >
                  ${repeat(this.tops, keyOf, this.renderNode)}
                </ul>`
              : html`<p class="none">
                  ${filter.active ? t.noMatches : t.nothingShown}
                  ${
                    filter.active
                      ? html`<button type="button" class="button" @click=${this.handleClearFilters}>
                          ${t.clearFilters}
                        </button>`
                      : nothing
                  }
                </p>`
          }
        </div>
        <div class="aside">
          ${this.renderDetails()}
          <!-- The overview picture (overview.ts): beside the list from 64rem, below it when narrower. -->
          ${renderOverview(this.overviewNodes, this.selected, this.selectFromOverview, overviewTextsFrom(this.t, this.resolvedLang), this.overviewWidth)}
        </div>
      </div>
    </div>`;
  }

  /**
   * `static`: the whole tree as nested lists, no tree-view roles, handlers or tab stops (a tree
   * view promises keys that nothing here answers), and the overview picture without clicks.
   */
  private renderStatic(model: GoalTreeModel, rootMissing: string | undefined): TemplateResult {
    const t = this.t;
    return html`<div class="goal-tree goal-tree--static" part="base">
      <div class="layout">
        <div class="list">
          <p class="count plain-hidden" part="count">${this.countText()}</p>
          ${rootMissing ? html`<p class="notice" part="notice">${fill(t.rootNotFound, { id: rootMissing })}</p>` : nothing}
          ${
            this.tops.length
              ? html`<ul
                  class=${this.large ? 'tree tree--large' : 'tree'}
                  part="tree"
                  aria-label=${t.treeLabel}
                >
                  ${repeat(this.tops, keyOf, this.renderNode)}
                </ul>`
              : html`<p class="none">${t.nothingShown}</p>`
          }
        </div>
        <div class="aside">
          ${renderOverview(this.overviewNodes, undefined, ignoreSelect, overviewTextsFrom(this.t, this.resolvedLang), this.overviewWidth)}
        </div>
      </div>
    </div>`;
  }

  private renderToolbar(model: GoalTreeModel, filter: FilterResult): TemplateResult {
    const t = this.t;
    const active = this.statusFilter.length + (this.ownerFilter ? 1 : 0) + (this.levelFilter ? 1 : 0);
    const owners = model.units.filter((unit) => (model.ownerTotals.get(unit.id) ?? 0) > 0);
    const levels = GOAL_LEVELS.filter((level) => model.nodes.some((node) => node.level === level));
    const optionText = (label: string, count: number): string => fill(t.optionCount, { label, count });
    return html`<div class="toolbar" part="toolbar">
      <div class="search">
        <label for="search">${t.search}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${this.handleSearch}
        />
      </div>
      <details class="filters">
        <summary>${active ? fill(t.filtersActive, { count: active }) : t.filters}</summary>
        <div class="filters__body">
          <fieldset class="statuses" @change=${this.handleStatusChange}>
            <legend>${t.filterStatus}</legend>
            ${STATUSES.map(
              (status) =>
                html`<label class="check">
                  <input type="checkbox" value=${status} .checked=${this.statusFilter.includes(status)} />
                  ${renderStatus(status, t)}
                  <span class="check__count">(${filter.facets.status[status]})</span>
                </label>`,
            )}
          </fieldset>
          <div class="field">
            <label for="owner">${t.filterOwner}</label>
            <select id="owner" @change=${this.handleOwnerChange}>
              <option value="" ?selected=${!this.ownerFilter}>${t.allOwners}</option>
              ${owners.map(
                (unit) =>
                  html`<option value=${unit.id} ?selected=${unit.id === this.ownerFilter}>
                    ${optionText(unit.name, filter.facets.owner.get(unit.id) ?? 0)}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="level">${t.filterLevel}</label>
            <select id="level" @change=${this.handleLevelChange}>
              <option value="" ?selected=${!this.levelFilter}>${t.allLevels}</option>
              ${levels.map(
                (level) =>
                  html`<option value=${level} ?selected=${level === this.levelFilter}>
                    ${optionText(t[LEVEL_TEXT_KEY[level]], filter.facets.level[level])}
                  </option>`,
              )}
            </select>
          </div>
        </div>
      </details>
      <div class="actions">
        <button type="button" class="button" @click=${this.handleExpandAll}>${t.expandAll}</button>
        <button type="button" class="button" @click=${this.handleCollapseAll}>${t.collapseAll}</button>
        ${
          filter.active
            ? html`<button type="button" class="button" @click=${this.handleClearFilters}>
                ${t.clearFilters}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  /** Text with the search matches in <mark> (text nodes only, never HTML). */
  private highlighted(value: string): TemplateResult | string {
    const filter = this.filter!;
    if (!filter.query) return value;
    const ranges = highlightRanges(value, filter, this.resolvedLang);
    if (ranges.length === 0) return value;
    return html`${splitByRanges(value, ranges).map((part) =>
      part.match ? html`<mark>${part.text}</mark>` : part.text,
    )}`;
  }

  private periodText(node: GoalNode): string {
    const period = node.period;
    if (period === undefined) return '';
    if (typeof period === 'string') return formatPeriod(period, this.resolvedLang);
    return formatPeriodRange(period.from, period.to, this.resolvedLang);
  }

  /**
   * One row and, when open, its children. Guarded: a subtree whose revision, position and the
   * global epoch are unchanged is not rendered again, so opening one node in a 10,000-node
   * tree touches only the path to it and its siblings.
   */
  private readonly renderNode = (node: GoalNode, index: number): unknown =>
    guard([this.epoch, this.revisions[node.key], index], () => this.renderItem(node, index));

  private renderItem(node: GoalNode, index: number): TemplateResult {
    const kids = this.kidsOf(node);
    const open = kids.length > 0 && this.isOpen(node);
    const siblings = node.parent ? this.kidsOf(node.parent) : this.tops;
    const text = this.rowText(node);
    const k = node.key;
    // Static: a plain list item (no tree-view roles, states or tab stop), its description shown.
    const tree = !this.isStatic;
    const description = tree ? undefined : node.description;
    return html`<li
      role=${ifDefined(tree ? 'treeitem' : undefined)}
      class="node"
      id="node-${k}"
      data-key=${k}
      aria-level=${ifDefined(tree ? node.depth + 1 : undefined)}
      aria-setsize=${ifDefined(tree ? siblings.length : undefined)}
      aria-posinset=${ifDefined(tree ? index + 1 : undefined)}
      aria-expanded=${ifDefined(tree && kids.length ? (open ? 'true' : 'false') : undefined)}
      aria-selected=${ifDefined(tree ? (node.id === this.selected ? 'true' : 'false') : undefined)}
      tabindex=${ifDefined(tree ? (k === this.tabKey ? 0 : -1) : undefined)}
    >
      <div class="row" part="node">
        ${tree ? html`<span class="toggle" aria-hidden="true"></span>` : nothing}
        <span class="row__body">
          <span class="title">${this.highlighted(node.title)}</span>
          <span class="level"
            >${text.level}${node.orphan ? html` <span class="flag">${this.orphanText(node)}</span>` : nothing}</span
          >
          <span class="meta"
            >${node.verdictDiffers ? this.renderVerdictPair(node) : renderStatus(node.status, this.t)}<span
              class="meta__item"
              >${node.owner ? this.highlighted(node.owner.name) : nothing}</span
            ><span class="meta__item">${text.period || nothing}</span>${
              node.progress === undefined
                ? nothing
                : html`<span class="meta__item"
                    >${text.progress}<progress aria-hidden="true" max="100" .value=${node.progress}></progress
                  ></span>`
            }<span class="meta__item">${text.rollup || nothing}</span></span
          >${description ? html`<span class="row__description">${description}</span>` : nothing}
        </span>
      </div>
      ${
        open
          ? html`<ul role=${ifDefined(tree ? 'group' : undefined)} class="group">
              ${repeat(kids, keyOf, this.renderNode)}
            </ul>`
          : nothing
      }
    </li>`;
  }

  /** Status and a verdict that differs from it, both labelled. */
  private renderVerdictPair(node: GoalNode): TemplateResult {
    const t = this.t;
    const verdict = node.verdict!;
    return html`<span class="meta__item">${t.statusLabel}: ${renderStatus(node.status, t)}</span
      ><span class="meta__item">${this.verdictHeading(verdict)}: ${renderStatus(verdict.status, t)}</span>`;
  }

  /** The words of a row, formatted once per model, language and texts. */
  private rowText(node: GoalNode): RowText {
    let text = this.rowTexts[node.key];
    if (!text) {
      const t = this.t;
      text = {
        level: t[LEVEL_TEXT_KEY[node.level]],
        period: this.periodText(node),
        progress:
          node.progress === undefined
            ? ''
            : `${t.progressLabel} ${formatPercent(node.progress, this.resolvedLang)}`,
        rollup: node.rollup.total ? fill(t.rollup, { good: node.rollup.good, total: node.rollup.total }) : '',
      };
      this.rowTexts[node.key] = text;
    }
    return text;
  }

  private orphanText(node: GoalNode): string {
    if (node.orphan === 'cycle') return this.t.orphanCycle;
    return fill(this.t.orphanMissing, { parent: node.goal.parent ?? '' });
  }

  private verdictHeading(verdict: NodeVerdict): string {
    return verdict.period
      ? fill(this.t.verdictFor, { period: formatPeriodInText(verdict.period, this.resolvedLang) })
      : this.t.verdictLabel;
  }

  private renderDetails(): TemplateResult {
    const t = this.t;
    const node = this.selected === undefined ? undefined : this.model?.byId.get(this.selected);
    if (!node) {
      return html`<section class="details details--empty" part="details" aria-label=${t.detailsLabel}>
        <p>${t.detailsHint}</p>
      </section>`;
    }
    const lang = this.resolvedLang;
    const period = this.periodText(node);
    const verdict = node.verdict;
    const href =
      typeof node.goal.url === 'string' && SAFE_HREF.test(node.goal.url) ? node.goal.url : undefined;
    // Wide, the panel is a scroll container of its own (sticky beside the list): a tab stop so
    // keys can scroll it. Narrow, it is not, and Shift+Tab from its heading goes to the tree.
    return html`<section
      class="details"
      part="details"
      aria-labelledby="details-title"
      tabindex=${ifDefined(this.narrow ? undefined : '0')}
    >
      <p class="level">${t[LEVEL_TEXT_KEY[node.level]]}</p>
      <h3 class="details__title" id="details-title" tabindex="-1">${this.highlighted(node.title)}</h3>
      ${node.description ? html`<p class="details__description">${this.highlighted(node.description)}</p>` : nothing}
      <dl class="facts">
        ${
          node.owner
            ? html`<div>
                <dt>${t.ownerLabel}</dt>
                <dd>
                  ${this.highlighted(node.owner.name)}${node.owner.type ? ` (${t[UNIT_TEXT[node.owner.type]]})` : ''}
                </dd>
              </div>`
            : nothing
        }
        ${
          period
            ? html`<div>
                <dt>${t.periodLabel}</dt>
                <dd>${period}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t.statusLabel}</dt>
          <dd>
            ${renderStatus(node.status, t)} <span class="muted">(${this.statusSource(node)})</span>
            ${
              node.reportedStatus !== undefined && node.reportedStatus !== node.computedStatus
                ? html`<br /><span class="muted"
                      >${fill(t.computedOther, { what: this.computedWhat(node) })}</span
                    >
                    ${renderStatus(node.computedStatus, t)}`
                : nothing
            }
          </dd>
        </div>
        ${
          verdict
            ? html`<div>
                <dt>${this.verdictHeading(verdict)}</dt>
                <dd>
                  ${renderStatus(verdict.status, t)}${
                    verdict.date
                      ? html` <span class="muted"
                          >(${fill(t.verdictDate, { date: formatDate(verdict.date, lang) })})</span
                        >`
                      : nothing
                  }
                  ${verdict.text ? html`<p class="verdict__text">${verdict.text}</p>` : nothing}
                </dd>
              </div>`
            : nothing
        }
        ${
          node.progress !== undefined
            ? html`<div>
                <dt>${t.progressLabel}</dt>
                <dd>${formatPercent(node.progress, lang)}</dd>
              </div>`
            : nothing
        }
        ${
          node.rollup.total
            ? html`<div>
                <dt>${t.childrenLabel}</dt>
                <dd>${fill(t.rollup, { good: node.rollup.good, total: node.rollup.total })}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${
        node.indicators.length || node.missingIndicators.length
          ? html`<h4 class="details__subheading">${t.indicatorsHeading}</h4>
              <ul class="indicators">
                ${node.indicators.map((summary) => this.renderIndicator(summary))}
                ${node.missingIndicators.map(
                  (id) =>
                    html`<li class="indicator indicator--missing">${fill(t.missingIndicator, { id })}</li>`,
                )}
              </ul>`
          : nothing
      }
      ${href ? html`<p><a href=${href}>${fill(t.readMore, { title: node.title })}</a></p>` : nothing}
      ${
        this.narrow
          ? html`<p class="details__back">
              <button type="button" class="button" @click=${this.handleBackToList}>${t.backToList}</button>
            </p>`
          : nothing
      }
    </section>`;
  }

  private statusSource(node: GoalNode): string {
    if (node.reportedStatus !== undefined) return this.t.reported;
    const what = this.computedWhat(node);
    return what ? fill(this.t.computed, { what }) : this.t.computedNothing;
  }

  private computedWhat(node: GoalNode): string {
    const lang = this.resolvedLang;
    const t = this.t;
    const parts: string[] = [];
    const { children, indicators } = node.computedFrom;
    if (children)
      parts.push(fill(isOne(children, lang) ? t.childrenOne : t.childrenOther, { count: children }));
    if (indicators)
      parts.push(fill(isOne(indicators, lang) ? t.indicatorsOne : t.indicatorsOther, { count: indicators }));
    return new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(parts);
  }

  private renderIndicator(summary: IndicatorSummary): TemplateResult {
    const t = this.t;
    const lang = this.resolvedLang;
    const indicator = summary.indicator;
    const latest = summary.latest;
    const value = latest
      ? fill(t.valueFor, {
          value: formatIndicatorValue(latest.value, indicator, lang),
          period: formatPeriodInText(latest.period, lang),
        }) + (latest.kind === 'preliminary' ? `, ${t.preliminary}` : '')
      : t.noValue;
    const target = summary.target
      ? fill(t.valueFor, {
          value: formatTarget(summary.target, indicator, lang, { atLeast: t.atLeast, atMost: t.atMost }),
          period: formatPeriodInText(summary.target.period, lang),
        })
      : t.noTarget;
    return html`<li class="indicator">
      <span class="indicator__title">${pickText(indicator.title, lang)}</span>
      <span class="indicator__values">
        <span>${t.latest}: ${value}</span>
        <span>${t.target}: ${target}</span>
      </span>
      ${summary.reason ? nothing : renderStatus(summary.status, t)}
    </li>`;
  }
}

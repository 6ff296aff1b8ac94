import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { Announcer } from '../core/announcer.js';
import { InsynElement } from '../core/insyn-element.js';
import { lazyTexts, type LazyTexts } from '../core/lazy-texts.js';
import { PrintController } from '../core/print-controller.js';
import { ResizeController } from '../core/resize-controller.js';
import type { GoalNode, GoalTreeModel } from './model.js';
import { GoalModelCache } from './model-cache.js';
import { goalTreeStyles } from './goal-tree.styles.js';
import { overviewStyles, overviewTextsFrom, renderOverview } from './overview.js';
import type { GoalTreeTextKey } from './goal-tree.texts.sv.js';
import { TreeKeyboard } from './tree-keyboard.js';
import { NO_FILTERS, TreeState } from './tree-state.js';
import type { TreeFilters } from './types.js';
import { renderDetails } from './views/details.js';
import { renderToolbar } from './views/toolbar.js';
import { renderTree } from './views/tree-rows.js';
import { countText } from './views/wording.js';
import { renderListHead } from './views/list-head.js';
import { hashGoal, writeHashGoal } from './hash-link.js';
import { layoutChanged, measureLayout, UNMEASURED, type LayoutMeasure } from './layout-measure.js';

export type { GoalTreeTextKey };

/** The element's words, one chunk per language: a page fetches the one it speaks. */
const goalTreeTexts = lazyTexts<GoalTreeTextKey>({
  sv: () => import('./goal-tree.texts.sv.js').then((m) => m.GOAL_TREE_TEXTS_SV),
  en: () => import('./goal-tree.texts.en.js').then((m) => m.GOAL_TREE_TEXTS_EN),
});
export type { GoalNodeSelectDetail, GoalNodeToggleDetail } from './types.js';

/** The result count is announced this long after the last change (typing in the search box). */
const ANNOUNCE_MS = 600;

/** The overview's cells select nothing under `static`. */
const ignoreSelect = (): void => undefined;

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

  @state() private filters: TreeFilters = NO_FILTERS;

  /** Says the result count once the reader pauses after a filter change. */
  private readonly announcer = new Announcer(this);
  /** Printing shows every node: rendered synchronously, as print layout follows at once. */
  private readonly print = new PrintController(this, {
    before: () => {
      if (!this.model) return;
      this.requestUpdate();
      this.performUpdate();
    },
    after: () => this.requestUpdate(),
  });
  /** Open nodes, focus, filter result and what must render again. */
  private readonly view = new TreeState(this, () => this.showAll);
  private readonly keyboard = new TreeKeyboard(this.view, {
    rows: () => this.view.visibleRows(this.model!),
    setOpen: (node, open) => this.setOpen(node, open),
    moveFocus: (node) => this.moveFocus(node),
    select: (node) => this.select(node),
    lang: () => this.resolvedLang,
  });

  private readonly models = new GoalModelCache(() => this.localName);
  /** The selection this element made itself; any other value of `selected` is a deep link. */
  private ownSelection?: string;
  /** A goal to open the path to, select and maybe focus; `announce`: fire insyn-node-select (a `#goal=` link). */
  private pendingReveal?: { id: string; focus: boolean; announce?: boolean };
  private selectEventAfterUpdate?: GoalNode;
  private focusAfterUpdate?: string;
  /** Set by a reader's selection on a narrow element: focus the details panel's heading. */
  private detailsFocusAfterUpdate = false;
  /** A filter changed: say the new count once the reader pauses. */
  private countChanged = false;
  private hashRead = false;
  private treeShown = false;
  /** The widths the last render was made for (see `layout-measure.ts`). */
  private layout: LayoutMeasure = UNMEASURED;
  private asideFrame = 0;

  /**
   * Renders again when the element's width or the aside's changes: the layout, the narrow
   * behaviour and the picture (drawn at the aside's width) follow them. One controller on the
   * element (the aside changes only with it), and one frame after a render that had to estimate
   * the aside's box because it did not exist yet (see `updated`).
   */
  private readonly resize = new ResizeController(this, { onWidth: (width) => this.checkWidths(width) });

  loadCheck(): Promise<SectionCheck> {
    return Promise.all([import('../feed/sections/goals.js'), this.loadOwnTexts()]).then(([m]) => m.check);
  }

  protected override ownTexts(): LazyTexts<GoalTreeTextKey> {
    return goalTreeTexts;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.goals?.length;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    cancelAnimationFrame(this.asideFrame);
  }

  /** The goal model the element shows (undefined until the feed is ready). For hosts and tests. */
  get tree(): GoalTreeModel | undefined {
    return this.models.model;
  }

  private get model(): GoalTreeModel | undefined {
    return this.models.model;
  }

  /** Printing, or `static`: every node is open. */
  private get showAll(): boolean {
    return this.print.printing || this.isStatic;
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
      this.models.clear();
      this.treeShown = false;
      return;
    }
    const lang = this.resolvedLang;
    const structureChanged = this.models.update(state.feed, lang, this.root, this.levels);
    const model = this.model!;
    const view = this.view;
    this.layout = measureLayout(this, this.aside()) ?? this.layout;
    if (structureChanged || changed.has('expandedDepth')) view.reset(model, this.expandedDepth);

    // Deep links: the hash (once, when opted in).
    if (this.hashLinks && !this.hashRead) {
      this.hashRead = true;
      const id = hashGoal();
      if (id) this.pendingReveal = { id, focus: true, announce: true };
    }
    const reveal = this.pendingReveal && model.byId.get(this.pendingReveal.id);
    if (reveal) {
      view.applyFilter(model, this.filters, structureChanged, this.expandedDepth);
      // A goal the filters hide is shown by clearing them.
      if (!view.filter!.visible[reveal.key]) this.filters = NO_FILTERS;
    } else if (this.pendingReveal && !structureChanged) {
      this.pendingReveal = undefined; // not in this tree (root or levels hide it)
    }

    view.applyFilter(model, this.filters, structureChanged, this.expandedDepth);
    if (reveal && this.pendingReveal) {
      const { id, focus, announce } = this.pendingReveal;
      this.pendingReveal = undefined;
      if (announce && id !== this.selected) this.selectEventAfterUpdate = reveal;
      view.openPath(reveal);
      this.ownSelection = id;
      this.selected = id;
      view.focusId = id;
      if (focus) this.focusAfterUpdate = id;
    }

    view.prepare(model, this.selected, lang, this.texts);
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
      const title = this.shadowRoot!.getElementById('details-title');
      if (title) {
        title.focus({ preventScroll: true });
        // At once, not smoothly: nothing moves, whatever the reader's motion setting.
        title.closest('.details')?.scrollIntoView({ block: 'start' });
      }
    }
    if (this.countChanged) {
      this.countChanged = false;
      if (this.model) {
        this.announcer.announce(
          countText(this.model, this.view.filter!, this.t, this.resolvedLang),
          ANNOUNCE_MS,
        );
      }
    }
    // The picture's box was estimated before it existed: measure it in the next frame.
    if (this.layout.asideEstimated) {
      this.layout = { ...this.layout, asideEstimated: false };
      cancelAnimationFrame(this.asideFrame);
      this.asideFrame = requestAnimationFrame(() => this.checkWidths());
    }
  }

  private aside(): HTMLElement | null {
    // By id: a selector would walk every row before it (10,000 open rows: milliseconds per update).
    return this.shadowRoot?.getElementById('aside') ?? null;
  }

  private checkWidths(width = this.layout.width): void {
    if (this.model && layoutChanged(this.layout, width, this.aside())) this.requestUpdate();
  }

  private itemOf(node: GoalNode): HTMLElement | null {
    // By id: a shadow root keeps an id map, where a selector would walk 10,000 rows on every key.
    return this.shadowRoot!.getElementById(`node-${node.key}`);
  }

  private nodeOf(target: EventTarget | null): GoalNode | undefined {
    const item = target instanceof Element ? target.closest<HTMLElement>('[role="treeitem"]') : null;
    const key = Number(item?.dataset.key);
    return Number.isInteger(key) ? this.model?.nodes[key] : undefined;
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
    this.view.focusId = node.id;
    if (this.layout.narrow) this.detailsFocusAfterUpdate = true;
    if (this.hashLinks) writeHashGoal(node.id);
    this.emit('insyn-node-select', { id: node.id, goal: node.goal });
  }

  private setOpen(node: GoalNode, open: boolean): void {
    const changed = this.view.setOpen(this.model!, node, open);
    if (!changed) return;
    // Focus inside a closed node would be lost with its row: it moved to the node.
    if (changed.focusMoved && this.shadowRoot!.activeElement) this.focusAfterUpdate = node.id;
    this.emit('insyn-node-toggle', { id: node.id, goal: node.goal, expanded: open });
  }

  private moveFocus(node: GoalNode | undefined, options?: FocusOptions): void {
    if (!node) return;
    this.view.focusId = node.id;
    const item = this.itemOf(node);
    if (item) item.focus(options);
    else this.focusAfterUpdate = node.id;
  }

  /* ---- Handlers --------------------------------------------------------------------------- */

  private readonly handleTreeClick = (event: MouseEvent): void => {
    const node = this.nodeOf(event.target);
    if (!node) return;
    if ((event.target as Element).closest('.toggle')) this.setOpen(node, !this.view.expanded.has(node.id));
    else this.select(node);
    // The reader clicked the row, so it is in view: focusing must not scroll.
    this.moveFocus(node, { preventScroll: true });
  };

  private readonly handleTreeFocus = (event: FocusEvent): void => {
    const node = this.nodeOf(event.target);
    if (node) this.view.focusId = node.id;
  };

  private readonly handleTreeKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const node = this.nodeOf(event.target);
    if (!node) return;
    // The row that gets keys has focus, whether or not a focus event reached us (a page in a
    // background tab gets none).
    this.view.focusId = node.id;
    if (this.keyboard.handle(event.key, node)) event.preventDefault();
  };

  private readonly handleFilters = (changes: Partial<TreeFilters>): void => {
    this.filters = { ...this.filters, ...changes };
    this.countChanged = true;
  };

  private readonly handleClearFilters = (): void => this.handleFilters(NO_FILTERS);

  private readonly handleExpandAll = (): void => {
    if (this.model) this.view.expandAll(this.model);
  };

  private readonly handleCollapseAll = (): void => this.view.collapseAll(this.model);

  private readonly handleHashChange = (): void => {
    if (!this.hashLinks) return;
    const id = hashGoal();
    if (!id || id === this.selected) return;
    this.pendingReveal = { id, focus: true, announce: true };
    this.requestUpdate();
  };

  /** Back from the details panel to the tree's tab stop (the selected goal's row when shown). */
  private readonly handleBackToList = (): void => {
    const node = this.model?.nodes[this.view.tabKey];
    if (node) this.itemOf(node)?.focus();
  };

  /** Selects a goal from the overview picture: the list follows (path opened, tab stop moved). */
  private readonly selectFromOverview = (id: string): void => {
    const node = this.model?.byId.get(id);
    if (!node) return;
    this.view.openPath(node);
    this.select(node);
  };

  /* ---- Rendering -------------------------------------------------------------------------- */

  protected renderReady(_feed: Feed): TemplateResult {
    const model = this.model!;
    const filter = this.view.filter!;
    const { t, resolvedLang: lang, selected } = this;
    const interactive = !this.isStatic;
    const head = { model, filter, t, lang, orphans: interactive };
    const tree = renderTree({
      state: this.view,
      filter,
      t,
      lang,
      interactive,
      selected,
      onClick: this.handleTreeClick,
      onKeydown: this.handleTreeKeydown,
      onFocusIn: this.handleTreeFocus,
      onClearFilters: this.handleClearFilters,
    });
    const texts = overviewTextsFrom(t, lang);
    const width = this.layout.overviewWidth;
    // `static`: nested lists without tree-view roles, handlers or tab stops (a tree view promises
    // keys that nothing here answers), no details panel, and the overview picture without clicks.
    if (!interactive) {
      return html`<div class="goal-tree goal-tree--static" part="base">
        <div class="layout">
          <div class="list">${renderListHead(head)} ${tree}</div>
          <div class="aside" id="aside">
            ${renderOverview(this.view.overviewNodes(model), undefined, ignoreSelect, texts, width)}
          </div>
        </div>
      </div>`;
    }
    return html`<div class="goal-tree" part="base">
      ${renderToolbar({
        model,
        filter,
        filters: this.filters,
        t,
        onFilters: this.handleFilters,
        onExpandAll: this.handleExpandAll,
        onCollapseAll: this.handleCollapseAll,
        onClearFilters: this.handleClearFilters,
      })}
      <div class="layout">
        <div class="list">${renderListHead({ ...head, live: this.announcer.render() })} ${tree}</div>
        <div class="aside" id="aside">
          ${renderDetails({
            node: selected === undefined ? undefined : model.byId.get(selected),
            filter,
            t,
            lang,
            narrow: this.layout.narrow,
            onBackToList: this.handleBackToList,
          })}
          <!-- The overview picture (overview.ts): beside the list from 64rem, below it when narrower. -->
          ${renderOverview(this.view.overviewNodes(model), selected, this.selectFromOverview, texts, width)}
        </div>
      </div>
    </div>`;
  }
}

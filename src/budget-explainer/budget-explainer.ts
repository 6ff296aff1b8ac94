import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Budget, Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { formatAmount } from '../core/format.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { budgetExplainerStyles, phoneTableStyles, renderWhenNearStyles } from './budget-explainer.styles.js';
import { BUDGET_EXPLAINER_TEXTS, type BudgetExplainerTextKey } from './budget-explainer.texts.js';
import {
  availableParts,
  chapterTheme,
  inSentence,
  itemTree,
  moneyFlow,
  nodeAt,
  operationsAndInvestments,
  pathOf,
  per100Split,
  pickYear,
  shownYears,
  subAreas,
  themeHasData,
  THEMES,
  trendOf,
  type ChapterTheme,
  type ItemNode,
} from './model.js';
import { parseIncome, type ParsedIncome } from './tax.js';
import { layoutLevel, neighbour, type Cell, type Direction, type Measure } from './treemap.js';
import type { BudgetModel, CategorySelectDetail, ChapterChangeDetail, Tab, ViewContext } from './types.js';
import type { IncomePeriod } from './views/my-tax.js';
import { markScrollingTables } from './views/table.js';
import { tabContentView, tabListView, type TabContentProps } from './views/tabs.js';
import { topView } from './views/top.js';

export type { CategorySelectDetail, ChapterChangeDetail } from './types.js';

declare global {
  interface HTMLElementEventMap {
    'insyn-category-select': CustomEvent<CategorySelectDetail>;
    'insyn-chapter-change': CustomEvent<ChapterChangeDetail>;
  }
}

/**
 * Without chapters in the feed, a theme's tab is named for what it shows, not for one
 * municipality's films: the title of its section (which is then not repeated inside).
 */
const THEME_TEXT: Readonly<Record<ChapterTheme, BudgetExplainerTextKey>> = {
  revenue: 'revenueHeading',
  demography: 'demoHeading',
  investments: 'investHeading',
  planning: 'trendHeading',
  value: 'per100Heading',
};

const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * Where the money comes from, where it goes, and what a resident's own tax pays for: costs by
 * area as a treemap with drill-down (or a bar list), every 100 kr of municipal tax, the
 * resident's own tax, revenue and costs, operations and investments, the years side by side,
 * and the feed's explainer films as chapters. Every chart has a summary written from the data
 * and a data table. Only what the feed has data for is offered: a feed with the costs per area
 * of one year shows those and every 100 kr, with no tabs and no figure the feed never gave.
 *
 * @tagname budget-explainer
 * @summary Where the money comes from, where it goes, and what a resident's own tax pays for.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @event insyn-category-select - A cost area was opened or picked. `detail: CategorySelectDetail`
 *   (`id`, `path`, `title`, `amount`, `unit`, `year`, `kind`, `hasChildren`, `goals`, `indicators`).
 * @event insyn-chapter-change - The resident switched chapter. `detail: ChapterChangeDetail` (`id`, `title`, `theme`).
 * @csspart base - The element's content once loaded.
 * @csspart chart - Each chart (treemap, bar lists, line charts).
 * @csspart cell - A cell of the treemap (a button).
 * @csspart table - Each data table.
 * @csspart film - A chapter's film (the facade until the resident asks for it).
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no budget.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-budget-explainer-min-height - Space reserved for the element (default 16rem).
 * @cssprop --insyn-budget-explainer-bar - Colour of the bars (default: the accent colour).
 * @attr {boolean} plain - No title line and no frame: the top heading ("Budget 2026") is visually
 * hidden (it stays in the page's outline for screen readers); chapter and section headings stay.
 * @attr {boolean} static - For print and PDF: the current view (the overview, or `chapter`, of
 * `year`) without chapter tabs, year or area selects, drill-down or chart/list buttons; costs as
 * the bar list, every data table shown open, a film's transcript shown (no player); the "my tax"
 * calculator, which needs a reader's income, is left out.
 * @attr {boolean} compact - Tighter spacing and slightly smaller type, for sidebars.
 */
export class BudgetExplainer extends InsynElement<BudgetExplainerTextKey> {
  static override styles = [
    ...InsynElement.styles,
    budgetExplainerStyles,
    renderWhenNearStyles,
    phoneTableStyles,
  ];

  protected static override readonly unavailable = {
    sv: 'Budgeten kan inte visas just nu.',
    en: 'The budget cannot be shown right now.',
  };

  readonly feedSections: readonly FeedSection[] = ['organization', 'budget'];

  /** Goals and indicators only name what an area's money goes to; the budget stands without them. */
  override get optionalSections(): readonly FeedSection[] {
    return ['goals', 'indicators'];
  }

  /** The year to show. Without it (or when the feed lacks it): the budget year. */
  @property({ type: Number }) year?: number;

  /**
   * Shows only this chapter: the feed's chapter id, or, when the feed has no chapters, one of
   * `revenue`, `demography`, `investments`, `planning` or `value` (every 100 kr and my tax).
   */
  @property() chapter?: string;

  /** The level of the element's top heading (2–6); sections are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Ids from the top level to the cost area shown. */
  @state() private path: string[] = [];
  /** A cost area without sub-areas that the resident picked (its details are shown). */
  @state() private picked?: string;
  /** The resident's choice of chart or list; without one, the list on narrow screens. */
  @state() private chosenView?: 'chart' | 'list';
  /** The treemap cell in the tab order (roving tabindex). */
  @state() private activeCell = 0;
  /** The tab shown when no `chapter` is set: null for the overview, else a chapter id. */
  @state() private tab: string | null = null;
  @state() private income?: ParsedIncome;
  @state() private incomeText = '';
  @state() private incomePeriod: IncomePeriod = 'month';
  /** Chapters whose film the resident asked for. Nothing is loaded from a video host before. */
  @state() private playing: ReadonlySet<string> = new Set();
  /** The area followed over the years; '' for all costs. */
  @state() private trendArea = '';
  @state() private width = 640;
  /** The treemap cells' font, once a cell has been rendered (for measuring their text). */
  @state() private cellFont?: string;
  /** Said by screen readers after a drill-down or a step back. */
  @state() private announcement = '';

  private get costView(): 'chart' | 'list' {
    // Static: the bar list, whose rows print as text (the treemap's cells are buttons).
    if (this.isStatic) return 'list';
    return this.chosenView ?? (this.width < 400 ? 'list' : 'chart');
  }

  private model?: BudgetModel;
  private cells: Cell[] = [];
  private resizeObserver?: ResizeObserver;
  private ruler?: Element;
  /** What the treemap cells were last laid out for; the layout is redone only when it changes. */
  private layoutKey?: unknown[];

  loadCheck(): Promise<SectionCheck> {
    return import('../feed/sections/budget.js').then((m) => m.check);
  }

  protected override ownTexts(): Readonly<Record<Lang, Readonly<Record<BudgetExplainerTextKey, string>>>> {
    return BUDGET_EXPLAINER_TEXTS;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.budget?.years.length;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Watches a zero-height ruler, not the element: the ruler's size follows the container's
    // width only, so re-rendering for a new width can never feed back into the observer.
    this.resizeObserver ??= new ResizeObserver((entries) => this.measure(entries));
    if (this.ruler) this.resizeObserver.observe(this.ruler);
    window.addEventListener('beforeprint', this.openTablesForPrint);
    window.addEventListener('afterprint', this.closeTablesAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    window.removeEventListener('beforeprint', this.openTablesForPrint);
    window.removeEventListener('afterprint', this.closeTablesAfterPrint);
  }

  /** Data tables are printed open (a closed disclosure prints as one line); closed again after. */
  private readonly openTablesForPrint = (): void => {
    for (const details of this.renderRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
      details.open = true;
      details.dataset.printOpened = '';
    }
  };

  private readonly closeTablesAfterPrint = (): void => {
    for (const details of this.renderRoot.querySelectorAll<HTMLDetailsElement>(
      'details[data-print-opened]',
    )) {
      details.open = false;
      delete details.dataset.printOpened;
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedController.state;
    const feed = state.kind === 'ready' ? state.feed : undefined;
    const budget = feed?.budget;
    if (!feed || !budget?.years.length) {
      this.model = undefined;
      return;
    }
    let m = this.model;
    if (!m || m.feed !== feed || m.lang !== this.resolvedLang || m.requested !== this.year) {
      m = this.model = this.buildModel(feed, budget);
      // Measured now, not only by the ResizeObserver (which a background tab may never run):
      // the first render then has the real width and font, with no second render.
      this.readSize(this.clientWidth);
      const node = nodeAt(m.costs, this.path);
      this.path = pathOf(node);
      if (this.picked && !node.children?.some((c) => c.data.id === this.picked)) this.picked = undefined;
    }
    const level = nodeAt(m.costs, this.path);
    const key = [level, this.width, this.cellFont];
    if (!this.layoutKey || key.some((part, i) => part !== this.layoutKey![i])) {
      this.layoutKey = key;
      this.cells = layoutLevel(
        (level.children ?? []).map((n) => ({
          id: n.data.id,
          value: n.value ?? 0,
          label: n.data.title,
          detail: formatAmount(n.value ?? 0, m.unit, this.resolvedLang),
        })),
        { width: this.width, height: this.mapHeight(), measure: this.textWidth() },
      );
    }
    if (this.activeCell >= this.cells.length) this.activeCell = 0;
  }

  private buildModel(feed: Feed, budget: Budget): BudgetModel {
    const lang = this.resolvedLang;
    const years = shownYears(budget);
    const { shown, missing } = pickYear(years, budget, this.year);
    const costs = itemTree(shown.entry.costs, lang);
    const split = per100Split(costs);
    const trend = trendOf(years, shown, budget.unit, lang);
    const available = availableParts(shown, costs, split, trend);
    const overview: Tab[] =
      available.costs || available.per100 || available.myTax ? [{ id: null, title: this.t.overviewTab }] : [];
    const feedChapters = budget.chapters ?? [];
    let tabs: Tab[];
    let chapters: Tab[];
    if (feedChapters.length > 0) {
      // A chapter of the feed is offered when its chart has data this year, or it has a text or
      // a film of its own to show; never as a heading over nothing.
      tabs = chapters = feedChapters
        .map((chapter) => ({
          id: chapter.id,
          title: pickText(chapter.title, lang),
          theme: chapterTheme(chapter),
          chapter,
        }))
        .filter(
          (tab) =>
            (tab.theme !== undefined && themeHasData(tab.theme, available)) ||
            Boolean(
              pickText(tab.chapter.summary, lang) ||
              tab.chapter.video ||
              pickText(tab.chapter.transcript, lang),
            ),
        );
    } else {
      chapters = THEMES.filter((theme) => themeHasData(theme, available)).map((theme) => ({
        id: theme,
        title: this.t[THEME_TEXT[theme]],
        theme,
      }));
      // "value" (every 100 kr and my tax) is what the overview already shows: no tab of its own.
      tabs = chapters.filter((tab) => tab.theme !== 'value');
    }
    return {
      feed,
      lang,
      requested: this.year,
      budget,
      unit: budget.unit,
      years,
      shown,
      missing,
      costs,
      flow: moneyFlow(shown.entry, costs),
      ops: operationsAndInvestments(shown, years, costs, lang),
      trend,
      split,
      available,
      tabs: [...overview, ...tabs],
      chapters,
    };
  }

  /** The treemap is square on narrow screens and wider than tall elsewhere. */
  private mapHeight(): number {
    return Math.round(this.width < 480 ? this.width : Math.min(this.width * 0.5625, 440));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const ruler = this.renderRoot.querySelector('.ruler') ?? undefined;
    if (ruler !== this.ruler) {
      if (this.ruler) this.resizeObserver?.unobserve(this.ruler);
      if (ruler) this.resizeObserver?.observe(ruler);
      this.ruler = ruler;
    }
    if (!this.listensForToggle) {
      // A data table's box is measured when its disclosure opens (`toggle` does not bubble).
      this.renderRoot.addEventListener('toggle', this.markScrollingTables, true);
      this.listensForToggle = true;
    }
    this.markScrollingTables();
  }

  private listensForToggle = false;

  private readonly markScrollingTables = (): void => markScrollingTables(this.renderRoot);

  /** The width available (from the ResizeObserver of the ruler). */
  private measure(entries: readonly ResizeObserverEntry[]): void {
    this.readSize(entries[entries.length - 1]?.contentRect.width ?? 0);
  }

  /** Takes a new width, and the font the treemap cells use (0.875em of the element's). */
  private readSize(measured: number): void {
    const width = Math.round(measured);
    if (width > 0 && Math.abs(width - this.width) >= 1) this.width = width;
    const style = getComputedStyle(this);
    const font = `${parseFloat(style.fontSize) * 0.875}px ${style.fontFamily}`;
    if (font !== this.cellFont) this.cellFont = font;
  }

  private canvas?: CanvasRenderingContext2D | null;

  /** Measures cell text in the cells' own font with a canvas; undefined until that font is known. */
  private textWidth(): Measure | undefined {
    const font = this.cellFont;
    if (!font) return undefined;
    this.canvas ??= document.createElement('canvas').getContext('2d');
    const context = this.canvas;
    if (!context) return undefined;
    return (text, bold) => {
      context.font = `${bold ? 600 : 400} ${font}`;
      return context.measureText(text).width;
    };
  }

  // ------------------------------------------------------------------------------------------
  // Handlers

  private dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private select(node: ItemNode): void {
    const m = this.model!;
    const hasChildren = (node.children?.length ?? 0) > 0;
    const path = pathOf(node);
    if (hasChildren) {
      this.path = path;
      this.picked = undefined;
      this.activeCell = 0;
      this.announcement = fill(this.t.drilled, {
        area: inSentence(node.data.title),
        count: subAreas(node.children!.length, this.t, this.resolvedLang),
      });
      void this.focusLevel();
    } else {
      this.picked = node.data.id;
    }
    this.dispatch<CategorySelectDetail>('insyn-category-select', {
      id: node.data.id,
      path,
      title: node.data.title,
      amount: node.value ?? 0,
      unit: m.unit,
      year: m.shown.year,
      kind: m.shown.kind,
      hasChildren,
      goals: node.data.goals,
      indicators: node.data.indicators,
    });
  }

  /** Back up to a level (a prefix of the path), with focus on the area we came from. */
  private goTo(depth: number): void {
    if (depth >= this.path.length) return;
    const from = this.path[depth]!;
    this.path = this.path.slice(0, depth);
    this.picked = undefined;
    const level = nodeAt(this.model!.costs, this.path);
    this.activeCell = Math.max(0, level.children?.findIndex((c) => c.data.id === from) ?? 0);
    this.announcement = fill(this.t.drilled, {
      area: level.depth === 0 ? this.t.allAreasInSentence : inSentence(level.data.title),
      count: subAreas(level.children?.length ?? 0, this.t, this.resolvedLang),
    });
    void this.focusLevel(from);
  }

  /** After an update, focus the active treemap cell, or the list row of `id` (else the first). */
  private async focusLevel(id?: string): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const target =
      this.costView === 'chart'
        ? root.querySelector<HTMLElement>('.cell button[tabindex="0"]')
        : (root.querySelector<HTMLElement>(`.bars--costs button[data-id="${CSS.escape(id ?? '')}"]`) ??
          root.querySelector<HTMLElement>('.bars--costs button'));
    target?.focus();
  }

  private handleMapKey(event: KeyboardEvent): void {
    const count = this.cells.length;
    let next = this.activeCell;
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) next = neighbour(this.cells, this.activeCell, direction);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return this.handleLevelKey(event);
    event.preventDefault();
    if (next !== this.activeCell && next >= 0) {
      this.activeCell = next;
      void this.focusLevel();
    }
  }

  /** Escape or Backspace goes up a level, in the treemap and in the list. */
  private handleLevelKey(event: KeyboardEvent): void {
    if ((event.key === 'Escape' || event.key === 'Backspace') && this.path.length > 0) {
      event.preventDefault();
      this.goTo(this.path.length - 1);
    }
  }

  private toggleView(): void {
    this.chosenView = this.costView === 'chart' ? 'list' : 'chart';
  }

  private switchTab(tab: Tab, focus = false): void {
    if (this.tab === tab.id) return;
    this.tab = tab.id;
    this.dispatch<ChapterChangeDetail>('insyn-chapter-change', {
      id: tab.id,
      title: tab.title,
      theme: tab.theme,
    });
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
      );
    }
  }

  private handleTabKey(event: KeyboardEvent): void {
    const tabs = this.model!.tabs;
    const at = tabs.findIndex((tab) => tab.id === this.tab);
    const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number;
    if (event.key in step) next = (at + step[event.key]! + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    this.switchTab(tabs[next]!, true);
  }

  private handleIncome(event: SubmitEvent): void {
    event.preventDefault();
    this.income = parseIncome(this.incomeText);
    if (!this.income.ok) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#income')?.focus(),
      );
    }
  }

  private play(id: string): void {
    this.playing = new Set([...this.playing, id]);
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`[data-film="${CSS.escape(id)}"] :is(video, iframe)`)
        ?.focus(),
    );
  }

  // ------------------------------------------------------------------------------------------
  // Render

  private tabContentProps(m: BudgetModel): TabContentProps {
    return {
      costs: {
        level: nodeAt(m.costs, this.path),
        picked: this.picked,
        view: this.costView,
        cells: this.cells,
        size: { width: this.width, height: this.mapHeight() },
        activeCell: this.activeCell,
        liveRegion: html`<p class="visually-hidden" aria-live="polite">${this.announcement}</p>`,
        onSelect: (node) => this.select(node),
        onGoTo: (depth) => this.goTo(depth),
        onCellFocus: (index) => {
          this.activeCell = index;
        },
        onMapKey: (event) => this.handleMapKey(event),
        onLevelKey: (event) => this.handleLevelKey(event),
        onToggleView: () => this.toggleView(),
      },
      myTax: {
        income: this.income,
        incomeText: this.incomeText,
        incomePeriod: this.incomePeriod,
        onIncomeText: (text) => (this.incomeText = text),
        onIncomePeriod: (period) => (this.incomePeriod = period),
        onCalculate: (event) => this.handleIncome(event),
      },
      trend: { area: this.trendArea, onArea: (id) => (this.trendArea = id) },
      playing: this.playing,
      onPlay: (id) => this.play(id),
    };
  }

  protected renderReady(): TemplateResult {
    const m = this.model;
    if (!m) return html``;
    const ctx: ViewContext = {
      model: m,
      t: this.t,
      lang: this.resolvedLang,
      isStatic: this.isStatic,
      headingLevel: this.headingLevel,
      width: this.width,
    };
    const fixed = this.chapter ? m.chapters.find((tab) => tab.id === this.chapter) : undefined;
    const tab = m.tabs.find((x) => x.id === this.tab) ?? m.tabs[0];
    const shown = fixed ?? tab;
    const props = this.tabContentProps(m);
    return html`<div part="base" class="base">
      <div class="ruler"></div>
      ${topView(ctx, {
        missingChapter: this.chapter && !fixed ? this.chapter : undefined,
        onYear: (year) => (this.year = year),
      })}
      ${
        !shown
          ? html`<p class="notice" part="notice">${fill(this.t.yearNothing, { year: m.shown.year })}</p>`
          : fixed || this.isStatic || m.tabs.length === 1
            ? tabContentView(ctx, shown, props)
            : tabListView(
                ctx,
                {
                  tabs: m.tabs,
                  selected: shown,
                  onSelect: (x) => this.switchTab(x),
                  onKey: (event) => this.handleTabKey(event),
                },
                tabContentView(ctx, shown, props),
              )
      }
    </div>`;
  }
}

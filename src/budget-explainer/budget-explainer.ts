import { styleProps } from '../core/style-props.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AmountUnit, Budget, BudgetChapter, Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { formatAmount, formatNumber, formatPercent } from '../core/format.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { budgetExplainerStyles, phoneTableStyles, renderWhenNearStyles } from './budget-explainer.styles.js';
import { BUDGET_EXPLAINER_TEXTS, type BudgetExplainerTextKey } from './budget-explainer.texts.js';
import {
  availableParts,
  chapterTheme,
  costsSummary,
  demographySummary,
  flowSummary,
  inSentence,
  investmentsSummary,
  itemTree,
  kindWord,
  moneyFlow,
  myTax,
  nodeAt,
  operationsAndInvestments,
  oreText,
  pathOf,
  per100Split,
  per100Summary,
  pickYear,
  resultSentence,
  shareOf,
  shownYears,
  subAreas,
  themeHasData,
  THEMES,
  trendOf,
  trendSummary,
  videoEmbed,
  type Available,
  type ChapterTheme,
  type ItemNode,
  type MoneyFlow,
  type OperationsAndInvestments,
  type Per100Split,
  type ShownYear,
  type Trend,
  type YearKind,
} from './model.js';
import { parseIncome, type ParsedIncome } from './tax.js';
import { layoutLevel, neighbour, type Cell, type Direction, type Measure } from './treemap.js';

/** `detail` of `insyn-category-select`: the cost area the resident opened or picked. */
export interface CategorySelectDetail {
  readonly id: string;
  /** Ids from the top level down to this area. */
  readonly path: readonly string[];
  readonly title: string;
  /** In the budget's unit. */
  readonly amount: number;
  readonly unit: AmountUnit;
  readonly year: number;
  readonly kind: YearKind;
  /** Whether the area has sub-areas (the view then opens them). */
  readonly hasChildren: boolean;
  /** The area's goal and indicator ids in the feed, for linking to <goal-tree> or <scorecard-chart>. */
  readonly goals: readonly string[];
  readonly indicators: readonly string[];
}

/** `detail` of `insyn-chapter-change`: the chapter the resident switched to. */
export interface ChapterChangeDetail {
  /** The chapter's id; null for the overview ("Vart går pengarna?"). */
  readonly id: string | null;
  readonly title: string;
  readonly theme?: ChapterTheme;
}

declare global {
  interface HTMLElementEventMap {
    'insyn-category-select': CustomEvent<CategorySelectDetail>;
    'insyn-chapter-change': CustomEvent<ChapterChangeDetail>;
  }
}

/** A tab: the overview, a chapter of the feed, or (when the feed has none) a part with data. */
interface Tab {
  readonly id: string | null;
  readonly title: string;
  readonly theme?: ChapterTheme;
  readonly chapter?: BudgetChapter;
}

/** What the view shows, computed once per feed, year and language (never inside render). */
interface Model {
  readonly feed: Feed;
  readonly lang: Lang;
  readonly requested: number | undefined;
  readonly budget: Budget;
  readonly unit: AmountUnit;
  readonly years: readonly ShownYear[];
  readonly shown: ShownYear;
  readonly missing?: number;
  readonly costs: ItemNode;
  readonly flow: MoneyFlow;
  readonly ops: OperationsAndInvestments;
  readonly trend: Trend;
  readonly split: Per100Split;
  /** What the shown year has data for; nothing else is offered. */
  readonly available: Available;
  /** The tabs offered, in order (none, one or more). */
  readonly tabs: readonly Tab[];
  /** What `chapter` may name: the tabs, and without feed chapters also "value" (the overview's own parts). */
  readonly chapters: readonly Tab[];
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

/** Treemap cell colours cycle through this many tints (never the only cue: every cell is named). */
const TINTS = 6;

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
  @state() private incomePeriod: 'month' | 'year' = 'month';
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

  private model?: Model;
  /** The title of the chapter being rendered (render-time context for section headings). */
  private chapterTitle?: string;
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

  private buildModel(feed: Feed, budget: Budget): Model {
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

  /**
   * A table wider than the element (many columns on a phone) scrolls inside its own box. That
   * box is then a named region in the tab order, so it can be scrolled from the keyboard and a
   * screen reader says what it holds; a table that fits gets no extra tab stop.
   */
  private readonly markScrollingTables = (): void => {
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.table__scroll')) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', (box.querySelector('caption')?.textContent ?? '').trim());
      } else if (box.hasAttribute('tabindex')) {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    }
  };

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
  // Rendering helpers

  /**
   * A section's heading, left out inside a chapter of the same title ("Intäkter och
   * kostnader" twice in a row says nothing new); the section is then named by the chapter.
   */
  private sectionHeading(offset: number, text: string, id: string): TemplateResult | typeof nothing {
    return text === this.chapterTitle ? nothing : this.heading(offset, text, id);
  }

  private labelOf(text: string, id: string): string {
    return text === this.chapterTitle ? 'chapter-title' : id;
  }

  /** A heading at the element's level plus `offset`, as role=heading so the level can follow the page. */
  private heading(offset: number, text: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3) + offset);
    // The top heading is the one `plain` hides (see .plain-hidden in the base styles).
    return html`<div
      class="h h--${offset}${offset === 0 ? ' plain-hidden' : ''}"
      role="heading"
      aria-level=${level}
      id=${ifDefined(id)}
    >
      ${text}
    </div>`;
  }

  private amount(value: number): string {
    return formatAmount(value, this.model!.unit, this.resolvedLang);
  }

  private percent(value: number): string {
    return formatPercent(value, this.resolvedLang);
  }

  private yearText(shown: ShownYear): string {
    return fill(this.t.yearOption, { year: shown.year, kind: kindWord(shown.kind, this.t) });
  }

  /** A data table behind a disclosure (open under `static`): caption, column heads, rows whose first cell is the row head. */
  private table(
    caption: string,
    head: readonly string[],
    rows: readonly (readonly string[])[],
    foot?: readonly string[],
  ): TemplateResult {
    const row = (cells: readonly string[]): TemplateResult =>
      html`<tr>
        <th scope="row">${cells[0]}</th>
        ${cells.slice(1).map((c) => html`<td>${c}</td>`)}
      </tr>`;
    const table = html`<div class="table__scroll">
      <table part="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(row)}
        </tbody>
        ${
          foot
            ? html`<tfoot>
                ${row(foot)}
              </tfoot>`
            : nothing
        }
      </table>
    </div>`;
    // Static: open, with no disclosure to operate.
    if (this.isStatic) return html`<div class="table">${table}</div>`;
    return html`<details class="table">
      <summary>${fill(this.t.tableSummary, { caption })}</summary>
      ${table}
    </details>`;
  }

  /** A bar of a bar list; its width is a share of the largest value. */
  private bar(value: number, max: number): TemplateResult {
    const width = max > 0 && value > 0 ? Math.max(0.5, (value / max) * 100) : 0;
    return html`<span class="bar" aria-hidden="true"
      ><span class="bar__fill" ${styleProps({ width: `${width}%` })}></span
    ></span>`;
  }

  // ------------------------------------------------------------------------------------------
  // Render

  protected renderReady(): TemplateResult {
    const m = this.model;
    if (!m) return html``;
    const t = this.t;
    const fixed = this.chapter ? m.chapters.find((tab) => tab.id === this.chapter) : undefined;
    const tab = m.tabs.find((x) => x.id === this.tab) ?? m.tabs[0];
    const title = fill(t.yearTitle, { kind: kindWord(m.shown.kind, t), year: m.shown.year });
    const still = this.isStatic;
    return html`<div part="base" class="base">
      <div class="ruler"></div>
      <div class="top">
        ${this.heading(0, title.charAt(0).toLocaleUpperCase(this.resolvedLang) + title.slice(1))}
        ${still ? nothing : this.renderYearSwitch(m)}
      </div>
      ${this.renderNotes(m, Boolean(this.chapter && !fixed))}
      ${
        !fixed && !tab
          ? html`<p class="notice" part="notice">${fill(t.yearNothing, { year: m.shown.year })}</p>`
          : fixed || still || m.tabs.length === 1
            ? this.renderTab((fixed ?? tab)!, m)
            : html`<div
                  class="tabs"
                  role="tablist"
                  aria-label=${t.chaptersLabel}
                  @keydown=${this.handleTabKey}
                >
                  ${m.tabs.map(
                    (x, i) =>
                      html`<button
                        type="button"
                        role="tab"
                        id="tab-${i}"
                        aria-selected=${x === tab ? 'true' : 'false'}
                        aria-controls="panel"
                        tabindex=${x === tab ? 0 : -1}
                        @click=${() => this.switchTab(x)}
                      >
                        ${x.title}
                      </button>`,
                  )}
                </div>
                <div class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${m.tabs.indexOf(tab!)}">
                  ${this.renderTab(tab!, m)}
                </div>`
      }
    </div>`;
  }

  private renderYearSwitch(m: Model): TemplateResult | typeof nothing {
    if (m.years.length < 2) return nothing;
    return html`<div class="year">
      <label for="year">${this.t.yearLabel}</label>
      <select
        id="year"
        @change=${(e: Event) => {
          this.year = Number((e.target as HTMLSelectElement).value);
        }}
      >
        ${m.years.map(
          (y) => html`<option value=${y.year} ?selected=${y === m.shown}>${this.yearText(y)}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderNotes(m: Model, chapterMissing: boolean): TemplateResult {
    const t = this.t;
    const note = pickText(m.shown.entry.note, this.resolvedLang);
    return html`${
      m.missing !== undefined
        ? html`<p class="notice" part="notice">
            ${fill(t.yearMissing, { year: m.missing, shown: this.yearText(m.shown) })}
          </p>`
        : nothing
    }${
      chapterMissing
        ? html`<p class="notice" part="notice">${fill(t.chapterMissing, { id: this.chapter ?? '' })}</p>`
        : nothing
    }${
      m.shown.entry.exampleData && !m.feed.exampleData
        ? html`<p class="notice" part="notice">${fill(t.yearExample, { year: m.shown.year })}</p>`
        : nothing
    }${note ? html`<p class="note">${note}</p>` : nothing}`;
  }

  private renderTab(tab: Tab, m: Model): TemplateResult {
    this.chapterTitle = tab.id === null ? undefined : tab.title;
    if (tab.id === null) {
      const a = m.available;
      return html`${a.costs ? this.renderCosts(m) : nothing}${a.per100 ? this.renderPer100(m) : nothing}${
        a.myTax && !this.isStatic ? this.renderMyTax(m) : nothing
      }`;
    }
    const lang = this.resolvedLang;
    const chapter = tab.chapter;
    const summary = chapter ? pickText(chapter.summary, lang) : '';
    return html`<section class="chapter" aria-labelledby="chapter-title">
      ${this.heading(1, tab.title, 'chapter-title')}
      ${summary ? html`<p class="lead">${summary}</p>` : nothing}
      ${chapter?.video ? this.renderFilm(chapter, tab.title) : nothing}
      ${tab.theme && themeHasData(tab.theme, m.available) ? this.renderTheme(tab.theme, m) : nothing}
    </section>`;
  }

  private renderTheme(theme: ChapterTheme | undefined, m: Model): TemplateResult | typeof nothing {
    switch (theme) {
      case 'revenue':
        return this.renderRevenue(m);
      case 'demography':
        return this.renderDemography(m);
      case 'investments':
        return this.renderInvestments(m);
      case 'planning':
        return this.renderTrend(m);
      case 'value':
        return html`${m.available.per100 ? this.renderPer100(m, 2) : nothing}${
          m.available.myTax && !this.isStatic ? this.renderMyTax(m, 2) : nothing
        }`;
      default:
        return nothing;
    }
  }

  // ---- Costs by area ------------------------------------------------------------------------

  private renderCosts(m: Model): TemplateResult {
    const t = this.t;
    const lang = this.resolvedLang;
    const level = nodeAt(m.costs, this.path);
    const children = level.children ?? [];
    const total = level.value ?? 0;
    const areaTitle = level.depth === 0 ? t.allAreasInSentence : inSentence(level.data.title);
    const caption = fill(t.costsCaption, { area: areaTitle, year: m.shown.year });
    const notDrawn = children.filter((c) => !((c.value ?? 0) > 0));
    const picked = children.find((c) => c.data.id === this.picked);
    return html`<section class="section" aria-labelledby=${this.labelOf(t.costsHeading, 'costs-h')}>
      ${this.sectionHeading(1, t.costsHeading, 'costs-h')}
      <p class="summary">${costsSummary(level, m.shown.year, m.unit, t, lang)}</p>
      ${this.isStatic ? nothing : this.renderCostsToolbar(m, level, children.length > 0)}
      ${level.depth > 0 && level.data.description ? html`<p class="lead">${level.data.description}</p>` : nothing}
      ${children.length === 0 ? nothing : this.costView === 'chart' ? this.renderMap(level, caption) : this.renderCostList(level, caption)}
      ${
        notDrawn.length > 0 && this.costView === 'chart'
          ? html`<p class="hint">
              ${fill(t.notDrawn, {
                items: notDrawn.map((n) => `${n.data.title} (${this.amount(n.value ?? 0)})`).join(', '),
              })}
            </p>`
          : nothing
      }
      ${picked ? this.renderPicked(picked, m) : nothing}
      ${
        children.length > 0
          ? this.table(
              caption,
              [t.area, t.amount, t.share],
              children.map((c) => [
                c.data.title,
                this.amount(c.value ?? 0),
                this.percent(shareOf(c.value ?? 0, total)),
              ]),
              [t.total, this.amount(total), this.percent(total > 0 ? 100 : Number.NaN)],
            )
          : nothing
      }
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </section>`;
  }

  /** The breadcrumbs back up the areas, and the chart/list switch. */
  private renderCostsToolbar(m: Model, level: ItemNode, hasChildren: boolean): TemplateResult {
    const t = this.t;
    return html`<div class="toolbar">
      <nav class="crumbs" aria-label=${t.breadcrumbs}>
        <ol>
          ${[m.costs, ...level.ancestors().reverse().slice(1)].map((node, i, all) =>
            i === all.length - 1
              ? html`<li aria-current="location">${i === 0 ? t.allAreas : node.data.title}</li>`
              : html`<li>
                  <button type="button" @click=${() => this.goTo(i)}>
                    ${i === 0 ? t.allAreas : node.data.title}
                  </button>
                </li>`,
          )}
        </ol>
      </nav>
      ${
        hasChildren
          ? html`<button type="button" class="toggle" @click=${this.toggleView}>
              ${this.costView === 'chart' ? t.showList : t.showChart}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** What a cell says to a screen reader after its name and amount: its share and sub-areas. */
  private cellRest(node: ItemNode, total: number): string {
    const share = `, ${this.percent(shareOf(node.value ?? 0, total))}`;
    return node.children ? `${share}, ${subAreas(node.children.length, this.t, this.resolvedLang)}` : share;
  }

  private renderMap(level: ItemNode, caption: string): TemplateResult {
    const children = level.children!;
    const total = level.value ?? 0;
    const w = this.width;
    const h = this.mapHeight();
    const pct = (v: number, of: number): string => `${(v / of) * 100}%`;
    const small = this.cells.filter((c) => c.fit !== 'label');
    return html`<p class="hint" id="map-help">${this.t.mapHelp}</p>
      <div class="map" part="chart" ${styleProps({ aspectRatio: `${w} / ${h}` })}>
        <ul
          class="cells"
          role="list"
          aria-label=${caption}
          aria-describedby="map-help"
          @keydown=${this.handleMapKey}
        >
          ${this.cells.map((cell, i) => {
            const node = children[cell.index]!;
            const n = cell.index + 1;
            return html`<li
              class="cell tint-${cell.index % TINTS}"
              ${styleProps({
                left: pct(cell.x0, w),
                top: pct(cell.y0, h),
                width: pct(cell.x1 - cell.x0, w),
                height: pct(cell.y1 - cell.y0, h),
              })}
            >
              <button
                type="button"
                part="cell"
                data-id=${node.data.id}
                tabindex=${i === this.activeCell ? 0 : -1}
                @click=${() => this.select(node)}
                @focus=${() => {
                  this.activeCell = i;
                }}
              >
                ${
                  cell.fit === 'label'
                    ? html`<span class="cell__name"
                          >${node.data.title}<span class="visually-hidden">,</span></span
                        >
                        <span class="cell__amount">${this.amount(node.value ?? 0)}</span
                        ><span class="visually-hidden">${this.cellRest(node, total)}</span>`
                    : html`${cell.fit === 'number' ? html`<span class="cell__number">${n}</span>` : nothing}<span
                          class="visually-hidden"
                          >${cell.fit === 'number' ? ': ' : ''}${node.data.title},
                          ${this.amount(node.value ?? 0)}${this.cellRest(node, total)}</span
                        >`
                }
              </button>
            </li>`;
          })}
        </ul>
      </div>
      ${
        small.length > 0
          ? html`<div class="legend">
              <p class="legend__title">${this.t.legendHeading}</p>
              <ol class="legend__list">
                ${small.map((cell) => {
                  const node = children[cell.index]!;
                  return html`<li value=${cell.index + 1}>
                    <span class="swatch tint-${cell.index % TINTS}" aria-hidden="true"
                      >${cell.index + 1}</span
                    >
                    ${node.data.title}: ${this.amount(node.value ?? 0)}
                  </li>`;
                })}
              </ol>
            </div>`
          : nothing
      }`;
  }

  private renderCostList(level: ItemNode, caption: string): TemplateResult {
    const children = level.children!;
    const total = level.value ?? 0;
    const max = Math.max(0, ...children.map((c) => c.value ?? 0));
    return html`<ul
      class="bars bars--costs"
      part="chart"
      role="list"
      aria-label=${caption}
      @keydown=${this.handleLevelKey}
    >
      ${children.map(
        (node) =>
          html`<li class="row">
            <span class="row__name">
              ${
                this.isStatic
                  ? html`<span class="link">${node.data.title}</span>`
                  : html`<button
                      type="button"
                      class="link"
                      data-id=${node.data.id}
                      @click=${() => this.select(node)}
                    >
                      ${node.data.title}
                    </button>`
              }
              ${node.children ? html`<span class="muted">${subAreas(node.children.length, this.t, this.resolvedLang)}</span>` : nothing}
            </span>
            <span class="row__value"
              >${this.amount(node.value ?? 0)}
              <span class="muted">${this.percent(shareOf(node.value ?? 0, total))}</span></span
            >
            ${this.bar(node.value ?? 0, max)}
          </li>`,
      )}
    </ul>`;
  }

  private renderPicked(node: ItemNode, m: Model): TemplateResult {
    const t = this.t;
    const lang = this.resolvedLang;
    const parent = node.parent!;
    // Titles of the linked goals and indicators. Where the feed has no such section (a file per
    // element, or one left out because it was broken) a bare id means nothing to a resident.
    const titles = (ids: readonly string[], items?: readonly { id: string; title: unknown }[]): string[] =>
      items
        ? ids.map((id) => pickText(items.find((item) => item.id === id)?.title as never, lang) || id)
        : [];
    const goals = titles(node.data.goals, m.feed.goals);
    const indicators = titles(node.data.indicators, m.feed.indicators);
    const list = (label: string, items: string[]): TemplateResult | typeof nothing =>
      items.length > 0
        ? html`<p class="detail__label">${label}</p>
            <ul>
              ${items.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing;
    return html`<div class="detail" role="group" aria-label=${node.data.title}>
      <p>
        <strong>${node.data.title}</strong>: ${this.amount(node.value ?? 0)},
        ${fill(t.shareOf, {
          share: this.percent(shareOf(node.value ?? 0, parent.value ?? 0)),
          parent: parent.depth === 0 ? t.allAreasInSentence : inSentence(parent.data.title),
        })}
      </p>
      ${node.data.description ? html`<p>${node.data.description}</p>` : nothing} ${list(t.goals, goals)}
      ${list(t.indicators, indicators)}
    </div>`;
  }

  // ---- Every 100 kr -------------------------------------------------------------------------

  private renderPer100(m: Model, offset = 1): TemplateResult {
    const t = this.t;
    const lang = this.resolvedLang;
    const split = m.split;
    const caption = fill(t.per100Caption, { year: m.shown.year });
    const sumOre = split.ok ? split.rows.reduce((sum, row) => sum + row.ore, 0) : 0;
    const max = split.ok ? Math.max(...split.rows.map((r) => r.ore)) : 0;
    return html`<section class="section" aria-labelledby=${this.labelOf(t.per100Heading, 'per100-h')}>
      ${this.sectionHeading(offset, t.per100Heading, 'per100-h')}
      <p class="summary">${per100Summary(split, m.shown.year, t, lang)}</p>
      ${
        split.ok
          ? html`<p class="hint">${fill(t.per100Intro, { year: m.shown.year })} ${t.per100Basis}</p>
              <ul class="bars bars--100" part="chart" role="list" aria-label=${caption}>
                ${split.rows.map(
                  (row) =>
                    html`<li class="row">
                      <span class="row__name">${row.title}</span>
                      <span class="row__value">${oreText(row.ore, lang)}</span>
                      ${this.bar(row.ore, max)}
                      ${row.description ? html`<span class="row__note">${row.description}</span>` : nothing}
                    </li>`,
                )}
              </ul>
              <p class="sum"><span>${t.total}</span> <strong>${oreText(sumOre, lang)}</strong></p>
              ${this.table(
                caption,
                [t.area, t.amount],
                split.rows.map((row) => [row.title, oreText(row.ore, lang)]),
                [t.total, oreText(sumOre, lang)],
              )}`
          : nothing
      }
      ${
        split.feeFunded.length > 0
          ? html`<div class="fees">
              <p class="fees__title">${t.per100FeeHeading}</p>
              <p class="hint">${t.per100FeeNote}</p>
              <ul role="list">
                ${split.feeFunded.map(
                  (row) =>
                    html`<li>
                      <strong>${row.title}</strong>:
                      ${this.amount(row.amount)}${row.description ? html`. ${row.description}` : nothing}
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </section>`;
  }

  // ---- My tax -------------------------------------------------------------------------------

  private renderMyTax(m: Model, offset = 1): TemplateResult {
    const t = this.t;
    // Rendered only when the year has a tax rate and a price base amount (`available.myTax`).
    const income = this.income;
    const problem = income && !income.ok ? income.problem : undefined;
    const message = problem
      ? {
          empty: t.incomeEmpty,
          'not-a-number': t.incomeNotANumber,
          negative: t.incomeNegative,
          'too-large': t.incomeTooLarge,
        }[problem]
      : undefined;
    const yearly = income?.ok ? income.value * (this.incomePeriod === 'month' ? 12 : 1) : undefined;
    const body = html`<form class="form" novalidate @submit=${this.handleIncome}>
        <div class="field">
          <label for="income">${t.incomeLabel}</label>
          <span class="hint" id="income-hint">${t.incomeHint}</span>
          ${message ? html`<span class="error" id="income-error">${message}</span>` : nothing}
          <input
            id="income"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${message ? 'income-hint income-error' : 'income-hint'}
            aria-invalid=${message ? 'true' : 'false'}
            .value=${this.incomeText}
            @input=${(e: Event) => {
              this.incomeText = (e.target as HTMLInputElement).value;
            }}
          />
        </div>
        <fieldset class="period">
          <legend>${t.periodLegend}</legend>
          ${(['month', 'year'] as const).map(
            (p) =>
              html`<label
                ><input
                  type="radio"
                  name="period"
                  value=${p}
                  .checked=${this.incomePeriod === p}
                  @change=${() => {
                    this.incomePeriod = p;
                  }}
                />
                ${p === 'month' ? t.perMonth : t.perYear}</label
              >`,
          )}
        </fieldset>
        <button type="submit" class="primary">${t.calculate}</button>
      </form>
      <p class="hint">${t.myTaxPrivacy}</p>
      <div class="result" aria-live="polite">
        ${yearly === undefined ? nothing : this.renderTaxResult(m, yearly)}
      </div>
      <p class="hint">${t.myTaxLeftOut}</p>`;
    return html`<section class="section" aria-labelledby=${this.labelOf(t.myTaxHeading, 'mytax-h')}>
      ${this.sectionHeading(offset, t.myTaxHeading, 'mytax-h')}
      <p>${t.myTaxIntro}</p>
      ${body}
    </section>`;
  }

  private renderTaxResult(m: Model, yearly: number): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.resolvedLang;
    const result = myTax(yearly, m.shown.entry, m.split);
    if (!result.ok) return nothing;
    const kr = (value: number): string => formatAmount(value, 'kr', lang, { decimals: 0 });
    const ore = (value: number): string => oreText(value, lang);
    return html`<p class="summary">
        ${fill(t.myTaxResult, {
          perYear: kr(result.perYear),
          perMonth: kr(result.perMonth),
          perDay: ore(result.perDayOre),
        })}
      </p>
      <p class="hint">
        ${fill(t.myTaxBasis, {
          rate: formatPercent(result.taxRate, lang, 2),
          taxable: kr(result.tax.taxable),
          income: kr(result.tax.income),
          allowance: kr(result.tax.allowance),
        })}
      </p>
      ${
        result.areas
          ? html`<div class="table__scroll">
              <table part="table">
                <caption>
                  ${fill(t.myTaxCaption, { year: m.shown.year })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.area}</th>
                    <th scope="col">${t.perYear}</th>
                    <th scope="col">${t.perMonth}</th>
                    <th scope="col">${t.perDay}</th>
                  </tr>
                </thead>
                <tbody>
                  ${result.areas.map(
                    (a) =>
                      html`<tr>
                        <th scope="row">${a.title}</th>
                        <td>${kr(a.perYear)}</td>
                        <td>${kr(a.perMonth)}</td>
                        <td>${ore(a.perDayOre)}</td>
                      </tr>`,
                  )}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">${t.total}</th>
                    <td>${kr(result.perYear)}</td>
                    <td>${kr(result.perMonth)}</td>
                    <td>${ore(result.perDayOre)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>`
          : nothing
      }`;
  }

  // ---- Revenue and costs --------------------------------------------------------------------

  private renderRevenue(m: Model): TemplateResult {
    const t = this.t;
    const flow = m.flow;
    const year = m.shown.year;
    const names: Record<string, string> = {
      tax: t.catTax,
      grants: t.catGrants,
      fees: t.catFees,
      other: t.catOther,
    };
    // Only what the feed lists: no "costs 0" row for a feed without costs.
    const rows: [string, number, string][] = [
      ...flow.categories.map((c): [string, number, string] => [names[c.category]!, c.amount, '']),
      ...(flow.hasRevenue ? [[t.revenueTotal, flow.revenue, 'row--total'] as [string, number, string]] : []),
      ...(flow.hasCosts ? [[t.costsTotal, flow.costs, 'row--total'] as [string, number, string]] : []),
    ];
    const max = Math.max(0, ...rows.map((r) => r[1]));
    const resultText = `${flow.result > 0 ? '+' : ''}${this.amount(flow.result)}`;
    return html`<section class="section" aria-labelledby=${this.labelOf(t.revenueHeading, 'revenue-h')}>
      ${this.sectionHeading(2, t.revenueHeading, 'revenue-h')}
      <p class="summary">${flowSummary(flow, year, m.unit, t, this.resolvedLang)}</p>
      <ul class="bars" part="chart" role="list" aria-label=${fill(t.revenueCaption, { year })}>
        ${rows.map(
          ([name, value, cls]) =>
            html`<li class="row ${cls}">
              <span class="row__name">${name}</span><span class="row__value">${this.amount(value)}</span>
              ${this.bar(value, max)}
            </li>`,
        )}
      </ul>
      ${
        flow.hasResult
          ? html`<p class="sum">
              <span>${t.result}</span> <strong>${resultText}</strong>
              <span class="muted">${resultSentence(flow.result, m.unit, t, this.resolvedLang)}</span>
            </p>`
          : nothing
      }
      ${flow.resultDiffers ? html`<p class="hint">${t.resultGiven}</p>` : nothing}
      ${this.table(
        fill(t.revenueCaption, { year }),
        [t.area, t.amount],
        rows.map(([name, value]) => [name, this.amount(value)]),
        flow.hasResult ? [t.result, resultText] : undefined,
      )}
    </section>`;
  }

  // ---- Operations and investments -----------------------------------------------------------

  private renderInvestments(m: Model): TemplateResult {
    const t = this.t;
    const ops = m.ops;
    const year = m.shown.year;
    // Operations only when the year lists costs: never "operations 0".
    const bars: [string, number][] = [
      ...(ops.operations === undefined ? [] : [[t.operations, ops.operations] as [string, number]]),
      [t.investments, ops.investments],
    ];
    const max = Math.max(...bars.map(([, value]) => value));
    // "2024–2028" may wrap after its dash (a zero-width space), so the table fits a phone.
    const range = (years: readonly number[]): string =>
      years.length > 1 ? `${years[0]}–\u200b${years[years.length - 1]}` : String(years[0] ?? '');
    const allYears = range(m.years.map((y) => y.year));
    const caption = fill(t.investCaption, { year });
    return html`<section class="section" aria-labelledby=${this.labelOf(t.investHeading, 'invest-h')}>
      ${this.sectionHeading(2, t.investHeading, 'invest-h')}
      <p class="summary">${investmentsSummary(ops, year, m.unit, t, this.resolvedLang)}</p>
      <ul class="bars" part="chart" role="list" aria-label=${t.investHeading}>
        ${bars.map(
          ([name, value]) =>
            html`<li class="row">
              <span class="row__name">${name}</span><span class="row__value">${this.amount(value)}</span>
              ${this.bar(value, max)}
            </li>`,
        )}
      </ul>
      ${
        ops.largest.length > 0
          ? html`<div class="table__scroll">
              <table part="table">
                <caption>
                  ${caption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.investments}</th>
                    <th scope="col">${year}</th>
                    <th scope="col">${fill(t.investColTotal, { years: allYears })}</th>
                    <th scope="col">${t.investColYears}</th>
                  </tr>
                </thead>
                <tbody>
                  ${ops.largest.map(
                    (row) =>
                      html`<tr>
                        <th scope="row">
                          ${row.title}${row.description ? html`<span class="row__note">${row.description}</span>` : nothing}
                        </th>
                        <td>${this.amount(row.amount)}</td>
                        <td>${this.amount(row.total)}</td>
                        <td class="years">${range(row.years)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
      ${this.table(
        t.investHeading,
        [t.area, t.amount],
        bars.map(([name, value]) => [name, this.amount(value)]),
      )}
    </section>`;
  }

  // ---- Over the years -----------------------------------------------------------------------

  /**
   * A small line chart, drawn at the element's width so its text stays legible: one point per
   * year, labelled with the year and its kind; segments towards a year that is not an outcome
   * are dashed, and those points hollow, so the kind is never told by colour. Straight segments
   * (`M x,y L x,y`) need no d3-shape, whose bundle costs about 5 KB gzipped for `line()`.
   */
  private renderLine(
    values: readonly (number | undefined)[],
    format: (v: number) => string,
    label: string,
  ): TemplateResult {
    const points = this.model!.trend.points;
    const width = Math.max(280, Math.min(this.width, 720));
    const height = 220;
    const pad = { left: 36, right: 36, top: 28, bottom: 44 };
    const known = values.filter((v): v is number => v !== undefined);
    const lo = Math.min(...known);
    const hi = Math.max(...known);
    const span = hi - lo || Math.abs(hi) || 1;
    const y0 = lo - span * 0.15;
    const y1 = hi + span * 0.15;
    const step = points.length > 1 ? (width - pad.left - pad.right) / (points.length - 1) : 0;
    const x = (i: number): number => pad.left + i * step;
    const y = (v: number): number => pad.top + (1 - (v - y0) / (y1 - y0)) * (height - pad.top - pad.bottom);
    const segments: TemplateResult[] = [];
    for (let i = 0; i + 1 < values.length; i++) {
      const a = values[i];
      const b = values[i + 1];
      if (a === undefined || b === undefined) continue;
      const dashed = points[i + 1]!.kind !== 'outcome';
      segments.push(
        svg`<path class="line ${dashed ? 'line--dashed' : ''}" d="M${x(i)},${y(a)}L${x(i + 1)},${y(b)}"></path>`,
      );
    }
    return html`<svg
      class="trend"
      part="chart"
      role="img"
      aria-label=${label}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
    >
      ${segments}
      ${points.map((p, i) => {
        const v = values[i];
        const cx = x(i);
        return svg`<g>
          ${
            v === undefined
              ? nothing
              : svg`<circle class=${p.kind === 'outcome' ? 'dot' : 'dot dot--open'} cx=${cx} cy=${y(v)} r="5"></circle>
                <text class="value" x=${cx} y=${y(v) - 11} text-anchor="middle">${format(v)}</text>`
          }
          <text class="axis" x=${cx} y=${height - 24} text-anchor="middle">${p.year}</text>
          <text class="axis axis--kind" x=${cx} y=${height - 8} text-anchor="middle">${kindWord(p.kind, this.t)}</text>
        </g>`;
      })}
    </svg>`;
  }

  private renderTrend(m: Model): TemplateResult {
    const t = this.t;
    const lang = this.resolvedLang;
    const trend = m.trend;
    const area = trend.areas.find((a) => a.id === this.trendArea);
    const values = area ? area.values : trend.points.map((p) => p.costs);
    const series = area ? area.title : t.trendAll;
    const summary = trendSummary(trend.points, values, series, m.unit, t, lang);
    const yearHeads = trend.points.map((p) => `${p.year} (${kindWord(p.kind, t)})`);
    const compact = (v: number): string => formatNumber(v, lang, { maxDecimals: 0 });
    return html`<section class="section" aria-labelledby=${this.labelOf(t.trendHeading, 'trend-h')}>
      ${this.sectionHeading(2, t.trendHeading, 'trend-h')}
      ${this.isStatic ? nothing : this.renderTrendSelect(trend, area)}
      <p class="summary" id="trend-summary">${summary}</p>
      ${
        trend.points.length > 1
          ? html`${this.renderLine(values, compact, `${summary} (${m.unit})`)}
              <p class="hint">${t.trendPlanNote}</p>`
          : nothing
      }
      ${this.table(
        `${t.trendCaption} (${m.unit})`,
        [t.area, ...yearHeads],
        trend.areas.map((a) => [a.title, ...a.values.map((v) => (v === undefined ? '–' : compact(v)))]),
        [t.total, ...trend.points.map((p) => (p.costs === undefined ? '–' : compact(p.costs)))],
      )}
    </section>`;
  }

  private renderTrendSelect(trend: Trend, area: Trend['areas'][number] | undefined): TemplateResult {
    const t = this.t;
    return html`<div class="year">
      <label for="trend-area">${t.trendSeries}</label>
      <select
        id="trend-area"
        @change=${(e: Event) => {
          this.trendArea = (e.target as HTMLSelectElement).value;
        }}
      >
        <option value="" ?selected=${!area}>${t.trendAll}</option>
        ${trend.areas.map((a) => html`<option value=${a.id} ?selected=${a === area}>${a.title}</option>`)}
      </select>
    </div>`;
  }

  private renderDemography(m: Model): TemplateResult {
    const t = this.t;
    const lang = this.resolvedLang;
    const points = m.trend.points;
    const perResident = points.map((p) =>
      p.costPerResident === undefined ? undefined : Math.round(p.costPerResident),
    );
    const summary = demographySummary(points, t, lang);
    const kr = (v: number): string => formatAmount(v, 'kr', lang, { decimals: 0 });
    const has = perResident.filter((v) => v !== undefined).length;
    return html`<section class="section" aria-labelledby=${this.labelOf(t.demoHeading, 'demo-h')}>
      ${this.sectionHeading(2, t.demoHeading, 'demo-h')}
      <p class="summary">${summary}</p>
      ${
        has > 1
          ? html`${this.renderLine(perResident, kr, `${t.costPerResident}: ${summary}`)}
              <p class="hint">${t.trendPlanNote}</p>`
          : nothing
      }
      ${
        has > 0
          ? this.table(
              t.demoCaption,
              [t.yearLabel, t.population, t.costPerResident],
              points.map((p, i) => [
                this.yearText(m.years[i]!),
                p.population === undefined ? '–' : formatNumber(p.population, lang),
                perResident[i] === undefined ? '–' : kr(perResident[i]),
              ]),
            )
          : nothing
      }
    </section>`;
  }

  // ---- Films --------------------------------------------------------------------------------

  private renderFilm(chapter: BudgetChapter, title: string): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.resolvedLang;
    const embed = videoEmbed(chapter.video!, document.baseURI);
    if (!embed) return nothing;
    const transcript = pickText(chapter.transcript, lang);
    const seconds = chapter.duration;
    const duration =
      seconds === undefined
        ? ''
        : ` (${fill(t.filmDuration, { minutes: Math.floor(seconds / 60), seconds: seconds % 60 })})`;
    const playing = this.playing.has(chapter.id);
    // Static (print, PDF): no player and no links; the transcript, shown open, tells the film.
    if (this.isStatic) {
      return transcript
        ? html`<div class="film" part="film" data-film=${chapter.id}>
            <p class="transcript">${transcript}</p>
          </div>`
        : nothing;
    }
    let player: TemplateResult;
    if (embed.kind === 'link') {
      player = html`<a href=${embed.src} rel="noopener">${fill(t.filmOpen, { title, host: embed.host })}</a>`;
    } else if (!playing) {
      player = html`<button type="button" class="play" @click=${() => this.play(chapter.id)}>
          <span class="play__icon" aria-hidden="true">▶</span> ${fill(t.filmPlay, { title })}${duration}
        </button>
        ${embed.host ? html`<p class="hint">${fill(t.filmNotice, { host: embed.host })}</p>` : nothing}`;
    } else if (embed.kind === 'file') {
      player = html`<video class="player" controls autoplay preload="metadata" src=${embed.src}>
        ${chapter.captions ? html`<track kind="captions" src=${chapter.captions} srclang=${lang} default />` : nothing}
      </video>`;
    } else {
      player = html`<iframe
        class="player"
        src=${embed.src}
        title=${fill(t.filmFrame, { title })}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    }
    return html`<div class="film" part="film" data-film=${chapter.id}>
      ${player} ${chapter.captions ? html`<p><a href=${chapter.captions}>${t.filmCaptions}</a></p>` : nothing}
      ${
        transcript
          ? html`<details class="table">
              <summary>${t.filmTranscript}</summary>
              <p class="transcript">${transcript}</p>
            </details>`
          : nothing
      }
    </div>`;
  }
}

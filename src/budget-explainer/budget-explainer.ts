import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Budget, Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { lazyTexts, type LazyTexts } from '../core/lazy-texts.js';
import { listKeyTarget } from '../core/keyboard.js';
import { pickText } from '../core/locale.js';
import { openDisclosuresForPrint, PrintController } from '../core/print-controller.js';
import { ResizeController } from '../core/resize-controller.js';
import { fill } from '../core/texts.js';
import { budgetExplainerStyles, phoneTableStyles, renderWhenNearStyles } from './budget-explainer.styles.js';
import type { BudgetExplainerTextKey } from './budget-explainer.texts.sv.js';
import { CostDrillDown, type CostView } from './cost-drill-down.js';
import {
  availableParts,
  chapterTheme,
  itemTree,
  moneyFlow,
  nodeAt,
  operationsAndInvestments,
  pathOf,
  per100Split,
  pickYear,
  shownYears,
  themeHasData,
  THEMES,
  trendOf,
  type ChapterTheme,
  type ItemNode,
} from './model.js';
import { parseIncome, type ParsedIncome } from './tax.js';
import type { BudgetModel, CategorySelectDetail, ChapterChangeDetail, Tab, ViewContext } from './types.js';
import type { IncomePeriod } from './views/my-tax.js';
import { markScrollingTables } from './views/table.js';
import { tabContentView, tabListView, type TabContentProps } from './views/tabs.js';
import { topView } from './views/top.js';

export type { CategorySelectDetail, ChapterChangeDetail } from './types.js';

/** The element's words, one chunk per language: a page fetches the one it speaks. */
const budgetTexts = lazyTexts<BudgetExplainerTextKey>({
  sv: () => import('./budget-explainer.texts.sv.js').then((m) => m.BUDGET_EXPLAINER_TEXTS_SV),
  en: () => import('./budget-explainer.texts.en.js').then((m) => m.BUDGET_EXPLAINER_TEXTS_EN),
});

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

  /** The resident's choice of chart or list; without one, the list on narrow screens. */
  @state() private chosenView?: CostView;
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

  private model?: BudgetModel;

  /** The level of the cost tree shown, the treemap's cells and focus, and what a step says. */
  private readonly drill = new CostDrillDown(this, {
    context: () => ({ model: this.model, t: this.t, lang: this.resolvedLang, view: this.costView }),
    onSelect: (node) => this.handleSelect(node),
  });

  // Watches a zero-height ruler, not the element (until the ruler is rendered): the ruler's size
  // follows the container's width only, so re-rendering for a new width never feeds back.
  private readonly resize = new ResizeController(this, {
    target: (): Element => this.renderRoot.querySelector('.ruler') ?? this,
    onWidth: (width) => {
      this.width = width;
      this.readFont();
    },
  });

  /** Data tables are printed open (a closed disclosure prints as one line); closed again after. */
  private closeAfterPrint?: () => void;
  private readonly print = new PrintController(this, {
    before: () => {
      this.closeAfterPrint = openDisclosuresForPrint(this.renderRoot);
    },
    after: () => {
      this.closeAfterPrint?.();
      this.closeAfterPrint = undefined;
    },
  });

  private get costView(): CostView {
    // Static: the bar list, whose rows print as text (the treemap's cells are buttons).
    if (this.isStatic) return 'list';
    return this.chosenView ?? (this.width < 400 ? 'list' : 'chart');
  }

  loadCheck(): Promise<SectionCheck> {
    return Promise.all([import('../feed/sections/budget.js'), this.loadOwnTexts()]).then(([m]) => m.check);
  }

  protected override ownTexts(): LazyTexts<BudgetExplainerTextKey> {
    return budgetTexts;
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.budget?.years.length;
  }

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
      this.resize.measureNow();
      this.readFont();
      this.drill.restore(m.costs);
    }
    this.drill.layout(m, this.width, this.cellFont);
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

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.listensForToggle) {
      // A data table's box is measured when its disclosure opens (`toggle` does not bubble).
      this.renderRoot.addEventListener('toggle', this.markScrollingTables, true);
      this.listensForToggle = true;
    }
    this.markScrollingTables();
  }

  private listensForToggle = false;

  private readonly markScrollingTables = (): void => markScrollingTables(this.renderRoot);

  /** The font the treemap cells use (0.875em of the element's), for measuring their text. */
  private readFont(): void {
    const style = getComputedStyle(this);
    const font = `${parseFloat(style.fontSize) * 0.875}px ${style.fontFamily}`;
    if (font !== this.cellFont) this.cellFont = font;
  }

  // ------------------------------------------------------------------------------------------
  // Handlers

  private handleSelect(node: ItemNode): void {
    const m = this.model!;
    this.emit('insyn-category-select', {
      id: node.data.id,
      path: pathOf(node),
      title: node.data.title,
      amount: node.value ?? 0,
      unit: m.unit,
      year: m.shown.year,
      kind: m.shown.kind,
      hasChildren: (node.children?.length ?? 0) > 0,
      goals: node.data.goals,
      indicators: node.data.indicators,
    });
  }

  private readonly toggleView = (): void => {
    this.chosenView = this.costView === 'chart' ? 'list' : 'chart';
  };

  private readonly switchTab = (tab: Tab, focus = false): void => {
    if (this.tab === tab.id) return;
    this.tab = tab.id;
    this.emit('insyn-chapter-change', { id: tab.id, title: tab.title, theme: tab.theme });
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
      );
    }
  };

  /** Arrows move between the tabs and wrap around, Home and End to the ends. */
  private readonly handleTabKey = (event: KeyboardEvent): void => {
    const tabs = this.model!.tabs;
    const at = tabs.findIndex((tab) => tab.id === this.tab);
    const next = listKeyTarget(event.key, at, tabs.length, { orientation: 'both', wrap: true });
    if (next === undefined) return;
    event.preventDefault();
    this.switchTab(tabs[next]!, true);
  };

  private readonly handleIncome = (event: SubmitEvent): void => {
    event.preventDefault();
    this.income = parseIncome(this.incomeText);
    if (!this.income.ok) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('#income')?.focus(),
      );
    }
  };

  private readonly play = (id: string): void => {
    this.playing = new Set([...this.playing, id]);
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`[data-film="${CSS.escape(id)}"] :is(video, iframe)`)
        ?.focus(),
    );
  };

  // ------------------------------------------------------------------------------------------
  // Render

  private tabContentProps(m: BudgetModel): TabContentProps {
    const drill = this.drill;
    return {
      costs: {
        level: nodeAt(m.costs, drill.path),
        picked: drill.picked,
        view: this.costView,
        cells: drill.cells,
        size: drill.size,
        activeCell: drill.activeCell,
        liveRegion: drill.announcer.render(),
        onSelect: drill.select,
        onGoTo: drill.goTo,
        onCellFocus: drill.focusCell,
        onMapKey: drill.handleMapKey,
        onLevelKey: drill.handleLevelKey,
        onToggleView: this.toggleView,
      },
      myTax: {
        income: this.income,
        incomeText: this.incomeText,
        incomePeriod: this.incomePeriod,
        onIncomeText: (text) => (this.incomeText = text),
        onIncomePeriod: (period) => (this.incomePeriod = period),
        onCalculate: this.handleIncome,
      },
      trend: { area: this.trendArea, onArea: (id) => (this.trendArea = id) },
      playing: this.playing,
      onPlay: this.play,
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
                  onKey: this.handleTabKey,
                },
                tabContentView(ctx, shown, props),
              )
      }
    </div>`;
  }
}

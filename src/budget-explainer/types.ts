/**
 * Types shared by <budget-explainer> and its views. A view imports these, never the element's
 * module (which imports the views): no import cycle.
 */
import type { Lang } from '../core/locale.js';
import type { TextSet } from '../core/texts.js';
import type { AmountUnit, Budget, BudgetChapter, Feed } from '../feed/generated/feed-types.js';
import type { BudgetExplainerTextKey } from './budget-explainer.texts.sv.js';
import type {
  Available,
  ChapterTheme,
  ItemNode,
  MoneyFlow,
  OperationsAndInvestments,
  Per100Split,
  ShownYear,
  Trend,
  YearKind,
} from './model.js';

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

/** A tab: the overview, a chapter of the feed, or (when the feed has none) a part with data. */
export interface Tab {
  readonly id: string | null;
  readonly title: string;
  readonly theme?: ChapterTheme;
  readonly chapter?: BudgetChapter;
}

/** What the view shows, computed once per feed, year and language (never inside render). */
export interface BudgetModel {
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

export type BudgetTextSet = TextSet<BudgetExplainerTextKey>;

/** What every view reads: the model, the texts and how the element is shown. */
export interface ViewContext {
  readonly model: BudgetModel;
  readonly t: BudgetTextSet;
  readonly lang: Lang;
  /** `static`: for print and PDF, nothing to operate. */
  readonly isStatic: boolean;
  readonly headingLevel: number;
  /** The width available, in CSS pixels. */
  readonly width: number;
  /** The title of the chapter being rendered: a section of the same title leaves out its heading. */
  readonly chapterTitle?: string;
}

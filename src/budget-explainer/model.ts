/**
 * The model of <budget-explainer>: a budget feed and a year in, plain typed objects out (the
 * cost tree, revenue by category, the result, operations beside investments, the years side by
 * side, every 100 kr of tax, the resident's own tax) and short summaries written from the data.
 * Pure: no DOM, no Lit; d3-hierarchy does the tree arithmetic.
 *
 * Which entry of a year is shown. The feed may hold a year once per kind (2026 as budget and
 * 2026 as forecast), and one is shown per year, by this rule (no clock involved):
 * - the budget year is the latest year that has a `budget` entry (without one: the latest year);
 * - for years before it: outcome, else forecast, else budget, else plan (the latest word on a
 *   year that has passed);
 * - for the budget year and later: outcome, else budget, else forecast, else plan (what the
 *   council decided, unless the year is already closed).
 * The default year is the budget year.
 */
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import { formatAmount, formatList, formatNumber, formatPercent } from '../core/format.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import type {
  AmountUnit,
  Budget,
  BudgetChapter,
  BudgetItem,
  BudgetYear,
} from '../feed/generated/feed-types.js';
import type { BudgetTexts } from './budget-explainer.texts.js';
import { municipalTax, per100Ore, type MunicipalTax } from './tax.js';

export type YearKind = BudgetYear['kind'];

/** Kronor per feed unit. */
export const UNIT_FACTOR: Readonly<Record<AmountUnit, number>> = { kr: 1, tkr: 1e3, mnkr: 1e6 };

/** The order of preference for years before the budget year. */
export const PAST_KIND_ORDER: readonly YearKind[] = ['outcome', 'forecast', 'budget', 'plan'];
/** The order of preference for the budget year and later. */
export const CURRENT_KIND_ORDER: readonly YearKind[] = ['outcome', 'budget', 'forecast', 'plan'];

/** The entry shown for one calendar year. */
export interface ShownYear {
  readonly year: number;
  readonly kind: YearKind;
  readonly entry: BudgetYear;
  /** The other kinds the feed has for this year, not shown. */
  readonly otherKinds: readonly YearKind[];
}

const finite = (value: number | undefined): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

/** The budget year: the latest year with a `budget` entry, else the latest year. */
export function budgetYearOf(budget: Budget): number {
  const budgets = budget.years.filter((y) => y.kind === 'budget').map((y) => y.year);
  const pool = budgets.length > 0 ? budgets : budget.years.map((y) => y.year);
  return Math.max(...pool);
}

/** One entry per calendar year, ascending, chosen by the rule in this module's comment. */
export function shownYears(budget: Budget): ShownYear[] {
  const current = budgetYearOf(budget);
  const byYear = new Map<number, BudgetYear[]>();
  for (const entry of budget.years) {
    const list = byYear.get(entry.year) ?? [];
    list.push(entry);
    byYear.set(entry.year, list);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, entries]) => {
      const order = year < current ? PAST_KIND_ORDER : CURRENT_KIND_ORDER;
      const entry = [...entries].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0]!;
      return {
        year,
        kind: entry.kind,
        entry,
        otherKinds: entries.filter((e) => e !== entry).map((e) => e.kind),
      };
    });
}

/**
 * The year to show: the requested one when the feed has it, else the budget year. `missing`
 * is the requested year when it had to be replaced, so the view can say so.
 */
export function pickYear(
  years: readonly ShownYear[],
  budget: Budget,
  requested?: number,
): { shown: ShownYear; missing?: number } {
  const found = requested === undefined ? undefined : years.find((y) => y.year === requested);
  if (found) return { shown: found };
  const fallback = years.find((y) => y.year === budgetYearOf(budget)) ?? years[years.length - 1]!;
  return requested === undefined || !Number.isFinite(requested)
    ? { shown: fallback }
    : { shown: fallback, missing: requested };
}

// ---------------------------------------------------------------------------------------------
// Trees (costs, investments)

/** A budget item with its texts picked for one language and `feeFunded` passed down. */
export interface ItemDatum {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Paid by fees rather than tax, on the item or an ancestor. */
  readonly feeFunded: boolean;
  readonly goals: readonly string[];
  readonly indicators: readonly string[];
  /** The given amount; parents are summed from their leaves instead. */
  readonly amount: number;
  readonly children?: readonly ItemDatum[];
}

export type ItemNode = HierarchyNode<ItemDatum>;

function toDatum(item: BudgetItem, lang: Lang, inheritedFee: boolean): ItemDatum {
  const feeFunded = inheritedFee || item.feeFunded === true;
  return {
    id: item.id,
    title: pickText(item.title, lang),
    description: pickText(item.description, lang),
    feeFunded,
    goals: item.goals ?? [],
    indicators: item.indicators ?? [],
    amount: finite(item.amount),
    children: item.children?.map((child) => toDatum(child, lang, feeFunded)),
  };
}

/**
 * A tree of budget items under a root without id. Values are the sums of the leaves (d3's
 * `sum`): a parent's given amount only has to agree, which the feed check makes sure of (±0.5).
 * Children are sorted largest first; equal values keep the feed's order.
 */
export function itemTree(items: readonly BudgetItem[] | undefined, lang: Lang): ItemNode {
  const root: ItemDatum = {
    id: '',
    title: '',
    description: '',
    feeFunded: false,
    goals: [],
    indicators: [],
    amount: 0,
    children: (items ?? []).map((item) => toDatum(item, lang, false)),
  };
  return hierarchy(root, (d) => d.children)
    .sum((d) => (d.children && d.children.length > 0 ? 0 : d.amount))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
}

/** The node at a path of ids from the root, as deep as the path still matches. */
export function nodeAt(root: ItemNode, path: readonly string[]): ItemNode {
  let node = root;
  for (const id of path) {
    const next = node.children?.find((child) => child.data.id === id);
    if (!next) break;
    node = next;
  }
  return node;
}

/** The ids from the root to a node (the root itself has no id and is left out). */
export function pathOf(node: ItemNode): string[] {
  return node
    .ancestors()
    .reverse()
    .slice(1)
    .map((n) => n.data.id);
}

/** A part of a whole in percent; NaN when the whole is not positive. */
export function shareOf(part: number, whole: number): number {
  return whole > 0 ? (part / whole) * 100 : Number.NaN;
}

// ---------------------------------------------------------------------------------------------
// Revenue and costs

export type RevenueCategory = 'tax' | 'grants' | 'fees' | 'other';
export const REVENUE_CATEGORIES: readonly RevenueCategory[] = ['tax', 'grants', 'fees', 'other'];

export interface MoneyFlow {
  /** Revenue per category, in the order tax, grants, fees, other; categories without items left out. */
  readonly categories: readonly { readonly category: RevenueCategory; readonly amount: number }[];
  readonly revenue: number;
  readonly costs: number;
  /** The year's result: as given in the feed, else revenue minus costs. */
  readonly result: number;
  /** Whether the result is the feed's own figure and differs from revenue minus costs (by more than 0.5). */
  readonly resultDiffers: boolean;
  /** Whether the year lists any revenue, any costs; what it does not list is unknown, not zero. */
  readonly hasRevenue: boolean;
  readonly hasCosts: boolean;
  /** Whether there is a result to show: the feed's own, or revenue minus costs when both are listed. */
  readonly hasResult: boolean;
}

function sumByCategory(
  items: readonly BudgetItem[] | undefined,
  inherited: RevenueCategory | undefined,
  totals: Map<RevenueCategory, number>,
): void {
  for (const item of items ?? []) {
    const category = item.category ?? inherited;
    if (item.children && item.children.length > 0) sumByCategory(item.children, category, totals);
    else {
      const key = category ?? 'other';
      totals.set(key, (totals.get(key) ?? 0) + finite(item.amount));
    }
  }
}

/** Where the money comes from (by category, leaves taking their nearest category) and the result. */
export function moneyFlow(entry: BudgetYear, costs: ItemNode): MoneyFlow {
  const totals = new Map<RevenueCategory, number>();
  sumByCategory(entry.revenue, undefined, totals);
  const categories = REVENUE_CATEGORIES.filter((c) => totals.has(c)).map((category) => ({
    category,
    amount: totals.get(category)!,
  }));
  const revenue = categories.reduce((sum, c) => sum + c.amount, 0);
  const costTotal = costs.value ?? 0;
  const computed = revenue - costTotal;
  const given = entry.result;
  const hasGiven = typeof given === 'number' && Number.isFinite(given);
  const hasRevenue = categories.length > 0;
  const hasCosts = (costs.children?.length ?? 0) > 0;
  return {
    categories,
    revenue,
    costs: costTotal,
    result: hasGiven ? given : computed,
    resultDiffers: hasGiven && hasRevenue && hasCosts && Math.abs(given - computed) > 0.5,
    hasRevenue,
    hasCosts,
    hasResult: hasGiven || (hasRevenue && hasCosts),
  };
}

// ---------------------------------------------------------------------------------------------
// Operations and investments

export interface InvestmentRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** This year's amount. */
  readonly amount: number;
  /** The calendar years (as shown) in which the investment appears, ascending. */
  readonly years: readonly number[];
  /** Its amounts added over those years. */
  readonly total: number;
}

export interface OperationsAndInvestments {
  /** The year's operating costs; undefined when the year lists no costs. */
  readonly operations: number | undefined;
  readonly investments: number;
  /** The largest investments of the year, largest first. */
  readonly largest: readonly InvestmentRow[];
}

/** Operating costs beside investments, and the year's largest investments with their years. */
export function operationsAndInvestments(
  shown: ShownYear,
  years: readonly ShownYear[],
  costs: ItemNode,
  lang: Lang,
  count = 5,
): OperationsAndInvestments {
  const tree = itemTree(shown.entry.investments, lang);
  const perYear = years.map((y) => ({
    year: y.year,
    amounts: new Map(itemTree(y.entry.investments, lang).children?.map((n) => [n.data.id, n.value ?? 0])),
  }));
  const largest = (tree.children ?? []).slice(0, count).map((node) => {
    const seen = perYear.filter((y) => y.amounts.has(node.data.id));
    return {
      id: node.data.id,
      title: node.data.title,
      description: node.data.description,
      amount: node.value ?? 0,
      years: seen.map((y) => y.year),
      total: seen.reduce((sum, y) => sum + y.amounts.get(node.data.id)!, 0),
    };
  });
  const operations = (costs.children?.length ?? 0) > 0 ? (costs.value ?? 0) : undefined;
  return { operations, investments: tree.value ?? 0, largest };
}

// ---------------------------------------------------------------------------------------------
// Years side by side

export interface TrendPoint {
  readonly year: number;
  readonly kind: YearKind;
  /** The year's costs; undefined when it lists none (unknown, not zero). */
  readonly costs: number | undefined;
  readonly population?: number;
  /** Costs in kronor per resident, when the population and the costs are known. */
  readonly costPerResident?: number;
}

export interface AreaTrend {
  readonly id: string;
  readonly title: string;
  /** One value per point of the trend; undefined where the area is missing that year. */
  readonly values: readonly (number | undefined)[];
}

export interface Trend {
  readonly points: readonly TrendPoint[];
  /** Top-level cost areas over the years, in the order of the shown year (then newcomers). */
  readonly areas: readonly AreaTrend[];
}

/** The shown entry of every year side by side: totals, residents, and each cost area. */
export function trendOf(years: readonly ShownYear[], shown: ShownYear, unit: AmountUnit, lang: Lang): Trend {
  const trees = years.map((y) => itemTree(y.entry.costs, lang));
  const points = years.map((y, i): TrendPoint => {
    const tree = trees[i]!;
    const costs = (tree.children?.length ?? 0) > 0 ? (tree.value ?? 0) : undefined;
    const population = y.entry.population;
    return {
      year: y.year,
      kind: y.kind,
      costs,
      population,
      costPerResident:
        costs !== undefined && population && population > 0
          ? (costs * UNIT_FACTOR[unit]) / population
          : undefined,
    };
  });
  const order: { id: string; title: string }[] = [];
  const seen = new Set<string>();
  const at = years.indexOf(shown);
  for (const tree of [trees[at], ...trees]) {
    for (const node of tree?.children ?? []) {
      if (seen.has(node.data.id)) continue;
      seen.add(node.data.id);
      order.push({ id: node.data.id, title: node.data.title });
    }
  }
  const areas = order.map(({ id, title }) => ({
    id,
    title,
    values: trees.map((tree) => tree.children?.find((n) => n.data.id === id)?.value),
  }));
  return { points, areas };
}

// ---------------------------------------------------------------------------------------------
// Every 100 kr of tax

export interface Per100Row {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Öre of every 100 kronor (integers that add up to 10 000 over the rows). */
  readonly ore: number;
}

export interface FeeFundedRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly amount: number;
}

interface Per100Common {
  /** The topmost fee-funded items, kept apart from the tax split. */
  readonly feeFunded: readonly FeeFundedRow[];
  readonly feeFundedTotal: number;
}

export type Per100Split =
  | (Per100Common & { readonly ok: true; readonly rows: readonly Per100Row[]; readonly taxFunded: number })
  | (Per100Common & {
      readonly ok: false;
      readonly reason: 'negative' | 'nothing';
      /** Titles of the areas whose tax-funded amount is negative. */
      readonly negative: readonly string[];
    });

/** The part of a node's value that tax pays for: its leaves that are not fee-funded. */
function taxFundedValue(node: ItemNode): number {
  if (node.data.feeFunded) return 0;
  if (!node.children) return node.value ?? 0;
  return node.children.reduce((sum, child) => sum + taxFundedValue(child), 0);
}

function feeFundedRows(node: ItemNode, rows: FeeFundedRow[]): void {
  for (const child of node.children ?? []) {
    if (child.data.feeFunded) {
      const { id, title, description } = child.data;
      rows.push({ id, title, description, amount: child.value ?? 0 });
    } else feeFundedRows(child, rows);
  }
}

/**
 * How each 100 kronor of municipal tax is spent, per top-level cost area, in proportion to the
 * area's tax-funded costs (fee-funded items, and their children, kept apart). The öre add up to
 * exactly 10 000 (largest remainder, see tax.ts). A negative tax-funded area makes the split
 * impossible rather than wrong.
 */
export function per100Split(costs: ItemNode): Per100Split {
  const feeFunded: FeeFundedRow[] = [];
  feeFundedRows(costs, feeFunded);
  feeFunded.sort((a, b) => b.amount - a.amount);
  const common = { feeFunded, feeFundedTotal: feeFunded.reduce((sum, row) => sum + row.amount, 0) };
  const areas = (costs.children ?? [])
    .map((node) => ({ node, amount: taxFundedValue(node) }))
    .filter((area) => area.amount !== 0);
  const negative = areas.filter((area) => area.amount < 0).map((area) => area.node.data.title);
  if (negative.length > 0) return { ...common, ok: false, reason: 'negative', negative };
  if (areas.length === 0) return { ...common, ok: false, reason: 'nothing', negative: [] };
  const ore = per100Ore(areas.map((area) => area.amount));
  const rows = areas
    .map(({ node }, i) => ({
      id: node.data.id,
      title: node.data.title,
      description: node.data.description,
      ore: ore[i]!,
    }))
    .sort((a, b) => b.ore - a.ore);
  return { ...common, ok: true, rows, taxFunded: areas.reduce((sum, area) => sum + area.amount, 0) };
}

// ---------------------------------------------------------------------------------------------
// My tax

/**
 * Splits a whole number over weights in proportion, in whole units that add up to exactly the
 * total: each share rounded down, the units left over one each to the largest remainders (ties
 * to the earlier weight). Weights must be ≥ 0 and not all 0; the total an integer ≥ 0.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || !Number.isInteger(total) || total < 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, index) => ({ index, remainder: x - parts[index]! }))
    .sort((a, b) =>
      Math.abs(b.remainder - a.remainder) > 1e-9 ? b.remainder - a.remainder : a.index - b.index,
    );
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

export const daysInYear = (year: number): number =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;

export interface AreaTax {
  readonly id: string;
  readonly title: string;
  /** Whole kronor per year, month; öre per day. Each column adds up to its total. */
  readonly perYear: number;
  readonly perMonth: number;
  readonly perDayOre: number;
}

export type MyTax =
  | {
      readonly ok: true;
      readonly tax: MunicipalTax;
      readonly taxRate: number;
      readonly perYear: number;
      readonly perMonth: number;
      readonly perDayOre: number;
      /** The tax split by area as in "every 100 kr"; null when that split cannot be made. */
      readonly areas: readonly AreaTax[] | null;
    }
  | { readonly ok: false; readonly missing: readonly ('taxRate' | 'priceBaseAmount')[] };

/**
 * The resident's municipal tax for a yearly income with the year's tax rate and price base
 * amount (tax.ts), per year, month and day, split by area like every 100 kr. Says what is
 * missing instead of guessing when the year lacks the tax rate or the price base amount.
 */
export function myTax(yearlyIncome: number, entry: BudgetYear, split: Per100Split): MyTax {
  const { taxRate, priceBaseAmount } = entry;
  const missing: ('taxRate' | 'priceBaseAmount')[] = [];
  if (!(typeof taxRate === 'number' && taxRate > 0 && taxRate <= 100)) missing.push('taxRate');
  if (!(typeof priceBaseAmount === 'number' && priceBaseAmount > 0)) missing.push('priceBaseAmount');
  if (missing.length > 0) return { ok: false, missing };
  const tax = municipalTax(yearlyIncome, { taxRate: taxRate!, priceBaseAmount: priceBaseAmount! });
  const perYear = tax.tax;
  const perMonth = Math.round(perYear / 12);
  const perDayOre = Math.round((perYear * 100) / daysInYear(entry.year));
  let areas: AreaTax[] | null = null;
  if (split.ok) {
    const weights = split.rows.map((row) => row.ore);
    const years = apportion(perYear, weights);
    const months = apportion(perMonth, weights);
    const days = apportion(perDayOre, weights);
    areas = split.rows.map((row, i) => ({
      id: row.id,
      title: row.title,
      perYear: years[i]!,
      perMonth: months[i]!,
      perDayOre: days[i]!,
    }));
  }
  return { ok: true, tax, taxRate: taxRate!, perYear, perMonth, perDayOre, areas };
}

// ---------------------------------------------------------------------------------------------
// Chapters and films

/** The five film themes of "Så funkar kommunens ekonomi", each with its chart. */
export type ChapterTheme = 'revenue' | 'demography' | 'investments' | 'planning' | 'value';
export const THEMES: readonly ChapterTheme[] = ['revenue', 'demography', 'investments', 'planning', 'value'];

/** Words (without diacritics, lower case) that tie a chapter's id or title to a theme. */
const THEME_WORDS: readonly [ChapterTheme, RegExp][] = [
  ['revenue', /intakt|revenue|income/],
  ['demography', /demograf|befolkning|population/],
  ['investments', /investering|investment|drift/],
  ['planning', /planering|sikt|planning|long.?term|short.?term/],
  ['value', /vard.*pengar|value/],
];

const plain = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The theme of a chapter: the feed has no field for it, so its id and titles (every language)
 * are matched against the themes' words ("Intäkter och kostnader" → revenue). Undefined when
 * nothing matches: the chapter then has its text and film but no chart.
 */
export function chapterTheme(chapter: BudgetChapter): ChapterTheme | undefined {
  const titles = typeof chapter.title === 'string' ? [chapter.title] : Object.values(chapter.title);
  const text = plain([chapter.id, ...titles].join(' '));
  return THEME_WORDS.find(([, words]) => words.test(text))?.[0];
}

/**
 * What the feed has data for in the shown year (and, for comparisons, over the years). A part
 * without data is not offered at all: no tab, no section, no sentence with a zero that the feed
 * never said. Another municipality's feed may hold only the costs per area of one year.
 */
export interface Available {
  /** Cost areas (the treemap, the list and its table). */
  readonly costs: boolean;
  /** Every 100 kr: a split, or a reason it cannot be made (a negative area), or fee-funded areas. */
  readonly per100: boolean;
  /** The tax calculator: the year has a tax rate and a price base amount. */
  readonly myTax: boolean;
  readonly revenue: boolean;
  readonly investments: boolean;
  /** The years side by side: at least two years with costs. */
  readonly trend: boolean;
  /** Residents and cost per resident: at least one year with both the population and costs. */
  readonly demography: boolean;
}

export function availableParts(
  shown: ShownYear,
  costs: ItemNode,
  split: Per100Split,
  trend: Trend,
): Available {
  const listed = (items: readonly BudgetItem[] | undefined): boolean => (items?.length ?? 0) > 0;
  const hasCosts = (costs.children?.length ?? 0) > 0;
  return {
    costs: hasCosts,
    per100: split.ok || split.reason === 'negative' || split.feeFunded.length > 0,
    myTax: myTax(0, shown.entry, split).ok,
    revenue: listed(shown.entry.revenue),
    investments: listed(shown.entry.investments),
    trend: trend.points.filter((p) => p.costs !== undefined).length > 1,
    demography: trend.points.some((p) => p.costPerResident !== undefined),
  };
}

/** Whether a theme's chart has data: "value" is every 100 kr and the calculator, either will do. */
export function themeHasData(theme: ChapterTheme, available: Available): boolean {
  switch (theme) {
    case 'revenue':
      return available.revenue;
    case 'demography':
      return available.demography;
    case 'investments':
      return available.investments;
    case 'planning':
      return available.trend;
    case 'value':
      return available.per100 || available.myTax;
  }
}

export type VideoEmbed =
  | { readonly kind: 'file'; readonly src: string; readonly host: string }
  | { readonly kind: 'frame'; readonly src: string; readonly host: string }
  | { readonly kind: 'link'; readonly src: string; readonly host: string };

/**
 * How a chapter's film can be shown once the resident asks for it: a video file in a <video>,
 * YouTube (through youtube-nocookie.com) or Vimeo (with dnt=1) in an <iframe>, anything else as
 * a link. Only http(s) URLs and same-site paths; anything else gives undefined.
 */
export function videoEmbed(url: string, base = 'https://invalid.example/'): VideoEmbed | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = url.startsWith('/') ? '' : parsed.hostname.replace(/^www\./, '');
  const hostname = parsed.hostname.replace(/^(www|m)\./, '');
  if (/\.(mp4|webm|ogv|ogg|mov|m4v)$/i.test(parsed.pathname)) return { kind: 'file', src: url, host };
  let youtube: string | null = null;
  if (hostname === 'youtu.be') youtube = parsed.pathname.slice(1);
  else if (hostname === 'youtube.com' || hostname === 'youtube-nocookie.com') {
    youtube =
      parsed.searchParams.get('v') ?? /^\/(?:embed|shorts)\/([^/]+)/.exec(parsed.pathname)?.[1] ?? null;
  }
  if (youtube && /^[\w-]{6,20}$/.test(youtube)) {
    return { kind: 'frame', src: `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1`, host };
  }
  const vimeo = hostname === 'vimeo.com' ? /^\/(\d+)/.exec(parsed.pathname)?.[1] : undefined;
  if (vimeo) return { kind: 'frame', src: `https://player.vimeo.com/video/${vimeo}?dnt=1&autoplay=1`, host };
  return { kind: 'link', src: url, host };
}

// ---------------------------------------------------------------------------------------------
// Summaries, written from the data

/** The words of a year kind ("utfall", "outcome"). */
export function kindWord(kind: YearKind, t: BudgetTexts): string {
  switch (kind) {
    case 'outcome':
      return t.kindOutcome;
    case 'budget':
      return t.kindBudget;
    case 'forecast':
      return t.kindForecast;
    case 'plan':
      return t.kindPlan;
  }
}

/**
 * A title inside a sentence: its first letter in lower case when it reads as an ordinary word
 * ("Äldreomsorg" → "äldreomsorg"), kept when it looks like a name or abbreviation ("IT och
 * digitalisering", "LSS-utjämning", "Eskilstuna Energi"). A heuristic: a title that is a name
 * in one word ("Eskilstuna direkt") is lowered too.
 */
export function inSentence(title: string): string {
  const words = title.split(/\s+/);
  const first = words[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(first.split('-')[0] ?? '')) return title;
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return title;
  return first.charAt(0).toLocaleLowerCase() + title.slice(1);
}

const percent0 = (value: number, lang: Lang): string => formatPercent(value, lang, 0);

/** "4 139 mnkr" in the feed's unit. */
export const amountText = (value: number, unit: AmountUnit, lang: Lang): string =>
  formatAmount(value, unit, lang);

/** Number of sub-areas in words: "1 delområde", "5 delområden". */
export function subAreas(count: number, t: BudgetTexts, lang: Lang): string {
  return count === 1 ? t.subAreasOne : fill(t.subAreasMany, { count: formatNumber(count, lang) });
}

/** The summary of one level of the cost tree: its largest parts and their share. */
export function costsSummary(
  node: ItemNode,
  year: number,
  unit: AmountUnit,
  t: BudgetTexts,
  lang: Lang,
): string {
  const children = node.children ?? [];
  const total = node.value ?? 0;
  if (children.length === 0 || total <= 0) return fill(t.costsNone, { year });
  const [a, b] = children;
  const part = (n: ItemNode, first: boolean): string => {
    const title = first ? n.data.title : inSentence(n.data.title);
    return `${title} (${percent0(shareOf(n.value ?? 0, total), lang)})`;
  };
  const totalText = amountText(total, unit, lang);
  if (!b) return fill(t.costsSummaryOne, { first: a!.data.title, total: totalText, year });
  const values = {
    first: part(a!, node.depth === 0),
    second: part(b, false),
    share: percent0(shareOf((a!.value ?? 0) + (b.value ?? 0), total), lang),
    total: totalText,
    year,
    parent: inSentence(node.data.title),
  };
  return fill(node.depth === 0 ? t.costsSummary : t.costsSummaryIn, values);
}

/** "36,12 kr" (sv), "SEK 36.12" (en): öre as kronor with two decimals. */
export const oreText = (ore: number, lang: Lang): string =>
  formatAmount(ore / 100, 'kr', lang, { decimals: 2 });

export function per100Summary(split: Per100Split, year: number, t: BudgetTexts, lang: Lang): string {
  if (!split.ok) {
    return split.reason === 'negative'
      ? fill(t.per100Negative, { items: formatList(split.negative, lang) })
      : fill(t.per100Nothing, { year });
  }
  const [a, b] = split.rows;
  if (!b) return fill(t.per100Intro, { year });
  return fill(t.per100Summary, {
    first: oreText(a!.ore, lang),
    firstTitle: inSentence(a!.title),
    second: oreText(b.ore, lang),
    secondTitle: inSentence(b.title),
  });
}

/** The result in words: surplus, deficit or even. */
export function resultSentence(result: number, unit: AmountUnit, t: BudgetTexts, lang: Lang): string {
  if (Math.abs(result) < 1e-9) return t.resultZero;
  return fill(result > 0 ? t.resultSurplus : t.resultDeficit, {
    amount: amountText(Math.abs(result), unit, lang),
  });
}

/**
 * Revenue in words, with the share that is tax when the feed marks tax revenue, the costs when
 * it lists them, and the result when there is one. Nothing the feed does not give is said.
 */
export function flowSummary(
  flow: MoneyFlow,
  year: number,
  unit: AmountUnit,
  t: BudgetTexts,
  lang: Lang,
): string {
  if (!flow.hasRevenue && !flow.hasCosts) return fill(t.revenueNone, { year });
  const tax = flow.categories.find((c) => c.category === 'tax')?.amount;
  const parts: string[] = [];
  if (flow.hasRevenue) {
    parts.push(
      tax === undefined
        ? fill(t.revenueSummaryNoTax, { revenue: amountText(flow.revenue, unit, lang), year })
        : fill(t.revenueSummary, {
            revenue: amountText(flow.revenue, unit, lang),
            year,
            taxShare: percent0(shareOf(tax, flow.revenue), lang),
          }),
    );
  }
  if (flow.hasCosts) {
    parts.push(
      fill(flow.hasRevenue ? t.costsSentence : t.costsSentenceYear, {
        costs: amountText(flow.costs, unit, lang),
        year,
      }),
    );
  }
  if (flow.hasResult) parts.push(resultSentence(flow.result, unit, t, lang));
  return parts.join(' ');
}

/** Operations beside investments, and the largest investment; operations only when costs are listed. */
export function investmentsSummary(
  ops: OperationsAndInvestments,
  year: number,
  unit: AmountUnit,
  t: BudgetTexts,
  lang: Lang,
): string {
  const investments = amountText(ops.investments, unit, lang);
  const first =
    ops.operations === undefined
      ? fill(t.investSummaryOnly, { investments, year })
      : fill(t.investSummary, { operations: amountText(ops.operations, unit, lang), investments, year });
  const top = ops.largest[0];
  if (!top) return first;
  return `${first} ${fill(t.investLargest, { title: inSentence(top.title), amount: amountText(top.amount, unit, lang) })}`;
}

/** A change from one value to another in words: "12 % mer", "3 % mindre", "oförändrat". */
export function changeText(from: number, to: number, t: BudgetTexts, lang: Lang): string {
  if (from === to) return t.changeSame;
  if (from <= 0) return to > from ? fill(t.changeUp, { percent: '–' }) : fill(t.changeDown, { percent: '–' });
  const change = ((to - from) / from) * 100;
  if (Math.abs(change) < 0.5) return t.changeSame;
  return fill(change > 0 ? t.changeUp : t.changeDown, { percent: percent0(Math.abs(change), lang) });
}

/** The first and last years that have a value in a series, with the change between them. */
export function trendSummary(
  points: readonly TrendPoint[],
  values: readonly (number | undefined)[],
  series: string,
  unit: AmountUnit,
  t: BudgetTexts,
  lang: Lang,
): string {
  const known = values.map((value, i) => ({ value, point: points[i]! })).filter((v) => v.value !== undefined);
  const from = known[0];
  const to = known[known.length - 1];
  if (!from || !to || from === to) return t.trendOne;
  return fill(t.trendSummary, {
    series,
    from: amountText(from.value!, unit, lang),
    fromYear: from.point.year,
    fromKind: kindWord(from.point.kind, t),
    to: amountText(to.value!, unit, lang),
    toYear: to.point.year,
    toKind: kindWord(to.point.kind, t),
    change: changeText(from.value!, to.value!, t, lang),
  });
}

export function demographySummary(points: readonly TrendPoint[], t: BudgetTexts, lang: Lang): string {
  const known = points.filter((p) => p.population !== undefined && p.costPerResident !== undefined);
  const from = known[0];
  const to = known[known.length - 1];
  if (!from || !to) return t.demoNone;
  if (from === to) {
    return fill(t.demoSummaryOne, {
      population: formatNumber(from.population!, lang),
      year: from.year,
      cost: formatAmount(Math.round(from.costPerResident!), 'kr', lang),
    });
  }
  return fill(t.demoSummary, {
    from: formatNumber(from.population!, lang),
    fromYear: from.year,
    to: formatNumber(to.population!, lang),
    toYear: to.year,
    costFrom: formatAmount(Math.round(from.costPerResident!), 'kr', lang),
    costTo: formatAmount(Math.round(to.costPerResident!), 'kr', lang),
  });
}

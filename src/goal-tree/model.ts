/**
 * The goal tree's model: feed → tree of goals with owners, statuses, roll-ups and linked
 * indicators; then filters and search over it. Pure: no Lit, no DOM. Linear in the number of
 * goals (10,000 goals take milliseconds); nothing recurses, so a deep or cyclic feed cannot
 * overflow the stack.
 *
 * Statuses (docs/decisions/0007-goal-tree.md):
 * - `reportedStatus` is the goal's `status` in the feed, when it has one.
 * - `computedStatus` is rolled up from the goal's children in the feed (their shown status) and
 *   its linked indicators (latest value against target, see core/indicator-model.ts), with
 *   {@link rollUpStatus}. It never depends on what the view hides (root, levels, filters).
 * - `status`, the one shown, is the reported status, else the computed one.
 * - A written verdict (bedömning) is kept as it is; `verdictDiffers` says when its status is not
 *   the shown status, so the view can show both.
 */
import type {
  Feed,
  Goal,
  OrganizationUnit,
  Period,
  PeriodRange,
  Status,
  Verdict,
} from '../feed/generated/feed-types.js';
import { summarizeIndicator, type IndicatorSummary } from '../core/indicator-model.js';
import { pickText, type Lang } from '../core/locale.js';
import { fold, findMatches, type Range } from '../core/text-search.js';
import { typeAheadIndex } from '../core/keyboard.js';

export type { IndicatorSummary, Status };

/** The levels of the red thread, from the vision down. */
export type GoalLevel = Goal['level'];

export const GOAL_LEVELS: readonly GoalLevel[] = [
  'vision',
  'strategic-goal',
  'process-goal',
  'commitment',
  'unit-commitment',
  'activity',
];

const STATUS_LIST: readonly Status[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'no-data',
];

/** Deeper than this, nodes are shown at this depth (a hostile feed could nest 20,000 deep). */
export const MAX_DEPTH = 32;

/** The unit that answers for a goal. */
export interface Owner {
  readonly id: string;
  /** The unit's name, or its id when the feed has no such unit. */
  readonly name: string;
  readonly type?: OrganizationUnit['type'];
  /** False when the id is not among organization.units. */
  readonly known: boolean;
}

/** A goal's written verdict (bedömning), texts picked for the language. */
export interface NodeVerdict {
  readonly status: Status;
  readonly text: string;
  readonly period?: Period;
  readonly date?: string;
  readonly verdict: Verdict;
}

/** How the children of a node stand. */
export interface Rollup {
  readonly total: number;
  /** Achieved or on track. */
  readonly good: number;
  readonly byStatus: Readonly<Record<Status, number>>;
}

/** Why a node is listed apart. */
export type OrphanReason = 'missing-parent' | 'cycle';

export interface GoalNode {
  /** Position in `GoalTreeModel.nodes`; stable for one model. Parents come before children. */
  readonly key: number;
  readonly id: string;
  readonly goal: Goal;
  readonly level: GoalLevel;
  /** 0 for a root of the view. */
  readonly depth: number;
  readonly parent: GoalNode | undefined;
  /** In feed order. */
  readonly children: readonly GoalNode[];
  /** Plain text in the model's language (NFC). */
  readonly title: string;
  readonly description: string;
  readonly owner: Owner | undefined;
  readonly period: Period | PeriodRange | undefined;
  readonly reportedStatus: Status | undefined;
  readonly computedStatus: Status;
  /** What the computed status was rolled up from. */
  readonly computedFrom: { readonly children: number; readonly indicators: number };
  /** The status shown: reported, else computed. */
  readonly status: Status;
  readonly verdict: NodeVerdict | undefined;
  readonly verdictDiffers: boolean;
  /** Progress in percent (0–100), when the feed gives it. */
  readonly progress: number | undefined;
  /** Roll-up of the node's children in the view. */
  readonly rollup: Rollup;
  /** Linked indicators that exist, in the goal's order. */
  readonly indicators: readonly IndicatorSummary[];
  /** Linked indicator ids the feed does not have. */
  readonly missingIndicators: readonly string[];
  /** Set when the node is listed apart: its parent is missing, or it closes a cycle. */
  readonly orphan: OrphanReason | undefined;
}

/** Things the model worked around; the feed validator reports most of them as errors. */
export type TreeProblem =
  | { readonly kind: 'duplicate-id'; readonly id: string; readonly index: number }
  | { readonly kind: 'missing-parent'; readonly id: string; readonly parent: string }
  | { readonly kind: 'cycle'; readonly id: string }
  | { readonly kind: 'root-not-found'; readonly id: string }
  | { readonly kind: 'too-deep'; readonly id: string }
  | { readonly kind: 'invalid-goal'; readonly index: number };

export interface GoalTreeOptions {
  readonly lang: Lang;
  /** Show only this goal and what lies under it. */
  readonly root?: string;
  /** Show only goals of these levels; the children of hidden goals move up to the nearest shown ancestor. */
  readonly levels?: readonly GoalLevel[];
}

export interface GoalTreeModel {
  readonly lang: Lang;
  /** Every node of the view; parents before children. */
  readonly nodes: readonly GoalNode[];
  /** Top-level nodes: roots in feed order, then orphans. */
  readonly roots: readonly GoalNode[];
  /** Top-level nodes listed apart (missing parent, cycle). */
  readonly orphans: readonly GoalNode[];
  readonly byId: ReadonlyMap<string, GoalNode>;
  /** Organization units in feed order, with the ids of the unit itself and all its parents. */
  readonly units: readonly Owner[];
  /** unit id → [the unit, its parent, …]: an owner filter covers the units below it. */
  readonly unitChains: ReadonlyMap<string, readonly string[]>;
  /** How many nodes of the view each unit (with the units below it) answers for. */
  readonly ownerTotals: ReadonlyMap<string, number>;
  readonly problems: readonly TreeProblem[];
}

/** Mutable while the tree is built; handed out as GoalNode. */
type Draft = { -readonly [K in keyof GoalNode]: GoalNode[K] } & {
  children: Draft[];
  parent: Draft | undefined;
};

function isGood(status: Status): boolean {
  return status === 'achieved' || status === 'on-track';
}

const SCORE: Partial<Record<Status, number>> = { achieved: 1, 'on-track': 1, 'at-risk': 0.5, 'off-track': 0 };

/**
 * Rolls statuses up into one, the same way at every level:
 * - no-data signals are left out; not-started ones too, unless nothing else is left
 *   (then the result is not-started; with nothing at all, no-data);
 * - all achieved → achieved;
 * - otherwise the mean score (achieved and on-track 1, at-risk ½, off-track 0):
 *   at least ⅔ → on-track, at least ⅓ → at-risk, below → off-track.
 * So one off-track child out of three on-track ones still reads on-track; half and half reads
 * at-risk; mostly off-track reads off-track.
 */
export function rollUpStatus(signals: readonly Status[]): Status {
  let count = 0;
  let sum = 0;
  let achieved = 0;
  let notStarted = 0;
  for (const status of signals) {
    const score = SCORE[status];
    if (score === undefined) {
      if (status === 'not-started') notStarted++;
      continue;
    }
    count++;
    sum += score;
    if (status === 'achieved') achieved++;
  }
  if (count === 0) return notStarted > 0 ? 'not-started' : 'no-data';
  if (achieved === count) return 'achieved';
  const mean = sum / count;
  // A small epsilon: 2 of 3 is exactly ⅔, which must count as on-track despite rounding.
  if (mean >= 2 / 3 - 1e-9) return 'on-track';
  if (mean >= 1 / 3 - 1e-9) return 'at-risk';
  return 'off-track';
}

/** Shared by every leaf and every goal without links: 10,000 nodes need not carry 10,000 empty objects. */
const NO_NODES: readonly never[] = Object.freeze([]);
const NO_ROLLUP: Rollup = Object.freeze({ total: 0, good: 0, byStatus: Object.freeze(emptyCounts()) });
const NOTHING_COMPUTED = Object.freeze({ children: 0, indicators: 0 });

function emptyCounts(): Record<Status, number> {
  return { achieved: 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'not-started': 0, 'no-data': 0 };
}

function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUS_LIST as readonly string[]).includes(value);
}

function isLevel(value: unknown): value is GoalLevel {
  return typeof value === 'string' && (GOAL_LEVELS as readonly string[]).includes(value);
}

/** Feed text in the language, NFC (so searching and highlighting agree on positions). */
function text(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' && typeof value !== 'object') return '';
  return pickText(value as Parameters<typeof pickText>[0], lang).normalize('NFC');
}

/** Parses the `levels` attribute: space- or comma-separated level names; unknown words are dropped. */
export function parseLevels(value: string | null | undefined): GoalLevel[] | undefined {
  if (!value || !value.trim()) return undefined;
  const levels = value
    .split(/[\s,]+/)
    .map((word) => word.trim().toLowerCase())
    .filter(isLevel);
  return levels.length ? [...new Set(levels)] : undefined;
}

/** Builds the tree the element shows. Never throws for a feed that passed validation, nor for most that did not. */
export function buildGoalTree(feed: Feed, options: GoalTreeOptions): GoalTreeModel {
  const { lang } = options;
  const problems: TreeProblem[] = [];

  // Goals with a usable id; the first of a duplicate id wins.
  const goals: Goal[] = [];
  const indexOf = new Map<string, number>();
  (Array.isArray(feed.goals) ? feed.goals : []).forEach((goal: Goal, index) => {
    if (!goal || typeof goal !== 'object' || typeof goal.id !== 'string' || goal.id === '') {
      problems.push({ kind: 'invalid-goal', index });
      return;
    }
    if (indexOf.has(goal.id)) {
      problems.push({ kind: 'duplicate-id', id: goal.id, index });
      return;
    }
    indexOf.set(goal.id, goals.length);
    goals.push(goal);
  });
  const n = goals.length;

  // Children as the feed declares them, in feed order.
  const declared: number[][] = Array.from({ length: n }, () => []);
  const roots: number[] = [];
  const missing: number[] = [];
  goals.forEach((goal, i) => {
    const parent = typeof goal.parent === 'string' ? goal.parent : undefined;
    if (parent === undefined) roots.push(i);
    else if (parent === goal.id)
      return; // self-parent: found as a cycle below
    else {
      const p = indexOf.get(parent);
      if (p === undefined) {
        missing.push(i);
        problems.push({ kind: 'missing-parent', id: goal.id, parent });
      } else declared[p]!.push(i);
    }
  });

  // Walk from roots, then from goals with a missing parent, then from whatever is left (cycles,
  // each broken at its first goal in feed order). Every goal is reached once.
  const reached = new Uint8Array(n);
  const treeChildren: number[][] = Array.from({ length: n }, () => []);
  /** Pre-order of the whole feed tree: parents before children. */
  const order: number[] = [];
  const starts: { index: number; orphan?: OrphanReason }[] = [];
  const walkFrom = (start: number): void => {
    reached[start] = 1;
    const stack = [start];
    while (stack.length) {
      const i = stack.pop()!;
      order.push(i);
      const own = treeChildren[i]!;
      for (const child of declared[i]!) {
        if (reached[child]) continue;
        reached[child] = 1;
        own.push(child);
      }
      for (let k = own.length - 1; k >= 0; k--) stack.push(own[k]!);
    }
  };
  for (const i of roots) {
    starts.push({ index: i });
    walkFrom(i);
  }
  for (const i of missing) {
    if (reached[i]) continue;
    starts.push({ index: i, orphan: 'missing-parent' });
    walkFrom(i);
  }
  for (let i = 0; i < n; i++) {
    if (reached[i]) continue;
    problems.push({ kind: 'cycle', id: goals[i]!.id });
    starts.push({ index: i, orphan: 'cycle' });
    walkFrom(i);
  }

  // Linked indicators, each summarised once.
  const indicatorById = new Map<string, IndicatorSummary | null>();
  const indicatorList = Array.isArray(feed.indicators) ? feed.indicators : [];
  const indicatorIndex = new Map<string, number>();
  indicatorList.forEach((indicator, i) => {
    if (indicator && typeof indicator.id === 'string' && !indicatorIndex.has(indicator.id))
      indicatorIndex.set(indicator.id, i);
  });
  const summary = (id: string): IndicatorSummary | null => {
    let found = indicatorById.get(id);
    if (found === undefined) {
      const i = indicatorIndex.get(id);
      found = i === undefined ? null : summarizeIndicator(indicatorList[i]!);
      indicatorById.set(id, found);
    }
    return found;
  };

  // Statuses, children before parents (reverse of the walk's pre-order).
  const shown: Status[] = new Array<Status>(n);
  const computed: Status[] = new Array<Status>(n);
  const from = new Array<{ children: number; indicators: number }>(n);
  const linked: (readonly IndicatorSummary[])[] = new Array<readonly IndicatorSummary[]>(n);
  const missingLinks: (readonly string[])[] = new Array<readonly string[]>(n);
  for (let o = order.length - 1; o >= 0; o--) {
    const i = order[o]!;
    const goal = goals[i]!;
    const signals: Status[] = [];
    for (const child of treeChildren[i]!) signals.push(shown[child]!);
    const summaries: IndicatorSummary[] = [];
    const absent: string[] = [];
    for (const id of Array.isArray(goal.indicators) ? goal.indicators : []) {
      const found = typeof id === 'string' ? summary(id) : null;
      if (found) {
        summaries.push(found);
        signals.push(found.status);
      } else if (typeof id === 'string') absent.push(id);
    }
    linked[i] = summaries.length ? summaries : NO_NODES;
    missingLinks[i] = absent.length ? absent : NO_NODES;
    computed[i] = rollUpStatus(signals);
    from[i] =
      treeChildren[i]!.length || summaries.length
        ? { children: treeChildren[i]!.length, indicators: summaries.length }
        : NOTHING_COMPUTED;
    shown[i] = isStatus(goal.status) ? goal.status : computed[i];
  }

  // Organization units: names, and the chain up through parents (guarded against cycles).
  const unitList = Array.isArray(feed.organization?.units) ? feed.organization.units : [];
  const unitById = new Map<string, OrganizationUnit>();
  for (const unit of unitList)
    if (unit && typeof unit.id === 'string' && !unitById.has(unit.id)) unitById.set(unit.id, unit);
  const unitChains = new Map<string, string[]>();
  const chainOf = (id: string): string[] => {
    let chain = unitChains.get(id);
    if (!chain) {
      chain = [];
      const seen = new Set<string>();
      for (let at: string | undefined = id; at !== undefined && !seen.has(at);) {
        seen.add(at);
        chain.push(at);
        const parent: unknown = unitById.get(at)?.parent;
        at = typeof parent === 'string' ? parent : undefined;
      }
      unitChains.set(id, chain);
    }
    return chain;
  };
  const owners = new Map<string, Owner>();
  const ownerOf = (id: unknown): Owner | undefined => {
    if (typeof id !== 'string' || id === '') return undefined;
    let owner = owners.get(id);
    if (!owner) {
      const unit = unitById.get(id);
      owner = unit
        ? { id, name: text(unit.name, lang) || id, type: unit.type, known: true }
        : { id, name: id, known: false };
      owners.set(id, owner);
      chainOf(id);
    }
    return owner;
  };
  const units: Owner[] = [];
  for (const unit of unitById.values()) {
    units.push(ownerOf(unit.id)!);
  }

  // The view: from the chosen root (or every start), leaving out hidden levels.
  const levelSet = options.levels?.length ? new Set<GoalLevel>(options.levels) : undefined;
  let viewStarts = starts;
  if (options.root !== undefined && options.root !== '') {
    const r = indexOf.get(options.root);
    if (r === undefined) problems.push({ kind: 'root-not-found', id: options.root });
    else viewStarts = [{ index: r, orphan: starts.find((s) => s.index === r)?.orphan }];
  }
  const orphanOf = new Map(viewStarts.map((s) => [s.index, s.orphan]));
  const nodes: Draft[] = [];
  const viewRoots: Draft[] = [];
  const byId = new Map<string, Draft>();
  const makeNode = (i: number, parent: Draft | undefined, orphan: OrphanReason | undefined): Draft => {
    const goal = goals[i]!;
    const verdict =
      goal.verdict && typeof goal.verdict === 'object' && isStatus(goal.verdict.status)
        ? {
            status: goal.verdict.status,
            text: text(goal.verdict.text, lang),
            period: goal.verdict.period,
            date: goal.verdict.date,
            verdict: goal.verdict,
          }
        : undefined;
    const status = shown[i]!;
    const progress =
      typeof goal.progress === 'number' && Number.isFinite(goal.progress)
        ? Math.min(100, Math.max(0, goal.progress))
        : undefined;
    const node: Draft = {
      key: nodes.length,
      id: goal.id,
      goal,
      level: isLevel(goal.level) ? goal.level : 'activity',
      depth: parent ? parent.depth + 1 : 0,
      parent,
      children: [],
      title: text(goal.title, lang) || goal.id,
      description: text(goal.description, lang),
      owner: ownerOf(goal.owner),
      period: goal.period,
      reportedStatus: isStatus(goal.status) ? goal.status : undefined,
      computedStatus: computed[i]!,
      computedFrom: from[i]!,
      status,
      verdict,
      verdictDiffers: verdict !== undefined && verdict.status !== status,
      progress,
      rollup: NO_ROLLUP,
      indicators: linked[i]!,
      missingIndicators: missingLinks[i]!,
      orphan,
    };
    nodes.push(node);
    byId.set(node.id, node);
    if (parent) parent.children.push(node);
    else viewRoots.push(node);
    return node;
  };

  for (const start of viewStarts) {
    const stack: { index: number; parent: Draft | undefined }[] = [{ index: start.index, parent: undefined }];
    while (stack.length) {
      const { index, parent: declaredParent } = stack.pop()!;
      const goal = goals[index]!;
      let parent = declaredParent;
      let node: Draft | undefined;
      if (!levelSet || levelSet.has(isLevel(goal.level) ? goal.level : 'activity')) {
        if (parent && parent.depth + 1 >= MAX_DEPTH) {
          problems.push({ kind: 'too-deep', id: goal.id });
          parent = parent.parent;
        }
        node = makeNode(index, parent, index === start.index ? orphanOf.get(index) : undefined);
      }
      const kids = treeChildren[index]!;
      for (let k = kids.length - 1; k >= 0; k--) stack.push({ index: kids[k]!, parent: node ?? parent });
    }
  }

  // Roll-ups over the children shown; owner totals over the whole view.
  const ownerTotals = new Map<string, number>();
  for (const node of nodes) {
    if (node.children.length) {
      const byStatus = emptyCounts();
      let good = 0;
      for (const child of node.children) {
        byStatus[child.status]++;
        if (isGood(child.status)) good++;
      }
      node.rollup = { total: node.children.length, good, byStatus };
    } else node.children = NO_NODES as never[];
    if (node.owner) {
      for (const unit of unitChains.get(node.owner.id) ?? [node.owner.id])
        ownerTotals.set(unit, (ownerTotals.get(unit) ?? 0) + 1);
    }
  }

  // Roots first, orphans after them (they are listed apart).
  const regular = viewRoots.filter((node) => !node.orphan);
  const orphans = viewRoots.filter((node) => node.orphan);
  // Owners that are not units still get an entry (the filter offers them).
  for (const owner of owners.values()) if (!owner.known) units.push(owner);

  return {
    lang,
    nodes,
    roots: [...regular, ...orphans],
    orphans,
    byId,
    units,
    unitChains,
    ownerTotals,
    problems,
  };
}

/* ---- Filters and search ------------------------------------------------------------------- */

export interface GoalFilters {
  /** Show goals with one of these statuses (the shown status); none: all. */
  readonly statuses?: ReadonlySet<Status> | readonly Status[];
  /** Show goals this unit, or a unit below it, answers for. */
  readonly owner?: string;
  /** Show goals of this level. */
  readonly level?: GoalLevel;
  /** Show goals whose title, description or owner contains this text. */
  readonly query?: string;
}

export interface FilterResult {
  /** Whether any filter or search is in effect. */
  readonly active: boolean;
  /** The search text, folded; '' without a search. */
  readonly query: string;
  /** By node key: 1 when the node meets every filter. */
  readonly match: Uint8Array;
  /** By node key: 1 when shown: a match, an ancestor of one (as context) or a descendant of one. */
  readonly visible: Uint8Array;
  readonly matchCount: number;
  readonly visibleCount: number;
  /** Ids of the nodes to open so that every match shows. */
  readonly open: ReadonlySet<string>;
  /** Counts per option, each under the other filters (so they follow the filters). */
  readonly facets: {
    readonly status: Readonly<Record<Status, number>>;
    readonly level: Readonly<Record<GoalLevel, number>>;
    readonly owner: ReadonlyMap<string, number>;
  };
}

/** Folded search texts (title, description, owner), built on the first search of a model. */
const searchIndexes = new WeakMap<GoalTreeModel, string[]>();

function searchIndex(tree: GoalTreeModel): string[] {
  let index = searchIndexes.get(tree);
  if (!index) {
    // A line break between the fields: a query (one line) cannot match across two of them.
    index = tree.nodes.map((node) =>
      fold(`${node.title}\n${node.description}\n${node.owner?.name ?? ''}`, tree.lang),
    );
    searchIndexes.set(tree, index);
  }
  return index;
}

/** The search text as compared: trimmed, inner white space collapsed, folded. */
export function normalizeQuery(query: string | undefined, lang: Lang): string {
  return fold((query ?? '').trim().replace(/\s+/g, ' '), lang);
}

/** Applies filters and search. Linear in the number of nodes. */
export function filterGoalTree(tree: GoalTreeModel, filters: GoalFilters = {}): FilterResult {
  const nodes = tree.nodes;
  const n = nodes.length;
  const statuses = new Set(filters.statuses ?? []);
  const owner = filters.owner || undefined;
  const level = filters.level || undefined;
  const query = normalizeQuery(filters.query, tree.lang);
  const active = statuses.size > 0 || owner !== undefined || level !== undefined || query !== '';
  const texts = query ? searchIndex(tree) : undefined;

  const match = new Uint8Array(n);
  const visible = new Uint8Array(n);
  const statusFacet = emptyCounts();
  const levelFacet = Object.fromEntries(GOAL_LEVELS.map((l) => [l, 0])) as Record<GoalLevel, number>;
  const ownerFacet = new Map<string, number>();
  let matchCount = 0;

  for (let k = 0; k < n; k++) {
    const node = nodes[k]!;
    const s = statuses.size === 0 || statuses.has(node.status);
    const l = level === undefined || node.level === level;
    const chain = node.owner ? (tree.unitChains.get(node.owner.id) ?? [node.owner.id]) : undefined;
    const o = owner === undefined || (chain !== undefined && chain.includes(owner));
    const q = texts === undefined || texts[k]!.includes(query);
    if (l && o && q) statusFacet[node.status]++;
    if (s && o && q) levelFacet[node.level]++;
    if (s && l && q && chain) for (const unit of chain) ownerFacet.set(unit, (ownerFacet.get(unit) ?? 0) + 1);
    if (s && l && o && q) {
      match[k] = 1;
      matchCount++;
    }
  }

  const open = new Set<string>();
  /** By node key: 1 when shown only because an ancestor matches. */
  const below = new Uint8Array(n);
  if (!active) {
    visible.fill(1);
  } else {
    // Descendants of a match (parents come before children in `nodes`).
    for (let k = 0; k < n; k++) {
      const parent = nodes[k]!.parent;
      if (match[k] || (parent && (match[parent.key] || below[parent.key]))) {
        visible[k] = 1;
        if (!match[k]) below[k] = 1;
      }
    }
    // Ancestors of a match, opened to reveal it. Each is marked once.
    for (let k = 0; k < n; k++) {
      if (!match[k]) continue;
      for (let p = nodes[k]!.parent; p && !open.has(p.id); p = p.parent) {
        open.add(p.id);
        visible[p.key] = 1;
      }
    }
  }
  let visibleCount = 0;
  for (let k = 0; k < n; k++) visibleCount += visible[k]!;
  return {
    active,
    query,
    match,
    visible,
    matchCount: active ? matchCount : n,
    visibleCount,
    open,
    facets: { status: statusFacet, level: levelFacet, owner: ownerFacet },
  };
}

/** The children of a node that the filter shows. */
export function visibleChildren(node: GoalNode, filter: FilterResult): readonly GoalNode[] {
  if (!filter.active) return node.children;
  return node.children.filter((child) => filter.visible[child.key]);
}

/**
 * The nodes a reader can reach with Up and Down: shown by the filter, under open parents, in
 * tree order. Linear in what it returns.
 */
export function visibleRows(
  tree: GoalTreeModel,
  filter: FilterResult,
  isOpen: (node: GoalNode) => boolean,
): GoalNode[] {
  const rows: GoalNode[] = [];
  const stack: GoalNode[] = [];
  const tops = tree.roots.filter((node) => filter.visible[node.key]);
  for (let k = tops.length - 1; k >= 0; k--) stack.push(tops[k]!);
  while (stack.length) {
    const node = stack.pop()!;
    rows.push(node);
    if (!isOpen(node)) continue;
    const kids = visibleChildren(node, filter);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return rows;
}

/** Ids of every ancestor of a node (to open the path to it). */
export function pathTo(node: GoalNode): string[] {
  const ids: string[] = [];
  for (let p = node.parent; p; p = p.parent) ids.push(p.id);
  return ids;
}

/** Type-ahead over the visible rows (see `typeAheadIndex`): the next row whose title starts with `typed`. */
export function typeAhead(rows: readonly GoalNode[], from: number, typed: string, lang: Lang): number {
  return typeAheadIndex(rows.length, (i) => rows[i]!.title, from, typed, lang);
}

/** Where the search text occurs in a string (for <mark>), as ranges of that string. */
export function highlightRanges(value: string, filter: FilterResult, lang: Lang): Range[] {
  return filter.query ? findMatches(value, filter.query, lang) : [];
}

/* ---- The overview picture --------------------------------------------------------------- */

/** A node of the overview picture (src/goal-tree/overview.ts). */
export interface OverviewNodeData {
  id: string;
  label: string;
  status: Status;
  children: OverviewNodeData[];
}

/** The tree the list shows (after filters), for the overview picture. Iterative. */
export function toOverviewNodes(tree: GoalTreeModel, filter: FilterResult): OverviewNodeData[] {
  const made = new Map<number, OverviewNodeData>();
  const tops: OverviewNodeData[] = [];
  for (const node of tree.nodes) {
    if (!filter.visible[node.key]) continue;
    const item: OverviewNodeData = { id: node.id, label: node.title, status: node.status, children: [] };
    made.set(node.key, item);
    const parent = node.parent ? made.get(node.parent.key) : undefined;
    if (parent) parent.children.push(item);
    else if (!node.parent) tops.push(item);
  }
  // Orphans last, as in the list.
  const orphanIds = new Set(tree.orphans.map((node) => node.id));
  return [...tops.filter((t) => !orphanIds.has(t.id)), ...tops.filter((t) => orphanIds.has(t.id))];
}

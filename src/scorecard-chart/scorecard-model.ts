/**
 * The scorecard (styrkort) as data: which indicators a selection picks, and one row per
 * indicator as of a chosen follow-up report. Pure: no DOM, no Lit.
 *
 * The rules, in words:
 * - A report is a period that carries a value in any of the selected indicators; a report shows
 *   what was known when it was written, so values for periods after it are left out (a tertial
 *   report leaves out the year it is part of; see comparePeriods).
 * - Latest value, target and status follow core/indicator-model.ts, on the values up to the report.
 * - The trend compares the latest value with the value of the indicator's `baseline` period or,
 *   when it has none, with its first value (said in the cell), by the rule in trend.ts that the
 *   chart's summary uses too: in the indicator's direction; for `better: 'neither'` by the
 *   distances to the target; changes within {@link TREND_TOLERANCE} (or below the shown
 *   precision) are "unchanged", so rounding noise never reads as progress.
 */
import type {
  Feed,
  Goal,
  Indicator,
  Observation,
  OrganizationUnit,
  Status,
} from '../feed/generated/feed-types.js';
import { comparePeriods, parsePeriod } from '../feed/period.js';
import { chooseKind } from './period-kind.js';
import {
  isNumber,
  compareToTarget,
  latestValue,
  targetFor,
  type LatestValue,
  type NoStatusReason,
  type TargetBand,
} from '../core/indicator-model.js';
import { TREND_TOLERANCE, trendBetween, type Movement, type Trend } from './trend.js';

/** Which indicators the scorecard shows; from the element's attributes. */
export interface ScorecardSelection {
  readonly goal?: string;
  readonly owner?: string;
  /** Indicator ids, in the order given. */
  readonly indicators?: readonly string[];
}

/** What a selection picked, and what in it was not found. */
export interface SelectedIndicators {
  /** `indicators`, `goal`, `owner` (in that precedence) or `all`. */
  readonly by: 'indicators' | 'goal' | 'owner' | 'all';
  readonly indicators: readonly Indicator[];
  /** Ids asked for (or linked by the goal) that no indicator has. */
  readonly unknownIds: readonly string[];
  readonly goal?: Goal;
  readonly owner?: OrganizationUnit;
  /** The goal or owner id was given but is not in the feed. */
  readonly missing?: string;
}

export { TREND_TOLERANCE, type Trend };

/** Where a row's trend starts. */
export interface TrendStart {
  readonly period: string;
  readonly value: number;
  /** `baseline`: the indicator's `baseline` period; `first`: it has none, so its first value. */
  readonly from: 'baseline' | 'first';
}

export interface SparkPoint {
  readonly period: string;
  /** Months since year 0 at the period's start: an x that keeps gaps in time. */
  readonly x: number;
  /** null where the period has no number (a gap in the line). */
  readonly value: number | null;
}

export interface ScorecardRow {
  readonly id: string;
  readonly indicator: Indicator;
  readonly kind?: 'place' | 'organization';
  readonly latest?: LatestValue;
  readonly target?: TargetBand;
  readonly status: Status;
  readonly reason?: NoStatusReason;
  readonly trend: Trend;
  /** Which way the value itself moved since the baseline (the arrow), apart from whether that is good. */
  readonly movement?: Movement;
  /** Where the trend starts (absent when there is no trend to tell). */
  readonly baseline?: TrendStart;
  readonly sparkline: readonly SparkPoint[];
}

export interface RowChange {
  readonly id: string;
  readonly before: ScorecardRow;
  readonly after: ScorecardRow;
  readonly statusChanged: boolean;
  /** The latest value is for another period than in the earlier report. */
  readonly newData: boolean;
}

export interface ReportChanges {
  readonly rows: ReadonlyMap<string, RowChange>;
  readonly statusChanged: number;
  readonly newData: number;
}

/** Goals whose parent chain reaches `root`, the root first, children in feed order (depth first). */
function goalSubtree(goals: readonly Goal[], root: Goal): Goal[] {
  const children = new Map<string, Goal[]>();
  for (const goal of goals) {
    if (goal.parent === undefined) continue;
    const list = children.get(goal.parent) ?? [];
    list.push(goal);
    children.set(goal.parent, list);
  }
  const out: Goal[] = [];
  const seen = new Set<string>(); // a cycle in a bad feed must not loop
  const visit = (goal: Goal): void => {
    if (seen.has(goal.id)) return;
    seen.add(goal.id);
    out.push(goal);
    for (const child of children.get(goal.id) ?? []) visit(child);
  };
  visit(root);
  return out;
}

/** The unit and every unit below it (a committee's administration and its units). */
function unitSubtree(units: readonly OrganizationUnit[], root: string): Set<string> {
  const ids = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const unit of units) {
      if (unit.parent !== undefined && ids.has(unit.parent) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Looks ids up in order, once each; the ones not found are reported, not dropped silently. */
function pick(byId: Map<string, Indicator>, ids: readonly string[]): [Indicator[], string[]] {
  const found: Indicator[] = [];
  const unknown: string[] = [];
  for (const id of new Set(ids)) {
    const indicator = byId.get(id);
    if (indicator) found.push(indicator);
    else unknown.push(id);
  }
  return [found, unknown];
}

/**
 * The indicators a selection picks: the given ids in their order; else a goal's and its
 * sub-goals' (tree order, each once); else the ones a unit or any unit below it owns; else all.
 */
export function selectIndicators(feed: Feed, selection: ScorecardSelection): SelectedIndicators {
  const all = feed.indicators ?? [];
  const byId = new Map<string, Indicator>();
  for (const indicator of all) if (!byId.has(indicator.id)) byId.set(indicator.id, indicator);

  if (selection.indicators?.length) {
    const [indicators, unknownIds] = pick(byId, selection.indicators);
    return { by: 'indicators', indicators, unknownIds };
  }
  if (selection.goal !== undefined) {
    const goals = feed.goals ?? [];
    const goal = goals.find((candidate) => candidate.id === selection.goal);
    if (!goal) return { by: 'goal', indicators: [], unknownIds: [], missing: selection.goal };
    const ids = goalSubtree(goals, goal).flatMap((g) => g.indicators ?? []);
    const [indicators, unknownIds] = pick(byId, ids);
    return { by: 'goal', indicators, unknownIds, goal };
  }
  if (selection.owner !== undefined) {
    const units = feed.organization?.units ?? [];
    const owner = units.find((unit) => unit.id === selection.owner);
    const owners = unitSubtree(units, selection.owner);
    const indicators = all.filter(
      (indicator) => indicator.owner !== undefined && owners.has(indicator.owner),
    );
    // An owner id with indicators but no unit entry is still a valid selection.
    const missing = !owner && !indicators.length ? selection.owner : undefined;
    return { by: 'owner', indicators, unknownIds: [], owner, missing };
  }
  return { by: 'all', indicators: all, unknownIds: [] };
}

/** A usable result (a number, not a forecast, in a period that parses). */
function usable(observation: Observation): boolean {
  return (
    isNumber(observation.value) && observation.kind !== 'forecast' && parsePeriod(observation.period) !== null
  );
}

/** One choice in the report switcher: the periods in the data that end on the same day. */
export interface ReportGroup {
  /**
   * The longest of them, which names the choice and is the report's "as of": a half-year report
   * includes its second quarter and June, a year's report everything that ends on 31 December.
   */
  readonly period: string;
  /** All of them, longest first. */
  readonly periods: readonly string[];
}

/**
 * The follow-up reports to switch between, newest first: every period that carries a result in
 * any of the indicators, grouped by the day it ends (2026-Q2, 2026-H1 and 2026-06 are one
 * report, the half year's; 2026-12, -Q4, -T3, -H2 and 2026 are the year's).
 */
export function reportGroups(indicators: readonly Indicator[]): ReportGroup[] {
  const byEnd = new Map<number, Set<string>>();
  for (const indicator of indicators) {
    for (const observation of indicator.values ?? []) {
      if (!usable(observation)) continue;
      const end = parsePeriod(observation.period)!.endMonth;
      const periods = byEnd.get(end) ?? new Set<string>();
      periods.add(observation.period);
      byEnd.set(end, periods);
    }
  }
  return [...byEnd.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, set]) => {
      const periods = [...set].sort((a, b) => comparePeriods(b, a));
      return { period: periods[0]!, periods };
    });
}

/** The reports to switch between (each group's period), newest first; see {@link reportGroups}. */
export function reportPeriods(indicators: readonly Indicator[]): string[] {
  return reportGroups(indicators).map((group) => group.period);
}

/**
 * The report a requested period stands for: the group's that ends the same day (a page that asks
 * for 2026-Q2 gets the half-year report when the data has one), else the period itself, as a
 * report the data has no values for (yet) is still a valid "as of".
 */
export function reportFor(reports: readonly string[], requested: string): string {
  const end = parsePeriod(requested)?.endMonth;
  return reports.find((period) => parsePeriod(period)?.endMonth === end) ?? requested;
}

/** Whether a period was over when the report was written (the report's own period included). */
function inReport(period: string, report: string | undefined): boolean {
  return report === undefined || comparePeriods(period, report) <= 0;
}

function valuesAsOf(values: readonly Observation[] | undefined, report: string | undefined): Observation[] {
  return (values ?? []).filter((observation) => inReport(observation.period, report));
}

/**
 * Where the trend starts: the value of the indicator's `baseline` period (its last usable
 * observation, as latestValue breaks ties); without a `baseline`, the first usable value of the
 * kind of period the sparkline and chart draw, so the trend and the chart's summary agree.
 */
function trendStart(indicator: Indicator, values: readonly Observation[]): TrendStart | undefined {
  const period = indicator.baseline;
  if (period !== undefined) {
    let base: number | undefined;
    for (const observation of values) {
      if (observation.period === period && usable(observation)) base = observation.value as number;
    }
    return base === undefined ? undefined : { period, value: base, from: 'baseline' };
  }
  const kind = chooseKind(values);
  let first: Observation | undefined;
  for (const observation of values) {
    if (!usable(observation) || parsePeriod(observation.period)?.kind !== kind) continue;
    // A later number for the same period wins, as in the sparkline.
    if (!first || comparePeriods(observation.period, first.period) <= 0) first = observation;
  }
  return first && { period: first.period, value: first.value as number, from: 'first' };
}

function trendOf(
  indicator: Indicator,
  latest: LatestValue | undefined,
  target: TargetBand | undefined,
  values: readonly Observation[],
): Pick<ScorecardRow, 'trend' | 'movement' | 'baseline'> {
  if (!latest) return { trend: 'no-data' };
  const baseline = trendStart(indicator, values);
  if (!baseline || comparePeriods(latest.period, baseline.period) <= 0) return { trend: 'no-data' };
  return { ...trendBetween(indicator, baseline.value, latest.value, target), baseline };
}

/**
 * The line's points: periods of the kind the indicator's chart shows (the kind with the most
 * numbers, so one tertial after years of yearly values does not shrink the line to a dot),
 * oldest first, gaps where time has no number.
 */
function sparklineOf(values: readonly Observation[], latest: LatestValue | undefined): SparkPoint[] {
  if (!latest) return [];
  const kind = chooseKind(values);
  const reference = values.map((o) => parsePeriod(o.period)).find((p) => p?.kind === kind);
  if (!reference) return [];
  const length = reference.endMonth - reference.startMonth + 1;
  const byStart = new Map<number, SparkPoint>();
  for (const observation of values) {
    if (observation.kind === 'forecast') continue;
    const parsed = parsePeriod(observation.period);
    if (!parsed || parsed.endMonth - parsed.startMonth + 1 !== length) continue;
    const value = isNumber(observation.value) ? observation.value : null;
    // A later number for the same period wins; a later null does not erase a number.
    if (value !== null || !byStart.has(parsed.startMonth))
      byStart.set(parsed.startMonth, { period: observation.period, x: parsed.startMonth, value });
  }
  const sorted = [...byStart.values()].sort((a, b) => a.x - b.x);
  const points: SparkPoint[] = [];
  for (const point of sorted) {
    const previous = points[points.length - 1];
    // A period missing from the feed breaks the line as a null does.
    if (previous && point.x - previous.x > length)
      points.push({ period: '', x: previous.x + length, value: null });
    points.push(point);
  }
  return points;
}

/** One indicator as the report saw it. `report` undefined: everything in the feed. */
export function scorecardRow(indicator: Indicator, report?: string): ScorecardRow {
  const values = valuesAsOf(indicator.values, report);
  const latest = latestValue(values);
  const base = { id: indicator.id, indicator, kind: indicator.kind, sparkline: sparklineOf(values, latest) };
  if (!latest) return { ...base, status: 'no-data', reason: 'no-value', trend: 'no-data' };
  const target = targetFor(indicator, latest.period);
  const trend = trendOf(indicator, latest, target, values);
  if (!target) return { ...base, latest, status: 'no-data', reason: 'no-target', ...trend };
  return { ...base, latest, target, status: compareToTarget(latest.value, target), ...trend };
}

export function scorecardRows(indicators: readonly Indicator[], report?: string): ScorecardRow[] {
  return indicators.map((indicator) => scorecardRow(indicator, report));
}

/** What changed from the `before` rows to the `after` rows (matched by id). */
export function reportChanges(
  before: readonly ScorecardRow[],
  after: readonly ScorecardRow[],
): ReportChanges {
  const earlier = new Map(before.map((row) => [row.id, row]));
  const rows = new Map<string, RowChange>();
  let statusChanged = 0;
  let newData = 0;
  for (const row of after) {
    const old = earlier.get(row.id);
    if (!old) continue;
    const change: RowChange = {
      id: row.id,
      before: old,
      after: row,
      statusChanged: old.status !== row.status,
      newData: row.latest !== undefined && row.latest.period !== old.latest?.period,
    };
    if (change.statusChanged) statusChanged++;
    if (change.newData) newData++;
    rows.set(row.id, change);
  }
  return { rows, statusChanged, newData };
}

/** The report before `report` in a newest-first list, if any. */
export function previousReport(reports: readonly string[], report: string): string | undefined {
  const index = reports.indexOf(report);
  return index < 0 ? reports.find((period) => comparePeriods(period, report) < 0) : reports[index + 1];
}

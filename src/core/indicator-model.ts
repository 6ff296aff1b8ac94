/**
 * An indicator's latest value against its target, and the status that follows from them.
 * Shared by <goal-tree> (linked indicators in a goal's details and in its computed status)
 * and, later, <scorecard-chart>. Pure: no DOM, no Lit.
 *
 * The rule, in words (docs/decisions/0007-goal-tree.md):
 * - The latest value is the observation with the latest period (feed order breaks ties) that
 *   has a number, leaving out forecasts (a prognosis is not a result).
 * - Its target is the one for the same period; failing that, the shortest target period that
 *   contains it (a year's target applies to its tertials and months).
 * - A target is a band: `min`/`max` when given, else `value` read in the indicator's direction
 *   (higher: at least `value`; lower: at most `value`; neither: exactly `value`).
 * - Inside the band: achieved. Outside by at most {@link NEAR_MISS} of the band's edge
 *   (5 % of the target, at least 0.5 % of a unit): at risk. Further out: off track.
 * - No value: no-data. A value without a target: no-data as well, with `reason: 'no-target'`
 *   (there is data, but nothing to judge it against).
 */
import type { Indicator, Observation, Status, Target } from '../feed/generated/feed-types.js';
import { parsePeriod, comparePeriods, type ParsedPeriod } from '../feed/period.js';
import { formatQuantity } from './format.js';
import { pickText, type Lang } from './locale.js';

/** How far outside its target band a value may be and still count as "at risk", as a share of the target. */
export const NEAR_MISS = 0.05;

/** The latest usable observation of an indicator. */
export interface LatestValue {
  readonly period: string;
  readonly value: number;
  /** outcome (default), preliminary; never forecast. */
  readonly kind: 'outcome' | 'preliminary';
}

/** A target as a closed band; an open side is ±Infinity. */
export interface TargetBand {
  readonly period: string;
  readonly min: number;
  readonly max: number;
  /** The target as written in the feed. */
  readonly target: Target;
}

/** Why an indicator has no status to contribute. */
export type NoStatusReason = 'no-value' | 'no-target';

export interface IndicatorSummary {
  readonly id: string;
  readonly indicator: Indicator;
  readonly latest?: LatestValue;
  readonly target?: TargetBand;
  /** achieved, at-risk or off-track when a value meets a target; otherwise no-data. */
  readonly status: Status;
  readonly reason?: NoStatusReason;
}

/** A finite number (feeds may carry null, and bad data strings or NaN). */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The observation with the latest period that has a number (forecasts left out). Periods that
 * do not parse are ignored; of two observations ending in the same month the shorter period wins
 * (a tertial is newer news than the year it is part of, see comparePeriods).
 */
export function latestValue(values: readonly Observation[] | undefined): LatestValue | undefined {
  let best: Observation | undefined;
  for (const observation of values ?? []) {
    if (!isNumber(observation.value) || observation.kind === 'forecast') continue;
    if (!parsePeriod(observation.period)) continue;
    if (!best || comparePeriods(observation.period, best.period) >= 0) best = observation;
  }
  if (!best) return undefined;
  return {
    period: best.period,
    value: best.value as number,
    kind: best.kind === 'preliminary' ? 'preliminary' : 'outcome',
  };
}

function months(period: ParsedPeriod): number {
  return period.endMonth - period.startMonth + 1;
}

/** The band a target describes, read in the indicator's direction. */
export function targetBand(target: Target, better: Indicator['better'] = 'higher'): TargetBand | undefined {
  const { min, max, value } = target;
  if (isNumber(min) || isNumber(max)) {
    return {
      period: target.period,
      min: isNumber(min) ? min : -Infinity,
      max: isNumber(max) ? max : Infinity,
      target,
    };
  }
  if (!isNumber(value)) return undefined;
  if (better === 'lower') return { period: target.period, min: -Infinity, max: value, target };
  if (better === 'neither') return { period: target.period, min: value, max: value, target };
  return { period: target.period, min: value, max: Infinity, target };
}

/**
 * The target that applies to a period: the one for that very period, else the shortest target
 * period that contains it. Undefined when none does.
 */
export function targetFor(indicator: Indicator, period: string): TargetBand | undefined {
  const wanted = parsePeriod(period);
  if (!wanted) return undefined;
  let best: { band: TargetBand; length: number } | undefined;
  for (const target of indicator.targets ?? []) {
    const parsed = parsePeriod(target.period);
    if (!parsed) continue;
    if (parsed.startMonth > wanted.startMonth || parsed.endMonth < wanted.endMonth) continue;
    const band = targetBand(target, indicator.better);
    if (!band) continue;
    if (target.period === period) return band;
    const length = months(parsed);
    if (!best || length < best.length) best = { band, length };
  }
  return best?.band;
}

/** How a value stands against a band: achieved inside it, at-risk just outside, off-track beyond. */
export function compareToTarget(value: number, band: TargetBand): Status {
  if (value >= band.min && value <= band.max) return 'achieved';
  const edge = value < band.min ? band.min : band.max;
  const gap = Math.abs(value - edge);
  // 5 % of the target; a target of 0 (or near it) still allows a small miss.
  const allowed = Math.max(Math.abs(edge) * NEAR_MISS, 0.005);
  return gap <= allowed ? 'at-risk' : 'off-track';
}

/** The latest value, its target and the resulting status of one indicator. */
export function summarizeIndicator(indicator: Indicator): IndicatorSummary {
  const latest = latestValue(indicator.values);
  if (!latest) return { id: indicator.id, indicator, status: 'no-data', reason: 'no-value' };
  const target = targetFor(indicator, latest.period);
  if (!target) return { id: indicator.id, indicator, latest, status: 'no-data', reason: 'no-target' };
  return { id: indicator.id, indicator, latest, target, status: compareToTarget(latest.value, target) };
}

/** Summaries by id, computed once per indicator (goals often share indicators). */
export function summarizeIndicators(
  indicators: readonly Indicator[] | undefined,
): Map<string, IndicatorSummary> {
  const byId = new Map<string, IndicatorSummary>();
  for (const indicator of indicators ?? []) {
    if (!byId.has(indicator.id)) byId.set(indicator.id, summarizeIndicator(indicator));
  }
  return byId;
}

/* ---- Words for values and targets (pure: Intl through core/format) ---------------------- */

/** Words around a one-sided target, e.g. `{ atLeast: 'minst {value}', atMost: 'högst {value}' }`. */
export interface TargetWords {
  readonly atLeast: string;
  readonly atMost: string;
}

/** A value of the indicator with its unit: "75,6 %", "4,5 minuter", "12 besök per invånare". */
export function formatIndicatorValue(value: number, indicator: Indicator, lang: Lang): string {
  const unitLabel = indicator.unitLabel === undefined ? undefined : pickText(indicator.unitLabel, lang);
  return formatQuantity(value, indicator.unit, lang, {
    decimals: indicator.decimals,
    unitLabel: unitLabel || undefined,
  });
}

/**
 * A target band in words: "84 % – 90 %", "minst 77 %", "högst 5 minuter", or the value itself
 * when the band is one point.
 */
export function formatTarget(band: TargetBand, indicator: Indicator, lang: Lang, words: TargetWords): string {
  const value = (v: number): string => formatIndicatorValue(v, indicator, lang);
  const low = Number.isFinite(band.min);
  const high = Number.isFinite(band.max);
  if (low && high) return band.min === band.max ? value(band.min) : `${value(band.min)} – ${value(band.max)}`;
  if (low) return words.atLeast.replace('{value}', value(band.min));
  if (high) return words.atMost.replace('{value}', value(band.max));
  return '–';
}

/**
 * Whether an indicator got better between two values: one rule for the scorecard's trend cell
 * and the chart's summary sentence, so the two never disagree. Pure: no DOM, no Lit.
 *
 * - Higher or lower is better: the change read in the indicator's direction.
 * - `better: 'neither'`: closer to the target band is better; without a target there is no verdict.
 * - A change within {@link TREND_TOLERANCE} of the earlier value, or below the shown precision,
 *   is "unchanged", so rounding noise never reads as progress.
 */
import type { Indicator } from '../feed/generated/feed-types.js';
import { isNumber, type TargetBand } from '../core/indicator-model.js';

/** A relative change smaller than this share of the earlier value counts as unchanged. */
export const TREND_TOLERANCE = 0.005;

export type Trend = 'better' | 'unchanged' | 'worse' | 'no-data';

/** Which way the value itself moved (the arrow), apart from whether that is good. */
export type Movement = 'up' | 'down' | 'flat';

/** Distance from a value to the band (0 inside it). */
function distance(value: number, band: TargetBand): number {
  if (value < band.min) return band.min - value;
  if (value > band.max) return value - band.max;
  return 0;
}

/** The smallest change that is not "unchanged": a share of the earlier value, at least half the last shown digit. */
function tolerance(base: number, indicator: Indicator): number {
  const shown = isNumber(indicator.decimals) ? 0.5 * 10 ** -indicator.decimals : 0;
  return Math.max(Math.abs(base) * TREND_TOLERANCE, shown, 1e-9);
}

/** The verdict on a move from `from` to `to`, read against the target that applies to `to`. */
export function trendBetween(
  indicator: Indicator,
  from: number,
  to: number,
  target: TargetBand | undefined,
): { readonly trend: Trend; readonly movement: Movement } {
  const allowed = tolerance(from, indicator);
  const delta = to - from;
  const movement = delta > allowed ? 'up' : delta < -allowed ? 'down' : 'flat';
  let gain: number;
  if (indicator.better === 'neither') {
    if (!target) return { trend: 'no-data', movement };
    gain = distance(from, target) - distance(to, target);
  } else {
    gain = indicator.better === 'lower' ? -delta : delta;
  }
  const trend = gain > allowed ? 'better' : gain < -allowed ? 'worse' : 'unchanged';
  return { trend, movement };
}

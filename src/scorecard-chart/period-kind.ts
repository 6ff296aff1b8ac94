/**
 * Which kind of period (year, half, tertial, quarter, month) an indicator is drawn in. Pure. Its
 * own module because both views use it and each view is a chunk of its own.
 */
import type { Observation } from '../feed/generated/feed-types.js';
import { isNumber } from '../core/indicator-model.js';
import { comparePeriods, parsePeriod, type ParsedPeriod, type PeriodKind } from '../feed/period.js';

const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'half', 'tertial', 'quarter', 'month'];

/**
 * The kind of period the chart shows: most numbers, then most observations, then the latest.
 * The scorecard's sparklines use it too, so a row and its chart draw the same line.
 */
export function chooseKind(values: readonly Observation[]): PeriodKind | undefined {
  const score = new Map<PeriodKind, [numbers: number, all: number]>();
  let latest: ParsedPeriod | undefined;
  for (const observation of values) {
    const parsed = parsePeriod(String(observation.period));
    if (!parsed) continue;
    const s = score.get(parsed.kind) ?? [0, 0];
    score.set(parsed.kind, [s[0] + (isNumber(observation.value) ? 1 : 0), s[1] + 1]);
    if (!latest || comparePeriods(parsed.text, latest.text) > 0) latest = parsed;
  }
  let best: PeriodKind | undefined;
  for (const kind of PERIOD_KINDS) {
    const s = score.get(kind);
    if (!s) continue;
    const b = best && score.get(best)!;
    if (!b || s[0] > b[0] || (s[0] === b[0] && (s[1] > b[1] || (s[1] === b[1] && kind === latest?.kind))))
      best = kind;
  }
  return best;
}

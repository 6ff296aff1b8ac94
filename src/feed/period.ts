/**
 * Periods as the feed writes them: a year (2026), tertial (2026-T1), half year (2026-H1),
 * quarter (2026-Q1) or month (2026-05). Pure: no DOM, no Lit.
 */
export type PeriodKind = 'year' | 'tertial' | 'half' | 'quarter' | 'month';

export interface ParsedPeriod {
  /** The period as written in the feed. */
  readonly text: string;
  readonly year: number;
  readonly kind: PeriodKind;
  /** 1-based index within the year (tertial 1–3, half 1–2, quarter 1–4, month 1–12); 1 for a year. */
  readonly index: number;
  /** First month covered, counted from year 0 (year * 12 + month - 1): comparable across kinds. */
  readonly startMonth: number;
  /** Last month covered, same scale as startMonth. */
  readonly endMonth: number;
}

const PERIOD = /^(\d{4})(?:-(?:T([1-3])|H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

/** Months per period kind. */
const LENGTH: Record<PeriodKind, number> = { year: 12, tertial: 4, half: 6, quarter: 3, month: 1 };

/**
 * A feed repeats the same few dozen periods thousands of times (every observation, target and
 * comparison), and sorting compares them again and again: parse each once. Bounded, so a
 * hostile feed cannot grow it without end.
 */
const parsed = new Map<string, ParsedPeriod | null>();
const MAX_CACHED = 10_000;

/** Parses a period string; returns null for anything that is not one. */
export function parsePeriod(text: string): ParsedPeriod | null {
  let result = parsed.get(text);
  if (result === undefined) {
    if (parsed.size >= MAX_CACHED) parsed.clear();
    result = parseUncached(text);
    parsed.set(text, result);
  }
  return result;
}

function parseUncached(text: string): ParsedPeriod | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  let kind: PeriodKind = 'year';
  let index = 1;
  if (match[2]) [kind, index] = ['tertial', Number(match[2])];
  else if (match[3]) [kind, index] = ['half', Number(match[3])];
  else if (match[4]) [kind, index] = ['quarter', Number(match[4])];
  else if (match[5]) [kind, index] = ['month', Number(match[5])];
  const length = LENGTH[kind];
  const startMonth = year * 12 + (index - 1) * length;
  // Frozen: every caller shares the cached object.
  return Object.freeze({ text, year, kind, index, startMonth, endMonth: startMonth + length - 1 });
}

/**
 * Orders periods by when they end, then by length (a tertial before the year it closes),
 * so "2026-T3" and "2026" sort next to each other at the end of 2026. Unparseable last.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return (pa ? 0 : 1) - (pb ? 0 : 1);
  return pa.endMonth - pb.endMonth || pb.startMonth - pa.startMonth;
}

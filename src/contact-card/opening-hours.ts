/**
 * The opening-hours engine (`insyn/opening-hours`): is a schedule from the feed open at an
 * instant, since when, until when, and what are the hours on a given day, in the schedule's
 * time zone whatever the visitor's. Pure: no DOM, no Lit.
 *
 * How a day's hours are decided (the feed schema's precedence): a dated exception, then the
 * schedule's rule for public holidays, work-free eves, bridge days (the feed's own list) and days
 * before a public holiday, and last the weekly rules. A rule the schedule does not have is skipped.
 * - "Day before a public holiday" (dag före röd dag) is a working day, Monday to Friday and not a
 *   public holiday itself, whose next day is a public holiday. A Saturday before påskdagen is not
 *   one (a Monday–Friday service would otherwise open on a Saturday), and the day before a
 *   work-free eve (23 December) is not one either: the eves are not public holidays. A feed that
 *   shortens 23 December says so with a dated exception, as Eskilstuna's does.
 * - An interval belongs to the day it opens on: one whose close is at or before its open runs past
 *   midnight into the next day, whatever that day is ("24:00" closes at midnight). Touching and
 *   overlapping intervals, also across midnight, are merged, so a 24-hour service is one open
 *   stretch and `since`/`until` are where it really begins and ends.
 * - Times are wall-clock times in the schedule's zone; for the daylight-saving days see
 *   {@link instantAt} (a skipped time opens when the clocks jump, a repeated one is read as its
 *   first occurrence).
 *
 * Results are cached per schedule object (a weak reference): treat schedules as immutable and
 * pass a new object after changing one.
 */
import type { DatedException, DayRule, Schedule, Text, Weekday } from '../feed/generated/feed-types.js';
import { holidayOn } from './swedish-holidays.js';
import type { Holiday } from './swedish-holidays.js';
import {
  DAY,
  MINUTE,
  WEEKDAYS,
  dayAt,
  dayStartAt,
  instantAt,
  isoDate,
  parseIsoDate,
  weekdayIndex,
} from './zoned-time.js';

export { bridgeDayCandidates, swedishHolidays } from './swedish-holidays.js';
export type { Holiday } from './swedish-holidays.js';

/** Which rule decided a day's hours. */
export type DayKind =
  'regular' | 'public-holiday' | 'work-free-eve' | 'day-before-public-holiday' | 'bridge-day' | 'exception';

/** One interval as the feed writes it; a close at or before the open time runs past midnight. */
export interface Interval {
  readonly open: string;
  readonly close: string;
}

/** The hours of one calendar day in the schedule's time zone. */
export interface DayHours {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly weekday: Weekday;
  /** The rule that decided the hours (a dated exception wins over every rule). */
  readonly kind: DayKind;
  /** Set when the day is a public holiday or work-free eve, whatever decided its hours. */
  readonly holiday?: Holiday;
  /** Set when the day is the day before this public holiday (for "dag före helgdag"). */
  readonly before?: Holiday;
  /** A dated exception's note. */
  readonly note?: Text;
  /** The intervals that start on this day, by opening time; empty: closed all day. */
  readonly hours: readonly Interval[];
}

export interface OpeningStatus {
  readonly open: boolean;
  /** When the current open or closed stretch began; null if further back than the engine looks. */
  readonly since: Date | null;
  /** When it next changes; null if not within the engine's horizon (e.g. closed until further notice). */
  readonly until: Date | null;
  /** The calendar day of the instant, in the schedule's time zone. */
  readonly today: DayHours;
  /** The interval the instant falls in, when open (it may have started the day before). */
  readonly interval?: Interval;
}

export interface EngineOptions {
  /** Used when the schedule has no timeZone of its own. Default Europe/Stockholm. */
  readonly timeZone?: string;
}

/** How far `openingStatus` looks, in days either side of the instant's day. */
const HORIZON_DAYS = 14;
/**
 * Extra days computed either side once a schedule has been asked about another stretch of time
 * (a page left open for days, a scan): the next calls reuse the work. A first call computes only
 * what it needs.
 */
const PAD_DAYS = 14;
const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

type RuleKind = DayRule['on'];

/** A schedule read once: weekly hours per weekday, the first rule of each kind, dates as keys. */
interface Prepared {
  /** Indexed like WEEKDAYS (0 = Sunday); several weekly rules naming a day add up. */
  readonly weekly: readonly (readonly Interval[])[];
  readonly rules: ReadonlyMap<RuleKind, readonly Interval[]>;
  readonly bridgeDays: ReadonlySet<string>;
  readonly exceptions: ReadonlyMap<string, DatedException>;
  /** Computed days and instants, per time zone. */
  readonly timelines: Map<string, Timeline>;
}

/** An interval as instants, and the feed's interval it came from. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly interval: Interval;
}

/** Consecutive local days of one schedule in one zone, as instants. */
interface Timeline {
  readonly days: readonly DayHours[];
  /** The instant each day starts; one longer than `days` (the end of the last day). */
  readonly starts: readonly number[];
  /** Each day's intervals as instants. */
  readonly spans: readonly (readonly Span[])[];
  /** Merged open stretches, flat: start, end, start, end, … in time order. */
  readonly merged: readonly number[];
}

const prepared = new WeakMap<Schedule, Prepared>();

function minutesOf(time: string): number | undefined {
  // The schema allows HH:MM from 00:00 to 24:00; anything else is ignored (closed), never guessed.
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : undefined;
}

/** The intervals sorted by opening time (the feed may list them in any order). */
function byOpening(intervals: readonly Interval[]): readonly Interval[] {
  return Object.freeze(
    [...intervals].sort((a, b) => (minutesOf(a.open) ?? 1441) - (minutesOf(b.open) ?? 1441)),
  );
}

function prepare(schedule: Schedule): Prepared {
  let p = prepared.get(schedule);
  if (p) return p;
  const weekly: Interval[][] = WEEKDAYS.map(() => []);
  for (const rule of schedule.weekly) {
    for (const day of rule.days) {
      const index = WEEKDAYS.indexOf(day);
      if (index >= 0) weekly[index]!.push(...rule.hours);
    }
  }
  const rules = new Map<RuleKind, readonly Interval[]>();
  for (const rule of schedule.rules ?? []) {
    // The validator reports a second rule of the same kind; the first one wins.
    if (!rules.has(rule.on)) rules.set(rule.on, byOpening(rule.hours));
  }
  const exceptions = new Map<string, DatedException>();
  for (const exception of schedule.exceptions ?? []) {
    if (!exceptions.has(exception.date)) exceptions.set(exception.date, exception);
  }
  p = {
    weekly: weekly.map(byOpening),
    rules,
    bridgeDays: new Set(schedule.bridgeDays),
    exceptions,
    timelines: new Map(),
  };
  prepared.set(schedule, p);
  return p;
}

function zoneOf(schedule: Schedule, options?: EngineOptions): string {
  return schedule.timeZone ?? options?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The hours of a day number: which rule decides, what kind of day it is. */
function dayHours(p: Prepared, day: number): DayHours {
  const date = isoDate(day);
  const weekday = weekdayIndex(day);
  const holiday = holidayOn(day);
  const next = holidayOn(day + 1);
  const before = next?.kind === 'public-holiday' ? next : undefined;
  const isPublicHoliday = holiday?.kind === 'public-holiday';
  const isWorkingDay = weekday >= 1 && weekday <= 5 && !isPublicHoliday;
  const exception = p.exceptions.get(date);

  let kind: DayKind = 'regular';
  let hours = p.weekly[weekday]!;
  if (exception) {
    kind = 'exception';
    hours = byOpening(exception.hours);
  } else {
    // The schema's precedence: the first rule that applies to the day and that the schedule has.
    const candidates: [RuleKind, boolean][] = [
      ['public-holiday', isPublicHoliday],
      ['work-free-eve', holiday?.kind === 'work-free-eve'],
      ['bridge-day', p.bridgeDays.has(date)],
      ['day-before-public-holiday', isWorkingDay && before !== undefined],
    ];
    for (const [on, applies] of candidates) {
      const ruleHours = applies ? p.rules.get(on) : undefined;
      if (ruleHours) {
        kind = on;
        hours = ruleHours;
        break;
      }
    }
  }
  return Object.freeze({
    date,
    weekday: WEEKDAYS[weekday]!,
    kind,
    ...(holiday && { holiday }),
    ...(before && { before }),
    ...(exception?.note !== undefined && { note: exception.note }),
    hours,
  });
}

/** Days `from`…`to` (day numbers, inclusive) as instants, with the open stretches merged. */
function buildTimeline(p: Prepared, zone: string, from: number, to: number): Timeline {
  const count = to - from + 1;
  // Two more starts than days: the end of the last day, and the day after it for overnight closes.
  const starts: number[] = [];
  for (let i = 0; i <= count + 1; i++) starts.push(dayStartAt(from + i, zone));
  /** The instant of a wall-clock time on day index `i` (may be count, the day after the last). */
  const at = (i: number, minutes: number): number =>
    // A 24-hour day has no clock change: plain arithmetic. Other days ask the zone.
    starts[i + 1]! - starts[i]! === DAY
      ? starts[i]! + minutes * MINUTE
      : instantAt((from + i) * DAY + minutes * MINUTE, zone);

  const days: DayHours[] = [];
  const spans: Span[][] = [];
  const all: Span[] = [];
  for (let i = 0; i < count; i++) {
    const today = dayHours(p, from + i);
    const todaySpans: Span[] = [];
    for (const interval of today.hours) {
      const open = minutesOf(interval.open);
      const close = minutesOf(interval.close);
      if (open === undefined || close === undefined || open >= 1440) continue;
      const start = at(i, open);
      const end = close > open ? at(i, close) : at(i + 1, close);
      // Empty once the clocks have jumped (02:00–02:45 on the spring-forward day): skip it.
      if (end > start) todaySpans.push({ start, end, interval });
    }
    days.push(today);
    spans.push(todaySpans);
    all.push(...todaySpans);
  }
  all.sort((a, b) => a.start - b.start);
  const merged: number[] = [];
  for (const span of all) {
    const last = merged.length - 1;
    if (last > 0 && span.start <= merged[last]!) merged[last] = Math.max(merged[last]!, span.end);
    else merged.push(span.start, span.end);
  }
  return { days, starts, spans, merged };
}

/** The largest index whose value is ≤ x, or -1 (values ascending). */
function lastAtOrBefore(values: readonly number[], x: number, step = 1): number {
  let lo = 0;
  let hi = values.length / step - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid * step]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A timeline covering the horizon around `instant`, and the index of the instant's day in it. */
function timelineAt(p: Prepared, zone: string, instant: number): { timeline: Timeline; i: number } {
  // One day beyond the horizon either side: overnight intervals reach into it.
  const margin = HORIZON_DAYS + 1;
  let timeline = p.timelines.get(zone);
  if (timeline) {
    const i = lastAtOrBefore(timeline.starts, instant);
    if (i >= margin && i < timeline.days.length - margin) return { timeline, i };
  }
  const today = dayAt(instant, zone);
  const pad = timeline ? PAD_DAYS : 0;
  timeline = buildTimeline(p, zone, today - margin - pad, today + margin + pad);
  p.timelines.set(zone, timeline);
  return { timeline, i: lastAtOrBefore(timeline.starts, instant) };
}

function checkInstant(instant: Date): number {
  // Not instanceof: a Date from another frame is a Date too.
  const t = typeof (instant as Partial<Date> | null)?.getTime === 'function' ? instant.getTime() : NaN;
  if (Number.isNaN(t)) throw new RangeError('openingStatus: the instant is not a valid Date.');
  return t;
}

/**
 * Whether the schedule is open at an instant, since when and until when (the next change), with
 * the instant's day and the interval it falls in. It looks 14 days back and forward: a stretch
 * that began or ends beyond that has `since` or `until` null (so a 24-hour service, or a schedule
 * closed until further notice, has both null).
 * @throws RangeError for an invalid Date or an unknown time zone.
 */
export function openingStatus(schedule: Schedule, instant: Date, options?: EngineOptions): OpeningStatus {
  const t = checkInstant(instant);
  const { timeline, i } = timelineAt(prepare(schedule), zoneOf(schedule, options), t);
  const horizonStart = timeline.starts[i - HORIZON_DAYS]!;
  const horizonEnd = timeline.starts[i + HORIZON_DAYS + 1]!;
  const today = timeline.days[i]!;
  const merged = timeline.merged;
  // The last stretch that starts at or before t.
  const k = lastAtOrBefore(merged, t, 2);
  const start = k >= 0 ? merged[2 * k]! : undefined;
  const end = k >= 0 ? merged[2 * k + 1]! : undefined;
  const within = (x: number | undefined): Date | null =>
    x !== undefined && x >= horizonStart && x <= horizonEnd ? new Date(x) : null;

  if (start !== undefined && end !== undefined && t < end) {
    const containing = (spans: readonly Span[] | undefined) =>
      spans?.find((s) => s.start <= t && t < s.end)?.interval;
    const interval = containing(timeline.spans[i]) ?? containing(timeline.spans[i - 1]);
    return {
      open: true,
      since: within(start),
      until: within(end),
      today,
      ...(interval && { interval }),
    };
  }
  return { open: false, since: within(end), until: within(merged[2 * k + 2]), today };
}

/**
 * The hours on one calendar day (YYYY-MM-DD) in the schedule's time zone.
 * @throws RangeError when the date is not a real YYYY-MM-DD date.
 */
export function hoursOn(schedule: Schedule, date: string, _options?: EngineOptions): DayHours {
  // A calendar day's rules do not depend on the zone; the option is there for symmetry.
  const day = parseIsoDate(date);
  if (day === undefined) throw new RangeError(`hoursOn: "${date}" is not a date (YYYY-MM-DD).`);
  return dayHours(prepare(schedule), day);
}

/**
 * The instant's day (in the schedule's time zone) and the six after it: what a resident can
 * still act on, rather than Monday to Sunday with the days already gone.
 */
export function comingWeek(schedule: Schedule, instant: Date, options?: EngineOptions): DayHours[] {
  const today = dayAt(checkInstant(instant), zoneOf(schedule, options));
  const p = prepare(schedule);
  return Array.from({ length: 7 }, (_, i) => dayHours(p, today + i));
}

/**
 * The days from the instant's day on, `days` long, whose hours are not the regular weekly ones:
 * those decided by a dated exception or a rule (holidays, eves, bridge days, days before).
 */
export function deviations(
  schedule: Schedule,
  instant: Date,
  days = 30,
  options?: EngineOptions,
): DayHours[] {
  const today = dayAt(checkInstant(instant), zoneOf(schedule, options));
  const p = prepare(schedule);
  const found: DayHours[] = [];
  for (let i = 0; i < days; i++) {
    const day = dayHours(p, today + i);
    if (day.kind !== 'regular') found.push(day);
  }
  return found;
}

/**
 * opening-hours: Insyn's opening-hours engine beside the `opening_hours` package (the
 * OpenStreetMap opening-hours library) answering the same question for the same weekly rules:
 * Eskilstuna direkt's phone hours from demo/feed.json, closed on public holidays. Runs in
 * Chromium; bench/run.mjs calls {@link run} with the page's time zone pinned to Europe/Stockholm,
 * the zone opening_hours computes in (the engine uses the schedule's zone whatever the page's).
 *
 * Before anything is timed, both must give the same answers (open or not, and the next change)
 * over the whole year: comparing speeds of different answers would mean nothing.
 *
 * Groups (baseline: opening_hours; candidates: the engine):
 * - `minute`: open or not, every minute of 2026 (525,600 instants). The engine also answers since,
 *   until and today's hours in the same call.
 * - `next-change`: open and the next change, every hour of 2026 (8,760 instants); opening_hours
 *   needs getState and getNextChange (getStatePair's date is the next rule boundary, not a change).
 * - `cold`: a first call, as on page load: a new schedule object (engine) or a newly parsed rule
 *   string (opening_hours) for each of 365 middays. The zone's day boundaries, which the engine
 *   shares between all schedules in a zone, stay cached, as they would on a page.
 */
import OpeningHours from 'opening_hours';
import demo from '../demo/feed.json';
import { openingStatus } from '../src/contact-card/opening-hours.js';
import type { Feed, Schedule, Weekday } from '../src/feed/generated/feed-types.js';
import {
  gcBetweenRuns,
  measure,
  timerResolution,
  type BenchOptions,
  type Group,
  type GroupResult,
} from './support.js';

export interface OpeningHoursBenchResult {
  readonly subject: string;
  /** Printed after the table: each group's ratio as "n× faster", which two decimals would hide. */
  readonly notes: string[];
  readonly env: {
    readonly userAgent: string;
    readonly crossOriginIsolated: boolean;
    readonly gcBetweenRuns: boolean;
    readonly timerResolutionMs: number;
    readonly timeZone: string;
    /** Rounds of the `minute` group: capped (one opening_hours round takes 15–25 s). */
    readonly minuteIterations: number;
    readonly minuteWarmup: number;
    readonly osm: string;
  };
  readonly groups: GroupResult[];
}

/**
 * One round of the minute-by-minute opening_hours baseline takes 15–40 s: that group gets three
 * rounds and no warm-up round (at 525,600 calls a run warms itself up).
 */
const MINUTE_MAX_ITERATIONS = 3;
const MINUTE_MAX_WARMUP = 0;
/** One round of the hourly opening_hours baseline takes 1.5–4 s. */
const NEXT_CHANGE_MAX_ITERATIONS = 5;
const NEXT_CHANGE_MAX_WARMUP = 1;
const TIME_ZONE = 'Europe/Stockholm';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** 2026-01-01 00:00 in Stockholm (CET). */
const YEAR_START = Date.UTC(2025, 11, 31, 23, 0);
const MINUTES_IN_YEAR = 365 * 24 * 60;
/** Eskilstuna, for opening_hours' holiday lookup (country and county). */
const NOMINATIM = { lat: 59.3712, lon: 16.5098, address: { country_code: 'se', state: 'Södermanlands län' } };

// ---------------------------------------------------------------------------------------------
// The same rules in both notations

const OSM_DAYS: Record<Weekday, string> = {
  mon: 'Mo',
  tue: 'Tu',
  wed: 'We',
  thu: 'Th',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'Su',
};
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "Mo-Th" for consecutive days, "Mo,We" otherwise. */
function osmDays(days: readonly Weekday[]): string {
  const indices = [...days].map((d) => WEEK.indexOf(d)).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < indices.length;) {
    let j = i;
    while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
    const from = OSM_DAYS[WEEK[indices[i]!]!];
    const to = OSM_DAYS[WEEK[indices[j]!]!];
    runs.push(i === j ? from : `${from}-${to}`);
    i = j + 1;
  }
  return runs.join(',');
}

/**
 * A schedule's weekly rules as an OSM opening_hours value, closed on public holidays. Only
 * same-day intervals (no past-midnight ones), which is all this benchmark needs.
 */
function toOsm(schedule: Schedule): string {
  const rules = schedule.weekly.map((rule) => {
    const hours = rule.hours.map((h) => {
      if (h.close <= h.open) throw new Error('toOsm: past-midnight intervals are not translated.');
      return `${h.open}-${h.close}`;
    });
    return `${osmDays(rule.days)} ${hours.length > 0 ? hours.join(',') : 'off'}`;
  });
  return [...rules, 'PH off'].join('; ');
}

// ---------------------------------------------------------------------------------------------
// The check before timing, and the run

/**
 * Open or not (every 7th minute: a grid that drifts through every minute of the hour and every
 * day) and the next change (every 35th minute: getNextChange is slow) from both, over the whole
 * year; throws on any difference.
 */
function mustAgree(schedule: Schedule, oh: OpeningHours): { checked: number } {
  const differences: string[] = [];
  let checked = 0;
  for (let m = 0; m < MINUTES_IN_YEAR; m += 7) {
    const instant = new Date(YEAR_START + m * MINUTE);
    const ours = openingStatus(schedule, instant);
    const open = oh.getState(instant);
    // getStatePair's date is the next rule boundary, not the next change: getNextChange is.
    const until = m % 35 === 0 ? oh.getNextChange(instant)?.getTime() : ours.until?.getTime();
    checked++;
    if (ours.open !== open || ours.until?.getTime() !== until) {
      differences.push(
        `${instant.toISOString()}: engine ${ours.open ? 'open' : 'closed'} until ${ours.until?.toISOString()}, ` +
          `opening_hours ${open ? 'open' : 'closed'} until ${until === undefined ? 'undefined' : new Date(until).toISOString()}`,
      );
    }
  }
  if (differences.length > 0) {
    throw new Error(
      `The engine and opening_hours disagree at ${differences.length} of ${checked} instants: ${differences.slice(0, 5).join('; ')}`,
    );
  }
  return { checked };
}

/** Called by the benchmark page. Returns raw timings in ms. */
export async function run(options: BenchOptions): Promise<OpeningHoursBenchResult> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (timeZone !== TIME_ZONE) {
    throw new Error(`opening_hours computes in the page's zone: run with ${TIME_ZONE}, not ${timeZone}.`);
  }
  const feed = demo as unknown as Feed;
  const phone = feed.contacts?.[0]?.schedules?.find((s) => s.id === 'telefontid');
  if (!phone) throw new Error('demo/feed.json has no telefontid schedule.');
  // The weekly rules and "closed on public holidays": what an OSM value says with "PH off".
  const weeklyOnly: Schedule = {
    id: phone.id,
    title: phone.title,
    timeZone: TIME_ZONE,
    weekly: phone.weekly,
    rules: [{ on: 'public-holiday', hours: [] }],
  };
  const osm = toOsm(weeklyOnly);
  const oh = new OpeningHours(osm, NOMINATIM);
  const { checked } = mustAgree(weeklyOnly, oh);

  const minutes = Array.from({ length: MINUTES_IN_YEAR }, (_, m) => new Date(YEAR_START + m * MINUTE));
  const hours = Array.from({ length: MINUTES_IN_YEAR / 60 }, (_, h) => new Date(YEAR_START + h * HOUR));
  const middays = Array.from({ length: 365 }, (_, d) => new Date(YEAR_START + d * 24 * HOUR + 12 * HOUR));

  // Every variant of a group must count the same open instants; a count that differs is a bug.
  const expectOpen = (label: string, count: number, expected: number): number => {
    if (count !== expected) throw new Error(`${label}: ${count} open instants, expected ${expected}.`);
    return count;
  };
  const countOpen = (instants: readonly Date[], isOpen: (d: Date) => boolean): number => {
    let open = 0;
    for (const d of instants) if (isOpen(d)) open++;
    return open;
  };
  const openMinutes = countOpen(minutes, (d) => oh.getState(d));
  const openHours = countOpen(hours, (d) => oh.getState(d));
  const openMiddays = countOpen(middays, (d) => oh.getState(d));

  const minute: Group = {
    id: 'minute',
    title: `open or not, every minute of 2026 (${MINUTES_IN_YEAR.toLocaleString('en')} instants)`,
    baseline: {
      label: 'opening_hours getState',
      run: () =>
        expectOpen(
          'opening_hours',
          countOpen(minutes, (d) => oh.getState(d)),
          openMinutes,
        ),
    },
    candidates: [
      {
        label: 'openingStatus (same rules)',
        run: () =>
          expectOpen(
            'engine',
            countOpen(minutes, (d) => openingStatus(weeklyOnly, d).open),
            openMinutes,
          ),
      },
      {
        // More rules (eves, day-before, bridge days, exceptions), so another count: not checked
        // against opening_hours, only timed.
        label: 'openingStatus (all of the feed’s rules)',
        run: () => countOpen(minutes, (d) => openingStatus(phone, d).open),
      },
    ],
  };

  const nextChange: Group = {
    id: 'next-change',
    title: `open and next change, every hour of 2026 (${hours.length.toLocaleString('en')} instants)`,
    baseline: {
      label: 'opening_hours getState + getNextChange',
      run: () =>
        expectOpen(
          'opening_hours',
          countOpen(hours, (d) => oh.getNextChange(d) !== undefined && oh.getState(d)),
          openHours,
        ),
    },
    candidates: [
      {
        label: 'openingStatus (same rules)',
        run: () =>
          expectOpen(
            'engine',
            countOpen(hours, (d) => {
              const status = openingStatus(weeklyOnly, d);
              return status.until !== null && status.open;
            }),
            openHours,
          ),
      },
    ],
  };

  // Cold: nothing carried over between instants. Copies are made before timing.
  let copies: Schedule[] = [];
  const cold: Group = {
    id: 'cold',
    title: 'first call: a fresh schedule for each of 365 middays',
    baseline: {
      label: 'new opening_hours + getState + getNextChange',
      run: () =>
        expectOpen(
          'opening_hours',
          countOpen(middays, (d) => {
            const fresh = new OpeningHours(osm, NOMINATIM);
            return fresh.getNextChange(d) !== undefined && fresh.getState(d);
          }),
          openMiddays,
        ),
    },
    candidates: [
      {
        label: 'openingStatus on a new schedule object',
        prepare: () => {
          copies = middays.map(() => structuredClone(weeklyOnly));
        },
        run: () => {
          let i = 0;
          return expectOpen(
            'engine',
            countOpen(middays, (d) => openingStatus(copies[i++]!, d).open),
            openMiddays,
          );
        },
      },
    ],
  };

  const minuteIterations = Math.min(options.iterations, MINUTE_MAX_ITERATIONS);
  const minuteWarmup = Math.min(options.warmup, MINUTE_MAX_WARMUP);
  const groups = [
    await measure(minute, { iterations: minuteIterations, warmup: minuteWarmup }),
    await measure(nextChange, {
      iterations: Math.min(options.iterations, NEXT_CHANGE_MAX_ITERATIONS),
      warmup: Math.min(options.warmup, NEXT_CHANGE_MAX_WARMUP),
    }),
    await measure(cold, { iterations: options.iterations, warmup: options.warmup }),
  ];
  copies = [];
  const median = (xs: readonly number[]): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const notes = groups.map((g) => {
    const ratio = median(g.candidates[0]!.samples) / median(g.baseline.samples);
    return `${g.id}: the engine takes ${ratio.toPrecision(2)}× opening_hours' time (${(1 / ratio).toFixed(0)} times as fast)`;
  });
  return {
    notes,
    subject:
      `Eskilstuna direkt’s phone hours, "${osm}"; both agree at ${checked.toLocaleString('en')} instants; ` +
      `rounds capped: minute ${minuteIterations} + ${minuteWarmup} warm-up, next-change ` +
      `${Math.min(options.iterations, NEXT_CHANGE_MAX_ITERATIONS)} + ${Math.min(options.warmup, NEXT_CHANGE_MAX_WARMUP)} ` +
      `(an opening_hours round takes seconds)`,
    env: {
      userAgent: navigator.userAgent,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      gcBetweenRuns,
      timerResolutionMs: timerResolution(),
      timeZone,
      minuteIterations,
      minuteWarmup,
      osm,
    },
    groups,
  };
}

export { lastSink } from './support.js';

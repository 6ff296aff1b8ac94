/**
 * Calendar dates and wall-clock time in a named time zone, with `Intl` only (no time-zone
 * library: contact-card is on every page of a site). Pure: no DOM, no Lit.
 *
 * Two representations, both plain numbers:
 * - a *day*: days since 1970-01-01 in the proleptic Gregorian calendar, with no time zone;
 * - a *wall time*: a local date and time written as if it were UTC milliseconds
 *   (`Date.UTC(y, m - 1, d, h, min)`), so calendar arithmetic is integer arithmetic.
 * Instants are epoch milliseconds.
 */

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** Weekday names in the feed's spelling, indexed like `Date#getUTCDay` (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The day number of a calendar date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayIndex(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** YYYY-MM-DD of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The day number of a YYYY-MM-DD date, or undefined when it is not a real date (2027-02-30). */
export function parseIsoDate(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayNumber(y, m, d);
  // Date.UTC rolls 2027-02-30 over to March; a real date survives the round trip.
  return isoDate(day) === value ? day : undefined;
}

/** The year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

// ---------------------------------------------------------------------------------------------
// Instant ↔ wall time

/** One formatter per zone: creating an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    // Throws a RangeError for an unknown zone; nothing is cached then.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The wall time in `zone` at an instant. */
export function wallTimeAt(instant: number, zone: string): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatter(zone).formatToParts(instant)) {
    const n = Number(part.value);
    if (part.type === 'year') year = n;
    else if (part.type === 'month') month = n;
    else if (part.type === 'day') day = n;
    // Some engines have written midnight as 24 even with h23.
    else if (part.type === 'hour') hour = n % 24;
    else if (part.type === 'minute') minute = n;
    else if (part.type === 'second') second = n;
  }
  const millis = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(year, month - 1, day, hour, minute, second) + millis;
}

/** The zone's offset from UTC at an instant, in ms (Stockholm: 3,600,000 in winter). */
function offsetAt(instant: number, zone: string): number {
  return wallTimeAt(instant, zone) - instant;
}

/** The local calendar day of an instant in `zone`. */
export function dayAt(instant: number, zone: string): number {
  return Math.floor(wallTimeAt(instant, zone) / DAY);
}

/**
 * The instant at which the clocks in `zone` show a wall time. Around a daylight-saving change:
 * - a wall time that never occurs (02:30 on the spring-forward day in Stockholm) gives the
 *   instant the clocks jumped (03:00): what opens "at 02:30" opens when the clocks skip past it;
 * - a wall time that occurs twice (02:30 on the fall-back day) gives the first occurrence, as
 *   iCalendar (RFC 5545) and Temporal's default do, so our .ics files and this engine agree.
 * Assumes at most one offset change within a day either side, which holds for every real zone.
 */
export function instantAt(wall: number, zone: string): number {
  // The offsets a day before and after bracket any change near this wall time.
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  const early = wall - before; // read with the offset in force before a change
  const earlyOk = offsetAt(early, zone) === before;
  if (before === after && earlyOk) return early; // the common case: no change nearby
  const late = wall - after; // read with the offset in force after it
  const lateOk = offsetAt(late, zone) === after;
  if (earlyOk && lateOk) return Math.min(early, late); // repeated: the first occurrence
  if (earlyOk) return early;
  if (lateOk) return late;
  if (before === after) return early; // two changes within two days: not in any real zone
  // Skipped: the change happened between the two readings; find it to the second.
  let lo = Math.floor(Math.min(early, late) / 1000);
  let hi = Math.ceil(Math.max(early, late) / 1000);
  const first = offsetAt(lo * 1000, zone);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(mid * 1000, zone) === first) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}

/** Per zone: the instant each local day starts. Zone rules do not change while a page is open. */
const dayStarts = new Map<string, Map<number, number>>();
/** Enough for years of days in a few zones; cleared rather than grown without end. */
const MAX_CACHED_DAYS = 20_000;

/**
 * The first instant of a local day in `zone` (its midnight, or when the clocks jumped past it).
 * Cached per zone: shared by every schedule in that zone.
 */
export function dayStartAt(day: number, zone: string): number {
  const starts = dayStarts.get(zone);
  let start = starts?.get(day);
  if (start !== undefined) return start;
  const previous = starts?.get(day - 1);
  // One reading instead of three: if 24 hours after yesterday's start the clocks show midnight,
  // nothing changed in between and that is today's start. Otherwise ask the long way.
  if (previous !== undefined && wallTimeAt(previous + DAY, zone) === day * DAY) start = previous + DAY;
  else start = instantAt(day * DAY, zone); // throws for an unknown zone, before anything is cached
  if (!starts) dayStarts.set(zone, new Map([[day, start]]));
  else {
    if (starts.size >= MAX_CACHED_DAYS) starts.clear();
    starts.set(day, start);
  }
  return start;
}

/**
 * Sweden's public holidays (allmänna helgdagar, "röda dagar", lag 1989:253) and the three eves
 * that are work-free in practice, computed rather than bundled. Pure: no DOM, no Lit.
 *
 * Rules as in force since 1953, when midsommardagen and alla helgons dag became Saturdays; annandag
 * pingst was a public holiday up to 2004 and nationaldagen (6 June) is one from 2005. Earlier
 * years get the 1953 rules, which is not history but keeps the functions total.
 *
 * Work-free eves: midsommarafton, julafton and nyårsafton, which collective agreements and
 * practice treat as days off although the law does not. Påskafton and pingstafton are not
 * counted: they always fall on a Saturday, so they are already off for a Monday–Friday service,
 * and counting them would close the Saturday services (libraries, recycling centres) that are
 * usually open then. A feed that closes on them says so with a dated exception.
 */
import { dayNumber, isoDate, weekdayIndex, yearOf } from './zoned-time.js';

/** A Swedish public holiday (röd dag) or a work-free eve (midsommarafton, julafton, nyårsafton). */
export interface Holiday {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly name: { readonly sv: string; readonly en: string };
  readonly kind: 'public-holiday' | 'work-free-eve';
}

/** The last year with annandag pingst as a public holiday; nationaldagen is one from the next. */
const LAST_YEAR_WITH_WHIT_MONDAY = 2004;

/** Easter Sunday as a day number: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** The first day with the given weekday (0 = Sunday) on or after `day`. */
function onOrAfter(day: number, weekday: number): number {
  return day + ((weekday - weekdayIndex(day) + 7) % 7);
}

const SATURDAY = 6;

type Entry = readonly [day: number, sv: string, en: string, kind: Holiday['kind']];

function entries(year: number): Entry[] {
  const easter = easterSunday(year);
  const on = (month: number, day: number): number => dayNumber(year, month, day);
  const midsummerDay = onOrAfter(on(6, 20), SATURDAY); // Saturday 20–26 June
  const ph = 'public-holiday';
  const eve = 'work-free-eve';
  const list: Entry[] = [
    [on(1, 1), 'nyårsdagen', 'New Year’s Day', ph],
    [on(1, 6), 'trettondedag jul', 'Epiphany', ph],
    [easter - 2, 'långfredagen', 'Good Friday', ph],
    [easter, 'påskdagen', 'Easter Sunday', ph],
    [easter + 1, 'annandag påsk', 'Easter Monday', ph],
    [on(5, 1), 'första maj', 'May Day', ph],
    [easter + 39, 'Kristi himmelsfärdsdag', 'Ascension Day', ph],
    [easter + 49, 'pingstdagen', 'Whit Sunday', ph],
    year <= LAST_YEAR_WITH_WHIT_MONDAY
      ? [easter + 50, 'annandag pingst', 'Whit Monday', ph]
      : [on(6, 6), 'nationaldagen', 'National Day', ph],
    [midsummerDay - 1, 'midsommarafton', 'Midsummer Eve', eve],
    [midsummerDay, 'midsommardagen', 'Midsummer Day', ph],
    [onOrAfter(on(10, 31), SATURDAY), 'alla helgons dag', 'All Saints’ Day', ph], // 31 Oct–6 Nov
    [on(12, 24), 'julafton', 'Christmas Eve', eve],
    [on(12, 25), 'juldagen', 'Christmas Day', ph],
    [on(12, 26), 'annandag jul', 'Boxing Day', ph],
    [on(12, 31), 'nyårsafton', 'New Year’s Eve', eve],
  ];
  // Easter moves Kristi himmelsfärdsdag and pingst past 1 May and 6 June in some years.
  return list.sort((x, y) => x[0] - y[0]);
}

/** Per year: the holidays in date order, and by day number for lookups. Frozen, so shareable. */
const years = new Map<number, { list: readonly Holiday[]; byDay: ReadonlyMap<number, Holiday> }>();

function yearData(year: number): { list: readonly Holiday[]; byDay: ReadonlyMap<number, Holiday> } {
  let data = years.get(year);
  if (!data) {
    if (!Number.isInteger(year) || year < 1583 || year > 9999) {
      // The Gregorian computus starts in 1583; four-digit years keep dates YYYY-MM-DD.
      throw new RangeError(`Swedish holidays are computed for the years 1583–9999, not ${year}.`);
    }
    const byDay = new Map<number, Holiday>();
    const list = entries(year).map(([day, sv, en, kind]) => {
      const holiday: Holiday = Object.freeze({ date: isoDate(day), name: Object.freeze({ sv, en }), kind });
      // Two can share a date (2008: första maj and Kristi himmelsfärdsdag); the first is named.
      if (!byDay.has(day)) byDay.set(day, holiday);
      return holiday;
    });
    data = { list: Object.freeze(list), byDay };
    years.set(year, data);
  }
  return data;
}

/** Sweden's public holidays and work-free eves of a year, in date order. */
export function swedishHolidays(year: number): Holiday[] {
  return [...yearData(year).list];
}

/** The public holiday or work-free eve on a day, if any; none outside the years 1583–9999. */
export function holidayOn(day: number): Holiday | undefined {
  const year = yearOf(day);
  return year < 1583 || year > 9999 ? undefined : yearData(year).byDay.get(day);
}

/**
 * Working weekdays between two days off: candidates for bridge days (klämdagar). Days off are
 * weekends, public holidays and, when `evesOff` (the default, as these eves are work-free in
 * practice), the work-free eves. Which candidates are bridge days is the feed's decision.
 */
export function bridgeDayCandidates(year: number, options: { evesOff?: boolean } = {}): string[] {
  const evesOff = options.evesOff ?? true;
  const off = (day: number): boolean => {
    const weekday = weekdayIndex(day);
    if (weekday === 0 || weekday === SATURDAY) return true;
    const holiday = holidayOn(day);
    return holiday !== undefined && (holiday.kind === 'public-holiday' || evesOff);
  };
  yearData(year); // validates the year
  const candidates: string[] = [];
  for (let day = dayNumber(year, 1, 1), end = dayNumber(year + 1, 1, 1); day < end; day++) {
    if (!off(day) && off(day - 1) && off(day + 1)) candidates.push(isoDate(day));
  }
  return candidates;
}

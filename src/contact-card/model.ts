/**
 * What <contact-card> shows, worked out from the feed, the chosen contact point and an instant:
 * which offices and schedules, each schedule's status in words, the week's hours, the coming
 * deviations, and when the card next has to change. Pure: Intl and the opening-hours engine,
 * no DOM, no Lit.
 */
import type { Lang } from '../core/locale.js';
import { pickText } from '../core/locale.js';
import { INTL_LOCALE, formatList, formatTime } from '../core/format.js';
import { fill } from '../core/texts.js';
import type {
  Channel,
  ContactPoint,
  Feed,
  Office,
  Organization,
  Person,
  Schedule,
  Weekday,
} from '../feed/generated/feed-types.js';
import type { ContactCardTexts } from './contact-card.texts.js';
import {
  comingWeek,
  deviations,
  hoursOn,
  openingStatus,
  type DayHours,
  type Interval,
  type OpeningStatus,
} from './opening-hours.js';
import { DAY, dayAt, instantAt, wallTimeAt } from './zoned-time.js';

/** Used when neither the schedule nor the organization names a time zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';
/** How far ahead the card lists deviations (holidays, eves, bridge days, exceptions). */
export const DEVIATION_DAYS = 30;
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Which contact point, office and schedule the element's attributes ask for. */
export interface Filter {
  readonly contact?: string | undefined;
  readonly office?: string | undefined;
  readonly schedule?: string | undefined;
}

/** The parts of a contact point to show, after the `office` and `schedule` filters. */
export interface Selection {
  readonly contact: ContactPoint;
  readonly offices: readonly Office[];
  readonly schedules: readonly Schedule[];
}

/** The attribute whose id the feed does not have. */
export type Missing = 'contact' | 'office' | 'schedule';

/**
 * The contact point (the feed's first when `contact` is not given), its offices (only the one
 * named by `office`) and its schedules (only the office's visiting hours with `office`, only the
 * one named by `schedule`). An id the feed does not have gives the attribute's name.
 */
export function select(feed: Feed, filter: Filter): Selection | Missing {
  const contacts = feed.contacts ?? [];
  const contact = filter.contact ? contacts.find((c) => c.id === filter.contact) : contacts[0];
  if (!contact) return 'contact';
  let offices = contact.offices ?? [];
  let schedules = contact.schedules ?? [];
  if (filter.office) {
    offices = offices.filter((o) => o.id === filter.office);
    if (offices.length === 0) return 'office';
    schedules = schedules.filter((s) => s.office === filter.office);
  }
  if (filter.schedule) {
    schedules = schedules.filter((s) => s.id === filter.schedule);
    if (schedules.length === 0) return 'schedule';
  }
  return { contact, offices, schedules };
}

/** One schedule with what the engine says about it at the card's instant. */
export interface ScheduleModel {
  readonly schedule: Schedule;
  /** The office these visiting hours belong to. */
  readonly office?: Office | undefined;
  readonly timeZone: string;
  /** Absent when the engine could not work the hours out (then `error` says why). */
  readonly status?: OpeningStatus;
  /** The instant's day and the six after it. */
  readonly week?: readonly DayHours[];
  /** The coming days whose hours are not the regular weekly ones. */
  readonly deviations?: readonly DayHours[];
  readonly error?: unknown;
}

/** A date on which at least one schedule deviates, with every tabled schedule's hours. */
export interface DeviationRow {
  readonly date: string;
  /** Per schedule in `CardModel.tabled`; undefined when the engine failed for that date. */
  readonly days: readonly (DayHours | undefined)[];
}

export interface CardModel {
  readonly contact: ContactPoint;
  readonly organization?: Organization | undefined;
  readonly channels: readonly Channel[];
  readonly offices: readonly Office[];
  readonly people: readonly Person[];
  readonly schedules: readonly ScheduleModel[];
  /** The schedules shown in the week and deviation tables: those with hours to show. */
  readonly tabled: readonly ScheduleModel[];
  readonly deviationRows: readonly DeviationRow[];
  readonly now: Date;
  /** The instant the card next changes (an opening, a closing, midnight); null: never. */
  readonly refreshAt: Date | null;
}

/** Works out what to show at `now`. The engine's failures stay inside the schedule they concern. */
export function cardModel(feed: Feed, selection: Selection, now: Date, days = DEVIATION_DAYS): CardModel {
  const { contact } = selection;
  const fallbackZone = feed.organization?.timeZone ?? DEFAULT_TIME_ZONE;
  const schedules = selection.schedules.map((schedule) =>
    scheduleModel(schedule, contact, now, fallbackZone, days),
  );
  const tabled = schedules.filter(
    (m) =>
      m.status &&
      (m.schedule.weekly.some((rule) => rule.hours.length > 0) ||
        m.week?.some((day) => day.hours.length > 0) ||
        (m.deviations?.length ?? 0) > 0),
  );
  return {
    contact,
    organization: feed.organization,
    channels: contact.channels ?? [],
    offices: selection.offices,
    people: contact.people ?? [],
    schedules,
    tabled,
    deviationRows: deviationRows(tabled, fallbackZone),
    now,
    refreshAt: refreshAt(schedules, now),
  };
}

function scheduleModel(
  schedule: Schedule,
  contact: ContactPoint,
  now: Date,
  fallbackZone: string,
  days: number,
): ScheduleModel {
  const office = contact.offices?.find((o) => o.id === schedule.office);
  const timeZone = schedule.timeZone ?? fallbackZone;
  const options = { timeZone: fallbackZone };
  try {
    return {
      schedule,
      office,
      timeZone,
      status: openingStatus(schedule, now, options),
      week: comingWeek(schedule, now, options),
      deviations: deviations(schedule, now, days, options),
    };
  } catch (error) {
    return { schedule, office, timeZone, error };
  }
}

/** The hours the weekly rules give a weekday (every rule naming it adds its intervals), by opening time. */
export function regularHours(schedule: Schedule, weekday: Weekday): readonly Interval[] {
  return schedule.weekly
    .filter((rule) => (rule.days as readonly Weekday[]).includes(weekday))
    .flatMap((rule) => rule.hours)
    .sort((a, b) => (a.open < b.open ? -1 : a.open > b.open ? 1 : 0));
}

/** Whether a day's hours differ from its weekday's regular ones (a Saturday holiday when closed on Saturdays does not). */
export function differsFromRegular(schedule: Schedule, day: DayHours): boolean {
  const key = (hours: readonly Interval[]): string => hours.map((i) => `${i.open}-${i.close}`).join(',');
  return key(day.hours) !== key(regularHours(schedule, day.weekday));
}

function deviationRows(tabled: readonly ScheduleModel[], fallbackZone: string): DeviationRow[] {
  const dates = new Set<string>();
  for (const m of tabled) {
    for (const day of m.deviations ?? []) if (differsFromRegular(m.schedule, day)) dates.add(day.date);
  }
  return [...dates].sort().map((date) => ({
    date,
    days: tabled.map((m) => {
      const own = m.deviations?.find((day) => day.date === date);
      if (own) return own;
      try {
        return hoursOn(m.schedule, date, { timeZone: fallbackZone });
      } catch {
        return undefined;
      }
    }),
  }));
}

/** The earliest of every schedule's next change and the next midnight (the words say "today"). */
function refreshAt(schedules: readonly ScheduleModel[], now: Date): Date | null {
  let next: number | null = null;
  for (const m of schedules) {
    if (!m.status) continue;
    const candidates = [m.status.until?.getTime(), startOfNextDay(now, m.timeZone)?.getTime()];
    for (const t of candidates) {
      if (t !== undefined && t > now.getTime() && (next === null || t < next)) next = t;
    }
  }
  return next === null ? null : new Date(next);
}

/** Whether each schedule is open, by id: the element announces when one of these flips. */
export function openStates(model: CardModel): Map<string, boolean> {
  const states = new Map<string, boolean>();
  for (const m of model.schedules) if (m.status) states.set(m.schedule.id, m.status.open);
  return states;
}

// ---------------------------------------------------------------------------------------------
// Dates and times in a time zone

const labelFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date (YYYY-MM-DD), hour and minute of an instant in a time zone. Throws for an unknown zone. */
export function zonedParts(instant: Date, timeZone: string): { date: string; hour: number; minute: number } {
  const wall = new Date(wallTimeAt(instant.getTime(), timeZone));
  return { date: wall.toISOString().slice(0, 10), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

/** The first instant of the day after `instant`'s day in `timeZone` (23 or 25 hours later on DST days). */
export function startOfNextDay(instant: Date, timeZone: string): Date | null {
  try {
    return new Date(instantAt((dayAt(instant.getTime(), timeZone) + 1) * DAY, timeZone));
  } catch {
    return null;
  }
}

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole days from one YYYY-MM-DD to another. */
export function dayDiff(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY);
}

function dateLabel(iso: string, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  const locale = INTL_LOCALE[lang];
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = labelFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    labelFormats.set(key, format);
  }
  return format.format(utcDay(iso));
}

/** sv "måndag", en "Monday". */
export function weekdayName(iso: string, lang: Lang): string {
  return dateLabel(iso, lang, { weekday: 'long' });
}

/** sv "torsdag 24 december", en "Thursday 24 December". */
export function dayLabel(iso: string, lang: Lang): string {
  return dateLabel(iso, lang, { weekday: 'long', day: 'numeric', month: 'long' });
}

// ---------------------------------------------------------------------------------------------
// Words

/** "07:30" → sv "07.30", en "07:30". */
export function clockTime(time: string, lang: Lang): string {
  const [h, m] = time.split(':').map(Number);
  return formatTime(h ?? Number.NaN, m ?? Number.NaN, lang);
}

/** A day's intervals: "08.00–12.00, 13.00–16.30", "dygnet runt", or "Stängt" when there are none. */
export function hoursText(hours: readonly Interval[], lang: Lang, t: ContactCardTexts): string {
  if (hours.length === 0) return t.closed;
  return hours
    .map((i) =>
      i.open === '00:00' && (i.close === '24:00' || i.close === '00:00')
        ? t.allDay
        : `${clockTime(i.open, lang)}–${clockTime(i.close, lang)}`,
    )
    .join(', ');
}

/**
 * Why a day's hours are not the regular ones, in words: the holiday's name ("julafton"),
 * "dag före trettondedag jul", "klämdag", "ändrade öppettider"; undefined for a regular day.
 */
export function reasonText(day: DayHours, lang: Lang, t: ContactCardTexts, named = true): string | undefined {
  if (day.holiday) return day.holiday.name[lang];
  if (day.kind === 'day-before-public-holiday' || (day.kind === 'exception' && day.before)) {
    return named && day.before
      ? fill(t.dayBeforeNamed, { holiday: day.before.name[lang] })
      : t.dayBeforeHoliday;
  }
  if (day.kind === 'bridge-day') return t.bridgeDay;
  if (day.kind === 'exception') return t.changedHours;
  return undefined;
}

/** When something happens, relative to the day: "16.00", "i morgon 08.00", "måndag 08.00", "7 januari 08.00". */
function whenText(instant: Date, today: string, timeZone: string, lang: Lang, t: ContactCardTexts): string {
  const p = zonedParts(instant, timeZone);
  let days = dayDiff(today, p.date);
  let time = formatTime(p.hour, p.minute, lang);
  if (days === 1 && p.hour === 0 && p.minute === 0) {
    // Closing at midnight is "stänger 24.00" today, not "i morgon 00.00".
    days = 0;
    time = formatTime(24, 0, lang);
  }
  if (days === 0) return fill(t.atTime, { time });
  if (days === 1) return fill(t.tomorrowAt, { time });
  const day =
    days > 1 && days < 7
      ? weekdayName(p.date, lang)
      : dateLabel(p.date, lang, { day: 'numeric', month: 'long' });
  return fill(t.dayAt, { day, time });
}

/** A schedule's status in words. */
export interface StatusWords {
  readonly open: boolean;
  /** "Öppet nu – stänger 16.00", "Stängt – öppnar måndag 08.00", "Stängt i dag (juldagen) – öppnar …". */
  readonly text: string;
  /** For a day that is not a regular one: "I dag: dag före helgdag, 08.00–13.00". */
  readonly today?: string | undefined;
  /** Today's dated exception's note, e.g. "Stängt 12.00–13.00 på grund av personalmöte." */
  readonly note?: string | undefined;
}

/** A schedule's status in words; undefined when the engine could not work it out. */
export function describeStatus(m: ScheduleModel, lang: Lang, t: ContactCardTexts): StatusWords | undefined {
  const { status, timeZone } = m;
  if (!status) return undefined;
  const { today } = status;
  const when = status.until ? whenText(status.until, today.date, timeZone, lang, t) : '';
  const reason = today.kind === 'regular' ? undefined : reasonText(today, lang, t, false);
  const todayLine = reason
    ? fill(t.todayLine, { day: reason, hours: hoursText(today.hours, lang, t) })
    : undefined;
  const note = today.kind === 'exception' ? pickText(today.note, lang) || undefined : undefined;
  if (status.open) {
    return { open: true, text: when ? fill(t.openUntil, { when }) : t.openNow, today: todayLine, note };
  }
  if (reason && today.hours.length === 0) {
    // A holiday, eve or the like is named; a dated exception says why in its note.
    const day = today.kind === 'exception' && !today.holiday ? undefined : reason;
    const text = day
      ? fill(when ? t.closedTodayUntil : t.closedToday, { day, when })
      : when
        ? fill(t.closedAllDayUntil, { when })
        : t.closedAllDay;
    return { open: false, text, note };
  }
  // No next opening within the engine's horizon: "until further notice" only when nothing ever opens.
  const indefinite = !m.schedule.weekly.some((rule) => rule.hours.length > 0);
  return {
    open: false,
    text: when ? fill(t.closedUntil, { when }) : indefinite ? t.closedIndefinitely : t.closed,
    today: todayLine,
    note,
  };
}

/**
 * A schedule's weekly rules as the feed writes them, one line per rule: "Måndag–torsdag 08.00–16.30".
 * Shown when the engine cannot work the hours out, so the reader still sees what the feed says.
 */
export function weeklySummary(schedule: Schedule, lang: Lang, t: ContactCardTexts): string[] {
  if (schedule.weekly.length === 0) return [t.closedIndefinitely];
  return schedule.weekly.map((rule) => {
    const days: readonly Weekday[] = rule.days;
    const indexes = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
    const name = (i: number): string => weekdayName(`2024-01-0${i + 1}`, lang); // 2024-01-01 was a Monday
    const groups: string[] = [];
    for (let i = 0; i < indexes.length;) {
      let j = i;
      while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
      if (j - i >= 2) groups.push(`${name(indexes[i]!)}–${name(indexes[j]!)}`);
      else for (let k = i; k <= j; k++) groups.push(name(indexes[k]!));
      i = j + 1;
    }
    const list = formatList(groups, lang);
    return `${list.charAt(0).toUpperCase()}${list.slice(1)} ${hoursText(rule.hours, lang, t)}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Links

/** Only the link kinds the feed format allows (http(s), mailto, tel, same-site paths), whatever the input. */
export function safeHref(href: string | undefined): string | undefined {
  return href && /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i.test(href) ? href : undefined;
}

/** A tel: link from a number as written: "016-710 10 00" → "tel:0167101000". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** A plain OpenStreetMap link: the point when the feed has coordinates, else a search for the address. */
export function mapHref(address: Office['address']): string {
  const { lat, lon } = address;
  if (typeof lat === 'number' && typeof lon === 'number') {
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${address.street}, ${place}`)}`;
}

/** A channel's words: its label, else the word for its type. */
export function channelLabel(channel: Channel, lang: Lang, t: ContactCardTexts): string {
  const label = pickText(channel.label, lang);
  if (label) return label;
  const words: Record<Channel['type'], string> = {
    phone: t.phone,
    email: t.email,
    'web-form': t.webForm,
    chat: t.chat,
    social: t.social,
    other: t.link,
  };
  return words[channel.type];
}

/** A file name from an id (ids may hold ":" and ".", which some systems refuse in names). */
export function fileName(id: string, extension: string): string {
  return `${id.replace(/[^A-Za-z0-9_-]+/g, '-')}.${extension}`;
}

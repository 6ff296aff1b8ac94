/**
 * An iCalendar file (RFC 5545) of a contact point's coming closed days: one all-day event per
 * date on which a schedule that is normally open is closed (a holiday, an eve, an exception).
 * Pure.
 */
import { formatList } from '../core/format.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import type { ContactCardTexts } from './contact-card.texts.js';
import { contentLines, escapeValue } from './content-lines.js';
import { regularHours, reasonText, type CardModel } from './model.js';

export interface ClosedDay {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** E.g. "Eskilstuna direkt: stängt (julafton)". */
  readonly summary: string;
  /** Notes of the dated exceptions that close the day, if any. */
  readonly description?: string | undefined;
}

/** The coming days on which at least one schedule that is normally open that weekday is closed. */
export function closedDays(model: CardModel, lang: Lang, t: ContactCardTexts): ClosedDay[] {
  const name = pickText(model.contact.name, lang);
  const result: ClosedDay[] = [];
  for (const row of model.deviationRows) {
    const closed = model.tabled.filter((m, i) => {
      const day = row.days[i];
      return (
        day !== undefined &&
        day.kind !== 'regular' &&
        day.hours.length === 0 &&
        regularHours(m.schedule, day.weekday).length > 0
      );
    });
    if (closed.length === 0) continue;
    const weekday = row.days.find((day) => day !== undefined)?.weekday;
    const open = model.tabled.filter((m) => weekday && regularHours(m.schedule, weekday).length > 0);
    const base =
      closed.length >= open.length
        ? fill(t.icsClosed, { name })
        : fill(t.icsClosedSome, {
            name,
            schedules: formatList(
              closed.map((m) => pickText(m.schedule.title, lang)),
              lang,
            ),
          });
    const special = row.days.find((day) => day && day.kind !== 'regular');
    const reason = special ? reasonText(special, lang, t) : undefined;
    const notes = [...new Set(row.days.map((day) => pickText(day?.note, lang)).filter(Boolean))];
    result.push({
      date: row.date,
      summary: reason ? `${base} (${reason})` : base,
      description: notes.length > 0 ? notes.join('\n') : undefined,
    });
  }
  return result;
}

const compactDate = (iso: string): string => iso.replace(/-/g, '');

function nextDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The calendar text. `uid` makes each event's UID stable across downloads (the same day gives the
 * same UID, so importing twice updates rather than duplicates); `stamp` is DTSTAMP (the card's now).
 */
export function closedDaysCalendar(
  calendarName: string,
  uid: string,
  days: readonly ClosedDay[],
  stamp: Date,
): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Insyn//contact-card//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeValue(calendarName)}`,
  ];
  for (const day of days) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compactDate(day.date)}-${uid.replace(/[^A-Za-z0-9._-]/g, '-')}@insyn`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDate(day.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDate(day.date))}`,
      `SUMMARY:${escapeValue(day.summary)}`,
    );
    if (day.description) lines.push(`DESCRIPTION:${escapeValue(day.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

/**
 * schema.org JSON-LD for a contact point, for the host page's crawlers: one GovernmentOffice per
 * office (its visiting hours as openingHoursSpecification, the coming deviations as
 * specialOpeningHoursSpecification), phone and chat hours as a ContactPoint's hoursAvailable,
 * the people as employees. Pure: a plain object, and its text safe to put in a script element.
 */
import { pickText, type Lang } from '../core/locale.js';
import type { Office, Schedule, Weekday } from '../feed/generated/feed-types.js';
import { differsFromRegular, type CardModel, type ScheduleModel } from './model.js';
import type { Interval } from './opening-hours.js';

type Json = Record<string, unknown>;

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** schema.org has no 24:00: a day that ends at midnight closes at 23:59. */
const closes = (time: string): string => (time === '24:00' ? '23:59' : time);

function spec(interval: Interval, extra: Json): Json {
  return {
    '@type': 'OpeningHoursSpecification',
    ...extra,
    opens: interval.open,
    closes: closes(interval.close),
  };
}

/** The weekly rules: one specification per rule and interval. */
export function weeklySpecifications(schedule: Schedule): Json[] {
  return schedule.weekly.flatMap((rule) =>
    rule.hours.map((interval) => spec(interval, { dayOfWeek: rule.days.map((d) => DAY_NAMES[d]) })),
  );
}

/**
 * The coming days whose hours differ from the weekly ones. A closed day is opens = closes =
 * 00:00 for that date, as schema.org and Google describe it.
 */
export function specialSpecifications(model: ScheduleModel, lang: Lang): Json[] {
  return (model.deviations ?? [])
    .filter((day) => differsFromRegular(model.schedule, day))
    .flatMap((day) => {
      const extra: Json = { validFrom: day.date, validThrough: day.date };
      const name = day.holiday?.name[lang];
      if (name) extra.name = name;
      const hours = day.hours.length > 0 ? day.hours : [{ open: '00:00', close: '00:00' }];
      return hours.map((interval) => spec(interval, extra));
    });
}

function postalAddress(office: Office): Json {
  const { address } = office;
  const json: Json = {
    '@type': 'PostalAddress',
    streetAddress: address.street,
    addressLocality: address.city,
    addressCountry: 'SE',
  };
  if (address.postalCode) json.postalCode = address.postalCode;
  return json;
}

function withHours(node: Json, schedules: readonly ScheduleModel[], lang: Lang): Json {
  const weekly = schedules.flatMap((m) => weeklySpecifications(m.schedule));
  const special = schedules.flatMap((m) => specialSpecifications(m, lang));
  if (weekly.length > 0) node.openingHoursSpecification = weekly;
  if (special.length > 0) node.specialOpeningHoursSpecification = special;
  return node;
}

/** The JSON-LD object for what the card shows (after its `office` and `schedule` filters). */
export function contactJsonLd(model: CardModel, lang: Lang): Json {
  const { contact, organization } = model;
  const name = pickText(contact.name, lang);
  const common: Json = { '@type': 'GovernmentOffice', name };
  const description = pickText(contact.description, lang);
  if (description) common.description = description;
  const phone = model.channels.find((c) => c.type === 'phone');
  const email = model.channels.find((c) => c.type === 'email');
  if (phone) common.telephone = phone.value ?? phone.href.replace(/^tel:/, '');
  if (email) common.email = email.value ?? email.href.replace(/^mailto:/, '');
  if (organization) {
    const parent: Json = { '@type': 'GovernmentOrganization', name: pickText(organization.name, lang) };
    if (organization.website) parent.url = organization.website;
    common.parentOrganization = parent;
  }
  const contactPoints = model.schedules
    .filter((m) => m.schedule.kind === 'phone' || m.schedule.kind === 'chat')
    .map((m) => {
      const point: Json = { '@type': 'ContactPoint', contactType: pickText(m.schedule.title, lang) };
      const channel = model.channels.find((c) => c.schedule === m.schedule.id);
      if (channel?.type === 'phone') point.telephone = channel.value ?? channel.href.replace(/^tel:/, '');
      const hours = weeklySpecifications(m.schedule);
      if (hours.length > 0) point.hoursAvailable = hours;
      return point;
    });
  if (contactPoints.length > 0) common.contactPoint = contactPoints;
  if (model.people.length > 0) {
    common.employee = model.people.map((p) => {
      const person: Json = { '@type': 'Person', name: p.name };
      const role = pickText(p.role, lang);
      if (role) person.jobTitle = role;
      if (p.phone) person.telephone = p.phone;
      if (p.email) person.email = p.email;
      return person;
    });
  }

  const visiting = (m: ScheduleModel): boolean =>
    m.schedule.kind === 'visiting' || m.schedule.office !== undefined;
  const nodes = model.offices.map((office) => {
    const node: Json = { ...common };
    const officeName = pickText(office.name, lang);
    if (officeName && officeName !== name) node.name = `${name}, ${officeName}`;
    node.address = postalAddress(office);
    const { lat, lon } = office.address;
    if (typeof lat === 'number' && typeof lon === 'number') {
      node.geo = { '@type': 'GeoCoordinates', latitude: lat, longitude: lon };
    }
    return withHours(
      node,
      model.schedules.filter((m) => m.schedule.office === office.id),
      lang,
    );
  });
  if (nodes.length === 0) {
    nodes.push(
      withHours(
        { ...common },
        model.schedules.filter((m) => visiting(m) && m.schedule.office === undefined),
        lang,
      ),
    );
  }
  const [first] = nodes;
  if (nodes.length === 1 && first) return { '@context': 'https://schema.org', ...first };
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a `<script type="application/ld+json">`: "<" is written \u003c, so no "</script>"
 * in a feed text can ever end the script when the page is serialized and parsed again.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

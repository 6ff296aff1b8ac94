/**
 * The fallback of <contact-card>: the contact point's name, its channels as links, the regular
 * weekly hours of each schedule in words, the visiting addresses and the named officials. The
 * hours are the regular ones only: whether it is open now, holidays and the coming deviations
 * need the clock, so they are the element's to show.
 */
import type { Channel, Feed, Office, Person } from '../feed/generated/feed-types.js';
import { pickText, type Lang } from '../core/locale.js';
import { CONTACT_CARD_TEXTS } from '../contact-card/contact-card.texts.js';
import { channelLabel, select, telHref, weeklySummary } from '../contact-card/model.js';
import { FallbackError } from './error.js';
import { safeUrl } from './escape.js';
import { h, type HtmlElement, type HtmlNode } from './html.js';
import type { ResolvedOptions } from './options.js';

type Texts = (typeof CONTACT_CARD_TEXTS)['sv' | 'en'];

/** A link when the target is one the fallback may write, else the text alone. */
function link(href: string | undefined, text: string): HtmlNode {
  const safe = safeUrl(href);
  return safe ? h('a', { href: safe }, text) : text;
}

function channelItem(channel: Channel, t: Texts, lang: Lang): HtmlElement {
  const label = channelLabel(channel, lang, t);
  // "Telefon: 016-710 10 00" with the number as the link; a channel without a value is its label.
  return channel.value
    ? h('li', {}, `${label}: `, link(channel.href, channel.value))
    : h('li', {}, link(channel.href, label));
}

function officeItem(office: Office, t: Texts, lang: Lang): HtmlElement {
  const { address } = office;
  const building = pickText(address.name, lang);
  const accessibility = pickText(office.accessibility, lang);
  const lines = [
    pickText(office.name, lang),
    building,
    address.street,
    `${address.postalCode ? `${address.postalCode} ` : ''}${address.city}`,
  ].filter(Boolean);
  return h(
    'li',
    {},
    h(
      'address',
      {},
      lines.flatMap((line, i) => (i === 0 ? [line] : [h('br'), line])),
    ),
    accessibility ? h('p', {}, `${t.accessibility} ${accessibility}`) : null,
  );
}

function personItem(person: Person, t: Texts, lang: Lang): HtmlElement {
  const role = pickText(person.role, lang);
  const lines: HtmlNode[] = [person.name];
  if (role) lines.push(`, ${role}`);
  if (person.phone) lines.push(h('br'), `${t.phone}: `, link(telHref(person.phone), person.phone));
  if (person.email) lines.push(h('br'), `${t.email}: `, link(`mailto:${person.email}`, person.email));
  return h('li', {}, lines);
}

export function contactCardFallback(feed: Feed, options: ResolvedOptions): HtmlNode[] {
  const { lang } = options;
  const t = CONTACT_CARD_TEXTS[lang];
  if (!feed.contacts?.length) throw new FallbackError('noContacts', lang);
  const selection = select(feed, {
    contact: options.contact,
    office: options.office,
    schedule: options.schedule,
  });
  if (typeof selection === 'string') {
    const code = (
      { contact: 'unknownContact', office: 'unknownOffice', schedule: 'unknownSchedule' } as const
    )[selection];
    throw new FallbackError(code, lang, { id: options[selection] ?? '' });
  }
  const { contact, offices, schedules } = selection;
  const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 2) || 2));
  const heading = (depth: number, text: string): HtmlElement => h(`h${Math.min(6, level + depth)}`, {}, text);
  const description = pickText(contact.description, lang);
  const channels = contact.channels ?? [];
  const people = contact.people ?? [];
  return [
    heading(0, pickText(contact.name, lang)),
    description ? h('p', {}, description) : null,
    channels.length > 0
      ? h(
          'ul',
          {},
          channels.map((channel) => channelItem(channel, t, lang)),
        )
      : null,
    schedules.length > 0 ? heading(1, t.hoursHeading) : null,
    schedules.length > 0
      ? h(
          'ul',
          {},
          schedules.map((schedule) => {
            const note = pickText(schedule.note, lang);
            return h(
              'li',
              {},
              pickText(schedule.title, lang),
              h(
                'ul',
                {},
                weeklySummary(schedule, lang, t).map((line) => h('li', {}, line)),
              ),
              note ? h('p', {}, note) : null,
            );
          }),
        )
      : null,
    offices.length > 0 ? heading(1, t.officesHeading) : null,
    offices.length > 0
      ? h(
          'ul',
          {},
          offices.map((office) => officeItem(office, t, lang)),
        )
      : null,
    people.length > 0 ? heading(1, t.peopleHeading) : null,
    people.length > 0
      ? h(
          'ul',
          {},
          people.map((person) => personItem(person, t, lang)),
        )
      : null,
  ].filter((node) => node !== null);
}

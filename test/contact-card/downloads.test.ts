/**
 * What <contact-card> hands out: a vCard per person, an .ics of the coming closed days and the
 * schema.org JSON-LD. Pure modules, checked on their exact text.
 */
import { expect } from '@open-wc/testing';
import { CONTACT_CARD_TEXTS } from '../../src/contact-card/contact-card.texts.js';
import { contentLines, dataUrl, escapeValue, foldLine } from '../../src/contact-card/content-lines.js';
import { closedDays, closedDaysCalendar } from '../../src/contact-card/ics.js';
import { contactJsonLd, jsonLdText } from '../../src/contact-card/json-ld.js';
import { cardModel, select, type CardModel, type Selection } from '../../src/contact-card/model.js';
import { vCard } from '../../src/contact-card/vcard.js';
import type { Feed } from '../../src/feed/generated/feed-types.js';

let demo: Feed;

before(async () => {
  demo = (await (await fetch('/demo/feed.json')).json()) as Feed;
});

function model(at: string, feed: Feed = demo, filter = {}): CardModel {
  return cardModel(feed, select(feed, filter) as Selection, new Date(at));
}

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

describe('content lines (vCard and iCalendar text)', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeValue('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'å'.repeat(60)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(utf8Length(piece)).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    expect(foldLine('short')).to.equal('short');
  });

  it('ends every line with CRLF', () => {
    expect(contentLines(['A', 'B'])).to.equal('A\r\nB\r\n');
  });

  it('a data: URL, percent-encoded as UTF-8', () => {
    expect(dataUrl('Å;\r\n', 'text/vcard')).to.equal('data:text/vcard;charset=utf-8,%C3%85%3B%0D%0A');
  });
});

describe('vCard', () => {
  it('a person with role, organization, unit, phone and e-mail', () => {
    expect(
      vCard({
        name: 'Pia Järnkvist',
        title: 'Ekonomidirektör',
        organization: 'Eskilstuna kommun',
        unit: 'Kommunstyrelsens förvaltning (stadsledningskontoret)',
        phone: '016-710 10 00',
        email: 'pia.jarnkvist@eskilstuna.se',
      }),
    ).to.equal(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Järnkvist;Pia;;;',
        'FN:Pia Järnkvist',
        'ORG:Eskilstuna kommun;Kommunstyrelsens förvaltning (stadsledningskontoret)',
        'TITLE:Ekonomidirektör',
        'TEL;TYPE=WORK,VOICE:016-710 10 00',
        'EMAIL;TYPE=INTERNET,WORK:pia.jarnkvist@eskilstuna.se',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('a name of one word, and text that needs escaping', () => {
    const card = vCard({ name: 'Kundtjänst', title: 'Svar, hjälp; råd' });
    expect(card).to.include('N:Kundtjänst;;;;\r\n');
    expect(card).to.include('TITLE:Svar\\, hjälp\\; råd\r\n');
    expect(card).not.to.include('ORG:');
    expect(card).not.to.include('TEL');
  });

  it('several given names', () => {
    expect(vCard({ name: 'Anna Karin Berg' })).to.include('N:Berg;Anna Karin;;;');
  });
});

describe('.ics of the coming closed days', () => {
  it('the closed days from 20 December 2026: eves and holidays on weekdays, named', () => {
    const days = closedDays(model('2026-12-20T10:00:00+01:00'), 'sv', CONTACT_CARD_TEXTS.sv);
    expect(days.map((d) => [d.date, d.summary])).to.deep.equal([
      ['2026-12-24', 'Eskilstuna direkt: stängt (julafton)'],
      ['2026-12-25', 'Eskilstuna direkt: stängt (juldagen)'],
      ['2026-12-31', 'Eskilstuna direkt: stängt (nyårsafton)'],
      ['2027-01-01', 'Eskilstuna direkt: stängt (nyårsdagen)'],
      ['2027-01-06', 'Eskilstuna direkt: stängt (trettondedag jul)'],
    ]);
  });

  it('in English; and when only some schedules close, names them', () => {
    const feed = structuredClone(demo);
    feed.contacts![0]!.schedules![0]!.rules = []; // visiting hours: open on holidays
    const days = closedDays(model('2026-12-20T10:00:00+01:00', feed), 'en', CONTACT_CARD_TEXTS.en);
    expect(days[0]).to.deep.equal({
      date: '2026-12-24',
      summary: 'Eskilstuna direkt: Phone hours closed (Christmas Eve)',
      description: undefined,
    });
  });

  it('a calendar file with one all-day event per day', () => {
    const text = closedDaysCalendar(
      'Eskilstuna direkt: stängda dagar',
      'eskilstuna-direkt',
      [
        { date: '2026-12-24', summary: 'Eskilstuna direkt: stängt (julafton)' },
        { date: '2026-12-31', summary: 'Stängt, hela dagen', description: 'Rad 1\nRad 2' },
      ],
      new Date('2026-12-20T09:05:03.123Z'),
    );
    expect(text).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Insyn//contact-card//SV',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Eskilstuna direkt: stängda dagar',
        'BEGIN:VEVENT',
        'UID:20261224-eskilstuna-direkt@insyn',
        'DTSTAMP:20261220T090503Z',
        'DTSTART;VALUE=DATE:20261224',
        'DTEND;VALUE=DATE:20261225',
        'SUMMARY:Eskilstuna direkt: stängt (julafton)',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:20261231-eskilstuna-direkt@insyn',
        'DTSTAMP:20261220T090503Z',
        'DTSTART;VALUE=DATE:20261231',
        'DTEND;VALUE=DATE:20270101',
        'SUMMARY:Stängt\\, hela dagen',
        'DESCRIPTION:Rad 1\\nRad 2',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('no closed days in an ordinary stretch of spring', () => {
    expect(closedDays(model('2026-02-02T10:00:00+01:00'), 'sv', CONTACT_CARD_TEXTS.sv)).to.deep.equal([]);
  });
});

describe('JSON-LD', () => {
  it('one GovernmentOffice per office, with weekly and special opening hours', () => {
    const data = contactJsonLd(model('2026-12-20T10:00:00+01:00'), 'sv') as {
      '@context': string;
      '@graph': Record<string, unknown>[];
    };
    expect(data['@context']).to.equal('https://schema.org');
    const [varjan, kvarnen] = data['@graph'];
    expect(varjan).to.include({
      '@type': 'GovernmentOffice',
      name: 'Eskilstuna direkt, Värjan',
      description: 'Eskilstuna kommuns kontaktcenter',
      telephone: '016-710 10 00',
      email: 'eskilstuna.direkt@eskilstuna.se',
    });
    expect(varjan!.address).to.deep.equal({
      '@type': 'PostalAddress',
      streetAddress: 'Alva Myrdals gata 5',
      postalCode: '633 42',
      addressLocality: 'Eskilstuna',
      addressCountry: 'SE',
    });
    expect(varjan!.openingHoursSpecification).to.deep.equal([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        opens: '07:30',
        closes: '16:00',
      },
    ]);
    const special = varjan!.specialOpeningHoursSpecification as Record<string, unknown>[];
    expect(special[0]).to.deep.equal({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2026-12-24',
      validThrough: '2026-12-24',
      name: 'julafton',
      opens: '00:00',
      closes: '00:00',
    });
    expect(special.find((s) => s.validFrom === '2026-12-30')).to.deep.equal({
      '@type': 'OpeningHoursSpecification',
      validFrom: '2026-12-30',
      validThrough: '2026-12-30',
      opens: '07:30',
      closes: '12:00',
    });
    expect(varjan!.parentOrganization).to.deep.equal({
      '@type': 'GovernmentOrganization',
      name: 'Eskilstuna kommun',
      url: 'https://www.eskilstuna.se/',
    });
    expect(varjan!.contactPoint).to.deep.equal([
      {
        '@type': 'ContactPoint',
        contactType: 'Telefontid',
        telephone: '016-710 10 00',
        hoursAvailable: [
          {
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday'],
            opens: '08:00',
            closes: '16:30',
          },
          {
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: ['Friday'],
            opens: '08:00',
            closes: '16:00',
          },
        ],
      },
    ]);
    expect(varjan!.employee).to.deep.equal([
      { '@type': 'Person', name: 'Jimmy Jansson', jobTitle: 'Ordförande kommunstyrelsen' },
      { '@type': 'Person', name: 'Pia Järnkvist', jobTitle: 'Ekonomidirektör' },
    ]);
    expect(kvarnen).to.include({ '@type': 'GovernmentOffice', name: 'Eskilstuna direkt, Kvarnen' });
    expect(kvarnen).not.to.have.property('openingHoursSpecification');
  });

  it('one office alone is a single node; coordinates become geo', () => {
    const feed = structuredClone(demo);
    feed.contacts![0]!.offices![0]!.address.lat = 59.37;
    feed.contacts![0]!.offices![0]!.address.lon = 16.51;
    const data = contactJsonLd(model('2026-05-12T10:00:00+02:00', feed, { office: 'varjan' }), 'en');
    expect(data).to.include({ '@context': 'https://schema.org', '@type': 'GovernmentOffice' });
    expect(data.geo).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 59.37, longitude: 16.51 });
    expect(data.description).to.equal('Eskilstuna Municipality’s contact centre');
  });

  it('text safe inside a script element: "<" is escaped, the JSON is the same', () => {
    const data = { name: '</script><script>alert(1)</script>' };
    const text = jsonLdText(data);
    expect(text).not.to.include('<');
    expect(JSON.parse(text)).to.deep.equal(data);
  });
});

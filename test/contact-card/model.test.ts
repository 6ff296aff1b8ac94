/**
 * The pure model of <contact-card>: selection and filters, statuses in words at fixed instants
 * of the demo feed (Eskilstuna direkt), the week and deviation tables, the next refresh, links.
 * The instants carry their offset, so the browser's own time zone does not matter.
 */
import { expect } from '@open-wc/testing';
import { CONTACT_CARD_TEXTS } from '../../src/contact-card/contact-card.texts.js';
import {
  cardModel,
  dayLabel,
  describeStatus,
  fileName,
  hoursText,
  mapHref,
  openStates,
  safeHref,
  select,
  startOfNextDay,
  telHref,
  weeklySummary,
  type CardModel,
  type Selection,
} from '../../src/contact-card/model.js';
import type { Lang } from '../../src/core/locale.js';
import type { Feed, Schedule } from '../../src/feed/generated/feed-types.js';

let demo: Feed;

before(async () => {
  const response = await fetch('/demo/feed.json');
  demo = (await response.json()) as Feed;
});

function model(at: string, filter: { office?: string; schedule?: string } = {}): CardModel {
  const selection = select(demo, { contact: 'eskilstuna-direkt', ...filter });
  if (typeof selection === 'string') throw new Error(`no ${selection}`);
  return cardModel(demo, selection, new Date(at));
}

/** Each schedule's status line (and today line) at an instant, by schedule id. */
function statuses(at: string, lang: Lang = 'sv'): Record<string, string> {
  const m = model(at);
  const result: Record<string, string> = {};
  for (const s of m.schedules) {
    const words = describeStatus(s, lang, CONTACT_CARD_TEXTS[lang]);
    result[s.schedule.id] = words
      ? [words.text, words.today, words.note].filter(Boolean).join(' | ')
      : '(error)';
  }
  return result;
}

describe('contact-card model: select', () => {
  it('takes the first contact point when no id is given, and the one asked for', () => {
    const first = select(demo, {}) as Selection;
    expect(first.contact.id).to.equal('eskilstuna-direkt');
    expect(first.schedules.map((s) => s.id)).to.deep.equal([
      'besokstid-eskilstuna',
      'besokstid-torshalla',
      'telefontid',
    ]);
    expect((select(demo, { contact: 'eskilstuna-direkt' }) as Selection).offices).to.have.length(2);
  });

  it('names the attribute whose id the feed lacks', () => {
    expect(select(demo, { contact: 'nope' })).to.equal('contact');
    expect(select(demo, { office: 'nope' })).to.equal('office');
    expect(select(demo, { schedule: 'nope' })).to.equal('schedule');
    expect(select({ version: 1 }, {})).to.equal('contact');
  });

  it('office: only that office and its visiting hours', () => {
    const s = select(demo, { office: 'kvarnen' }) as Selection;
    expect(s.offices.map((o) => o.id)).to.deep.equal(['kvarnen']);
    expect(s.schedules.map((x) => x.id)).to.deep.equal(['besokstid-torshalla']);
  });

  it('schedule: only that schedule, offices untouched', () => {
    const s = select(demo, { schedule: 'telefontid' }) as Selection;
    expect(s.schedules.map((x) => x.id)).to.deep.equal(['telefontid']);
    expect(s.offices).to.have.length(2);
    // Both filters: the office's visiting hours, narrowed to one schedule (telefontid is not Värjan's).
    expect(select(demo, { office: 'varjan', schedule: 'telefontid' })).to.equal('schedule');
  });
});

describe('contact-card model: statuses in words (Eskilstuna direkt)', () => {
  it('a weekday morning: open, closing at 16.00 and 16.30', () => {
    expect(statuses('2026-05-12T10:00:00+02:00')).to.deep.equal({
      'besokstid-eskilstuna': 'Öppet nu – stänger 16.00',
      'besokstid-torshalla': 'Stängt tills vidare',
      telefontid: 'Öppet nu – stänger 16.30',
    });
  });

  it('before opening: opens today at 07.30', () => {
    expect(statuses('2026-05-12T06:00:00+02:00')['besokstid-eskilstuna']).to.equal('Stängt – öppnar 07.30');
  });

  it('Friday 15:59 is open until 16.00; at 16:00 both are closed until Monday', () => {
    expect(statuses('2026-09-18T15:59:00+02:00')).to.include({
      'besokstid-eskilstuna': 'Öppet nu – stänger 16.00',
      telefontid: 'Öppet nu – stänger 16.00',
    });
    expect(statuses('2026-09-18T16:00:00+02:00')).to.include({
      'besokstid-eskilstuna': 'Stängt – öppnar måndag 07.30',
      telefontid: 'Stängt – öppnar måndag 08.00',
    });
  });

  it('a Thursday evening opens tomorrow', () => {
    expect(statuses('2026-09-17T17:00:00+02:00').telefontid).to.equal('Stängt – öppnar i morgon 08.00');
  });

  it('Christmas Eve and Christmas Day: closed today, with the day named', () => {
    expect(statuses('2026-12-24T10:00:00+01:00')).to.include({
      'besokstid-eskilstuna': 'Stängt i dag (julafton) – öppnar måndag 07.30',
      telefontid: 'Stängt i dag (julafton) – öppnar måndag 08.00',
    });
    expect(statuses('2026-12-25T10:00:00+01:00').telefontid).to.equal(
      'Stängt i dag (juldagen) – öppnar måndag 08.00',
    );
  });

  it('midsommarafton: closed today', () => {
    expect(statuses('2026-06-19T09:00:00+02:00').telefontid).to.equal(
      'Stängt i dag (midsommarafton) – öppnar måndag 08.00',
    );
  });

  it('a bridge day: phone hours 08.00–13.00, visiting hours as usual', () => {
    expect(statuses('2026-05-15T10:00:00+02:00')).to.include({
      'besokstid-eskilstuna': 'Öppet nu – stänger 16.00',
      telefontid: 'Öppet nu – stänger 13.00 | I dag: klämdag, 08.00–13.00',
    });
  });

  it('the day before Ascension: open until 13.00, then closed until the bridge day', () => {
    expect(statuses('2026-05-13T10:00:00+02:00').telefontid).to.equal(
      'Öppet nu – stänger 13.00 | I dag: dag före helgdag, 08.00–13.00',
    );
    expect(statuses('2026-05-13T14:00:00+02:00').telefontid).to.equal(
      'Stängt – öppnar fredag 08.00 | I dag: dag före helgdag, 08.00–13.00',
    );
  });

  it('a dated exception with two intervals: the lunch break and the note', () => {
    const m = model('2026-12-10T12:30:00+01:00');
    const phone = m.schedules.find((s) => s.schedule.id === 'telefontid')!;
    expect(describeStatus(phone, 'sv', CONTACT_CARD_TEXTS.sv)).to.deep.equal({
      open: false,
      text: 'Stängt – öppnar 13.00',
      today: 'I dag: ändrade öppettider, 08.00–12.00, 13.00–16.30',
      note: 'Stängt 12.00–13.00 på grund av personalmöte (exempel).',
    });
  });

  it('in English', () => {
    expect(statuses('2026-09-18T15:59:00+02:00', 'en').telefontid).to.equal('Open now – closes at 16:00');
    expect(statuses('2026-09-18T16:00:00+02:00', 'en').telefontid).to.equal('Closed – opens Monday at 08:00');
    expect(statuses('2026-12-24T10:00:00+01:00', 'en')['besokstid-eskilstuna']).to.equal(
      'Closed today (Christmas Eve) – opens Monday at 07:30',
    );
    expect(statuses('2026-05-13T10:00:00+02:00', 'en').telefontid).to.equal(
      'Open now – closes at 13:00 | Today: day before a public holiday, 08:00–13:00',
    );
    expect(statuses('2026-05-12T10:00:00+02:00', 'en')['besokstid-torshalla']).to.equal(
      'Closed until further notice',
    );
  });

  it('a long closure beyond the engine horizon says "Stängt", not "until further notice"', () => {
    const schedule: Schedule = {
      id: 'summer',
      title: 'Sommar',
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: [{ open: '08:00', close: '16:00' }] }],
      exceptions: Array.from({ length: 40 }, (_, i) => ({
        date: new Date(Date.UTC(2026, 6, 1 + i)).toISOString().slice(0, 10),
        hours: [],
        note: 'Sommarstängt',
      })),
    };
    const feed = { version: 1, contacts: [{ id: 'c', name: 'C', schedules: [schedule] }] } as Feed;
    const m = cardModel(feed, select(feed, {}) as Selection, new Date('2026-07-02T10:00:00+02:00'));
    expect(describeStatus(m.schedules[0]!, 'sv', CONTACT_CARD_TEXTS.sv)).to.deep.equal({
      open: false,
      text: 'Stängt i dag',
      note: 'Sommarstängt',
    });
  });

  it('a schedule the engine cannot read keeps its error to itself', () => {
    const feed = structuredClone(demo);
    feed.contacts![0]!.schedules![0]!.timeZone = 'Mars/Olympus_Mons';
    const m = cardModel(feed, select(feed, {}) as Selection, new Date('2026-05-12T10:00:00+02:00'));
    expect(m.schedules[0]!.status).to.equal(undefined);
    expect(m.schedules[0]!.error).to.be.instanceOf(RangeError);
    expect(describeStatus(m.schedules[0]!, 'sv', CONTACT_CARD_TEXTS.sv)).to.equal(undefined);
    expect(m.schedules[2]!.status?.open).to.equal(true);
  });
});

describe('contact-card model: tables and refresh', () => {
  it('the week: today and the six days after, per tabled schedule; Torshälla (never open) is not tabled', () => {
    const m = model('2026-12-24T10:00:00+01:00');
    expect(m.tabled.map((s) => s.schedule.id)).to.deep.equal(['besokstid-eskilstuna', 'telefontid']);
    expect(m.tabled[0]!.week!.map((d) => d.date)).to.deep.equal([
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
    ]);
  });

  it('deviation rows: only dates whose hours differ from the weekly ones, for 30 days', () => {
    const m = model('2026-12-20T10:00:00+01:00');
    expect(m.deviationRows.map((r) => r.date)).to.deep.equal([
      '2026-12-23', // telefontid's exception 08.00–13.00
      '2026-12-24', // julafton
      '2026-12-25', // juldagen (annandag jul is a Saturday: nothing changes)
      '2026-12-30', // besökstid's exception 07.30–12.00
      '2026-12-31', // nyårsafton
      '2027-01-01', // nyårsdagen
      '2027-01-05', // the day before trettondedag jul
      '2027-01-06', // trettondedag jul
    ]);
    const dec23 = m.deviationRows[0]!;
    expect(dec23.days.map((d) => hoursText(d!.hours, 'sv', CONTACT_CARD_TEXTS.sv))).to.deep.equal([
      '07.30–16.00',
      '08.00–13.00',
    ]);
  });

  it('refreshes at the next change: the earliest closing, or midnight', () => {
    expect(model('2026-09-18T15:59:00+02:00').refreshAt?.toISOString()).to.equal('2026-09-18T14:00:00.000Z');
    expect(model('2026-09-18T16:30:00+02:00').refreshAt?.toISOString()).to.equal('2026-09-18T22:00:00.000Z');
    // A schedule filter leaves only that schedule's changes.
    expect(model('2026-05-12T10:00:00+02:00', { schedule: 'telefontid' }).refreshAt?.toISOString()).to.equal(
      '2026-05-12T14:30:00.000Z',
    );
  });

  it('open states by schedule id', () => {
    expect([...openStates(model('2026-09-18T15:59:00+02:00'))]).to.deep.equal([
      ['besokstid-eskilstuna', true],
      ['besokstid-torshalla', false],
      ['telefontid', true],
    ]);
  });

  it('the next midnight in Stockholm, also on daylight-saving days', () => {
    const next = (at: string) => startOfNextDay(new Date(at), 'Europe/Stockholm')?.toISOString();
    expect(next('2026-03-28T12:00:00+01:00')).to.equal('2026-03-28T23:00:00.000Z');
    expect(next('2026-03-29T12:00:00+02:00')).to.equal('2026-03-29T22:00:00.000Z'); // 23-hour day
    expect(next('2026-10-25T12:00:00+01:00')).to.equal('2026-10-25T23:00:00.000Z'); // 25-hour day
    expect(startOfNextDay(new Date(), 'Not/AZone')).to.equal(null);
  });
});

describe('contact-card model: words and links', () => {
  const sv = CONTACT_CARD_TEXTS.sv;

  it('hours: closed, intervals, all day', () => {
    expect(hoursText([], 'sv', sv)).to.equal('Stängt');
    expect(
      hoursText(
        [
          { open: '08:00', close: '12:00' },
          { open: '13:00', close: '16:30' },
        ],
        'sv',
        sv,
      ),
    ).to.equal('08.00–12.00, 13.00–16.30');
    expect(hoursText([{ open: '08:00', close: '16:30' }], 'en', CONTACT_CARD_TEXTS.en)).to.equal(
      '08:00–16:30',
    );
    expect(hoursText([{ open: '00:00', close: '24:00' }], 'sv', sv)).to.equal('dygnet runt');
  });

  it('weekly rules as the seed page writes them', () => {
    const phone = demo.contacts![0]!.schedules!.find((s) => s.id === 'telefontid')!;
    expect(weeklySummary(phone, 'sv', sv)).to.deep.equal([
      'Måndag–torsdag 08.00–16.30',
      'Fredag 08.00–16.00',
    ]);
    const split: Schedule = {
      id: 's',
      title: 's',
      weekly: [{ days: ['mon', 'wed', 'thu', 'sat'], hours: [{ open: '09:00', close: '12:00' }] }],
    };
    expect(weeklySummary(split, 'sv', sv)).to.deep.equal(['Måndag, onsdag, torsdag och lördag 09.00–12.00']);
    expect(weeklySummary({ ...split, weekly: [] }, 'sv', sv)).to.deep.equal(['Stängt tills vidare']);
  });

  it('day labels', () => {
    expect(dayLabel('2026-12-24', 'sv')).to.equal('torsdag 24 december');
    expect(dayLabel('2026-12-24', 'en')).to.equal('Thursday 24 December');
  });

  it('links: only http(s), mailto, tel and same-site paths', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('mailto:a@b.se')).to.equal('mailto:a@b.se');
    expect(safeHref('tel:+46167101000')).to.equal('tel:+46167101000');
    expect(safeHref('/kontakt')).to.equal('/kontakt');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('//evil.example/')).to.equal(undefined);
    expect(safeHref('data:text/html,<b>')).to.equal(undefined);
    expect(safeHref(undefined)).to.equal(undefined);
  });

  it('tel: from a number as written', () => {
    expect(telHref('016-710 10 00')).to.equal('tel:0167101000');
    expect(telHref('+46 (0)16 710 10 00')).to.equal('tel:+460167101000');
  });

  it('OpenStreetMap: the point with coordinates, else a search for the address', () => {
    expect(mapHref({ street: 'Fristadstorget 3', city: 'Eskilstuna', lat: 59.37, lon: 16.51 })).to.equal(
      'https://www.openstreetmap.org/?mlat=59.37&mlon=16.51#map=17/59.37/16.51',
    );
    expect(mapHref({ street: 'Alva Myrdals gata 5', city: 'Eskilstuna' })).to.equal(
      'https://www.openstreetmap.org/search?query=Alva%20Myrdals%20gata%205%2C%20Eskilstuna',
    );
    expect(mapHref({ street: 'Storgatan 26', postalCode: '644 30', city: 'Torshälla' })).to.equal(
      'https://www.openstreetmap.org/search?query=Storgatan%2026%2C%20644%2030%20Torsh%C3%A4lla',
    );
  });

  it('file names from ids', () => {
    expect(fileName('pia-jarnkvist', 'vcf')).to.equal('pia-jarnkvist.vcf');
    expect(fileName('a:b.c', 'ics')).to.equal('a-b-c.ics');
  });
});

import { expect } from '@open-wc/testing';
import {
  comingWeek,
  deviations,
  hoursOn,
  openingStatus,
  type OpeningStatus,
} from '../../src/contact-card/opening-hours.js';
import type { DayRule, Feed, Schedule } from '../../src/feed/generated/feed-types.js';
import { validateFeed } from '../../src/feed/validate.js';

// All instants are written in UTC with the Stockholm wall time beside them: CET is UTC+1, CEST
// (29 March – 25 October 2026) UTC+2. The engine must give the same answers in any runtime zone;
// web-test-runner.tz.config.mjs runs this file in browsers started with other TZ settings.

type Fields = Omit<Schedule, 'id' | 'title'>;
const schedule = (fields: Fields): Schedule => ({ id: 'test', title: 'Test', ...fields });
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Mon–Fri 08:00–16:00 in Stockholm, and the extra fields given. */
const office = (fields: Partial<Fields> = {}): Schedule =>
  schedule({
    timeZone: 'Europe/Stockholm',
    weekly: [{ days: [...WEEKDAYS], hours: [{ open: '08:00', close: '16:00' }] }],
    ...fields,
  });

const at = (iso: string): Date => new Date(iso);
const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** The status as plain strings, for deep.equal. */
function status(s: Schedule, instant: string): { open: boolean; since: string | null; until: string | null } {
  const r: OpeningStatus = openingStatus(s, at(instant));
  return { open: r.open, since: iso(r.since), until: iso(r.until) };
}

describe('openingStatus', () => {
  before(() => {
    // Set by web-test-runner.tz.config.mjs: fail loudly if the browser did not take the TZ setting.
    const expected = (globalThis as { insynExpectedTimeZone?: string }).insynExpectedTimeZone;
    if (expected !== undefined) {
      // Through Intl as well: ICU may name the zone by an alias (Asia/Kolkata is Asia/Calcutta).
      const canonical = new Intl.DateTimeFormat('en', { timeZone: expected }).resolvedOptions().timeZone;
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(canonical);
    }
  });

  describe('weekly rules', () => {
    it('is open inside an interval, with since, until, today and the interval', () => {
      // Wednesday 20 May 2026, 12:00 CEST.
      const r = openingStatus(office(), at('2026-05-20T10:00:00Z'));
      expect(r.open).to.be.true;
      expect(iso(r.since)).to.equal('2026-05-20T06:00:00.000Z'); // 08:00 CEST
      expect(iso(r.until)).to.equal('2026-05-20T14:00:00.000Z'); // 16:00 CEST
      expect(r.today).to.deep.include({ date: '2026-05-20', weekday: 'wed', kind: 'regular' });
      expect(r.interval).to.deep.equal({ open: '08:00', close: '16:00' });
    });

    it('opens at the first minute and closes at the last (half-open intervals)', () => {
      const s = office();
      expect(status(s, '2026-05-20T05:59:59.999Z').open).to.be.false;
      expect(status(s, '2026-05-20T06:00:00Z').open).to.be.true;
      expect(status(s, '2026-05-20T13:59:59.999Z').open).to.be.true;
      expect(status(s, '2026-05-20T14:00:00Z')).to.deep.equal({
        open: false,
        since: '2026-05-20T14:00:00.000Z',
        until: '2026-05-21T06:00:00.000Z',
      });
    });

    it('has several intervals a day, closed between them', () => {
      const s = office({
        weekly: [
          {
            days: [...WEEKDAYS],
            hours: [
              { open: '13:00', close: '16:00' },
              { open: '08:00', close: '12:00' },
            ],
          },
        ],
      });
      expect(status(s, '2026-05-20T10:30:00Z')).to.deep.equal({
        open: false,
        since: '2026-05-20T10:00:00.000Z', // 12:00
        until: '2026-05-20T11:00:00.000Z', // 13:00
      });
      expect(hoursOn(s, '2026-05-20').hours).to.deep.equal([
        { open: '08:00', close: '12:00' },
        { open: '13:00', close: '16:00' },
      ]);
    });

    it('adds up weekly rules that name the same day', () => {
      const s = office({
        weekly: [
          { days: [...WEEKDAYS], hours: [{ open: '08:00', close: '12:00' }] },
          { days: ['mon', 'wed'], hours: [{ open: '13:00', close: '18:00' }] },
        ],
      });
      expect(hoursOn(s, '2026-05-20').hours).to.have.length(2);
      expect(hoursOn(s, '2026-05-21').hours).to.have.length(1);
      expect(status(s, '2026-05-20T15:00:00Z').open).to.be.true; // Wed 17:00
      expect(status(s, '2026-05-21T15:00:00Z').open).to.be.false; // Thu 17:00
    });

    it('is closed all day on a day with empty hours, and on days no rule names', () => {
      const s = office({
        weekly: [
          { days: [...WEEKDAYS], hours: [{ open: '08:00', close: '16:00' }] },
          { days: ['sat'], hours: [] },
        ],
      });
      // Saturday 23 May 2026 12:00 and Sunday 24 May (pingstdagen, but no rule): closed.
      expect(status(s, '2026-05-23T10:00:00Z')).to.deep.equal({
        open: false,
        since: '2026-05-22T14:00:00.000Z', // Fri 16:00
        until: '2026-05-25T06:00:00.000Z', // Mon 08:00
      });
      expect(hoursOn(s, '2026-05-23').hours).to.deep.equal([]);
      expect(hoursOn(s, '2026-05-24').hours).to.deep.equal([]);
    });

    it('is closed until further notice with weekly: [] (since and until unknown)', () => {
      const s = schedule({ weekly: [] });
      const r = openingStatus(s, at('2026-05-20T10:00:00Z'));
      expect(r).to.deep.include({ open: false, since: null, until: null });
      expect(r.today).to.deep.include({ date: '2026-05-20', kind: 'regular', hours: [] });
      expect(r.interval).to.be.undefined;
    });

    it('opens a closed-until-further-notice schedule on a dated exception within the horizon', () => {
      const s = schedule({
        weekly: [],
        exceptions: [{ date: '2026-06-10', hours: [{ open: '08:00', close: '12:00' }] }],
      });
      expect(status(s, '2026-06-01T10:00:00Z').until).to.equal('2026-06-10T06:00:00.000Z');
      expect(status(s, '2026-06-10T07:00:00Z')).to.deep.equal({
        open: true,
        since: '2026-06-10T06:00:00.000Z',
        until: '2026-06-10T10:00:00.000Z',
      });
    });
  });

  describe('horizon (14 days either side of the instant’s day)', () => {
    const once = (date: string, open: string, close: string) =>
      schedule({
        timeZone: 'Europe/Stockholm',
        weekly: [],
        exceptions: [{ date, hours: [{ open, close }] }],
      });

    it('gives the next change up to the end of the 14th day after today, and null beyond', () => {
      // Today 1 June; the horizon ends at the start of 16 June (2026-06-15T22:00Z).
      expect(status(once('2026-06-16', '00:00', '01:00'), '2026-06-01T10:00:00Z').until).to.equal(
        '2026-06-15T22:00:00.000Z',
      );
      expect(status(once('2026-06-16', '00:01', '01:00'), '2026-06-01T10:00:00Z').until).to.be.null;
      expect(status(once('2026-06-10', '08:00', '12:00'), '2026-05-20T10:00:00Z').until).to.be.null;
    });

    it('gives since back to the start of the 14th day before today, and null beyond', () => {
      const s = once('2026-06-10', '08:00', '12:00');
      expect(status(s, '2026-06-24T10:00:00Z').since).to.equal('2026-06-10T10:00:00.000Z');
      expect(status(s, '2026-06-25T10:00:00Z').since).to.be.null;
    });

    it('answers the same for an instant whatever was asked before (the cache is invisible)', () => {
      const s = office();
      const instants = [
        '2026-05-20T10:00:00Z',
        '2027-01-04T10:00:00Z',
        '2026-05-20T10:00:00Z',
        '2025-02-01T10:00:00Z',
      ];
      const first = instants.map((i) => status(s, i));
      const fresh = instants.map((i) => status(office(), i));
      expect(first).to.deep.equal(fresh);
      expect(first[0]).to.deep.equal(first[2]);
    });
  });

  describe('past midnight', () => {
    const night = schedule({
      timeZone: 'Europe/Stockholm',
      weekly: [{ days: ['fri'], hours: [{ open: '22:00', close: '02:00' }] }],
    });

    it('runs an interval whose close is before its open into the next day', () => {
      // Saturday 23 May 2026 01:00 CEST: open since Friday 22:00, until Saturday 02:00.
      const r = openingStatus(night, at('2026-05-22T23:00:00Z'));
      expect(r.open).to.be.true;
      expect(iso(r.since)).to.equal('2026-05-22T20:00:00.000Z');
      expect(iso(r.until)).to.equal('2026-05-23T00:00:00.000Z');
      expect(r.today).to.deep.include({ date: '2026-05-23', weekday: 'sat', hours: [] });
      expect(r.interval).to.deep.equal({ open: '22:00', close: '02:00' }); // Friday's
      expect(status(night, '2026-05-22T19:59:00Z')).to.deep.include({
        open: false,
        until: '2026-05-22T20:00:00.000Z',
      });
    });

    it('keeps an overnight interval running into a public holiday: it belongs to the day it opens', () => {
      const s = schedule({
        timeZone: 'Europe/Stockholm',
        weekly: [{ days: ['thu'], hours: [{ open: '20:00', close: '03:00' }] }],
        rules: [{ on: 'public-holiday', hours: [] }],
      });
      // Thursday 3 April 2026 is Good Friday's eve; Friday 02:00 CEST is on långfredagen.
      expect(status(s, '2026-04-03T00:00:00Z')).to.deep.equal({
        open: true,
        since: '2026-04-02T18:00:00.000Z',
        until: '2026-04-03T01:00:00.000Z',
      });
    });

    it('closes at midnight with "24:00" and with a close of "00:00"', () => {
      for (const close of ['24:00', '00:00']) {
        const s = schedule({
          timeZone: 'Europe/Stockholm',
          weekly: [{ days: ['wed'], hours: [{ open: '18:00', close }] }],
        });
        expect(status(s, '2026-05-20T21:59:00Z'), close).to.deep.equal({
          open: true,
          since: '2026-05-20T16:00:00.000Z',
          until: '2026-05-20T22:00:00.000Z', // Thursday 00:00 CEST
        });
        expect(status(s, '2026-05-20T22:00:00Z').open, close).to.be.false;
      }
    });

    it('merges an evening to midnight with the next morning from midnight', () => {
      const s = schedule({
        timeZone: 'Europe/Stockholm',
        weekly: [
          { days: ['wed'], hours: [{ open: '18:00', close: '24:00' }] },
          { days: ['thu'], hours: [{ open: '00:00', close: '02:00' }] },
        ],
      });
      for (const instant of ['2026-05-20T21:59:59Z', '2026-05-20T22:00:00Z', '2026-05-20T23:00:00Z']) {
        expect(status(s, instant), instant).to.deep.equal({
          open: true,
          since: '2026-05-20T16:00:00.000Z',
          until: '2026-05-21T00:00:00.000Z',
        });
      }
    });

    it('merges overlapping overnight intervals of consecutive days', () => {
      const s = schedule({
        timeZone: 'Europe/Stockholm',
        weekly: [
          { days: ['mon'], hours: [{ open: '22:00', close: '06:00' }] },
          { days: ['tue'], hours: [{ open: '05:00', close: '12:00' }] },
        ],
      });
      // Tuesday 19 May 2026 05:30 CEST.
      expect(status(s, '2026-05-19T03:30:00Z')).to.deep.equal({
        open: true,
        since: '2026-05-18T20:00:00.000Z',
        until: '2026-05-19T10:00:00.000Z',
      });
    });
  });

  describe('24-hour service', () => {
    const allDay = schedule({
      timeZone: 'Europe/Stockholm',
      weekly: [{ days: [...EVERY_DAY], hours: [{ open: '00:00', close: '24:00' }] }],
    });

    it('is open with since and until unknown, never flapping at midnight', () => {
      for (const instant of [
        '2026-05-19T21:59:59.999Z', // 23:59:59.999 CEST
        '2026-05-19T22:00:00Z', // midnight
        '2026-05-20T10:00:00Z',
      ]) {
        const r = openingStatus(allDay, at(instant));
        expect(r).to.deep.include({ open: true, since: null, until: null });
        expect(r.interval).to.deep.equal({ open: '00:00', close: '24:00' });
      }
    });

    it('stays open every quarter-hour across both daylight-saving weekends', () => {
      for (const [from, to] of [
        ['2026-03-27T00:00:00Z', '2026-04-01T00:00:00Z'],
        ['2026-10-23T00:00:00Z', '2026-10-28T00:00:00Z'],
      ] as const) {
        for (let t = Date.parse(from); t < Date.parse(to); t += 15 * 60_000) {
          const r = openingStatus(allDay, new Date(t));
          expect(r.open && r.since === null && r.until === null, new Date(t).toISOString()).to.be.true;
        }
      }
    });

    it('gives the real ends of a weekday-only round-the-clock stretch', () => {
      const s = schedule({
        timeZone: 'Europe/Stockholm',
        weekly: [{ days: [...WEEKDAYS], hours: [{ open: '00:00', close: '24:00' }] }],
      });
      expect(status(s, '2026-05-20T10:00:00Z')).to.deep.equal({
        open: true,
        since: '2026-05-17T22:00:00.000Z', // Monday 00:00 CEST
        until: '2026-05-22T22:00:00.000Z', // Saturday 00:00 CEST
      });
    });
  });

  describe('daylight saving time in Europe/Stockholm', () => {
    const sunday = (open: string, close: string) =>
      schedule({ timeZone: 'Europe/Stockholm', weekly: [{ days: ['sun'], hours: [{ open, close }] }] });

    describe('spring forward, Sunday 29 March 2026 (02:00 CET → 03:00 CEST at 01:00Z)', () => {
      it('is open just before and just after the change, in an interval spanning it', () => {
        const s = sunday('01:00', '05:00'); // 01:00 CET = 00:00Z … 05:00 CEST = 03:00Z: three hours
        const expected = { open: true, since: '2026-03-29T00:00:00.000Z', until: '2026-03-29T03:00:00.000Z' };
        expect(status(s, '2026-03-29T00:59:59Z')).to.deep.equal(expected);
        expect(status(s, '2026-03-29T01:00:00Z')).to.deep.equal(expected);
      });

      it('opens at 03:00 what opens at 02:30, a time that does not exist that day', () => {
        const s = sunday('02:30', '04:00');
        expect(status(s, '2026-03-29T00:59:59Z')).to.deep.include({
          open: false,
          until: '2026-03-29T01:00:00.000Z', // 03:00 CEST
        });
        expect(status(s, '2026-03-29T01:00:00Z')).to.deep.equal({
          open: true,
          since: '2026-03-29T01:00:00.000Z',
          until: '2026-03-29T02:00:00.000Z', // 04:00 CEST
        });
      });

      it('skips an interval that lies wholly in the missing hour', () => {
        const s = sunday('02:00', '02:45');
        expect(status(s, '2026-03-29T01:00:00Z')).to.deep.equal({
          open: false,
          since: '2026-03-22T01:45:00.000Z', // the Sunday before, 02:45 CET
          until: '2026-04-05T00:00:00.000Z', // the Sunday after, 02:00 CEST
        });
      });

      it('runs a Saturday night interval to 06:00 CEST: seven hours, not eight', () => {
        const s = schedule({
          timeZone: 'Europe/Stockholm',
          weekly: [{ days: ['sat'], hours: [{ open: '22:00', close: '06:00' }] }],
        });
        expect(status(s, '2026-03-29T00:59:59Z')).to.deep.equal({
          open: true,
          since: '2026-03-28T21:00:00.000Z',
          until: '2026-03-29T04:00:00.000Z',
        });
      });

      it('moves Monday’s 08:00 to 06:00Z and ends the day at 22:00Z', () => {
        const s = office();
        expect(status(s, '2026-03-30T05:59:00Z')).to.deep.equal({
          open: false,
          since: '2026-03-27T15:00:00.000Z', // Friday 16:00 CET
          until: '2026-03-30T06:00:00.000Z', // Monday 08:00 CEST
        });
        expect(openingStatus(s, at('2026-03-29T21:59:59Z')).today.date).to.equal('2026-03-29');
        expect(openingStatus(s, at('2026-03-29T22:00:00Z')).today.date).to.equal('2026-03-30');
      });
    });

    describe('fall back, Sunday 25 October 2026 (03:00 CEST → 02:00 CET at 01:00Z)', () => {
      it('is open just before and just after the change, in an interval spanning it', () => {
        const s = sunday('01:00', '05:00'); // 01:00 CEST = 23:00Z … 05:00 CET = 04:00Z: five hours
        const expected = { open: true, since: '2026-10-24T23:00:00.000Z', until: '2026-10-25T04:00:00.000Z' };
        expect(status(s, '2026-10-25T00:59:59Z')).to.deep.equal(expected);
        expect(status(s, '2026-10-25T01:00:00Z')).to.deep.equal(expected);
      });

      it('reads 02:30, which occurs twice, as its first occurrence (CEST), as iCalendar does', () => {
        const opens = sunday('02:30', '04:00');
        expect(status(opens, '2026-10-25T00:29:59Z')).to.deep.include({
          open: false,
          until: '2026-10-25T00:30:00.000Z',
        });
        expect(status(opens, '2026-10-25T00:30:00Z').open).to.be.true;
        const closes = sunday('00:00', '02:30');
        expect(status(closes, '2026-10-25T00:29:59Z')).to.deep.include({
          open: true,
          until: '2026-10-25T00:30:00.000Z',
        });
        // 02:45 CEST, and 02:15 CET (the second time the clocks show 02:15): closed.
        expect(status(closes, '2026-10-25T00:45:00Z').open).to.be.false;
        expect(status(closes, '2026-10-25T01:15:00Z').open).to.be.false;
      });

      it('runs a Saturday night interval to 06:00 CET: nine hours, not eight', () => {
        const s = schedule({
          timeZone: 'Europe/Stockholm',
          weekly: [{ days: ['sat'], hours: [{ open: '22:00', close: '06:00' }] }],
        });
        expect(status(s, '2026-10-25T01:00:00Z')).to.deep.equal({
          open: true,
          since: '2026-10-24T20:00:00.000Z',
          until: '2026-10-25T05:00:00.000Z',
        });
      });

      it('has a 25-hour Sunday', () => {
        const s = office();
        expect(openingStatus(s, at('2026-10-24T22:00:00Z')).today.date).to.equal('2026-10-25');
        expect(openingStatus(s, at('2026-10-25T22:59:59Z')).today.date).to.equal('2026-10-25');
        expect(openingStatus(s, at('2026-10-25T23:00:00Z')).today.date).to.equal('2026-10-26');
        expect(status(s, '2026-10-26T06:59:00Z').until).to.equal('2026-10-26T07:00:00.000Z'); // 08:00 CET
      });
    });
  });

  describe('time zones', () => {
    const nineToFive = (timeZone?: string): Schedule =>
      schedule({
        ...(timeZone && { timeZone }),
        weekly: [{ days: [...EVERY_DAY], hours: [{ open: '09:00', close: '17:00' }] }],
      });

    it('uses the schedule’s zone, then the option, then Europe/Stockholm', () => {
      const instant = at('2026-05-20T14:00:00Z'); // 16:00 CEST, 10:00 EDT
      expect(iso(openingStatus(nineToFive(), instant).until)).to.equal('2026-05-20T15:00:00.000Z');
      const ny = openingStatus(nineToFive(), instant, { timeZone: 'America/New_York' });
      expect(iso(ny.until)).to.equal('2026-05-20T21:00:00.000Z');
      const own = openingStatus(nineToFive('Asia/Kolkata'), instant, { timeZone: 'America/New_York' });
      expect(own.open).to.be.false; // 19:30 IST
      expect(iso(own.since)).to.equal('2026-05-20T11:30:00.000Z');
    });

    it('keeps a schedule in one zone apart from the same object read in another', () => {
      const s = nineToFive();
      const instant = at('2026-05-20T14:00:00Z');
      const stockholm = openingStatus(s, instant);
      const newYork = openingStatus(s, instant, { timeZone: 'America/New_York' });
      expect(iso(stockholm.until)).to.not.equal(iso(newYork.until));
      expect(iso(openingStatus(s, instant).until)).to.equal(iso(stockholm.until));
    });

    it('follows America/New_York’s own change (8 March 2026, 02:00 EST → 03:00 EDT)', () => {
      const s = schedule({
        timeZone: 'America/New_York',
        weekly: [{ days: ['sun'], hours: [{ open: '02:30', close: '04:00' }] }],
      });
      expect(status(s, '2026-03-08T07:00:00Z')).to.deep.equal({
        open: true,
        since: '2026-03-08T07:00:00.000Z', // 03:00 EDT
        until: '2026-03-08T08:00:00.000Z', // 04:00 EDT
      });
    });

    it('puts the day in the schedule’s zone, not the runtime’s', () => {
      // 23:30Z on 20 May is 01:30 on 21 May in Stockholm and 19:30 on 20 May in New York.
      expect(openingStatus(nineToFive(), at('2026-05-20T23:30:00Z')).today.date).to.equal('2026-05-21');
      expect(openingStatus(nineToFive('America/New_York'), at('2026-05-20T23:30:00Z')).today.date).to.equal(
        '2026-05-20',
      );
    });

    it('throws a RangeError for an unknown zone and an invalid Date', () => {
      expect(() => openingStatus(nineToFive('Europe/Eskilstuna'), at('2026-05-20T10:00:00Z'))).to.throw(
        RangeError,
      );
      expect(() => openingStatus(nineToFive(), new Date(Number.NaN))).to.throw(RangeError);
    });
  });
});

describe('day rules', () => {
  const closedOnHolidays: DayRule = { on: 'public-holiday', hours: [] };
  const dayBefore: DayRule = { on: 'day-before-public-holiday', hours: [{ open: '08:00', close: '13:00' }] };
  const rules: Fields['rules'] = [
    closedOnHolidays,
    { on: 'work-free-eve', hours: [] },
    dayBefore,
    { on: 'bridge-day', hours: [{ open: '09:00', close: '12:00' }] },
  ];

  it('closes on a public holiday and says which one', () => {
    const day = hoursOn(office({ rules }), '2026-05-14');
    expect(day).to.deep.include({ kind: 'public-holiday', hours: [] });
    expect(day.holiday?.name).to.deep.equal({ sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' });
  });

  it('applies a public-holiday rule on a Sunday too (pingstdagen)', () => {
    const day = hoursOn(
      office({ rules: [{ on: 'public-holiday', hours: [{ open: '10:00', close: '14:00' }] }] }),
      '2026-05-24',
    );
    expect(day.kind).to.equal('public-holiday');
    expect(day.hours).to.have.length(1);
  });

  it('keeps the weekly hours on a holiday when the schedule has no rule for it, and still names it', () => {
    const day = hoursOn(office(), '2026-05-14');
    expect(day.kind).to.equal('regular');
    expect(day.hours).to.deep.equal([{ open: '08:00', close: '16:00' }]);
    expect(day.holiday?.name.sv).to.equal('Kristi himmelsfärdsdag');
  });

  it('names the first of two holidays on one date (2008-05-01: första maj, also Ascension Day)', () => {
    expect(hoursOn(office({ rules }), '2008-05-01').holiday?.name.sv).to.equal('första maj');
  });

  it('closes on the work-free eves', () => {
    for (const date of ['2026-06-19', '2026-12-24', '2026-12-31']) {
      expect(hoursOn(office({ rules }), date), date).to.deep.include({ kind: 'work-free-eve', hours: [] });
    }
  });

  describe('day before a public holiday', () => {
    it('applies to a working day whose next day is a public holiday', () => {
      const day = hoursOn(office({ rules }), '2026-05-13');
      expect(day.kind).to.equal('day-before-public-holiday');
      expect(day.hours).to.deep.equal([{ open: '08:00', close: '13:00' }]);
      expect(day.before?.name.sv).to.equal('Kristi himmelsfärdsdag');
      expect(day.holiday).to.be.undefined;
    });

    it('applies to a Friday before a Saturday holiday (alla helgons dag)', () => {
      expect(hoursOn(office({ rules }), '2026-10-30').kind).to.equal('day-before-public-holiday');
    });

    it('does not apply to a Saturday (påskafton) but still says what tomorrow is', () => {
      const day = hoursOn(office({ rules }), '2026-04-04');
      expect(day.kind).to.equal('regular');
      expect(day.hours).to.deep.equal([]);
      expect(day.before?.name.sv).to.equal('påskdagen');
    });

    it('does not apply to a public holiday before another (juldagen, a Friday, before annandag jul)', () => {
      const day = hoursOn(office({ rules: [dayBefore] }), '2026-12-25');
      expect(day.kind).to.equal('regular');
      expect(day.hours).to.deep.equal([{ open: '08:00', close: '16:00' }]);
      expect(day.before?.name.sv).to.equal('annandag jul');
    });

    it('does not apply to the day before a work-free eve (23 December)', () => {
      const day = hoursOn(office({ rules }), '2025-12-23');
      expect(day.kind).to.equal('regular');
      expect(day.before).to.be.undefined;
    });

    it('applies to an eve when the schedule has no eve rule: julafton is the day before juldagen', () => {
      const day = hoursOn(office({ rules: [closedOnHolidays, dayBefore] }), '2026-12-24');
      expect(day.kind).to.equal('day-before-public-holiday');
      expect(day.holiday?.name.sv).to.equal('julafton');
      expect(day.before?.name.sv).to.equal('juldagen');
    });

    it('yields to the work-free-eve rule (nyårsafton is the day before nyårsdagen)', () => {
      expect(hoursOn(office({ rules }), '2026-12-31').kind).to.equal('work-free-eve');
    });
  });

  describe('bridge days', () => {
    it('applies the bridge-day rule to the feed’s dates only', () => {
      const s = office({ rules, bridgeDays: ['2026-05-15'] });
      expect(hoursOn(s, '2026-05-15')).to.deep.include({
        kind: 'bridge-day',
        hours: [{ open: '09:00', close: '12:00' }],
      });
      expect(hoursOn(office({ rules }), '2026-05-15').kind).to.equal('regular');
    });

    it('wins over the day-before rule (5 January 2026 is both)', () => {
      const s = office({ rules, bridgeDays: ['2026-01-05'] });
      const day = hoursOn(s, '2026-01-05');
      expect(day.kind).to.equal('bridge-day');
      expect(day.before?.name.sv).to.equal('trettondedag jul');
    });

    it('yields to the public-holiday rule when a holiday is listed as a bridge day', () => {
      expect(hoursOn(office({ rules, bridgeDays: ['2026-05-14'] }), '2026-05-14').kind).to.equal(
        'public-holiday',
      );
    });

    it('is ignored without a bridge-day rule', () => {
      expect(hoursOn(office({ bridgeDays: ['2026-05-15'] }), '2026-05-15').kind).to.equal('regular');
    });
  });

  describe('dated exceptions', () => {
    it('win over every rule, with their note', () => {
      const s = office({
        rules,
        exceptions: [
          {
            date: '2026-05-14',
            hours: [{ open: '10:00', close: '14:00' }],
            note: { sv: 'Öppet på helgdag', en: 'Open on a holiday' },
          },
        ],
      });
      const day = hoursOn(s, '2026-05-14');
      expect(day).to.deep.include({ kind: 'exception', hours: [{ open: '10:00', close: '14:00' }] });
      expect(day.note).to.deep.equal({ sv: 'Öppet på helgdag', en: 'Open on a holiday' });
      expect(day.holiday?.name.sv).to.equal('Kristi himmelsfärdsdag');
      expect(status(s, '2026-05-14T09:00:00Z')).to.deep.equal({
        open: true,
        since: '2026-05-14T08:00:00.000Z',
        until: '2026-05-14T12:00:00.000Z',
      });
    });

    it('close a normal day with empty hours', () => {
      const s = office({ exceptions: [{ date: '2026-05-20', hours: [] }] });
      expect(status(s, '2026-05-20T10:00:00Z')).to.deep.equal({
        open: false,
        since: '2026-05-19T14:00:00.000Z',
        until: '2026-05-21T06:00:00.000Z',
      });
    });

    it('take the first of two for the same date, and the first rule of a kind', () => {
      const s = office({
        rules: [
          { on: 'public-holiday', hours: [] },
          { on: 'public-holiday', hours: [{ open: '10:00', close: '12:00' }] },
        ],
        exceptions: [
          { date: '2026-05-20', hours: [] },
          { date: '2026-05-20', hours: [{ open: '10:00', close: '12:00' }] },
        ],
      });
      expect(hoursOn(s, '2026-05-20').hours).to.deep.equal([]);
      expect(hoursOn(s, '2026-05-14').hours).to.deep.equal([]);
    });
  });
});

describe('hoursOn, comingWeek, deviations', () => {
  it('rejects a date that does not exist', () => {
    expect(() => hoursOn(office(), '2027-02-30')).to.throw(RangeError);
    expect(() => hoursOn(office(), '2026-5-1')).to.throw(RangeError);
  });

  it('comingWeek gives today and the six days after it, in the schedule’s zone', () => {
    const s = office({ rules: [{ on: 'public-holiday', hours: [] }] });
    const week = comingWeek(s, at('2026-05-13T12:00:00Z'));
    expect(week.map((d) => d.date)).to.deep.equal([
      '2026-05-13',
      '2026-05-14',
      '2026-05-15',
      '2026-05-16',
      '2026-05-17',
      '2026-05-18',
      '2026-05-19',
    ]);
    expect(week.map((d) => d.kind)).to.deep.equal([
      'regular',
      'public-holiday',
      'regular',
      'regular',
      'regular',
      'regular',
      'regular',
    ]);
    // Sunday 23:59 CEST is still Sunday; midnight starts Monday, in Stockholm, not in UTC.
    expect(comingWeek(s, at('2026-05-17T21:59:00Z'))[0]!.date).to.equal('2026-05-17');
    expect(comingWeek(s, at('2026-05-17T22:00:00Z'))[0]!.date).to.equal('2026-05-18');
  });

  it('comingWeek crosses a month and a year end, and the change to winter time', () => {
    const s = office({ rules: [{ on: 'public-holiday', hours: [] }] });
    expect(comingWeek(s, at('2026-12-29T10:00:00Z')).map((d) => d.date)).to.deep.equal([
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
    ]);
    // Winter time starts 2026-10-25 03:00 CEST: the 25th has 25 hours, and is still one day.
    expect(comingWeek(s, at('2026-10-24T22:30:00Z')).map((d) => d.date)).to.deep.equal([
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
    ]);
  });

  it('deviations lists the days decided by a rule or an exception, from today on', () => {
    const s = office({
      rules: [
        { on: 'public-holiday', hours: [] },
        { on: 'work-free-eve', hours: [] },
      ],
      exceptions: [{ date: '2026-12-10', hours: [{ open: '08:00', close: '12:00' }] }],
    });
    const days = deviations(s, at('2026-12-01T12:00:00Z'));
    expect(days.map((d) => `${d.date} ${d.kind}`)).to.deep.equal([
      '2026-12-10 exception',
      '2026-12-24 work-free-eve',
      '2026-12-25 public-holiday',
      '2026-12-26 public-holiday',
    ]);
    expect(deviations(s, at('2026-12-01T12:00:00Z'), 31).map((d) => d.date)).to.include('2026-12-31');
  });

  it('freezes what it shares between calls', () => {
    const r = openingStatus(office(), at('2026-05-20T10:00:00Z'));
    expect(Object.isFrozen(r.today)).to.be.true;
    expect(Object.isFrozen(r.today.hours)).to.be.true;
  });
});

describe('Eskilstuna direkt (demo/feed.json)', () => {
  let phone: Schedule;
  let visiting: Schedule;
  let torshalla: Schedule;

  before(async () => {
    const feed = (await (await fetch('/demo/feed.json')).json()) as Feed;
    const result = validateFeed(feed);
    expect(result.problems).to.deep.equal([]);
    const schedules = feed.contacts!.find((c) => c.id === 'eskilstuna-direkt')!.schedules!;
    const byId = (id: string) => schedules.find((s) => s.id === id)!;
    phone = byId('telefontid');
    visiting = byId('besokstid-eskilstuna');
    torshalla = byId('besokstid-torshalla');
  });

  it('phone: a normal Friday is open at 15:59 and closed from 16:00 until Monday 08:00', () => {
    expect(status(phone, '2026-05-22T13:59:00Z')).to.deep.equal({
      open: true,
      since: '2026-05-22T06:00:00.000Z',
      until: '2026-05-22T14:00:00.000Z',
    });
    expect(status(phone, '2026-05-22T14:00:00Z')).to.deep.equal({
      open: false,
      since: '2026-05-22T14:00:00.000Z',
      until: '2026-05-25T06:00:00.000Z',
    });
    // In winter 16:00 is 15:00Z.
    expect(status(phone, '2026-11-20T14:59:00Z').open).to.be.true;
    expect(status(phone, '2026-11-20T15:00:00Z').open).to.be.false;
  });

  it('phone: Monday to Thursday until 16:30', () => {
    expect(status(phone, '2026-05-21T14:29:00Z').until).to.equal('2026-05-21T14:30:00.000Z');
  });

  it('phone: closed on Christmas Eve, since 13:00 on the 23rd (the feed’s exception), until Monday 28th', () => {
    const r = openingStatus(phone, at('2026-12-24T09:00:00Z'));
    expect(r.open).to.be.false;
    expect(iso(r.since)).to.equal('2026-12-23T12:00:00.000Z');
    expect(iso(r.until)).to.equal('2026-12-28T07:00:00.000Z');
    expect(r.today.kind).to.equal('work-free-eve');
    expect(r.today.holiday?.name).to.deep.equal({ sv: 'julafton', en: 'Christmas Eve' });
    expect(hoursOn(phone, '2026-12-23')).to.deep.include({ kind: 'exception' });
  });

  it('phone: closed on midsommarafton, from Thursday 16:30 (a normal day) to Monday 08:00', () => {
    const r = openingStatus(phone, at('2026-06-19T08:00:00Z'));
    expect(r).to.deep.include({ open: false });
    expect(r.today.kind).to.equal('work-free-eve');
    expect(iso(r.since)).to.equal('2026-06-18T14:30:00.000Z');
    expect(iso(r.until)).to.equal('2026-06-22T06:00:00.000Z');
    expect(hoursOn(phone, '2026-06-18').kind).to.equal('regular');
  });

  it('phone: the day before Ascension Day 08:00–13:00, then closed until the bridge day', () => {
    const r = openingStatus(phone, at('2026-05-13T10:59:00Z'));
    expect(r.open).to.be.true;
    expect(iso(r.until)).to.equal('2026-05-13T11:00:00.000Z');
    expect(r.today.kind).to.equal('day-before-public-holiday');
    expect(r.today.before?.name.sv).to.equal('Kristi himmelsfärdsdag');
    expect(status(phone, '2026-05-13T11:00:00Z')).to.deep.equal({
      open: false,
      since: '2026-05-13T11:00:00.000Z',
      until: '2026-05-15T06:00:00.000Z',
    });
  });

  it('phone: the bridge day after Ascension Day 08:00–13:00', () => {
    const r = openingStatus(phone, at('2026-05-15T10:00:00Z'));
    expect(r.open).to.be.true;
    expect(r.today.kind).to.equal('bridge-day');
    expect(iso(r.until)).to.equal('2026-05-15T11:00:00.000Z');
    expect(status(phone, '2026-05-15T11:30:00Z').until).to.equal('2026-05-18T06:00:00.000Z');
    expect(hoursOn(phone, '2027-05-07').kind).to.equal('bridge-day');
    expect(hoursOn(phone, '2027-05-06').kind).to.equal('public-holiday');
  });

  it('phone: the staff meeting on 10 December closes 12:00–13:00', () => {
    expect(status(phone, '2026-12-10T11:30:00Z')).to.deep.equal({
      open: false,
      since: '2026-12-10T11:00:00.000Z',
      until: '2026-12-10T12:00:00.000Z',
    });
  });

  it('visiting hours in Eskilstuna: the short 30 December, then closed over the new year', () => {
    expect(status(visiting, '2026-12-30T11:00:00Z')).to.deep.equal({
      open: false,
      since: '2026-12-30T11:00:00.000Z', // 12:00 CET
      until: '2027-01-04T06:30:00.000Z', // Monday 07:30 CET
    });
  });

  it('visiting hours in Torshälla: closed, with no end in sight', () => {
    expect(status(torshalla, '2026-05-20T10:00:00Z')).to.deep.equal({
      open: false,
      since: null,
      until: null,
    });
  });
});

describe('bad input reaches the validator, not the engine', () => {
  const feedWith = (s: Schedule): unknown => ({
    version: 1,
    contacts: [{ id: 'c', name: 'C', schedules: [s] }],
  });
  const problems = (s: Schedule) => validateFeed(feedWith(s)).problems.map((p) => `${p.path} ${p.code}`);

  it('reports overlapping intervals within one day’s hours', () => {
    const s = office({
      weekly: [
        {
          days: [...WEEKDAYS],
          hours: [
            { open: '08:00', close: '12:00' },
            { open: '11:00', close: '16:00' },
          ],
        },
      ],
    });
    expect(problems(s)).to.deep.equal(['/contacts/0/schedules/0/weekly/0/hours/1 overlapping-intervals']);
    // The message names the interval it overlaps, in Swedish and English.
    const [sv] = validateFeed(feedWith(s), { lang: 'sv' }).problems;
    const [en] = validateFeed(feedWith(s), { lang: 'en' }).problems;
    // Each message starts by naming the item it lies in (the schedule, by id and title).
    expect(sv?.message).to.equal(
      'Öppettiderna "test" (Test): överlappar intervallet på /contacts/0/schedules/0/weekly/0/hours/0 samma dag',
    );
    expect(sv?.item).to.equal('Öppettiderna "test" (Test)');
    expect(en?.message).to.match(
      /: overlaps the interval at \/contacts\/0\/schedules\/0\/weekly\/0\/hours\/0 on the same day$/,
    );
  });

  it('reports an overnight interval overlapping a later one the same day, not touching ones', () => {
    const overnight = office({
      exceptions: [
        {
          date: '2026-05-20',
          hours: [
            { open: '20:00', close: '02:00' },
            { open: '22:00', close: '23:00' },
          ],
        },
      ],
    });
    expect(problems(overnight)).to.deep.equal([
      '/contacts/0/schedules/0/exceptions/0/hours/1 overlapping-intervals',
    ]);
    const touching = office({
      weekly: [
        {
          days: [...WEEKDAYS],
          hours: [
            { open: '08:00', close: '12:00' },
            { open: '12:00', close: '16:00' },
            { open: '22:00', close: '06:00' },
            { open: '05:00', close: '07:00' },
          ],
        },
      ],
    });
    expect(problems(touching)).to.deep.equal([]);
  });

  it('reports weekly rules that give one weekday overlapping hours (a shorter Friday written as a second rule)', () => {
    const s = office({
      weekly: [
        { days: [...WEEKDAYS], hours: [{ open: '08:00', close: '16:30' }] },
        { days: ['fri'], hours: [{ open: '08:00', close: '16:00' }] },
      ],
    });
    expect(problems(s)).to.deep.equal(['/contacts/0/schedules/0/weekly/1/hours/0 overlapping-intervals']);
  });

  it('reports a second rule for the same kind of day', () => {
    const s = office({
      rules: [
        { on: 'public-holiday', hours: [] },
        { on: 'public-holiday', hours: [{ open: '10:00', close: '12:00' }] },
      ],
    });
    expect(problems(s)).to.deep.equal(['/contacts/0/schedules/0/rules/1/on duplicate-rule']);
  });

  it('still reports the existing cases: 25:00, an unknown weekday, 2027-02-30, an unknown zone', () => {
    const bad = {
      ...office(),
      timeZone: 'Europe/Eskilstuna',
      weekly: [{ days: ['mon', 'fre'], hours: [{ open: '08:00', close: '25:00' }] }],
      exceptions: [{ date: '2027-02-30', hours: [] }],
    } as unknown as Schedule;
    const found = problems(bad);
    expect(found).to.include('/contacts/0/schedules/0/weekly/0/days/1 not-allowed');
    expect(found).to.include('/contacts/0/schedules/0/weekly/0/hours/0/close bad-format');
    // The schema check stops the document before the cross-reference checks run.
    const semantic = problems({
      ...office(),
      timeZone: 'Europe/Eskilstuna',
      exceptions: [{ date: '2027-02-30', hours: [] }],
    });
    expect(semantic).to.include('/contacts/0/schedules/0/timeZone invalid-time-zone');
    expect(semantic).to.include('/contacts/0/schedules/0/exceptions/0/date invalid-date');
  });
});

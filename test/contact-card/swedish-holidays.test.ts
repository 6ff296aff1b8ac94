import { expect } from '@open-wc/testing';
import { bridgeDayCandidates, swedishHolidays } from '../../src/contact-card/opening-hours.js';
import { easterSunday } from '../../src/contact-card/swedish-holidays.js';
import { isoDate } from '../../src/contact-card/zoned-time.js';

/** "date sv-name" per holiday, eves marked with a trailing "(afton)". */
const written = (year: number): string[] =>
  swedishHolidays(year).map((h) => `${h.date} ${h.name.sv}${h.kind === 'work-free-eve' ? ' (afton)' : ''}`);

// Written out by hand from the Swedish almanac (röda dagar), not computed.
const OFFICIAL: Record<number, string[]> = {
  2024: [
    '2024-01-01 nyårsdagen',
    '2024-01-06 trettondedag jul',
    '2024-03-29 långfredagen',
    '2024-03-31 påskdagen',
    '2024-04-01 annandag påsk',
    '2024-05-01 första maj',
    '2024-05-09 Kristi himmelsfärdsdag',
    '2024-05-19 pingstdagen',
    '2024-06-06 nationaldagen',
    '2024-06-21 midsommarafton (afton)',
    '2024-06-22 midsommardagen',
    '2024-11-02 alla helgons dag',
    '2024-12-24 julafton (afton)',
    '2024-12-25 juldagen',
    '2024-12-26 annandag jul',
    '2024-12-31 nyårsafton (afton)',
  ],
  2025: [
    '2025-01-01 nyårsdagen',
    '2025-01-06 trettondedag jul',
    '2025-04-18 långfredagen',
    '2025-04-20 påskdagen',
    '2025-04-21 annandag påsk',
    '2025-05-01 första maj',
    '2025-05-29 Kristi himmelsfärdsdag',
    '2025-06-06 nationaldagen',
    '2025-06-08 pingstdagen',
    '2025-06-20 midsommarafton (afton)',
    '2025-06-21 midsommardagen',
    '2025-11-01 alla helgons dag',
    '2025-12-24 julafton (afton)',
    '2025-12-25 juldagen',
    '2025-12-26 annandag jul',
    '2025-12-31 nyårsafton (afton)',
  ],
  2026: [
    '2026-01-01 nyårsdagen',
    '2026-01-06 trettondedag jul',
    '2026-04-03 långfredagen',
    '2026-04-05 påskdagen',
    '2026-04-06 annandag påsk',
    '2026-05-01 första maj',
    '2026-05-14 Kristi himmelsfärdsdag',
    '2026-05-24 pingstdagen',
    '2026-06-06 nationaldagen',
    '2026-06-19 midsommarafton (afton)',
    '2026-06-20 midsommardagen',
    '2026-10-31 alla helgons dag',
    '2026-12-24 julafton (afton)',
    '2026-12-25 juldagen',
    '2026-12-26 annandag jul',
    '2026-12-31 nyårsafton (afton)',
  ],
  2027: [
    '2027-01-01 nyårsdagen',
    '2027-01-06 trettondedag jul',
    '2027-03-26 långfredagen',
    '2027-03-28 påskdagen',
    '2027-03-29 annandag påsk',
    '2027-05-01 första maj',
    '2027-05-06 Kristi himmelsfärdsdag',
    '2027-05-16 pingstdagen',
    '2027-06-06 nationaldagen',
    '2027-06-25 midsommarafton (afton)',
    '2027-06-26 midsommardagen',
    '2027-11-06 alla helgons dag',
    '2027-12-24 julafton (afton)',
    '2027-12-25 juldagen',
    '2027-12-26 annandag jul',
    '2027-12-31 nyårsafton (afton)',
  ],
};

describe('swedishHolidays', () => {
  for (const [year, expected] of Object.entries(OFFICIAL)) {
    it(`matches the almanac for ${year}`, () => {
      expect(written(Number(year))).to.deep.equal(expected);
    });
  }

  it('names every day in Swedish and English', () => {
    expect(swedishHolidays(2026).map((h) => h.name.en)).to.deep.equal([
      'New Year’s Day',
      'Epiphany',
      'Good Friday',
      'Easter Sunday',
      'Easter Monday',
      'May Day',
      'Ascension Day',
      'Whit Sunday',
      'National Day',
      'Midsummer Eve',
      'Midsummer Day',
      'All Saints’ Day',
      'Christmas Eve',
      'Christmas Day',
      'Boxing Day',
      'New Year’s Eve',
    ]);
  });

  it('counts exactly three work-free eves, not påskafton or pingstafton', () => {
    for (const year of [2024, 2025, 2026, 2027]) {
      const eves = swedishHolidays(year).filter((h) => h.kind === 'work-free-eve');
      expect(eves.map((h) => h.name.sv)).to.deep.equal(['midsommarafton', 'julafton', 'nyårsafton']);
    }
  });

  it('has annandag pingst up to 2004 and nationaldagen from 2005 (SFS 2004:1319)', () => {
    const names = (year: number) => swedishHolidays(year).map((h) => h.name.sv);
    expect(names(2004)).to.include('annandag pingst').and.not.include('nationaldagen');
    expect(swedishHolidays(2004).find((h) => h.name.sv === 'annandag pingst')?.date).to.equal('2004-05-31');
    expect(names(2005)).to.include('nationaldagen').and.not.include('annandag pingst');
  });

  it('puts midsommardagen on the Saturday 20–26 June and alla helgons dag on the Saturday 31 Oct–6 Nov', () => {
    for (let year = 2000; year <= 2100; year++) {
      const byName = new Map(swedishHolidays(year).map((h) => [h.name.sv, h.date]));
      const midsummer = new Date(`${byName.get('midsommardagen')}T00:00:00Z`);
      const eve = new Date(`${byName.get('midsommarafton')}T00:00:00Z`);
      const allSaints = new Date(`${byName.get('alla helgons dag')}T00:00:00Z`);
      expect(midsummer.getUTCDay(), `${year}`).to.equal(6);
      expect(midsummer.getUTCMonth()).to.equal(5);
      expect(midsummer.getUTCDate()).to.be.within(20, 26);
      expect(eve.getUTCDay()).to.equal(5);
      expect(midsummer.getTime() - eve.getTime()).to.equal(86_400_000);
      expect(allSaints.getUTCDay()).to.equal(6);
      const md = allSaints.getUTCMonth() * 100 + allSaints.getUTCDate();
      expect(md === 931 || (md >= 1001 && md <= 1006), `${year}: ${byName.get('alla helgons dag')}`).to.be
        .true;
    }
  });

  it('is in date order, also when Ascension or Whitsun falls after 6 June', () => {
    // 2038: Easter on 25 April, the latest possible; Kristi himmelsfärd on 3 June, pingst on 13 June.
    const dates = swedishHolidays(2038).map((h) => h.date);
    expect(dates).to.deep.equal([...dates].sort());
    expect(dates).to.include.members(['2038-06-03', '2038-06-13']);
  });

  it('lists both when two holidays share a date (2008: Kristi himmelsfärdsdag on första maj)', () => {
    const onMayDay = swedishHolidays(2008).filter((h) => h.date === '2008-05-01');
    expect(onMayDay.map((h) => h.name.sv)).to.deep.equal(['första maj', 'Kristi himmelsfärdsdag']);
  });

  it('returns a fresh array each call: changing it does not change the next answer', () => {
    const first = swedishHolidays(2026);
    first.length = 0;
    expect(swedishHolidays(2026)).to.have.length(16);
  });

  it('rejects years it cannot compute', () => {
    expect(() => swedishHolidays(1582)).to.throw(RangeError);
    expect(() => swedishHolidays(2026.5)).to.throw(RangeError);
    expect(() => swedishHolidays(Number.NaN)).to.throw(RangeError);
  });
});

describe('easterSunday (Gregorian computus)', () => {
  const known: Record<number, string> = {
    1583: '1583-04-10',
    1818: '1818-03-22', // the earliest possible date
    1943: '1943-04-25', // the latest possible date
    2000: '2000-04-23',
    2008: '2008-03-23',
    2019: '2019-04-21',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2026: '2026-04-05',
    2027: '2027-03-28',
    2038: '2038-04-25',
    2285: '2285-03-22',
  };
  for (const [year, date] of Object.entries(known)) {
    it(`${year}: ${date}`, () => {
      expect(isoDate(easterSunday(Number(year)))).to.equal(date);
    });
  }
  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 4099; year++) {
      const date = new Date(easterSunday(year) * 86_400_000);
      const md = date.getUTCMonth() * 100 + date.getUTCDate();
      expect(date.getUTCDay()).to.equal(0);
      expect(md >= 222 && md <= 325, `${year}`).to.be.true;
    }
  });
});

describe('bridgeDayCandidates', () => {
  it('finds the working weekdays between two days off (2026, as in Eskilstuna’s feed)', () => {
    // Fri after nyårsdagen, Mon before trettondedag jul, Fri after Kristi himmelsfärd.
    expect(bridgeDayCandidates(2026)).to.deep.equal(['2026-01-02', '2026-01-05', '2026-05-15']);
    expect(bridgeDayCandidates(2027)).to.deep.equal(['2027-05-07']);
    expect(bridgeDayCandidates(2025)).to.deep.equal(['2025-05-02', '2025-05-30']);
  });

  it('counts the work-free eves as days off by default, and not with evesOff: false', () => {
    // 2024: 23 Dec (Mon) lies between a Sunday and julafton, 30 Dec (Mon) between a Sunday and
    // nyårsafton; 27 Dec (Fri) between annandag jul and a Saturday either way.
    expect(bridgeDayCandidates(2024)).to.deep.equal([
      '2024-05-10',
      '2024-06-07',
      '2024-12-23',
      '2024-12-27',
      '2024-12-30',
    ]);
    expect(bridgeDayCandidates(2024, { evesOff: true })).to.deep.equal(bridgeDayCandidates(2024));
    expect(bridgeDayCandidates(2024, { evesOff: false })).to.deep.equal([
      '2024-05-10',
      '2024-06-07',
      '2024-12-27',
    ]);
  });

  it('looks across the turn of the year', () => {
    // 2029: 31 Dec is a Monday between a Sunday and nyårsdagen 2030 (when the eve is a working day).
    expect(bridgeDayCandidates(2029, { evesOff: false })).to.include('2029-12-31');
    expect(bridgeDayCandidates(2029)).not.to.include('2029-12-31');
  });

  it('never suggests a weekend, a public holiday or (by default) an eve', () => {
    for (let year = 2000; year <= 2100; year++) {
      const off = new Set(swedishHolidays(year).map((h) => h.date));
      for (const date of bridgeDayCandidates(year)) {
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect(weekday, date).to.be.within(1, 5);
        expect(off.has(date), date).to.be.false;
      }
    }
  });
});

import { expect } from '@open-wc/testing';
import {
  INTL_LOCALE,
  MISSING,
  formatAmount,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodInText,
  formatPeriodRange,
  formatQuantity,
  formatTime,
} from '../../src/core/format.js';
import type { QuantityUnit } from '../../src/core/format.js';

// Spelled out so a reader sees which character each assertion expects.
const NBSP = '\u00a0'; // no-break space: sv digit groups, number–unit
const MINUS = '\u2212'; // minus sign: sv-SE negative numbers
const DASH = '\u2013'; // en dash: missing values, ranges

describe('format', () => {
  it('uses sv-SE and en-GB', () => {
    expect(INTL_LOCALE).to.deep.equal({ sv: 'sv-SE', en: 'en-GB' });
    expect(MISSING).to.equal(DASH);
  });

  describe('formatNumber', () => {
    it('groups with a no-break space and uses a decimal comma in sv', () => {
      expect(formatNumber(1234.5, 'sv')).to.equal(`1${NBSP}234,5`);
    });
    it('groups with a comma and uses a decimal point in en', () => {
      expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    });
    it('groups four-digit numbers too (Intl sv-SE)', () => {
      expect(formatNumber(1000, 'sv')).to.equal(`1${NBSP}000`);
    });
    it('writes negative numbers with U+2212 in sv, hyphen-minus in en', () => {
      expect(formatNumber(-1234.5, 'sv')).to.equal(`${MINUS}1${NBSP}234,5`);
      expect(formatNumber(-1234.5, 'en')).to.equal('-1,234.5');
    });
    it('writes zero and negative zero as plain 0', () => {
      expect(formatNumber(0, 'sv')).to.equal('0');
      expect(formatNumber(-0, 'sv')).to.equal('0');
      expect(formatNumber(-0, 'en')).to.equal('0');
    });
    it('does not show "−0" for a small negative value rounded away', () => {
      expect(formatNumber(-0.04, 'sv', { maxDecimals: 1 })).to.equal('0');
      expect(formatNumber(-0.04, 'en', { decimals: 1 })).to.equal('0.0');
    });
    it('rounds 1234.55 half up as written in decimal (not binary, unlike toFixed)', () => {
      expect(formatNumber(1234.55, 'sv', { decimals: 1 })).to.equal(`1${NBSP}234,6`);
      expect(formatNumber(1234.55, 'en', { maxDecimals: 1 })).to.equal('1,234.6');
    });
    it('shows at most two decimals by default and drops trailing zeros', () => {
      expect(formatNumber(2.345678, 'sv')).to.equal('2,35');
      expect(formatNumber(2.5, 'sv')).to.equal('2,5');
      expect(formatNumber(2, 'sv')).to.equal('2');
    });
    it('pads to exactly `decimals`', () => {
      expect(formatNumber(2, 'sv', { decimals: 2 })).to.equal('2,00');
      expect(formatNumber(2.5, 'en', { decimals: 0 })).to.equal('3');
    });
    it('lets decimals win over maxDecimals', () => {
      expect(formatNumber(2, 'sv', { decimals: 1, maxDecimals: 3 })).to.equal('2,0');
    });
    it('clamps silly decimals instead of throwing a RangeError', () => {
      expect(formatNumber(1.5, 'sv', { decimals: -3 })).to.equal('2');
      expect(formatNumber(1.5, 'sv', { decimals: 500 })).to.equal(`1,5${'0'.repeat(19)}`);
      expect(formatNumber(1.5, 'sv', { maxDecimals: Number.NaN })).to.equal('2');
    });
    it('writes very large numbers in full, grouped', () => {
      expect(formatNumber(1e15, 'sv')).to.equal(['1', '000', '000', '000', '000', '000'].join(NBSP));
      expect(formatNumber(12_345_678_901, 'en')).to.equal('12,345,678,901');
    });
    it('writes NaN and ±Infinity as an en dash', () => {
      expect(formatNumber(Number.NaN, 'sv')).to.equal(DASH);
      expect(formatNumber(Infinity, 'en')).to.equal(DASH);
      expect(formatNumber(-Infinity, 'sv')).to.equal(DASH);
    });
  });

  describe('formatAmount', () => {
    it('keeps the Swedish abbreviations in sv', () => {
      expect(formatAmount(1234, 'kr', 'sv')).to.equal(`1${NBSP}234${NBSP}kr`);
      expect(formatAmount(1234, 'tkr', 'sv')).to.equal(`1${NBSP}234${NBSP}tkr`);
      expect(formatAmount(1234.5, 'mnkr', 'sv')).to.equal(`1${NBSP}234,5${NBSP}mnkr`);
    });
    it('puts SEK first and spells out the scale in en', () => {
      expect(formatAmount(1234, 'kr', 'en')).to.equal(`SEK${NBSP}1,234`);
      expect(formatAmount(1234, 'tkr', 'en')).to.equal(`SEK${NBSP}1,234${NBSP}thousand`);
      expect(formatAmount(1234.5, 'mnkr', 'en')).to.equal(`SEK${NBSP}1,234.5${NBSP}million`);
    });
    it('puts the minus before the number in sv and before SEK in en', () => {
      expect(formatAmount(-12, 'mnkr', 'sv')).to.equal(`${MINUS}12${NBSP}mnkr`);
      expect(formatAmount(-12, 'mnkr', 'en')).to.equal(`-SEK${NBSP}12${NBSP}million`);
    });
    it('does not rescale the value', () => {
      expect(formatAmount(1500, 'tkr', 'sv')).to.equal(`1${NBSP}500${NBSP}tkr`);
    });
    it('writes zero without sign, and a negative rounded to zero without sign', () => {
      expect(formatAmount(0, 'kr', 'en')).to.equal(`SEK${NBSP}0`);
      expect(formatAmount(-0.001, 'kr', 'en')).to.equal(`SEK${NBSP}0`);
    });
    it('honours decimals', () => {
      expect(formatAmount(21.3, 'kr', 'sv', { decimals: 2 })).to.equal(`21,30${NBSP}kr`);
    });
    it('writes a missing amount as an en dash, without unit', () => {
      expect(formatAmount(Number.NaN, 'mnkr', 'sv')).to.equal(DASH);
      expect(formatAmount(Infinity, 'kr', 'en')).to.equal(DASH);
    });
  });

  describe('formatPercent', () => {
    it('puts a no-break space before % in sv, none in en', () => {
      expect(formatPercent(68, 'sv')).to.equal(`68${NBSP}%`);
      expect(formatPercent(68, 'en')).to.equal('68%');
    });
    it('takes 0–100, not 0–1', () => {
      expect(formatPercent(0.5, 'en')).to.equal('0.5%');
      expect(formatPercent(100, 'sv')).to.equal(`100${NBSP}%`);
    });
    it('shows at most one decimal by default', () => {
      expect(formatPercent(68.55, 'sv')).to.equal(`68,6${NBSP}%`);
      expect(formatPercent(68.5, 'en')).to.equal('68.5%');
    });
    it('honours decimals', () => {
      expect(formatPercent(68, 'sv', 1)).to.equal(`68,0${NBSP}%`);
      expect(formatPercent(68.49, 'en', 0)).to.equal('68%');
    });
    it('does not drift through division (14.55 stays 14.55)', () => {
      expect(formatPercent(14.55, 'en', 2)).to.equal('14.55%');
    });
    it('handles negative, zero and missing', () => {
      expect(formatPercent(-2.5, 'sv')).to.equal(`${MINUS}2,5${NBSP}%`);
      expect(formatPercent(-0, 'en')).to.equal('0%');
      expect(formatPercent(Number.NaN, 'sv')).to.equal(DASH);
    });
  });

  describe('formatQuantity', () => {
    // Every unit of the schema's quantityUnit enum, at a plural value.
    const cases: [QuantityUnit, string, string][] = [
      ['percent', `68,5${NBSP}%`, '68.5%'],
      ['count', '12', '12'],
      ['number', '12', '12'],
      ['index', '12', '12'],
      ['score', `12${NBSP}poäng`, `12${NBSP}points`],
      ['kr', `12${NBSP}kr`, `SEK${NBSP}12`],
      ['tkr', `12${NBSP}tkr`, `SEK${NBSP}12${NBSP}thousand`],
      ['mnkr', `12${NBSP}mnkr`, `SEK${NBSP}12${NBSP}million`],
      ['days', `12${NBSP}dagar`, `12${NBSP}days`],
      ['hours', `12${NBSP}timmar`, `12${NBSP}hours`],
      ['minutes', `12${NBSP}minuter`, `12${NBSP}minutes`],
      ['years', `12${NBSP}år`, `12${NBSP}years`],
      ['per-1000', `12${NBSP}per 1${NBSP}000 invånare`, `12${NBSP}per 1,000 residents`],
      ['per-100000', `12${NBSP}per 100${NBSP}000 invånare`, `12${NBSP}per 100,000 residents`],
      ['kg', `12${NBSP}kg`, `12${NBSP}kg`],
      ['tonnes', `12${NBSP}ton`, `12${NBSP}tonnes`],
      ['kwh', `12${NBSP}kWh`, `12${NBSP}kWh`],
      ['m2', `12${NBSP}m²`, `12${NBSP}m²`],
    ];
    for (const [unit, sv, en] of cases) {
      it(`formats ${unit} in sv and en`, () => {
        const value = unit === 'percent' ? 68.5 : 12;
        expect(formatQuantity(value, unit, 'sv')).to.equal(sv);
        expect(formatQuantity(value, unit, 'en')).to.equal(en);
      });
    }

    it('uses the singular for one: 1 dag, 1 day, 1 timme, 1 tonne', () => {
      expect(formatQuantity(1, 'days', 'sv')).to.equal(`1${NBSP}dag`);
      expect(formatQuantity(1, 'days', 'en')).to.equal(`1${NBSP}day`);
      expect(formatQuantity(1, 'hours', 'sv')).to.equal(`1${NBSP}timme`);
      expect(formatQuantity(1, 'minutes', 'en')).to.equal(`1${NBSP}minute`);
      expect(formatQuantity(1, 'tonnes', 'en')).to.equal(`1${NBSP}tonne`);
      expect(formatQuantity(1, 'score', 'en')).to.equal(`1${NBSP}point`);
    });
    it('uses the plural for 2, 0 and fractions', () => {
      expect(formatQuantity(2, 'days', 'sv')).to.equal(`2${NBSP}dagar`);
      expect(formatQuantity(0, 'days', 'sv')).to.equal(`0${NBSP}dagar`);
      expect(formatQuantity(0, 'days', 'en')).to.equal(`0${NBSP}days`);
      expect(formatQuantity(1.5, 'hours', 'sv')).to.equal(`1,5${NBSP}timmar`);
    });
    it('chooses the plural from the number shown, not the raw value', () => {
      // 1.0 shown with a decimal is plural in CLDR (sv/en "one" needs no visible fraction).
      expect(formatQuantity(1, 'days', 'sv', { decimals: 1 })).to.equal(`1,0${NBSP}dagar`);
      // 1.004 rounds to "1" and reads as one day.
      expect(formatQuantity(1.004, 'days', 'en')).to.equal(`1${NBSP}day`);
    });
    it('uses the singular for minus one (CLDR)', () => {
      expect(formatQuantity(-1, 'days', 'sv')).to.equal(`${MINUS}1${NBSP}dag`);
    });
    it('lets unitLabel replace the unit word', () => {
      expect(formatQuantity(3.2, 'number', 'sv', { unitLabel: 'besök per invånare' })).to.equal(
        `3,2${NBSP}besök per invånare`,
      );
      expect(formatQuantity(1, 'days', 'en', { unitLabel: 'working days' })).to.equal(`1${NBSP}working days`);
      expect(formatQuantity(50, 'percent', 'sv', { unitLabel: 'procentenheter' })).to.equal(
        `50${NBSP}procentenheter`,
      );
    });
    it('ignores a blank unitLabel', () => {
      expect(formatQuantity(2, 'days', 'sv', { unitLabel: '  ' })).to.equal(`2${NBSP}dagar`);
    });
    it('honours decimals for every kind of unit', () => {
      expect(formatQuantity(68, 'percent', 'sv', { decimals: 1 })).to.equal(`68,0${NBSP}%`);
      expect(formatQuantity(4.25, 'per-1000', 'en', { decimals: 1 })).to.equal(
        `4.3${NBSP}per 1,000 residents`,
      );
      expect(formatQuantity(4, 'mnkr', 'sv', { decimals: 1 })).to.equal(`4,0${NBSP}mnkr`);
    });
    it('rounds percent to one decimal and other units to two by default', () => {
      expect(formatQuantity(68.55, 'percent', 'en')).to.equal('68.6%');
      expect(formatQuantity(2.345, 'kwh', 'en')).to.equal(`2.35${NBSP}kWh`);
    });
    it('writes a missing value as an en dash, without unit', () => {
      expect(formatQuantity(Number.NaN, 'days', 'sv')).to.equal(DASH);
      expect(formatQuantity(Infinity, 'percent', 'en', { unitLabel: 'x' })).to.equal(DASH);
    });
  });

  describe('formatDate', () => {
    it('writes a long date', () => {
      expect(formatDate('2026-05-04', 'sv')).to.equal('4 maj 2026');
      expect(formatDate('2026-05-04', 'en')).to.equal('4 May 2026');
    });
    it('writes a short date with an abbreviated month', () => {
      expect(formatDate('2026-09-04', 'sv', 'short')).to.equal('4 sep. 2026');
      expect(formatDate('2026-05-04', 'en', 'short')).to.equal('4 May 2026');
    });
    it('does not shift at the DST boundaries (Europe/Stockholm 2026)', () => {
      expect(formatDate('2026-03-29', 'sv')).to.equal('29 mars 2026');
      expect(formatDate('2026-10-25', 'en')).to.equal('25 October 2026');
    });
    it('does not shift near midnight at the ends of the year', () => {
      expect(formatDate('2026-12-31', 'sv')).to.equal('31 december 2026');
      expect(formatDate('2027-01-01', 'sv')).to.equal('1 januari 2027');
    });
    it('matches the calendar date of the local-midnight Date for the same day', () => {
      // Whatever the browser's zone, the day written is the day in the string.
      const local = new Date(2026, 4, 4);
      expect(formatDate('2026-05-04', 'en')).to.equal(`${local.getDate()} May ${local.getFullYear()}`);
    });
    it('writes a leap day and rejects a day that does not exist', () => {
      expect(formatDate('2028-02-29', 'en')).to.equal('29 February 2028');
      expect(formatDate('2026-02-29', 'en')).to.equal('2026-02-29');
      expect(formatDate('2026-02-30', 'sv')).to.equal('2026-02-30');
    });
    it('keeps two-digit years as written (no 19xx)', () => {
      expect(formatDate('0099-01-01', 'en')).to.equal('1 January 99');
    });
    it('returns anything else unchanged', () => {
      expect(formatDate('', 'sv')).to.equal('');
      expect(formatDate('4 maj', 'sv')).to.equal('4 maj');
      expect(formatDate('2026-05-04T08:00:00Z', 'sv')).to.equal('2026-05-04T08:00:00Z');
      expect(formatDate('2026-13-01', 'sv')).to.equal('2026-13-01');
    });
  });

  describe('formatTime', () => {
    it('writes sv with a full stop and en with a colon, padded', () => {
      expect(formatTime(7, 30, 'sv')).to.equal('07.30');
      expect(formatTime(7, 30, 'en')).to.equal('07:30');
      expect(formatTime(16, 5, 'sv')).to.equal('16.05');
      expect(formatTime(0, 0, 'en')).to.equal('00:00');
    });
    it('writes a missing time as an en dash', () => {
      expect(formatTime(Number.NaN, 0, 'sv')).to.equal(DASH);
    });
  });

  describe('formatDateTime', () => {
    it('writes Stockholm wall-clock time, Swedish typography in sv', () => {
      // 06:00Z is 08:00 in summer time (CEST, +02:00).
      expect(formatDateTime(new Date('2026-05-04T06:00:00Z'), 'sv')).to.equal(`4 maj 2026 kl.${NBSP}08.00`);
      expect(formatDateTime(new Date('2026-05-04T06:00:00Z'), 'en')).to.equal('4 May 2026 at 08:00');
    });
    it('moves across midnight and the year in Stockholm, not UTC', () => {
      expect(formatDateTime(new Date('2026-12-31T23:30:00Z'), 'sv')).to.equal(
        `1 januari 2027 kl.${NBSP}00.30`,
      );
    });
    it('writes midnight as 00, never 24', () => {
      expect(formatDateTime(new Date('2026-01-14T23:00:00Z'), 'en')).to.equal('15 January 2026 at 00:00');
    });
    it('follows the DST switches (spring forward, fall back)', () => {
      expect(formatDateTime(new Date('2026-03-29T00:30:00Z'), 'sv')).to.equal(`29 mars 2026 kl.${NBSP}01.30`);
      expect(formatDateTime(new Date('2026-03-29T01:30:00Z'), 'sv')).to.equal(`29 mars 2026 kl.${NBSP}03.30`);
      expect(formatDateTime(new Date('2026-10-25T00:30:00Z'), 'en')).to.equal('25 October 2026 at 02:30');
      expect(formatDateTime(new Date('2026-10-25T01:30:00Z'), 'en')).to.equal('25 October 2026 at 02:30');
    });
    it('takes another time zone', () => {
      expect(formatDateTime(new Date('2026-05-04T06:00:00Z'), 'en', 'UTC')).to.equal('4 May 2026 at 06:00');
    });
    it('falls back to Europe/Stockholm for an unknown time zone', () => {
      expect(formatDateTime(new Date('2026-05-04T06:00:00Z'), 'en', 'Mars/Olympus')).to.equal(
        '4 May 2026 at 08:00',
      );
    });
    it('writes an invalid Date as an en dash', () => {
      expect(formatDateTime(new Date('nope'), 'sv')).to.equal(DASH);
    });
  });

  describe('formatPeriod', () => {
    const cases: [period: string, svLong: string, enLong: string, svShort: string, enShort: string][] = [
      ['2026', '2026', '2026', '2026', '2026'],
      ['2026-T1', 'Tertial 1 2026', 'Tertial 1 2026', 'T1 2026', 'T1 2026'],
      ['2026-T3', 'Tertial 3 2026', 'Tertial 3 2026', 'T3 2026', 'T3 2026'],
      ['2026-H1', 'Halvår 1 2026', 'First half 2026', 'H1 2026', 'H1 2026'],
      ['2026-H2', 'Halvår 2 2026', 'Second half 2026', 'H2 2026', 'H2 2026'],
      ['2026-Q2', 'Kvartal 2 2026', 'Q2 2026', 'Q2 2026', 'Q2 2026'],
      ['2026-05', 'maj 2026', 'May 2026', 'maj 2026', 'May 2026'],
      ['2026-01', 'januari 2026', 'January 2026', 'jan. 2026', 'Jan 2026'],
      ['2026-12', 'december 2026', 'December 2026', 'dec. 2026', 'Dec 2026'],
    ];
    for (const [period, svLong, enLong, svShort, enShort] of cases) {
      it(`formats ${period}`, () => {
        expect(formatPeriod(period, 'sv')).to.equal(svLong);
        expect(formatPeriod(period, 'en')).to.equal(enLong);
        expect(formatPeriod(period, 'sv', 'short')).to.equal(svShort);
        expect(formatPeriod(period, 'en', 'short')).to.equal(enShort);
      });
    }
    it('returns an unparseable period unchanged', () => {
      for (const bad of [
        '',
        '26',
        '2026-T4',
        '2026-H3',
        '2026-Q5',
        '2026-13',
        '2026-5',
        'år 2026',
        ' 2026',
      ]) {
        expect(formatPeriod(bad, 'sv'), bad).to.equal(bad);
      }
    });
  });

  describe('formatPeriodInText', () => {
    const cases: [period: string, sv: string, en: string][] = [
      ['2026', '2026', '2026'],
      ['2026-T2', 'tertial 2 2026', 'tertial 2 2026'],
      ['2026-H1', 'halvår 1 2026', 'first half 2026'],
      ['2026-Q1', 'kvartal 1 2026', 'Q1 2026'], // "q1" would be wrong in English
      ['2026-05', 'maj 2026', 'May 2026'], // English months keep their capital
    ];
    for (const [period, sv, en] of cases) {
      it(`writes ${period} for running text`, () => {
        expect(formatPeriodInText(period, 'sv')).to.equal(sv);
        expect(formatPeriodInText(period, 'en')).to.equal(en);
        expect(`Sedan ${formatPeriodInText(period, 'sv')}`).not.to.match(/\d{4}-[THQ]/);
      });
    }
    it('returns an unparseable period unchanged', () => {
      expect(formatPeriodInText('Tertial X', 'sv')).to.equal('Tertial X');
    });
  });

  describe('formatPeriodRange', () => {
    it('joins years with an unspaced en dash', () => {
      expect(formatPeriodRange('2023', '2026', 'sv')).to.equal(`2023${DASH}2026`);
    });
    it('spaces the dash when a side has spaces', () => {
      expect(formatPeriodRange('2026-T1', '2026-T3', 'sv', 'short')).to.equal(`T1 2026 ${DASH} T3 2026`);
      expect(formatPeriodRange('2026-01', '2026-06', 'en')).to.equal(`January 2026 ${DASH} June 2026`);
    });
    it('writes one period when both ends are the same', () => {
      expect(formatPeriodRange('2026', '2026', 'en')).to.equal('2026');
    });
    it('keeps unparseable ends as written', () => {
      expect(formatPeriodRange('2023', 'nu', 'sv')).to.equal(`2023${DASH}nu`);
    });
  });

  describe('formatList', () => {
    it('joins with "och" in sv and "and" in en, without Oxford comma', () => {
      expect(formatList(['a', 'b', 'c'], 'sv')).to.equal('a, b och c');
      expect(formatList(['a', 'b', 'c'], 'en')).to.equal('a, b and c');
    });
    it('handles zero, one and two items', () => {
      expect(formatList([], 'sv')).to.equal('');
      expect(formatList(['a'], 'sv')).to.equal('a');
      expect(formatList(['a', 'b'], 'en')).to.equal('a and b');
    });
  });
});

// Sweden's holidays as the opening-hours engine computes them, against the date-holidays package
// (a dev dependency, never shipped) for every day of 2000–2100. date-holidays pulls in CommonJS
// (moment-timezone), which the browser test runner cannot load, so this runs in Node: esbuild
// bundles src/contact-card/swedish-holidays.ts and the test imports the bundle from a data: URL.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The eves date-holidays files as 'bank' days; the engine's work-free eves. */
const EVES = new Set(['midsommarafton', 'julafton', 'nyårsafton']);

/** date-holidays' English names → ours (typographic apostrophes; the names Swedish bodies use). */
const EN = {
  "New Year's Day": 'New Year’s Day',
  Epiphany: 'Epiphany',
  'Good Friday': 'Good Friday',
  'Easter Sunday': 'Easter Sunday',
  'Easter Monday': 'Easter Monday',
  'Labour Day': 'May Day',
  'Ascension Day': 'Ascension Day',
  Pentecost: 'Whit Sunday',
  'National Day': 'National Day',
  'Midsummer Eve': 'Midsummer Eve',
  'Midsummer Day': 'Midsummer Day',
  "All Saints' Day": 'All Saints’ Day',
  'Christmas Eve': 'Christmas Eve',
  'Christmas Day': 'Christmas Day',
  'Boxing Day': 'Boxing Day',
  "New Year's Eve": 'New Year’s Eve',
};

/**
 * Where the two disagree on purpose: annandag pingst was a public holiday until 2004 (lag 1989:253
 * before SFS 2004:1319 replaced it with nationaldagen); date-holidays files it as an observance.
 */
const KNOWN_DIFFERENCES = ['2000-06-12', '2001-06-04', '2002-05-20', '2003-06-09', '2004-05-31'].map(
  (date) => `only ours: ${date} public-holiday annandag pingst / Whit Monday`,
);

let swedishHolidays;

before(async () => {
  const result = await build({
    entryPoints: ['src/contact-card/swedish-holidays.ts'],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  ({ swedishHolidays } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`));
});

/** One line per day: date, kind, Swedish and English name. */
function theirs(year) {
  const sv = new Holidays('SE', { languages: ['sv'] });
  const en = new Holidays('SE', { languages: ['en'] });
  const english = new Map(en.getHolidays(year, 'en').map((h) => [`${h.date} ${h.rule}`, h.name]));
  return sv
    .getHolidays(year, 'sv')
    .filter((h) => h.type === 'public' || (h.type === 'bank' && EVES.has(h.name)))
    .map((h) => {
      const name = english.get(`${h.date} ${h.rule}`);
      assert.ok(name in EN, `an English name to map: ${name}`);
      const kind = h.type === 'public' ? 'public-holiday' : 'work-free-eve';
      return `${h.date.slice(0, 10)} ${kind} ${h.name} / ${EN[name]}`;
    });
}

function ours(year) {
  return swedishHolidays(year).map((h) => `${h.date} ${h.kind} ${h.name.sv} / ${h.name.en}`);
}

describe(`swedishHolidays agrees with date-holidays, ${FIRST_YEAR}–${LAST_YEAR}`, () => {
  it('on every day of every year, apart from the known differences', () => {
    const differences = [];
    let days = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const a = new Set(ours(year));
      const b = new Set(theirs(year));
      days += a.size;
      for (const line of a) if (!b.has(line)) differences.push(`only ours: ${line}`);
      for (const line of b) if (!a.has(line)) differences.push(`only date-holidays: ${line}`);
    }
    assert.deepEqual(differences, KNOWN_DIFFERENCES);
    // 16 a year, plus annandag pingst before 2005 in place of nationaldagen (same count).
    assert.equal(days, 16 * (LAST_YEAR - FIRST_YEAR + 1));
  });

  it('lists each year in date order; a date holds two holidays only when they coincide', () => {
    const shared = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const dates = swedishHolidays(year).map((h) => h.date);
      assert.deepEqual(dates, [...dates].sort(), `${year}`);
      shared.push(...dates.filter((date, i) => dates[i - 1] === date));
    }
    // Kristi himmelsfärdsdag on första maj (Easter on 23 March) and pingstdagen on nationaldagen.
    assert.deepEqual(shared, ['2008-05-01', '2049-06-06', '2055-06-06', '2060-06-06']);
  });
});

/**
 * Reader-facing numbers, amounts, dates and periods, Swedish first. Pure: Intl only, no
 * DOM, no Lit. Every formatter returns plain text and never throws for bad input.
 *
 * Typography kept on purpose (tests assert it):
 * - Swedish groups digits with U+00A0 (no-break space) and writes minus as U+2212, as
 *   Intl gives for sv-SE: "−1 234,5".
 * - A number and its unit are joined with U+00A0 so they never wrap apart: "12 dagar".
 * - A missing value (NaN, ±Infinity) is written as an en dash "–" without a unit.
 */
import type { AmountUnit, QuantityUnit } from '../feed/generated/feed-types.js';
import { parsePeriod } from '../feed/period.js';
import type { Lang } from './locale.js';

export type { AmountUnit, QuantityUnit };

/** The Intl locale used for each language: Swedish as in Sweden, British English. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** What a value that is not a finite number is shown as. */
export const MISSING = '–';

/** No-break space: between a number and its unit. */
const NBSP = '\u00a0';
/** En dash: ranges. */
const EN_DASH = '–';

// Intl constructors parse locale data and are slow to create; formatting is fast. Cache
// one instance per locale + options (the options are built here, so keys are stable).
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function cached<T>(cache: Map<string, T>, locale: string, options: object, create: () => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = INTL_LOCALE[lang];
  return cached(numberFormats, locale, options, () => {
    try {
      // signDisplay 'negative' (ES2023; not in this project's ES2022 lib types) stops
      // -0.04 rounded to one decimal from showing as "−0". Older engines throw: fall back.
      return new Intl.NumberFormat(locale, { ...options, signDisplay: 'negative' as never });
    } catch {
      return new Intl.NumberFormat(locale, options);
    }
  });
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** Fraction digits as Intl accepts them: a whole number from 0 to 20. */
function digits(value: number): number {
  return Number.isFinite(value) ? Math.min(20, Math.max(0, Math.trunc(value))) : 0;
}

/** How many decimals to show. */
export interface DecimalOptions {
  /** Exactly this many decimals (1 → "2,0"). Wins over maxDecimals. */
  decimals?: number;
  /** At most this many decimals, trailing zeros dropped (2 → "2", "2,5", "2,25"). */
  maxDecimals?: number;
}

/** Default for numbers, amounts and quantities: at most two decimals. */
const DEFAULT_MAX_DECIMALS = 2;
/** Default for percentages: at most one decimal (68,5 %). */
const DEFAULT_PERCENT_DECIMALS = 1;

function fractionOptions(options: DecimalOptions | undefined, defaultMax: number): Intl.NumberFormatOptions {
  if (options?.decimals !== undefined) {
    const d = digits(options.decimals);
    return { minimumFractionDigits: d, maximumFractionDigits: d };
  }
  return { minimumFractionDigits: 0, maximumFractionDigits: digits(options?.maxDecimals ?? defaultMax) };
}

/** -0 formats as "−0" in Intl; a reader has no use for a signed zero. */
function unsignedZero(value: number): number {
  return value === 0 ? 0 : value;
}

/**
 * A number: sv "−1 234,5" (U+2212 minus, U+00A0 groups), en "-1,234.5".
 * At most two decimals unless `decimals` or `maxDecimals` says otherwise.
 */
export function formatNumber(value: number, lang: Lang, options?: DecimalOptions): string {
  if (!Number.isFinite(value)) return MISSING;
  return numberFormat(lang, fractionOptions(options, DEFAULT_MAX_DECIMALS)).format(unsignedZero(value));
}

/** Splits a formatted number into its sign and its digits, so a currency code can go between. */
function splitSign(
  value: number,
  lang: Lang,
  options: DecimalOptions | undefined,
): [sign: string, digits: string] {
  const signed = formatNumber(value, lang, options);
  const magnitude = formatNumber(Math.abs(value), lang, options);
  // Whatever the locale puts before the digits (−, -, or nothing when it rounds to 0).
  return [signed.slice(0, signed.length - magnitude.length), magnitude];
}

const AMOUNT_SV: Record<AmountUnit, string> = { kr: 'kr', tkr: 'tkr', mnkr: 'mnkr' };
const AMOUNT_EN: Record<AmountUnit, string> = { kr: '', tkr: 'thousand', mnkr: 'million' };

/**
 * An amount of money in the feed's unit (kr, tkr = thousands, mnkr = millions).
 * sv keeps the Swedish report abbreviations: "1 234 kr", "1 234 tkr", "1 234,5 mnkr".
 * en spells the scale out, because "tkr"/"MSEK" mean little to a reader and a screen
 * reader: "SEK 1,234", "SEK 1,234 thousand", "SEK 1,234.5 million"; negative "-SEK 12".
 * The value is not rescaled (1 500 tkr stays "1 500 tkr"): the feed chose the unit.
 */
export function formatAmount(value: number, unit: AmountUnit, lang: Lang, options?: DecimalOptions): string {
  if (!Number.isFinite(value)) return MISSING;
  if (lang === 'sv') return `${formatNumber(value, lang, options)}${NBSP}${AMOUNT_SV[unit] ?? unit}`;
  const [sign, magnitude] = splitSign(value, lang, options);
  const scale = AMOUNT_EN[unit] ?? unit;
  return `${sign}SEK${NBSP}${magnitude}${scale ? NBSP + scale : ''}`;
}

/**
 * A percentage written 0–100 (as the feed does): sv "68,5 %" (U+00A0 before %, as
 * Swedish typography and Intl want), en "68.5%". At most one decimal by default.
 * Formats the value as it is (no division by 100, so no floating-point drift).
 */
export function formatPercent(value: number, lang: Lang, decimals?: number): string {
  return percent(value, lang, decimals === undefined ? undefined : { decimals });
}

function percent(value: number, lang: Lang, options: DecimalOptions | undefined): string {
  if (!Number.isFinite(value)) return MISSING;
  const fraction = fractionOptions(options, DEFAULT_PERCENT_DECIMALS);
  return numberFormat(lang, { style: 'unit', unit: 'percent', ...fraction }).format(unsignedZero(value));
}

/** A unit word in one language: singular and plural (the same when the word does not change). */
type Word = readonly [one: string, other: string];

/**
 * Unit words for the units that have one. Units left out (count, number, index) are bare
 * numbers: what is counted is said by the indicator's title or its unitLabel.
 * percent and the money units go through formatPercent and formatAmount.
 */
const UNIT_WORDS: Partial<Record<QuantityUnit, Record<Lang, Word>>> = {
  score: { sv: ['poäng', 'poäng'], en: ['point', 'points'] },
  days: { sv: ['dag', 'dagar'], en: ['day', 'days'] },
  hours: { sv: ['timme', 'timmar'], en: ['hour', 'hours'] },
  minutes: { sv: ['minut', 'minuter'], en: ['minute', 'minutes'] },
  years: { sv: ['år', 'år'], en: ['year', 'years'] },
  kg: { sv: ['kg', 'kg'], en: ['kg', 'kg'] },
  tonnes: { sv: ['ton', 'ton'], en: ['tonne', 'tonnes'] },
  kwh: { sv: ['kWh', 'kWh'], en: ['kWh', 'kWh'] },
  m2: { sv: ['m²', 'm²'], en: ['m²', 'm²'] },
};

/** "per 1 000 invånare": the population figure is formatted too, so it groups like the value. */
const PER_POPULATION: Partial<Record<QuantityUnit, number>> = { 'per-1000': 1000, 'per-100000': 100000 };

function perPopulation(base: number, lang: Lang): string {
  const count = formatNumber(base, lang, { decimals: 0 });
  return lang === 'sv' ? `per ${count} invånare` : `per ${count} residents`;
}

function plural(value: number, lang: Lang, fraction: Intl.NumberFormatOptions): Intl.LDMLPluralRule {
  const locale = INTL_LOCALE[lang];
  // The same fraction digits as the number shown: "1 dag" but "1,0 dagar" (CLDR: sv one = i = 1 and v = 0).
  const rules = cached(pluralRules, locale, fraction, () => new Intl.PluralRules(locale, fraction));
  return rules.select(value);
}

/** Options for formatQuantity. */
export interface QuantityOptions extends DecimalOptions {
  /** Written after the number instead of the unit's own word, e.g. "besök per invånare". */
  unitLabel?: string;
}

/**
 * A value with a unit from the feed's quantityUnit list: "12 dagar", "1 dag", "68 %",
 * "4,2 per 1 000 invånare", "1 234,5 mnkr", "350 kWh"; en "12 days", "4.2 per 1,000 residents".
 * count, number and index are bare numbers. `unitLabel` replaces the unit word (or %/kr).
 */
export function formatQuantity(
  value: number,
  unit: QuantityUnit,
  lang: Lang,
  options?: QuantityOptions,
): string {
  if (!Number.isFinite(value)) return MISSING;
  const defaultMax = unit === 'percent' ? DEFAULT_PERCENT_DECIMALS : DEFAULT_MAX_DECIMALS;
  const decimals: DecimalOptions = {
    decimals: options?.decimals,
    maxDecimals: options?.maxDecimals ?? defaultMax,
  };
  const label = options?.unitLabel?.trim();
  if (label) return `${formatNumber(value, lang, decimals)}${NBSP}${label}`;

  switch (unit) {
    case 'percent':
      return percent(value, lang, decimals);
    case 'kr':
    case 'tkr':
    case 'mnkr':
      return formatAmount(value, unit, lang, decimals);
  }
  const number = formatNumber(value, lang, decimals);
  const base = PER_POPULATION[unit];
  if (base !== undefined) return `${number}${NBSP}${perPopulation(base, lang)}`;
  const word = UNIT_WORDS[unit]?.[lang];
  if (!word) return number;
  const [one, other] = word;
  return `${number}${NBSP}${plural(value, lang, fractionOptions(decimals, defaultMax)) === 'one' ? one : other}`;
}

/** A calendar date from YYYY-MM-DD, or null when it is not one (2026-02-30 included). */
function parseIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Midnight UTC, formatted in UTC below: the reader's time zone can never move the day.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date;
}

/**
 * A date written YYYY-MM-DD, as a calendar date (never shifted by time zone):
 * long sv "4 maj 2026", en "4 May 2026"; short sv "4 sep. 2026", en "4 Sept 2026".
 * Short keeps the month as a word (not 2026-09-04 / 04/09/2026) so it cannot be misread.
 * Anything else is returned unchanged.
 */
export function formatDate(iso: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return dateFormat(INTL_LOCALE[lang], {
    day: 'numeric',
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A time of day: sv "07.30" (Swedish typography, as the municipality writes opening
 * hours), en "07:30". Not Intl: sv-SE in Intl gives "07:30".
 */
export function formatTime(hours: number, minutes: number, lang: Lang): string {
  if (!Number.isFinite(hours) || !Number.isFinite(minutes)) return MISSING;
  return `${pad2(Math.trunc(hours))}${lang === 'sv' ? '.' : ':'}${pad2(Math.trunc(minutes))}`;
}

/** The wall-clock date and time of an instant in a time zone. */
function wallClock(date: Date, timeZone: string): { iso: string; hour: number; minute: number } {
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23', // never "24:00" at midnight
  };
  const parts: Record<string, string> = {};
  for (const part of dateFormat('en-GB', options).formatToParts(date)) parts[part.type] = part.value;
  const year = (parts.year ?? '').padStart(4, '0');
  return {
    iso: `${year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    dateFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * An instant as date and time in a time zone (default Europe/Stockholm, whatever the
 * reader's own): sv "4 maj 2026 kl. 08.00", en "4 May 2026 at 08:00".
 * An invalid Date gives "–"; an unknown time zone falls back to Europe/Stockholm.
 */
export function formatDateTime(date: Date, lang: Lang, timeZone = 'Europe/Stockholm'): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return MISSING;
  const zone = isValidTimeZone(timeZone) ? timeZone : 'Europe/Stockholm';
  const { iso, hour, minute } = wallClock(date, zone);
  const time = formatTime(hour, minute, lang);
  return lang === 'sv' ? `${formatDate(iso, lang)} kl.${NBSP}${time}` : `${formatDate(iso, lang)} at ${time}`;
}

const HALF_EN = ['First half', 'Second half'] as const;

/**
 * A feed period for readers:
 * | period  | sv long          | en long          | short (sv / en)     |
 * | 2026    | 2026             | 2026             | 2026                |
 * | 2026-T1 | Tertial 1 2026   | Tertial 1 2026   | T1 2026             |
 * | 2026-H1 | Halvår 1 2026    | First half 2026  | H1 2026             |
 * | 2026-Q2 | Kvartal 2 2026   | Q2 2026          | Q2 2026             |
 * | 2026-05 | maj 2026         | May 2026         | maj 2026 / May 2026 |
 * ("tertial" is the word Swedish municipalities use in English too.) Short months use
 * Intl's abbreviation ("sep. 2026", "Sept 2026"). Anything unparseable is returned unchanged.
 */
export function formatPeriod(period: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const { year, index } = parsed;
  switch (parsed.kind) {
    case 'year':
      return String(year);
    case 'tertial':
      return style === 'short' ? `T${index} ${year}` : `Tertial ${index} ${year}`;
    case 'half':
      if (style === 'short') return `H${index} ${year}`;
      return lang === 'sv' ? `Halvår ${index} ${year}` : `${HALF_EN[index - 1] ?? `Half ${index}`} ${year}`;
    case 'quarter':
      return style === 'short' || lang === 'en' ? `Q${index} ${year}` : `Kvartal ${index} ${year}`;
    case 'month': {
      const date = new Date(Date.UTC(2000, index - 1, 1));
      date.setUTCFullYear(year);
      return dateFormat(INTL_LOCALE[lang], { month: style, year: 'numeric', timeZone: 'UTC' }).format(date);
    }
  }
}

/**
 * A period inside running text, where only what the language itself capitalises keeps its
 * capital: sv "2026", "tertial 2 2026", "halvår 1 2026", "kvartal 1 2026", "maj 2026"; en "2026",
 * "tertial 2 2026", "first half 2026", "Q1 2026", "May 2026". For "Sedan halvår 1 2026: …",
 * "Inget har ändrats sedan tertial 1 2026", a caption's "…, kvartal 2 2026".
 */
export function formatPeriodInText(period: string, lang: Lang): string {
  const text = formatPeriod(period, lang);
  const kind = parsePeriod(period)?.kind;
  const lower = kind === 'tertial' || kind === 'half' || (kind === 'quarter' && lang === 'sv');
  return lower ? text.charAt(0).toLocaleLowerCase(INTL_LOCALE[lang]) + text.slice(1) : text;
}

/**
 * Two periods as a range with an en dash: "2023–2026", "T1 2026 – T3 2026" (spaced when a
 * side has spaces, as Swedish and English typography both want). One period when equal.
 */
export function formatPeriodRange(
  from: string,
  to: string,
  lang: Lang,
  style: 'long' | 'short' = 'long',
): string {
  const a = formatPeriod(from, lang, style);
  const b = formatPeriod(to, lang, style);
  if (a === b) return a;
  const spaced = /\s/.test(a) || /\s/.test(b);
  return spaced ? `${a} ${EN_DASH} ${b}` : `${a}${EN_DASH}${b}`;
}

/** A list joined as the language does: sv "a, b och c", en "a, b and c" (no Oxford comma in en-GB). */
export function formatList(items: readonly string[], lang: Lang): string {
  const locale = INTL_LOCALE[lang];
  const options: Intl.ListFormatOptions = { type: 'conjunction', style: 'long' };
  return cached(listFormats, locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/**
 * Feed problems in words, Swedish and English. A problem is found once, as a code with
 * parameters; it is put in words here, so the CLI, the console and the element all say the same.
 * Pure: no DOM, no Lit.
 */

import type { FeedProblem } from './errors.js';
import { isRealDate } from './dates.js';
import { LEVEL_TEXT_KEY, LEVEL_WORDS } from './level-words.js';
import { STATUS_TEXT_KEY, STATUS_WORDS } from './vocabulary.js';

/** The languages problems are written in. */
export type MessageLang = 'sv' | 'en';

export type ProblemParams = Readonly<Record<string, unknown>>;

type Template = (p: ProblemParams) => string;

/** What a value of a named pattern looks like, said plainly. */
const FORMATS: Record<string, { sv: string; en: string }> = {
  id: {
    sv: 'ett id (bokstäver, siffror och . _ : -, högst 128 tecken)',
    en: 'an id (letters, digits and . _ : -, at most 128 characters)',
  },
  languageTag: { sv: 'en språkkod som "sv" eller "en"', en: 'a language tag such as "sv" or "en"' },
  url: {
    sv: 'en länk som börjar med https://, http://, mailto:, tel: eller /',
    en: 'a link starting with https://, http://, mailto:, tel: or /',
  },
  date: { sv: 'ett datum, ÅÅÅÅ-MM-DD', en: 'a date, YYYY-MM-DD' },
  dateTime: {
    sv: 'en tidpunkt med tidszon, t.ex. 2026-05-04T08:00:00+02:00',
    en: 'a date and time with offset, e.g. 2026-05-04T08:00:00+02:00',
  },
  period: {
    sv: 'en period: 2026, 2026-T1, 2026-H1, 2026-Q1 eller 2026-05',
    en: 'a period: 2026, 2026-T1, 2026-H1, 2026-Q1 or 2026-05',
  },
  municipalityCode: {
    sv: 'en kommunkod med fyra siffror, t.ex. 0484',
    en: 'a four-digit municipality code, e.g. 0484',
  },
  currency: { sv: 'en valutakod som SEK', en: 'a currency code such as SEK' },
  timeZone: { sv: 'en tidszon som Europe/Stockholm', en: 'a time zone such as Europe/Stockholm' },
  kolada: { sv: 'ett Kolada-id som N15419', en: 'a Kolada id such as N15419' },
  time: { sv: 'en tid, TT:MM från 00:00 till 24:00', en: 'a time, HH:MM from 00:00 to 24:00' },
  postalCode: { sv: 'ett postnummer som 631 86', en: 'a postal code such as 631 86' },
  phone: { sv: 'ett telefonnummer som 016-710 10 00', en: 'a phone number such as 016-710 10 00' },
  email: { sv: 'en e-postadress', en: 'an e-mail address' },
};

const TYPE_WORDS: Record<string, { sv: string; en: string }> = {
  string: { sv: 'text', en: 'a string' },
  number: { sv: 'ett tal', en: 'a number' },
  integer: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  object: { sv: 'ett objekt', en: 'an object' },
  array: { sv: 'en lista', en: 'a list' },
  null: { sv: 'null', en: 'null' },
  undefined: { sv: 'odefinierat (undefined)', en: 'undefined' },
  function: { sv: 'en funktion', en: 'a function' },
};

/** The actual type of a value: JSON Schema's "number" there means a number with decimals. */
const ACTUAL_WORDS: Record<string, { sv: string; en: string }> = {
  number: { sv: 'ett decimaltal', en: 'a decimal number' },
};

function actualWords(type: unknown, lang: MessageLang): string {
  return ACTUAL_WORDS[String(type)]?.[lang] ?? typeWords(type, lang);
}

/** "3 items", "1 field": what a list or an object must have at least or at most. */
function count(p: ProblemParams, lang: MessageLang): string {
  const n = Number(p.limit);
  const words =
    p.of === 'fields'
      ? { sv: ['fält', 'fält'], en: ['field', 'fields'] }
      : { sv: ['värde', 'värden'], en: ['item', 'items'] };
  return `${str(p.limit)} ${words[lang][n === 1 ? 0 : 1]}`;
}

function typeWords(types: unknown, lang: MessageLang): string {
  const list = (Array.isArray(types) ? types : [types]).map(
    (t) => TYPE_WORDS[String(t)]?.[lang] ?? String(t),
  );
  return list.join(lang === 'sv' ? ' eller ' : ' or ');
}

function format(name: unknown, lang: MessageLang): string {
  return FORMATS[String(name)]?.[lang] ?? (lang === 'sv' ? 'rätt format' : 'the right format');
}

const str = (value: unknown): string => String(value);

/** A value as written in JSON: "grön", 3, null. */
const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** "a, b eller c" / "a, b or c". */
function listed(items: readonly string[], lang: MessageLang): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'eller' : 'or'} ${items[items.length - 1]!}`;
}

/** The reader's word for an allowed value, where the elements have one (statuses, goal levels). */
function valueWord(field: unknown, value: unknown, lang: MessageLang): string | undefined {
  const key = String(value);
  if (field === 'status' && Object.prototype.hasOwnProperty.call(STATUS_TEXT_KEY, key))
    return STATUS_WORDS[lang][STATUS_TEXT_KEY[key as keyof typeof STATUS_TEXT_KEY]];
  if (field === 'level' && Object.prototype.hasOwnProperty.call(LEVEL_TEXT_KEY, key))
    return LEVEL_WORDS[lang][LEVEL_TEXT_KEY[key as keyof typeof LEVEL_TEXT_KEY]];
  return undefined;
}

/** What a wrong enum value is not, by the field it is in. */
const VALUE_KINDS: Record<string, Record<MessageLang, string>> = {
  status: { sv: 'en giltig status', en: 'a valid status' },
  level: { sv: 'en giltig nivå', en: 'a valid level' },
};

/** `"grön" är inte en giltig status. Använd "achieved" (Uppnått), … eller "no-data" (Uppgift saknas).` */
function notAllowed(p: ProblemParams, lang: MessageLang): string {
  const allowed = (Array.isArray(p.allowed) ? p.allowed : [p.allowed]).map((v: unknown) => {
    const word = valueWord(p.field, v, lang);
    return word ? `${quote(v)} (${word})` : quote(v);
  });
  const kind =
    VALUE_KINDS[String(p.field)]?.[lang] ?? (lang === 'sv' ? 'ett giltigt värde här' : 'a valid value here');
  const value = 'value' in p ? quote(p.value) : lang === 'sv' ? 'Värdet' : 'The value';
  return lang === 'sv'
    ? `${value} är inte ${kind}. Använd ${listed(allowed, lang)}.`
    : `${value} is not ${kind}. Use ${listed(allowed, lang)}.`;
}

/** The words for the list a reference points into, by its path's last key. */
const TARGETS: Record<string, Record<MessageLang, string>> = {
  goals: { sv: 'målen', en: 'the goals' },
  indicators: { sv: 'indikatorerna', en: 'the indicators' },
  units: { sv: 'enheterna', en: 'the units' },
  offices: { sv: 'kontaktpunktens kontor', en: 'the contact point’s offices' },
  schedules: { sv: 'kontaktpunktens öppettider', en: 'the contact point’s schedules' },
};

/** `"mal-22" finns inte bland målen. Menade du "mal-2"?` */
function unknownReference(p: ProblemParams, lang: MessageLang): string {
  const target = TARGETS[str(p.target).split('/').pop()!]?.[lang] ?? str(p.target);
  const missing =
    lang === 'sv' ? `"${str(p.id)}" finns inte bland ${target}.` : `"${str(p.id)}" is not among ${target}.`;
  if (p.suggestion === undefined) return missing;
  return `${missing} ${lang === 'sv' ? 'Menade du' : 'Did you mean'} "${str(p.suggestion)}"?`;
}

/** A value that does not fit its format; a date-shaped one that names no real day says so. */
function badFormat(p: ProblemParams, lang: MessageLang): string {
  const value = p.value;
  if (
    (p.format === 'date' || p.format === 'dateTime') &&
    typeof value === 'string' &&
    isRealDate(value) === false
  )
    return invalidDate(value.slice(0, 10), lang);
  return `${lang === 'sv' ? 'ska vara' : 'must be'} ${format(p.format, lang)}`;
}

const invalidDate = (date: unknown, lang: MessageLang): string =>
  lang === 'sv' ? `"${str(date)}" är inget riktigt datum` : `"${str(date)}" is not a real date`;

const SV: Record<string, Template> = {
  required: () => 'saknas, men måste finnas',
  'unknown-property': () => 'är inte ett känt fält (stavfel?)',
  'wrong-type': (p) => `ska vara ${typeWords(p.expected, 'sv')}, inte ${actualWords(p.actual, 'sv')}`,
  'not-allowed': (p) => notAllowed(p, 'sv'),
  'wrong-value': (p) => `ska vara ${JSON.stringify(p.expected)}`,
  'bad-format': (p) => badFormat(p, 'sv'),
  'bad-key': (p) => `nyckeln ska vara ${format(p.format, 'sv')}`,
  'too-short': (p) => `får inte vara tom (minst ${str(p.limit)} tecken)`,
  'too-long': (p) => `är för lång (högst ${str(p.limit)} tecken)`,
  'too-few': (p) => `ska ha minst ${count(p, 'sv')}`,
  'too-many': (p) => `får ha högst ${count(p, 'sv')}`,
  'too-small': (p) => `ska vara minst ${str(p.limit)}`,
  'too-large': (p) => `får vara högst ${str(p.limit)}`,
  'not-above': (p) => `ska vara större än ${str(p.limit)}`,
  'not-finite': () => 'ska vara ett ändligt tal',
  duplicate: () => 'förekommer två gånger i listan',
  'duplicate-id': (p) => `id "${str(p.id)}" används redan på ${str(p.first)}`,
  'duplicate-date': (p) => `datumet ${str(p.id)} finns redan på ${str(p.first)}`,
  'unknown-reference': (p) => unknownReference(p, 'sv'),
  cycle: (p) => `bildar en cirkel: ${(p.ids as string[]).join(' → ')}`,
  'self-parent': () => 'pekar på sig själv',
  'range-order': (p) => `"${str(p.from)}" kommer efter "${str(p.to)}"`,
  'min-above-max': () => 'min är större än max',
  'duplicate-period': (p) => `perioden ${str(p.period)} finns redan på ${str(p.first)}`,
  'missing-baseline': (p) => `basperioden ${str(p.period)} har inget värde`,
  'ranges-order': () => 'intervallens övre gränser ska stiga',
  'negative-value': (p) =>
    `${str(p.value)} är negativt, men enheten ${str(p.unit)} kan inte vara mindre än 0`,
  'invalid-date': (p) => invalidDate(p.date, 'sv'),
  'invalid-time-zone': (p) => `"${str(p.zone)}" är ingen känd tidszon`,
  'empty-interval': () => 'öppnar och stänger samma tid; skriv 00:00–24:00 för dygnet runt',
  'open-at-midnight-end': () => 'kan inte öppna 24:00',
  'overlapping-intervals': (p) => `överlappar intervallet på ${str(p.first)} samma dag`,
  'duplicate-rule': (p) => `det finns redan en regel för "${str(p.id)}" på ${str(p.first)}`,
  'missing-amount': () => 'saknar belopp (amount) och har inga underposter',
  'sum-mismatch': (p) => `beloppet ${str(p.amount)} är inte summan av underposterna (${str(p.sum)})`,
  'duplicate-year': (p) => `${str(p.year)} (${str(p.kind)}) finns redan på ${str(p.first)}`,
  // Warnings: the feed is valid, but a feature is off for want of optional data.
  'no-price-base-amount': () =>
    'prisbasbeloppet (priceBaseAmount) saknas, så räknaren för den egna skatten är avstängd för året',
  'no-tax-rate': () => 'skattesatsen (taxRate) saknas, så räknaren för den egna skatten är avstängd för året',
  'no-baseline': (p) =>
    `ingen basperiod (baseline) är angiven, så trenden räknas från det första värdet (${str(p.period)})`,
  'no-investments': () => 'inget år har investeringar (investments), så investeringarna kan inte visas',
};

const EN: Record<string, Template> = {
  required: () => 'is missing but required',
  'unknown-property': () => 'is not a known field (a typo?)',
  'wrong-type': (p) => `must be ${typeWords(p.expected, 'en')}, not ${actualWords(p.actual, 'en')}`,
  'not-allowed': (p) => notAllowed(p, 'en'),
  'wrong-value': (p) => `must be ${JSON.stringify(p.expected)}`,
  'bad-format': (p) => badFormat(p, 'en'),
  'bad-key': (p) => `the key must be ${format(p.format, 'en')}`,
  'too-short': (p) => `must not be empty (at least ${str(p.limit)} characters)`,
  'too-long': (p) => `is too long (at most ${str(p.limit)} characters)`,
  'too-few': (p) => `must have at least ${count(p, 'en')}`,
  'too-many': (p) => `may have at most ${count(p, 'en')}`,
  'too-small': (p) => `must be at least ${str(p.limit)}`,
  'too-large': (p) => `must be at most ${str(p.limit)}`,
  'not-above': (p) => `must be greater than ${str(p.limit)}`,
  'not-finite': () => 'must be a finite number',
  duplicate: () => 'appears twice in the list',
  'duplicate-id': (p) => `id "${str(p.id)}" is already used at ${str(p.first)}`,
  'duplicate-date': (p) => `the date ${str(p.id)} is already given at ${str(p.first)}`,
  'unknown-reference': (p) => unknownReference(p, 'en'),
  cycle: (p) => `forms a cycle: ${(p.ids as string[]).join(' → ')}`,
  'self-parent': () => 'points to itself',
  'range-order': (p) => `"${str(p.from)}" comes after "${str(p.to)}"`,
  'min-above-max': () => 'min is greater than max',
  'duplicate-period': (p) => `period ${str(p.period)} is already given at ${str(p.first)}`,
  'missing-baseline': (p) => `the baseline period ${str(p.period)} has no value`,
  'ranges-order': () => 'the ranges’ upper ends must increase',
  'negative-value': (p) => `${str(p.value)} is negative, but the unit ${str(p.unit)} cannot be below 0`,
  'invalid-date': (p) => invalidDate(p.date, 'en'),
  'invalid-time-zone': (p) => `"${str(p.zone)}" is not a known time zone`,
  'empty-interval': () => 'opens and closes at the same time; write 00:00–24:00 for round the clock',
  'open-at-midnight-end': () => 'cannot open at 24:00',
  'overlapping-intervals': (p) => `overlaps the interval at ${str(p.first)} on the same day`,
  'duplicate-rule': (p) => `there is already a rule for "${str(p.id)}" at ${str(p.first)}`,
  'missing-amount': () => 'has no amount and no children',
  'sum-mismatch': (p) => `the amount ${str(p.amount)} is not the sum of its children (${str(p.sum)})`,
  'duplicate-year': (p) => `${str(p.year)} (${str(p.kind)}) is already given at ${str(p.first)}`,
  'no-price-base-amount': () =>
    'the price base amount (priceBaseAmount) is missing, so the own-tax calculator is off for the year',
  'no-tax-rate': () => 'the tax rate (taxRate) is missing, so the own-tax calculator is off for the year',
  'no-baseline': (p) =>
    `no baseline period is given, so the trend is counted from the first value (${str(p.period)})`,
  'no-investments': () => 'no year has investments, so investments cannot be shown',
};

const TEMPLATES: Record<MessageLang, Record<string, Template>> = { sv: SV, en: EN };

/** Puts a problem code in words; an unknown code is shown as is rather than lost. */
export function problemMessage(code: string, params: ProblemParams, lang: MessageLang): string {
  const template = TEMPLATES[lang][code];
  return template ? template(params) : code;
}

/** Every problem and warning code that has words, for tests that check no code is left without. */
export const PROBLEM_CODES: readonly string[] = Object.keys(EN);

/** The codes of warnings: the feed is valid, but missing optional data switches a feature off. */
export const WARNING_CODES: readonly string[] = [
  'no-price-base-amount',
  'no-tax-rate',
  'no-baseline',
  'no-investments',
];

/**
 * A problem in words, with the item it lies in named first when there is one:
 * `Målet "mal-2" (Trygg stad): "grön" är inte en giltig status. …`. `item` is that name alone.
 */
export function wordProblem(
  problem: { readonly path: string; readonly code: string; readonly params: ProblemParams },
  lang: MessageLang,
  item: string | undefined,
): FeedProblem {
  const text = problemMessage(problem.code, problem.params, lang);
  const { path, code } = problem;
  return item === undefined
    ? { path, code, message: text }
    : { path, code, message: `${item}: ${text}`, item };
}

/**
 * One problem on one line, the item first, then where, then what:
 * `Målet "mal-2" (Trygg stad), /goals/1/status: "grön" är inte en giltig status. …`.
 */
export function problemLine(problem: FeedProblem): string {
  const where = problem.path === '' ? '/' : problem.path;
  const { item, message } = problem;
  if (item !== undefined && message.startsWith(`${item}: `))
    return `${item}, ${where}: ${message.slice(item.length + 2)}`;
  return `${where}: ${message}`;
}

/** What `parseErrorMessage` reads of a FeedParseError. */
export interface ParseErrorInfo {
  readonly code: string;
  readonly params: ProblemParams;
  readonly line: number;
  readonly column: number;
}

type ParseTemplate = (e: ParseErrorInfo) => string;

const PARSE_SV: Record<string, ParseTemplate> = {
  empty: () => 'Texten är tom. Ett flöde är ett JSON-objekt: { "version": 1, … }',
  'unexpected-end': (e) =>
    `Texten tar slut för tidigt: ${e.params.expected ? `ett avslutande ${str(e.params.expected)} saknas` : 'något saknas i slutet'}`,
  'missing-comma': (e) =>
    e.params.atLineEnd
      ? `Ett kommatecken saknas i slutet av rad ${e.line}`
      : `Ett kommatecken saknas på rad ${e.line}, kolumn ${e.column}`,
  'trailing-comma': (e) =>
    `Kommatecknet på rad ${e.line} ska bort: efter det sista värdet i en lista eller ett objekt kommer inget kommatecken`,
  'missing-colon': () => 'Ett kolon (:) saknas efter namnet',
  'key-not-quoted': () => 'Namnet ska stå inom dubbla citattecken, som "title"',
  'wrong-quotes': (e) => `JSON använder raka dubbla citattecken ("), inte ${str(e.params.char)}`,
  'decimal-comma': () => 'Decimaltal skrivs med punkt i JSON (4.5), inte med komma',
  'line-break-in-string': () =>
    'En text tar inte slut på raden: ett avslutande " saknas (skriv \\n för en radbrytning i texten)',
  'control-character': () => 'Ett osynligt styrtecken (som tabb) står i en text: ta bort det eller skriv \\t',
  'bad-escape': () =>
    'Efter \\ kan bara ", \\, /, b, f, n, r, t eller u stå; skriv \\\\ för ett omvänt snedstreck',
  'bad-number': () =>
    'Talet är inte skrivet som i JSON: till exempel 12, -3 eller 4.5, utan inledande nollor',
  'unquoted-text': () => 'Text ska stå inom dubbla citattecken ("…"); bara true, false och null skrivs utan',
  'extra-text': () => 'Texten fortsätter efter att flödet har slutat (en } eller ] för mycket?)',
  'unexpected-character': (e) => `Tecknet ${str(e.params.char)} kan inte stå här`,
  syntax: () => 'Texten är inte giltig JSON',
};

const PARSE_EN: Record<string, ParseTemplate> = {
  empty: () => 'The text is empty. A feed is a JSON object: { "version": 1, … }',
  'unexpected-end': (e) =>
    `The text ends too early: ${e.params.expected ? `a closing ${str(e.params.expected)} is missing` : 'something is missing at the end'}`,
  'missing-comma': (e) =>
    e.params.atLineEnd
      ? `A comma is missing at the end of line ${e.line}`
      : `A comma is missing on line ${e.line}, column ${e.column}`,
  'trailing-comma': (e) =>
    `Remove the comma on line ${e.line}: no comma comes after the last value of a list or an object`,
  'missing-colon': () => 'A colon (:) is missing after the name',
  'key-not-quoted': () => 'The name must be in double quotes, like "title"',
  'wrong-quotes': (e) => `JSON uses straight double quotes ("), not ${str(e.params.char)}`,
  'decimal-comma': () => 'Decimal numbers are written with a point in JSON (4.5), not a comma',
  'line-break-in-string': () =>
    'A string does not end on its line: a closing " is missing (write \\n for a line break in the text)',
  'control-character': () =>
    'An invisible control character (such as a tab) is in a string: remove it or write \\t',
  'bad-escape': () => 'After \\ only ", \\, /, b, f, n, r, t or u may follow; write \\\\ for a backslash',
  'bad-number': () => 'The number is not written the JSON way: for example 12, -3 or 4.5, no leading zeros',
  'unquoted-text': () => 'Text must be in double quotes ("…"); only true, false and null are written without',
  'extra-text': () => 'The text goes on after the feed has ended (one } or ] too many?)',
  'unexpected-character': (e) => `The character ${str(e.params.char)} cannot be here`,
  syntax: () => 'The text is not valid JSON',
};

/** Every JSON syntax error code that has words. */
export const PARSE_ERROR_CODES: readonly string[] = Object.keys(PARSE_EN);

/**
 * A JSON syntax error (a FeedParseError) in words: `Ett kommatecken saknas i slutet av rad 12`.
 * The line is named only where it is the point; show `line` and `column` beside it.
 */
export function parseErrorMessage(error: ParseErrorInfo, lang: MessageLang): string {
  const table = lang === 'sv' ? PARSE_SV : PARSE_EN;
  return (table[error.code] ?? table.syntax!)(error);
}

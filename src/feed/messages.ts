/**
 * Feed problems in words, Swedish and English. A problem is found once, as a code with
 * parameters; it is put in words here, so the CLI, the console and the element all say the same.
 * Pure: no DOM, no Lit.
 */

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

function quoteList(values: unknown): string {
  return (Array.isArray(values) ? values : [values]).map((v) => JSON.stringify(v)).join(', ');
}

function format(name: unknown, lang: MessageLang): string {
  return FORMATS[String(name)]?.[lang] ?? (lang === 'sv' ? 'rätt format' : 'the right format');
}

const str = (value: unknown): string => String(value);

const SV: Record<string, Template> = {
  required: () => 'saknas, men måste finnas',
  'unknown-property': () => 'är inte ett känt fält (stavfel?)',
  'wrong-type': (p) => `ska vara ${typeWords(p.expected, 'sv')}, inte ${actualWords(p.actual, 'sv')}`,
  'not-allowed': (p) => `ska vara ett av ${quoteList(p.allowed)}`,
  'wrong-value': (p) => `ska vara ${JSON.stringify(p.expected)}`,
  'bad-format': (p) => `ska vara ${format(p.format, 'sv')}`,
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
  'unknown-reference': (p) => `"${str(p.id)}" finns inte bland ${str(p.target)}`,
  cycle: (p) => `bildar en cirkel: ${(p.ids as string[]).join(' → ')}`,
  'self-parent': () => 'pekar på sig själv',
  'range-order': (p) => `"${str(p.from)}" kommer efter "${str(p.to)}"`,
  'min-above-max': () => 'min är större än max',
  'duplicate-period': (p) => `perioden ${str(p.period)} finns redan på ${str(p.first)}`,
  'missing-baseline': (p) => `basperioden ${str(p.period)} har inget värde`,
  'ranges-order': () => 'intervallens övre gränser ska stiga',
  'negative-value': (p) =>
    `${str(p.value)} är negativt, men enheten ${str(p.unit)} kan inte vara mindre än 0`,
  'invalid-date': (p) => `${str(p.date)} är inget riktigt datum`,
  'invalid-time-zone': (p) => `"${str(p.zone)}" är ingen känd tidszon`,
  'empty-interval': () => 'öppnar och stänger samma tid; skriv 00:00–24:00 för dygnet runt',
  'open-at-midnight-end': () => 'kan inte öppna 24:00',
  'overlapping-intervals': (p) => `överlappar intervallet på ${str(p.first)} samma dag`,
  'duplicate-rule': (p) => `det finns redan en regel för "${str(p.id)}" på ${str(p.first)}`,
  'missing-amount': () => 'saknar belopp (amount) och har inga underposter',
  'sum-mismatch': (p) => `beloppet ${str(p.amount)} är inte summan av underposterna (${str(p.sum)})`,
  'duplicate-year': (p) => `${str(p.year)} (${str(p.kind)}) finns redan på ${str(p.first)}`,
};

const EN: Record<string, Template> = {
  required: () => 'is missing but required',
  'unknown-property': () => 'is not a known field (a typo?)',
  'wrong-type': (p) => `must be ${typeWords(p.expected, 'en')}, not ${actualWords(p.actual, 'en')}`,
  'not-allowed': (p) => `must be one of ${quoteList(p.allowed)}`,
  'wrong-value': (p) => `must be ${JSON.stringify(p.expected)}`,
  'bad-format': (p) => `must be ${format(p.format, 'en')}`,
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
  'unknown-reference': (p) => `"${str(p.id)}" is not among ${str(p.target)}`,
  cycle: (p) => `forms a cycle: ${(p.ids as string[]).join(' → ')}`,
  'self-parent': () => 'points to itself',
  'range-order': (p) => `"${str(p.from)}" comes after "${str(p.to)}"`,
  'min-above-max': () => 'min is greater than max',
  'duplicate-period': (p) => `period ${str(p.period)} is already given at ${str(p.first)}`,
  'missing-baseline': (p) => `the baseline period ${str(p.period)} has no value`,
  'ranges-order': () => 'the ranges’ upper ends must increase',
  'negative-value': (p) => `${str(p.value)} is negative, but the unit ${str(p.unit)} cannot be below 0`,
  'invalid-date': (p) => `${str(p.date)} is not a real date`,
  'invalid-time-zone': (p) => `"${str(p.zone)}" is not a known time zone`,
  'empty-interval': () => 'opens and closes at the same time; write 00:00–24:00 for round the clock',
  'open-at-midnight-end': () => 'cannot open at 24:00',
  'overlapping-intervals': (p) => `overlaps the interval at ${str(p.first)} on the same day`,
  'duplicate-rule': (p) => `there is already a rule for "${str(p.id)}" at ${str(p.first)}`,
  'missing-amount': () => 'has no amount and no children',
  'sum-mismatch': (p) => `the amount ${str(p.amount)} is not the sum of its children (${str(p.sum)})`,
  'duplicate-year': (p) => `${str(p.year)} (${str(p.kind)}) is already given at ${str(p.first)}`,
};

const TEMPLATES: Record<MessageLang, Record<string, Template>> = { sv: SV, en: EN };

/** Puts a problem code in words; an unknown code is shown as is rather than lost. */
export function problemMessage(code: string, params: ProblemParams, lang: MessageLang): string {
  const template = TEMPLATES[lang][code];
  return template ? template(params) : code;
}

/** Every problem code that has words, for tests that check no code is left without. */
export const PROBLEM_CODES: readonly string[] = Object.keys(EN);

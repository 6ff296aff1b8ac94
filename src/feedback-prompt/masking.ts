/**
 * Masks personal data in free text before it leaves the browser: e-mail addresses, phone
 * numbers (Swedish formats, and any number written with an international +code) and Swedish
 * personal identity numbers (personnummer and samordningsnummer). Pure: no DOM, no Lit.
 *
 * Identity numbers are recognised by shape (YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN, with or
 * without the separator, or a space), a real date (samordningsnummer: day + 60) and the Luhn
 * control digit. Only numbers that pass all three are masked as identity numbers.
 *
 * A number with the shape and a real date but a wrong control digit is most often a
 * personnummer with a typo, which still points to one person. It is masked too, as a plain
 * "[nummer]", after phone numbers have had their turn (0701234567 is a phone number, not a
 * mistyped personnummer). Over-masking costs an editor a reference number; under-masking
 * sends personal data to a server that must then handle it under GDPR. The server masks again.
 */

/** What each kind of data is replaced with. Stable tokens: the server and editors read them. */
export const PLACEHOLDERS = {
  email: '[e-post]',
  phone: '[telefonnummer]',
  identity: '[personnummer]',
  number: '[nummer]',
} as const;

export type MaskKind = keyof typeof PLACEHOLDERS;

export interface MaskResult {
  /** The text with every finding replaced by its placeholder. */
  readonly text: string;
  /** How many of each kind were replaced. */
  readonly found: Readonly<Record<MaskKind, number>>;
}

// Local part, "@" (or "(at)", "[at]", " at " is too common a word), then a domain with a dot.
const EMAIL = /[\p{L}\p{N}._%+'-]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/giu;

// [century] YY MM DD [separator] NNNN, not inside a longer run of digits.
const IDENTITY = /(?<![\d+])(\d{2})?(\d{6})([-+\u2013 ]?)(\d{4})(?!\d)/g;

// Swedish numbers: 0, +46 or 0046 (optionally "(0)"), then 6 to 9 more digits, which may be
// grouped with spaces, hyphens or brackets (070-123 45 67, 08-123 456 78, +46 (0)70 123 45 67).
// Then any other +country number of 7 to 14 digits. Dots and slashes are not separators, so
// times (07.30-16.00) and dates (5/6/2023) stay as they are.
const SEP = '[\\s\\-\u2013()]{0,3}';
const PHONE = new RegExp(
  `(?<![\\d+])(?:(?:\\+|00)${SEP}46${SEP}(?:\\(0\\)${SEP})?|\\(?0)[1-9](?:${SEP}\\d){5,8}(?!\\d)` +
    `|(?<![\\d+])\\+\\d(?:${SEP}\\d){6,13}(?!\\d)`,
  'g',
);

/** The Luhn check over a string of digits, as Skatteverket uses it for the last 10 digits. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 2, 1, 2, 1, … from the left for an even count (the 10 digits of a personnummer).
    let d = Number(digits[i]) * ((digits.length - i) % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Whether YY(YY)MMDD is a real date; day + 60 for a samordningsnummer. */
function realDate(century: string | undefined, yymmdd: string): boolean {
  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  let day = Number(yymmdd.slice(4, 6));
  if (day > 60) day -= 60;
  if (century !== undefined && !['18', '19', '20'].includes(century)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  // Without the century, 00 may be 2000 (a leap year): allow 29 February for every yy % 4 = 0.
  const year = century === undefined ? 2000 + yy : Number(century + yymmdd.slice(0, 2));
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Which kind of identity-shaped number a match is: valid, mistyped (a real date) or neither. */
function identityKind(century: string | undefined, yymmdd: string, last4: string): 'valid' | 'shape' | null {
  if (!realDate(century, yymmdd)) return null;
  return luhn(yymmdd + last4) ? 'valid' : 'shape';
}

/**
 * Whether the text is exactly one valid personnummer or samordningsnummer, in any of the
 * accepted forms: 811218-9876, 8112189876, 19811218-9876, 198112189876, 811218+9876.
 */
export function isIdentityNumber(text: string): boolean {
  const match = /^(\d{2})?(\d{6})([-+\u2013 ]?)(\d{4})$/.exec(text.trim());
  return match !== null && identityKind(match[1], match[2]!, match[4]!) === 'valid';
}

function replaceAll(
  text: string,
  pattern: RegExp,
  found: Record<MaskKind, number>,
  decide: (match: string, groups: (string | undefined)[]) => MaskKind | null,
): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const kind = decide(match, rest as (string | undefined)[]);
    if (!kind) return match;
    found[kind]++;
    return PLACEHOLDERS[kind];
  });
}

export interface MaskOptions {
  /** Mask phone numbers too (default true; page paths leave them alone). */
  readonly phone?: boolean;
}

/**
 * Replaces e-mail addresses, identity numbers and phone numbers in `text` with placeholders
 * and counts them. Order matters: valid identity numbers first, then phone numbers, then
 * identity-shaped numbers with a wrong control digit.
 */
export function maskPersonalData(text: string, options: MaskOptions = {}): MaskResult {
  const found: Record<MaskKind, number> = { email: 0, phone: 0, identity: 0, number: 0 };
  let out = replaceAll(text, EMAIL, found, () => 'email');
  out = replaceAll(out, IDENTITY, found, (_, [century, yymmdd, , last4]) =>
    identityKind(century, yymmdd!, last4!) === 'valid' ? 'identity' : null,
  );
  if (options.phone !== false) out = replaceAll(out, PHONE, found, () => 'phone');
  out = replaceAll(out, IDENTITY, found, (_, [century, yymmdd, , last4]) =>
    identityKind(century, yymmdd!, last4!) ? 'number' : null,
  );
  return { text: out, found };
}

/**
 * Searching reader-facing text the way the reader's language compares letters. Pure.
 *
 * `fold` makes text comparable: lower case, and accents removed, except that in Swedish å, ä and
 * ö stay letters of their own (as Swedish collation has it: "år" is not "ar"). In English they
 * fold too, so a reader without a Swedish keyboard finds "Förskola" by typing "forskola".
 * So: "åtagande" finds "Åtagande" in both languages; "atagande" finds it in English only;
 * "cafe" finds "Café" in both.
 */
import type { Lang } from './locale.js';

const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;
/** Letters Swedish keeps apart from their base letter (lower case, composed). */
const SWEDISH_LETTERS = new Set(['å', 'ä', 'ö']);

const caches: Record<Lang, Map<string, string>> = { sv: new Map(), en: new Map() };

/** One character (code point), folded. Memoised: a text has few distinct characters. */
function foldChar(ch: string, lang: Lang): string {
  const cache = caches[lang];
  let folded = cache.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase().normalize('NFC');
    folded = lang === 'sv' && SWEDISH_LETTERS.has(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
    cache.set(ch, folded);
  }
  return folded;
}

/** A folded text and, for each of its code units, where it came from in the original. */
export interface FoldedText {
  readonly text: string;
  /** Index in the original of each code unit of `text`; absent when they are the same (ASCII). */
  readonly from?: readonly number[];
}

/**
 * Folds a text and keeps the way back to it, for highlighting. Expects NFC text (what the models
 * hand out); other text is folded all the same, but positions then refer to its NFC form.
 */
export function foldMapped(text: string, lang: Lang): FoldedText {
  if (ASCII.test(text)) return { text: text.toLowerCase() };
  const source = text.normalize('NFC');
  let out = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of source) {
    const folded = foldChar(ch, lang);
    out += folded;
    for (let k = 0; k < folded.length; k++) from.push(i);
    i += ch.length;
  }
  return { text: out, from };
}

/** The folded form of a text, for comparing and searching. */
export function fold(text: string, lang: Lang): string {
  return foldMapped(text, lang).text;
}

/** A span of the original text: [start, end). */
export type Range = readonly [start: number, end: number];

/**
 * Where a folded query occurs in a text, as ranges of the text (NFC), not overlapping, in order.
 * An empty query finds nothing.
 */
export function findMatches(text: string, foldedQuery: string, lang: Lang): Range[] {
  if (!foldedQuery || !text) return [];
  const folded = foldMapped(text, lang);
  const from = folded.from;
  const ranges: Range[] = [];
  let at = folded.text.indexOf(foldedQuery);
  while (at !== -1) {
    const last = at + foldedQuery.length - 1;
    if (from) {
      // The range ends where the next source character (one that folds to something) begins.
      let next = last + 1;
      while (next < from.length && from[next] === from[last]) next++;
      ranges.push([from[at]!, next < from.length ? from[next]! : text.length]);
    } else {
      ranges.push([at, last + 1]);
    }
    at = folded.text.indexOf(foldedQuery, at + foldedQuery.length);
  }
  return ranges;
}

/** A text cut into plain and matching parts, for rendering matches as <mark>. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/** Splits a text at the ranges: [{text, match: false}, {text, match: true}, …]. */
export function splitByRanges(text: string, ranges: readonly Range[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/**
 * Names the item a problem lies in, so an editor finds it by what it is called, not only by
 * its JSON Pointer: `Målet "mal-2" (Trygg stad)`. Pure: no DOM, no Lit.
 */
import type { MessageLang } from './messages.js';

type Words = Readonly<Record<MessageLang, string>>;

/** The word for an item of each list, by the list's key. */
const ITEM_WORDS: Readonly<Record<string, Words>> = {
  goals: { sv: 'Målet', en: 'The goal' },
  indicators: { sv: 'Indikatorn', en: 'The indicator' },
  units: { sv: 'Enheten', en: 'The unit' },
  comparisons: { sv: 'Jämförelsen', en: 'The comparison' },
  years: { sv: 'Budgetåret', en: 'The budget year' },
  revenue: { sv: 'Budgetposten', en: 'The budget item' },
  costs: { sv: 'Budgetposten', en: 'The budget item' },
  investments: { sv: 'Budgetposten', en: 'The budget item' },
  children: { sv: 'Budgetposten', en: 'The budget item' },
  chapters: { sv: 'Kapitlet', en: 'The chapter' },
  contacts: { sv: 'Kontaktpunkten', en: 'The contact point' },
  offices: { sv: 'Kontoret', en: 'The office' },
  schedules: { sv: 'Öppettiderna', en: 'The schedule' },
  channels: { sv: 'Kanalen', en: 'The channel' },
  people: { sv: 'Personen', en: 'The person' },
};

/** Titles longer than this are cut with an ellipsis: the id already tells items apart. */
const MAX_TITLE = 60;

/** A feed text (a string or a map of language → string) in `lang`, else Swedish, else any. */
function textIn(text: unknown, lang: MessageLang): string | undefined {
  if (typeof text === 'string') return text;
  if (text === null || typeof text !== 'object') return undefined;
  const map = text as Record<string, unknown>;
  const found = [map[lang], map.sv, ...Object.values(map)].find((t) => typeof t === 'string');
  return found;
}

function label(list: string, item: Record<string, unknown>, lang: MessageLang): string | undefined {
  const word = ITEM_WORDS[list]![lang];
  // A budget year has no id: its year and kind name it.
  if (list === 'years') {
    if (typeof item.year !== 'number') return undefined;
    return `${word} ${item.year}${typeof item.kind === 'string' ? ` (${item.kind})` : ''}`;
  }
  if (typeof item.id !== 'string' || item.id === '') return undefined;
  let title = textIn(item.title ?? item.name ?? item.label, lang)?.trim();
  if (title !== undefined && title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
  return `${word} ${JSON.stringify(item.id)}${title ? ` (${title})` : ''}`;
}

/**
 * The innermost named item on the way to `path` in `doc` (an item of a list such as `goals`,
 * `indicators` or a budget year's `costs`), in words; undefined when the path is in no named
 * item or the item has no id to name it by.
 */
export function itemLabel(doc: unknown, path: string, lang: MessageLang): string | undefined {
  if (path === '') return undefined;
  let node = doc;
  let key = '';
  let found: string | undefined;
  for (const raw of path.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token))
      break;
    const next = (node as Record<string, unknown>)[token];
    if (Array.isArray(node) && Object.prototype.hasOwnProperty.call(ITEM_WORDS, key)) {
      if (next !== null && typeof next === 'object' && !Array.isArray(next)) {
        found = label(key, next as Record<string, unknown>, lang) ?? found;
      }
    }
    key = token;
    node = next;
  }
  return found;
}

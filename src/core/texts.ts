/**
 * The strings every element shares, in Swedish and English. Each element adds its own and
 * every one can be overridden per element (`el.texts = { loading: '…' }`). Pure.
 */
import { STATUS_TEXT_KEY, STATUS_WORDS } from '../feed/vocabulary.js';
import type { Lang } from './locale.js';

export const CORE_TEXTS = {
  sv: {
    loading: 'Hämtar uppgifter …',
    unavailable: 'Innehållet kan inte visas just nu.',
    retry: 'Försök igen',
    empty: 'Det finns inga uppgifter att visa här ännu.',
    stale: 'Visar sparade uppgifter från {date}. De senaste kunde inte hämtas.',
    exampleData: 'Exempeldata: siffrorna är inte hämtade ur en offentlig källa.',
    ...STATUS_WORDS.sv,
  },
  en: {
    loading: 'Loading …',
    unavailable: 'The content cannot be shown right now.',
    retry: 'Try again',
    empty: 'There is no information to show here yet.',
    stale: 'Showing saved information from {date}. The latest could not be fetched.',
    exampleData: 'Example data: the figures are not taken from a public source.',
    ...STATUS_WORDS.en,
  },
} as const;

export type CoreTextKey = keyof (typeof CORE_TEXTS)['sv'];

/** The shared text key of each status's word (`statusAchieved`, …). */
export { STATUS_TEXT_KEY };

/** A full set of texts for one language: shared ones plus an element's own. */
export type TextSet<K extends string = CoreTextKey> = Readonly<Record<K | CoreTextKey, string>>;

/**
 * Merges shared texts in `lang`, an element's own defaults (one language's table, loaded as a
 * chunk of its own) and the host's overrides.
 */
export function resolveTexts<K extends string>(
  lang: Lang,
  own: Readonly<Record<K, string>> | undefined,
  overrides: Partial<Record<string, string>> | undefined,
): TextSet<K> {
  const merged: Record<string, string> = { ...CORE_TEXTS[lang], ...(own ?? {}) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'string') merged[key] = value;
  }
  return merged as TextSet<K>;
}

/** Fills {name} placeholders: fill('rad {line}', { line: 3 }) → 'rad 3'. Unknown names stay. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/**
 * An element's own strings, one chunk per language: a page fetches the table of the language it
 * speaks, not every language's. Write each importer as a literal `import('./x.texts.sv.js')` so
 * rollup makes it a chunk of its own.
 */
import { lazyModule, type LazyModule } from './lazy-module.js';
import { LANGS, type Lang } from './locale.js';

/** One language's strings, by key. */
export type TextTable<K extends string> = Readonly<Record<K, string>>;

export interface LazyTexts<K extends string> {
  /** The language's table once loaded; undefined before. */
  get(lang: Lang): TextTable<K> | undefined;
  /** Any language's table that is loaded, for an element that has shown none yet. */
  anyLoaded(): TextTable<K> | undefined;
  /** The language's table, fetching it on the first call (and again after a failed fetch). */
  load(lang: Lang): Promise<TextTable<K>>;
}

export function lazyTexts<K extends string>(
  importers: Readonly<Record<Lang, () => Promise<TextTable<K>>>>,
): LazyTexts<K> {
  const chunks = Object.fromEntries(LANGS.map((lang) => [lang, lazyModule(importers[lang])])) as Record<
    Lang,
    LazyModule<TextTable<K>>
  >;
  return {
    get: (lang) => chunks[lang].module,
    anyLoaded: () => LANGS.map((lang) => chunks[lang].module).find((table) => table !== undefined),
    load: (lang) => chunks[lang].load(),
  };
}

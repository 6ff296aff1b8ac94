/**
 * Checks a parsed document against the feed contract with a given generated validator (the
 * whole feed, or one element's sections) and the checks beyond the schema. Never throws: a
 * bug in here becomes a problem on the whole document rather than a broken host page. Pure.
 */
import type { FeedProblem } from './errors.js';
import type { Feed } from './generated/feed-types.js';
import { itemLabel } from './item-context.js';
import { wordProblem, type MessageLang } from './messages.js';
import { schemaProblems, type RawProblem } from './schema-problems.js';
import { semanticProblems, type FeedSection } from './semantic.js';
import type { GeneratedValidator } from './validator-types.js';
import { feedWarnings } from './warnings.js';

export interface CheckOptions {
  /** Language of the messages. Default Swedish. */
  lang?: MessageLang;
  /** Only these sections count (the ones an element needs); all when absent. */
  sections?: readonly FeedSection[];
  /**
   * Sections read only when they are valid (with `sections`): one with problems is left out of
   * the feed the result carries, and its problems do not fail the check, so a broken `goals`
   * does not blank a <budget-explainer> that merely links goals.
   */
  optional?: readonly FeedSection[];
}

/** What a check found beyond pass or fail, for the console rather than the page. */
interface Aside {
  /** Optional sections left out of `feed` because they have problems. */
  readonly omitted: readonly FeedSection[];
  /** Problems that do not count here: in the omitted sections, and in sections not read at all. */
  readonly elsewhere: readonly FeedProblem[];
  /** Missing optional data that switches a feature off; never makes the feed invalid. */
  readonly warnings: readonly FeedProblem[];
}

/**
 * `warnings` never make a feed invalid: optional data is missing and a feature is off (the
 * own-tax calculator without a price base amount). Only sections that pass the schema get them,
 * and `sections` limits them as it limits problems.
 */
export type CheckResult =
  | ({ readonly ok: true; readonly feed: Feed; readonly problems: readonly [] } & Aside)
  | ({ readonly ok: false; readonly feed?: undefined; readonly problems: readonly FeedProblem[] } & Aside);

const SECTIONS: readonly FeedSection[] = [
  'organization',
  'goals',
  'indicators',
  'budget',
  'contacts',
  'feedback',
];

/** The section a path lies in; undefined for the document itself (version, unknown keys). */
function sectionOf(path: string): FeedSection | undefined {
  const first = path.split('/', 2)[1] as FeedSection;
  return SECTIONS.includes(first) ? first : undefined;
}

/**
 * Several elements on a page check the same document (the loader shares it): the schema runs
 * once per document and validator, the checks beyond it once per set of sections.
 */
const schemaCache = new WeakMap<object, Map<GeneratedValidator, RawProblem[]>>();
const semanticCache = new WeakMap<object, Map<string, RawProblem[]>>();
const warningCache = new WeakMap<object, Map<string, RawProblem[]>>();

function cached<K, V>(store: WeakMap<object, Map<K, V>>, doc: unknown, key: K, compute: () => V): V {
  if (doc === null || typeof doc !== 'object') return compute();
  let byKey = store.get(doc);
  if (!byKey) store.set(doc, (byKey = new Map<K, V>()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key)!;
}

/** Problems that count for the wanted sections, the others the validator reported, and warnings. */
interface Found {
  readonly counted: RawProblem[];
  readonly elsewhere: RawProblem[];
  readonly warnings: RawProblem[];
}

function rawProblems(doc: unknown, validator: GeneratedValidator, wanted?: readonly FeedSection[]): Found {
  const schema = cached(schemaCache, doc, validator, () =>
    validator(doc) ? [] : schemaProblems(validator.errors ?? [], doc),
  );
  const counts = (p: RawProblem): boolean => {
    const section = sectionOf(p.path);
    return !wanted || section === undefined || wanted.includes(section);
  };
  const relevant = schema.filter(counts);
  const elsewhere = schema.filter((p) => !counts(p));
  // A document that is not a feed of this version leaves nothing more to check.
  if (schema.some((p) => p.path === '' || p.path === '/version'))
    return { counted: relevant, elsewhere, warnings: [] };
  // Sections that failed the schema cannot be trusted for the checks beyond it; the others can.
  const broken = new Set(schema.map((p) => sectionOf(p.path)));
  const clean = (wanted ?? SECTIONS).filter((section) => !broken.has(section));
  const semantic = cached(semanticCache, doc, clean.join(' '), () => semanticProblems(doc as Feed, clean));
  const paths = new Set(relevant.map((p) => p.path));
  const counted = [...relevant, ...semantic.filter((p) => !paths.has(p.path))];
  // Warnings, like the checks beyond the schema, only for sections whose shape can be trusted.
  const warnings = cached(warningCache, doc, clean.join(' '), () => feedWarnings(doc as Feed, clean));
  return { counted, elsewhere, warnings };
}

/**
 * The document without some sections, the same object for the same document and sections, so
 * elements sharing a feed share the copy (and the caches above).
 */
const withoutCache = new WeakMap<object, Map<string, object>>();

function without(doc: object, sections: readonly FeedSection[]): object {
  return cached(withoutCache, doc, sections.join(' '), () => {
    const copy: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
    for (const section of sections) delete copy[section];
    return copy;
  });
}

/** Problems in words, each naming the item it lies in (found in the document by its path). */
function worded(raw: readonly RawProblem[], lang: MessageLang, doc: unknown): FeedProblem[] {
  return raw.map((p) => wordProblem(p, lang, itemLabel(doc, p.path, lang)));
}

/**
 * Checks a document with a generated validator (the whole feed's or one element's). With
 * `sections`, only problems in those sections and in the document itself count, so a broken
 * budget does not stop <goal-tree>.
 */
export function checkFeed(
  doc: unknown,
  validator: GeneratedValidator,
  options: CheckOptions = {},
): CheckResult {
  const lang = options.lang ?? 'sv';
  try {
    const optional = options.sections ? (options.optional ?? []) : [];
    const wanted = options.sections && [...options.sections, ...optional];
    let found = rawProblems(doc, validator, wanted);
    let feed = doc;
    const omitted = optional.filter((section) => found.counted.some((p) => sectionOf(p.path) === section));
    if (omitted.length > 0 && doc !== null && typeof doc === 'object') {
      // Check again without them: references into a section the feed leaves out are not followed.
      const inOmitted = found.counted.filter((p) => omitted.includes(sectionOf(p.path)!));
      feed = without(doc, omitted);
      const rest = rawProblems(
        feed,
        validator,
        wanted!.filter((section) => !omitted.includes(section)),
      );
      found = { ...rest, elsewhere: [...found.elsewhere, ...inOmitted] };
    }
    const aside = {
      omitted,
      elsewhere: worded(found.elsewhere, lang, doc),
      warnings: worded(found.warnings, lang, doc),
    };
    if (found.counted.length > 0) return { ok: false, problems: worded(found.counted, lang, doc), ...aside };
    return { ok: true, feed: feed as Feed, problems: [], ...aside };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', code: 'internal', message }],
      omitted: [],
      elsewhere: [],
      warnings: [],
    };
  }
}

/** The shape of a lazily loaded section checker (src/feed/sections/*.ts). */
export type SectionCheck = (doc: unknown, options: CheckOptions) => CheckResult;

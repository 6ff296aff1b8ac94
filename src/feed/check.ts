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
  /** Only these sections count (the ones an element reads); all when absent. */
  sections?: readonly FeedSection[];
}

/**
 * `warnings` never make a feed invalid: optional data is missing and a feature is off (the
 * own-tax calculator without a price base amount). Only sections that pass the schema get them,
 * and `sections` limits them as it limits problems.
 */
export type CheckResult =
  | {
      readonly ok: true;
      readonly feed: Feed;
      readonly problems: readonly [];
      readonly warnings: readonly FeedProblem[];
    }
  | {
      readonly ok: false;
      readonly feed?: undefined;
      readonly problems: readonly FeedProblem[];
      readonly warnings: readonly FeedProblem[];
    };

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

function rawProblems(
  doc: unknown,
  validator: GeneratedValidator,
  wanted?: readonly FeedSection[],
): { problems: RawProblem[]; warnings: RawProblem[] } {
  const schema = cached(schemaCache, doc, validator, () =>
    validator(doc) ? [] : schemaProblems(validator.errors ?? [], doc),
  );
  const relevant = wanted
    ? schema.filter((p) => {
        const section = sectionOf(p.path);
        return section === undefined || wanted.includes(section);
      })
    : schema;
  // A document that is not a feed of this version leaves nothing more to check.
  if (schema.some((p) => p.path === '' || p.path === '/version')) return { problems: relevant, warnings: [] };
  // Sections that failed the schema cannot be trusted for the checks beyond it; the others can.
  const broken = new Set(schema.map((p) => sectionOf(p.path)));
  const clean = (wanted ?? SECTIONS).filter((section) => !broken.has(section));
  const semantic = cached(semanticCache, doc, clean.join(' '), () => semanticProblems(doc as Feed, clean));
  const paths = new Set(relevant.map((p) => p.path));
  const problems = [...relevant, ...semantic.filter((p) => !paths.has(p.path))];
  // Warnings, like the checks beyond the schema, only for sections whose shape can be trusted.
  const warnings = cached(warningCache, doc, clean.join(' '), () => feedWarnings(doc as Feed, clean));
  return { problems, warnings };
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
    const raw = rawProblems(doc, validator, options.sections);
    const warnings = worded(raw.warnings, lang, doc);
    if (raw.problems.length > 0) return { ok: false, problems: worded(raw.problems, lang, doc), warnings };
    return { ok: true, feed: doc as Feed, problems: [], warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', code: 'internal', message }], warnings: [] };
  }
}

/** The shape of a lazily loaded section checker (src/feed/sections/*.ts). */
export type SectionCheck = (doc: unknown, options: CheckOptions) => CheckResult;

/**
 * The part of the feed check that finds problems without putting them in words: the generated
 * validator, the checks beyond the schema, sections counted or left out, warnings. Elements load
 * only this on the happy path (check-sections.ts); the words, and the turning of Ajv's errors
 * into problems, are fetched only when there is something to say (check.ts). Pure.
 */
import type { FeedProblem } from './errors.js';
import type { Feed } from './generated/feed-types.js';
import type { MessageLang } from './messages.js';
import type { RawProblem } from './schema-problems.js';
import { semanticProblems, type FeedSection } from './semantic.js';
import type { GeneratedValidator, GeneratedValidatorError } from './validator-types.js';

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
  /**
   * Whether to look for warnings (default true). The elements pass false: they show a feed or
   * its problems, and warnings are for the people who write it (`insyn validate`, the validator).
   */
  warnings?: boolean;
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

/** Finds the warnings of the sections that passed (src/feed/warnings.ts). */
export type FindWarnings = (feed: Feed, sections: readonly FeedSection[]) => RawProblem[];

/** Turns the validator's errors into problems (src/feed/schema-problems.ts). */
export type SchemaProblems = (errors: readonly GeneratedValidatorError[], doc: unknown) => RawProblem[];

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
export interface Found {
  readonly counted: RawProblem[];
  readonly elsewhere: RawProblem[];
  readonly warnings: RawProblem[];
}

function rawProblems(
  doc: unknown,
  validator: GeneratedValidator,
  wanted: readonly FeedSection[] | undefined,
  toProblems: SchemaProblems | undefined,
  findWarnings: FindWarnings | undefined,
): Found | undefined {
  let schema = schemaCache.get(doc as object)?.get(validator);
  if (!schema) {
    if (validator(doc)) schema = [];
    else if (toProblems) schema = toProblems(validator.errors ?? [], doc);
    else return undefined; // the caller words problems; it loads the converter and asks again
    if (doc !== null && typeof doc === 'object') cached(schemaCache, doc, validator, () => schema!);
  }
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
  const warnings = findWarnings
    ? cached(warningCache, doc, clean.join(' '), () => findWarnings(doc as Feed, clean))
    : [];
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

/** What a check found, before words: the feed to show (maybe without optional sections) and the problems. */
export interface RawCheck {
  readonly feed: unknown;
  readonly omitted: readonly FeedSection[];
  readonly found: Found;
}

/**
 * Finds the problems that count for `options.sections` (see `checkFeed`), and warnings when given
 * `findWarnings`. Undefined when the schema failed and no `toProblems` was given: the caller loads
 * it and asks again.
 */
export function rawCheck(
  doc: unknown,
  validator: GeneratedValidator,
  options: CheckOptions,
  toProblems?: SchemaProblems,
  findWarnings?: FindWarnings,
): RawCheck | undefined {
  const optional = options.sections ? (options.optional ?? []) : [];
  const wanted = options.sections && [...options.sections, ...optional];
  const first = rawProblems(doc, validator, wanted, toProblems, findWarnings);
  if (!first) return undefined;
  let found = first;
  let feed = doc;
  const omitted = optional.filter((section) => first.counted.some((p) => sectionOf(p.path) === section));
  if (omitted.length > 0 && doc !== null && typeof doc === 'object') {
    // Check again without them: references into a section the feed leaves out are not followed.
    const inOmitted = found.counted.filter((p) => omitted.includes(sectionOf(p.path)!));
    feed = without(doc, omitted);
    const rest = rawProblems(
      feed,
      validator,
      wanted!.filter((section) => !omitted.includes(section)),
      toProblems,
      findWarnings,
    );
    if (!rest) return undefined;
    found = { ...rest, elsewhere: [...found.elsewhere, ...inOmitted] };
  }
  return { feed, omitted, found };
}

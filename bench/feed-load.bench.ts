/**
 * feed-load: what Insyn's feed path costs on a large (about 5 MB) feed, beside the cheapest way a
 * page could read the same JSON. Runs in Chromium; bench/run.mjs serves the feed, calls
 * {@link run} and computes the statistics from the raw timings it returns.
 *
 * Two groups, each one baseline and its candidates, measured in the same rounds:
 * - `load`: acquireFeed + validateFeed (what an element pays) and acquireFeed alone, beside
 *   `fetch(url).then(r => r.text()).then(JSON.parse)` of the same URL.
 * - `validate`: validateFeed(doc) and its two halves (the Ajv schema check, the cross-reference
 *   checks), beside JSON.parse(text) with the text already in memory: no network noise.
 */
import type { Feed } from '../src/feed/generated/feed-types.js';
import { validateFeed as validateFeedSchema } from '../src/feed/generated/validate-feed.js';
import { acquireFeed, clearFeedCache, FEED_STORAGE_PREFIX, resolveFeedUrl } from '../src/feed/loader.js';
import { semanticProblems } from '../src/feed/semantic.js';
import { validateFeed } from '../src/feed/validate.js';
import {
  gcBetweenRuns,
  measure,
  timerResolution,
  type BenchOptions,
  type Group,
  type GroupResult,
} from './support.js';

export type { BenchOptions, GroupResult, VariantResult } from './support.js';

export interface BenchResult {
  readonly env: {
    readonly userAgent: string;
    readonly crossOriginIsolated: boolean;
    /** Whether each timed run started right after a full GC (Chromium with --expose-gc). */
    readonly gcBetweenRuns: boolean;
    /** The smallest step of performance.now() seen, in ms. */
    readonly timerResolutionMs: number;
    readonly feedChars: number;
    /** Whether the loader kept a last good copy in localStorage (it skips texts over 2 MB). */
    readonly lastGoodCopyStored: boolean;
  };
  readonly groups: GroupResult[];
}

function mustBeValid(result: ReturnType<typeof validateFeed>): void {
  if (!result.ok) {
    const first = result.problems
      .slice(0, 5)
      .map((p) => `${p.path} ${p.code}: ${p.message}`)
      .join('; ');
    throw new Error(`The benchmark feed is not valid (${result.problems.length} problems): ${first}`);
  }
}

/** Called by the benchmark page. Returns raw timings in ms. */
export async function run(options: BenchOptions): Promise<BenchResult> {
  const url = options.feedUrl;
  const storageKey = FEED_STORAGE_PREFIX + resolveFeedUrl(url);

  // The comparison only means something for a feed Insyn accepts: check before timing.
  const text = await fetch(url, { cache: 'no-store' }).then((r) => r.text());
  mustBeValid(validateFeed(JSON.parse(text)));

  const fresh = (): void => {
    clearFeedCache();
    localStorage.removeItem(storageKey);
  };
  fresh();
  const probe = acquireFeed(url);
  mustBeValid(validateFeed((await probe.promise).data));
  probe.release();
  const lastGoodCopyStored = localStorage.getItem(storageKey) !== null;

  const load: Group = {
    id: 'load',
    title: 'load + validate (network, parse, checks)',
    baseline: {
      label: 'fetch → text → JSON.parse',
      run: () =>
        fetch(url)
          .then((r) => r.text())
          .then(JSON.parse),
    },
    candidates: [
      {
        label: 'acquireFeed + validateFeed',
        prepare: fresh,
        run: async () => {
          const lease = acquireFeed(url);
          try {
            const result = validateFeed((await lease.promise).data);
            mustBeValid(result);
            return result;
          } finally {
            lease.release();
          }
        },
      },
      {
        label: 'acquireFeed only',
        prepare: fresh,
        run: async () => {
          const lease = acquireFeed(url);
          try {
            return (await lease.promise).data;
          } finally {
            lease.release();
          }
        },
      },
    ],
  };

  // A freshly parsed document for each validation, as right after a load.
  let doc: unknown;
  const parseFresh = (): void => {
    doc = JSON.parse(text);
  };
  const validate: Group = {
    id: 'validate',
    title: 'validate only (text already in memory)',
    baseline: { label: 'JSON.parse(text)', run: () => JSON.parse(text) as unknown },
    candidates: [
      {
        label: 'validateFeed(doc)',
        prepare: parseFresh,
        run: () => {
          const result = validateFeed(doc);
          mustBeValid(result);
          return result;
        },
      },
      {
        label: '… schema (Ajv standalone)',
        prepare: parseFresh,
        run: () => {
          if (!validateFeedSchema(doc)) throw new Error('The schema check failed.');
          return doc;
        },
      },
      {
        label: '… cross-reference checks',
        prepare: parseFresh,
        run: () => {
          const problems = semanticProblems(doc as Feed);
          if (problems.length > 0)
            throw new Error(`The cross-reference checks found ${problems.length} problems.`);
          return problems;
        },
      },
    ],
  };

  const groups = [await measure(load, options), await measure(validate, options)];
  fresh();
  return {
    env: {
      userAgent: navigator.userAgent,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      gcBetweenRuns,
      timerResolutionMs: timerResolution(),
      feedChars: text.length,
      lastGoodCopyStored,
    },
    groups,
  };
}

export { lastSink } from './support.js';

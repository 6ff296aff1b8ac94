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

export interface BenchOptions {
  /** The feed's URL, same origin as the page. */
  readonly feedUrl: string;
  /** Measured rounds; each round runs every variant of a group once. */
  readonly iterations: number;
  /** Rounds run first and thrown away (JIT warm-up, caches). */
  readonly warmup: number;
}

/** One way of doing the work, and how long it took in each measured round (ms, round order). */
export interface VariantResult {
  readonly label: string;
  readonly samples: number[];
}

/** A baseline and the candidates measured beside it, in the same rounds. */
export interface GroupResult {
  readonly id: string;
  readonly title: string;
  readonly baseline: VariantResult;
  readonly candidates: VariantResult[];
}

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

/** A variant: untimed preparation, then the timed work. */
interface Variant {
  readonly label: string;
  prepare?(): void;
  run(): unknown;
}

interface Group {
  readonly id: string;
  readonly title: string;
  readonly baseline: Variant;
  readonly candidates: readonly Variant[];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Keeps results reachable, so no engine can skip the work. */
let sink: unknown;

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function timeOnce(variant: Variant): Promise<number> {
  variant.prepare?.();
  // Collect the previous run's garbage now, not inside the next measurement.
  gc?.();
  await settle();
  const start = performance.now();
  const result = variant.run();
  sink = result instanceof Promise ? await result : result;
  return performance.now() - start;
}

/**
 * Runs every variant once per round; the order rotates each round (A B C, B C A, C A B, …) so
 * drift (thermal, heap growth, other processes) hits every variant alike.
 */
async function measure(group: Group, options: BenchOptions): Promise<GroupResult> {
  const variants = [group.baseline, ...group.candidates];
  const samples = variants.map((): number[] => []);
  const rounds = options.warmup + options.iterations;
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < variants.length; k++) {
      const index = (round + k) % variants.length;
      const ms = await timeOnce(variants[index]!);
      if (round >= options.warmup) samples[index]!.push(ms);
    }
  }
  return {
    id: group.id,
    title: group.title,
    baseline: { label: group.baseline.label, samples: samples[0]! },
    candidates: group.candidates.map((c, i) => ({ label: c.label, samples: samples[i + 1]! })),
  };
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

function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 1000; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
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
  sink = undefined;
  return {
    env: {
      userAgent: navigator.userAgent,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      gcBetweenRuns: gc !== undefined,
      timerResolutionMs: timerResolution(),
      feedChars: text.length,
      lastGoodCopyStored,
    },
    groups,
  };
}

/** For debugging in the page's console: the last result kept alive. */
export function lastSink(): unknown {
  return sink;
}

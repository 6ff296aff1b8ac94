/**
 * What the browser benchmarks share: the result shapes bench/run.mjs reads, and the measuring
 * loop (every variant once per round, in rotated order, after a GC and a settled task queue).
 */
export interface BenchOptions {
  readonly feedUrl: string;
  readonly iterations: number;
  readonly warmup: number;
}

export interface VariantResult {
  readonly label: string;
  readonly samples: number[];
}

export interface GroupResult {
  readonly id: string;
  readonly title: string;
  /** The samples' unit when not ms (e.g. MB). */
  readonly unit?: string;
  readonly baseline: VariantResult;
  readonly candidates: VariantResult[];
}

/** A way of doing the measured work. `run` returns when the work is done (painted, if it paints). */
export interface Variant {
  readonly label: string;
  /** Untimed, before each run. */
  prepare?(): void | Promise<void>;
  run(): unknown;
}

export interface Group {
  readonly id: string;
  readonly title: string;
  readonly baseline: Variant;
  readonly candidates: readonly Variant[];
}

const gc = (globalThis as { gc?: () => void }).gc;

/** True when the harness exposed gc() (it passes --js-flags=--expose-gc). */
export const gcBetweenRuns = gc !== undefined;

/** Keeps results reachable, so no engine can skip the work. */
let sink: unknown;

export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** One frame: a requestAnimationFrame and the task after it (style, layout, paint done). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function timeOnce(variant: Variant): Promise<number> {
  await variant.prepare?.();
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
export async function measure(
  group: Group,
  options: Pick<BenchOptions, 'iterations' | 'warmup'>,
): Promise<GroupResult> {
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

/** The smallest step performance.now() takes here (coarse when not cross-origin isolated). */
export function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 1000; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

/** mulberry32: the same data every run. */
export function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** For debugging in the page's console: the last result kept alive. */
export function lastSink(): unknown {
  return sink;
}

/** Resolves when the element leaves `loading`; rejects unless it ends `ready`. */
export function whenReady(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const state = el.dataset.state;
      if (!state || state === 'loading') return false;
      observer.disconnect();
      if (state === 'ready') void el.updateComplete.then(() => resolve());
      else
        reject(
          new Error(
            `<${el.localName}> ended in state ${state}: ${el.shadowRoot?.textContent?.slice(0, 300)}`,
          ),
        );
      return true;
    };
    const observer = new MutationObserver(() => void check());
    observer.observe(el, { attributes: true, attributeFilter: ['data-state'] });
    check();
  });
}

/**
 * goal-tree: `<goal-tree>` on a large municipality's red thread (10,000 goals, from
 * bench/make-goal-tree.mjs, served by bench/run.mjs as `options.feedUrl`), beside
 * - the floor: the same tree as static HTML, `<ul>` with `<details open>`/`<summary>`, written
 *   with `innerHTML` (the HTML string is made before timing, as a server would have sent it);
 * - a peer: Shoelace's `<sl-tree>`/`<sl-tree-item expanded>` written with `innerHTML`, with its
 *   light theme on the page and its expand/collapse animation set to 0 ms (we time work, not
 *   animation; `<goal-tree>` has none).
 * Every row of all three carries the same text: level, title, owner, period, status word,
 * progress and the roll-up of the children ("3 av 5 nås eller är på väg att nås").
 *
 * Groups (bench/README.md has how to read them):
 * - `first-render`: from nothing to the whole tree, every node open, painted. `<goal-tree>` gets
 *   `.feed` (a freshly parsed object each run, so no cache helps) and `expanded-depth="99"`,
 *   and is done at `data-state="ready"` + `updateComplete` + one frame; Shoelace when every
 *   item has updated, + one frame; the floor after one frame. "One frame" is a
 *   requestAnimationFrame and the task after it, so style, layout and paint are in the time.
 * - `memory`: what the rendered tree keeps alive, in MB: the growth from right before the render
 *   to right after it (same runs as `first-render`, read untimed), after a full GC, by
 *   `performance.measureUserAgentSpecificMemory()` (JavaScript + DOM; the harness passes
 *   --enable-blink-features=ForceEagerMeasureMemory so it answers at once). The goal-tree's
 *   parsed feed is included: it is the data the element keeps.
 *   The growth of `performance.memory.usedJSHeapSize` (V8's heap) is given in the notes, as MB
 *   and not as a ratio: DOM nodes live outside it (Blink's Oilpan heap), so the floor's 10,000
 *   `<details>` grow it by about 0 MB and any ratio to it is meaningless.
 * - `toggle`: open or close one node (a committee's commitment with about 110 goals under it) in the
 *   fully open tree the first pass left, by a click on its toggle as a reader would, until the
 *   element is done (updateComplete; Shoelace's sl-after-expand|collapse) + one frame. Rounds
 *   alternate closing and opening. Only the measured tree is displayed (the others `hidden`).
 *
 * Each variant runs once per round in rotated order. Shoelace grows quadratically with the number
 * of items (tens of seconds for 10,000), so the first pass is capped at MAX_ITERATIONS rounds and
 * Shoelace takes part in the first SHOELACE_ROUNDS of them only.
 */
import '../src/define/goal-tree.js';
import '@shoelace-style/shoelace/dist/components/tree/tree.js';
import '@shoelace-style/shoelace/dist/components/tree-item/tree-item.js';
import { setDefaultAnimation } from '@shoelace-style/shoelace/dist/utilities/animation-registry.js';
import shoelaceTheme from '@shoelace-style/shoelace/dist/themes/light.css';
import type { GoalTree } from '../src/goal-tree/goal-tree.js';
import type { Feed, Goal, Status } from '../src/feed/generated/feed-types.js';
import {
  gcBetweenRuns,
  nextFrame,
  settle,
  timerResolution,
  type BenchOptions,
  type GroupResult,
} from './support.js';

/** The node opened and closed in `toggle`: a commitment in the middle of the tree. */
const TOGGLE_ID = 'n4-a5';
/** First render (with memory) rounds: each takes seconds, memory readings about a second more. */
const MAX_ITERATIONS = 8;
const MAX_WARMUP = 1;
/** Shoelace's rounds in the first pass (it takes tens of seconds a render at 10,000 items). */
const SHOELACE_ROUNDS = 3;
/** Aims from issue 15 (issue 3's were 1.2× and 2×). */
const AIM_FIRST_RENDER = 1;
const AIM_TOGGLE_MS = 16;
const AIM_MEMORY = 3;

export interface GoalTreeBenchResult {
  readonly subject: string;
  readonly env: {
    readonly userAgent: string;
    readonly crossOriginIsolated: boolean;
    readonly gcBetweenRuns: boolean;
    readonly timerResolutionMs: number;
    readonly goals: number;
    readonly rows: { readonly floor: number; readonly shoelace: number; readonly goalTree: number };
  };
  readonly groups: (GroupResult & { readonly unit?: string })[];
  /** Printed by the harness after the table: the aims of issue 15, met or not. */
  readonly notes: string[];
}

/** A way of showing the tree. Each method returns when the work is done and painted. */
interface Variant {
  readonly label: string;
  /** Untimed: before a run. */
  prepare?(): void | Promise<void>;
  /** Returns the sample: ms, or MB for the memory groups. */
  run(): Promise<number>;
}

interface Group {
  readonly id: string;
  readonly title: string;
  readonly unit?: string;
  readonly variants: readonly [Variant, ...Variant[]];
}

const gc = (globalThis as { gc?: () => void }).gc;

async function measure(group: Group, iterations: number, warmup: number): Promise<GroupResult> {
  const { variants } = group;
  const samples = variants.map((): number[] => []);
  for (let round = 0; round < warmup + iterations; round++) {
    for (let k = 0; k < variants.length; k++) {
      const index = (round + k) % variants.length;
      const variant = variants[index]!;
      await variant.prepare?.();
      gc?.();
      await settle();
      const sample = await variant.run();
      if (round >= warmup) samples[index]!.push(sample);
    }
  }
  const [baseline, ...candidates] = variants;
  return {
    id: group.id,
    title: group.title,
    ...(group.unit ? { unit: group.unit } : {}),
    baseline: { label: baseline.label, samples: samples[0]! },
    candidates: candidates.map((c, i) => ({ label: c.label, samples: samples[i + 1]! })),
  };
}

// ---------------------------------------------------------------------------------------------
// The same rows for the floor and Shoelace

const LEVEL: Record<Goal['level'], string> = {
  vision: 'Vision',
  'strategic-goal': 'Strategiskt mål',
  'process-goal': 'Processmål',
  commitment: 'Åtagande',
  'unit-commitment': 'Enhetens åtagande',
  activity: 'Aktivitet',
};
const STATUS: Record<Status, string> = {
  achieved: 'Uppnått',
  'on-track': 'På väg att nås',
  'at-risk': 'Delvis',
  'off-track': 'Nås inte',
  'not-started': 'Ej påbörjat',
  'no-data': 'Uppgift saknas',
};

interface Row {
  readonly goal: Goal;
  readonly children: Row[];
}

const escape = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function sv(text: Goal['title'] | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text.sv ?? Object.values(text)[0] ?? '');
}

function buildRows(feed: Feed): Row[] {
  const rows = new Map<string, Row>();
  for (const goal of feed.goals ?? []) rows.set(goal.id, { goal, children: [] });
  const tops: Row[] = [];
  for (const row of rows.values()) {
    const parent = row.goal.parent === undefined ? undefined : rows.get(row.goal.parent);
    (parent ? parent.children : tops).push(row);
  }
  return tops;
}

/** The text of one row, as HTML (escaped). */
function rowText(row: Row, owners: ReadonlyMap<string, string>): string {
  const g = row.goal;
  const period =
    g.period === undefined ? '' : typeof g.period === 'string' ? g.period : `${g.period.from}–${g.period.to}`;
  const good = row.children.filter(
    (c) => c.goal.status === 'achieved' || c.goal.status === 'on-track',
  ).length;
  return (
    `<span class="level">${LEVEL[g.level]}</span> <span class="title">${escape(sv(g.title))}</span> ` +
    `<span class="meta">${escape(owners.get(g.owner ?? '') ?? '')} ${period} ${STATUS[g.status ?? 'no-data']}` +
    `${g.progress === undefined ? '' : ` ${g.progress} %`}` +
    `${row.children.length ? ` ${good} av ${row.children.length} nås eller är på väg att nås` : ''}</span>`
  );
}

function floorHtml(tops: readonly Row[], owners: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  const walk = (rows: readonly Row[]): void => {
    out.push('<ul>');
    for (const row of rows) {
      if (row.children.length === 0) {
        out.push(`<li>${rowText(row, owners)}</li>`);
      } else {
        out.push(
          `<li><details open data-id="${escape(row.goal.id)}"><summary>${rowText(row, owners)}</summary>`,
        );
        walk(row.children);
        out.push('</details></li>');
      }
    }
    out.push('</ul>');
  };
  walk(tops);
  return out.join('');
}

function shoelaceHtml(tops: readonly Row[], owners: ReadonlyMap<string, string>): string {
  const out: string[] = ['<sl-tree>'];
  const walk = (rows: readonly Row[]): void => {
    for (const row of rows) {
      out.push(
        `<sl-tree-item${row.children.length ? ' expanded' : ''} data-id="${escape(row.goal.id)}">${rowText(row, owners)}`,
      );
      walk(row.children);
      out.push('</sl-tree-item>');
    }
  };
  walk(tops);
  out.push('</sl-tree>');
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Waiting for each variant to be done

function whenReady(el: GoalTree): Promise<void> {
  return new Promise((resolve, reject) => {
    /** True when ready, an Error when it never will be, false while loading. */
    const check = (): boolean | Error => {
      const state = el.dataset.state;
      if (state === 'ready') return true;
      if (state !== 'error' && state !== 'empty') return false;
      const text = el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300);
      return new Error(`<goal-tree> reached data-state="${state}": ${text}`);
    };
    const settleWith = (result: boolean | Error): boolean => {
      if (result === false) return false;
      if (result === true) resolve();
      else reject(result);
      return true;
    };
    if (settleWith(check())) return;
    const observer = new MutationObserver(() => {
      if (settleWith(check())) observer.disconnect();
    });
    observer.observe(el, { attributes: true, attributeFilter: ['data-state'] });
  });
}

type LitLike = HTMLElement & { updateComplete: Promise<unknown> };

async function shoelaceDone(host: HTMLElement): Promise<void> {
  const tree = host.querySelector('sl-tree') as LitLike;
  const items = host.querySelectorAll<LitLike>('sl-tree-item');
  await Promise.all(Array.from(items, (item) => item.updateComplete));
  await tree.updateComplete;
}

// ---------------------------------------------------------------------------------------------

type Which = 'floor' | 'goalTree' | 'shoelace';
const ORDER: readonly Which[] = ['floor', 'goalTree', 'shoelace'];
const LABEL: Record<Which, string> = {
  floor: 'static HTML <details> (innerHTML)',
  goalTree: '<goal-tree expanded-depth=99>',
  shoelace: 'Shoelace <sl-tree>',
};

/** Called by the benchmark page. */
export async function run(options: BenchOptions): Promise<GoalTreeBenchResult> {
  const text = await fetch(options.feedUrl, { cache: 'no-store' }).then((r) => r.text());
  const feed = JSON.parse(text) as Feed;
  const goals = feed.goals?.length ?? 0;
  const owners = new Map((feed.organization?.units ?? []).map((u) => [u.id, sv(u.name)]));
  const tops = buildRows(feed);
  const markup = { floor: floorHtml(tops, owners), shoelace: shoelaceHtml(tops, owners) };
  const under = (id: string): number => {
    const count = (r: Row): number => r.children.reduce((n, c) => n + 1 + count(c), 0);
    const find = (rows: readonly Row[]): Row | undefined => {
      for (const r of rows) {
        const hit = r.goal.id === id ? r : find(r.children);
        if (hit) return hit;
      }
      return undefined;
    };
    const row = find(tops);
    return row ? count(row) : 0;
  };

  // A page that uses Shoelace loads its theme; no animation (see above).
  const theme = document.createElement('style');
  theme.textContent = shoelaceTheme;
  document.head.append(theme);
  for (const name of ['tree-item.expand', 'tree-item.collapse'])
    setDefaultAnimation(name, { keyframes: [], options: { duration: 0 } });

  // One host per variant. Only the host being measured is displayed; the others keep their last
  // tree (hidden), so the toggle group can use the trees the first-render group left.
  const stage = document.createElement('main');
  document.body.append(stage);
  const hosts = Object.fromEntries(
    ORDER.map((w) => [w, stage.appendChild(document.createElement('div'))]),
  ) as Record<Which, HTMLDivElement>;
  const showOnly = (which: Which): void => {
    for (const w of ORDER) hosts[w].hidden = w !== which;
  };

  let doc: unknown;
  const render: Record<Which, (host: HTMLElement) => Promise<void>> = {
    floor: async (host) => {
      host.innerHTML = markup.floor;
      await nextFrame();
    },
    shoelace: async (host) => {
      host.innerHTML = markup.shoelace;
      await shoelaceDone(host);
      await nextFrame();
    },
    goalTree: async (host) => {
      const el = document.createElement('goal-tree');
      el.setAttribute('expanded-depth', '99');
      el.feed = doc;
      host.append(el);
      await whenReady(el);
      await el.updateComplete;
      await nextFrame();
    },
  };
  const rowsIn = (which: Which): number =>
    which === 'floor'
      ? hosts.floor.querySelectorAll('li').length
      : which === 'shoelace'
        ? hosts.shoelace.querySelectorAll('sl-tree-item').length
        : (hosts.goalTree.querySelector('goal-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]')
            .length ?? 0);

  const memory = {
    total: async (): Promise<number> => {
      gc?.();
      const measureMemory = (
        performance as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }
      ).measureUserAgentSpecificMemory;
      return measureMemory ? (await measureMemory.call(performance)).bytes : NaN;
    },
    js: (): number => {
      gc?.();
      return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
    },
  };

  // --- first render and memory, one pass: each run is timed, and memory is read (untimed)
  // right before and after it. Shoelace grows quadratically (about 50 s for 10,000 items on a
  // busy two-core machine), so it runs in the first SHOELACE_ROUNDS measured rounds only and no
  // warm-up; the harness pairs its samples with the baseline's of the same rounds.
  const iterations = Math.min(options.iterations, MAX_ITERATIONS);
  const warmup = Math.min(options.warmup, MAX_WARMUP);
  const samples = Object.fromEntries(
    ORDER.map((w) => [w, { ms: [] as number[], total: [] as number[], js: [] as number[] }]),
  );
  for (let round = 0; round < warmup + iterations; round++) {
    for (let k = 0; k < ORDER.length; k++) {
      const which = ORDER[(round + k) % ORDER.length]!;
      const measured = round >= warmup;
      if (which === 'shoelace' && (!measured || round - warmup >= SHOELACE_ROUNDS)) continue;
      hosts[which].replaceChildren();
      showOnly(which);
      if (which === 'goalTree') doc = JSON.parse(text); // a fresh object: no cache helps
      await nextFrame();
      const before = { total: await memory.total(), js: memory.js() };
      await settle();
      const start = performance.now();
      await render[which](hosts[which]);
      const ms = performance.now() - start;
      doc = undefined; // only the element holds the feed now
      const after = { total: await memory.total(), js: memory.js() };
      console.info(
        `${measured ? 'round' : 'warm-up'} ${round + 1 - (measured ? warmup : 0)}: ${LABEL[which]} ` +
          `${ms.toFixed(0)} ms, ${((after.total - before.total) / 1e6).toFixed(1)} MB`,
      );
      if (!measured) continue;
      samples[which]!.ms.push(ms);
      samples[which]!.total.push((after.total - before.total) / 1e6);
      samples[which]!.js.push((after.js - before.js) / 1e6);
    }
  }
  const rows = { floor: rowsIn('floor'), goalTree: rowsIn('goalTree'), shoelace: rowsIn('shoelace') };
  if (rows.floor !== goals || rows.shoelace !== goals)
    throw new Error(`The baselines show ${rows.floor} and ${rows.shoelace} rows for ${goals} goals.`);
  const group = (
    id: string,
    title: string,
    key: 'ms' | 'total' | 'js',
    unit?: string,
  ): GroupResult & { unit?: string } => ({
    id,
    title,
    ...(unit ? { unit } : {}),
    baseline: { label: LABEL.floor, samples: samples.floor![key] },
    candidates: (['goalTree', 'shoelace'] as const).map((w) => ({
      label: LABEL[w],
      samples: samples[w]![key],
    })),
  });
  const groups = [
    group('first-render', `first render, ${goals.toLocaleString('en')} goals, all open`, 'ms'),
    group('memory', 'memory kept by the rendered tree (JS + DOM, after GC)', 'total', 'MB'),
  ];

  // --- toggle, in the trees the first pass left, each displayed alone while measured
  const details = hosts.floor.querySelector<HTMLDetailsElement>(`details[data-id="${TOGGLE_ID}"]`);
  const item = hosts.shoelace.querySelector<LitLike & { expanded: boolean }>(
    `sl-tree-item[data-id="${TOGGLE_ID}"]`,
  );
  const el = hosts.goalTree.querySelector('goal-tree');
  const node = el?.tree?.byId.get(TOGGLE_ID);
  if (!details || !item || !el || !node) throw new Error(`The node ${TOGGLE_ID} is missing in a variant.`);
  const goalTreeToggle = (): HTMLElement => {
    const row = el.shadowRoot!.querySelector<HTMLElement>(`[role="treeitem"][data-key="${node.key}"]`);
    const toggle = row?.querySelector<HTMLElement>(':scope > .row .toggle');
    if (!toggle) throw new Error(`<goal-tree> has no toggle for ${TOGGLE_ID}.`);
    return toggle;
  };
  const time = async (work: () => Promise<void>): Promise<number> => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };
  /** Times `work` and checks that it did open or close the node. */
  const timeToggle = async (isOpen: () => boolean, work: () => Promise<void>): Promise<number> => {
    const before = isOpen();
    const ms = await time(work);
    if (isOpen() === before) throw new Error(`A click did not ${before ? 'close' : 'open'} ${TOGGLE_ID}.`);
    return ms;
  };
  const goalTreeOpen = (): boolean =>
    goalTreeToggle().closest('[role="treeitem"]')?.getAttribute('aria-expanded') === 'true';
  // What is clicked is looked up before the clock starts (a query over the whole tree is not the element's cost).
  const summary = details.querySelector('summary')!;
  const expandButton = item.shadowRoot!.querySelector<HTMLElement>('[part="expand-button"]')!;
  let toggleButton = goalTreeToggle();
  const show = async (which: Which): Promise<void> => {
    showOnly(which);
    await nextFrame();
  };
  const toggle: Group = {
    id: 'toggle',
    title: `open or close one node (${TOGGLE_ID}, ${under(TOGGLE_ID)} goals under it) in the open tree`,
    variants: [
      {
        label: 'static HTML <details> (click on <summary>)',
        prepare: () => show('floor'),
        run: () =>
          timeToggle(
            () => details.open,
            async () => {
              summary.click();
              await nextFrame();
            },
          ),
      },
      {
        label: '<goal-tree> (click on the toggle)',
        prepare: async () => {
          await show('goalTree');
          toggleButton = goalTreeToggle();
        },
        run: () =>
          timeToggle(goalTreeOpen, async () => {
            toggleButton.click();
            await el.updateComplete;
            await nextFrame();
          }),
      },
      {
        label: 'Shoelace <sl-tree> (click on the expand button)',
        prepare: () => show('shoelace'),
        run: () =>
          timeToggle(
            () => item.expanded,
            async () => {
              const event = item.expanded ? 'sl-after-collapse' : 'sl-after-expand';
              const done = new Promise<void>((resolve, reject) => {
                const timer = setTimeout(
                  () => reject(new Error(`Shoelace: no ${event} within 30 s`)),
                  30_000,
                );
                item.addEventListener(event, () => (clearTimeout(timer), resolve()), { once: true });
              });
              // <sl-tree> toggles only when the mousedown and the click hit the same target, as a reader's do.
              expandButton.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
              expandButton.click();
              await done;
              await nextFrame();
            },
          ),
      },
    ],
  };
  console.info('open/close …');
  groups.push(await measure(toggle, options.iterations, options.warmup));
  stage.remove();
  theme.remove();

  // Notes: the aims of issue 15.
  const median = (xs: readonly number[]): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    const m = (sorted.length - 1) / 2;
    return (sorted[Math.floor(m)]! + sorted[Math.ceil(m)]!) / 2;
  };
  const byId = new Map(groups.map((g) => [g.id, g]));
  const medianOf = (id: string, label: RegExp | null): number => {
    const g = byId.get(id)!;
    return median(label ? g.candidates.find((c) => label.test(c.label))!.samples : g.baseline.samples);
  };
  const ratio = (id: string, label: RegExp): number => medianOf(id, label) / medianOf(id, null);
  const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const renderRatio = ratio('first-render', /goal-tree/);
  const memoryRatio = ratio('memory', /goal-tree/);
  const toggleMs = medianOf('toggle', /goal-tree/);
  const notes = [
    `ratios to the floor (medians): first render goal-tree ${renderRatio.toFixed(2)}×, shoelace ${ratio('first-render', /Shoelace/).toFixed(2)}×; ` +
      `memory goal-tree ${memoryRatio.toFixed(2)}×, shoelace ${ratio('memory', /Shoelace/).toFixed(2)}×; ` +
      `open/close goal-tree ${toggleMs.toFixed(1)} ms, shoelace ${medianOf('toggle', /Shoelace/).toFixed(1)} ms, floor ${medianOf('toggle', null).toFixed(1)} ms`,
    `aims (issue 15): first render ≤ ${AIM_FIRST_RENDER}× the floor: ${met(renderRatio <= AIM_FIRST_RENDER)}; ` +
      `open/close < ${AIM_TOGGLE_MS} ms median: ${met(toggleMs < AIM_TOGGLE_MS)}; ` +
      `memory ≤ ${AIM_MEMORY}× the floor: ${met(memoryRatio <= AIM_MEMORY)}`,
  ];
  // The JS heap alone, as asked, but as numbers, not ratios: the floor's DOM is not in it (≈ 0 MB).
  const js = (w: Which): string => median(samples[w]!.js).toFixed(1);
  notes.push(
    `JS heap alone (usedJSHeapSize growth after GC, medians; DOM nodes are not in it, so no ratio): ` +
      `floor ${js('floor')} MB, goal-tree ${js('goalTree')} MB, shoelace ${js('shoelace')} MB`,
  );
  if (rows.goalTree !== goals)
    notes.push(
      `<goal-tree> had ${rows.goalTree} rows in its DOM for ${goals} goals (virtualised, or not all open).`,
    );

  return {
    subject:
      `${goals.toLocaleString('en')} goals (${(text.length / 1e6).toFixed(2)} MB feed from bench/make-goal-tree.mjs); ` +
      `first render and memory: ${iterations} rounds + ${warmup} warm-up, Shoelace in ${Math.min(SHOELACE_ROUNDS, iterations)} of them (it takes tens of seconds a render)`,
    env: {
      userAgent: navigator.userAgent,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      gcBetweenRuns,
      timerResolutionMs: timerResolution(),
      goals,
      rows,
    },
    groups,
    notes,
  };
}

/**
 * budget: <budget-explainer> on a cost tree of about 2,000 lines (10 areas × 4 sub-areas ×
 * 7 groups × 6 lines = 2,010 items, four levels), beside the floor: a static HTML table of the
 * same lines. Runs in Chromium; bench/run.mjs calls {@link run} and computes the statistics from
 * the raw timings it returns. The tree is made here, deterministically (seeded PRNG); the large
 * feed the harness serves is not used.
 *
 * Groups, each a baseline and its candidates measured in the same rounds (order rotated):
 * - `first-render`: the element from `.feed` to a laid-out page (feed check, model, treemap,
 *   every-100-kr list, my-tax form), and its pure parts alone, beside `innerHTML` of a static
 *   table of all 2,010 lines plus layout.
 * - `drill`: one drill-down step each (top → area → sub-area → group: a click on a cell, the
 *   update, focus, layout), beside `innerHTML` of a static table of the rows that step shows.
 *   The aim is a median under 16 ms per step (one frame), whatever the ratio.
 */
import '../src/define/budget-explainer.js';
import type { BudgetExplainer } from '../src/budget-explainer/budget-explainer.js';
import { itemTree, nodeAt, per100Split } from '../src/budget-explainer/model.js';
import { layoutLevel } from '../src/budget-explainer/treemap.js';
import { checkFeed } from '../src/feed/check.js';
import { validateBudgetSection } from '../src/feed/generated/validate-budget-section.js';
import {
  gcBetweenRuns,
  measure,
  seeded,
  timerResolution,
  type BenchOptions,
  type Group,
  type Variant,
} from './support.js';

interface Line {
  id: string;
  title: string;
  description: string;
  amount: number;
  children?: Line[];
}

const SHAPE = [10, 4, 7, 6] as const;
const WIDTH = 1000;
const WORDS = ['Förskola', 'Skola', 'Omsorg', 'Stöd', 'Kultur', 'Gator', 'Miljö', 'Service', 'Bygg', 'Vård'];

/** The tree: parents carry the sums of their children (rounded to tenths), as a feed must. */
function makeTree(): Line[] {
  const random = seeded(2026);
  const level = (depth: number, prefix: string): Line[] =>
    Array.from({ length: SHAPE[depth]! }, (_, i) => {
      const id = `${prefix}${i}`;
      const title = `${WORDS[(i + depth) % WORDS.length]} ${id.replace(/-/g, '.')}`;
      const description = `Rad ${id} i en kostnadsbudget för prestandamätning.`;
      if (depth === SHAPE.length - 1) {
        return { id, title, description, amount: Math.round((1 + random() * 40) * 10) / 10 };
      }
      const children = level(depth + 1, `${id}-`);
      const amount = Math.round(children.reduce((s, c) => s + c.amount, 0) * 10) / 10;
      return { id, title, description, amount, children };
    });
  return level(0, 'k');
}

function count(lines: readonly Line[]): number {
  return lines.reduce((n, line) => n + 1 + count(line.children ?? []), 0);
}

function makeFeed(costs: Line[]): unknown {
  const total = costs.reduce((s, c) => s + c.amount, 0);
  return {
    version: 1,
    budget: {
      unit: 'tkr',
      years: [
        {
          year: 2026,
          kind: 'budget',
          taxRate: 22.36,
          priceBaseAmount: 59200,
          population: 100000,
          revenue: [{ id: 'skatt', title: 'Skatteintäkter', category: 'tax', amount: Math.round(total) }],
          costs,
        },
      ],
    },
  };
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const amountCell = (amount: number): string => `${amount.toLocaleString('sv-SE')}\u00a0tkr`;

/** The floor: the same lines as a plain table (indented by level), what a static page would serve. */
function tableHtml(lines: readonly Line[], depth = 0): string {
  return lines
    .map(
      (line) =>
        `<tr><th scope="row" style="padding-left:${depth}em">${escape(line.title)}</th><td>${amountCell(line.amount)}</td></tr>` +
        tableHtml(line.children ?? [], depth + 1),
    )
    .join('');
}

const wrapTable = (rows: string): string =>
  `<table><caption>Kostnader 2026</caption><thead><tr><th scope="col">Område</th><th scope="col">Belopp</th></tr></thead><tbody>${rows}</tbody></table>`;

/** A fresh box of the same width for every run, so nothing is reused between variants. */
function box(): HTMLDivElement {
  document.body.replaceChildren();
  const div = document.createElement('div');
  div.style.width = `${WIDTH}px`;
  document.body.append(div);
  return div;
}

function waitReady(el: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      observer.disconnect();
      if (el.dataset.state === 'ready') resolve();
      else
        reject(
          new Error(`<budget-explainer> ended in state ${el.dataset.state}: ${el.shadowRoot?.textContent}`),
        );
    };
    const observer = new MutationObserver(() => {
      if (el.dataset.state && el.dataset.state !== 'loading') done();
    });
    observer.observe(el, { attributes: true, attributeFilter: ['data-state'] });
  });
}

async function mountElement(feed: unknown): Promise<BudgetExplainer> {
  const el = document.createElement('budget-explainer');
  const ready = waitReady(el);
  el.feed = feed;
  box().append(el);
  await ready;
  await el.updateComplete;
  void el.offsetHeight; // layout
  return el;
}

/** Called by the benchmark page. Returns raw timings in ms. */
export async function run(options: BenchOptions): Promise<unknown> {
  const costs = makeTree();
  const lines = count(costs);
  const feedText = JSON.stringify(makeFeed(costs));
  const fullTable = wrapTable(tableHtml(costs));
  const fresh = (): unknown => JSON.parse(feedText);

  // The element must accept the feed, or the comparison means nothing.
  const probe = await mountElement(fresh());
  const cells = probe.shadowRoot!.querySelectorAll('.cell button').length;
  if (cells !== SHAPE[0]) throw new Error(`Expected ${SHAPE[0]} treemap cells, got ${cells}.`);

  let doc: unknown;
  const firstRender: Group = {
    id: 'first-render',
    title: `first render of ${lines.toLocaleString('en')} cost lines (layout included)`,
    baseline: {
      label: 'static <table> of every line (innerHTML)',
      run: () => {
        const div = box();
        div.innerHTML = fullTable;
        return div.offsetHeight;
      },
    },
    candidates: [
      {
        label: '<budget-explainer> .feed → ready',
        prepare: () => {
          doc = fresh();
        },
        run: () => mountElement(doc),
      },
      {
        label: '… feed check (budget section)',
        prepare: () => {
          doc = fresh();
        },
        run: () => {
          const result = checkFeed(doc, validateBudgetSection, { lang: 'sv', sections: ['budget'] });
          if (!result.ok) throw new Error('The benchmark feed is not valid.');
          return result;
        },
      },
      {
        label: '… model and treemap layout (pure)',
        prepare: () => {
          doc = fresh();
        },
        run: () => {
          const year = (doc as { budget: { years: { costs: never[] }[] } }).budget.years[0]!;
          const root = itemTree(year.costs, 'sv');
          const split = per100Split(root);
          const top = (root.children ?? []).map((n) => ({
            id: n.data.id,
            value: n.value ?? 0,
            label: n.data.title,
          }));
          return [split, layoutLevel(top, { width: WIDTH, height: 440 })];
        },
      },
    ],
  };

  // The stricter floor: static HTML of only what the element shows at first (the top level as a
  // table and as a list of every 100 kr, the income form), not every line.
  const topRows = costs.map((line) => ({ ...line, children: undefined }));
  const visibleHtml =
    `<h3>Budget 2026</h3><h4>Kostnader per område</h4><p>Sammanfattning.</p>${wrapTable(tableHtml(topRows))}` +
    `<h4>Varje 100-lapp</h4><ul>${topRows.map((l) => `<li>${escape(l.title)} <span>${amountCell(l.amount)}</span><span class="bar"></span><span>${l.description}</span></li>`).join('')}</ul>` +
    '<h4>Min skatt</h4><form><label for="i">Din inkomst</label><input id="i"><fieldset><legend>Inkomsten är</legend>' +
    '<label><input type="radio" name="p"> per månad</label><label><input type="radio" name="p"> per år</label></fieldset><button>Räkna ut</button></form>';
  const visible: Group = {
    id: 'first-render-visible',
    title: 'first render, against static HTML of only what is shown at first',
    baseline: {
      label: 'static HTML of the top level, 100-kr list and form',
      run: () => {
        const div = box();
        div.innerHTML = visibleHtml;
        return div.offsetHeight;
      },
    },
    candidates: [
      {
        label: '<budget-explainer> .feed → ready',
        prepare: () => {
          doc = fresh();
        },
        run: () => mountElement(doc),
      },
    ],
  };
  const groups = [await measure(firstRender, options), await measure(visible, options)];

  // Drill-down: one element, brought to the level each step starts from (untimed).
  const el = await mountElement(fresh());
  const tree = itemTree(
    (JSON.parse(feedText) as { budget: { years: { costs: never[] }[] } }).budget.years[0]!.costs,
    'sv',
  );
  const firstIds = [tree.children![0]!.data.id];
  firstIds.push(nodeAt(tree, firstIds).children![0]!.data.id);
  firstIds.push(nodeAt(tree, firstIds).children![0]!.data.id);
  const crumbsDepth = (): number => el.shadowRoot!.querySelectorAll('.crumbs li').length - 1;
  const goToDepth = async (depth: number): Promise<void> => {
    // Up by a breadcrumb, then down by clicks: the same state every run.
    if (crumbsDepth() > 0) el.shadowRoot!.querySelector<HTMLButtonElement>('.crumbs button')!.click();
    await el.updateComplete;
    for (let d = 0; d < depth; d++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`.cell button[data-id="${firstIds[d]}"]`)!.click();
      await el.updateComplete;
    }
    if (crumbsDepth() !== depth) throw new Error(`Expected depth ${depth}, got ${crumbsDepth()}.`);
    void el.offsetHeight;
  };
  const step = (depth: number): Variant => ({
    label: `<budget-explainer> step ${depth + 1}: ${['top → area', 'area → sub-area', 'sub-area → group'][depth]}`,
    prepare: () => goToDepth(depth),
    run: async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>(`.cell button[data-id="${firstIds[depth]}"]`)!.click();
      await el.updateComplete;
      await Promise.resolve(); // focus moves to the first cell after the update
      if (crumbsDepth() !== depth + 1) throw new Error('The drill-down did not happen.');
      return el.offsetHeight;
    },
  });
  const levelRows = nodeAt(tree, firstIds.slice(0, 1)).children!.map((n) => ({
    id: n.data.id,
    title: n.data.title,
    description: '',
    amount: n.value ?? 0,
  }));
  const staticLevel = document.createElement('div');
  const drill: Group = {
    id: 'drill',
    title: 'one drill-down step (click → update → focus → layout)',
    baseline: {
      label: "static <table> of a level's rows (innerHTML)",
      prepare: () => {
        staticLevel.style.width = `${WIDTH}px`;
        document.body.append(staticLevel);
      },
      run: () => {
        staticLevel.innerHTML = wrapTable(tableHtml(levelRows));
        return staticLevel.offsetHeight;
      },
    },
    candidates: [step(0), step(1), step(2)],
  };

  groups.push(await measure(drill, options));
  document.body.replaceChildren();
  return {
    env: {
      userAgent: navigator.userAgent,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      gcBetweenRuns,
      timerResolutionMs: timerResolution(),
      feedChars: feedText.length,
      lines,
      // Not used here (no loader); kept so the harness's summary line has every field.
      lastGoodCopyStored: false,
    },
    groups,
  };
}

export { lastSink } from './support.js';

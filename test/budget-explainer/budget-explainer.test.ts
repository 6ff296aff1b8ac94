/**
 * <budget-explainer> in Chromium: the treemap drilled down by keyboard step by step, breadcrumbs,
 * the list view, summaries and data tables, every 100 kr, my tax, chapters and the film facade,
 * the year switch, events, and axe in every state and view (sv, en, dark).
 */
import { wordsSplitOverLines } from '../support/words.js';
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/budget-explainer.js';
import type {
  BudgetExplainer,
  CategorySelectDetail,
  ChapterChangeDetail,
} from '../../src/budget-explainer/budget-explainer.js';
import { BUDGET_EXPLAINER_TEXTS } from '../../src/budget-explainer/budget-explainer.texts.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import {
  container,
  expectAccessible,
  removeContainers,
  shadowText,
  stateOf,
  waitForState,
} from '../support/a11y.js';
import { clearStoredFeeds, faultUrl, loadFixture } from '../support/feeds.js';

const SV = BUDGET_EXPLAINER_TEXTS.sv;
const EN = BUDGET_EXPLAINER_TEXTS.en;

type Json = Record<string, unknown>;
type FeedJson = Json & {
  budget: {
    years: (Json & {
      year: number;
      kind: string;
      costs: Json[];
      taxRate?: number;
      priceBaseAmount?: number;
    })[];
    chapters?: Json[];
  };
};

let demo: FeedJson;
let minimal: FeedJson;

before(async () => {
  demo = (await (await fetch('/demo/feed.json')).json()) as FeedJson;
  minimal = await loadFixture<FeedJson>('minimal');
});

afterEach(() => {
  removeContainers();
  clearFeedCache();
  clearStoredFeeds();
});

const fresh = <T>(value: T): T => structuredClone(value);
/** Text with plain spaces (Swedish groups digits with no-break spaces). */
const plain = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface MountOptions {
  feed?: unknown;
  /** The state to wait for (default ready; none with src). */
  state?: string;
  src?: string;
  lang?: string;
  attrs?: Record<string, string>;
}

async function mount(options: MountOptions = {}): Promise<BudgetExplainer> {
  const el = document.createElement('budget-explainer');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  if (options.src) el.src = options.src;
  else el.feed = options.feed ?? fresh(demo);
  container(options.lang).append(el);
  if (!options.src) {
    await waitForState(el, options.state ?? 'ready');
    await el.updateComplete;
  }
  return el;
}

const $ = <T extends Element = HTMLElement>(el: BudgetExplainer, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: BudgetExplainer, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const active = (el: BudgetExplainer): HTMLElement | null =>
  el.shadowRoot!.activeElement as HTMLElement | null;
const cellButtons = (el: BudgetExplainer): HTMLButtonElement[] => $$<HTMLButtonElement>(el, '.cell button');
const crumbs = (el: BudgetExplainer): string[] => $$(el, '.crumbs li').map((li) => plain(li.textContent));
const costsSummaryText = (el: BudgetExplainer): string =>
  plain($(el, '[aria-labelledby="costs-h"] .summary')?.textContent);

async function press(el: BudgetExplainer, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

function record<T>(el: EventTarget, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

describe('<budget-explainer> costs by area: the treemap', () => {
  it('shows the top level with a summary written from the data, and one focusable cell', async () => {
    const el = await mount();
    expect(costsSummaryText(el)).to.equal(
      'Förskola och skola (36 %) och äldreomsorg (17 %) är de största områdena: 52 % av kostnaderna på 11 542 mnkr 2026.',
    );
    const cells = cellButtons(el);
    expect(cells).to.have.length(12);
    expect(cells.filter((b) => b.tabIndex === 0)).to.have.length(1);
    // The name a screen reader hears: what is shown, then share and sub-areas (visually hidden).
    expect(plain(cells[0]!.textContent)).to.equal('Förskola och skola, 4 139 mnkr, 35,9 %, 5 delområden');
    expect(cells[0]!.hasAttribute('aria-label'), 'named by its content, not by aria-label').to.be.false;
    expect(crumbs(el)).to.deep.equal(['Alla områden']);
    expect($(el, '.crumbs [aria-current="location"]')).to.exist;
  });

  it('drills down by keyboard step by step, with breadcrumbs, focus and summaries following', async () => {
    const el = await mount();
    const events = record<CategorySelectDetail>(el, 'insyn-category-select');
    cellButtons(el)[0]!.focus();
    expect(active(el)?.dataset.id).to.equal('forskola-skola');

    // Arrow keys move the roving focus between cells.
    await press(el, 'ArrowRight');
    expect(active(el)?.dataset.id).to.equal('aldreomsorg');
    expect(active(el)!.tabIndex).to.equal(0);
    expect(cellButtons(el).filter((b) => b.tabIndex === 0)).to.have.length(1);
    await press(el, 'ArrowLeft');
    expect(active(el)?.dataset.id).to.equal('forskola-skola');
    await press(el, 'End');
    expect(active(el)?.dataset.id).to.equal('politisk-verksamhet');
    await press(el, 'Home');
    expect(active(el)?.dataset.id).to.equal('forskola-skola');

    // Enter opens the area: its sub-areas, a breadcrumb, a new summary, focus on the first.
    await press(el, 'Enter');
    await waitUntil(() => active(el)?.dataset.id === 'grundskola', 'focus on the first sub-area');
    expect(crumbs(el)).to.deep.equal(['Alla områden', 'Förskola och skola']);
    expect(cellButtons(el).map((b) => b.dataset.id)).to.deep.equal([
      'grundskola',
      'forskola',
      'gymnasieskola',
      'fritidshem',
      'anpassad-skola',
    ]);
    expect(costsSummaryText(el)).to.equal(
      'Inom förskola och skola är grundskola och förskoleklass (45 %) och förskola (25 %) störst: 71 % av 4 139 mnkr 2026.',
    );
    expect(plain($(el, '.base [role="status"]')?.textContent)).to.equal(
      'Visar förskola och skola: 5 delområden.',
    );
    expect(events.map((e) => e.detail.id)).to.deep.equal(['forskola-skola']);
    expect(events[0]!.detail).to.deep.include({
      hasChildren: true,
      year: 2026,
      kind: 'budget',
      unit: 'mnkr',
      amount: 4139,
    });
    expect(events[0]!.detail.path).to.deep.equal(['forskola-skola']);

    // Enter on an area without sub-areas picks it: its details, goals and indicators.
    await press(el, 'ArrowRight');
    const picked = active(el)!.dataset.id!;
    await press(el, 'Enter');
    expect(events.at(-1)!.detail).to.deep.include({ id: picked, hasChildren: false });
    expect(events.at(-1)!.detail.path).to.deep.equal(['forskola-skola', picked]);
    expect($(el, '.detail')).to.exist;
    expect(crumbs(el)).to.have.length(2);

    // Escape goes back up, with focus on the area we came from.
    await press(el, 'Escape');
    await waitUntil(() => active(el)?.dataset.id === 'forskola-skola', 'focus back on Förskola och skola');
    expect(crumbs(el)).to.deep.equal(['Alla områden']);
    expect(plain($(el, '.base [role="status"]')?.textContent)).to.equal('Visar alla områden: 12 delområden.');
  });

  it('Backspace goes up too; at the top, Escape and Backspace do nothing', async () => {
    const el = await mount();
    cellButtons(el)[1]!.focus(); // Äldreomsorg
    await press(el, 'Enter');
    await waitUntil(() => crumbs(el).length === 2, 'one level down');
    await press(el, 'Backspace');
    await waitUntil(() => active(el)?.dataset.id === 'aldreomsorg', 'focus back on Äldreomsorg');
    expect(crumbs(el)).to.deep.equal(['Alla områden']);
    await press(el, 'Escape');
    expect(crumbs(el)).to.deep.equal(['Alla områden']);
    expect(active(el)?.dataset.id).to.equal('aldreomsorg');
  });

  it('breadcrumbs are real buttons that go back up', async () => {
    const el = await mount();
    cellButtons(el)[0]!.click();
    await el.updateComplete;
    const crumb = $$<HTMLButtonElement>(el, '.crumbs button');
    expect(crumb.map((b) => b.localName)).to.deep.equal(['button']);
    expect(plain(crumb[0]!.textContent)).to.equal('Alla områden');
    crumb[0]!.click();
    await el.updateComplete;
    expect(crumbs(el)).to.deep.equal(['Alla områden']);
    expect(cellButtons(el)).to.have.length(12);
  });

  it('drills three levels in a deeper tree and back by breadcrumbs', async () => {
    const feed = fresh(demo);
    const year = feed.budget.years.find((y) => y.year === 2026)!;
    year.costs = [
      {
        id: 'a',
        title: 'Område A',
        amount: 60,
        children: [
          {
            id: 'a1',
            title: 'Del A1',
            amount: 40,
            children: [
              {
                id: 'a1x',
                title: 'Enhet X',
                amount: 25,
                children: [{ id: 'x1', title: 'Rad 1', amount: 25 }],
              },
              { id: 'a1y', title: 'Enhet Y', amount: 15 },
            ],
          },
          { id: 'a2', title: 'Del A2', amount: 20 },
        ],
      },
      { id: 'b', title: 'Område B', amount: 40 },
    ];
    const el = await mount({ feed });
    cellButtons(el)[0]!.focus();
    for (const id of ['a1', 'a1x', 'x1']) {
      await press(el, 'Enter');
      await waitUntil(() => active(el)?.dataset.id === id, `focus on ${id}`);
    }
    expect(crumbs(el)).to.deep.equal(['Alla områden', 'Område A', 'Del A1', 'Enhet X']);
    $$<HTMLButtonElement>(el, '.crumbs button')[1]!.click();
    await waitUntil(() => active(el)?.dataset.id === 'a1', 'focus on Del A1 after the breadcrumb');
    expect(crumbs(el)).to.deep.equal(['Alla områden', 'Område A']);
  });

  it('names cells without room for text by number, with a legend', async () => {
    const el = await mount();
    const numbered = cellButtons(el).filter((b) => b.querySelector('.cell__number'));
    const legend = $$(el, '.legend li').map((li) => plain(li.textContent));
    expect(numbered.length).to.be.greaterThan(0);
    expect(legend).to.have.length(cellButtons(el).filter((b) => !b.querySelector('.cell__name')).length);
    for (const button of numbered) {
      const n = plain(button.querySelector('.cell__number')!.textContent);
      expect(plain(button.textContent).startsWith(`${n}: `), 'the name starts with the visible number').to.be
        .true;
      expect(legend.some((line) => line.startsWith(`${n} `))).to.be.true;
    }
  });

  it('lists areas it cannot draw (zero or negative) instead of hiding them', async () => {
    const feed = fresh(demo);
    const year = feed.budget.years.find((y) => y.year === 2026)!;
    year.costs.push({ id: 'interna', title: 'Interna poster', amount: -12 });
    const el = await mount({ feed });
    expect(cellButtons(el)).to.have.length(12);
    expect(plain($(el, '[aria-labelledby="costs-h"] .hint:not(#map-help)')?.textContent)).to.include(
      'Interna poster (−12 mnkr)',
    );
    expect($$(el, '[aria-labelledby="costs-h"] tbody tr')).to.have.length(13);
  });
});

describe('<budget-explainer> costs by area: list and table', () => {
  it('toggles to a bar list and back; the list drills down and Escape goes up', async () => {
    const el = await mount();
    const toggle = $<HTMLButtonElement>(el, '.toggle')!;
    expect(plain(toggle.textContent)).to.equal(SV.showList);
    toggle.click();
    await el.updateComplete;
    expect($(el, '.map')).to.equal(null);
    const rows = $$<HTMLButtonElement>(el, '.bars--costs button');
    expect(rows).to.have.length(12);
    expect(plain($(el, '.toggle')!.textContent)).to.equal(SV.showChart);
    rows[0]!.focus();
    await press(el, 'Enter');
    await waitUntil(() => active(el)?.dataset.id === 'grundskola', 'focus on the first row one level down');
    await press(el, 'Escape');
    await waitUntil(() => active(el)?.dataset.id === 'forskola-skola', 'focus back on the row we came from');
    $<HTMLButtonElement>(el, '.toggle')!.click();
    await el.updateComplete;
    expect(cellButtons(el)).to.have.length(12);
  });

  it('has a data table of the level shown, behind a disclosure, with a total row', async () => {
    const el = await mount();
    const details = $<HTMLDetailsElement>(el, '[aria-labelledby="costs-h"] details')!;
    expect(details.open).to.be.false;
    expect(plain(details.querySelector('summary')!.textContent)).to.equal(
      'Tabell: Kostnader för alla områden 2026',
    );
    const table = details.querySelector('table')!;
    expect(plain(table.caption!.textContent)).to.equal('Kostnader för alla områden 2026');
    expect([...table.tHead!.rows[0]!.cells].map((c) => [c.scope, plain(c.textContent)])).to.deep.equal([
      ['col', 'Område'],
      ['col', 'Belopp'],
      ['col', 'Andel'],
    ]);
    const body = [...table.tBodies[0]!.rows];
    expect(body).to.have.length(12);
    expect(body[0]!.cells[0]!.localName).to.equal('th');
    expect((body[0]!.cells[0] as HTMLTableCellElement).scope).to.equal('row');
    const cells = (row: HTMLTableRowElement): string[] => [...row.cells].map((c) => plain(c.textContent));
    expect(cells(body[0]!)).to.deep.equal(['Förskola och skola', '4 139 mnkr', '35,9 %']);
    expect(cells(table.tFoot!.rows[0]!)).to.deep.equal(['Summa', '11 542 mnkr', '100 %']);
    cellButtons(el)[0]!.click();
    await el.updateComplete;
    expect(plain($(el, '[aria-labelledby="costs-h"] caption')!.textContent)).to.equal(
      'Kostnader för förskola och skola 2026',
    );
  });
});

describe('<budget-explainer> every 100 kr', () => {
  it('adds up to exactly 100,00 kr, shows the sum line, and keeps fee-funded areas apart', async () => {
    const el = await mount();
    const section = $(el, '[aria-labelledby="per100-h"]')!;
    const rows = [...section.querySelectorAll('.bars--100 .row')];
    expect(rows).to.have.length(11);
    const ore = rows.map((row) => {
      const value = plain(row.querySelector('.row__value')!.textContent); // "37,99 kr"
      return Math.round(Number(value.replace(' kr', '').replace(',', '.')) * 100);
    });
    expect(ore.reduce((a, b) => a + b, 0)).to.equal(10000);
    expect(plain(section.querySelector('.sum')!.textContent)).to.equal('Summa 100,00 kr');
    // Every area has its one-line note.
    expect(rows.every((row) => plain(row.querySelector('.row__note')?.textContent) !== '')).to.be.true;
    const names = rows.map((row) => plain(row.querySelector('.row__name')!.textContent));
    expect(names).not.to.include('Vatten, avlopp och avfall');
    expect(plain(section.querySelector('.fees')!.textContent)).to.include(
      'Vatten, avlopp och avfall: 646 mnkr',
    );
    expect(plain(section.querySelector('.summary')!.textContent)).to.equal(
      'Av varje 100-lapp går 37,99 kr till förskola och skola och 17,48 kr till äldreomsorg.',
    );
    expect([...section.querySelector('tfoot tr')!.children].map((c) => plain(c.textContent))).to.deep.equal([
      'Summa',
      '100,00 kr',
    ]);
  });

  it('says when the split cannot be made (a negative tax-funded area)', async () => {
    const feed = fresh(demo);
    feed.budget.years
      .find((y) => y.year === 2026)!
      .costs.push({ id: 'minus', title: 'Interna poster', amount: -10 });
    const el = await mount({ feed });
    const section = $(el, '[aria-labelledby="per100-h"]')!;
    expect(section.querySelector('.bars--100')).to.equal(null);
    expect(plain(section.querySelector('.summary')!.textContent)).to.equal(
      'Fördelningen kan inte visas: Interna poster har ett negativt belopp.',
    );
  });
});

describe('<budget-explainer> my tax', () => {
  async function calculate(el: BudgetExplainer, text: string, period?: 'month' | 'year'): Promise<void> {
    const input = $<HTMLInputElement>(el, '#income')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    if (period) $<HTMLInputElement>(el, `input[name="period"][value="${period}"]`)!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await el.updateComplete;
    await aTimeout(0);
  }

  const resultText = (el: BudgetExplainer): string => plain($(el, '.result .summary')?.textContent);

  it('has a labelled field, a monthly/yearly choice, and says nothing typed leaves the page', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#income')!;
    expect(plain($(el, 'label[for="income"]')!.textContent)).to.equal(SV.incomeLabel);
    expect(input.getAttribute('autocomplete')).to.equal('off');
    expect(plain($(el, '.period legend')!.textContent)).to.equal(SV.periodLegend);
    expect($$<HTMLInputElement>(el, 'input[name="period"]').map((r) => [r.value, r.checked])).to.deep.equal([
      ['month', true],
      ['year', false],
    ]);
    expect(shadowText(el))
      .to.include(SV.myTaxPrivacy)
      .and.include(
        'Jobbskatteavdraget, regionskatten, statlig inkomstskatt och begravnings- och kyrkoavgift',
      );
  });

  it('25 000 kr a month in 2026: tax per year, month and day, and the split by area adding up', async () => {
    const el = await mount();
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(input instanceof Request ? input.url : input.toString());
      return realFetch.call(window, input, init);
    };
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      setItem.call(this, key, value);
    };
    try {
      await calculate(el, '25 000');
    } finally {
      window.fetch = realFetch;
      Storage.prototype.setItem = setItem;
    }
    // 300 000 a year, PBB 59 200: allowance 0.77 × 59 200 − 10 % × (300 000 − 3.11 × 59 200)
    // = 45 584 − 11 588.8 = 33 995.2 → 34 000; taxable 266 000; 22.36 % → 59 478 kr a year,
    // 59 478 / 12 = 4 956.5 → 4 957 a month, 59 478 / 365 = 162,95 a day.
    expect(resultText(el)).to.equal(
      'Du betalar ungefär 59 478 kr i kommunalskatt per år. Det är 4 957 kr per månad och 162,95 kr per dag.',
    );
    const table = $<HTMLTableElement>(el, '.result table')!;
    const sum = (column: number): number =>
      [...table.tBodies[0]!.rows].reduce(
        (s, row) =>
          s +
          Number(
            plain(row.cells[column]!.textContent).replace(/ kr$/, '').replace(/ /g, '').replace(',', '.'),
          ),
        0,
      );
    expect(sum(1)).to.equal(59478);
    expect(sum(2)).to.equal(4957);
    expect(Math.round(sum(3) * 100)).to.equal(16295);
    expect([...table.tFoot!.rows[0]!.cells].map((c) => plain(c.textContent))).to.deep.equal([
      'Summa',
      '59 478 kr',
      '4 957 kr',
      '162,95 kr',
    ]);
    expect(requests, 'nothing is fetched').to.deep.equal([]);
    expect(writes, 'nothing is stored').to.deep.equal([]);
  });

  it('the same figure as a yearly income gives a far smaller tax', async () => {
    const el = await mount();
    await calculate(el, '300 000', 'year');
    expect(resultText(el)).to.include('59 478 kr i kommunalskatt per år');
    await calculate(el, '25 000', 'year');
    // 25 000 a year: allowance 0.423 PBB = 25 041.6 → 25 100, above the income: nothing to tax.
    expect(resultText(el)).to.include(' 0 kr i kommunalskatt per år');
  });

  for (const [typed, message] of [
    ['25k', SV.incomeNotANumber],
    ['25 000 kr/mån', SV.incomeNotANumber],
    ['tjugo', SV.incomeNotANumber],
    ['-5 000', SV.incomeNegative],
    ['', SV.incomeEmpty],
    ['99 999 999 999', SV.incomeTooLarge],
  ] as const) {
    it(`"${typed}": a clear message on the field, focus back in it, no figure`, async () => {
      const el = await mount();
      await calculate(el, typed);
      const input = $<HTMLInputElement>(el, '#income')!;
      expect(plain($(el, '#income-error')?.textContent)).to.equal(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.include('income-error');
      await waitUntil(() => active(el) === input, 'focus on the field');
      expect($(el, '.result .summary')).to.equal(null);
    });
  }

  it('accepts "25.000" and "25 000 kr", and clears the message after good input', async () => {
    const el = await mount();
    await calculate(el, '25k');
    expect($(el, '#income-error')).to.exist;
    await calculate(el, '25.000');
    expect($(el, '#income-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#income')!.getAttribute('aria-invalid')).to.equal('false');
    expect(resultText(el)).to.include('59 478 kr');
    await calculate(el, '25 000 kr');
    expect(resultText(el)).to.include('59 478 kr');
  });

  it('is left out, not offered, when the year lacks the tax rate or the price base amount', async () => {
    for (const missing of ['priceBaseAmount', 'taxRate'] as const) {
      const feed = fresh(demo);
      delete feed.budget.years.find((y) => y.year === 2026)![missing];
      const el = await mount({ feed });
      expect($(el, '#income'), missing).to.equal(null);
      expect(shadowText(el), missing).not.to.include(SV.myTaxHeading);
      // The rest of the overview is all there.
      expect($(el, '[aria-labelledby="costs-h"]'), missing).to.exist;
      expect($(el, '[aria-labelledby="per100-h"]'), missing).to.exist;
    }
  });
});

describe('<budget-explainer> chapters', () => {
  it('shows the overview and the five chapters as tabs; arrow keys and clicks switch, with an event', async () => {
    const el = await mount();
    const events = record<ChapterChangeDetail>(el, 'insyn-chapter-change');
    const tabs = $$<HTMLButtonElement>(el, '[role="tab"]');
    expect(tabs.map((t) => plain(t.textContent))).to.deep.equal([
      'Vart går pengarna?',
      'Intäkter och kostnader',
      'Demografiska utmaningar',
      'Investeringar och drift',
      'Planering på kort och lång sikt',
      'Skapa värde för pengarna',
    ]);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal([
      'true',
      'false',
      'false',
      'false',
      'false',
      'false',
    ]);
    tabs[0]!.focus();
    await press(el, 'ArrowRight');
    await waitUntil(() => active(el)?.id === 'tab-1', 'focus on the second tab');
    expect(events.map((e) => e.detail)).to.deep.equal([
      { id: 'intakter-och-kostnader', title: 'Intäkter och kostnader', theme: 'revenue' },
    ]);
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    const panel = $(el, '[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-1');
    expect(plain(panel.querySelector('.summary')!.textContent)).to.equal(
      'Kommunen får in 11 682 mnkr 2026, varav 53 % är skatt. Kostnaderna är 11 542 mnkr. Det blir ett överskott på 140 mnkr.',
    );
    await press(el, 'End');
    expect(events.at(-1)!.detail.theme).to.equal('value');
    await press(el, 'Home');
    expect(events.at(-1)!.detail).to.deep.equal({ id: null, title: 'Vart går pengarna?', theme: undefined });
    $$<HTMLButtonElement>(el, '[role="tab"]')[3]!.click();
    await el.updateComplete;
    expect(plain($(el, '[role="tabpanel"] table caption')?.textContent)).to.equal(
      'Största investeringarna 2026',
    );
  });

  it('each chapter has its text and a chart with a summary and a data table', async () => {
    const el = await mount();
    for (let i = 1; i <= 5; i++) {
      $$<HTMLButtonElement>(el, '[role="tab"]')[i]!.click();
      await el.updateComplete;
      const panel = $(el, '[role="tabpanel"]')!;
      expect(plain(panel.querySelector('.lead')?.textContent), `chapter ${i} text`).not.to.equal('');
      expect(plain(panel.querySelector('.summary')?.textContent), `chapter ${i} summary`).not.to.equal('');
      expect(panel.querySelector('table'), `chapter ${i} table`).to.exist;
    }
  });

  it('the planning chapter follows one area over the years, as a line chart and a table', async () => {
    const el = await mount({ attrs: { chapter: 'planering-pa-kort-och-lang-sikt' } });
    expect($(el, '[role="tablist"]'), 'one chapter: no tabs').to.equal(null);
    const svg = $(el, 'svg.trend')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelectorAll('circle')).to.have.length(5);
    expect(svg.querySelectorAll('.dot--open'), 'budget and plan points are hollow').to.have.length(3);
    expect(svg.querySelectorAll('.line--dashed')).to.have.length(3);
    const select = $<HTMLSelectElement>(el, '#trend-area')!;
    select.value = 'aldreomsorg';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(plain($(el, '#trend-summary')!.textContent)).to.match(
      /^Äldreomsorg: från [\d ]+ mnkr 2024 \(utfall\) till [\d ]+ mnkr 2028 \(plan\), \d+ % mer\.$/,
    );
    const rows = $$(el, 'details table tbody tr');
    expect(rows).to.have.length(12);
  });

  it('an unknown chapter says so and shows the tabs', async () => {
    const el = await mount({ attrs: { chapter: 'finns-inte' } });
    expect(shadowText(el)).to.include('Kapitlet ”finns-inte” finns inte i uppgifterna.');
    expect($(el, '[role="tablist"]')).to.exist;
  });

  it('without chapters in the feed: a tab per part with data, named for what it shows, no film titles', async () => {
    const feed = fresh(demo);
    delete feed.budget.chapters;
    const el = await mount({ feed });
    expect($$(el, '[role="tab"]').map((t) => plain(t.textContent))).to.deep.equal([
      'Vart går pengarna?',
      'Intäkter och kostnader',
      'Invånare och kostnad per invånare',
      'Drift och investeringar',
      'Över åren',
    ]);
    expect(shadowText(el)).not.to.include('Demografiska utmaningar');
    const one = await mount({ feed: fresh(feed), attrs: { chapter: 'investments' } });
    expect(plain($(one, '[role="heading"][id="chapter-title"]')!.textContent)).to.equal(
      'Drift och investeringar',
    );
    expect($(one, '[role="tablist"]')).to.equal(null);
    expect(
      $$(one, '[role="heading"]').filter((h) => plain(h.textContent) === 'Drift och investeringar'),
    ).to.have.length(1);
    // "value" is the overview's own every 100 kr and my tax: no tab, but still a chapter to embed.
    const value = await mount({ feed: fresh(feed), attrs: { chapter: 'value' } });
    expect($(value, '[aria-labelledby="chapter-title"] .bars--100')).to.exist;
    expect($(value, '#income')).to.exist;
  });

  it('a feed chapter whose chart has no data and that has no text or film of its own is not offered', async () => {
    const feed = fresh(demo);
    for (const y of feed.budget.years) delete y.investments;
    const chapter = feed.budget.chapters!.find((c) => c.id === 'investeringar-och-drift')!;
    delete chapter.summary;
    delete chapter.video;
    delete chapter.transcript;
    delete chapter.duration;
    delete chapter.captions;
    const el = await mount({ feed });
    const tabs = $$(el, '[role="tab"]').map((t) => plain(t.textContent));
    expect(tabs).not.to.include('Investeringar och drift');
    expect(tabs).to.have.length(5);
    expect(shadowText(el)).not.to.match(/investeringarna 0/i);
  });
});

/** A small feed: the costs per area of one year, and nothing else (the "costs only" story's too). */
const costsOnly = (await (
  await fetch(new URL('../fixtures/costs-only.json', import.meta.url))
).json()) as FeedJson;

describe('<budget-explainer> another municipality: only what its feed has', () => {
  const small = (): FeedJson => structuredClone(costsOnly);

  /** Every sentence the resident can see or hear, once per occurrence. */
  const sentences = (el: BudgetExplainer): string[] =>
    $$(el, 'p, li, caption, summary, [role="heading"], th, td')
      .filter((node) => !node.querySelector('p, li'))
      .map((node) => plain(node.textContent))
      .filter((text) => text.length > 20);

  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: the costs and every 100 kr, no tabs, no zero made up, no message twice`, async () => {
      const el = await mount({ feed: small(), lang });
      const t = lang === 'sv' ? SV : EN;
      expect($(el, '[role="tablist"]'), 'one part: no tabs').to.equal(null);
      expect($(el, '[aria-labelledby="costs-h"]')).to.exist;
      expect($(el, '[aria-labelledby="per100-h"]')).to.exist;
      const text = shadowText(el);
      for (const absent of [
        t.myTaxHeading,
        t.revenueHeading,
        t.investHeading,
        t.trendHeading,
        t.demoHeading,
        t.overviewTab,
        'Demografiska utmaningar',
        'Skapa värde för pengarna',
      ]) {
        expect(text, absent).not.to.include(absent);
      }
      expect(plain(text), 'no made-up zero').not.to.match(/(^|\s)0 (mnkr|kr)|SEK 0\b/);
      // An area's name is a label in both the costs and every 100 kr; messages are said once.
      const names = new Set(small().budget.years[0]!.costs.map((c) => c.title as string));
      const seen = sentences(el).filter((x) => !names.has(x));
      expect(
        seen.filter((x, i) => seen.indexOf(x) !== i),
        'nothing said twice',
      ).to.deep.equal([]);
      await expectAccessible(el);
    });
  }

  it('revenue and investments without costs: their parts, with no "costs 0" or "operations 0"', async () => {
    const feed = small();
    const y = feed.budget.years[0]!;
    y.costs = [];
    Object.assign(y, {
      revenue: [{ id: 'skatt', title: 'Skatteintäkter', amount: 800, category: 'tax' }],
      investments: [{ id: 'skolbygge', title: 'Ny skola', amount: 60 }],
    });
    const el = await mount({ feed });
    expect($$(el, '[role="tab"]').map((t) => plain(t.textContent))).to.deep.equal([
      'Intäkter och kostnader',
      'Drift och investeringar',
    ]);
    expect(plain($(el, '[role="tabpanel"] .summary')!.textContent)).to.equal(
      'Kommunen får in 800 mnkr 2026, varav 100 % är skatt.',
    );
    expect(shadowText(el)).not.to.include(SV.costsTotal);
    expect(shadowText(el)).not.to.include(SV.result);
    $$<HTMLButtonElement>(el, '[role="tab"]')[1]!.click();
    await el.updateComplete;
    expect(plain($(el, '[role="tabpanel"] .summary')!.textContent)).to.equal(
      'Investeringarna är 60 mnkr 2026. Den största investeringen är ny skola, 60 mnkr.',
    );
    expect($$(el, '[role="tabpanel"] .bars .row__name').map((n) => plain(n.textContent))).to.deep.equal([
      SV.investments,
    ]);
    await expectAccessible(el);
  });

  it('a year with nothing to show says so once', async () => {
    const feed = small();
    feed.budget.years[0]!.costs = [];
    const el = await mount({ feed });
    expect($$(el, '.notice').map((n) => plain(n.textContent))).to.deep.equal([
      'Det finns inga uppgifter om budgeten att visa för 2026.',
    ]);
    await expectAccessible(el);
  });
});

describe('<budget-explainer> films: nothing loads before the resident asks', () => {
  const filmFeed = (video: string, extra: Json = {}): FeedJson => {
    const feed = fresh(minimal);
    feed.budget.chapters = [
      {
        id: 'film-1',
        title: 'Intäkter och kostnader',
        video,
        duration: 95,
        captions: 'https://kommun.example/film-1.vtt',
        transcript: 'Hej! Det här är kommunens ekonomi.',
        ...extra,
      },
    ];
    return feed;
  };

  for (const [kind, video, host, element] of [
    ['a video file', 'https://video.kommun.example/film-1.mp4', 'video.kommun.example', 'video'],
    ['YouTube', 'https://www.youtube.com/watch?v=abcDEF12345', 'youtube.com', 'iframe'],
  ] as const) {
    it(`${kind}: a facade (no <iframe>, <video>, no request) until the click`, async () => {
      const requests: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(input instanceof Request ? input.url : input.toString());
        return realFetch.call(window, input, init);
      };
      try {
        const el = await mount({ feed: filmFeed(video), attrs: { chapter: 'film-1' } });
        await aTimeout(50);
        const film = $(el, '[part="film"]')!;
        expect(film.querySelectorAll('iframe, video, audio, img, source, object, embed')).to.have.length(0);
        expect(el.shadowRoot!.querySelectorAll('iframe, video')).to.have.length(0);
        const play = film.querySelector<HTMLButtonElement>('button.play')!;
        expect(plain(play.textContent)).to.equal('▶ Spela filmen: Intäkter och kostnader (1 min 35 s)');
        expect(plain(film.querySelector('.hint')!.textContent)).to.equal(
          `Filmen hämtas från ${host} först när du klickar.`,
        );
        expect(film.querySelector<HTMLAnchorElement>('a[href$=".vtt"]')?.textContent?.trim()).to.equal(
          SV.filmCaptions,
        );
        expect(plain(film.querySelector('details summary')!.textContent)).to.equal(SV.filmTranscript);
        const loaded = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((name) => name.includes(host));
        expect(loaded, 'no resource from the video host').to.deep.equal([]);
        expect(requests.filter((r) => r.includes(host))).to.deep.equal([]);

        play.click();
        await el.updateComplete;
        const player = film.querySelector(element)!;
        expect(player, `a <${element}> after the click`).to.exist;
        if (element === 'iframe') {
          expect(player.getAttribute('src')).to.equal(
            'https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1',
          );
          expect(player.getAttribute('title')).to.equal('Film: Intäkter och kostnader');
        } else {
          expect(player.getAttribute('src')).to.equal(video);
          expect(player.querySelector('track[kind="captions"]')?.getAttribute('src')).to.equal(
            'https://kommun.example/film-1.vtt',
          );
          (player as HTMLVideoElement).pause();
          (player as HTMLVideoElement).removeAttribute('src');
        }
      } finally {
        window.fetch = realFetch;
      }
    });
  }

  it('a film on a site it cannot embed is a plain link', async () => {
    const el = await mount({
      feed: filmFeed('https://play.kommun.example/v/42'),
      attrs: { chapter: 'film-1' },
    });
    const link = $<HTMLAnchorElement>(el, '[part="film"] a')!;
    expect(link.href).to.equal('https://play.kommun.example/v/42');
    expect(plain(link.textContent)).to.equal('Se filmen: Intäkter och kostnader (på play.kommun.example)');
    expect($(el, 'button.play')).to.equal(null);
  });
});

describe('<budget-explainer> years', () => {
  it('shows the budget year by default, with a switch listing every year and its kind', async () => {
    const el = await mount();
    expect(plain($(el, '.top [role="heading"]')!.textContent)).to.equal('Budget 2026');
    const options = $$<HTMLOptionElement>(el, '#year option');
    expect(options.map((o) => plain(o.textContent))).to.deep.equal([
      '2024 (utfall)',
      '2025 (utfall)',
      '2026 (budget)',
      '2027 (plan)',
      '2028 (plan)',
    ]);
    expect(options.find((o) => o.selected)?.value).to.equal('2026');
    const select = $<HTMLSelectElement>(el, '#year')!;
    select.value = '2024';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.year).to.equal(2024);
    expect(plain($(el, '.top [role="heading"]')!.textContent)).to.equal('Utfall 2024');
    expect(costsSummaryText(el)).to.include('2024');
  });

  it('the year attribute picks a year; a year not in the feed says so', async () => {
    const el = await mount({ attrs: { year: '2027' } });
    expect(plain($(el, '.top [role="heading"]')!.textContent)).to.equal('Plan 2027');
    el.year = 2031;
    await el.updateComplete;
    expect(shadowText(el)).to.include('Det finns inga uppgifter för 2031. Visar 2026 (budget).');
  });

  it('keeps the drill-down when the year changes, if the area exists that year', async () => {
    const el = await mount();
    cellButtons(el)[0]!.click();
    await el.updateComplete;
    el.year = 2025;
    await el.updateComplete;
    expect(crumbs(el)).to.deep.equal(['Alla områden', 'Förskola och skola']);
  });

  it('one year: no switch', async () => {
    const el = await mount({ feed: fresh(minimal) });
    expect($(el, '#year')).to.equal(null);
  });
});

describe('<budget-explainer> language and texts', () => {
  it('speaks English under lang="en", with English summaries and amounts', async () => {
    const el = await mount({ lang: 'en' });
    expect(plain($(el, '.top [role="heading"]')!.textContent)).to.equal('Budget 2026');
    expect(costsSummaryText(el)).to.equal(
      'Preschool and school (36%) and care of older people (17%) are the largest areas: 52% of the costs of SEK 11,542 million in 2026.',
    );
    expect(shadowText(el)).to.include(EN.myTaxPrivacy).and.include(EN.per100Heading);
  });

  it('every string can be overridden', async () => {
    const el = await mount();
    el.texts = { per100Heading: 'Hundralappen', showList: 'Lista' };
    await el.updateComplete;
    expect(plain($(el, '#per100-h')!.textContent)).to.equal('Hundralappen');
    expect(plain($(el, '.toggle')!.textContent)).to.equal('Lista');
  });

  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(EN).sort()).to.deep.equal(Object.keys(SV).sort());
  });
});

describe('<budget-explainer> accessibility (axe, WCAG 2.1 AA) in every state and view', () => {
  async function everyView(lang: 'sv' | 'en'): Promise<void> {
    const loading = await mount({ lang, src: faultUrl({ body: minimal, delay: 5000 }) });
    expect(stateOf(loading)).to.equal('loading');
    await expectAccessible(loading);

    const error = await mount({ lang, src: faultUrl({ status: 404 }) });
    await waitForState(error, 'error');
    await expectAccessible(error);

    const empty = await mount({ lang, feed: { version: 1 }, state: 'empty' });
    await waitForState(empty, 'empty');
    await expectAccessible(empty);

    const el = await mount({ lang });
    await expectAccessible(el); // overview: treemap, 100 kr, my tax
    cellButtons(el)[0]!.click();
    await el.updateComplete;
    cellButtons(el)[1]!.click(); // a leaf: its details
    await el.updateComplete;
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.toggle')!.click(); // the list
    for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
    await el.updateComplete;
    await expectAccessible(el);
    const input = $<HTMLInputElement>(el, '#income')!;
    input.value = '25k';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form button')!.click();
    await el.updateComplete;
    await expectAccessible(el); // the error message
    input.value = '32 000';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, 'form button')!.click();
    await el.updateComplete;
    await expectAccessible(el); // the result and its table
    for (let i = 1; i <= 5; i++) {
      $$<HTMLButtonElement>(el, '[role="tab"]')[i]!.click();
      await el.updateComplete;
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
      await expectAccessible(el);
    }
  }

  it('has no violations in Swedish', async () => {
    await everyView('sv');
  });

  it('has no violations in English', async () => {
    await everyView('en');
  });

  it('has no violations in dark mode, on a page that opts into dark', async () => {
    const root = document.documentElement;
    root.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount();
      await expectAccessible(el);
      $<HTMLButtonElement>(el, '.toggle')!.click();
      await el.updateComplete;
      await expectAccessible(el);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      root.style.colorScheme = '';
      document.body.style.background = '';
    }
  });

  it('the film facade and the playing film have no violations', async () => {
    const feed = fresh(minimal);
    feed.budget.chapters = [
      {
        id: 'film-1',
        title: 'Intäkter och kostnader',
        video: 'https://www.youtube.com/watch?v=abcDEF12345',
        transcript: 'Text.',
      },
    ];
    const el = await mount({ feed, attrs: { chapter: 'film-1' } });
    await expectAccessible(el);
    $<HTMLButtonElement>(el, 'button.play')!.click();
    await el.updateComplete;
    // The frame's own content is YouTube's (and not loaded here): axe checks our side of it.
    await expectAccessible(el, { ignoredRules: ['frame-tested'] });
  });

  /** Words of four letters or more that the layout split over two lines (a word broken mid-word). */
  const splitWords = (el: BudgetExplainer): string[] =>
    wordsSplitOverLines(el.shadowRoot!, /[\p{L}\p{N}][\p{L}\p{N}-]{3,}/gu);

  it('reflows at 320 px with every table open: nothing wider than the element, no word split', async () => {
    const wrapper = container();
    wrapper.style.width = '320px';
    const el = document.createElement('budget-explainer');
    el.feed = fresh(demo);
    wrapper.append(el);
    await waitForState(el, 'ready');
    await el.updateComplete;
    expect($(el, '.bars--costs'), 'the list, not the treemap, at 320 px').to.exist;
    for (let tab = 0; tab < 6; tab++) {
      $$<HTMLButtonElement>(el, '[role="tab"]')[tab]!.click();
      await el.updateComplete;
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
      await el.updateComplete;
      const right = el.getBoundingClientRect().right;
      // Tables of many columns may scroll sideways inside their own box (WCAG 1.4.10 exempts
      // them); the box itself, and everything else, may not be wider than the element.
      const wide = $$(el, '*')
        .filter((node) => !node.closest('.table__scroll > *'))
        .filter((node) => node.getBoundingClientRect().right > right + 1);
      expect(
        wide.map((n) => n.className || n.localName),
        `tab ${tab}`,
      ).to.deep.equal([]);
      expect(splitWords(el), `tab ${tab}: words broken mid-word`).to.deep.equal([]);
    }
    // The tables of areas (name, amount, share) fit without scrolling: no value cut off at the edge.
    $$<HTMLButtonElement>(el, '[role="tab"]')[0]!.click();
    await el.updateComplete;
    for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
    await el.updateComplete;
    const scrolling = $$(el, '.table__scroll')
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => plain(box.querySelector('caption')?.textContent));
    expect(scrolling).to.deep.equal([]);
  });

  it('on a 320 px phone a table too wide to fit is a named, focusable region (scrollable by keyboard); one that fits is not', async () => {
    const wrapper = container();
    wrapper.style.width = '288px'; // a 320 px screen less the page's margins
    const el = document.createElement('budget-explainer');
    el.feed = fresh(demo);
    el.setAttribute('chapter', 'investeringar-och-drift');
    wrapper.append(el);
    await waitForState(el, 'ready');
    await el.updateComplete;
    for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
    await waitUntil(() => $$(el, '.table__scroll[tabindex="0"]').length > 0, 'the wide table is marked', {
      timeout: 5000,
    });
    const boxes = $$(el, '.table__scroll').map((box) => [
      plain(box.querySelector('caption')?.textContent),
      box.getAttribute('role'),
      box.getAttribute('aria-label'),
      box.getAttribute('tabindex'),
    ]);
    expect(boxes).to.deep.equal([
      ['Största investeringarna 2026', 'region', 'Största investeringarna 2026', '0'],
      ['Drift och investeringar', null, null, null],
    ]);
    await expectAccessible(el);
    // Wide again: the table fits, and the extra tab stop goes.
    wrapper.style.width = '1000px';
    // Re-measured on the next resize observation, which a busy machine may take a while to deliver.
    await waitUntil(() => $$(el, '.table__scroll[tabindex]').length === 0, 'no tab stop once it fits', {
      timeout: 5000,
    });
  });
});

/**
 * The scorecard view of <scorecard-chart> in Chromium: the table a reader sees (caption, headers,
 * values, status and trend words, kinds), switching reports (values, what changed, the event),
 * opening a row's chart, selections by goal, owner and ids with their messages, English, 320 px,
 * hostile text, and axe in each state.
 */
import { wordsSplitOverLines } from '../support/words.js';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/scorecard-chart.js';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import type { ScorecardChart } from '../../src/scorecard-chart/scorecard-chart.js';
import type { ScorecardPeriodChangeDetail } from '../../src/scorecard-chart/scorecard-view.js';
import { container, expectAccessible, removeContainers, shadowText, waitForState } from '../support/a11y.js';

type Attrs = Readonly<Record<string, string>>;

function scorecardFeed(): Feed {
  return {
    version: 1,
    organization: {
      name: 'Exempelkommun',
      units: [
        { id: 'kf', name: 'Kommunfullmäktige', type: 'council' },
        { id: 'bun', name: 'Barn- och utbildningsnämnden', type: 'committee', parent: 'kf' },
        { id: 'buf', name: 'Barn- och utbildningsförvaltningen', type: 'administration', parent: 'bun' },
        { id: 'ks', name: 'Kommunstyrelsen', type: 'executive-board', parent: 'kf' },
        { id: 'tom', name: 'Tomma nämnden', type: 'committee', parent: 'kf' },
      ],
    },
    goals: [
      { id: 'g1', level: 'strategic-goal', title: 'Fler klarar skolan', indicators: ['lasning', 'arbete'] },
      {
        id: 'g1a',
        level: 'commitment',
        parent: 'g1',
        title: 'Kortare väntan',
        indicators: ['vantetid'],
      },
      { id: 'g2', level: 'strategic-goal', title: 'Mål utan indikatorer' },
    ],
    indicators: [
      {
        id: 'lasning',
        title: 'Elever som läser på åldersadekvat nivå',
        unit: 'percent',
        kind: 'organization',
        owner: 'buf',
        baseline: '2024',
        values: [
          { period: '2024', value: 60 },
          { period: '2025', value: 64 },
          { period: '2026-T1', value: 66, kind: 'preliminary' },
          { period: '2026-T2', value: 71 },
        ],
        targets: [{ period: '2026', value: 70 }],
      },
      {
        id: 'vantetid',
        title: 'Väntetid till förskoleplats',
        unit: 'days',
        better: 'lower',
        kind: 'organization',
        owner: 'ks',
        baseline: '2024',
        values: [
          { period: '2024', value: 10 },
          { period: '2025', value: 12 },
          { period: '2026-T2', value: 13 },
        ],
        targets: [{ period: '2026', value: 8 }],
      },
      {
        id: 'arbete',
        title: 'Förvärvsarbetande invånare',
        unit: 'percent',
        decimals: 1,
        kind: 'place',
        baseline: '2024',
        values: [
          { period: '2024', value: 75 },
          { period: '2025', value: 75.1 },
        ],
        targets: [{ period: '2025', value: 76 }],
      },
      {
        id: 'saknas',
        title: 'Nöjdhet med kulturutbudet',
        unit: 'index',
        values: [{ period: '2025', value: null }],
      },
    ],
  };
}

async function mount(attrs: Attrs = {}, options: { lang?: string; feed?: Feed; width?: string } = {}) {
  const el = document.createElement('scorecard-chart');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = options.feed ?? scorecardFeed();
  const box = container(options.lang);
  if (options.width) box.style.width = options.width;
  box.append(el);
  await waitForState(el, 'ready');
  await waitUntil(() => el.shadowRoot!.querySelector('table, .notice'), 'scorecard not rendered', {
    timeout: 3000,
  });
  await el.updateComplete;
  return el;
}

const root = (el: ScorecardChart): ShadowRoot => el.shadowRoot!;
const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Cells of the body rows by indicator title: { title: [value, target, status, trend, change, kind] }.
 * The kind is read from under the title, where the row header shows it.
 */
function rows(el: ScorecardChart): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const tr of root(el).querySelectorAll('tbody tr.row')) {
    out.set(text(tr.querySelector('th .toggle')), [
      ...[...tr.querySelectorAll('td')].map((td) => text(td)),
      text(tr.querySelector('th .kind')),
    ]);
  }
  return out;
}

function row(el: ScorecardChart, title: string): string[] {
  const found = rows(el).get(title);
  if (!found) throw new Error(`no row "${title}"; rows: ${[...rows(el).keys()].join(', ')}`);
  return found;
}

async function chooseReport(el: ScorecardChart, period: string): Promise<void> {
  const select = root(el).querySelector('select')!;
  select.value = period;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

afterEach(() => removeContainers());

describe('<scorecard-chart> scorecard', () => {
  it('shows a goal’s indicators and its sub-goals’ as a table with caption and headers', async () => {
    const el = await mount({ goal: 'g1' });
    const table = root(el).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Styrkort för Fler klarar skolan, tertial 2 2026');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(headers.map(text)).to.deep.equal([
      'Indikator',
      'Senaste värde',
      'Målvärde',
      'Status',
      'Utveckling sedan 2024',
      'Förändring sedan tertial 1 2026',
    ]);
    expect([...rows(el).keys()]).to.deep.equal([
      'Elever som läser på åldersadekvat nivå',
      'Förvärvsarbetande invånare',
      'Väntetid till förskoleplats',
    ]);
    expect(root(el).querySelectorAll('tbody th[scope="row"]')).to.have.length(3);
    await expectAccessible(el);
  });

  it('shows latest value and period, target, status, trend and kind in words', async () => {
    const el = await mount({ goal: 'g1' });
    const [value, target, status, trend, change, kind] = row(el, 'Elever som läser på åldersadekvat nivå');
    expect(value).to.match(/^71\s?% T2 2026$/);
    expect(target).to.match(/^minst 70\s?% 2026$/);
    expect(status).to.equal('Uppnått');
    expect(trend).to.match(/^Bättre 2024: 60\s?%$/);
    expect(change).to.match(/^66\s?% → 71\s?% Nås inte → Uppnått$/);
    expect(kind).to.equal('Organisationsindikator');

    const waiting = row(el, 'Väntetid till förskoleplats');
    expect(waiting[2]).to.equal('Nås inte');
    expect(waiting[3]).to.match(/^Sämre/); // lower is better: 10 → 13 days is worse
    // A year's target does not apply to the year before: T1 had nothing to judge 2025 against.
    expect(waiting[4]).to.match(/^12 dagar → 13 dagar Inget mål att jämföra med → Nås inte$/);
    const place = row(el, 'Förvärvsarbetande invånare');
    expect(place[2]).to.equal('Delvis');
    expect(place[3]).to.match(/^Oförändrat/); // 75.0 → 75.1 is within the tolerance
    expect(place[4]).to.equal('Inget nytt värde');
    expect(place[5]).to.equal('Områdesindikator');
    // Status is an icon and a word, never colour alone.
    const badge = root(el).querySelector('tbody .status')!;
    expect(badge.querySelector('svg[aria-hidden="true"]')).to.exist;
    expect(root(el).querySelectorAll('tbody .trend svg[aria-hidden="true"]')).to.have.length(3);
  });

  it('draws a sparkline hidden from assistive technology', async () => {
    const el = await mount({ goal: 'g1' });
    const sparks = root(el).querySelectorAll('svg.spark');
    expect(sparks).to.have.length(3);
    for (const spark of sparks) {
      expect(spark.getAttribute('aria-hidden')).to.equal('true');
      expect(spark.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    }
  });

  it('names unknown ids, and still shows the rest', async () => {
    const el = await mount({ indicators: 'arbete okand' });
    expect(text(root(el).querySelector('.notice'))).to.equal('Finns inte i uppgifterna: okand.');
    expect([...rows(el).keys()]).to.deep.equal(['Förvärvsarbetande invånare']);
    await expectAccessible(el);
  });

  it('switches report: values as of it, what changed, and insyn-period-change', async () => {
    const el = await mount({ goal: 'g1' });
    expect(text(root(el).querySelector('.changes'))).to.equal(
      'Sedan tertial 1 2026: 2 indikatorer bytte status och 2 fick nya värden.',
    );
    const label = root(el).querySelector('label[for="report"]')!;
    expect(text(label)).to.equal('Uppföljning');
    const options = [...root(el).querySelectorAll('option')].map(text);
    expect(options).to.deep.equal(['Tertial 2 2026 (senaste)', 'Tertial 1 2026', '2025', '2024']);

    const events: ScorecardPeriodChangeDetail[] = [];
    document.body.addEventListener('insyn-period-change', (e) => events.push(e.detail), {
      once: true,
    });
    await chooseReport(el, '2026-T1');
    expect(events).to.deep.equal([{ period: '2026-T1', previous: '2026-T2' }]);
    expect(el.period).to.equal('2026-T1');
    expect(el.getAttribute('period')).to.equal('2026-T1');
    expect(text(root(el).querySelector('caption'))).to.equal(
      'Styrkort för Fler klarar skolan, tertial 1 2026',
    );
    const reading = row(el, 'Elever som läser på åldersadekvat nivå');
    expect(reading[0]).to.match(/^66\s?% T1 2026, preliminärt$/);
    expect(reading[2]).to.equal('Nås inte');
    expect(row(el, 'Väntetid till förskoleplats')[0]).to.match(/^12 dagar 2025$/);
    expect(text(root(el).querySelector('thead th:nth-child(6)'))).to.equal('Förändring sedan 2025');
    expect(root(el).querySelector('select')!.value).to.equal('2026-T1');
    await expectAccessible(el);

    await chooseReport(el, '2024');
    // The oldest report: nothing before it to compare with.
    expect(root(el).querySelectorAll('thead th')).to.have.length(5);
    expect(text(root(el).querySelector('.changes'))).to.equal('');
    expect(row(el, 'Elever som läser på åldersadekvat nivå')[3]).to.equal('Uppgift saknas');
    await expectAccessible(el);
  });

  it('starts at the report in the period attribute; an unparseable one means the latest', async () => {
    const el = await mount({ goal: 'g1', period: '2025' });
    expect(text(root(el).querySelector('caption'))).to.match(/, 2025$/);
    const bad = await mount({ goal: 'g1', period: 'förra året' });
    expect(text(root(bad).querySelector('caption'))).to.match(/tertial 2 2026$/);
  });

  it('opens and closes an indicator’s chart under its row', async () => {
    const el = await mount({ goal: 'g1' });
    const button = root(el).querySelector<HTMLButtonElement>('tbody th button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('tr.detail')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = root(el).querySelector('tr.detail td')!;
    expect(detail.id).to.equal(button.getAttribute('aria-controls'));
    expect(detail.getAttribute('colspan')).to.equal('6'); // with the change column
    expect(button.closest('tr')!.nextElementSibling).to.equal(detail.parentElement);
    // The chart is a chunk of its own, fetched when the first row opens.
    await waitUntil(() => detail.querySelector('figure'), 'the chart did not arrive', { timeout: 5000 });
    expect(text(detail.querySelector('figure'))).to.contain('Elever som läser på åldersadekvat nivå');
    await expectAccessible(el);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('tr.detail')).to.equal(null);
  });

  it('shows a committee’s indicators, its units’ included', async () => {
    const el = await mount({ owner: 'bun' });
    expect(text(root(el).querySelector('caption'))).to.equal(
      'Styrkort för Barn- och utbildningsnämnden, tertial 2 2026',
    );
    expect([...rows(el).keys()]).to.deep.equal(['Elever som läser på åldersadekvat nivå']);
    await expectAccessible(el);
  });

  it('shows given ids in order, or everything, with an indicator that has no values', async () => {
    const el = await mount({ indicators: 'saknas vantetid' });
    expect([...rows(el).keys()]).to.deep.equal(['Nöjdhet med kulturutbudet', 'Väntetid till förskoleplats']);
    const missing = row(el, 'Nöjdhet med kulturutbudet');
    expect(missing.slice(0, 4)).to.deep.equal([
      'Uppgift saknas',
      'Inget målvärde',
      'Uppgift saknas',
      'Uppgift saknas',
    ]);
    expect(missing.at(-1), 'no kind, nothing under the title').to.equal('');
    const all = await mount();
    expect(rows(all).size).to.equal(4);
    expect(text(root(all).querySelector('caption'))).to.equal('Styrkort: alla indikatorer, tertial 2 2026');
    await expectAccessible(all);
  });

  it('says so, without a table, when a selection finds nothing', async () => {
    const cases: Array<[Attrs, string]> = [
      [{ goal: 'finns-inte' }, 'Målet "finns-inte" finns inte i uppgifterna.'],
      [{ goal: 'g2' }, 'Mål utan indikatorer har inga indikatorer.'],
      [{ owner: 'tom' }, 'Tomma nämnden har inga indikatorer.'],
      [{ owner: 'spoke' }, 'Det finns ingen nämnd eller enhet "spoke" i uppgifterna.'],
      [{ indicators: 'x y' }, 'Finns inte i uppgifterna: x och y. Det finns inga indikatorer att visa.'],
    ];
    for (const [attrs, message] of cases) {
      const el = await mount(attrs);
      expect(root(el).querySelector('table'), JSON.stringify(attrs)).to.equal(null);
      expect(shadowText(el)).to.equal(message);
      await expectAccessible(el);
    }
  });

  it('has no switcher when there is one report', async () => {
    const feed = scorecardFeed();
    feed.indicators = [feed.indicators![2]!];
    feed.indicators[0]!.values = [{ period: '2025', value: 75.1 }];
    delete feed.indicators[0]!.baseline;
    delete feed.goals;
    const el = await mount({}, { feed });
    expect(root(el).querySelector('select')).to.equal(null);
    expect(text(root(el).querySelector('caption'))).to.equal('Styrkort: alla indikatorer, 2025');
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount({ goal: 'g1' }, { lang: 'en' });
    expect(text(root(el).querySelector('caption'))).to.equal(
      'Scorecard for Fler klarar skolan, tertial 2 2026',
    );
    expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal([
      'Indicator',
      'Latest value',
      'Target',
      'Status',
      'Change since 2024',
      'Since tertial 1 2026',
    ]);
    const reading = row(el, 'Elever som läser på åldersadekvat nivå');
    expect(reading[1]).to.match(/^at least 70\s?% 2026$/);
    expect(reading[2]).to.equal('Achieved');
    expect(reading[3]).to.match(/^Better/);
    expect(row(el, 'Förvärvsarbetande invånare')[5]).to.equal('Area indicator');
    expect(text(root(el).querySelector('label'))).to.equal('Report');
    await chooseReport(el, '2026-T1');
    expect(row(el, 'Elever som läser på åldersadekvat nivå')[0]).to.match(/preliminary$/);
    await expectAccessible(el);
  });

  it('is a card per indicator at 320 px: nothing scrolls sideways or is cut, no word is broken, still a table', async () => {
    for (const lang of ['sv', 'en']) {
      // 288 px: a 320 px phone less the page's margins.
      const el = await mount({}, { width: '288px', lang }); // every indicator, one with no data
      const region = root(el).querySelector<HTMLElement>('.scroll')!;
      await waitUntil(() => !region.hasAttribute('tabindex'), 'the card layout is still a tab stop');
      // Nothing to scroll, so no tab stop and no "scrolls sideways" label.
      expect(region.getAttribute('role')).to.equal(null);
      expect(region.getAttribute('aria-label')).to.equal(null);
      expect(region.scrollWidth).to.be.at.most(region.clientWidth);
      const box = region.getBoundingClientRect();
      for (const cell of root(el).querySelectorAll<HTMLElement>('tbody th, tbody td')) {
        const rect = cell.getBoundingClientRect();
        expect(rect.left, text(cell)).to.be.at.least(box.left - 0.5);
        expect(rect.right, text(cell)).to.be.at.most(box.right + 0.5);
        expect(cell.scrollWidth, text(cell)).to.be.at.most(cell.clientWidth + 1);
      }
      // Each value is under its column's header, which CSS draws and screen readers do not hear twice.
      const first = root(el).querySelector('tbody tr.row')!;
      const labels = [...first.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content);
      expect(labels[0]).to.match(lang === 'sv' ? /Senaste värde/ : /Latest value/);
      expect(labels[0]).to.match(/\/\s*""$/);
      // The title spans the card; the cells sit side by side under it.
      const title = first.querySelector('th')!.getBoundingClientRect();
      const cells = [...first.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
      expect(cells[0]!.top).to.be.at.least(title.bottom - 0.5);
      expect(cells[1]!.top).to.equal(cells[0]!.top);
      // A word wraps whole: each one's text sits on a single line.
      expect(wordsSplitOverLines(root(el).querySelector('tbody')!, /[^\s\-–]+/g)).to.deep.equal([]);
      // Still a table for assistive technology: the headers are there, just not painted.
      const head = root(el).querySelector('thead')!.getBoundingClientRect();
      expect(head.width * head.height).to.be.at.most(1);
      expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('table');
      expect(root(el).querySelectorAll('thead th[role="columnheader"]').length).to.equal(6);
      await expectAccessible(el);
      removeContainers();
    }
  });

  it('keeps the table on a wide element, scrolling in a labelled, focusable region when it has to', async () => {
    const el = await mount({ goal: 'g1' }, { width: '660px' });
    // The table is measured in the frame after its first draw (see ScorecardView.hostUpdated).
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    const region = root(el).querySelector<HTMLElement>('.scroll')!;
    expect(getComputedStyle(root(el).querySelector('tbody tr')!).display).to.equal('table-row');
    expect(region.scrollWidth).to.be.above(region.clientWidth);
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    expect(region.getAttribute('aria-label')).to.match(
      /^Styrkort för Fler klarar skolan.*rullas i sidled\.$/,
    );
    // The titles stay put while the columns scroll.
    const title = root(el).querySelector('tbody th')!;
    region.scrollLeft = 200;
    expect(Math.round(title.getBoundingClientRect().left)).to.equal(
      Math.round(region.getBoundingClientRect().left),
    );
    await expectAccessible(el);
  });

  it('tells the trend from the first value when an indicator has no baseline, as its chart’s summary does', async () => {
    for (const [lang, since, better] of [
      // Two years and two tertials: the sparkline and the chart draw the tertials (the latest kind).
      ['sv', /^Bättre sedan tertial 1 2026 \(första värdet\): 66\s?%$/, /en förbättring/],
      ['en', /^Better since tertial 1 2026 \(first value\): 66\s?%$/, /an improvement/],
    ] as const) {
      const feed = scorecardFeed();
      for (const indicator of feed.indicators!) delete indicator.baseline;
      const el = await mount({ goal: 'g1' }, { feed, lang });
      const title = 'Elever som läser på åldersadekvat nivå';
      expect(row(el, title)[3]).to.match(since);
      // No shared baseline to name in the header.
      expect(text(root(el).querySelectorAll('thead th')[4])).to.equal(
        lang === 'sv' ? 'Utveckling' : 'Change',
      );
      root(el).querySelector<HTMLButtonElement>('tbody th button')!.click();
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('.iv-summary'), 'no chart summary');
      expect(text(root(el).querySelector('.iv-summary'))).to.match(better);
      removeContainers();
    }
  });

  it('offers reports that end the same day as one choice, named by the longest', async () => {
    const feed = scorecardFeed();
    for (const indicator of feed.indicators!) delete indicator.baseline;
    feed.indicators![0]!.values = [
      { period: '2025', value: 60 },
      { period: '2026-Q1', value: 61 },
      { period: '2026-Q2', value: 62 },
      { period: '2026-06', value: 62 },
    ];
    feed.indicators![1]!.values = [{ period: '2026-H1', value: 12 }];
    const el = await mount({ goal: 'g1' }, { feed });
    const options = [...root(el).querySelectorAll('option')];
    expect(options.map(text)).to.deep.equal(['Halvår 1 2026 (senaste)', 'Kvartal 1 2026', '2025', '2024']);
    expect(options.map((option) => option.value)).to.deep.equal(['2026-H1', '2026-Q1', '2025', '2024']);
    expect(text(root(el).querySelector('caption'))).to.equal(
      'Styrkort för Fler klarar skolan, halvår 1 2026',
    );
    expect(text(root(el).querySelector('.changes'))).to.match(/^Sedan kvartal 1 2026: /);
    // A page asking for the quarter gets the half year's report, which ends the same day.
    el.period = '2026-Q2';
    await el.updateComplete;
    expect(root(el).querySelector('select')!.value).to.equal('2026-H1');
    await expectAccessible(el);
  });

  it('renders feed text as text, never as HTML', async () => {
    const feed = scorecardFeed();
    feed.indicators![0]!.title = '<img src=x onerror="window.hacked=1">Läsning';
    feed.goals![0]!.title = '<b>Mål</b>';
    const el = await mount({ goal: 'g1' }, { feed });
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(text(root(el).querySelector('caption'))).to.contain('<b>Mål</b>');
    expect(rows(el).has('<img src=x onerror="window.hacked=1">Läsning')).to.equal(true);
  });

  it('opens a row from the keyboard', async () => {
    const el = await mount({ goal: 'g1' });
    const button = root(el).querySelector<HTMLButtonElement>('tbody th button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('has no violations in dark mode, on a page that opts into dark', async () => {
    const page = document.documentElement;
    page.style.colorScheme = 'light dark';
    document.body.style.background = 'Canvas';
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await mount({ goal: 'g1' });
      await expectAccessible(el);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      page.style.colorScheme = '';
      document.body.style.background = '';
    }
  });

  it('shows the demo feed: every indicator, by goal and by committee', async () => {
    const demo = (await (await fetch('/demo/feed.json')).json()) as Feed;
    const all = await mount({}, { feed: demo });
    expect(rows(all).size).to.equal(demo.indicators!.length);
    await expectAccessible(all);
    const goal = await mount({ goal: 'sm-2' }, { feed: demo });
    expect(rows(goal).size).to.be.above(3);
    expect(shadowText(goal)).to.not.contain('Finns inte i uppgifterna');
    const owner = await mount({ owner: 'bun' }, { feed: demo });
    expect(rows(owner).size).to.be.above(0);
  });

  it('renders 60 indicators × 12 periods with a sparkline each', async () => {
    const indicators: Feed['indicators'] = [];
    for (let i = 0; i < 60; i++) {
      indicators.push({
        id: `i${i}`,
        title: `Indikator ${i}`,
        unit: 'percent',
        better: i % 3 === 0 ? 'lower' : 'higher',
        baseline: '2015',
        values: Array.from({ length: 12 }, (_, y) => ({
          period: String(2015 + y),
          value: 50 + ((i * 7 + y * 3) % 20),
        })),
        targets: [{ period: '2026', value: 60 }],
      });
    }
    const el = await mount({}, { feed: { version: 1, indicators } });
    expect(rows(el).size).to.equal(60);
    expect(root(el).querySelectorAll('svg.spark path')).to.have.length(60);
    expect(root(el).querySelectorAll('option')).to.have.length(12);
  });
});

/**
 * <scorecard-chart indicator="…"> in Chromium: summary, legend, table toggle, keyboard paths and
 * what they announce, insyn-datum-focus, CSV, gaps, English, embedded use, bad data, axe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/scorecard-chart.js';
import type { ScorecardChart } from '../../src/scorecard-chart/scorecard-chart.js';
import type { DatumFocusDetail } from '../../src/scorecard-chart/indicator-view.js';
import { container, expectAccessible, removeContainers, waitForState } from '../support/a11y.js';

const NBSP = '\u00a0';

function feed(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    indicators: [
      {
        id: 'andel',
        title: { sv: 'Förvärvsarbetande', en: 'Employed' },
        unit: 'percent',
        values: [
          { period: '2021', value: 61, women: 60, men: 62 },
          { period: '2022', value: 64, women: 63, men: 65 },
          { period: '2023', value: null },
          { period: '2024', value: 68, women: 69, men: 67 },
        ],
        targets: [{ period: '2024', value: 70 }],
        ranges: [
          { to: 50, label: { sv: 'Svag', en: 'Poor' } },
          { to: 100, label: { sv: 'Bra', en: 'Good' } },
        ],
        comparisons: [
          {
            id: 'riket',
            label: { sv: 'Riket', en: 'Sweden' },
            kind: 'national',
            values: [
              { period: '2021', value: 79 },
              { period: '2022', value: 80.9 },
              { period: '2024', value: 81.2 },
            ],
          },
        ],
        ...extra,
      },
    ],
  };
}

async function mount(
  data: unknown,
  attrs: Record<string, string> = { indicator: 'andel' },
  lang?: string,
): Promise<ScorecardChart> {
  const el = document.createElement('scorecard-chart');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.feed = data;
  container(lang).append(el);
  await waitForState(el, 'ready');
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50)); // the width is measured, then redrawn
  await el.updateComplete;
  return el;
}

const root = (el: ScorecardChart): ShadowRoot => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: ScorecardChart, selector: string): T =>
  root(el).querySelector<T>(selector)!;
/** Visible text, runs of white space made one; U+00A0 kept (the formats assert it). */
const text = (node: Element | null): string => node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';

async function key(el: ScorecardChart, press: string): Promise<void> {
  await sendKeys({ press });
  await el.updateComplete;
}

async function focusPlot(el: ScorecardChart): Promise<void> {
  q(el, '.iv-plot').focus();
  await el.updateComplete;
}

afterEach(() => removeContainers());

describe('<scorecard-chart indicator>', () => {
  it('shows the title as a heading, the summary, the legend and the chart', async () => {
    const el = await mount(feed());
    const heading = q(el, '.iv-title');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(text(heading)).to.equal('Förvärvsarbetande');
    expect(text(q(el, '.iv-summary'))).to.equal(
      `Andelen ökade från 61${NBSP}% 2021 till 68${NBSP}% 2024, en förbättring; målet 70${NBSP}% nås inte än. ` +
        `2024: Kvinnor 69${NBSP}%, Män 67${NBSP}% och Riket 81,2${NBSP}%.`,
    );
    const legend = [...root(el).querySelectorAll('.iv-legend li')].map(text);
    expect(legend).to.deep.equal(['Totalt', 'Kvinnor', 'Män', 'Riket', 'Målvärde', 'Data saknas']);
    // Series are told apart by dash as well as colour.
    const dashes = [...root(el).querySelectorAll('.iv-svg .iv-line')].map((p) =>
      p.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).to.equal(4);
    expect(root(el).querySelectorAll('.iv-target')).to.have.length.greaterThan(0);
    await expectAccessible(el);
  });

  it('marks the gap with "data saknas"', async () => {
    const el = await mount(feed());
    const labels = [...root(el).querySelectorAll('.iv-gap-label')].map(text);
    expect(labels).to.deep.equal(['data saknas']);
    expect(root(el).querySelectorAll('.iv-svg rect.iv-gap')).to.have.length(1);
  });

  it('toggles a data table with every series', async () => {
    const el = await mount(feed());
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('.iv-button')][0]!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('table')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Dölj tabell');
    const table = q(el, 'table');
    expect(root(el).getElementById(button.getAttribute('aria-controls')!)!.contains(table)).to.equal(true);
    expect(text(table.querySelector('caption'))).to.equal('Förvärvsarbetande: värden per period');
    const rows = [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map(text));
    expect(rows[0]).to.deep.equal(['Period', 'Totalt', 'Kvinnor', 'Män', 'Riket', 'Målvärde']);
    expect(rows[3]).to.deep.equal(['2023', 'Data saknas', 'Data saknas', 'Data saknas', 'Data saknas', '–']);
    expect(rows[4]).to.deep.equal([
      '2024',
      `68${NBSP}%`,
      `69${NBSP}%`,
      `67${NBSP}%`,
      `81,2${NBSP}%`,
      `70${NBSP}%`,
    ]);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    await expectAccessible(el);
    button.click();
    await el.updateComplete;
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('fits 320 px: no sideways scroll, and the data table is a card per period, still a table', async () => {
    const el = document.createElement('scorecard-chart');
    el.setAttribute('indicator', 'andel');
    el.feed = feed();
    const box = container();
    box.style.width = '320px';
    box.append(el);
    await waitForState(el, 'ready');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    root(el).querySelector<HTMLButtonElement>('.iv-button')!.click();
    await el.updateComplete;
    const table = q(el, 'table');
    const wrap = table.parentElement!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const cell of table.querySelectorAll<HTMLElement>('tbody td, caption')) {
      expect(cell.getBoundingClientRect().right, text(cell)).to.be.at.most(
        wrap.getBoundingClientRect().right + 0.5,
      );
    }
    const firstCell = table.querySelector('tbody td')!;
    expect(getComputedStyle(firstCell, '::before').content).to.match(/^"Totalt" \/ ""$/);
    expect(table.getAttribute('role')).to.equal('table');
    expect(table.querySelectorAll('thead th[role="columnheader"]')).to.have.length(6);
    await expectAccessible(el);
  });

  it('is one tab stop; arrows, Home and End move and announce', async () => {
    const el = await mount(feed());
    const events: DatumFocusDetail[] = [];
    // Heard on the document: the event bubbles and is composed.
    const listener = (e: Event): void => {
      events.push((e as CustomEvent<DatumFocusDetail>).detail);
    };
    document.addEventListener('insyn-datum-focus', listener);
    const before = document.createElement('button');
    before.textContent = 'före';
    el.before(before);
    before.focus();
    await key(el, 'Tab');
    const plot = q(el, '.iv-plot');
    expect(root(el).activeElement).to.equal(plot);
    const live = q(el, '.iv-readout');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    // Starts on the latest value of the total.
    expect(text(live)).to.equal(`Totalt 2024: 68${NBSP}%, målvärde 70${NBSP}%`);
    expect(events.at(-1)).to.deep.equal({ indicator: 'andel', series: 'total', period: '2024', value: 68 });

    await key(el, 'ArrowLeft');
    expect(text(live)).to.equal('Totalt 2023: Data saknas');
    await key(el, 'ArrowLeft');
    await key(el, 'ArrowDown');
    expect(text(live)).to.equal(`Kvinnor 2022: 63${NBSP}%`);
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    expect(text(live)).to.equal(`Riket 2022: 80,9${NBSP}%`);
    expect(events.at(-1)).to.deep.equal({ indicator: 'andel', series: 'riket', period: '2022', value: 80.9 });
    await key(el, 'ArrowDown'); // the last series: stays
    expect(text(live)).to.equal(`Riket 2022: 80,9${NBSP}%`);
    await key(el, 'Home');
    expect(text(live)).to.equal(`Riket 2021: 79${NBSP}%`);
    await key(el, 'End');
    await key(el, 'ArrowUp');
    expect(text(live)).to.equal(`Män 2024: 67${NBSP}%`);

    // The focused point is the group's active descendant, labelled, with a visible tooltip.
    const active = root(el).getElementById(plot.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('role')).to.equal('img');
    expect(active.getAttribute('aria-label')).to.equal(`Män 2024: 67${NBSP}%`);
    expect(text(q(el, '.iv-tip text'))).to.equal(`Män 2024: 67${NBSP}%`);
    await expectAccessible(el);

    // Tab leaves the chart for the table button: the plot is one stop.
    await key(el, 'Tab');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.iv-button'));
    expect(text(live)).to.equal('');
    before.remove();
    document.removeEventListener('insyn-datum-focus', listener);
  });

  it('picks the nearest period on a click', async () => {
    const el = await mount(feed());
    const box = q(el, '.iv-svg').getBoundingClientRect();
    // A click straight above the 2021 label.
    const first = [...root(el).querySelectorAll('.iv-svg text.iv-tick')].find((t) => text(t) === '2021')!;
    const at = first.getBoundingClientRect();
    q(el, '.iv-plot').dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: at.left + at.width / 2, clientY: box.top + 20 }),
    );
    await el.updateComplete;
    expect(text(q(el, '.iv-readout'))).to.equal(`Totalt 2021: 61${NBSP}%`);
  });

  it('downloads the data as CSV through a blob: URL', async () => {
    const el = await mount(feed());
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      [...root(el).querySelectorAll<HTMLButtonElement>('.iv-button')][1]!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['andel.csv']);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(csv).to.equal(
      '\ufeffPeriod;Totalt;Kvinnor;Män;Riket;Målvärde\r\n' +
        '2021;61;60;62;79;\r\n2022;64;63;65;80,9;\r\n2023;;;;;\r\n2024;68;69;67;81,2;70\r\n',
    );
  });

  it('shows the bullet chart with its text alternative', async () => {
    const el = await mount(feed());
    expect(text(q(el, '.iv-bullet-title'))).to.equal('Senaste värdet mot målet');
    expect(text(q(el, '.iv-bullet-text'))).to.equal(
      `Senaste värdet 68${NBSP}% (2024) mot målet 70${NBSP}%: delvis. ` +
        `Nivåer: Svag 0${NBSP}%–50${NBSP}% och Bra 50${NBSP}%–100${NBSP}%.`,
    );
    expect(root(el).querySelectorAll('.iv-range')).to.have.length(2);
    expect(root(el).querySelectorAll('.iv-marker-line')).to.have.length(1);
  });

  it('speaks English', async () => {
    const el = await mount(feed(), { indicator: 'andel' }, 'en');
    expect(text(q(el, '.iv-title'))).to.equal('Employed');
    expect(text(q(el, '.iv-summary'))).to.match(
      /^The share rose from 61% in 2021 to 68% in 2024, an improvement/,
    );
    expect(text(root(el).querySelector('.iv-button'))).to.equal('Show table');
    await focusPlot(el);
    expect(text(q(el, '.iv-readout'))).to.equal('Total 2024: 68%, target 70%');
    await expectAccessible(el);
  });

  it('draws bars for three periods or fewer and survives one period, 200 periods and all null', async () => {
    const few = await mount(
      feed({
        values: [
          { period: '2024', value: 3 },
          { period: '2025', value: 4 },
        ],
        comparisons: [],
      }),
    );
    expect(root(few).querySelectorAll('.iv-svg .iv-bar')).to.have.length(2);
    await expectAccessible(few);

    const one = await mount(feed({ values: [{ period: '2025', value: 4 }], comparisons: [], targets: [] }));
    expect(text(q(one, '.iv-summary'))).to.equal(`Andelen var 4${NBSP}% 2025.`);

    const values = Array.from({ length: 200 }, (_, i) => ({
      period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 40 + (i % 10),
    }));
    const many = await mount(feed({ values, comparisons: [], targets: [] }));
    const ticks = [...root(many).querySelectorAll('.iv-svg text.iv-tick')].filter(
      (t) => t.getAttribute('text-anchor') === 'middle',
    );
    expect(ticks.length).to.be.within(2, 20);

    const none = await mount(
      feed({
        values: [
          { period: '2024', value: null },
          { period: '2025', value: null },
        ],
        comparisons: [],
      }),
    );
    expect(text(q(none, '.iv-summary'))).to.match(/^Det finns inga värden att visa än\./);
    expect(root(none).querySelector('.iv-bullet')).to.equal(null);
    await expectAccessible(none);
  });

  it('forgets a focused point that a new feed no longer has', async () => {
    const el = await mount(feed());
    await focusPlot(el);
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    el.feed = feed({ values: [{ period: '2024', value: 1 }], comparisons: [] });
    await waitUntil(
      () => text(root(el).querySelector('.iv-summary')).startsWith('Andelen var 1'),
      'new feed',
      {
        timeout: 3000,
      },
    );
    q(el, '.iv-plot').blur();
    await focusPlot(el);
    expect(text(q(el, '.iv-readout'))).to.equal(`Totalt 2024: 1${NBSP}%, målvärde 70${NBSP}%`);
  });

  it('keeps state per indicator when embedded by the scorecard', async () => {
    const data = feed();
    (data.indicators as unknown[]).push({
      id: 'tid',
      title: 'Väntetid',
      unit: 'days',
      better: 'lower',
      values: [
        { period: '2023', value: 40 },
        { period: '2024', value: 30 },
      ],
    });
    (data.indicators as unknown[]).push({ id: 'solo', title: 'Solo', unit: 'count', values: [] });
    const el = await mount(data, { indicator: 'solo' });
    const [a, b] = data.indicators as unknown[];
    // Render two embedded charts through the host, as the scorecard does inside opened rows.
    const { render, html } = await import('lit');
    const target = document.createElement('div');
    root(el).append(target);
    const draw = (): void => {
      render(
        html`${el.renderIndicatorChart(data as never, a as never)}${el.renderIndicatorChart(data as never, b as never)}`,
        target,
      );
    };
    draw();
    const figures = target.querySelectorAll('figure');
    expect(figures).to.have.length(2);
    expect(figures[1]!.querySelector('.iv-title')!.getAttribute('aria-level')).to.equal('3');
    figures[1]!.querySelectorAll<HTMLButtonElement>('.iv-button')[0]!.click();
    await el.updateComplete;
    draw();
    expect(figures[0]!.querySelector('table')).to.equal(null);
    expect(figures[1]!.querySelector('table')).not.to.equal(null);
    const ids = [...root(el).querySelectorAll('[id]')].map((n) => n.id);
    expect(new Set(ids).size).to.equal(ids.length);
    await expectAccessible(el);
  });
});

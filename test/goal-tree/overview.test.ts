import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render } from 'lit';
import { baseStyles } from '../../src/core/theme.styles.js';
import type { OverviewNode } from '../../src/goal-tree/overview-layout.js';
import {
  overviewStyles,
  overviewTextsFrom,
  renderOverview,
  type OverviewTexts,
} from '../../src/goal-tree/overview.js';
import { OVERVIEW_TEXTS } from '../../src/goal-tree/overview.texts.js';
import { CORE_TEXTS } from '../../src/core/texts.js';
import { container, expectAccessible, removeContainers } from '../support/a11y.js';
import { largeTree, smallTree } from './overview-trees.js';

const SV: OverviewTexts = overviewTextsFrom({ ...CORE_TEXTS.sv, ...OVERVIEW_TEXTS.sv }, 'sv');
const EN: OverviewTexts = overviewTextsFrom({ ...CORE_TEXTS.en, ...OVERVIEW_TEXTS.en }, 'en');

/** A shadow root with the element's styles, as inside <goal-tree>. */
function host(lang = 'sv'): { el: HTMLDivElement; root: ShadowRoot } {
  const el = container(lang);
  el.style.width = '560px';
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [baseStyles.styleSheet!, overviewStyles.styleSheet!];
  return { el, root };
}

function show(
  root: ShadowRoot,
  nodes: readonly OverviewNode[],
  selected?: string,
  onSelect: (id: string) => void = () => undefined,
  texts = SV,
): void {
  render(renderOverview(nodes, selected, onSelect, texts), root);
}

const cell = (root: ShadowRoot, id: string): SVGGElement =>
  root.querySelector<SVGGElement>(`.cell[data-id="${id}"]:not(.cell--more)`)!;

describe('renderOverview', () => {
  afterEach(async () => {
    removeContainers();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('writes the summary and a legend of shapes, words and counts (visible, not hidden)', () => {
    const { root } = host();
    show(root, smallTree());
    expect(root.querySelector('.overview__summary')!.textContent.trim()).to.equal(
      'Översikt: 10 mål och åtaganden.',
    );
    const legend = [...root.querySelectorAll('.overview__legend li')].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(legend).to.deep.equal([
      'Uppnått 2',
      'På väg att nås 4',
      'Delvis 1',
      'Nås inte 1',
      'Ej påbörjat 1',
      'Uppgift saknas 1',
    ]);
    expect(root.querySelectorAll('.overview__legend svg[aria-hidden="true"]')).to.have.length(6);
  });

  it('the picture is hidden from assistive technology and has no tab stop', () => {
    const { root } = host();
    show(root, smallTree(), 'c-1');
    const chart = root.querySelector('svg.overview__chart')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelectorAll('[tabindex], a, button')).to.have.length(0);
    expect(chart.getAttribute('viewBox')).to.equal('0 0 560 140');
  });

  it('draws each status with its own icon shape, not colour alone', () => {
    const { root } = host();
    show(root, smallTree());
    const shape = (id: string): string =>
      [...cell(root, id).querySelector('.cell__icon')!.children].map((c) => c.localName).join('+');
    expect(shape('a-1')).to.equal('circle+path'); // achieved: disc with a tick
    expect(shape('vision')).to.equal('circle+path'); // on track: ring with an arrow
    expect(shape('sm-1')).to.equal('path+path'); // at risk: triangle
    expect(shape('a-2')).to.equal('rect+path'); // off track: square with a cross
    expect(shape('sm-2')).to.equal('circle'); // not started: ring
    expect(cell(root, 'c-3').querySelector('circle')!.getAttribute('stroke-dasharray')).to.equal('2.4 2');
    expect(cell(root, 'vision').querySelector('path')!.getAttribute('d')).to.not.equal(
      cell(root, 'a-1').querySelector('path')!.getAttribute('d'),
    );
    expect(cell(root, 'a-2').classList.contains('status--off-track')).to.be.true;
    // The cell's styles do not leak into its icon: the off-track square is filled in its colour.
    const icon = cell(root, 'a-2').querySelector<SVGSVGElement>('.cell__icon')!;
    expect(getComputedStyle(icon.querySelector('rect')!).fill).to.equal(getComputedStyle(icon).color);
    expect(cell(root, 'a-2').querySelector('title')!.textContent).to.equal('a-2: Nås inte (1 i grenen)');
  });

  it('outlines the selected node thicker than anything else, and the thread to it', () => {
    const { root } = host();
    show(root, smallTree(), 'a-2');
    const ring = root.querySelector<SVGRectElement>('.ring')!;
    const rect = cell(root, 'a-2').querySelector('rect')!;
    expect(Number(ring.getAttribute('y'))).to.equal(Number(cell(root, 'a-2').getAttribute('y')) + 2);
    const ringBox = ring.getBoundingClientRect();
    const cellBox = rect.getBoundingClientRect();
    expect(ringBox.width).to.be.closeTo(cellBox.width - 4, 0.01);
    // Half of a cell's stroke shows (the cell clips at its edge): 1 px around a cell, 1.5 on
    // the thread, the ring a full 4.
    expect(Number(getComputedStyle(ring).strokeWidth.replace('px', ''))).to.equal(4);
    expect(Number(getComputedStyle(rect).strokeWidth.replace('px', ''))).to.equal(2);
    const thread = [...root.querySelectorAll('.cell--thread')].map((g) => g.getAttribute('data-id'));
    expect(thread).to.deep.equal(['vision', 'sm-1', 'c-1']);
    expect(
      Number(getComputedStyle(cell(root, 'c-1').querySelector('rect')!).strokeWidth.replace('px', '')),
    ).to.equal(3);
    expect(cell(root, 'a-2').classList.contains('cell--selected')).to.be.true;

    show(root, smallTree(), 'sm-2');
    expect(root.querySelectorAll('.ring')).to.have.length(1);
    expect(root.querySelector('.cell--selected')!.getAttribute('data-id')).to.equal('sm-2');
  });

  it('a click or tap on a cell calls onSelect with its id', () => {
    const { root } = host();
    const calls: string[] = [];
    show(root, smallTree(), undefined, (id) => calls.push(id));
    cell(root, 'c-2')
      .querySelector('rect')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    cell(root, 'a-3')
      .querySelector('text')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    root.querySelector('.overview__summary')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(calls).to.deep.equal(['c-2', 'a-3']);
  });

  it('uses the latest onSelect after a re-render with the same nodes', () => {
    const { root } = host();
    const nodes = smallTree();
    const calls: string[] = [];
    show(root, nodes, undefined, () => calls.push('old'));
    show(root, nodes, undefined, (id) => calls.push(`new:${id}`));
    cell(root, 'sm-1').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(calls).to.deep.equal(['new:sm-1']);
  });

  it('every cell is at least 24 × 24 px at the natural size', () => {
    const { root } = host();
    show(root, largeTree(2000));
    const cells = [...root.querySelectorAll<SVGGElement>('.cell')];
    expect(cells.length).to.be.above(5);
    for (const g of cells) {
      const box = g.querySelector('rect')!.getBoundingClientRect();
      expect(box.width, g.dataset.id).to.be.at.least(24);
      expect(box.height, g.dataset.id).to.be.at.least(23.99);
    }
  });

  it('2,000 nodes: a bounded picture with "more" cells, zoomed to the selection', () => {
    const { root } = host();
    const nodes = largeTree(2000);
    show(root, nodes);
    expect(root.querySelectorAll('.cell').length).to.be.below(200);
    const more = root.querySelector('.cell--more')!;
    expect(more.textContent).to.match(/\+\d/);
    expect(root.querySelector('.legend__more')).to.exist;

    const goal = nodes[0]!.children[2]!;
    show(root, nodes, goal.id);
    expect(root.querySelector('.overview__focus')!.textContent).to.contain(`Bilden visar ${goal.label} med`);
    expect(root.querySelector('.overview__focus')!.textContent).to.contain('av 2\u00a0000');
    expect(cell(root, goal.id).classList.contains('cell--context')).to.be.true;
  });

  it('speaks English with English texts and number format', () => {
    const { root } = host('en');
    show(root, largeTree(2000), undefined, undefined, EN);
    expect(root.querySelector('.overview__summary')!.textContent.trim()).to.equal(
      'Overview: 2,000 goals and commitments.',
    );
    expect(root.querySelector('.overview__legend')!.textContent).to.contain('On track');
  });

  it('works with only the required label text', () => {
    const { root } = host();
    show(root, smallTree(), 'a-1', undefined, { label: 'Bild' });
    expect(root.querySelector('.overview__summary')!.textContent.trim()).to.equal(
      'Bild: 10 mål och åtaganden.',
    );
    expect(root.querySelector('.overview__legend')!.textContent).to.contain('På väg att nås');
  });

  it('an empty tree says so and draws no picture', () => {
    const { root } = host();
    show(root, []);
    expect(root.querySelector('.overview__summary')!.textContent.trim()).to.equal(
      'Översikt: 0 mål och åtaganden.',
    );
    expect(root.querySelector('svg.overview__chart')).to.equal(null);
  });

  it('without a width, scales down with its box at 320 px', () => {
    const { el, root } = host();
    el.style.width = '320px';
    show(root, smallTree());
    const box = root.querySelector('svg.overview__chart')!.getBoundingClientRect();
    expect(box.width).to.equal(320);
    expect(box.height).to.be.closeTo((320 * 140) / 560, 0.5);
  });

  it('given its box width, draws at that width (1 unit = 1 px, 12 px text), at most 560', () => {
    const { el, root } = host();
    el.style.width = '480px';
    render(
      renderOverview(smallTree(), undefined, () => undefined, SV, 480),
      root,
    );
    const chart = root.querySelector<SVGSVGElement>('svg.overview__chart')!;
    expect(chart.viewBox.baseVal.width).to.equal(480);
    expect(chart.getBoundingClientRect().width).to.equal(480);
    render(
      renderOverview(smallTree(), undefined, () => undefined, SV, 900),
      root,
    );
    expect(chart.viewBox.baseVal.width).to.equal(560);
  });

  it("a box narrower than 400 px gets no picture; the summary and the legend stay, without the picture's own words", () => {
    const { el, root } = host();
    el.style.width = '288px';
    render(
      renderOverview(largeTree(2000), 'mal-2', () => undefined, SV, 288),
      root,
    );
    expect(root.querySelector('svg.overview__chart')).to.equal(null);
    expect(root.querySelector('.overview__summary')!.textContent).to.contain('Översikt:');
    expect(root.querySelector('.overview__focus'), 'no "choose a level to the left"').to.equal(null);
    expect(root.querySelector('.legend__more'), 'no legend for cells not drawn').to.equal(null);
    expect(root.querySelectorAll('.overview__legend li').length).to.be.greaterThan(0);
  });

  it('forced colours: system colours only, the selection in Highlight', () => {
    // emulateMedia({ forcedColors }) does not reach this runner's Chromium, so read the rules.
    const rules = [...overviewStyles.styleSheet!.cssRules];
    const forced = rules.find(
      (r): r is CSSMediaRule =>
        r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
    )!;
    expect(forced).to.exist;
    const style = (selector: string): CSSStyleDeclaration =>
      [...forced.cssRules].find(
        (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes(selector),
      )!.style;
    expect(style('.ring').stroke).to.equal('highlight');
    expect(style('.cell > rect').fill).to.equal('canvas');
    expect(style('.cell > rect').stroke).to.equal('canvastext');
    expect(style('.cell__icon').color).to.equal('canvastext');
    const colours = [...forced.cssRules].flatMap((r) =>
      r instanceof CSSStyleRule ? ['color', 'fill', 'stroke'].map((p) => r.style.getPropertyValue(p)) : [],
    );
    for (const c of colours.filter(Boolean)) expect(c).to.be.oneOf(['canvas', 'canvastext', 'highlight']);
  });

  it('passes axe (WCAG 2.1 AA) in light and dark, with a selection and "more" cells', async () => {
    const small = host();
    show(small.root, smallTree(), 'c-1');
    await expectAccessible(small.el);
    const large = host();
    large.el.style.colorScheme = 'light dark';
    large.el.style.background = 'Canvas'; // a dark page paints a dark background
    await emulateMedia({ colorScheme: 'dark' });
    show(large.root, largeTree(2000), 'mal-2');
    await expectAccessible(large.el);
  });
});

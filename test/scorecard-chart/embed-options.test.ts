/**
 * <scorecard-chart>'s embed options as an editor sees them: `static` (print, PDF), `plain` and
 * `compact`, in both views (the scorecard table, and one indicator's chart).
 */
import { expect } from '@open-wc/testing';
import '../../src/define/scorecard-chart.js';
import type { ScorecardChart } from '../../src/scorecard-chart/scorecard-chart.js';
import { expectAccessible, removeContainers } from '../support/a11y.js';
import {
  demoFeed,
  describeElements,
  expectFits,
  isShown,
  mount,
  tabbables,
  type Attrs,
} from '../support/embed-options.js';

const INDICATOR = 'arbetsloshet';

const chart = async (attrs: Attrs = {}, width?: number): Promise<ScorecardChart> =>
  mount<ScorecardChart>('scorecard-chart', await demoFeed(), attrs, width);
const $ = (el: ScorecardChart, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
const $$ = (el: ScorecardChart, selector: string): Element[] => [
  ...el.shadowRoot!.querySelectorAll(selector),
];

afterEach(removeContainers);

describe('<scorecard-chart> embed options', () => {
  it('default: the report switcher, a toggle per row, a focusable plot and a hidden table', async () => {
    const card = await chart();
    expect($(card, '#report')).to.exist;
    expect($$(card, 'tbody button.toggle').length).to.be.greaterThan(1);
    const one = await chart({ indicator: INDICATOR });
    expect(($(one, '.iv-plot') as HTMLElement).tabIndex).to.equal(0);
    expect(isShown($(one, '.iv-table'))).to.equal(false);
  });

  it('static scorecard: no switcher, titles as text, no tab stop', async () => {
    const el = await chart({ static: true });
    const reachable = tabbables(el);
    expect(reachable, describeElements(reachable)).to.have.length(0);
    expect($$(el, 'button, select, input')).to.have.length(0);
    const titles = $$(el, 'tbody th .title');
    expect(titles.length).to.be.greaterThan(1);
    expect(titles[0]!.textContent.trim()).not.to.equal('');
    await expectAccessible(el);
  });

  it('static chart: the data table shown, no buttons, the plot not focusable', async () => {
    const el = await chart({ indicator: INDICATOR, static: true });
    const reachable = tabbables(el);
    expect(reachable, describeElements(reachable)).to.have.length(0);
    expect($$(el, 'button')).to.have.length(0);
    const table = $(el, '.iv-table');
    expect(isShown(table)).to.equal(true);
    expect(table!.querySelectorAll('tbody tr').length).to.be.greaterThan(1);
    expect($(el, '.iv-plot')!.hasAttribute('tabindex')).to.equal(false);
    await expectAccessible(el);
  });

  it('plain: the caption and the chart title are not shown but still name the table and figure', async () => {
    const framed = await chart();
    expect(isShown($(framed, 'caption .caption'))).to.equal(true);
    const el = await chart({ plain: true });
    const caption = $(el, 'caption .caption');
    expect(isShown(caption)).to.equal(false);
    expect(caption!.textContent.trim()).not.to.equal('');
    expect(getComputedStyle($(el, '[part="base"]')!).borderTopStyle).to.equal('none');
    await expectAccessible(el);

    const one = await chart({ indicator: INDICATOR, plain: true });
    const title = $(one, '.iv-title')!;
    expect(isShown(title)).to.equal(false);
    expect($(one, 'figure')!.getAttribute('aria-labelledby')).to.equal(title.id);
    await expectAccessible(one);
  });

  it('compact: tighter table cells and smaller type than the default', async () => {
    const compact = await chart({ compact: true });
    const normal = await chart();
    const cell = (el: ScorecardChart): CSSStyleDeclaration => getComputedStyle($(el, 'tbody td')!);
    expect(parseFloat(cell(compact).paddingTop)).to.be.lessThan(parseFloat(cell(normal).paddingTop));
    expect(parseFloat(getComputedStyle(compact).fontSize)).to.be.lessThan(
      parseFloat(getComputedStyle(normal).fontSize),
    );
    await expectAccessible(compact);
  });

  it('compact fits 320 px: nothing sticks out of the element', async () => {
    const el = await chart({ compact: true }, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expectFits(el);
  });
});

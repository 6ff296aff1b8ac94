/**
 * <budget-explainer>'s embed options as an editor sees them: `static` (print, PDF), `plain` and
 * `compact`.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/budget-explainer.js';
import type { BudgetExplainer } from '../../src/budget-explainer/budget-explainer.js';
import { expectAccessible, removeContainers } from '../support/a11y.js';
import {
  demoFeed,
  describeElements,
  expectFits,
  frameOf,
  isShown,
  mount,
  tabbables,
  TRANSPARENT,
  type Attrs,
} from '../support/embed-options.js';

const explainer = async (attrs: Attrs = {}, width?: number): Promise<BudgetExplainer> =>
  mount<BudgetExplainer>('budget-explainer', await demoFeed(), attrs, width);
const $ = (el: BudgetExplainer, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
const $$ = (el: BudgetExplainer, selector: string): Element[] => [
  ...el.shadowRoot!.querySelectorAll(selector),
];
const shownTables = (el: BudgetExplainer): Element[] => $$(el, 'table').filter(isShown);

afterEach(removeContainers);

describe('<budget-explainer> embed options', () => {
  it('default: chapter tabs, a year select, the calculator and tables behind disclosures', async () => {
    const el = await explainer();
    expect($(el, '[role="tablist"]')).to.exist;
    expect($(el, '#year')).to.exist;
    expect($(el, 'form')).to.exist;
    expect($$(el, 'details.table').length).to.be.greaterThan(0);
    expect(shownTables(el)).to.have.length(0);
  });

  it('static: the overview with no control and no tab stop, every data table shown', async () => {
    const el = await explainer({ static: true });
    const reachable = tabbables(el);
    expect(reachable, describeElements(reachable)).to.have.length(0);
    expect($$(el, 'button, select, input, details, form, [role="tab"]')).to.have.length(0);
    // The costs as a bar list whose names are text, and their table open.
    expect($$(el, '.bars--costs .row__name').length).to.be.greaterThan(1);
    expect(shownTables(el).length).to.be.greaterThan(1);
    expect($(el, 'table caption')!.textContent.trim()).not.to.equal('');
    await expectAccessible(el);
  });

  it('static with a chapter: that chapter, its tables open, no area select', async () => {
    const el = await explainer({ static: true, chapter: 'planering-pa-kort-och-lang-sikt' });
    expect(tabbables(el)).to.have.length(0);
    expect($(el, '#trend-area')).to.equal(null);
    expect(shownTables(el).length).to.be.greaterThan(0);
    await expectAccessible(el);
  });

  it('plain: the top heading is not shown but stays a heading; no frame', async () => {
    const framed = await explainer();
    expect(isShown($(framed, '.top > [role="heading"]'))).to.equal(true);
    const el = await explainer({ plain: true });
    const heading = $(el, '.top > [role="heading"]');
    expect(isShown(heading)).to.equal(false);
    expect(heading!.textContent.trim()).to.match(/\d{4}/);
    expect(frameOf($(el, '[part="base"]')!)).to.deep.equal({
      border: 0,
      background: TRANSPARENT,
      padding: 0,
    });
    await expectAccessible(el);
  });

  it('compact: less space between sections and smaller type than the default', async () => {
    const compact = await explainer({ compact: true });
    const normal = await explainer();
    const second = (el: BudgetExplainer): CSSStyleDeclaration =>
      getComputedStyle($(el, '.section + .section')!);
    expect(parseFloat(second(compact).paddingTop)).to.be.lessThan(parseFloat(second(normal).paddingTop));
    expect(parseFloat(getComputedStyle(compact).fontSize)).to.be.lessThan(
      parseFloat(getComputedStyle(normal).fontSize),
    );
    await expectAccessible(compact);
  });

  it('compact fits 320 px: nothing sticks out of the element', async () => {
    const el = await explainer({ compact: true }, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expectFits(el);
  });
});

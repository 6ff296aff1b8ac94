/**
 * <goal-tree>'s embed options as an editor sees them: `static` (print, PDF), `plain` and `compact`.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/goal-tree.js';
import type { GoalTree } from '../../src/goal-tree/goal-tree.js';
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

const tree = async (attrs: Attrs = {}, width?: number): Promise<GoalTree> =>
  mount<GoalTree>('goal-tree', await demoFeed(), attrs, width);
const $$ = (el: GoalTree, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];

afterEach(removeContainers);

describe('<goal-tree> embed options', () => {
  it('default: a tree view with controls, the top level open, no descriptions in the rows', async () => {
    const el = await tree();
    expect(tabbables(el).length).to.be.greaterThan(1);
    expect($$(el, '.node').length).to.be.lessThan(el.tree!.nodes.length);
    expect($$(el, '.row__description')).to.have.length(0);
  });

  it('static: nothing to tab to, every goal open with its description, a plain list', async () => {
    const el = await tree({ static: true });
    const reachable = tabbables(el);
    expect(reachable, describeElements(reachable)).to.have.length(0);
    expect($$(el, 'button, input, select, details, [role="tree"], [role="treeitem"]')).to.have.length(0);
    // Every goal has a row, so a printed page has the whole red thread.
    expect($$(el, '.node')).to.have.length(el.tree!.nodes.length);
    const described = el.tree!.nodes.filter((node) => node.description);
    expect(described.length).to.be.greaterThan(0);
    const shown = $$(el, '.row__description').filter(isShown);
    expect(shown).to.have.length(described.length);
    expect(shown[0]!.textContent).to.equal(described[0]!.description);
    await expectAccessible(el);
  });

  it('static lays out every row (nothing left for later scrolling), and passes axe on a dark page', async () => {
    const el = await tree({ static: true });
    const skipped = $$(el, '.row, .group').filter(
      (row) => getComputedStyle(row).contentVisibility === 'auto',
    );
    expect(skipped).to.have.length(0);
    // The page's own dark surface behind every row: skipped rows would show axe the white page.
    const page = el.parentElement!;
    page.style.cssText =
      'color-scheme: dark; --insyn-color-text: #ececf1; --insyn-color-text-muted: #b9bbc6; ' +
      '--insyn-color-surface: #1b1b1f; --insyn-color-accent: #8cc4ff; background: #1b1b1f';
    await expectAccessible(el);
  });

  it('static set later turns the tree view into the open list, and back', async () => {
    const el = await tree();
    el.setAttribute('static', '');
    await el.updateComplete;
    expect($$(el, '.node')).to.have.length(el.tree!.nodes.length);
    expect(tabbables(el)).to.have.length(0);
    el.removeAttribute('static');
    await el.updateComplete;
    expect($$(el, '[role="treeitem"]').length).to.be.lessThan(el.tree!.nodes.length);
    expect(tabbables(el).length).to.be.greaterThan(1);
  });

  it('plain: the count line is not shown, the tree keeps its name, no frame', async () => {
    const plain = await tree({ plain: true });
    const framed = await tree();
    expect(isShown(framed.shadowRoot!.querySelector('[part="count"]'))).to.equal(true);
    const count = plain.shadowRoot!.querySelector('[part="count"]');
    expect(isShown(count)).to.equal(false);
    expect(count!.textContent.trim()).not.to.equal(''); // still read by screen readers
    expect(plain.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.be.a('string');
    const frame = frameOf(plain.shadowRoot!.querySelector('[part="base"]')!);
    expect(frame).to.deep.equal({ border: 0, background: TRANSPARENT, padding: 0 });
    await expectAccessible(plain);
  });

  it('compact: tighter rows and smaller type than the default', async () => {
    const compact = await tree({ compact: true });
    const normal = await tree();
    const row = (el: GoalTree): CSSStyleDeclaration => getComputedStyle($$(el, '.row')[0]!);
    expect(parseFloat(row(compact).paddingTop)).to.be.lessThan(parseFloat(row(normal).paddingTop));
    expect(parseFloat(row(compact).minHeight)).to.be.lessThan(parseFloat(row(normal).minHeight));
    expect(parseFloat(getComputedStyle(compact).fontSize)).to.be.lessThan(
      parseFloat(getComputedStyle(normal).fontSize),
    );
    await expectAccessible(compact);
  });

  it('compact fits 320 px: nothing sticks out of the element', async () => {
    const el = await tree({ compact: true }, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expectFits(el);
  });
});

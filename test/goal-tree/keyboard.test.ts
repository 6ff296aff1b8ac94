/**
 * <goal-tree>'s keyboard, step by step against the WAI-ARIA APG tree view pattern: after each
 * key, which row has focus, which row is the one tab stop, and aria-expanded / -selected /
 * -level / -setsize / -posinset.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GoalTree } from '../../src/goal-tree/goal-tree.js';
import { removeContainers } from '../support/a11y.js';
import {
  focusedId,
  itemOrFail,
  items,
  keyboardFeed,
  mountTree,
  press,
  rowIds,
  shadow,
  tabStops,
  WIDE,
} from './helpers.js';

/** Focus, the single tab stop, and the open rows, all at once. */
function expectAt(el: GoalTree, id: string, rows: string[]): void {
  expect(focusedId(el), 'focus').to.equal(id);
  expect(tabStops(el), 'the one tab stop').to.deep.equal([id]);
  expect(rowIds(el), 'rows shown').to.deep.equal(rows);
}

function aria(el: GoalTree, id: string, name: string): string | null {
  return itemOrFail(el, id).getAttribute(name);
}

describe('<goal-tree> keyboard (APG tree view)', () => {
  let el: GoalTree;
  let toggles: { id: string; expanded: boolean }[];
  let selects: string[];

  beforeEach(async () => {
    toggles = [];
    selects = [];
    // Side by side (wide), selecting keeps focus on the row; narrow is tested in goal-tree.test.ts.
    el = await mountTree(
      keyboardFeed(),
      {},
      {
        width: WIDE,
        before: (tree) => {
          tree.addEventListener('insyn-node-toggle', (e) =>
            toggles.push({ id: e.detail.id, expanded: e.detail.expanded }),
          );
          tree.addEventListener('insyn-node-select', (e) => selects.push(e.detail.id));
        },
      },
    );
  });

  afterEach(() => removeContainers());

  it('has one tab stop, on the first row, before any key', () => {
    expect(tabStops(el)).to.deep.equal(['v']);
    expect(rowIds(el)).to.deep.equal(['v', 's1', 's2', 's3']);
    expect(shadow(el).querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal(
      'Mål och åtaganden',
    );
  });

  it('sets aria-level, -setsize, -posinset, and aria-expanded only on parents', () => {
    expect([
      aria(el, 'v', 'aria-level'),
      aria(el, 'v', 'aria-setsize'),
      aria(el, 'v', 'aria-posinset'),
    ]).to.deep.equal(['1', '1', '1']);
    expect([
      aria(el, 's2', 'aria-level'),
      aria(el, 's2', 'aria-setsize'),
      aria(el, 's2', 'aria-posinset'),
    ]).to.deep.equal(['2', '3', '2']);
    expect(aria(el, 'v', 'aria-expanded')).to.equal('true');
    expect(aria(el, 's1', 'aria-expanded')).to.equal('false');
    expect(aria(el, 's3', 'aria-expanded'), 'a leaf has no aria-expanded').to.equal(null);
    for (const row of items(el)) expect(row.getAttribute('aria-selected')).to.equal('false');
    // Nested rows sit in role="group" inside their parent's treeitem.
    const group = itemOrFail(el, 's1').parentElement!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.parentElement).to.equal(itemOrFail(el, 'v'));
  });

  it('Down, Right (open, then first child), Right on a leaf, Left (parent, close, parent), Up', async () => {
    itemOrFail(el, 'v').focus();
    await el.updateComplete;
    expectAt(el, 'v', ['v', 's1', 's2', 's3']);

    await press(el, 'ArrowDown');
    expectAt(el, 's1', ['v', 's1', 's2', 's3']);
    expect(aria(el, 's1', 'aria-expanded')).to.equal('false');

    await press(el, 'ArrowRight'); // closed parent: opens, focus stays
    expectAt(el, 's1', ['v', 's1', 'c1', 'c2', 's2', 's3']);
    expect(aria(el, 's1', 'aria-expanded')).to.equal('true');
    expect(toggles).to.deep.equal([{ id: 's1', expanded: true }]);
    expect([
      aria(el, 'c2', 'aria-level'),
      aria(el, 'c2', 'aria-setsize'),
      aria(el, 'c2', 'aria-posinset'),
    ]).to.deep.equal(['3', '2', '2']);

    await press(el, 'ArrowRight'); // open parent: first child
    expectAt(el, 'c1', ['v', 's1', 'c1', 'c2', 's2', 's3']);

    await press(el, 'ArrowRight'); // leaf: nothing
    expectAt(el, 'c1', ['v', 's1', 'c1', 'c2', 's2', 's3']);

    await press(el, 'ArrowDown');
    expectAt(el, 'c2', ['v', 's1', 'c1', 'c2', 's2', 's3']);

    await press(el, 'ArrowLeft'); // leaf: to its parent
    expectAt(el, 's1', ['v', 's1', 'c1', 'c2', 's2', 's3']);

    await press(el, 'ArrowLeft'); // open parent: closes, focus stays
    expectAt(el, 's1', ['v', 's1', 's2', 's3']);
    expect(aria(el, 's1', 'aria-expanded')).to.equal('false');
    expect(toggles.at(-1)).to.deep.equal({ id: 's1', expanded: false });

    await press(el, 'ArrowLeft'); // closed parent: to its parent
    expectAt(el, 'v', ['v', 's1', 's2', 's3']);

    await press(el, 'ArrowUp'); // first row: stays
    expectAt(el, 'v', ['v', 's1', 's2', 's3']);

    await press(el, 'ArrowLeft'); // open root: closes
    expectAt(el, 'v', ['v']);
    await press(el, 'ArrowLeft'); // closed root: nothing
    expectAt(el, 'v', ['v']);
    await press(el, 'ArrowDown'); // last row: stays
    expectAt(el, 'v', ['v']);
  });

  it('Home and End go to the first and the last visible row', async () => {
    itemOrFail(el, 's2').focus();
    await press(el, 'ArrowRight');
    await press(el, 'End');
    expectAt(el, 's3', ['v', 's1', 's2', 'c3', 's3']);
    await press(el, 'ArrowUp');
    expectAt(el, 'c3', ['v', 's1', 's2', 'c3', 's3']);
    await press(el, 'Home');
    expectAt(el, 'v', ['v', 's1', 's2', 'c3', 's3']);
  });

  it('* opens every sibling that has children; focus stays', async () => {
    itemOrFail(el, 's3').focus();
    const event = await press(el, '*');
    expect(event.defaultPrevented).to.equal(true);
    expectAt(el, 's3', ['v', 's1', 'c1', 'c2', 's2', 'c3', 's3']);
    expect(toggles).to.deep.equal([
      { id: 's1', expanded: true },
      { id: 's2', expanded: true },
    ]);
    expect(aria(el, 's3', 'aria-expanded')).to.equal(null);
  });

  it('Enter and Space select (aria-selected on exactly one row), with insyn-node-select', async () => {
    itemOrFail(el, 's1').focus();
    await press(el, 'Enter');
    expect(aria(el, 's1', 'aria-selected')).to.equal('true');
    expect(el.selected).to.equal('s1');
    expect(el.getAttribute('selected')).to.equal('s1');
    await press(el, 'ArrowDown');
    expect(aria(el, 's1', 'aria-selected'), 'selection does not follow focus').to.equal('true');
    await press(el, ' ');
    expect(aria(el, 's2', 'aria-selected')).to.equal('true');
    expect(aria(el, 's1', 'aria-selected')).to.equal('false');
    expect(items(el).filter((i) => i.getAttribute('aria-selected') === 'true')).to.have.length(1);
    expect(selects).to.deep.equal(['s1', 's2']);
    expect(shadow(el).querySelector('.details__title')!.textContent.trim()).to.equal('Äldre lever gott');
    expectAt(el, 's2', ['v', 's1', 's2', 's3']);
  });

  it('type-ahead: å, ä and ö are letters of their own; repeated letters cycle; wraps', async () => {
    itemOrFail(el, 'v').focus();
    await press(el, '*'); // v has no siblings with children but itself: opens v (already open)
    itemOrFail(el, 's1').focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expectAt(el, 'c1', ['v', 's1', 'c1', 'c2', 's2', 's3']);
    // Letters typed apart (more than 500 ms) are separate searches: wait between them.
    await press(el, 'ö');
    expect(focusedId(el)).to.equal('c2');
    await pause();
    await press(el, 'Ö');
    expect(focusedId(el), 'next title with Ö, case-insensitive').to.equal('s3');
    await pause();
    await press(el, 'ä');
    expect(focusedId(el)).to.equal('s2');
    await pause();
    await press(el, 'å');
    expect(focusedId(el), 'wraps to the top').to.equal('c1');
    await pause();
    await press(el, 'a');
    expect(focusedId(el), '"a" is not "å" in Swedish').to.equal('s1');
    await pause();
    // Repeated letter, typed quickly: cycles through titles starting with it.
    await press(el, 'ö');
    expect(focusedId(el)).to.equal('c2');
    await press(el, 'ö');
    expect(focusedId(el)).to.equal('s3');
    await press(el, 'ö');
    expect(focusedId(el)).to.equal('c2');
    await pause();
    // A longer prefix typed quickly: "öp" finds Öppenhet.
    await press(el, 'ö');
    await press(el, 'p');
    expect(focusedId(el)).to.equal('s3');
    expect(tabStops(el)).to.deep.equal(['s3']);
  });

  it('another key ends a type-ahead string', async () => {
    itemOrFail(el, 'v').focus();
    await press(el, 's');
    expect(focusedId(el)).to.equal('v', 'no title starts with s');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('s1');
    await press(el, 'ä'); // "ä", not "sä"
    expect(focusedId(el)).to.equal('s2');
  });

  it('letters with a modifier key are left to the browser', async () => {
    itemOrFail(el, 'v').focus();
    const event = new KeyboardEvent('keydown', {
      key: 'ö',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    itemOrFail(el, 'v').dispatchEvent(event);
    await el.updateComplete;
    expect(event.defaultPrevented).to.equal(false);
    expect(focusedId(el)).to.equal('v');
  });

  it('the tab stop follows focus and selection; clicking a row selects and focuses it', async () => {
    itemOrFail(el, 's2').querySelector<HTMLElement>('.title')!.click();
    await el.updateComplete;
    expect(focusedId(el)).to.equal('s2');
    expect(tabStops(el)).to.deep.equal(['s2']);
    expect(el.selected).to.equal('s2');
    // Clicking the toggle opens without selecting.
    itemOrFail(el, 's1').querySelector<HTMLElement>('.toggle')!.click();
    await el.updateComplete;
    expect(aria(el, 's1', 'aria-expanded')).to.equal('true');
    expect(el.selected).to.equal('s2');
    expect(focusedId(el)).to.equal('s1');
  });

  it('closing a parent that holds focus moves focus to the parent', async () => {
    itemOrFail(el, 's1').focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('c1');
    itemOrFail(el, 's1').querySelector<HTMLElement>('.toggle')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focusedId(el)).to.equal('s1');
    expect(tabStops(el)).to.deep.equal(['s1']);
  });

  it('Tab enters the tree once and leaves it with the next Tab (real key presses)', async () => {
    const before = document.createElement('button');
    before.textContent = 'före';
    const after = document.createElement('button');
    after.textContent = 'efter';
    el.before(before);
    el.after(after);
    // Move the tab stop inside the tree first (a click), then come back with Tab.
    itemOrFail(el, 's2').querySelector<HTMLElement>('.title')!.click();
    await el.updateComplete;
    before.focus();
    await sendKeys({ press: 'Tab' });
    // The search field, the filter summary and the buttons come first in the toolbar.
    for (let i = 0; i < 6 && !focusedId(el); i++) await sendKeys({ press: 'Tab' });
    expect(focusedId(el), 'Tab lands on the tab stop').to.equal('s2');
    await sendKeys({ press: 'Tab' });
    expect(focusedId(el), 'the next Tab leaves the tree').to.equal(undefined);
  });
});

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 550));
}

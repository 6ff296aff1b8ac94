/**
 * <goal-tree> in a narrow box (a phone, or a CMS column below 64rem): selecting takes the reader
 * to the details and back; the overview picture keeps its text at 12 px or is left out; nothing
 * scrolls sideways and no word breaks mid-word at 320 px. The wide layout is the control.
 */
import { LETTER_RUNS, wordsSplitOverLines } from '../support/words.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import type { GoalTree } from '../../src/goal-tree/goal-tree.js';
import { GOAL_TREE_TEXTS } from '../../src/goal-tree/goal-tree.texts.js';
import { expectAccessible, removeContainers } from '../support/a11y.js';
import { focusedId, itemOrFail, mountTree, press, shadow, tabStops, until, WIDE } from './helpers.js';

const SV = GOAL_TREE_TEXTS.sv;

let demo: Feed;
before(async () => {
  demo = (await (await fetch('/demo/feed.json')).json()) as Feed;
});

afterEach(() => {
  removeContainers();
  window.scrollTo(0, 0);
});

const $ = <T extends Element = HTMLElement>(el: GoalTree, selector: string): T | null =>
  shadow(el).querySelector<T>(selector);

/** The box of a phone's page: 320 px wide, less the page's 16 px margins. */
const PHONE = '288px';

/** What a reader can see of the details panel: its top is inside the window. */
function detailsInView(el: GoalTree): boolean {
  const top = $(el, '[part="details"]')!.getBoundingClientRect().top;
  return top >= 0 && top < window.innerHeight;
}

/** Words split over two lines ("Föräldrastödsprogra|m"): runs of letters and digits. */
const midWordBreaks = (root: ParentNode): string[] => wordsSplitOverLines(root, LETTER_RUNS);

/** Elements of the shadow root that stick out of the element's sides (the picture's cells clip their own). */
function outside(el: GoalTree): string[] {
  const host = el.getBoundingClientRect();
  return [...shadow(el).querySelectorAll('*')]
    .filter((e) => !e.closest('svg'))
    .filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.right > host.right + 0.5 || box.left < host.left - 0.5);
    })
    .map((e) => `${e.localName}.${e.getAttribute('class') ?? ''}`);
}

describe('<goal-tree> on a narrow element', () => {
  it('Enter takes the reader to the details heading; the row stays selected and the one tab stop', async () => {
    const el = await mountTree(structuredClone(demo), {}, { width: PHONE });
    itemOrFail(el, 'sm-3').focus();
    await press(el, 'Enter');
    const title = $(el, '#details-title')!;
    expect(shadow(el).activeElement).to.equal(title);
    expect(title.textContent.trim()).to.equal(el.tree!.byId.get('sm-3')!.title);
    expect(detailsInView(el), 'the panel is scrolled into view').to.equal(true);
    expect(itemOrFail(el, 'sm-3').getAttribute('aria-selected')).to.equal('true');
    expect(tabStops(el), 'roving tab stop intact').to.deep.equal(['sm-3']);
    // The panel is no scroll container here, so not a tab stop of its own.
    expect($(el, '[part="details"]')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('Shift+Tab from the details heading returns to the selected row', async () => {
    const el = await mountTree(structuredClone(demo), {}, { width: PHONE });
    itemOrFail(el, 'sm-2').focus();
    await press(el, ' ');
    expect(shadow(el).activeElement).to.equal($(el, '#details-title'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('sm-2');
  });

  it('"Tillbaka till målet i listan" focuses the row again and brings it into view', async () => {
    const el = await mountTree(structuredClone(demo), {}, { width: PHONE });
    itemOrFail(el, 'sm-1').querySelector<HTMLElement>('.title')!.click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal($(el, '#details-title'));
    const back = $<HTMLButtonElement>(el, '.details button')!;
    expect(back.textContent.trim()).to.equal(SV.backToList);
    back.click();
    await el.updateComplete;
    expect(focusedId(el)).to.equal('sm-1');
    const row = itemOrFail(el, 'sm-1').getBoundingClientRect();
    expect(row.top).to.be.within(0, window.innerHeight);
  });

  it('a tap in the overview picture also goes to the details (a box where the picture is drawn)', async () => {
    const el = await mountTree(structuredClone(demo), {}, { width: '36rem' });
    await until(el, () => $(el, '.overview__chart') !== null, 'the picture');
    $(el, '.cell[data-id="sm-4"] rect')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(el.selected).to.equal('sm-4');
    expect(shadow(el).activeElement).to.equal($(el, '#details-title'));
  });

  it('a deep link (selected) on the first load does not move focus', async () => {
    const el = await mountTree(structuredClone(demo), { selected: 'sm-2' }, { width: PHONE });
    expect(shadow(el).activeElement).to.equal(null);
    expect($(el, '#details-title')!.textContent.trim()).to.equal(el.tree!.byId.get('sm-2')!.title);
  });

  it('wide, selecting keeps focus in the tree and the panel has no back button', async () => {
    const el = await mountTree(structuredClone(demo), {}, { width: WIDE });
    itemOrFail(el, 'sm-3').focus();
    await press(el, 'Enter');
    expect(focusedId(el)).to.equal('sm-3');
    expect($(el, '.details button')).to.equal(null);
    expect($(el, '[part="details"]')!.getAttribute('tabindex')).to.equal('0');
  });

  it('the overview picture: left out at 320 px (summary and legend stay), drawn 1:1 (12 px text) from 400 px', async () => {
    const phone = await mountTree(structuredClone(demo), {}, { width: PHONE });
    expect($(phone, '.overview__chart')).to.equal(null);
    expect($(phone, '.overview__summary')!.textContent).to.include('74');
    expect($(phone, '.overview__legend')!.textContent).to.include('På väg att nås');
    for (const width of ['30rem', '45rem', WIDE]) {
      const el = await mountTree(structuredClone(demo), {}, { width });
      await until(el, () => $(el, '.overview__chart') !== null, `a picture at ${width}`);
      const chart = $<SVGSVGElement>(el, '.overview__chart')!;
      // One viewBox unit is one CSS px: the 12-unit text is 12 px.
      await until(
        el,
        () => Math.abs(chart.getBoundingClientRect().width - chart.viewBox.baseVal.width) < 0.5,
        `drawn at its box's width at ${width}`,
      );
      expect(chart.getBoundingClientRect().width).to.be.at.most($(el, '.overview')!.clientWidth);
      expect(getComputedStyle(chart.querySelector('text')!).fontSize).to.equal('12px');
    }
  });

  it('follows the element when its box changes width', async () => {
    const el = await mountTree(structuredClone(demo), {}, { width: WIDE });
    itemOrFail(el, 'sm-3').focus();
    await press(el, 'Enter');
    expect($(el, '.details button')).to.equal(null);
    el.parentElement!.style.width = PHONE;
    await until(el, () => $(el, '.details button') !== null, 'the back button of the narrow layout');
    expect($(el, '.overview__chart')).to.equal(null);
  });

  it('at 320 px nothing sticks out sideways and no word breaks mid-word (all open, filters open, details)', async () => {
    const el = await mountTree(structuredClone(demo), { 'expanded-depth': '9' }, { width: PHONE });
    $<HTMLDetailsElement>(el, 'details.filters')!.open = true;
    itemOrFail(el, 'sm-2').querySelector<HTMLElement>('.title')!.click();
    await el.updateComplete;
    expect(outside(el)).to.deep.equal([]);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect(midWordBreaks(shadow(el))).to.deep.equal([]);
    for (const goal of el.tree!.nodes) {
      el.selected = goal.id;
      await el.updateComplete;
      expect(midWordBreaks($(el, '[part="details"]')!), goal.id).to.deep.equal([]);
    }
  });

  it('passes axe with a goal selected and the details focused', async () => {
    const el = await mountTree(structuredClone(demo), {}, { width: PHONE });
    itemOrFail(el, 'sm-2').focus();
    await press(el, 'Enter');
    await expectAccessible(el);
  });
});

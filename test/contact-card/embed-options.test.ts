/**
 * <contact-card>'s embed options as an editor sees them: `static` (print, PDF), `plain` and
 * `compact`. The demo feed's Eskilstuna direkt on a weekday morning.
 */
import { wordsSplitOverLines } from '../support/words.js';
import { expect } from '@open-wc/testing';
import '../../src/define/contact-card.js';
import type { ContactCard } from '../../src/contact-card/contact-card.js';
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

const AT = { contact: 'eskilstuna-direkt', now: '2026-05-12T10:00:00+02:00' };

const card = async (attrs: Attrs = {}, width?: number): Promise<ContactCard> =>
  mount<ContactCard>('contact-card', await demoFeed(), { ...AT, ...attrs }, width);
const $ = (el: ContactCard, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
const $$ = (el: ContactCard, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];

/** Links that only a screen can use: the map, and the vCard and calendar downloads. */
const SCREEN_ONLY = '[data-action="map"], [data-action="vcard"], [data-action="ics"], a[download]';

afterEach(removeContainers);

describe('<contact-card> embed options', () => {
  it('default: a framed card with a map link and downloads', async () => {
    const el = await card();
    expect($$(el, SCREEN_ONLY).length).to.be.greaterThan(1);
    expect(frameOf($(el, '[part="base"]')!).border).to.be.greaterThan(0);
  });

  it('static: no map link or download; only the channels’ phone, e-mail and web links are reachable', async () => {
    const el = await card({ static: true });
    expect($$(el, SCREEN_ONLY)).to.have.length(0);
    expect($$(el, 'button, input, select, [tabindex]')).to.have.length(0);
    const reachable = tabbables(el);
    const other = reachable.filter((a) => !/^(tel:|mailto:|https?:)/.test(a.getAttribute('href') ?? ''));
    expect(other, describeElements(other)).to.have.length(0);
    // What a printed page needs is all there: the week's hours and the offices' addresses.
    expect(isShown($(el, 'table.hours'))).to.equal(true);
    expect(isShown($(el, 'address'))).to.equal(true);
    await expectAccessible(el);
  });

  it('plain: no frame, and the name is a heading for screen readers only', async () => {
    const framed = await card();
    expect(isShown($(framed, '.card__name'))).to.equal(true);
    const el = await card({ plain: true });
    expect(frameOf($(el, '[part="base"]')!)).to.deep.equal({
      border: 0,
      background: TRANSPARENT,
      padding: 0,
    });
    const name = $(el, '.card__name')!;
    expect(name.localName).to.equal('h2');
    expect(isShown(name)).to.equal(false);
    expect(name.textContent.trim()).not.to.equal('');
    await expectAccessible(el);
  });

  it('compact: less padding and smaller type than the default, and the short card', async () => {
    const compact = await card({ compact: true });
    const normal = await card();
    const padding = (el: ContactCard): number => frameOf($(el, '[part="base"]')!).padding;
    expect(padding(compact)).to.be.lessThan(padding(normal));
    expect(parseFloat(getComputedStyle(compact).fontSize)).to.be.lessThan(
      parseFloat(getComputedStyle(normal).fontSize),
    );
    expect($(compact, 'table.hours')).to.equal(null);
    await expectAccessible(compact);
  });

  it('the full card fits 320 px in December (notes in the tables): no sideways scroll, no word split', async () => {
    const el = await card({ now: '2026-12-09T10:00:00+01:00' }, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expectFits(el);
    const right = el.getBoundingClientRect().right;
    const wide = $$(el, '*').filter((node) => node.getBoundingClientRect().right > right + 1);
    expect(wide.map((node) => node.className || node.localName)).to.deep.equal([]);
    // A word of four letters or more on two lines is a word broken mid-word ("personal-möte").
    const split = wordsSplitOverLines(el.shadowRoot!, /[\p{L}\p{N}][\p{L}\p{N}-]{3,}/gu);
    expect(split).to.deep.equal([]);
  });

  it('compact fits 320 px without clipping or sideways scrolling', async () => {
    const el = await card({ compact: true }, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expectFits(el);
  });
});

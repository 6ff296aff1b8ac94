/**
 * <feedback-prompt>'s embed options as an editor sees them: `static` (print, PDF: nothing at
 * all), `plain` and `compact`.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/feedback-prompt.js';
import type { FeedbackPrompt } from '../../src/feedback-prompt/feedback-prompt.js';
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

const prompt = async (attrs: Attrs = {}, width?: number): Promise<FeedbackPrompt> =>
  mount<FeedbackPrompt>('feedback-prompt', await demoFeed(), attrs, width);
const $ = (el: FeedbackPrompt, selector: string): Element | null => el.shadowRoot!.querySelector(selector);
const box = (el: FeedbackPrompt): Element => $(el, '[part="base"]')!;

/** Each test starts unanswered (the browser remembers answers per page). */
function forgetAnswers(): void {
  for (const key of ['insyn-feedback-answered', 'insyn-feedback-outbox']) localStorage.removeItem(key);
}

beforeEach(forgetAnswers);
afterEach(removeContainers);

describe('<feedback-prompt> embed options', () => {
  it('default: the question in a framed box with "Ja" and "Nej"', async () => {
    const el = await prompt();
    expect(tabbables(el).map((b) => b.textContent.trim())).to.deep.equal(['Ja', 'Nej']);
    expect(frameOf(box(el)).border).to.be.greaterThan(0);
  });

  it('static: nothing shown, nothing focusable, no space taken', async () => {
    const el = await prompt({ static: true });
    const reachable = tabbables(el);
    expect(reachable, describeElements(reachable)).to.have.length(0);
    expect(el.shadowRoot!.textContent.trim()).to.equal('');
    expect(isShown(el)).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
    await expectAccessible(el);
  });

  it('static set later removes the question; removed again, it comes back', async () => {
    const el = await prompt();
    el.setAttribute('static', '');
    await el.updateComplete;
    expect(tabbables(el)).to.have.length(0);
    el.removeAttribute('static');
    await el.updateComplete;
    expect(tabbables(el)).to.have.length(2);
  });

  it('plain: no frame; the question stays', async () => {
    const el = await prompt({ plain: true });
    expect(frameOf(box(el))).to.deep.equal({ border: 0, background: TRANSPARENT, padding: 0 });
    expect(isShown($(el, '.question'))).to.equal(true);
    await expectAccessible(el);
  });

  it('compact: less padding, smaller buttons and type than the default', async () => {
    const compact = await prompt({ compact: true });
    const normal = await prompt();
    expect(frameOf(box(compact)).padding).to.be.lessThan(frameOf(box(normal)).padding);
    const button = (el: FeedbackPrompt): number => $(el, 'button')!.getBoundingClientRect().height;
    expect(button(compact)).to.be.lessThan(button(normal));
    expect(button(compact)).to.be.at.least(24); // still a comfortable target (WCAG 2.5.8)
    expect(parseFloat(getComputedStyle(compact).fontSize)).to.be.lessThan(
      parseFloat(getComputedStyle(normal).fontSize),
    );
    await expectAccessible(compact);
  });

  it('compact fits 320 px: nothing sticks out of the element', async () => {
    const el = await prompt({ compact: true }, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    await expectFits(el);
  });
});

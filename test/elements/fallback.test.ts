/**
 * Fallback content inside a tag (a table, a list, a link to the PDF): shown while the feed loads
 * and again when it fails, hidden once the element shows the feed. Checked for every tag.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { container, expectAccessible, removeContainers, waitForState } from '../support/a11y.js';
import { clearStoredFeeds, faultUrl, loadFixture, uniqueKey } from '../support/feeds.js';

const TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];

/** What a CMS editor pastes inside the tag: a heading, a table and a link. */
const FALLBACK = `
  <p class="fb-lead">Årsredovisningen finns som <a href="/arsredovisning.pdf">PDF</a>.</p>
  <table><caption>Nämndernas kostnader</caption><tr><th>Nämnd</th><td>100 mnkr</td></tr></table>`;

/** Whether a light-DOM node is rendered: it has a box (a slot shows it, or nothing hides it). */
const isShown = (node: Element): boolean => {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
};

function make(tag: string, src: string, inner = FALLBACK): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('src', src);
  el.innerHTML = inner; // the test's own constant, as an editor's HTML would be
  container().append(el);
  return el;
}

afterEach(() => {
  removeContainers();
  clearFeedCache();
  clearStoredFeeds();
});

for (const tag of TAGS) {
  describe(`<${tag}> fallback content`, () => {
    it('is shown while the feed loads, without a spinner', async () => {
      const el = make(tag, faultUrl({ delay: 1500, key: uniqueKey(tag) }));
      await waitForState(el, 'loading');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(isShown(el.querySelector('.fb-lead')!)).to.be.true;
      expect(el.shadowRoot!.querySelector('.spinner')).to.equal(null);
    });

    it('is shown again when the feed fails, beside the error', async () => {
      const el = make(tag, faultUrl({ status: 500, key: uniqueKey(tag) }));
      await waitForState(el, 'error');
      expect(isShown(el.querySelector('table')!)).to.be.true;
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      await expectAccessible(el);
    });

    it('is hidden once the feed is shown', async () => {
      const feed = await loadFixture('minimal');
      const el = make(tag, faultUrl({ body: feed, key: uniqueKey(tag) }));
      await waitForState(el, 'ready');
      expect(isShown(el.querySelector('.fb-lead')!)).to.be.false;
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
    });
  });
}

describe('fallback content: what does not count', () => {
  it('an inline feed and blank text are not fallback: the spinner shows while loading', async () => {
    const el = make('goal-tree', faultUrl({ delay: 1500, key: uniqueKey('blank') }), '\n   \n');
    await waitForState(el, 'loading');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('.spinner')).to.not.equal(null);
  });
});

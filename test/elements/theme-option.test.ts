/**
 * The `theme` embed option and the text-size floor, on every tag: a forced theme paints its own
 * surface in that scheme whatever the page declares, and a page that shrinks its root font to
 * 10px does not shrink the elements' text below legibility.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { container, expectAccessible, removeContainers, waitForState } from '../support/a11y.js';
import { dataUrl, loadFixture } from '../support/feeds.js';

const TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];

/** Relative luminance of a computed `rgb(…)` colour, enough to tell light from dark. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

afterEach(() => {
  removeContainers();
  clearFeedCache();
  document.documentElement.style.removeProperty('font-size');
});

for (const tag of TAGS) {
  describe(`<${tag} theme>`, () => {
    it('dark on a light page: a dark surface with light text, and axe passes', async () => {
      const feed = await loadFixture('minimal');
      const el = document.createElement(tag);
      el.setAttribute('theme', 'dark');
      el.setAttribute('src', dataUrl(feed));
      const box = container();
      box.style.colorScheme = 'light';
      box.append(el);
      await waitForState(el, 'ready');
      const style = getComputedStyle(el);
      expect(style.colorScheme).to.equal('dark');
      expect(luminance(style.backgroundColor)).to.be.below(0.2);
      expect(luminance(style.color)).to.be.above(0.8);
      await expectAccessible(el);
    });

    it('light on a dark page: a light surface with dark text', async () => {
      const feed = await loadFixture('minimal');
      const el = document.createElement(tag);
      el.setAttribute('theme', 'light');
      el.setAttribute('src', dataUrl(feed));
      const box = container();
      box.style.colorScheme = 'dark';
      box.append(el);
      await waitForState(el, 'ready');
      const style = getComputedStyle(el);
      expect(luminance(style.backgroundColor)).to.be.above(0.9);
      expect(luminance(style.color)).to.be.below(0.2);
    });

    it('keeps text at 14px or more on a page whose root font is 10px', async () => {
      document.documentElement.style.setProperty('font-size', '10px');
      const feed = await loadFixture('minimal');
      const el = document.createElement(tag);
      el.setAttribute('src', dataUrl(feed));
      const box = container();
      box.style.fontSize = '1rem';
      box.append(el);
      await waitForState(el, 'ready');
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(14);
    });
  });
}

// Every element on the demo page (the example feed, as `npm start` serves it) on a 320 CSS px
// phone, in Swedish and English: the page never scrolls sideways, no element reaches past the
// screen, no visible word is broken in the middle across two lines, and a screenshot of each
// element lands in test-results/phone-<lang>-<tag>.png for a person to look at. Then the
// interactions a resident makes on a phone (a goal opened, an indicator's chart opened) are
// checked the same way.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { startDemoServer } from '../support/demo-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, 'test-results');
const TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];
const WIDTH = 320;

/**
 * Runs in the page: the visible words of every element that are split across lines in the
 * middle. A word is a run between spaces; a line may break after a hyphen, a dash, a slash or a
 * zero-width space (all deliberate break points), so those end a word too.
 */
function brokenWords(tags) {
  const found = [];
  const visible = (element) => {
    if (!element || element.closest('.visually-hidden, .plain-hidden, [hidden], style, script')) return false;
    const style = getComputedStyle(element);
    return style.visibility === 'visible' && element.getClientRects().length > 0;
  };
  const walk = (root, tag) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!visible(node.parentElement)) continue;
      const text = node.textContent;
      const pattern = /[^\s\u200b\-–—/]+[-–—/]?/g;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        // Lines of one word differ by a line height; a few pixels are baseline jitter.
        const sorted = [...tops].sort((a, b) => a - b);
        if (sorted.length > 1 && sorted.at(-1) - sorted[0] > 4) {
          found.push(`${tag}: "${match[0]}" (in "${text.trim().slice(0, 60)}")`);
        }
      }
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot, tag);
  };
  for (const tag of tags) for (const host of document.querySelectorAll(tag)) walk(host.shadowRoot, tag);
  return [...new Set(found)];
}

/** Runs in the page: elements (or their shadow contents) that reach past the viewport's right edge. */
function pastTheEdge(tags) {
  const limit = document.documentElement.clientWidth + 0.5;
  const found = [];
  for (const tag of tags) {
    for (const host of document.querySelectorAll(tag)) {
      if (host.getBoundingClientRect().right > limit) found.push(`<${tag}> itself`);
      for (const element of host.shadowRoot.querySelectorAll('*')) {
        // Inside a scroll container (a wide table that scrolls on its own) is allowed.
        let clipped = false;
        for (let up = element.parentElement; up; up = up.parentElement) {
          const { overflowX } = getComputedStyle(up);
          if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') clipped = true;
        }
        if (clipped || element.getClientRects().length === 0) continue;
        if (element.getBoundingClientRect().right > limit)
          found.push(`<${tag}> ${element.localName}.${[...element.classList].join('.')}`);
      }
    }
  }
  return [...new Set(found)].slice(0, 10);
}

describe(`the demo page on a ${WIDTH} px phone`, { timeout: 300_000 }, () => {
  let server;
  let browser;
  let origin;

  before(async () => {
    server = await startDemoServer();
    ({ origin } = server);
    browser = await launchChromium();
    await mkdir(RESULTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the demo in a language, every element ready and laid out. */
  async function open(lang) {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/demo/?lang=${lang}`);
    await page.waitForFunction(
      (tags) =>
        tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.dataset.state === 'ready')),
      TAGS,
      { timeout: 60_000, polling: 250 },
    );
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    return { page, errors };
  }

  async function check(page, label) {
    const scroll = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    assert.ok(
      scroll.page <= scroll.viewport,
      `${label}: the page scrolls sideways ${JSON.stringify(scroll)}`,
    );
    assert.deepEqual(await page.evaluate(pastTheEdge, TAGS), [], `${label}: past the right edge`);
    assert.deepEqual(await page.evaluate(brokenWords, TAGS), [], `${label}: words broken mid-word`);
  }

  for (const lang of ['sv', 'en']) {
    it(`fits every element, in ${lang === 'sv' ? 'Swedish' : 'English'}`, async () => {
      const { page, errors } = await open(lang);
      try {
        // Pictures first, so a failure can be looked at.
        for (const tag of TAGS) {
          await page
            .locator(tag)
            .first()
            .screenshot({ path: join(RESULTS, `phone-${lang}-${tag}.png`) });
        }
        await check(page, lang);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }

  it('still fits with a goal selected and an indicator’s chart open', async () => {
    const { page, errors } = await open('sv');
    try {
      const tree = page.locator('goal-tree');
      await tree.locator('[role="treeitem"]').nth(1).click();
      const scorecard = page.locator('scorecard-chart').first();
      await scorecard.locator('button.toggle').first().click();
      await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
      await tree.screenshot({ path: join(RESULTS, 'phone-sv-goal-tree-selected.png') });
      await scorecard.screenshot({ path: join(RESULTS, 'phone-sv-scorecard-chart-open.png') });
      await check(page, 'after selecting');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

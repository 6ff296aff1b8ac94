// The gallery page (demo/gallery.html) on the vite dev server, as `npm start` serves it, in
// headless Chromium at 320 and 1280 CSS px: every element in every theme reaches the state the
// gallery asks of it, nothing logs an error but the deliberate "[insyn]" feed errors, the page
// never scrolls sideways on a phone, and a screenshot of each width lands in test-results/
// (gallery-<width>.png) for a person to look at. Once more with Windows' forced colours emulated
// (one theme: the page's colours give way to the system's), to gallery-1280-forced-colors.png.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { startDemoServer } from '../support/demo-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, 'test-results');
const CASES = [
  { name: '320 px', width: 320, shot: 'gallery-320', minThemes: 7 },
  { name: '1280 px', width: 1280, shot: 'gallery-1280', minThemes: 7 },
  {
    name: '1280 px in forced colours',
    width: 1280,
    shot: 'gallery-1280-forced-colors',
    minThemes: 1,
    query: '?theme=light',
    forcedColors: 'active',
  },
];

describe('gallery', { timeout: 300_000 }, () => {
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

  for (const { name, width, shot, minThemes, query = '', forcedColors = 'none' } of CASES) {
    it(`shows every element in every theme and state at ${name}`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, forcedColors });
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('[insyn]'))
          problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(String(error)));
      try {
        await page.goto(`${origin}/demo/gallery.html${query}`);
        // Every element that has a `data-expect` must show that state.
        await page
          .waitForFunction(
            () => {
              const all = [...document.querySelectorAll('[data-expect]')];
              return all.length > 0 && all.every((node) => node.dataset.state === node.dataset.expect);
            },
            undefined,
            { timeout: 90_000, polling: 250 },
          )
          .catch(async () => {
            const wrong = await page.evaluate(() =>
              [...document.querySelectorAll('[data-expect]')]
                .filter((node) => node.dataset.state !== node.dataset.expect)
                .map(
                  (node) =>
                    `${node.closest('.theme')?.dataset.theme} <${node.localName}>: ${node.dataset.state}, not ${node.dataset.expect}`,
                ),
            );
            assert.fail(
              `elements not in their state:\n${wrong.slice(0, 20).join('\n')}\n${problems.join('\n')}`,
            );
          });
        const counts = await page.evaluate(() => {
          const out = {};
          for (const node of document.querySelectorAll('[data-expect]')) {
            out[node.dataset.state] = (out[node.dataset.state] ?? 0) + 1;
          }
          return { ...out, themes: document.querySelectorAll('.theme').length };
        });
        assert.ok(counts.themes >= minThemes, `themes: ${counts.themes}`);
        // 6 ready elements (the scorecard twice) and 6 of each other state per theme.
        for (const state of ['ready', 'loading', 'error', 'empty'])
          assert.equal(counts[state], 6 * counts.themes, `${state}: ${JSON.stringify(counts)}`);

        // Let late layout (measured charts, fonts) settle before measuring and shooting.
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          widest: [...document.querySelectorAll('[data-expect]')]
            .filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map(
              (node) => `${node.closest('.theme')?.dataset.theme} ${node.localName} ${node.dataset.expect}`,
            )
            .slice(0, 5),
        }));
        if (width === 320) {
          assert.ok(overflow.page <= overflow.viewport, `page scrolls sideways: ${JSON.stringify(overflow)}`);
        }
        // Parts far below the fold (content-visibility: auto) skip rendering until scrolled near,
        // and a full-page screenshot does not scroll: for the picture only, they are made visible.
        await page.evaluate(() => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('* { content-visibility: visible !important; }');
          for (const node of document.querySelectorAll('[data-expect]')) {
            if (node.shadowRoot)
              node.shadowRoot.adoptedStyleSheets = [...node.shadowRoot.adoptedStyleSheets, sheet];
          }
          return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        });
        await page.screenshot({ path: join(RESULTS, `${shot}.png`), fullPage: true });
        // One picture per theme as well: the whole page is too tall to look at in one go.
        if (minThemes > 1) {
          for (const section of await page.locator('.theme').all()) {
            const theme = await section.getAttribute('data-theme');
            await section.screenshot({ path: join(RESULTS, `${shot}-${theme}.png`) });
          }
        }
        assert.deepEqual(problems, [], 'console errors other than the deliberate [insyn] feed errors');
      } finally {
        await page.close();
      }
    });
  }
});

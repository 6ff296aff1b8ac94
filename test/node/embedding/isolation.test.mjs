// One bad section never blanks the page: a goal status written "grön" stops <goal-tree> alone,
// with one plain sentence for residents (and the page's fallback content), the details in the
// console and, with ?insyn-debug, in the element; the scorecard, budget, card and prompt work.
// Run with the all-in-one bundle (one whole-feed check) and with the per-tag bundles (a check
// per element's sections).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../support/chromium.mjs';
import { REPO_ROOT, startStaticServer } from '../../support/static-server.mjs';
import {
  answerFeedback,
  assertBuilt,
  feedbackEndpoint,
  moveInChart,
  saveContact,
  settle,
  switchBudget,
  TAGS,
  watch,
} from './support.mjs';

const PAGE = '/test/embedding/pages/broken-goals.html';
const BAD_PATH = '/goals/1/status';

let server;
let browser;
const feedback = feedbackEndpoint();

before(async () => {
  assertBuilt();
  const feed = JSON.parse(await readFile(join(REPO_ROOT, 'test/embedding/feeds/small.json'), 'utf8'));
  assert.equal(feed.goals[1].status, 'on-track', 'the fixture changed: pick another goal to break');
  feed.goals[1].status = 'grön';
  const body = JSON.stringify(feed);
  server = await startStaticServer({
    handle: async (req, res) => {
      if (req.url?.startsWith('/feeds/broken-goals.json')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        return true;
      }
      return feedback.handle(req, res);
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The visible text of an element's shadow root, whitespace folded. */
const shadowText = (page, tag) =>
  page.$eval(tag, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());

for (const bundle of ['insyn.js', 'per-tag bundles']) {
  describe(`a broken goals section, ${bundle}`, () => {
    const query = bundle === 'insyn.js' ? '' : '?bundle=tags';
    let page;
    let report;
    let readyAt;

    before(async () => {
      page = await browser.newPage({ acceptDownloads: true });
      report = watch(page);
      await page.goto(server.origin + PAGE + query);
      await settle(page, TAGS.join(','));
      readyAt = Date.now();
    });

    after(() => page?.close());

    it('stops only <goal-tree>; the other four are ready', async () => {
      const states = await page.$$eval(TAGS.join(','), (els) =>
        Object.fromEntries(els.map((el) => [el.localName, el.dataset.state])),
      );
      assert.deepEqual(states, {
        'goal-tree': 'error',
        'scorecard-chart': 'ready',
        'budget-explainer': 'ready',
        'contact-card': 'ready',
        'feedback-prompt': 'ready',
      });
      assert.deepEqual(report.uncaught, []);
    });

    it('residents see one plain sentence and the fallback content, no paths or codes', async () => {
      const text = await shadowText(page, 'goal-tree');
      assert.match(text, /Målen kan inte visas just nu\./);
      assert.doesNotMatch(text, /grön|\/goals|status/);
      const fallback = await page.locator('goal-tree .fallback-text').boundingBox();
      assert.ok(fallback && fallback.height > 0, 'the fallback content is shown');
    });

    it('the console names the problem: an error from <goal-tree>, warnings from the elements that did without', async () => {
      const goalTree = report.errors.filter((line) => line.includes('<goal-tree>'));
      assert.equal(goalTree.length, 1, report.errors.join('\n'));
      assert.match(goalTree[0], new RegExp(`${BAD_PATH}: .*grön`));
      assert.match(goalTree[0], /\?insyn-debug/);
      assert.deepEqual(
        report.errors.filter((line) => !line.includes('<goal-tree>')),
        [],
        'no console error from the elements that work',
      );
      // The budget and the scorecard read goals when they are valid; they say what they left out.
      for (const tag of ['budget-explainer', 'scorecard-chart']) {
        const warning = report.warnings.find((line) => line.includes(`<${tag}>`));
        assert.ok(warning, `a warning from <${tag}>:\n${report.warnings.join('\n')}`);
        assert.match(warning, new RegExp(BAD_PATH));
        assert.match(warning, /without \/goals/);
      }
    });

    it('the elements that work answer clicks and keys', async () => {
      await moveInChart(page.locator('scorecard-chart'));
      await switchBudget(page.locator('budget-explainer'));
      await saveContact(page.locator('contact-card'));
      await answerFeedback(page.locator('feedback-prompt'), readyAt);
      assert.deepEqual(report.uncaught, []);
    });

    it('with ?insyn-debug, editors see the problem in the element, with the bad value', async () => {
      const debugPage = await browser.newPage();
      try {
        const separator = query ? '&' : '?';
        await debugPage.goto(`${server.origin}${PAGE}${query}${separator}insyn-debug`);
        await settle(debugPage, 'goal-tree');
        const detail = await debugPage.$eval('goal-tree', (el) =>
          el.shadowRoot.querySelector('[part="debug"]')?.textContent.replace(/\s+/g, ' '),
        );
        assert.ok(detail, 'the debug part is shown');
        assert.match(detail, new RegExp(BAD_PATH));
        assert.match(detail, /grön/);
      } finally {
        await debugPage.close();
      }
    });
  });
}

// Fallback content inside the tags (a list of goals, a table, a link to the annual report, a
// list of opening hours, a plain feedback form): shown without JavaScript, shown while the feed
// loads and again beside the error when it fails, hidden once the element shows the feed.
// Pages: test/embedding/pages/fallback.html (written by hand), served at /fallback/<case>/page.html,
// and the same tags holding what `insyn fallback` generates from the feed, at /generated/<case>/page.html.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../support/chromium.mjs';
import { REPO_ROOT, startStaticServer } from '../../support/static-server.mjs';
import { TAGS, assertBuilt, settle, watch } from './support.mjs';

/** Per tag, a text of its hand-written fallback (fallback.html) that a reader would look for. */
const WRITTEN = {
  'goal-tree': 'Fler elever klarar skolan',
  'scorecard-chart': 'Behörighet till gymnasiet',
  'budget-explainer': 'årsredovisningen 2025',
  'contact-card': 'fredag 08.00–16.00',
  'feedback-prompt': 'Hjälpte informationen',
};
/** The same for the fallback that `insyn fallback` writes from test/embedding/feeds/small.json. */
const GENERATED = {
  'goal-tree': 'Fler elever klarar skolan',
  'scorecard-chart': 'Behörighet till gymnasiet',
  'budget-explainer': 'Utbildning',
  'contact-card': 'Telefontid',
  'feedback-prompt': 'Hjälpte informationen',
};
const FEED = 'test/embedding/feeds/small.json';

/** A page of the five tags, each holding the fallback HTML the CLI generates for it. */
async function generatedPage() {
  const tags = [];
  for (const tag of TAGS) {
    const args = ['bin/insyn.js', 'fallback', FEED, '--element', tag];
    if (tag === 'budget-explainer') args.push('--report', '/dokument/arsredovisning-2025.pdf');
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT });
    tags.push(`<${tag} src="feed.json">\n${stdout}</${tag}>`);
  }
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Genererat innehåll</title>
<script type="module" src="/dist/insyn.js"></script></head><body><main>${tags.join('\n')}</main></body></html>`;
}

let server;
let browser;
const slowFeeds = []; // resolve the pending responses of the "slow" case
const releaseSlowFeeds = () => slowFeeds.splice(0).forEach((resolve) => resolve());
const formPosts = [];

before(async () => {
  assertBuilt();
  const pages = {
    fallback: await readFile(join(REPO_ROOT, 'test/embedding/pages/fallback.html'), 'utf8'),
    generated: await generatedPage(),
  };
  const feed = await readFile(join(REPO_ROOT, FEED), 'utf8');
  const json = (res, status, body) =>
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
      .end(body);
  server = await startStaticServer({
    handle: async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/api/feedback-form' && req.method === 'POST') {
        let body = '';
        for await (const chunk of req) body += chunk;
        formPosts.push(body);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Tack för ditt svar!</p>');
        return true;
      }
      const match = /^\/(fallback|generated)\/(ok|slow|500|invalid)\/(page\.html|feed\.json)$/.exec(path);
      if (!match) return false;
      const [, which, kind, file] = match;
      if (file === 'page.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[which]);
      } else if (kind === 'ok') {
        json(res, 200, feed);
      } else if (kind === 'slow') {
        await new Promise((resolve) => slowFeeds.push(resolve));
        json(res, 200, feed);
      } else if (kind === '500') {
        json(res, 500, '{"error": "internal"}');
      } else {
        json(res, 200, '{ "version": 1, "goals": [ { "id": "a", ');
      }
      return true;
    },
  });
  browser = await launchChromium();
});

after(async () => {
  releaseSlowFeeds();
  await browser?.close();
  await server?.close();
});

/**
 * Per tag: whether its fallback (the light-DOM elements inside the tag, the inline feed aside) is
 * rendered and visible, and the text it shows.
 */
function fallbackSeen(page) {
  return page.evaluate((tags) => {
    const seen = {};
    for (const tag of tags) {
      const children = [...document.querySelector(tag).children].filter((el) => el.localName !== 'script');
      const shown = children.filter((el) => {
        const box = el.getBoundingClientRect();
        return el.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
      });
      seen[tag] = { visible: children.length > 0 && shown.length === children.length, any: shown.length > 0 };
      seen[tag].text = shown.map((el) => el.innerText).join('\n');
    }
    return seen;
  }, TAGS);
}

/** Every tag shows its whole fallback with the expected text, or none of it. */
function assertShown(seen, texts, shown) {
  for (const [tag, text] of Object.entries(texts)) {
    if (shown) {
      assert.ok(seen[tag].visible, `${tag}: fallback shown`);
      assert.ok(seen[tag].text.includes(text), `${tag} shows "${text}": ${seen[tag].text}`);
    } else {
      assert.ok(!seen[tag].any, `${tag}: fallback hidden, but shows: ${seen[tag].text}`);
    }
  }
}

const allIn = (state) => Object.fromEntries(TAGS.map((tag) => [tag, state]));

for (const [which, texts, what] of [
  ['fallback', WRITTEN, 'written by hand'],
  ['generated', GENERATED, 'generated by `insyn fallback`'],
]) {
  describe(`fallback content inside the tags, ${what}`, () => {
    it('is what a reader sees without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.origin}/${which}/ok/page.html`);
      assertShown(await fallbackSeen(page), texts, true);
      await context.close();
    });

    it('shows while the feed loads', async () => {
      const page = await browser.newPage();
      const report = watch(page);
      await page.goto(`${server.origin}/${which}/slow/page.html`);
      // Upgraded and waiting for the feed: the element renders the fallback instead of a spinner.
      await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
      assert.deepEqual(
        await page.$$eval(TAGS.join(','), (els) => els.map((el) => el.dataset.state ?? 'loading')),
        TAGS.map(() => 'loading'),
      );
      assertShown(await fallbackSeen(page), texts, true);
      // Release the feed only once its request has arrived (else it would wait for after()).
      while (slowFeeds.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      releaseSlowFeeds();
      assert.deepEqual(await settle(page, TAGS.join(',')), allIn('ready'));
      assert.deepEqual(report.uncaught, []);
      await page.close();
    });

    it('is hidden once the element shows the feed', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${which}/ok/page.html`);
      assert.deepEqual(await settle(page, TAGS.join(',')), allIn('ready'));
      assertShown(await fallbackSeen(page), texts, false);
      await page.close();
    });

    for (const [kind, failure] of [
      ['500', 'a server error'],
      ['invalid', 'a feed that is not JSON'],
    ]) {
      it(`shows again, beside the error message, after ${failure}`, async () => {
        const page = await browser.newPage();
        const report = watch(page);
        await page.goto(`${server.origin}/${which}/${kind}/page.html`);
        assert.deepEqual(await settle(page, TAGS.join(',')), allIn('error'));
        const errors = await page.$$eval(TAGS.join(','), (els) =>
          els.map((el) => {
            const error = el.shadowRoot.querySelector('[part~="error"]');
            return !!error && error.checkVisibility() && error.textContent.trim().length > 0;
          }),
        );
        assert.deepEqual(
          errors,
          TAGS.map(() => true),
          'every element shows its error',
        );
        assertShown(await fallbackSeen(page), texts, true);
        assert.deepEqual(report.uncaught, []);
        await page.close();
      });
    }
  });
}

describe('the plain feedback form of the fallback', () => {
  it('posts the answer without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/fallback/ok/page.html`);
    await page.getByLabel('Ja').check();
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await page.getByText('Tack för ditt svar!').waitFor();
    assert.deepEqual(formPosts, ['answer=yes']);
    await context.close();
  });
});

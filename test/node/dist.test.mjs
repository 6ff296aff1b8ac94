// What ships, used as a web editor uses it: dist/insyn.js and one-tag bundles loaded by a plain
// page served with a strict Content Security Policy and Trusted Types, in headless Chromium.
// Needs dist/ built first (`npm test` builds before it runs this).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const page = (
  scripts,
  body,
) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>dist</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head><body>${body}</body></html>`;

const PAGES = {
  '/all.html': page(
    ['/dist/insyn.js'],
    TAGS.map((tag) => `<${tag} src="/demo/feed.json"></${tag}>`).join('\n'),
  ),
  '/twice.html': page(
    ['/dist/insyn.js', '/dist/contact-card.js'],
    '<contact-card src="/demo/feed.json"></contact-card>',
  ),
  '/invalid.html': page(['/dist/goal-tree.js'], '<goal-tree src="/bad.json"></goal-tree>'),
  '/invalid-debug.html': page(['/dist/goal-tree.js'], '<goal-tree debug src="/bad.json"></goal-tree>'),
  ...Object.fromEntries(
    TAGS.map((tag) => [`/${tag}.html`, page([`/dist/${tag}.js`], `<${tag} src="/demo/feed.json"></${tag}>`)]),
  ),
};

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

let server;
let browser;
let origin;
const feedRequests = [];

before(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    // Two bundles mean two copies of Lit, each creating its Trusted Types policy "lit-html":
    // a site loading both must allow duplicates (the README says so).
    res.setHeader(
      'Content-Security-Policy',
      url.pathname === '/twice.html' ? `${CSP} 'allow-duplicates'` : CSP,
    );
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (PAGES[url.pathname]) {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGES[url.pathname]);
      return;
    }
    if (url.pathname === '/bad.json') {
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end('{"version": 1, "goals": [{"id": "a"}]}');
      return;
    }
    if (url.pathname === '/demo/feed.json') feedRequests.push(url.pathname);
    const file = path.join(root, path.normalize(url.pathname));
    if (!file.startsWith(root) || !/^\/(dist|demo)\//.test(url.pathname)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a page, collects errors and CSP violations, waits until every tag left "loading". */
async function open(pathname, tags) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await tab.goto(origin + pathname);
  const states = {};
  for (const tag of tags) {
    await tab.waitForFunction(
      (name) => {
        const state = document.querySelector(name)?.dataset.state;
        return state && state !== 'loading';
      },
      tag,
      { timeout: 15_000 },
    );
    states[tag] = await tab.$eval(tag, (el) => el.dataset.state);
  }
  return { tab, problems, states };
}

describe('dist bundles under a strict CSP with Trusted Types', () => {
  it('insyn.js defines all five tags, which load one shared feed and render it', async () => {
    feedRequests.length = 0;
    const { tab, problems, states } = await open('/all.html', TAGS);
    assert.deepEqual(problems, []);
    for (const tag of TAGS) assert.equal(states[tag], 'ready', `${tag} is ready`);
    assert.equal(feedRequests.length, 1, 'one request for the feed, shared by five tags');
    const text = await tab.$eval('goal-tree', (el) => el.shadowRoot.textContent);
    assert.match(text, /mål/);
    await tab.close();
  });

  for (const tag of TAGS) {
    it(`dist/${tag}.js works alone`, async () => {
      const { tab, problems, states } = await open(`/${tag}.html`, [tag]);
      assert.deepEqual(problems, []);
      assert.equal(states[tag], 'ready');
      const others = await tab.evaluate(
        (all) => all.filter((name) => customElements.get(name) !== undefined),
        TAGS,
      );
      assert.deepEqual(others, [tag], 'only its own tag is defined');
      await tab.close();
    });
  }

  it('loading the all-in-one bundle and a one-tag bundle on one page throws nothing', async () => {
    const { tab, problems, states } = await open('/twice.html', ['contact-card']);
    assert.equal(states['contact-card'], 'ready');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('an invalid feed: one plain sentence in the element, the JSON path in the console', async () => {
    const { tab, problems, states } = await open('/invalid.html', ['goal-tree']);
    assert.equal(states['goal-tree'], 'error');
    const text = await tab.$eval('goal-tree', (el) => el.shadowRoot.textContent);
    assert.match(text, /Målen kan inte visas just nu\./);
    assert.doesNotMatch(text, /\/goals\/0\/level/);
    assert.ok(
      problems.some((p) => p.includes('/goals/0/level')),
      'the console names the path',
    );
    assert.ok(!problems.some((p) => p.startsWith('pageerror')), 'no uncaught error');
    await tab.close();
  });

  it('with debug, the element shows editors the JSON path (its words loaded from a chunk)', async () => {
    const { tab, problems } = await open('/invalid-debug.html', ['goal-tree']);
    await tab.waitForFunction(() =>
      document.querySelector('goal-tree').shadowRoot.querySelector('[part="debug"]'),
    );
    const text = await tab.$eval(
      'goal-tree',
      (el) => el.shadowRoot.querySelector('[part="debug"]').textContent,
    );
    assert.match(text, /\/goals\/0\/level/);
    assert.ok(!problems.some((p) => p.startsWith('pageerror')), 'no uncaught error');
    await tab.close();
  });
});

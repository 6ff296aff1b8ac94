// What a page with Insyn loads in all, measured rather than inferred: a plain page with one tag
// (or all five) and the demo feed, opened in headless Chromium, every script file it fetched from
// dist/ summed at gzip level 9. "Everything an entry may import" (scripts/size.mjs) overcounts:
// it holds what loads only on a failure (the editors' details, the diagnosis of broken JSON),
// only with an option (JSON-LD) or only on a reader's action (the feedback flow after an answer).
//
// Pages are served from the repository on 127.0.0.1 at a free port; the server and the browser
// stop when the measurement ends. Used by `node scripts/size.mjs` (npm test checks budgets).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROME_PATH, launchChromium } from '../test/support/chromium.mjs';
import { startStaticServer } from '../test/support/static-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The pages measured: a name, the scripts and the body. Each waits for every tag's feed load. */
export const PAGES = [
  { name: 'goal-tree', scripts: ['goal-tree.js'], body: '<goal-tree src="/demo/feed.json"></goal-tree>' },
  {
    name: 'scorecard-chart (table)',
    scripts: ['scorecard-chart.js'],
    body: '<scorecard-chart src="/demo/feed.json"></scorecard-chart>',
  },
  {
    name: 'scorecard-chart (one indicator)',
    scripts: ['scorecard-chart.js'],
    body: '<scorecard-chart src="/demo/feed.json" indicator="forvarvsarbetande"></scorecard-chart>',
  },
  {
    name: 'budget-explainer',
    scripts: ['budget-explainer.js'],
    body: '<budget-explainer src="/demo/feed.json"></budget-explainer>',
  },
  {
    name: 'contact-card',
    scripts: ['contact-card.js'],
    body: '<contact-card src="/demo/feed.json"></contact-card>',
  },
  {
    name: 'feedback-prompt',
    scripts: ['feedback-prompt.js'],
    body: '<feedback-prompt src="/demo/feed.json"></feedback-prompt>',
  },
  {
    name: 'all five (insyn.js)',
    scripts: ['insyn.js'],
    body: ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt']
      .map((tag) => `<${tag} src="/demo/feed.json"></${tag}>`)
      .join(''),
  },
];

const html = (page) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${page.name}</title>${page.scripts
    .map((s) => `<script type="module" src="/dist/${s}"></script>`)
    .join('')}</head><body>${page.body}</body></html>`;

/** The repository's static server, answering /page?page=N with that page's HTML. */
function serve() {
  return startStaticServer({
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const page = PAGES[Number(url.searchParams.get('page'))];
      if (url.pathname !== '/page' || !page) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(page));
      return true;
    },
  });
}

const gzipCache = new Map();
async function gzipped(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(await readFile(file), { level: 9 }).length);
  return gzipCache.get(file);
}

/**
 * Opens each page and returns, per page, the dist/ script files it fetched (relative to dist/)
 * and their gzip total. Throws when an element does not reach its ready state (a broken build
 * must not pass as a small one).
 */
export async function measurePages({ executablePath = CHROME_PATH } = {}) {
  const server = await serve();
  const { origin } = server;
  const browser = await launchChromium({ executablePath });

  try {
    const results = [];
    for (const [index, page] of PAGES.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      const fetched = new Set();
      tab.on('requestfinished', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/dist/') && pathname.endsWith('.js'))
          fetched.add(pathname.slice('/dist/'.length));
      });
      await tab.goto(`${origin}/page?page=${index}`);
      // Ready: every element has left its loading state (the base renders part="base" or the
      // element's own ready content, and no part="loading" or part="error").
      await tab.waitForFunction(
        () =>
          [...document.body.children].every((el) => {
            const root = el.shadowRoot;
            return (
              root && root.childElementCount > 0 && !root.querySelector('[part~="loading"], [part~="error"]')
            );
          }),
        undefined,
        { timeout: 20_000 },
      );
      await tab.waitForLoadState('networkidle');
      const files = [...fetched].sort();
      let bytes = 0;
      for (const file of files) bytes += await gzipped(join(ROOT, 'dist', file));
      results.push({ name: page.name, files, bytes });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { name, files, bytes } of await measurePages()) {
    console.log(
      `${name}: ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files: ${files.join(', ')}`,
    );
  }
}

#!/usr/bin/env node
/**
 * Renders every story of the built Storybook in headless Chromium and fails (exit 1) when one
 * logs an error, ends in the wrong state, or has an axe violation (WCAG 2.0 A/AA, 2.1 A/AA).
 *
 *   npm run build-storybook && node scripts/check-stories.mjs [options]
 *
 * Options:
 *   --dir <path>            the built Storybook (default: storybook-static)
 *   --filter <text>         only stories whose id contains <text> (repeatable)
 *   --themes <list>         themes to render each story in, comma-separated: light, dark, contrast,
 *                           contrast-light, brand
 *                           (default: light); the toolbar global of .storybook/preview.ts
 *   --jobs <n>              pages rendered at once (default: 2)
 *   --timeout <ms>          how long a story may take to reach its state (default: 8000)
 *   --screenshot <id>=<png> save a screenshot of a story (first theme), repeatable
 *
 * The expected state comes from the story id (see stories/support.ts): an id containing
 * "loading", "error" or "empty" must end with `data-state` of that name on every Insyn element
 * in the story; any other story must end `ready`. Stories whose id contains "error" log by
 * design, so there (and only there) console errors starting with "[insyn]" and the browser's
 * own "Failed to load resource: … 4xx" line are allowed. Anything else on the console at
 * error level, and any uncaught exception, fails the story.
 *
 * Self-contained: serves the directory on 127.0.0.1 (a free port, test/support/static-server.mjs) and stops
 * the server and the browser when done. Chromium: CHROME_PATH or /usr/bin/chromium.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../test/support/static-server.mjs';

const require = createRequire(import.meta.url);
const INSYN_TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark', 'contrast', 'contrast-light', 'brand'];

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    filter: { type: 'string', multiple: true, default: [] },
    themes: { type: 'string', default: 'light' },
    jobs: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '8000' },
    screenshot: { type: 'string', multiple: true, default: [] },
  },
});

const root = resolve(options.dir);
const themes = options.themes
  .split(',')
  .map((t) => t.trim())
  .filter(Boolean);
for (const theme of themes) {
  if (!THEMES.includes(theme)) fail(`unknown theme "${theme}" (known: ${THEMES.join(', ')})`);
}
const jobs = Math.max(1, Number.parseInt(options.jobs, 10) || 1);
const timeoutMs = Math.max(1000, Number.parseInt(options.timeout, 10) || 8000);
const screenshots = new Map(
  options.screenshot.map((spec) => {
    const at = spec.indexOf('=');
    if (at < 1) fail(`--screenshot wants <story id>=<file.png>, got "${spec}"`);
    return [spec.slice(0, at), resolve(spec.slice(at + 1))];
  }),
);

function fail(message) {
  console.error(`check-stories: ${message}`);
  process.exit(2);
}

/** What a story must end in, from its id. */
function expectedState(id) {
  const name = id.split('--')[1] ?? id;
  if (name.includes('loading')) return 'loading';
  if (name.includes('error')) return 'error';
  if (name.includes('empty')) return 'empty';
  return 'ready';
}

/** Console errors a story may log by design. */
function allowedConsoleError(id, text) {
  if (!id.includes('error')) return false;
  return (
    text.startsWith('[insyn]') ||
    /^Failed to load resource: the server responded with a status of 4\d\d/.test(text)
  );
}

// --- one story -----------------------------------------------------------------------------

/** Waits until the story rendered and every Insyn element in it settled; returns what it saw. */
async function waitForStory(page, expected) {
  return page.waitForFunction(
    ({ tags, expected }) => {
      const body = document.body;
      if (body.classList.contains('sb-show-errordisplay')) {
        const message = document.querySelector('#error-message')?.textContent ?? '';
        const stack = document.querySelector('#error-stack')?.textContent ?? '';
        return { storybookError: `${message}\n${stack}`.trim() };
      }
      if (!body.classList.contains('sb-show-main')) return false;
      const root = document.querySelector('#storybook-root');
      if (!root) return false;
      const elements = [...root.querySelectorAll(tags.join(','))];
      if (elements.length === 0) return false;
      const states = elements.map((el) => el.dataset.state ?? '');
      const settled = states.every((s) => s !== '' && (expected === 'loading' || s !== 'loading'));
      return settled ? { states, tags: elements.map((el) => el.localName) } : false;
    },
    { tags: INSYN_TAGS, expected },
    { timeout: timeoutMs, polling: 50 },
  );
}

async function runAxe(page) {
  return page.evaluate(async (tags) => {
    const axe = /** @type {any} */ (window).axe;
    const result = await axe.run(document.querySelector('#storybook-root'), {
      runOnly: tags,
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
}

async function checkStory(context, baseUrl, axePath, entry, theme) {
  const { id } = entry;
  const expected = expectedState(id);
  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!allowedConsoleError(id, text)) problems.push(`console.error: ${text.split('\n')[0]}`);
  });
  const started = Date.now();
  let state = '?';
  try {
    const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${theme}`;
    await page.goto(url, { waitUntil: 'load' });
    const seen = await (await waitForStory(page, expected)).jsonValue();
    if (seen.storybookError) {
      problems.push(`story failed to render: ${seen.storybookError.split('\n').slice(0, 3).join(' | ')}`);
    } else {
      state = [...new Set(seen.states)].join('+');
      seen.states.forEach((s, i) => {
        if (s !== expected) problems.push(`<${seen.tags[i]}> ended "${s}", expected "${expected}"`);
      });
      await page.addScriptTag({ path: axePath });
      for (const v of await runAxe(page)) {
        problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`);
      }
      const shot = screenshots.get(id);
      if (shot && theme === themes[0]) await page.screenshot({ path: shot, fullPage: true });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push(`did not settle: ${message}`);
    state = await page
      .evaluate(
        (tags) => [...document.querySelectorAll(tags.join(','))].map((el) => el.dataset.state).join('+'),
        INSYN_TAGS,
      )
      .catch(() => '?');
  } finally {
    await page.close();
  }
  return { id, theme, expected, state, ms: Date.now() - started, problems };
}

// --- main ----------------------------------------------------------------------------------

async function main() {
  const index = JSON.parse(
    await readFile(join(root, 'index.json'), 'utf8').catch(() =>
      fail(`no ${root}/index.json: run npm run build-storybook first`),
    ),
  );
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .filter((entry) => options.filter.length === 0 || options.filter.some((f) => entry.id.includes(f)));
  if (stories.length === 0) fail('no stories matched');
  for (const id of screenshots.keys()) {
    if (!stories.some((s) => s.id === id)) fail(`--screenshot: no story "${id}"`);
  }
  const axePath = require.resolve('axe-core/axe.min.js');

  const started = Date.now();
  const server = await startStaticServer({ root });
  const baseUrl = server.origin;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const results = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const queue = themes.flatMap((theme) => stories.map((entry) => ({ entry, theme })));
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const result = await checkStory(context, baseUrl, axePath, job.entry, job.theme);
        results.push(result);
        const mark = result.problems.length ? '✗' : '✓';
        const label = themes.length > 1 ? `${result.id} [${result.theme}]` : result.id;
        console.log(`${mark} ${label}: ${result.state} (${result.ms} ms)`);
        for (const problem of result.problems) console.log(`    ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }

  const failed = results.filter((r) => r.problems.length > 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${results.length - failed.length}/${results.length} story renders passed (${stories.length} stories × ${themes.length} theme${themes.length > 1 ? 's' : ''}) in ${seconds} s`,
  );
  for (const [id, path] of screenshots) console.log(`screenshot of ${id}: ${path}`);
  if (failed.length > 0) {
    console.log(
      `failed: ${failed.map((r) => (themes.length > 1 ? `${r.id} [${r.theme}]` : r.id)).join(', ')}`,
    );
    process.exitCode = 1;
  }
}

await main();

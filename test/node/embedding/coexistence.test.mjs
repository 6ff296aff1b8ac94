// Two copies of Insyn on one page: the same build loaded twice, two different versions, and a
// second version under its own tag prefix. No uncaught error, one warning naming both versions,
// and elements that work. Pages: test/embedding/pages/{twice,two-builds,prefix}.html.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../support/chromium.mjs';
import { REPO_ROOT, startStaticServer } from '../../support/static-server.mjs';
import {
  TAGS,
  answerFeedback,
  assertBuilt,
  feedbackEndpoint,
  moveInChart,
  openGoal,
  received,
  saveContact,
  settle,
  switchBudget,
  watch,
} from './support.mjs';

const PAGES = '/test/embedding/pages';
const OTHER_VERSION = '9.9.9';
const { version: VERSION } = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8'));

let server;
let browser;
let other; // the second build: a copy of dist/ that calls itself OTHER_VERSION
const feedback = feedbackEndpoint();

/**
 * Copies dist/ and gives the copy another version number, wherever the build wrote VERSION
 * (src/core/version.ts) as a string. Fails when the version is not in the bundle.
 */
async function otherBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'insyn-other-build-'));
  await cp(join(REPO_ROOT, 'dist'), dir, { recursive: true });
  const literal = new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g');
  const counts = {};
  for (const entry of await readdir(dir, { recursive: true })) {
    if (!entry.endsWith('.js')) continue;
    const file = join(dir, entry);
    const code = await readFile(file, 'utf8');
    const changed = code.replace(literal, (_, quote) => `${quote}${OTHER_VERSION}${quote}`);
    if (changed !== code) {
      counts[entry] = code.match(literal).length;
      await writeFile(file, changed);
    }
  }
  assert.equal(counts['insyn.js'], 1, `the version "${VERSION}" is written once in dist/insyn.js`);
  return dir;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

/** Serves the second build at /other/dist/. */
async function serveOther(req, res) {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (!path.startsWith('/other/dist/')) return false;
  const file = normalize(join(other, path.slice('/other/dist/'.length)));
  if (!file.startsWith(other + sep)) return false;
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
  return true;
}

before(async () => {
  assertBuilt();
  other = await otherBuild();
  server = await startStaticServer({
    handle: async (req, res) => (await serveOther(req, res)) || feedback.handle(req, res),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (other) await rm(other, { recursive: true, force: true });
});

/** Opens a page in a context of its own (its own storage: the prompt asks again). */
async function open(name, selector = TAGS.join(',')) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const report = watch(page);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server.origin}${PAGES}/${name}`);
  const states = await settle(page, selector);
  return { context, page, report, requests, states, readyAt: Date.now() };
}

/** Uses all five elements, the way the other page tests do. */
async function operateAll(page, readyAt) {
  const before = feedback.received.length;
  await openGoal(page.locator('goal-tree'));
  await moveInChart(page.locator('scorecard-chart'));
  await switchBudget(page.locator('budget-explainer'));
  await saveContact(page.locator('contact-card'));
  await answerFeedback(page.locator('feedback-prompt'), readyAt);
  assert.equal(await received(feedback, before + 1), before + 1, 'the answer reached the endpoint');
}

/** The version of the Insyn copy whose class holds `tag`. */
const versionOf = (page, tag) =>
  page.evaluate((name) => customElements.get(name)?.[Symbol.for('insyn.version')], tag);

const allReady = Object.fromEntries(TAGS.map((tag) => [tag, 'ready']));

describe('two copies of Insyn on one page', () => {
  it('the same build loaded twice: one warning, no uncaught error, working elements', async () => {
    const { context, page, report, states, readyAt } = await open('twice.html');
    assert.deepEqual(states, allReady);
    await operateAll(page, readyAt);
    assert.deepEqual(report.uncaught, []);
    assert.deepEqual(report.errors, []);
    assert.equal(report.warnings.length, 1, report.warnings.join('\n'));
    assert.match(report.warnings[0], new RegExp(VERSION.replaceAll('.', '\\.')));
    await context.close();
  });

  it(`two builds (${VERSION} and ${OTHER_VERSION}): one warning naming both, the first keeps the tags`, async () => {
    const { context, page, report, states, readyAt } = await open('two-builds.html');
    assert.deepEqual(states, allReady);
    // Both copies ran (else there would be nothing to warn about) and the first one's classes hold the tags.
    assert.deepEqual(await page.evaluate(() => globalThis[Symbol.for('insyn.copies')]), [
      VERSION,
      OTHER_VERSION,
    ]);
    for (const tag of TAGS) assert.equal(await versionOf(page, tag), VERSION, tag);
    await operateAll(page, readyAt);
    assert.deepEqual(report.uncaught, []);
    assert.deepEqual(report.errors, []);
    assert.equal(report.warnings.length, 1, report.warnings.join('\n'));
    assert.ok(
      report.warnings[0].includes(VERSION) && report.warnings[0].includes(OTHER_VERSION),
      report.warnings[0],
    );
    await context.close();
  });

  it('defineElements({ prefix: "esk" }) from the second build: <esk-goal-tree> beside <goal-tree>', async () => {
    const tags = 'goal-tree, esk-goal-tree, scorecard-chart, esk-scorecard-chart';
    const { context, page, report, requests, states } = await open('prefix.html', tags);
    assert.deepEqual(states, {
      'goal-tree': 'ready',
      'esk-goal-tree': 'ready',
      'scorecard-chart': 'ready',
      'esk-scorecard-chart': 'ready',
    });
    assert.equal(await versionOf(page, 'goal-tree'), VERSION);
    assert.equal(await versionOf(page, 'esk-goal-tree'), OTHER_VERSION);
    assert.equal(await versionOf(page, 'esk-scorecard-chart'), OTHER_VERSION);
    // Each works on its own: opening a goal in one leaves the other as it was.
    await openGoal(page.locator('esk-goal-tree'));
    assert.equal(await page.locator('goal-tree [aria-expanded="true"]').count(), 1, 'only the root is open');
    await openGoal(page.locator('goal-tree'));
    // The chart view is a lazily loaded chunk: the second build must fetch its own.
    await moveInChart(page.locator('esk-scorecard-chart'));
    assert.ok(
      requests.some((path) => /^\/other\/dist\/chunks\/indicator-view/.test(path)),
      `the second build loaded its own chart chunk: ${requests.join(', ')}`,
    );
    await moveInChart(page.locator('scorecard-chart'));
    assert.deepEqual(report.uncaught, []);
    assert.deepEqual(report.errors, []);
    assert.equal(report.warnings.length, 1, report.warnings.join('\n'));
    await context.close();
  });
});

/**
 * What the embedding page tests share: the five tags, a feedback endpoint for the static server,
 * a watcher for what a page reports (uncaught errors, console errors and warnings, CSP
 * violations), and small readers of the elements' shadow roots. The pages themselves are in
 * test/embedding/pages/; the built bundles in dist/ (`npx rollup -c --silent` first).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/static-server.mjs';

export const TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];

/** Fails early, with the command to run, when the bundles have not been built. */
export function assertBuilt() {
  if (!existsSync(join(REPO_ROOT, 'dist', 'insyn.js'))) {
    throw new Error('dist/insyn.js is missing: run `npx rollup -c --silent` first');
  }
}

/**
 * Answers POST /api/feedback (the endpoint of test/embedding/feeds/small.json) as the feedback
 * service would, and keeps the bodies so a test can check that an answer arrived.
 */
export function feedbackEndpoint() {
  const received = [];
  /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>} */
  const handle = async (req, res) => {
    if (!req.url?.startsWith('/api/feedback')) return false;
    if (req.method !== 'POST') {
      res.writeHead(404).end();
      return true;
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push(JSON.parse(body));
    res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
    return true;
  };
  return { handle, received };
}

/**
 * Collects what a page reports while a test runs. Chromium also logs each CSP violation as a
 * console error ("Refused to …"), so a violation shows up in `errors` as well.
 * @param {import('playwright-core').Page} page
 */
export function watch(page) {
  const report = { uncaught: [], errors: [], warnings: [] };
  page.on('pageerror', (error) => report.uncaught.push(error.message));
  page.on('console', (message) => {
    // The browser asks for /favicon.ico on its own; the test pages have none.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      report.errors.push(message.text());
    if (message.type() === 'warning') report.warnings.push(message.text());
  });
  return report;
}

/** The CSP violations recorded by test/embedding/pages/record-violations.js. */
export function violations(page) {
  return page.evaluate(() => window.cspViolations ?? ['record-violations.js did not run']);
}

/**
 * Waits until every element matching `selector` has left "loading" (data-state), then returns
 * their states by tag name (several of one tag: the states joined with a space).
 * @param {import('playwright-core').Page} page
 */
export async function settle(page, selector, timeout = 15_000) {
  await page.waitForFunction(
    (sel) => {
      const elements = [...document.querySelectorAll(sel)];
      return (
        elements.length > 0 && elements.every((el) => el.dataset.state && el.dataset.state !== 'loading')
      );
    },
    selector,
    { timeout },
  );
  return page.$$eval(selector, (elements) => {
    const states = {};
    for (const el of elements) {
      const name = el.localName;
      states[name] = states[name] ? `${states[name]} ${el.dataset.state}` : el.dataset.state;
    }
    return states;
  });
}

/*
 * A resident's use of each element, as the page tests repeat it under a strict CSP, hostile page
 * CSS and beside a second copy of Insyn. Each takes the element's host as a Playwright locator
 * (CSS locators pierce open shadow roots) and fails with what did not happen.
 */

/** goal-tree: opens a closed goal with the keyboard (tree view pattern: ArrowRight opens). */
export async function openGoal(host) {
  const closed = host.locator('[role="treeitem"][aria-expanded="false"]').first();
  const id = await closed.getAttribute('id');
  await closed.focus();
  await closed.press('ArrowRight');
  await host.locator(`[id="${id}"][aria-expanded="true"]`).waitFor({ timeout: 5000 });
}

/** scorecard-chart: opens an indicator's chart, then moves along it with the arrow keys. */
export async function moveInChart(host) {
  const toggle = host.locator('button.toggle').first();
  await toggle.click();
  await host.locator('button.toggle[aria-expanded="true"]').first().waitFor({ timeout: 5000 });
  const plot = host.locator('.iv-plot').first();
  await plot.focus();
  const before = await plot.getAttribute('aria-activedescendant');
  await plot.press('ArrowLeft');
  await plot.page().waitForFunction(
    ([element, was]) => {
      const now = element.getAttribute('aria-activedescendant');
      return now && now !== was;
    },
    [await plot.elementHandle(), before],
    { timeout: 5000 },
  );
}

/** budget-explainer: shows another chapter, comes back, and opens a cost category. */
export async function switchBudget(host) {
  const tabs = host.locator('[role="tab"]');
  await tabs.nth(1).click();
  await host
    .locator('[role="tab"][aria-selected="true"]', { hasText: await tabs.nth(1).innerText() })
    .waitFor({
      timeout: 5000,
    });
  await tabs.nth(0).click();
  await host.locator('button[part="cell"][data-id="utbildning"]').click();
  await host.locator('.crumbs li', { hasText: 'Utbildning' }).waitFor({ timeout: 5000 });
}

/** contact-card: saves a person as a contact (a vCard download from a data: URL). */
export async function saveContact(host) {
  const [download] = await Promise.all([
    host.page().waitForEvent('download', { timeout: 5000 }),
    host.locator('a[data-action="vcard"]').first().click(),
  ]);
  if (!download.suggestedFilename().endsWith('.vcf')) {
    throw new Error(`the vCard download is named ${download.suggestedFilename()}`);
  }
}

/**
 * feedback-prompt: answers "Ja" and sees the thanks. The prompt takes answers given within 1.5 s
 * of the question for a bot's, so this waits until the question has been up long enough.
 */
export async function answerFeedback(host, shownAt = 0) {
  const wait = shownAt + 1600 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await host.locator('button', { hasText: 'Ja' }).click();
  await host.locator('.thanks').first().waitFor({ timeout: 5000 });
}

/** Waits (up to 5 s) until the endpoint has received `count` answers. */
export async function received(feedback, count = 1) {
  for (let i = 0; i < 50 && feedback.received.length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return feedback.received.length;
}

// All five elements under a strict Content Security Policy with Trusted Types, rendered from
// feeds and operated the way a resident would, with zero violations and zero console errors.
// The page: test/embedding/pages/csp.html. Needs dist/ (`npx rollup -c --silent`).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  violations,
  watch,
} from './support.mjs';

/**
 * The policy a site needs for Insyn, and why each line is there. `default-src 'none'` first, so
 * anything Insyn did that is not listed below would show up as a violation; the guides quote this.
 */
const POLICY = {
  // Nothing is allowed unless a directive below allows it: no images, fonts, frames, media or
  // styles from anywhere. Insyn needs none of them (its styles are constructable stylesheets and
  // CSSOM writes, which style-src does not govern; its icons are inline SVG).
  'default-src': "'none'",
  // dist/insyn.js and the chunks it imports lazily (validators, the chart, the feedback flow),
  // all from the same place as the script. A site hosting Insyn on a CDN lists that origin.
  'script-src': "'self'",
  // fetch() of the feeds and the feedback answers POSTed to the feed's endpoint.
  'connect-src': "'self'",
  // Every string that reaches an HTML or script sink must come from a named policy.
  'require-trusted-types-for': "'script'",
  // Lit's template policy ("lit-html", one per copy of Lit: add 'allow-duplicates' when a page
  // loads two Insyn bundles), and the contact card's policy for the JSON-LD it writes into the
  // page with the `json-ld` attribute ("insyn-json-ld", which blesses only valid JSON).
  'trusted-types': 'lit-html insyn-json-ld',
};
const CSP = Object.entries(POLICY)
  .map(([directive, value]) => `${directive} ${value}`)
  .join('; ');

/** The trusted-types names Insyn creates, read from what ships, to keep POLICY exact. */
async function policyNamesInDist() {
  const files = [
    ...(await readdir(join(REPO_ROOT, 'dist'))).map((f) => join('dist', f)),
    ...(await readdir(join(REPO_ROOT, 'dist', 'chunks'))).map((f) => join('dist', 'chunks', f)),
  ].filter((f) => f.endsWith('.js'));
  const names = new Set();
  for (const file of files) {
    const code = await readFile(join(REPO_ROOT, file), 'utf8');
    for (const [, literal, variable] of code.matchAll(/createPolicy\(\s*(?:"([^"]+)"|([\w$]+))/g)) {
      if (literal) names.add(literal);
      else {
        // Minified: the name sits in a variable; find its string value in the same file.
        const value = new RegExp(`(?<![\\w$])${variable.replaceAll('$', '\\$')}\\s*=\\s*"([^"]+)"`).exec(
          code,
        );
        names.add(value ? value[1] : `?${variable} in ${file}`);
      }
    }
  }
  return [...names].sort();
}

const PAGE = '/test/embedding/pages/csp.html';
// The same page under other policies, to show each Trusted Types name is needed.
const VARIANTS = {
  '/csp-variant/no-lit-html.html': CSP.replace('lit-html ', ''),
  '/csp-variant/no-json-ld.html': CSP.replace(' insyn-json-ld', ''),
};

let server;
let browser;
const feedback = feedbackEndpoint();

before(async () => {
  assertBuilt();
  const html = await readFile(join(REPO_ROOT, PAGE.slice(1)), 'utf8');
  server = await startStaticServer({
    headers: (path) => (path === PAGE ? { 'content-security-policy': CSP } : {}),
    handle: async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (VARIANTS[path]) {
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': VARIANTS[path],
          })
          .end(html);
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

describe('a strict Content Security Policy with Trusted Types', () => {
  it('names exactly the Trusted Types policies that dist/ creates', async () => {
    assert.deepEqual(await policyNamesInDist(), POLICY['trusted-types'].split(' ').sort());
  });

  it('renders and operates all five elements with no violation and no console error', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const report = watch(page);
    await page.goto(server.origin + PAGE);
    const states = await settle(page, TAGS.join(','));
    assert.deepEqual(states, Object.fromEntries(TAGS.map((tag) => [tag, 'ready'])));

    const shownAt = Date.now();
    await openGoal(page.locator('goal-tree'));
    await moveInChart(page.locator('scorecard-chart'));
    await switchBudget(page.locator('budget-explainer'));
    await saveContact(page.locator('contact-card'));
    // The JSON-LD the card wrote into the page through its policy.
    const jsonLd = await page.$eval(
      'contact-card > script[type="application/ld+json"]',
      (s) => s.textContent,
    );
    assert.equal(JSON.parse(jsonLd)['@context'], 'https://schema.org');
    await answerFeedback(page.locator('feedback-prompt'), shownAt);
    assert.equal(await received(feedback), 1, 'the answer reached the endpoint');

    assert.deepEqual(await violations(page), [], 'no CSP violation');
    assert.deepEqual(report.uncaught, [], 'no uncaught error');
    assert.deepEqual(report.errors, [], 'no console error');
    await context.close();
  });

  it('without "lit-html" in trusted-types, Lit cannot start: the name is needed', async () => {
    const page = await browser.newPage();
    const report = watch(page);
    await page.goto(`${server.origin}/csp-variant/no-lit-html.html`);
    await page.waitForFunction(() => window.cspViolations?.length > 0, null, { timeout: 10_000 });
    const found = await violations(page);
    assert.ok(
      found.some((v) => v.startsWith('trusted-types') && v.includes('lit-html')),
      found.join('\n'),
    );
    assert.equal(await page.evaluate(() => customElements.get('goal-tree')), undefined);
    assert.ok(report.uncaught.length > 0, 'the bundle fails to evaluate');
    await page.close();
  });

  it('without "insyn-json-ld", a card with json-ld still works and says which name to allow', async () => {
    const page = await browser.newPage();
    const report = watch(page);
    await page.goto(`${server.origin}/csp-variant/no-json-ld.html`);
    const states = await settle(page, TAGS.join(','));
    assert.deepEqual(states, Object.fromEntries(TAGS.map((tag) => [tag, 'ready'])));
    await page.waitForFunction(() =>
      document.querySelector('contact-card > script[type="application/ld+json"]'),
    );
    // The refused policy, then the text node the card falls back to (the browser reports it and
    // keeps it: a JSON-LD script never runs). Both are the site's choice; the warning says how to allow it.
    const found = await violations(page);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0], /^trusted-types .* insyn-json-ld$/);
    assert.match(found[1], /^require-trusted-types-for .*HTMLScriptElement text/);
    assert.ok(
      report.warnings.some((w) => w.includes('trusted-types') && w.includes('insyn-json-ld')),
      `a warning names the policy: ${report.warnings.join('\n')}`,
    );
    assert.deepEqual(report.uncaught, []);
    await page.close();
  });
});

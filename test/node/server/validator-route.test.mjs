// The web validator on the service: `insyn serve` (here with the demo off, as in production)
// serves the built page at /validate/, and in Chromium under the service's own CSP an editor
// pastes a broken feed, sees its problems with their lines, pastes the demo feed and sees the
// five elements previewed, with no console error (a CSP violation would be one).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../support/chromium.mjs';
import { root, spawnServe } from './support.mjs';

let dir;
let serve;
let url;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'insyn-validator-'));
  serve = spawnServe({ INSYN_DATA_DIR: join(dir, 'data'), INSYN_SERVE_DEMO: '0' });
  ({ url } = await serve.listening);
});

after(async () => {
  serve?.child.kill('SIGTERM');
  await serve?.exited;
  rmSync(dir, { recursive: true, force: true });
});

/** Puts text in the validator's box as a paste would, and waits for the check to finish. */
async function paste(page, text) {
  await page.evaluate((value) => {
    const box = document.getElementById('flode');
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.waitForFunction(() => {
    const summary = document.getElementById('summary');
    return !summary.dataset.busy && ['valid', 'invalid'].includes(summary.dataset.result);
  });
}

describe('the web validator on insyn serve', { timeout: 120_000 }, () => {
  it('serves the built page, its script and chunks at /validate/, with the demo off', async () => {
    const redirect = await fetch(`${url}/validate`, { redirect: 'manual' });
    assert.equal(redirect.headers.get('location'), '/validate/');
    const page = await fetch(`${url}/validate/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    assert.match(await page.text(), /validate\.js/);
    const script = await fetch(`${url}/validate/validate.js`);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type'), /^text\/javascript/);
    assert.equal((await fetch(`${url}/validate/../package.json`)).status, 404);
    assert.equal((await fetch(`${url}/demo/`)).status, 404);
  });

  it('checks a pasted feed and previews the elements in Chromium, under the service’s CSP', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('[insyn]')) errors.push(message.text());
      });
      await page.goto(`${url}/validate/`);
      await page.waitForFunction(() => document.getElementById('summary').dataset.result === 'empty');

      const demo = readFileSync(join(root, 'demo', 'feed.json'), 'utf8');
      const broken = demo.replace('"status": "on-track"', '"status": "grön"');
      assert.notEqual(broken, demo);
      await paste(page, broken);
      const problem = await page.textContent('.problem');
      assert.match(problem, /grön/);
      assert.match(problem, /rad 464/i);

      await paste(page, demo);
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-preview]')].every((el) => el.dataset.state === 'ready'),
        undefined,
        { timeout: 30_000 },
      );
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});

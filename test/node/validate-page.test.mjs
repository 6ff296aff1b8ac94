// The web validator (demo/validate.html) in headless Chromium, as an editor without Node uses
// it: on the vite dev server (`npm start`) and as built (dist/validate.html, which `npx insyn
// serve` serves; `npm run build` or `npx rollup -c --silent` first). A broken feed pasted in
// shows its problems with the line they are on; choosing one selects that line; a JSON syntax
// error names its line and column; a fixed feed shows the five elements ready; a dropped or
// chosen file is read; English on request; axe finds nothing at WCAG 2.1 AA; 320 px wide works;
// feed text is never HTML. Screenshots land in test-results/validate-*.png.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { startDemoServer } from '../support/demo-server.mjs';
import { startStaticServer } from '../support/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, 'test-results');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];

/** A small feed with a wrong status (line 9) and a parent that is a number (line 16). */
const BROKEN = [
  '{',
  '  "version": 1,',
  '  "organization": { "name": "Exempelstad" },',
  '  "goals": [',
  '    { "id": "vision", "level": "vision", "title": "Vision" },',
  '    {',
  '      "id": "mal-1",',
  '      "level": "strategic-goal",',
  '      "status": "grön",',
  '      "parent": "vision",',
  '      "title": "<img src=x id=injected>"',
  '    },',
  '    {',
  '      "id": "mal-2",',
  '      "level": "strategic-goal",',
  '      "parent": 9,',
  '      "title": "Mål 2"',
  '    }',
  '  ]',
  '}',
].join('\r\n');

/** The 1-based line of the first occurrence of `needle`. */
const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split(/\r\n|\n|\r/).length;

async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

/**
 * Puts text in the feed box as a paste does (Playwright's fill gives up on a 300 KB text box)
 * and waits for the check to finish.
 */
async function paste(page, text) {
  await page.evaluate((value) => {
    const box = document.getElementById('flode');
    box.focus();
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.waitForFunction(
    () => {
      const summary = document.getElementById('summary');
      return (
        !summary.dataset.busy &&
        ['valid', 'invalid'].includes(summary.dataset.result) &&
        !/…/.test(summary.textContent)
      );
    },
    undefined,
    { timeout: 30_000 },
  );
}

const problems = (page) =>
  page.$$eval('.problem', (items) =>
    items.map((item) => ({
      kind: item.classList.contains('problem--warning') ? 'warning' : 'error',
      code: item.dataset.code,
      text: item.textContent.replace(/\s+/g, ' ').trim(),
      line: Number(item.querySelector('.problem__go').dataset.line),
    })),
  );

const previewStates = (page) =>
  page.$$eval('[data-preview]', (elements) => elements.map((el) => `${el.localName}:${el.dataset.state}`));

describe('web validator page', { timeout: 300_000 }, () => {
  let server;
  let browser;
  let origin;
  let demoFeed;

  before(async () => {
    server = await startDemoServer();
    ({ origin } = server);
    browser = await launchChromium();
    demoFeed = await readFile(join(ROOT, 'demo/feed.json'), 'utf8');
    await mkdir(RESULTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width = 1280) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('[insyn]')) errors.push(message.text());
    });
    await page.goto(`${origin}/demo/validate.html`);
    await page.waitForFunction(() => document.getElementById('summary').dataset.result === 'empty');
    return { page, errors };
  }

  it('shows a broken feed’s problems with their lines, selects a line, and is accessible', async () => {
    const { page, errors } = await open();
    try {
      assert.deepEqual(await axeViolations(page), [], 'empty page');
      await paste(page, BROKEN);

      const summary = await page.textContent('#summary');
      assert.match(summary, /^Flödet har \d+ fel/);
      const found = await problems(page);
      const status = found.find((p) => p.text.includes('/goals/1/status'));
      assert.ok(status, JSON.stringify(found));
      assert.equal(status.kind, 'error');
      assert.equal(status.line, lineOf(BROKEN, '"status": "grön"'));
      assert.match(status.text, /^✕ Fel: Rad 9, kolumn 7\. \/goals\/1\/status /);
      const parent = found.find((p) => p.text.includes('/goals/2/parent'));
      assert.equal(parent?.line, lineOf(BROKEN, '"parent": 9'));
      // The feed's text is shown as text, never as HTML.
      assert.equal(await page.$('#injected'), null);

      // Choosing a problem (keyboard: Tab to it, Enter) selects its line in the box.
      const button = page.locator('.problem button', { hasText: '/goals/1/status' });
      await button.focus();
      await page.keyboard.press('Enter');
      const selection = await page.evaluate(() => {
        const box = document.getElementById('flode');
        return {
          focused: document.activeElement === box,
          selected: box.value.slice(box.selectionStart, box.selectionEnd),
          caret: document.getElementById('caret').textContent,
        };
      });
      assert.deepEqual(selection, {
        focused: true,
        selected: '"status": "grön"',
        caret: 'Markören: rad 9, kolumn 7',
      });

      // Typing over the selection fixes the status: the check runs again when typing stops.
      await page.keyboard.type('"status": "achieved"');
      await page.waitForFunction(
        () => !document.querySelector('.problem button')?.textContent.includes('/goals/1/status'),
      );
      assert.ok((await problems(page)).every((p) => !p.text.includes('/goals/1/status')));
      await paste(page, BROKEN);

      // The live region says what was found; axe finds nothing with the list shown.
      assert.equal(await page.getAttribute('#summary', 'role'), 'status');
      assert.deepEqual(await axeViolations(page), [], 'with problems');
      await page.screenshot({ path: join(RESULTS, 'validate-problems.png'), fullPage: true });

      // In English, the same problems in English, on the same lines.
      await page.check('input[name="lang"][value="en"]');
      assert.match(await page.textContent('#summary'), /^The feed has \d+ errors?/);
      const english = await problems(page);
      assert.match(english.find((p) => p.line === status.line).text, /^✕ Error: Line 9, column 7\. /);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.check('input[name="lang"][value="sv"]');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('names a JSON syntax error’s line and column, then previews the five elements once fixed', async () => {
    const { page, errors } = await open();
    try {
      const missingComma =
        '{\n  "version": 1,\n  "organization": {\n    "name": "Exempelstad"\n    "id": "x"\n  }\n}';
      await paste(page, missingComma);
      // The comma is missing at the end of line 4, where it is to be typed (not at line 5's "id").
      assert.equal(await page.textContent('#summary'), 'Texten är inte giltig JSON: rad 4, kolumn 26.');
      const [syntax] = await problems(page);
      assert.equal(syntax.line, 4);
      assert.match(await page.textContent('.problem'), /kommatecken saknas/i);
      assert.equal(await page.isHidden('#preview'), true);
      await page.click('.problem button');
      const at = await page.evaluate(() => document.getElementById('flode').selectionStart);
      assert.equal(at, missingComma.indexOf('"Exempelstad"') + '"Exempelstad"'.length);

      await paste(page, demoFeed);
      assert.match(await page.textContent('#summary'), /^Flödet är giltigt/);
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-preview]')].every((el) => el.dataset.state === 'ready'),
        undefined,
        { timeout: 60_000 },
      );
      assert.deepEqual(
        await previewStates(page),
        TAGS.map((tag) => `${tag}:ready`),
      );
      assert.deepEqual(await axeViolations(page), [], 'with the preview');
      await page.screenshot({ path: join(RESULTS, 'validate-preview.png') });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('reads a dropped file and a chosen file', async () => {
    const { page, errors } = await open();
    try {
      await page.evaluate((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'trasig.json', { type: 'application/json' }));
        const zone = document.getElementById('drop-zone');
        zone.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, BROKEN);
      await page.waitForFunction(() => document.getElementById('summary').dataset.result === 'invalid');
      // A text box keeps line ends as LF, whatever the file had.
      assert.equal(await page.inputValue('#flode'), BROKEN.replace(/\r\n/g, '\n'));
      assert.ok((await problems(page)).some((p) => p.line === 9));

      await page.setInputFiles('#file', {
        name: 'flode.json',
        mimeType: 'application/json',
        buffer: Buffer.from(`\uFEFF${demoFeed}`),
      });
      await page.waitForFunction(() => document.getElementById('summary').dataset.result === 'valid');
      assert.match(await page.textContent('#summary'), /^Flödet är giltigt/);

      // A file too large to edit in the box (over 1 MB) is checked from memory: the problems
      // still have their lines, and each shows its line of the file.
      const feed = JSON.parse(demoFeed);
      const indicators = feed.indicators;
      feed.indicators = [];
      for (let copy = 0; JSON.stringify(feed).length < 1_200_000; copy++) {
        feed.indicators.push(
          ...indicators.map((indicator) => ({ ...indicator, id: `${indicator.id}-${copy}` })),
        );
      }
      feed.goals[1].status = 'grön';
      const big = JSON.stringify(feed, null, 2);
      await page.setInputFiles('#file', {
        name: 'stor.json',
        mimeType: 'application/json',
        buffer: Buffer.from(big),
      });
      await page.waitForFunction(
        () => document.getElementById('summary').dataset.result === 'invalid',
        undefined,
        {
          timeout: 60_000,
        },
      );
      assert.equal(await page.inputValue('#flode'), '');
      assert.match(await page.textContent('#caret'), /^stor\.json är för stor för att redigeras här/);
      const status = (await problems(page)).find((p) => p.text.includes('/goals/1/status'));
      assert.equal(status?.line, lineOf(big, '"status": "grön"'));
      assert.match(status.text, /"status": "grön",$/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('fetches a feed from an address, and names the address when it cannot', async () => {
    const { page, errors } = await open();
    try {
      await page.fill('#url', `${origin}/demo/no-such-feed.json`);
      await page.press('#url', 'Enter');
      await page.waitForFunction(() => /404/.test(document.getElementById('summary').textContent));
      assert.equal(
        await page.textContent('#summary'),
        `Kunde inte hämta ${origin}/demo/no-such-feed.json: servern svarade 404. Stämmer adressen?`,
      );
      await page.fill('#url', `${origin}/demo/feed.json`);
      await page.click('#url-form button');
      await page.waitForFunction(() => document.getElementById('summary').dataset.result === 'valid');
      assert.equal(await page.inputValue('#flode'), demoFeed);
      // The browser logs the 404 itself; nothing else may be logged.
      assert.deepEqual(
        errors.filter((error) => !error.includes('404')),
        [],
      );
    } finally {
      await page.close();
    }
  });

  it('works 320 px wide without scrolling sideways', async () => {
    const { page, errors } = await open(320);
    try {
      await paste(page, BROKEN);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      assert.ok(widths.page <= widths.viewport, JSON.stringify(widths));
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: join(RESULTS, 'validate-320.png'), fullPage: true });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

describe('web validator page, as built (dist/validate.html)', { timeout: 120_000 }, () => {
  it('checks a pasted feed and previews it with the bundled elements', async (t) => {
    if (!existsSync(join(ROOT, 'dist/validate.html'))) {
      assert.fail('dist/validate.html is missing: run `npm run build` (or `npx rollup -c --silent`) first');
    }
    const server = await startStaticServer({ root: join(ROOT, 'dist') });
    const browser = await launchChromium();
    t.after(async () => {
      await browser.close();
      await server.close();
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.origin}/validate.html`);
    await paste(page, BROKEN);
    assert.ok((await problems(page)).some((p) => p.line === 9 && p.text.includes('/goals/1/status')));
    await paste(page, await readFile(join(ROOT, 'demo/feed.json'), 'utf8'));
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-preview]')].every((el) => el.dataset.state === 'ready'),
      undefined,
      { timeout: 60_000 },
    );
    assert.deepEqual(errors, []);
  });
});

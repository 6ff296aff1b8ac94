// The five elements on a page whose CSS attacks everything (test/embedding/pages/hostile.css:
// `* { all: unset }`, `button { display: none }`, red SVG paint, a 10px root, odd spacing): they
// still load, show their controls, answer clicks and keys, keep their marks' colours and stay
// legible. Only the documented ::part()s and --insyn-* custom properties reach in.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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
  saveContact,
  settle,
  switchBudget,
  watch,
} from './support.mjs';

const PAGE = '/test/embedding/pages/hostile.html';
// Text smaller than this is not legible for many readers (the page asks for 10px).
const MIN_FONT_SIZE = 12;

let server;
let browser;
let page;
let report;
let readyAt;
const feedback = feedbackEndpoint();

before(async () => {
  assertBuilt();
  server = await startStaticServer({ handle: feedback.handle });
  browser = await launchChromium();
  page = await browser.newPage({ acceptDownloads: true });
  report = watch(page);
  await page.goto(server.origin + PAGE);
  await settle(page, TAGS.join(','));
  readyAt = Date.now();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The documented parts of each tag, from custom-elements.json (generated from the JSDoc). */
async function documentedParts() {
  const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'custom-elements.json'), 'utf8'));
  const parts = {};
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) parts[declaration.tagName] = (declaration.cssParts ?? []).map((p) => p.name);
    }
  }
  return parts;
}

describe('elements on a page with hostile CSS', () => {
  it('load, with no uncaught error', async () => {
    const states = await page.$$eval(TAGS.join(','), (els) =>
      els.map((el) => [el.localName, el.dataset.state]),
    );
    assert.deepEqual(Object.fromEntries(states), Object.fromEntries(TAGS.map((tag) => [tag, 'ready'])));
    assert.deepEqual(report.uncaught, []);
  });

  it('show their controls, which the page hides with button, input, select { display: none }', async () => {
    const hidden = await page.evaluate((tags) => {
      const found = [];
      for (const tag of tags) {
        const controls = [
          ...document
            .querySelector(tag)
            .shadowRoot.querySelectorAll('button, a[href], input, select, textarea, summary'),
        ];
        if (controls.length === 0) found.push(`${tag}: no control at all`);
        for (const control of controls) {
          // Hidden by the element itself: in a closed <details>, the honeypot, a screen-reader-only text.
          if (control.closest('details:not([open]) > :not(summary), [hidden], .visually-hidden')) continue;
          const box = control.getBoundingClientRect();
          const style = getComputedStyle(control);
          if (style.display === 'none' || style.visibility !== 'visible' || box.width < 1 || box.height < 1) {
            const name = control.textContent.trim() || control.getAttribute('type') || '';
            found.push(
              `${tag}: ${control.localName} "${name}" display ${style.display}, ${box.width}×${box.height}`,
            );
          }
        }
      }
      return found;
    }, TAGS);
    assert.deepEqual(hidden, []);
  });

  it('answer clicks and keys', async () => {
    await openGoal(page.locator('goal-tree'));
    await moveInChart(page.locator('scorecard-chart'));
    await switchBudget(page.locator('budget-explainer'));
    await saveContact(page.locator('contact-card'));
    await answerFeedback(page.locator('feedback-prompt'), readyAt);
    assert.deepEqual(report.uncaught, []);
  });

  it('keep their own colours on chart marks and icons, not the page’s red SVG paint', async () => {
    // Per tag: how many shapes took the page's red, and a few of them by name.
    const red = await page.evaluate((tags) => {
      const found = {};
      for (const tag of tags) {
        const shapes = document
          .querySelector(tag)
          .shadowRoot.querySelectorAll('svg :is(path, rect, circle, ellipse, line, polyline, polygon, text)');
        const names = [...shapes]
          .filter((shape) => {
            const { fill, stroke } = getComputedStyle(shape);
            return fill === 'rgb(255, 0, 0)' || stroke === 'rgb(255, 0, 0)';
          })
          .map(
            (shape) =>
              `${shape.localName}${shape.classList.length ? `.${[...shape.classList].join('.')}` : ''}`,
          );
        if (names.length)
          found[tag] = `${names.length} of ${shapes.length} (${[...new Set(names)].slice(0, 4).join(', ')})`;
      }
      return found;
    }, TAGS);
    assert.deepEqual(red, {}, 'shapes painted with the fill or stroke the page set on :root');
  });

  it(`keep their text at ${MIN_FONT_SIZE}px or more on a page with a 10px root`, async (t) => {
    const sizes = await page.evaluate((tags) => {
      const result = {};
      for (const tag of tags) {
        let min = Infinity;
        let where = '';
        const walker = document.createTreeWalker(
          document.querySelector(tag).shadowRoot,
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!node.textContent.trim() || !element || element.closest('style, .visually-hidden')) continue;
          if (element.getClientRects().length === 0) continue; // not shown
          const size = parseFloat(getComputedStyle(element).fontSize);
          if (size < min) {
            min = size;
            where = `${element.localName}.${element.className}`;
          }
        }
        result[tag] = { min, where };
      }
      return result;
    }, TAGS);
    const small = Object.entries(sizes)
      .filter(([, { min }]) => min < MIN_FONT_SIZE)
      .map(([tag, { min, where }]) => `${tag}: ${min}px (${where})`);
    t.diagnostic(`smallest text: ${JSON.stringify(sizes)}`);
    // Inherited text properties the page's rules pass through the host (not asserted: legible, if odd).
    const inherited = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const style = getComputedStyle(
            document.querySelector(tag).shadowRoot.querySelector('[part~="base"]'),
          );
          return `${tag}: line-height ${style.lineHeight}, letter-spacing ${style.letterSpacing}, text-transform ${style.textTransform}, font-family ${style.fontFamily}`;
        }),
      TAGS,
    );
    t.diagnostic(`inherited from the page: ${inherited.join('; ')}`);
    assert.deepEqual(small, []);
  });

  it('let --insyn-color-accent set on the page colour the buttons', async () => {
    const colour = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('goal-tree').shadowRoot.querySelector('.actions button'))
            .color,
      );
    const before = await colour();
    const style = await page.addStyleTag({ content: 'goal-tree { --insyn-color-accent: rgb(1, 2, 3); }' });
    assert.notEqual(before, 'rgb(1, 2, 3)');
    assert.equal(await colour(), 'rgb(1, 2, 3)');
    await style.evaluate((el) => el.remove());
  });

  it('let every documented ::part() be styled from the page, and expose no other part', async (t) => {
    const documented = await documentedParts();
    const rendered = await page.evaluate((tags) => {
      const names = {};
      for (const tag of tags) {
        const parts = document.querySelector(tag).shadowRoot.querySelectorAll('[part]');
        names[tag] = [...new Set([...parts].flatMap((el) => el.getAttribute('part').split(/\s+/)))];
      }
      return names;
    }, TAGS);
    const undocumented = TAGS.flatMap((tag) =>
      rendered[tag].filter((name) => !documented[tag]?.includes(name)).map((name) => `${tag}::part(${name})`),
    );
    assert.deepEqual(undocumented, [], 'parts in the shadow DOM that the docs do not name');

    const css = TAGS.flatMap((tag) =>
      rendered[tag].map((name) => `${tag}::part(${name}) { outline: 3px dotted rgb(4, 5, 6); }`),
    ).join('\n');
    const style = await page.addStyleTag({ content: css });
    const unstyled = await page.evaluate((tags) => {
      const found = [];
      for (const tag of tags) {
        for (const el of document.querySelector(tag).shadowRoot.querySelectorAll('[part]')) {
          if (getComputedStyle(el).outlineColor !== 'rgb(4, 5, 6)')
            found.push(`${tag}::part(${el.getAttribute('part')})`);
        }
      }
      return found;
    }, TAGS);
    await style.evaluate((el) => el.remove());
    assert.deepEqual(unstyled, []);
    t.diagnostic(
      `parts shown when ready: ${TAGS.map((tag) => `${tag}: ${rendered[tag].join(', ')}`).join('; ')}`,
    );
  });
});

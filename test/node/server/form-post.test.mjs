// POST /api/feedback from the plain form that `insyn fallback --element feedback-prompt` writes
// (application/x-www-form-urlencoded, for readers without JavaScript), on SQLite and on a real
// PostgreSQL: stored like the element's answers, a repeat stored once, masked, rate-limited,
// and answered with 303 back to an allowed page or a thank-you page, never JSON.
// Needs lib/ built (npx tsc -p tsconfig.build.json).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { renderFallback } from '../../../lib/fallback/index.js';
import { buildApp, startServer } from '../../../lib/server/app.js';
import { openStore } from '../../../lib/server/store/index.js';
import { commentKey, FormKeys } from '../../../lib/server/form-post.js';
import { launchChromium } from '../../support/chromium.mjs';
import { startStaticServer } from '../../support/static-server.mjs';
import { answerBody, postgresTarget, sqliteTarget, TOKEN } from './support.mjs';

const SITE = 'https://www.kommun.example';

/** Posts form fields (an object, or an encoded string) to /api/feedback through inject. */
function postForm(app, fields, headers = {}) {
  const payload = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  return app.inject({
    method: 'POST',
    url: '/api/feedback',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload,
  });
}

/** Every stored row, as the CSV export's source sees them, for the page. */
async function rowsFor(store, page) {
  const rows = [];
  for await (const row of store.exportRows()) if (row.page === page) rows.push(row);
  return rows;
}

const uniquePage = () => `/form/${randomUUID().slice(0, 8)}`;

function assertHtml(response, status) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(response.headers['content-type'], /^text\/html; charset=utf-8/);
  assert.equal(response.headers['cache-control'], 'no-store');
  assert.match(response.body, /^<!doctype html>/);
  assert.doesNotThrow(() => assert.ok(!response.body.trimStart().startsWith('{')), 'not JSON');
}

for (const target of [sqliteTarget(), postgresTarget()]) {
  describe(`the no-JavaScript form on ${target.name}`, { timeout: 120_000 }, () => {
    before(() => target.setup());
    after(() => target.teardown());

    async function fresh(env = {}) {
      await target.fresh();
      const config = target.config({ INSYN_ADMIN_TOKEN: TOKEN, INSYN_CORS_ORIGINS: SITE, ...env });
      const store = await openStore(config);
      const app = await buildApp(config, store);
      return { app, store, close: () => app.close().then(() => store.close()) };
    }

    describe('storing', () => {
      let s;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '0' })));
      after(() => s.close());

      it('stores the answer and, apart, the comment naming it, as the element would', async () => {
        const page = uniquePage();
        const response = await postForm(
          s.app,
          { answer: 'no', comment: 'Öppettiderna saknas.', page, lang: 'sv', website: '' },
          { origin: SITE, referer: `${SITE}${page}` },
        );
        assert.equal(response.statusCode, 303, response.body);
        const rows = await rowsFor(s.store, page);
        assert.equal(rows.length, 2);
        const [answer, comment] = rows;
        assert.deepEqual(
          [answer.answer, answer.comment, answer.answerKey, answer.lang],
          ['no', '', null, 'sv'],
        );
        assert.match(answer.version, /\+form$/);
        assert.equal(comment.answerKey, answer.idempotencyKey);
        assert.equal(comment.comment, 'Öppettiderna saknas.');
        assert.equal(comment.idempotencyKey, commentKey(answer.idempotencyKey));
        // Counts count answers only: one "Nej" for the page.
        const [week] = await s.store.summary({ page });
        assert.deepEqual([week.yes, week.no], [0, 1]);
      });

      it('stores a double submit once, the comment included', async () => {
        const page = uniquePage();
        const fields = { answer: 'yes', comment: 'Bra sida', page, lang: 'sv' };
        const first = await postForm(s.app, fields, { origin: SITE });
        const second = await postForm(s.app, fields, { origin: SITE });
        assert.equal(first.statusCode, 303);
        assert.equal(second.statusCode, 303, 'a repeat is answered as the first was');
        assert.equal((await rowsFor(s.store, page)).length, 2);
      });

      it('stores a different answer from the same client as a new one', async () => {
        const page = uniquePage();
        await postForm(s.app, { answer: 'yes', page, lang: 'sv' }, { origin: SITE });
        await postForm(s.app, { answer: 'no', page, lang: 'sv' }, { origin: SITE });
        const rows = await rowsFor(s.store, page);
        assert.deepEqual(rows.map((r) => r.answer).sort(), ['no', 'yes']);
      });

      it('uses an idempotency key the page sends itself, and a JSON post with it is a duplicate', async () => {
        const page = uniquePage();
        const key = randomUUID();
        await postForm(s.app, { answer: 'yes', page, lang: 'en', idempotencyKey: key }, { origin: SITE });
        const json = await s.app.inject({
          method: 'POST',
          url: '/api/feedback',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(answerBody({ idempotencyKey: key, page })),
        });
        assert.equal(json.statusCode, 200, json.body);
        assert.equal(JSON.parse(json.body).status, 'duplicate');
        const rows = await rowsFor(s.store, page);
        assert.equal(rows.length, 1);
        assert.equal(rows[0].idempotencyKey, key);
        assert.equal(rows[0].lang, 'en');
      });

      it('masks personal data in the comment and the page, as for JSON', async () => {
        const page = `/personer/19811218-9876/${randomUUID().slice(0, 8)}`;
        await postForm(
          s.app,
          { answer: 'no', comment: 'Ring mig på 070-123 45 67 eller anna@example.se', page, lang: 'sv' },
          { origin: SITE },
        );
        const stored = [];
        for await (const row of s.store.exportRows()) if (row.page.includes(page.slice(-8))) stored.push(row);
        assert.equal(stored.length, 2);
        assert.ok(!stored[0].page.includes('19811218'), stored[0].page);
        assert.ok(
          !stored[1].comment.includes('070-123') && !stored[1].comment.includes('anna@'),
          stored[1].comment,
        );
      });

      it('thanks a bot that filled in the honeypot, and stores nothing', async () => {
        const page = uniquePage();
        const response = await postForm(
          s.app,
          { answer: 'yes', page, lang: 'sv', website: 'https://spam.example' },
          { origin: SITE },
        );
        assert.equal(response.statusCode, 303);
        assert.equal((await rowsFor(s.store, page)).length, 0);
      });

      it('takes the page from a Referer on the service itself when the form has no page field', async () => {
        const page = uniquePage();
        const response = await postForm(
          s.app,
          { answer: 'yes', lang: 'sv' },
          {
            host: 'feedback.example',
            origin: 'http://feedback.example',
            referer: `http://feedback.example${page}?q=1`,
          },
        );
        assert.equal(response.statusCode, 303);
        assert.equal(response.headers.location, `http://feedback.example${page}?q=1`);
        assert.equal((await rowsFor(s.store, page)).length, 1, 'stored under the path, without the query');
      });
    });

    describe('answering the browser', () => {
      let s;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '0' })));
      after(() => s.close());

      it('sends the browser back to the page with 303 and no body, for an allowed origin', async () => {
        const response = await postForm(
          s.app,
          { answer: 'yes', page: '/bo/skola', lang: 'sv' },
          { origin: SITE },
        );
        assert.equal(response.statusCode, 303);
        assert.equal(response.headers.location, `${SITE}/bo/skola`);
        assert.equal(response.body, '');
      });

      it('goes back to the full Referer when the form has no path to go to (a CMS id as page)', async () => {
        const response = await postForm(
          s.app,
          { answer: 'yes', page: 'sitevision:4.1234', lang: 'sv' },
          { origin: SITE, referer: `${SITE}/bo/skola?tab=2` },
        );
        assert.equal(response.statusCode, 303);
        assert.equal(response.headers.location, `${SITE}/bo/skola?tab=2`);
      });

      it("shows its own thank-you page, in the form's language, for an origin it does not know", async () => {
        for (const headers of [
          { origin: 'https://evil.example', referer: 'https://evil.example/phish' },
          {},
          { origin: 'null' },
        ]) {
          const response = await postForm(
            s.app,
            { answer: 'yes', page: '//evil.example/x', lang: 'en' },
            headers,
          );
          assertHtml(response, 200);
          assert.equal(response.headers.location, undefined);
          assert.match(response.body, /<html lang="en">/);
          assert.match(response.body, /Thank you for your answer!/);
        }
      });

      it('never redirects to another host through the page field', async () => {
        for (const page of ['//evil.example/x', '/\\evil.example/x', 'https://evil.example/']) {
          const response = await postForm(s.app, { answer: 'yes', page, lang: 'sv' }, { origin: SITE });
          if (response.statusCode === 303) assert.ok(response.headers.location.startsWith(`${SITE}/`), page);
          else assertHtml(response, 200);
        }
      });

      it('does not send the resident to the home page when the Referer was cut to the origin', async () => {
        const response = await postForm(
          s.app,
          { answer: 'yes', page: 'cms-id-17', lang: 'sv' },
          { origin: SITE, referer: `${SITE}/` },
        );
        assertHtml(response, 200);
        assert.match(response.body, /Tack för ditt svar!/);
      });

      it('asks a resident who chose no answer to choose, in Swedish, as HTML with 400', async () => {
        const response = await postForm(s.app, { comment: 'hej', page: '/a', lang: 'sv' }, { origin: SITE });
        assertHtml(response, 400);
        assert.match(response.body, /Välj Ja eller Nej/);
        const bad = await postForm(s.app, { answer: 'kanske', page: '/a', lang: 'en' }, { origin: SITE });
        assertHtml(bad, 400);
        assert.match(bad.body, /Choose Yes or No/);
      });

      it('says the site is at fault when the form does not say which page (a cut Referer, no page field)', async () => {
        const response = await postForm(
          s.app,
          { answer: 'yes', lang: 'sv' },
          { origin: SITE, referer: `${SITE}/` },
        );
        assertHtml(response, 400);
        assert.match(response.body, /Felet ligger hos webbplatsen/);
      });

      it('refuses a field given twice, and a comment over the limit, with a page saying so', async () => {
        assertHtml(await postForm(s.app, 'answer=yes&answer=no&page=%2Fa&lang=sv', { origin: SITE }), 400);
        const long = await postForm(s.app, {
          answer: 'no',
          comment: 'x'.repeat(5001),
          page: '/a',
          lang: 'sv',
        });
        assertHtml(long, 400);
        assert.match(long.body, /Kommentaren är för lång/);
        const huge = await postForm(s.app, {
          answer: 'no',
          comment: 'x'.repeat(20_000),
          page: '/a',
          lang: 'sv',
        });
        assertHtml(huge, 413);
      });

      it('leaves the JSON API as it was: JSON in, JSON out', async () => {
        const response = await s.app.inject({
          method: 'POST',
          url: '/api/feedback',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(answerBody()),
        });
        assert.equal(response.statusCode, 201);
        assert.match(response.headers['content-type'], /^application\/json/);
        const bad = await s.app.inject({
          method: 'POST',
          url: '/api/feedback',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(answerBody({ answer: 'kanske' })),
        });
        assert.equal(bad.statusCode, 400);
        assert.match(bad.headers['content-type'], /^application\/json/);
      });
    });

    describe('the rate limit', () => {
      let s;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '2' })));
      after(() => s.close());

      it('counts form posts with the JSON ones and answers the form with a page saying how long to wait', async () => {
        const ok = [];
        for (let i = 0; i < 2; i++)
          ok.push(await postForm(s.app, { answer: 'yes', page: uniquePage(), lang: 'sv' }, { origin: SITE }));
        assert.deepEqual(
          ok.map((r) => r.statusCode),
          [303, 303],
        );
        const refused = await postForm(
          s.app,
          { answer: 'yes', page: '/a', lang: 'sv' },
          { 'accept-language': 'en-GB,en;q=0.9' },
        );
        assertHtml(refused, 429);
        assert.ok(Number(refused.headers['retry-after']) > 0);
        assert.match(refused.body, /Wait \d+ seconds/);
      });
    });
  });
}

describe('FormKeys', () => {
  it('gives a repeat within the window the first key, and a new one after it', () => {
    let now = 0;
    const keys = new FormKeys(() => now, 120_000);
    const first = keys.key('a');
    now = 119_000;
    assert.equal(keys.key('a'), first);
    assert.notEqual(keys.key('b'), first);
    now = 120_000;
    assert.notEqual(keys.key('a'), first);
  });
});

describe('the generated form in Chromium with JavaScript off', { timeout: 120_000 }, () => {
  const target = sqliteTarget();
  let service;
  let site;
  let browser;
  const page = '/no-js/skola';

  before(async () => {
    await target.setup();
    site = await startStaticServer({
      // The CMS page: the generated fallback pasted inside the tag, under a policy that allows
      // posting to the service and being sent back to the page itself.
      handle: (req, res) => {
        if (!req.url.startsWith(page)) return false;
        const form = renderFallback({ version: 1 }, 'feedback-prompt', {
          endpoint: `${service.url}/api/feedback`,
          page,
        });
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': `default-src 'none'; form-action 'self' ${service.url}`,
        });
        res.end(`<!doctype html><html lang="sv"><title>Skola</title><main><h1>Skola</h1>
          <feedback-prompt>${form}</feedback-prompt></main></html>`);
        return true;
      },
    });
    service = await startServer(target.config({ INSYN_CORS_ORIGINS: site.origin, INSYN_RATE_LIMIT: '0' }));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await service?.close();
    await site?.close();
    await target.teardown();
  });

  it('posts the answer and the comment, and lands back on the page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    const violations = [];
    tab.on('console', (message) => message.type() === 'error' && violations.push(message.text()));
    await tab.goto(`${site.origin}${page}`);
    await tab.getByLabel('Nej').check();
    await tab.getByLabel('Vill du berätta mer? (frivilligt)').fill('Jag hittade inte tiderna för lov.');
    const [response] = await Promise.all([
      tab.waitForNavigation(),
      tab.getByRole('button', { name: 'Skicka' }).click(),
    ]);
    assert.equal(tab.url(), `${site.origin}${page}`);
    assert.equal(response.status(), 200);
    assert.deepEqual(violations, []);
    const rows = await rowsFor(service.store, page);
    assert.deepEqual(
      rows.map((r) => [r.answer, r.comment, r.answerKey === null]),
      [
        ['no', '', true],
        ['no', 'Jag hittade inte tiderna för lov.', false],
      ],
    );
    await context.close();
  });

  it('lets the browser refuse to send without an answer', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}${page}`);
    await tab.getByRole('button', { name: 'Skicka' }).click();
    await tab.waitForTimeout(300);
    assert.equal(tab.url(), `${site.origin}${page}`);
    assert.equal(await tab.locator('input[name=answer]:invalid').count(), 2);
    await context.close();
  });
});

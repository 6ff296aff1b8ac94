// POST /api/feedback from the plain form that `insyn fallback --element feedback-prompt` writes
// (application/x-www-form-urlencoded, for readers without JavaScript), on SQLite and on a real
// PostgreSQL: stored like the element's answers, a repeat stored once, masked, rate-limited,
// and answered with 303 on to the service's thank-you page (GET /api/feedback/thanks), which
// links back to the page when it is on an allowed origin; never JSON.
// Needs lib/ built (npx tsc -p tsconfig.build.json).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { renderFallback } from '../../../lib/fallback/index.js';
import { buildApp, startServer } from '../../../server/lib/app.js';
import { openStore } from '../../../server/lib/store/index.js';
import { commentKey } from '../../../server/lib/form-post.js';
import { launchChromium } from '../../support/chromium.mjs';
import { startStaticServer } from '../../support/static-server.mjs';
import { answerBody, postgresTarget, sqliteTarget, TOKEN } from './support.mjs';

const SITE = 'https://www.kommun.example';

/** Posts form fields (an object, or an encoded string) to /api/feedback through inject. */
function postForm(app, fields, headers = {}) {
  const payload =
    typeof fields === 'string' || Buffer.isBuffer(fields) ? fields : new URLSearchParams(fields).toString();
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

/**
 * Where a 303 sends the browser, resolved as a browser resolves it against the POST's URL
 * (inject gives the Location as sent: relative), with its language and `back`.
 */
function thanksTarget(response, postUrl = 'http://feedback.example/api/feedback') {
  assert.equal(response.statusCode, 303, response.body);
  assert.equal(response.body, '');
  const url = new URL(response.headers.location, postUrl);
  assert.equal(url.pathname, '/api/feedback/thanks');
  return { url, lang: url.searchParams.get('lang'), back: url.searchParams.get('back') };
}

/** GET of a thank-you page, its query given as an object (or an encoded string). */
function getThanks(app, query, headers = {}) {
  const search = typeof query === 'string' ? query : new URLSearchParams(query).toString();
  return app.inject({ method: 'GET', url: `/api/feedback/thanks?${search}`, headers });
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
        assert.equal(thanksTarget(response).back, `${SITE}${page}`);
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
        assert.deepEqual(
          { lang: thanksTarget(response).lang, back: thanksTarget(response).back },
          { lang: 'sv', back: `${SITE}${page}` },
          'thanked as a person would be',
        );
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
        assert.equal(thanksTarget(response).back, `http://feedback.example${page}?q=1`);
        assert.equal((await rowsFor(s.store, page)).length, 1, 'stored under the path, without the query');
      });
    });

    describe('answering the browser', () => {
      let s;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '0' })));
      after(() => s.close());

      it('sends the browser on to the thank-you page with 303 and no body, with the page as back', async () => {
        const response = await postForm(
          s.app,
          { answer: 'yes', page: '/bo/skola', lang: 'sv' },
          { origin: SITE },
        );
        const { url, lang, back } = thanksTarget(response);
        assert.equal(lang, 'sv');
        assert.equal(back, `${SITE}/bo/skola`);
        assert.equal(response.headers['cache-control'], 'no-store');
        // A browser resolves the Location against the POST's URL, so a reverse proxy's path prefix stays.
        assert.ok(!response.headers.location.startsWith('/'), response.headers.location);
        assert.equal(
          new URL(response.headers.location, 'https://www.kommun.example/insyn/api/feedback').pathname,
          '/insyn/api/feedback/thanks',
        );
        // …and the page it lands on links back.
        const thanks = await getThanks(s.app, url.search.slice(1));
        assertHtml(thanks, 200);
        assert.match(thanks.body, new RegExp(`<a href="${SITE}/bo/skola">Tillbaka till sidan</a>`));
      });

      it('links back to the full Referer when the form has no path to go to (a CMS id as page)', async () => {
        const response = await postForm(
          s.app,
          { answer: 'yes', page: 'sitevision:4.1234', lang: 'sv' },
          { origin: SITE, referer: `${SITE}/bo/skola?tab=2` },
        );
        assert.equal(thanksTarget(response).back, `${SITE}/bo/skola?tab=2`);
      });

      it("gives no back for an origin it does not know, and thanks in the form's language", async () => {
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
          const { url, lang, back } = thanksTarget(response);
          assert.deepEqual([lang, back], ['en', null], JSON.stringify(headers));
          const thanks = await getThanks(s.app, url.search.slice(1));
          assertHtml(thanks, 200);
          assert.match(thanks.body, /<html lang="en">/);
          assert.match(thanks.body, /Thank you for your answer!/);
          assert.match(thanks.body, /browser&#39;s back button/);
          assert.doesNotMatch(thanks.body, /<a /);
        }
      });

      it('never gives another host as back through the page field', async () => {
        for (const page of ['//evil.example/x', '/\\evil.example/x', 'https://evil.example/']) {
          const { back } = thanksTarget(
            await postForm(s.app, { answer: 'yes', page, lang: 'sv' }, { origin: SITE }),
          );
          assert.ok(back === null || back.startsWith(`${SITE}/`), `${page}: ${back}`);
        }
      });

      it('does not link to the home page when the Referer was cut to the origin', async () => {
        const response = await postForm(
          s.app,
          { answer: 'yes', page: 'cms-id-17', lang: 'sv' },
          { origin: SITE, referer: `${SITE}/` },
        );
        assert.deepEqual([thanksTarget(response).lang, thanksTarget(response).back], ['sv', null]);
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

      it('refuses a form with invalid UTF-8 or a NUL with a page saying so, and stores nothing', async () => {
        const page = '/formular-inte-text';
        for (const payload of [
          `answer=yes&comment=%E5&page=${encodeURIComponent(page)}&lang=sv`, // Latin-1 "å", percent-encoded
          `answer=yes&comment=%C3&page=${encodeURIComponent(page)}&lang=sv`, // a cut sequence
          `answer=yes&comment=a%00b&page=${encodeURIComponent(page)}&lang=sv`,
        ])
          assertHtml(await postForm(s.app, payload, { origin: SITE }), 400);
        const raw = Buffer.concat([
          Buffer.from('answer=yes&comment='),
          Buffer.from([0xe5]),
          Buffer.from(`&page=${encodeURIComponent(page)}&lang=sv`),
        ]);
        assertHtml(await postForm(s.app, raw, { origin: SITE }), 400);
        assert.deepEqual(await rowsFor(s.store, page), []);
        // Percent-encoded UTF-8 is text.
        const ok = await postForm(
          s.app,
          { answer: 'yes', comment: 'blåbär 👍', page, lang: 'sv' },
          { origin: SITE },
        );
        assert.equal(ok.statusCode, 303, ok.body);
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

    describe('the thank-you page', () => {
      let s;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '0' })));
      after(() => s.close());

      it('links back to a page on an allowed origin or the service itself, in Swedish by default', async () => {
        for (const back of [`${SITE}/bo/skola?tab=2#svar`, 'http://feedback.example/sida']) {
          const response = await getThanks(s.app, { back }, { host: 'feedback.example' });
          assertHtml(response, 200);
          assert.match(response.body, /<html lang="sv">/);
          assert.match(response.body, /<h1>Tack för ditt svar!<\/h1>/);
          assert.match(response.body, /Ditt svar är sparat\./);
          assert.ok(
            response.body.includes(`<a href="${escapeHtml(new URL(back).href)}">Tillbaka till sidan</a>`),
            response.body,
          );
          assert.doesNotMatch(response.body, /bakåtknapp/);
        }
      });

      it('is in English for lang=en, and Swedish for any other lang', async () => {
        const en = await getThanks(s.app, { lang: 'en', back: `${SITE}/a` });
        assert.match(en.body, /<html lang="en">/);
        assert.match(en.body, /<h1>Thank you for your answer!<\/h1>/);
        assert.match(en.body, /Your answer has been saved\./);
        assert.match(en.body, /<a href="[^"]+">Back to the page<\/a>/);
        for (const query of [{ lang: 'de' }, {}, 'lang=en&lang=en']) {
          const other = await getThanks(s.app, query);
          assert.match(other.body, /<html lang="sv">/, JSON.stringify(query));
        }
      });

      it('links nowhere for a back on another site, relative, javascript: or malformed', async () => {
        for (const back of [
          'https://evil.example/',
          '//evil.example/x',
          '/bo/skola',
          'javascript:alert(document.domain)',
          'JAVASCRIPT://www.kommun.example/%0aalert(1)',
          'data:text/html,<script>alert(1)</script>',
          `${SITE}.evil.example/`,
          `https://www.kommun.example@evil.example/`,
          `${SITE}:8443/`,
          'https://[::1',
          'not a url',
          '',
        ]) {
          const response = await getThanks(s.app, { lang: 'sv', back });
          assertHtml(response, 200);
          assert.doesNotMatch(response.body, /<a /, back);
          assert.match(response.body, /webbläsarens bakåtknapp/, back);
        }
        // Given twice, it is not one URL.
        const twice = await getThanks(
          s.app,
          `back=${encodeURIComponent(`${SITE}/a`)}&back=${encodeURIComponent(`${SITE}/b`)}`,
        );
        assert.doesNotMatch(twice.body, /<a /);
      });

      it('escapes the back URL in the link', async () => {
        const back = `${SITE}/it's/"><script>alert(1)</script>?a=1&b=<b>"x"</b>`;
        const response = await getThanks(s.app, { back });
        assertHtml(response, 200);
        assert.doesNotMatch(response.body, /<script|<b>|"x"/);
        const href = new URL(back).href;
        assert.ok(href.includes("'") && href.includes('&'), 'the URL keeps characters that must be escaped');
        assert.ok(response.body.includes(`<a href="${escapeHtml(href)}">`), response.body);
        assert.ok(response.body.includes('&#39;') && response.body.includes('&#38;'));
      });

      it('is never cached or indexed, under the same security headers as the rest, and stores nothing', async () => {
        const page = uniquePage();
        const post = await postForm(s.app, { answer: 'yes', page, lang: 'sv' }, { origin: SITE });
        const { url } = thanksTarget(post);
        for (let i = 0; i < 2; i++) {
          const response = await getThanks(s.app, url.search.slice(1));
          assertHtml(response, 200);
          assert.equal(response.headers['x-robots-tag'], 'noindex');
          assert.match(response.body, /<meta name="robots" content="noindex">/);
          assert.match(response.headers['content-security-policy'], /default-src 'none'/);
          assert.match(response.headers['content-security-policy'], /frame-ancestors 'none'/);
          assert.equal(response.headers['x-content-type-options'], 'nosniff');
        }
        assert.equal((await rowsFor(s.store, page)).length, 1, 'loading it twice stored nothing more');
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
      // posting to the service only (the redirect to the thank-you page stays on the service).
      handle: (req, res) => {
        if (!req.url.startsWith(page)) return false;
        const form = renderFallback({ version: 1 }, 'feedback-prompt', {
          endpoint: `${service.url}/api/feedback`,
          page,
        });
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': `default-src 'none'; form-action ${service.url}`,
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

  it('posts the answer and the comment, thanks on its own page, and links back to the page', async () => {
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
    const back = encodeURIComponent(`${site.origin}${page}`);
    assert.equal(tab.url(), `${service.url}/api/feedback/thanks?lang=sv&back=${back}`);
    assert.equal(response.status(), 200);
    await tab.getByRole('heading', { level: 1, name: 'Tack för ditt svar!' }).waitFor({ timeout: 5000 });
    const stored = [
      ['no', '', true],
      ['no', 'Jag hittade inte tiderna för lov.', false],
    ];
    const rows = async () =>
      (await rowsFor(service.store, page)).map((r) => [r.answer, r.comment, r.answerKey === null]);
    assert.deepEqual(await rows(), stored);
    // Reloading the thank-you page asks for it again; it does not post the answer again.
    assert.equal((await tab.reload()).status(), 200);
    assert.deepEqual(await rows(), stored);
    await Promise.all([
      tab.waitForNavigation(),
      tab.getByRole('link', { name: 'Tillbaka till sidan' }).click(),
    ]);
    assert.equal(tab.url(), `${site.origin}${page}`);
    await tab.getByRole('heading', { level: 1, name: 'Skola' }).waitFor({ timeout: 5000 });
    assert.deepEqual(violations, []);
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

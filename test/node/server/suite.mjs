// The feedback service's behaviour, one suite for both stores: sqlite.test.mjs and
// postgres.test.mjs run it against a real SQLite file and a real PostgreSQL. Most requests go
// through Fastify's inject (the whole request path, no socket); what needs a socket — graceful
// shutdown, a 1 MB body on the wire — listens on 127.0.0.1 and a free port.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { buildApp, startServer } from '../../../server/lib/app.js';
import { openStore } from '../../../server/lib/store/index.js';
import { answerBody, assertError, parseCsv, TOKEN } from './support.mjs';

const auth = { authorization: `Bearer ${TOKEN}` };

/** Posts JSON (or `payload` as it is) to /api/feedback through inject. */
function post(app, body, { type = 'application/json', headers = {} } = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/feedback',
    headers: { 'content-type': type, ...headers },
    payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
}

export function feedbackSuite(target) {
  describe(`feedback service on ${target.name}`, { timeout: 120_000 }, () => {
    before(() => target.setup());
    after(() => target.teardown());

    /** A store and an app on a fresh database; closed by the returned close(). */
    async function fresh(env = {}, options = {}) {
      await target.fresh();
      const config = target.config({ INSYN_ADMIN_TOKEN: TOKEN, ...env });
      const store = await openStore(config);
      const app = await buildApp(config, store, options);
      return {
        app,
        store,
        config,
        async close() {
          await app.close();
          await store.close();
        },
      };
    }

    describe('POST /api/feedback', () => {
      let s;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '0' })));
      after(() => s.close());

      it('stores an answer once per idempotency key: 201, then 200 with the first answer', async () => {
        const body = answerBody();
        const first = await post(s.app, body);
        assert.equal(first.statusCode, 201, first.body);
        const stored = JSON.parse(first.body);
        assert.equal(stored.status, 'stored');
        assert.equal(stored.idempotencyKey, body.idempotencyKey);
        const again = await post(s.app, { ...body, answer: 'no' });
        assert.equal(again.statusCode, 200, again.body);
        assert.deepEqual(JSON.parse(again.body), { ...stored, status: 'duplicate' });
        const rows = (await s.store.summary({ page: body.page })).reduce((n, r) => n + r.yes + r.no, 0);
        assert.equal(rows, 1);
      });

      it('reads a text/plain beacon as JSON', async () => {
        const body = answerBody({ answer: 'no' });
        const response = await post(s.app, JSON.stringify(body), { type: 'text/plain;charset=UTF-8' });
        assert.equal(response.statusCode, 201, response.body);
        const dup = await post(s.app, JSON.stringify(body), { type: 'text/plain' });
        assert.equal(dup.statusCode, 200);
      });

      it('masks personnummer, e-mail and phone numbers again, in the comment and the page', async () => {
        const answer = answerBody();
        await post(s.app, answer);
        const comment = answerBody({
          answerKey: answer.idempotencyKey,
          page: '/kontakt/anna.svensson@example.se',
          comment: 'Jag heter 19811218-9876, maila anna@example.se eller ring 070-123 45 67.',
        });
        const response = await post(s.app, comment);
        assert.equal(response.statusCode, 201, response.body);
        const [latest] = await s.store.latestComments(1);
        assert.equal(latest.comment, 'Jag heter [personnummer], maila [e-post] eller ring [telefonnummer].');
        assert.equal(latest.page, '/kontakt/[e-post]');
        assert.equal(latest.answerKey, answer.idempotencyKey);
      });

      it('keeps only the path of the page', async () => {
        const body = answerBody({ page: '/sok?q=anna&id=1#top' });
        assert.equal((await post(s.app, body)).statusCode, 201);
        const rows = await s.store.summary({ page: '/sok' });
        assert.equal(rows.length, 1);
      });

      it('refuses unknown fields with 400', async () => {
        const body = assertError(await post(s.app, { ...answerBody(), email: 'a@b.se' }), 400);
        assert.match(body.error, /additional properties: email/);
      });

      it('refuses missing fields, wrong enums, bad keys and dates, and too long fields with 400', async () => {
        const bad = [
          { page: undefined },
          { answer: 'maybe' },
          { lang: 'de' },
          { idempotencyKey: 'not-a-uuid' },
          { answerKey: '1234' },
          { createdAt: 'yesterday' },
          { page: '' },
          { page: `/${'a'.repeat(500)}` },
          { comment: 'x'.repeat(5001) },
          { version: '<script>' },
          { answer: 1 },
        ];
        for (const change of bad) {
          const body = answerBody(change);
          for (const key of Object.keys(change)) if (change[key] === undefined) delete body[key];
          assertError(await post(s.app, body), 400);
        }
        // The longest allowed fields pass.
        const longest = answerBody({ page: `/${'a'.repeat(499)}`, comment: 'x'.repeat(5000) });
        assert.equal((await post(s.app, longest)).statusCode, 201);
      });

      it('refuses invalid JSON, an empty body and JSON that is not an object with 400', async () => {
        assertError(await post(s.app, '{"idempotencyKey": '), 400);
        assertError(await post(s.app, '{bad json'), 400);
        assertError(await post(s.app, 'not json', { type: 'text/plain' }), 400);
        assertError(await post(s.app, ''), 400);
        assertError(await post(s.app, '[]'), 400);
        assertError(await post(s.app, 'null'), 400);
        assertError(await post(s.app, '"yes"'), 400);
      });

      it('refuses invalid UTF-8, NUL characters and lone surrogates with 400, and stores nothing of them', async () => {
        const page = '/inte-text';
        const json = JSON.stringify(answerBody({ page, comment: 'åäö' }));
        const bytes = Buffer.from(json, 'utf8');
        const at = bytes.indexOf(Buffer.from('åäö', 'utf8'));
        const broken = [
          // A Latin-1 "å" (0xE5 alone), a cut two-byte sequence, an overlong "/", a UTF-16 surrogate as bytes.
          Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe5]), bytes.subarray(at + 2)]),
          Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3]), bytes.subarray(at + 2)]),
          Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc0, 0xaf]), bytes.subarray(at + 2)]),
          Buffer.concat([bytes.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), bytes.subarray(at + 2)]),
        ];
        for (const body of broken) {
          assert.match(assertError(await post(s.app, body), 400).error, /UTF-8/);
          assert.match(assertError(await post(s.app, body, { type: 'text/plain' }), 400).error, /UTF-8/);
        }
        // JSON escapes that parse but are not text: NUL, lone high and low surrogates, a reversed pair.
        for (const comment of ['a\\u0000b', '\\ud800', 'x\\udc00y', '\\udc00\\ud800', '\\ud83d'])
          assertError(await post(s.app, json.replace('"åäö"', `"${comment}"`)), 400);
        assertError(await post(s.app, json.replace(`"${page}"`, '"/a\\u0000"')), 400);
        assertError(await post(s.app, json.replace('"comment"', '"comm\\u0000ent"')), 400);
        assert.deepEqual(await s.store.summary({ page }), []);
        // A real pair (an emoji), written raw or escaped, is text.
        const emoji = answerBody({ page, comment: 'bra 👍' });
        assert.equal((await post(s.app, emoji)).statusCode, 201);
        const escaped = JSON.stringify(answerBody({ page })).replace(
          '"comment":""',
          '"comment":"\\ud83d\\udc4d"',
        );
        assert.equal((await post(s.app, escaped)).statusCode, 201);
        const stored = [];
        for await (const row of s.store.exportRows()) if (row.page === page) stored.push(row.comment);
        assert.deepEqual(stored.sort(), ['bra 👍', '👍'].sort());
      });

      it('refuses a createdAt before 2020 with 400; the earliest instant passes', async () => {
        for (const createdAt of ['2019-12-31T23:59:59.999Z', '1970-01-01T00:00:00Z', '0001-01-01T00:00:00Z'])
          assert.match(assertError(await post(s.app, answerBody({ createdAt })), 400).error, /createdAt/);
        // 2020-01-01T00:30 in Stockholm is still 2019 in UTC: the bound is an instant.
        assertError(await post(s.app, answerBody({ createdAt: '2020-01-01T00:30:00+01:00' })), 400);
        assert.equal(
          (await post(s.app, answerBody({ createdAt: '2020-01-01T00:00:00.000Z' }))).statusCode,
          201,
        );
      });

      // application/x-www-form-urlencoded is the no-JavaScript form's: form-post.test.mjs.
      it('refuses other content types with 415', async () => {
        const text = JSON.stringify(answerBody());
        for (const type of ['application/xml', 'multipart/form-data; boundary=x', 'text/html'])
          assertError(await post(s.app, text, { type }), 415);
      });

      it('refuses a body over 16 KB with 413, 1 MB included', async () => {
        const big = JSON.stringify(answerBody({ comment: 'x'.repeat(1024 * 1024) }));
        assertError(await post(s.app, big), 413);
        assertError(await post(s.app, big, { type: 'text/plain' }), 413);
        assertError(await post(s.app, 'x'.repeat(17 * 1024)), 413);
      });

      it('dates a clock in the future at the time received, in Swedish days and ISO weeks', async () => {
        const future = answerBody({ page: '/framtid', createdAt: '2099-01-01T00:00:00.000Z' });
        await post(s.app, future);
        const [row] = await s.store.summary({ page: '/framtid' });
        assert.notEqual(row.week, '2099-W01');
        // Sunday 30 November 2025 23:30 UTC is Monday 00:30 in Stockholm: week 49.
        await post(s.app, answerBody({ page: '/vecka', createdAt: '2025-11-30T23:30:00.000Z' }));
        await post(s.app, answerBody({ page: '/vecka', createdAt: '2025-11-30T22:30:00.000Z' }));
        const weeks = await s.store.summary({ page: '/vecka' });
        assert.deepEqual(
          weeks.map((w) => [w.week, Number(w.yes)]),
          [
            ['2025-W48', 1],
            ['2025-W49', 1],
          ],
        );
      });

      it('answers 404 as JSON for unknown routes, and 404/405-ish for GET on the POST route', async () => {
        assertError(await s.app.inject({ method: 'GET', url: '/api/nothing' }), 404);
        assertError(await s.app.inject({ method: 'GET', url: '/api/feedback' }), 404);
      });
    });

    describe('rate limit', () => {
      let s;
      // The limit counts per clock minute: the clock stands still, so a slow machine that takes
      // longer than the rest of the minute still sees one minute.
      const minute = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '30' }, { now: () => minute })));
      after(() => s.close());

      it('10,000 distinct answers from one client in a minute: 30 stored, the rest 429, still up', async () => {
        const statuses = new Map();
        let retryAfter;
        for (let i = 0; i < 10_000; i += 500) {
          const batch = await Promise.all(
            Array.from({ length: 500 }, () => post(s.app, answerBody({ page: '/flood' }))),
          );
          for (const response of batch) {
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            if (response.statusCode === 429) {
              retryAfter ??= response.headers['retry-after'];
              if (statuses.get(429) === 1) assertError(response, 429);
            }
          }
        }
        assert.deepEqual(Object.fromEntries(statuses), { 201: 30, 429: 9970 });
        assert.ok(Number(retryAfter) > 0, 'Retry-After');
        const [row] = await s.store.summary({ page: '/flood' });
        assert.equal(row.yes, 30);
        const health = await s.app.inject({ method: 'GET', url: '/health' });
        assert.equal(health.statusCode, 200);
        // Another client is not limited by the first one's answers.
        const other = await s.app.inject({
          method: 'POST',
          url: '/api/feedback',
          remoteAddress: '192.0.2.7',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(answerBody()),
        });
        assert.equal(other.statusCode, 201);
      });

      it('limits only the answers: the read side and health are not counted', async () => {
        const response = await s.app.inject({ method: 'GET', url: '/api/feedback/summary', headers: auth });
        assert.equal(response.statusCode, 200);
      });
    });

    describe('the limits in the store', () => {
      let s;
      before(async () => (s = await fresh()));
      after(() => s.close());
      const t0 = Date.UTC(2026, 10, 26, 8, 0, 10);

      it('counts per key and fixed window, refuses over the limit until the window is over', async () => {
        const hits = [];
        for (let i = 0; i < 4; i++) hits.push(await s.store.hit('a', 60_000, 3, t0));
        assert.deepEqual(
          hits.map((h) => [h.allowed, h.count, h.remaining]),
          [
            [true, 1, 2],
            [true, 2, 1],
            [true, 3, 0],
            [false, 4, 0],
          ],
        );
        assert.equal(hits[3].resetSeconds, 50);
        assert.equal((await s.store.hit('b', 60_000, 3, t0)).allowed, true, 'another key');
        assert.equal((await s.store.hit('a', 60_000, 3, t0, 0)).count, 4, 'weight 0 only reads');
        assert.equal((await s.store.hit('a', 60_000, 3, t0, 0)).count, 4);
        assert.equal((await s.store.hit('a', 60_000, 3, t0 + 50_000)).count, 1, 'the next window');
      });

      it('counts a burst at the same moment one by one: exactly the limit allowed', async () => {
        const hits = await Promise.all(
          Array.from({ length: 50 }, () => s.store.hit('burst', 60_000, 20, t0)),
        );
        assert.equal(hits.filter((h) => h.allowed).length, 20);
        assert.deepEqual(
          hits.map((h) => h.count).sort((x, y) => x - y),
          Array.from({ length: 50 }, (_, i) => i + 1),
        );
      });

      it('keeps the first key of a fingerprint for the window, then takes a new one', async () => {
        const first = await s.store.claimFingerprint('print', 'key-1', 120_000, t0);
        assert.deepEqual(first, { fresh: true, key: 'key-1' });
        const again = await s.store.claimFingerprint('print', 'key-2', 120_000, t0 + 119_000);
        assert.deepEqual(again, { fresh: false, key: 'key-1' });
        assert.deepEqual(await s.store.claimFingerprint('other', 'key-3', 120_000, t0), {
          fresh: true,
          key: 'key-3',
        });
        const later = await s.store.claimFingerprint('print', 'key-4', 120_000, t0 + 120_000);
        assert.deepEqual(later, { fresh: true, key: 'key-4' });
      });

      it('gives one salt per day to every caller, a new one the next day', async () => {
        const day = Math.floor(t0 / 864e5);
        const [a, b] = await Promise.all([s.store.clientSalt(day), s.store.clientSalt(day)]);
        assert.equal(a.length, 32);
        assert.deepEqual(Buffer.from(b), Buffer.from(a));
        const next = await s.store.clientSalt(day + 1);
        assert.notDeepEqual(Buffer.from(next), Buffer.from(a));
      });
    });

    describe('without a rate limit (INSYN_RATE_LIMIT=0)', () => {
      let s;
      before(async () => (s = await fresh({ INSYN_RATE_LIMIT: '0' })));
      after(() => s.close());

      it('stores 1,000 distinct answers from one client sent 50 at a time, each once', async () => {
        const bodies = Array.from({ length: 1000 }, (_, i) =>
          answerBody({ page: '/many', answer: i % 4 ? 'yes' : 'no' }),
        );
        for (let i = 0; i < bodies.length; i += 50) {
          const batch = await Promise.all(bodies.slice(i, i + 50).map((b) => post(s.app, b)));
          assert.ok(batch.every((r) => r.statusCode === 201));
        }
        const [row] = await s.store.summary({ page: '/many' });
        assert.deepEqual([Number(row.yes), Number(row.no)], [750, 250]);
      });

      it('stores a key sent twice at the same moment once', async () => {
        const body = answerBody({ page: '/twice' });
        const responses = await Promise.all(Array.from({ length: 10 }, () => post(s.app, body)));
        assert.deepEqual(
          responses.map((r) => r.statusCode).sort(),
          [200, 200, 200, 200, 200, 200, 200, 200, 200, 201],
        );
      });
    });

    describe('CORS, cookies and headers', () => {
      let s;
      const origin = 'https://www.kommun.example';
      before(
        async () =>
          (s = await fresh({
            INSYN_CORS_ORIGINS: `${origin},http://127.0.0.1:5173`,
            INSYN_PUBLIC_SUMMARY: '*',
          })),
      );
      after(() => s.close());

      it('allows a configured origin, without credentials', async () => {
        const response = await post(s.app, answerBody(), { headers: { origin } });
        assert.equal(response.statusCode, 201);
        assert.equal(response.headers['access-control-allow-origin'], origin);
        assert.equal(response.headers['access-control-allow-credentials'], undefined);
        assert.match(String(response.headers.vary), /Origin/i);
      });

      it('gives another origin no CORS headers', async () => {
        const response = await post(s.app, answerBody(), { headers: { origin: 'https://evil.example' } });
        assert.equal(response.headers['access-control-allow-origin'], undefined);
      });

      it('answers the preflight of a configured origin, and not of another', async () => {
        const preflight = (from) =>
          s.app.inject({
            method: 'OPTIONS',
            url: '/api/feedback',
            headers: {
              origin: from,
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'content-type',
            },
          });
        const ok = await preflight(origin);
        assert.equal(ok.statusCode, 204);
        assert.equal(ok.headers['access-control-allow-origin'], origin);
        assert.match(ok.headers['access-control-allow-methods'], /POST/);
        assert.match(ok.headers['access-control-allow-headers'], /content-type/i);
        const denied = await preflight('https://evil.example');
        assert.equal(denied.headers['access-control-allow-origin'], undefined);
        assert.notEqual(denied.statusCode, 204);
      });

      it('never opens the read side to other origins', async () => {
        const response = await s.app.inject({
          method: 'GET',
          url: '/api/feedback/summary',
          headers: { ...auth, origin },
        });
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['access-control-allow-origin'], undefined);
      });

      it('sets no cookie, even to a request that carries the site cookies (a beacon)', async () => {
        const responses = [
          await post(s.app, answerBody(), { headers: { cookie: 'session=abc; JSESSIONID=x' } }),
          await post(s.app, '{bad', { headers: { cookie: 'session=abc' } }),
          await s.app.inject({ method: 'GET', url: '/health' }),
          await s.app.inject({ method: 'GET', url: '/admin' }),
          await s.app.inject({ method: 'GET', url: '/api/feedback/summary', headers: auth }),
          await s.app.inject({ method: 'GET', url: '/api/feedback/share?page=/a' }),
        ];
        for (const response of responses) assert.equal(response.headers['set-cookie'], undefined);
      });

      it('sends the secure headers', async () => {
        const response = await post(s.app, answerBody());
        assert.equal(response.headers['x-content-type-options'], 'nosniff');
        assert.equal(response.headers['referrer-policy'], 'no-referrer');
        assert.match(response.headers['content-security-policy'], /default-src 'none'/);
        assert.ok(response.headers['strict-transport-security']);
        assert.ok(response.headers['x-frame-options']);
        assert.equal(response.headers['cache-control'], 'no-store');
        assert.equal(response.headers['x-powered-by'], undefined);
      });
    });

    describe('read side', () => {
      let s;
      before(async () => {
        s = await fresh({ INSYN_RATE_LIMIT: '0' });
        const answers = [
          ['/a', 'yes', '2025-11-24T09:00:00Z'], // Monday, week 48
          ['/a', 'no', '2025-11-25T09:00:00Z'],
          ['/a', 'yes', '2025-12-02T09:00:00Z'], // week 49
          ['/b', 'no', '2025-11-26T09:00:00Z'],
          ['/b', 'no', '2025-11-27T09:00:00Z'],
          ['/b', 'yes', '2025-12-03T09:00:00Z'],
          ['/c', 'yes', '2025-11-27T09:00:00Z'],
        ];
        for (const [page, answer, createdAt] of answers) {
          const body = answerBody({ page, answer, createdAt });
          assert.equal((await post(s.app, body)).statusCode, 201);
          if (page === '/b' && answer === 'no')
            await post(
              s.app,
              answerBody({
                page,
                answer,
                createdAt,
                answerKey: body.idempotencyKey,
                comment: 'Svårt att hitta, ring 08-123 456 78',
              }),
            );
        }
        await post(
          s.app,
          answerBody({
            page: '/c',
            comment: '=HYPERLINK("http://x.example","klicka"), "citat"\nny rad',
            answerKey: answerBody().idempotencyKey,
          }),
        );
      });
      after(() => s.close());

      it('refuses without the token, with a wrong one, and with another scheme: 401', async () => {
        for (const url of ['/api/feedback/summary', '/api/feedback/export.csv', '/api/feedback/overview']) {
          for (const headers of [
            {},
            { authorization: 'Bearer wrong' },
            { authorization: `Basic ${TOKEN}` },
            { authorization: `Bearer ${TOKEN}x` },
          ]) {
            const response = await s.app.inject({ method: 'GET', url, headers });
            assertError(response, 401);
            assert.match(response.headers['www-authenticate'], /^Bearer/);
          }
        }
      });

      it('summarises yes and no per page and per ISO week; comments are not answers', async () => {
        const response = await s.app.inject({ method: 'GET', url: '/api/feedback/summary', headers: auth });
        assert.equal(response.statusCode, 200, response.body);
        const summary = JSON.parse(response.body);
        assert.deepEqual(summary.total, { yes: 4, no: 3, total: 7, share: 0.571 });
        const a = summary.pages.find((p) => p.page === '/a');
        assert.deepEqual(a, {
          page: '/a',
          yes: 2,
          no: 1,
          total: 3,
          share: 0.667,
          weeks: [
            { week: '2025-W48', yes: 1, no: 1, total: 2, share: 0.5 },
            { week: '2025-W49', yes: 1, no: 0, total: 1, share: 1 },
          ],
        });
        assert.deepEqual(
          summary.weeks.map((w) => [w.week, w.yes, w.no]),
          [
            ['2025-W48', 2, 3],
            ['2025-W49', 2, 0],
          ],
        );
      });

      it('filters the summary by page and by days (inclusive)', async () => {
        const get = async (query) =>
          JSON.parse(
            (await s.app.inject({ method: 'GET', url: `/api/feedback/summary?${query}`, headers: auth }))
              .body,
          );
        assert.deepEqual((await get('page=/b')).total, { yes: 1, no: 2, total: 3, share: 0.333 });
        assert.deepEqual((await get('from=2025-11-25&to=2025-11-27')).total, {
          yes: 1,
          no: 3,
          total: 4,
          share: 0.25,
        });
        assert.deepEqual((await get('from=2025-12-02')).total, { yes: 2, no: 0, total: 2, share: 1 });
        assert.deepEqual((await get('page=/nowhere')).total, { yes: 0, no: 0, total: 0, share: null });
        for (const query of ['from=2025-13-01', 'to=yesterday', 'from=2025-12-02&to=2025-12-01', 'pages=/a'])
          assertError(
            await s.app.inject({ method: 'GET', url: `/api/feedback/summary?${query}`, headers: auth }),
            400,
          );
      });

      it('exports every body as RFC 4180 CSV, masked and safe from formulas', async () => {
        const response = await s.app.inject({
          method: 'GET',
          url: '/api/feedback/export.csv',
          headers: auth,
        });
        assert.equal(response.statusCode, 200);
        assert.match(response.headers['content-type'], /^text\/csv; charset=utf-8/);
        assert.match(
          response.headers['content-disposition'],
          /^attachment; filename="feedback-\d{4}-\d{2}-\d{2}\.csv"$/,
        );
        assert.ok(response.body.startsWith('\uFEFFreceived_at,'));
        assert.ok(response.body.endsWith('\r\n'));
        const [header, ...rows] = parseCsv(response.body.slice(1));
        assert.deepEqual(header.slice(0, 8), [
          'received_at',
          'created_at',
          'day',
          'week',
          'page',
          'kind',
          'answer',
          'comment',
        ]);
        assert.equal(rows.length, 10);
        const cell = (row, name) => row[header.indexOf(name)];
        assert.equal(rows.filter((r) => cell(r, 'kind') === 'comment').length, 3);
        const masked = rows.find((r) => cell(r, 'comment').startsWith('Svårt'));
        assert.equal(cell(masked, 'comment'), 'Svårt att hitta, ring [telefonnummer]');
        const formula = rows.find((r) => cell(r, 'comment').includes('HYPERLINK'));
        assert.equal(cell(formula, 'comment'), `'=HYPERLINK("http://x.example","klicka"), "citat"\nny rad`);
        assert.ok(
          response.body.includes(`"'=HYPERLINK(""http://x.example"",""klicka""), ""citat""\nny rad"`),
        );
      });

      it('gives the editors the lowest shares and the latest comments', async () => {
        const response = await s.app.inject({
          method: 'GET',
          url: '/api/feedback/overview?limit=2',
          headers: auth,
        });
        const overview = JSON.parse(response.body);
        assert.deepEqual(
          overview.lowest.map((p) => [p.page, p.yes, p.no]),
          [
            ['/b', 1, 2],
            ['/a', 2, 1],
          ],
        );
        assert.equal(overview.comments.length, 2);
        assert.match(overview.comments[0].comment, /HYPERLINK/);
        assert.deepEqual(Object.keys(overview.comments[0]).sort(), [
          'answer',
          'comment',
          'createdAt',
          'lang',
          'page',
        ]);
      });

      it("serves the editors' page as a shell with a strict CSP and its script", async () => {
        const page = await s.app.inject({ method: 'GET', url: '/admin' });
        assert.equal(page.statusCode, 200);
        assert.match(page.headers['content-type'], /^text\/html/);
        assert.match(page.body, /<html lang="sv">/);
        assert.doesNotMatch(page.body, /Svårt|HYPERLINK/, 'no data in the page itself');
        assert.match(page.headers['content-security-policy'], /script-src 'self'/);
        assert.doesNotMatch(page.headers['content-security-policy'], /unsafe/);
        const script = await s.app.inject({ method: 'GET', url: '/admin/admin.js' });
        assert.equal(script.statusCode, 200);
        assert.match(script.body, /textContent/);
        assert.doesNotMatch(script.body, /innerHTML/);
      });

      it('turns the read side off without INSYN_ADMIN_TOKEN: 503', async () => {
        const config = target.config({ INSYN_ADMIN_TOKEN: '' });
        const app = await buildApp(config, s.store);
        try {
          assertError(await app.inject({ method: 'GET', url: '/api/feedback/summary', headers: auth }), 503);
          assertError(await app.inject({ method: 'GET', url: '/api/feedback/export.csv' }), 503);
        } finally {
          await app.close();
        }
      });
    });

    describe('wrong admin tokens', () => {
      let s;
      const minute = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
      let now = minute;
      before(async () => (s = await fresh({}, { now: () => now })));
      after(() => s.close());
      const read = (token, remoteAddress = '198.51.100.1') =>
        s.app.inject({
          method: 'GET',
          url: '/api/feedback/summary',
          remoteAddress,
          headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
        });

      it('refuses every attempt, the right token too, after 20 wrong ones in a minute: 429 until the minute is over', async () => {
        for (let i = 0; i < 5; i++) assertError(await read(undefined), 401); // no header: not a guess
        for (let i = 0; i < 20; i++) assertError(await read(`guess-${i}`), 401);
        const blocked = await read('guess-20');
        assertError(blocked, 429);
        assert.ok(Number(blocked.headers['retry-after']) > 0);
        assertError(await read(TOKEN), 429);
        // Another client, and another IPv6 /64, are not held up by the first one's guesses.
        assert.equal((await read(TOKEN, '198.51.100.2')).statusCode, 200);
        assert.equal((await read(TOKEN, '2001:db8:0:1::5')).statusCode, 200);
        now = minute + 60_000;
        assert.equal((await read(TOKEN)).statusCode, 200);
      });
    });

    describe('public share', () => {
      let s;
      before(
        async () => (s = await fresh({ INSYN_RATE_LIMIT: '0', INSYN_PUBLIC_SUMMARY: '/public, /open/*' })),
      );
      after(() => s.close());
      const share = (page) =>
        s.app.inject({ method: 'GET', url: `/api/feedback/share?page=${encodeURIComponent(page)}` });

      it('is 404 for pages not opted in', async () => {
        await post(s.app, answerBody({ page: '/private' }));
        assertError(await share('/private'), 404);
        assertError(await share('/publicity'), 404);
        assertError(await s.app.inject({ method: 'GET', url: '/api/feedback/share' }), 400);
      });

      it('says nothing below 10 answers, then the share; cacheable', async () => {
        for (let i = 0; i < 9; i++)
          await post(s.app, answerBody({ page: '/public', answer: i < 7 ? 'yes' : 'no' }));
        const few = await share('/public');
        assert.equal(few.statusCode, 200);
        assert.deepEqual(JSON.parse(few.body), {
          page: '/public',
          yes: null,
          total: null,
          share: null,
          minimum: 10,
        });
        await post(s.app, answerBody({ page: '/public', answer: 'yes' }));
        const enough = await share('/public?x=1');
        assert.deepEqual(JSON.parse(enough.body), {
          page: '/public',
          yes: 8,
          total: 10,
          share: 0.8,
          minimum: 10,
        });
        assert.match(enough.headers['cache-control'], /public, max-age=\d+/);
      });

      it('matches prefix patterns', async () => {
        assert.equal((await share('/open/x')).statusCode, 200);
      });
    });

    describe('health, migrations and shutdown', () => {
      it('reports health with the store kind', async () => {
        const s = await fresh();
        try {
          const response = await s.app.inject({ method: 'GET', url: '/health' });
          assert.equal(response.statusCode, 200);
          assert.deepEqual(JSON.parse(response.body), { status: 'ok', store: s.store.kind });
          await s.store.close();
          assertError(await s.app.inject({ method: 'GET', url: '/health' }), 503);
        } finally {
          await s.app.close();
        }
      });

      it('applies the migrations once: a second and third start on the same database keep the answers', async () => {
        await target.fresh();
        const config = target.config({ INSYN_RATE_LIMIT: '0' });
        const body = answerBody({ page: '/migrate' });
        for (let run = 0; run < 3; run++) {
          const server = await startServer(config);
          const response = await fetch(`${server.url}/api/feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          assert.equal(response.status, run === 0 ? 201 : 200);
          await server.close();
        }
        // Two stores migrating at the same moment (two processes starting) both succeed.
        const [a, b] = await Promise.all([openStore(config), openStore(config)]);
        await Promise.all([a.close(), b.close()]);
      });

      it('closes gracefully: an answer in flight is stored and acknowledged, new ones are refused', async () => {
        await target.fresh();
        const config = target.config({ INSYN_RATE_LIMIT: '0' });
        const server = await startServer(config);
        const body = JSON.stringify(answerBody({ page: '/in-flight' }));
        const { port } = new URL(server.url);
        const half = Math.floor(body.length / 2);
        let closed;
        const response = await new Promise((resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port,
              method: 'POST',
              path: '/api/feedback',
              headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
              let text = '';
              res.setEncoding('utf8').on('data', (t) => (text += t));
              res.on('end', () => resolve({ status: res.statusCode, text }));
            },
          );
          req.on('error', reject);
          req.write(body.slice(0, half));
          // The server is asked to close while the body is half sent.
          setTimeout(() => {
            closed = server.close();
            setTimeout(() => req.end(body.slice(half)), 100);
          }, 100);
        });
        assert.equal(response.status, 201, response.text);
        await closed;
        await assert.rejects(fetch(`${server.url}/health`));
        const store = await openStore(config);
        try {
          const [row] = await store.summary({ page: '/in-flight' });
          assert.equal(row?.yes, 1);
        } finally {
          await store.close();
        }
      });

      it('refuses a 1 MB body on the wire with 413 and stays up', async () => {
        await target.fresh();
        const server = await startServer(target.config());
        try {
          const response = await fetch(`${server.url}/api/feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(answerBody({ comment: 'x'.repeat(1024 * 1024) })),
          }).catch((error) => error);
          // Node may answer 413 before the client finished sending; either way no 2xx.
          if (response instanceof Response) {
            assert.equal(response.status, 413);
            assert.equal(typeof (await response.json()).error, 'string');
          }
          assert.equal((await fetch(`${server.url}/health`)).status, 200);
        } finally {
          await server.close();
        }
      });
    });
  });
}

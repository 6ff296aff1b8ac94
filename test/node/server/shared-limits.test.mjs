// Two service instances on one database, as two processes behind a load balancer: each opens its
// own store (its own pool of connections, or its own SQLite connection to the same file) and
// builds its own app. The rate limit, the count of wrong admin tokens and the form's
// double-submit fingerprint must hold for the two together, not for each on its own.
// Needs lib/ and server/lib/ built.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../../server/lib/app.js';
import { openStore } from '../../../server/lib/store/index.js';
import { answerBody, postgresTarget, sqliteTarget, TOKEN } from './support.mjs';

const LIMIT = 10;

function postJson(app, body, remoteAddress = '192.0.2.10') {
  return app.inject({
    method: 'POST',
    url: '/api/feedback',
    remoteAddress,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
}

function postForm(app, fields, remoteAddress = '192.0.2.20') {
  return app.inject({
    method: 'POST',
    url: '/api/feedback',
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

function readSummary(app, token, remoteAddress) {
  return app.inject({
    method: 'GET',
    url: '/api/feedback/summary',
    remoteAddress,
    headers: { authorization: `Bearer ${token}` },
  });
}

async function rowsFor(store, page) {
  const rows = [];
  for await (const row of store.exportRows()) if (row.page === page) rows.push(row);
  return rows;
}

const count = (responses, status) => responses.filter((r) => r.statusCode === status).length;

function sharedLimits(target) {
  describe(`two service instances on one ${target.name} database`, { timeout: 120_000 }, () => {
    // The clock stands still inside one minute, so the counts cannot roll over mid-test.
    const minute = Math.floor(Date.now() / 60_000) * 60_000 + 1_000;
    let instances;

    before(async () => {
      await target.setup();
      await target.fresh();
      const config = target.config({ INSYN_ADMIN_TOKEN: TOKEN, INSYN_RATE_LIMIT: String(LIMIT) });
      instances = [];
      for (let i = 0; i < 2; i++) {
        const store = await openStore(config);
        instances.push({ store, app: await buildApp(config, store, { now: () => minute }) });
      }
    });
    after(async () => {
      for (const { app, store } of instances ?? []) {
        await app.close();
        await store.close();
      }
      await target.teardown();
    });

    it('shares the rate limit: answers split over both get 429 once the two together pass it', async () => {
      const [a, b] = instances.map((i) => i.app);
      const page = `/shared/${randomUUID().slice(0, 8)}`;
      const responses = [];
      for (let i = 0; i < LIMIT; i++) responses.push(await postJson(i % 2 ? b : a, answerBody({ page })));
      assert.equal(count(responses, 201), LIMIT, 'the limit is not reached yet');
      for (const app of [a, b]) {
        const refused = await postJson(app, answerBody({ page }));
        assert.equal(refused.statusCode, 429, refused.body);
        assert.equal(refused.headers['retry-after'], '59');
        assert.equal(refused.headers['x-ratelimit-remaining'], '0');
      }
      const [row] = await instances[0].store.summary({ page });
      assert.equal(row.yes, LIMIT, 'stored: the limit, not twice the limit');
      // Another client still gets through, on either instance.
      assert.equal((await postJson(b, answerBody({ page }), '192.0.2.11')).statusCode, 201);
    });

    it('shares the rate limit for a burst sent to both at the same moment', async () => {
      const responses = await Promise.all(
        Array.from({ length: 4 * LIMIT }, (_, i) =>
          postJson(instances[i % 2].app, answerBody({ page: '/burst' }), '198.51.100.30'),
        ),
      );
      assert.deepEqual([count(responses, 201), count(responses, 429)], [LIMIT, 3 * LIMIT]);
    });

    it('keys an IPv6 client by its /64 on both: other addresses in it share the count', async () => {
      const responses = [];
      for (let i = 0; i < LIMIT + 1; i++)
        responses.push(
          await postJson(instances[i % 2].app, answerBody({ page: '/v6' }), `2001:db8:5:6::${i + 1}`),
        );
      assert.deepEqual([count(responses, 201), count(responses, 429)], [LIMIT, 1]);
      assert.equal((await postJson(instances[0].app, answerBody(), '2001:db8:5:7::1')).statusCode, 201);
    });

    it('stores a form posted once to each instance once', async () => {
      const [a, b] = instances.map((i) => i.app);
      const fields = {
        answer: 'no',
        page: `/form/${randomUUID().slice(0, 8)}`,
        lang: 'sv',
        comment: 'Svårt',
      };
      const first = await postForm(a, fields);
      const second = await postForm(b, fields);
      assert.equal(first.statusCode, 303, first.body);
      assert.equal(second.statusCode, 303, second.body);
      const rows = await rowsFor(instances[1].store, fields.page);
      assert.equal(rows.filter((r) => r.answerKey === null).length, 1, 'one answer');
      assert.equal(rows.filter((r) => r.comment === 'Svårt').length, 1, 'one comment');
      // The same submission from another client is another answer.
      await postForm(b, fields, '192.0.2.21');
      assert.equal((await rowsFor(instances[0].store, fields.page)).length, 4);
    });

    it('counts wrong admin tokens over both: after 20, each refuses every attempt, the right token too', async () => {
      const [a, b] = instances.map((i) => i.app);
      const client = '203.0.113.40';
      for (let i = 0; i < 20; i++)
        assert.equal((await readSummary(i % 2 ? b : a, `guess-${i}`, client)).statusCode, 401);
      for (const app of [a, b]) {
        const blocked = await readSummary(app, TOKEN, client);
        assert.equal(blocked.statusCode, 429, blocked.body);
        assert.ok(Number(blocked.headers['retry-after']) > 0);
      }
      assert.equal((await readSummary(b, TOKEN, '203.0.113.41')).statusCode, 200, 'another client');
    });

    it('answers no more than 20 of a burst of wrong tokens sent to both at once', async () => {
      const responses = await Promise.all(
        Array.from({ length: 60 }, (_, i) => readSummary(instances[i % 2].app, `burst-${i}`, '203.0.113.50')),
      );
      assert.deepEqual([count(responses, 401), count(responses, 429)], [20, 40]);
    });
  });
}

sharedLimits(postgresTarget());
sharedLimits(sqliteTarget());

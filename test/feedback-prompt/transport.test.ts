/**
 * The POST against the fake endpoint failing in each way (offline, timeout, 500, 429, 400, 413,
 * CORS), the outbox across "reloads" over real localStorage, the endpoint check and the keys.
 */
import { expect } from '@open-wc/testing';
import { Outbox, type FeedbackBody } from '../../src/feedback-prompt/queue.js';
import { beaconJson, newKey, postJson, resolveEndpoint } from '../../src/feedback-prompt/transport.js';
import { bucketName, crossOriginUrl, endpointUrl, received, setMode } from './endpoint.js';

function body(overrides: Partial<FeedbackBody> = {}): FeedbackBody {
  return {
    idempotencyKey: newKey(),
    page: '/test',
    answer: 'no',
    comment: '',
    lang: 'sv',
    version: '0.1.0',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('transport', () => {
  describe('postJson against the fake endpoint', () => {
    it('201 stores; the same key again is a 200 duplicate, stored once', async () => {
      const bucket = bucketName('ok');
      const b = body();
      expect(await postJson(endpointUrl(bucket), b, 2000)).to.deep.equal({ outcome: 'sent', status: 201 });
      expect(await postJson(endpointUrl(bucket), b, 2000)).to.deep.equal({ outcome: 'sent', status: 200 });
      const got = await received(bucket);
      expect(got.hits).to.equal(2);
      expect(got.stored).to.equal(1);
      expect(got.bodies[0]).to.deep.equal(b);
    });

    it('sends JSON without cookies and without a Referer (it would carry the query string)', async () => {
      document.cookie = 'insyn-test=1; path=/';
      try {
        const bucket = bucketName('privacy');
        await postJson(endpointUrl(bucket), body(), 2000);
        const [request] = (await received(bucket)).requests;
        expect(request!.contentType).to.equal('application/json');
        expect(request!.cookie).to.equal(null);
        expect(request!.referer).to.equal(null);
      } finally {
        document.cookie = 'insyn-test=; path=/; max-age=0';
      }
    });

    it('offline (the connection drops): retry later, as a network error', async () => {
      const bucket = bucketName('drop');
      await setMode(bucket, 'drop');
      expect(await postJson(endpointUrl(bucket), body(), 2000)).to.deep.equal({
        outcome: 'retry',
        reason: 'network',
      });
    });

    it('no answer within the deadline: retry later, as a timeout', async () => {
      const bucket = bucketName('hang');
      await setMode(bucket, 'hang');
      const started = performance.now();
      expect(await postJson(endpointUrl(bucket), body(), 300)).to.deep.equal({
        outcome: 'retry',
        reason: 'timeout',
      });
      expect(performance.now() - started).to.be.below(2000);
    });

    for (const status of [500, 503, 429] as const) {
      it(`${status}: retry later`, async () => {
        const bucket = bucketName(`s${status}`);
        await setMode(bucket, status);
        expect(await postJson(endpointUrl(bucket), body(), 2000)).to.deep.equal({
          outcome: 'retry',
          reason: 'server',
          status,
        });
      });
    }

    for (const status of [400, 413, 415] as const) {
      it(`${status}: refused, with the server's message`, async () => {
        const bucket = bucketName(`s${status}`);
        await setMode(bucket, status);
        expect(await postJson(endpointUrl(bucket), body(), 2000)).to.deep.equal({
          outcome: 'refused',
          status,
          message: `fake endpoint: ${status}`,
        });
      });
    }

    it('another origin that allows us (CORS with preflight): sent', async () => {
      const bucket = bucketName('cross');
      expect(await postJson(await crossOriginUrl(bucket), body(), 2000)).to.deep.equal({
        outcome: 'sent',
        status: 201,
      });
      const got = await received(bucket);
      expect(got.stored).to.equal(1);
      expect(got.requests[0]!.origin).to.equal(location.origin);
    });

    it('another origin without Access-Control-Allow-Origin (CORS): retry later, as a network error', async () => {
      const bucket = bucketName('cors');
      await setMode(bucket, 'cors');
      expect(await postJson(await crossOriginUrl(bucket), body(), 2000)).to.deep.equal({
        outcome: 'retry',
        reason: 'network',
      });
      // The preflight failed: the POST itself never reached the server.
      expect((await received(bucket)).hits).to.equal(0);
    });
  });

  describe('the outbox over localStorage against the fake endpoint', () => {
    const key = `insyn-feedback-test-outbox-${Math.random().toString(36).slice(2)}`;
    afterEach(() => localStorage.removeItem(key));

    it('keeps what failed (offline, timeout, 500, 429, CORS) across a reload, sends it once, stores it once', async () => {
      const bucket = bucketName('reload');
      const corsBucket = bucketName('reload-cors');
      const cors = await crossOriginUrl(corsBucket);
      const url = endpointUrl(bucket);
      // A short deadline for the hanging endpoint; a generous one once the server is back.
      const quick = (endpoint: string, b: FeedbackBody) => postJson(endpoint, b, 300);
      const send = (endpoint: string, b: FeedbackBody) => postJson(endpoint, b, 5000);
      const page1 = new Outbox({ storage: localStorage, key, send: quick });
      const bodies: FeedbackBody[] = [];
      for (const mode of ['drop', 'hang', 500, 429] as const) {
        await setMode(bucket, mode);
        const b = body({ comment: String(mode) });
        bodies.push(b);
        expect((await page1.submit(url, b)).outcome, String(mode)).to.equal('retry');
      }
      await setMode(corsBucket, 'cors');
      const viaCors = body({ comment: 'cors' });
      expect((await page1.submit(cors, viaCors)).outcome).to.equal('retry');
      expect(JSON.parse(localStorage.getItem(key)!)).to.have.length(5);

      // The server is back; the page is loaded again: a new outbox over the same storage.
      await setMode(bucket, 'ok');
      await setMode(corsBucket, 'ok');
      const page2 = new Outbox({ storage: localStorage, key, send });
      await page2.flush();
      expect(localStorage.getItem(key)).to.equal(null);
      const got = await received(bucket);
      expect(got.stored).to.equal(4);
      expect(got.bodies.map((b) => b.comment)).to.have.members(['drop', 'hang', '500', '429']);
      expect((await received(corsBucket)).bodies).to.deep.equal([viaCors]);

      // A third load finds nothing to send.
      await new Outbox({ storage: localStorage, key, send }).flush();
      expect((await received(bucket)).stored).to.equal(4);
    });

    it('drops what the server refuses (400): not retried on the next load', async () => {
      const bucket = bucketName('refused');
      await setMode(bucket, 400);
      const send = (endpoint: string, b: FeedbackBody) => postJson(endpoint, b, 2000);
      const outbox = new Outbox({ storage: localStorage, key, send });
      expect((await outbox.submit(endpointUrl(bucket), body())).outcome).to.equal('refused');
      expect(localStorage.getItem(key)).to.equal(null);
      await new Outbox({ storage: localStorage, key, send }).flush();
      expect((await received(bucket)).hits).to.equal(1);
    });
  });

  describe('beaconJson', () => {
    it('hands the body to navigator.sendBeacon as a JSON string (text/plain: no preflight)', () => {
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'sendBeacon')!;
      const calls: [string, unknown][] = [];
      Object.defineProperty(Navigator.prototype, 'sendBeacon', {
        configurable: true,
        value: (url: string, data: unknown) => (calls.push([url, data]), true),
      });
      try {
        const b = body();
        expect(beaconJson('https://kommun.example/api/feedback', b)).to.be.true;
        expect(calls).to.deep.equal([['https://kommun.example/api/feedback', JSON.stringify(b)]]);
      } finally {
        Object.defineProperty(Navigator.prototype, 'sendBeacon', original);
      }
    });

    it('gives false instead of throwing', () => {
      expect(beaconJson('http://[bad', body())).to.be.false;
    });
  });

  describe('resolveEndpoint', () => {
    const base = 'https://www.eskilstuna.se/sidor/a.html';
    it('resolves relative URLs against the page', () => {
      expect(resolveEndpoint('/api/feedback', base)).to.equal('https://www.eskilstuna.se/api/feedback');
      expect(resolveEndpoint('svar', base)).to.equal('https://www.eskilstuna.se/sidor/svar');
      expect(resolveEndpoint(' https://svar.example/x ', base)).to.equal('https://svar.example/x');
      expect(resolveEndpoint('http://intranat/svar', base)).to.equal('http://intranat/svar');
    });
    it('refuses anything but http(s), and nothing', () => {
      for (const raw of [
        'javascript:alert(1)',
        'mailto:a@b.se',
        'data:text/plain,x',
        'ftp://x/y',
        'http://[bad',
      ]) {
        expect(resolveEndpoint(raw, base), raw).to.equal(null);
      }
      expect(resolveEndpoint('', base)).to.equal(null);
      expect(resolveEndpoint(undefined, base)).to.equal(null);
    });
  });

  describe('newKey', () => {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    it('makes random v4 UUIDs', () => {
      const a = newKey();
      expect(a).to.match(UUID);
      expect(newKey()).to.not.equal(a);
    });
    it('makes them without crypto.randomUUID too (a page on plain http)', () => {
      const original = crypto.randomUUID;
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      try {
        expect(newKey()).to.match(UUID);
      } finally {
        (crypto as { randomUUID?: unknown }).randomUUID = original;
      }
    });
  });
});

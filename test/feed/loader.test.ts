import { expect } from '@open-wc/testing';
import { FeedLoadError, FeedParseError } from '../../src/feed/errors.js';
import {
  FEED_STORAGE_PREFIX,
  acquireFeed,
  clearFeedCache,
  resolveFeedUrl,
  type LoadedFeed,
  type LoadOptions,
} from '../../src/feed/loader.js';

// Every URL carries a key unique to this run, so hit counts and stored copies never mix
// with other runs or other test files (the fault server and localStorage outlive a page).
const run = Math.random().toString(36).slice(2, 10);
let serial = 0;
const newKey = (name: string): string => `${run}-${name}-${++serial}`;

const FEED = { version: 1, organization: { name: 'Eskilstuna kommun', code: '0484' } };
const FEED_TEXT = JSON.stringify(FEED);
/** Fast retries; the defaults (500 ms doubling) would make the suite slow. */
const FAST: LoadOptions = { retryDelayMs: 10 };

/** A fault-server URL (relative, as an editor would write it). */
function faultUrl(params: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/__fault/feed.json?${query.toString()}`;
}

async function hits(key: string): Promise<number> {
  const response = await fetch(`/__fault/count?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { hits: number }).hits;
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

async function loadError(url: string, options: LoadOptions = FAST): Promise<FeedLoadError> {
  const lease = acquireFeed(url, options);
  const error = await rejectionOf(lease.promise);
  lease.release();
  expect(error).to.be.instanceOf(FeedLoadError);
  return error as FeedLoadError;
}

async function load(url: string, options: LoadOptions = FAST): Promise<LoadedFeed> {
  const lease = acquireFeed(url, options);
  try {
    return await lease.promise;
  } finally {
    lease.release();
  }
}

function storedCopy(url: string): { savedAt: string; text: string } | undefined {
  const raw = localStorage.getItem(FEED_STORAGE_PREFIX + resolveFeedUrl(url));
  return raw ? (JSON.parse(raw) as { savedAt: string; text: string }) : undefined;
}

/** Replaces `name` on `target` until the returned function is called. */
function stub<T extends object>(target: T, name: PropertyKey, descriptor: PropertyDescriptor): () => void {
  const original = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, ...descriptor });
  return () => {
    if (original) Object.defineProperty(target, name, original);
    else delete (target as Record<PropertyKey, unknown>)[name];
  };
}

afterEach(() => {
  clearFeedCache();
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const storageKey = localStorage.key(i);
    if (storageKey?.startsWith(FEED_STORAGE_PREFIX) && storageKey.includes(run))
      localStorage.removeItem(storageKey);
  }
});

describe('acquireFeed: success', () => {
  it('resolves with the parsed feed, its absolute URL and when it was fetched', async () => {
    const key = newKey('ok');
    const url = faultUrl({ key, body: FEED_TEXT });
    const before = Date.now();
    const feed = await load(url);
    expect(feed.data).to.deep.equal(FEED);
    expect(feed.stale).to.equal(false);
    expect(feed.url).to.equal(new URL(url, document.baseURI).href);
    expect(feed.fetchedAt).to.be.instanceOf(Date);
    expect(feed.fetchedAt.getTime()).to.be.at.least(before);
    expect(feed.error).to.equal(undefined);
    expect(await hits(key)).to.equal(1);
  });

  it('stores the text as the last good copy, with when it was saved', async () => {
    const url = faultUrl({ key: newKey('store'), body: FEED_TEXT });
    const feed = await load(url);
    const copy = storedCopy(url);
    expect(copy?.text).to.equal(FEED_TEXT);
    expect(copy?.savedAt).to.equal(feed.fetchedAt.toISOString());
  });

  it('does not store a copy when persist is false', async () => {
    const url = faultUrl({ key: newKey('no-persist'), body: FEED_TEXT });
    await load(url, { ...FAST, persist: false });
    expect(storedCopy(url)).to.equal(undefined);
  });

  it('accepts application/*+json, text/json and a JSON body with a byte order mark', async () => {
    for (const type of ['application/feed+json', 'application/vnd.insyn+json; charset=utf-8', 'text/json']) {
      const feed = await load(faultUrl({ key: newKey('type'), type, body: FEED_TEXT }));
      expect(feed.data, type).to.deep.equal(FEED);
    }
    const feed = await load(faultUrl({ key: newKey('bom'), body: `\uFEFF${FEED_TEXT}` }));
    expect(feed.data).to.deep.equal(FEED);
  });

  it('accepts JSON served as text/plain, application/octet-stream or without a type', async () => {
    for (const type of ['text/plain; charset=utf-8', 'application/octet-stream', 'none']) {
      const feed = await load(faultUrl({ key: newKey('lenient'), type, body: FEED_TEXT }));
      expect(feed.data, type).to.deep.equal(FEED);
    }
  });
});

describe('acquireFeed: failures', () => {
  it('times out after timeoutMs with kind timeout', async () => {
    const error = await loadError(faultUrl({ key: newKey('slow'), delay: 3000, body: FEED_TEXT }), {
      ...FAST,
      timeoutMs: 100,
    });
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not load within 0.1 s');
  });

  it('does not retry a 404 and reports its status', async () => {
    const key = newKey('404');
    const url = faultUrl({ key, status: 404, type: 'text/plain', body: 'Not Found' });
    const error = await loadError(url);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.equal(resolveFeedUrl(url));
    expect(await hits(key)).to.equal(1);
  });

  it('retries a 500 and succeeds on the next try', async () => {
    const key = newKey('500-once');
    const feed = await load(faultUrl({ key, 'fail-first': 1, 'fail-status': 500, body: FEED_TEXT }));
    expect(feed.data).to.deep.equal(FEED);
    expect(feed.stale).to.equal(false);
    expect(await hits(key)).to.equal(2);
  });

  it('gives up on a lasting 500 after retries + 1 tries', async () => {
    const key = newKey('500-always');
    const error = await loadError(faultUrl({ key, status: 500, body: 'oops' }), { ...FAST, retries: 2 });
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(await hits(key)).to.equal(3);
  });

  it('makes one try only with retries: 0', async () => {
    const key = newKey('no-retry');
    await loadError(faultUrl({ key, status: 503 }), { ...FAST, retries: 0 });
    expect(await hits(key)).to.equal(1);
  });

  it('retries a dropped connection and reports kind network', async () => {
    const key = newKey('drop');
    const error = await loadError(faultUrl({ key, 'fail-first': 99, 'fail-status': 'drop' }));
    expect(error.kind).to.equal('network');
    expect(error.cause).to.be.instanceOf(TypeError);
    // Chromium itself may repeat a request whose connection closed without an answer.
    expect(await hits(key)).to.be.at.least(3);
  });

  it('retries a body that breaks off mid-way as a network error', async () => {
    const key = newKey('cut');
    // truncate applies to every hit, so all tries fail; the loader must retry them as network errors.
    const error = await loadError(faultUrl({ key, body: FEED_TEXT, truncate: 10 }));
    expect(error.kind).to.equal('network');
    expect(await hits(key)).to.be.at.least(3);
  });

  it('reports an HTML page instead of JSON as kind content-type, without retrying', async () => {
    const key = newKey('html');
    const body = '<!doctype html><html><body><form action="/login"></form></body></html>';
    const error = await loadError(faultUrl({ key, type: 'text/html; charset=utf-8', body }));
    expect(error.kind).to.equal('content-type');
    expect(error.message).to.contain('text/html');
    expect(error.message).to.contain('login page');
    expect(await hits(key)).to.equal(1);
  });

  it('reports HTML labelled as application/json as kind content-type', async () => {
    const error = await loadError(
      faultUrl({ key: newKey('html-as-json'), body: '\n  <html><body>Error</body></html>' }),
    );
    expect(error.kind).to.equal('content-type');
  });

  it('reports a type that is not JSON as kind content-type', async () => {
    const error = await loadError(faultUrl({ key: newKey('png'), type: 'image/png', body: FEED_TEXT }));
    expect(error.kind).to.equal('content-type');
    expect(error.message).to.contain('image/png');
  });

  it('reports text/plain that is not JSON as kind content-type', async () => {
    const error = await loadError(
      faultUrl({ key: newKey('plain'), type: 'text/plain', body: 'Access denied' }),
    );
    expect(error.kind).to.equal('content-type');
  });

  it('reports broken JSON served as text/plain as a parse error', async () => {
    const lease = acquireFeed(
      faultUrl({ key: newKey('plain-broken'), type: 'text/plain', body: '{"version": 1,,}' }),
      FAST,
    );
    const error = await rejectionOf(lease.promise);
    lease.release();
    expect(error).to.be.instanceOf(FeedParseError);
  });

  it('reports truncated JSON as a FeedParseError with line and column, without retrying', async () => {
    const key = newKey('truncated');
    const body = '{\n  "version": 1,\n  "organization": {\n    "name": "Eskils';
    const lease = acquireFeed(faultUrl({ key, body }), FAST);
    const error = await rejectionOf(lease.promise);
    lease.release();
    expect(error).to.be.instanceOf(FeedParseError);
    const parseError = error as FeedParseError;
    expect(parseError.kind).to.equal('parse');
    expect([parseError.line, parseError.column]).to.deep.equal([4, 20]);
    expect(await hits(key)).to.equal(1);
  });

  it('rejects an empty URL with kind missing', async () => {
    const error = await loadError('  ');
    expect(error.kind).to.equal('missing');
  });

  it('rejects a URL that cannot be parsed with kind missing', async () => {
    const error = await loadError('http://[::1');
    expect(error.kind).to.equal('missing');
  });

  it('does not keep a failed load: a later acquire tries again', async () => {
    const key = newKey('retry-later');
    const url = faultUrl({ key, status: 404 });
    await loadError(url);
    await loadError(url);
    expect(await hits(key)).to.equal(2);
  });
});

describe('acquireFeed: sharing, release and abort', () => {
  it('shares one fetch between two leases of one URL', async () => {
    const key = newKey('shared');
    const url = faultUrl({ key, delay: 50, body: FEED_TEXT });
    const first = acquireFeed(url, FAST);
    // Written differently, same absolute URL (the fragment does not count).
    const second = acquireFeed(`${new URL(url, document.baseURI).href}#goals`, FAST);
    const [a, b] = await Promise.all([first.promise, second.promise]);
    expect(a.data).to.deep.equal(FEED);
    expect(b.data).to.equal(a.data);
    expect(await hits(key)).to.equal(1);
    first.release();
    second.release();
  });

  it('keeps loading when one of two leases is released', async () => {
    const key = newKey('one-left');
    const url = faultUrl({ key, delay: 100, body: FEED_TEXT });
    const first = acquireFeed(url, FAST);
    const second = acquireFeed(url, FAST);
    first.release();
    first.release(); // idempotent: must not take the second lease's claim
    const feed = await second.promise;
    expect(feed.data).to.deep.equal(FEED);
    expect(await hits(key)).to.equal(1);
    second.release();
  });

  it('aborts the fetch when the last lease is released, without waiting for the server', async function () {
    // The server answers after 5 s; the test's own timeout proves the loader did not wait.
    this.timeout(2000);
    const key = newKey('abort');
    const url = faultUrl({ key, delay: 5000, body: FEED_TEXT });
    const lease = acquireFeed(url, FAST);
    lease.release();
    const error = await rejectionOf(lease.promise);
    expect(error).to.be.instanceOf(FeedLoadError);
    expect((error as FeedLoadError).kind).to.equal('aborted');
    // The aborted entry is gone: a new lease starts a new load.
    const again = acquireFeed(url, FAST);
    expect(again.promise).not.to.equal(lease.promise);
    again.release();
    await rejectionOf(again.promise);
  });

  it('aborts during the backoff between retries too', async function () {
    this.timeout(2000);
    const lease = acquireFeed(faultUrl({ key: newKey('abort-backoff'), status: 503 }), {
      retryDelayMs: 5000,
    });
    // Let the first try fail and the backoff start.
    await new Promise((resolve) => setTimeout(resolve, 200));
    lease.release();
    const error = (await rejectionOf(lease.promise)) as FeedLoadError;
    expect(error.kind).to.equal('aborted');
  });

  it('serves a later acquire of a loaded URL from memory', async () => {
    const key = newKey('cached');
    const url = faultUrl({ key, body: FEED_TEXT });
    const first = await load(url);
    const second = await load(url);
    expect(second).to.equal(first);
    expect(await hits(key)).to.equal(1);
  });

  it('fetches again after clearFeedCache', async () => {
    const key = newKey('cleared');
    const url = faultUrl({ key, body: FEED_TEXT });
    await load(url);
    clearFeedCache();
    await load(url);
    expect(await hits(key)).to.equal(2);
  });
});

describe('acquireFeed: last good copy', () => {
  it('serves the last good copy, marked stale, when the server answers 503 later', async () => {
    const key = newKey('stale-503');
    const url = faultUrl({ key, 'fail-after': 1, body: FEED_TEXT });
    const fresh = await load(url);
    const savedAt = storedCopy(url)?.savedAt;
    clearFeedCache();

    const stale = await load(url);
    expect(stale.stale).to.equal(true);
    expect(stale.data).to.deep.equal(FEED);
    expect(stale.fetchedAt.toISOString()).to.equal(savedAt);
    expect(stale.fetchedAt.getTime()).to.equal(fresh.fetchedAt.getTime());
    expect(stale.error?.kind).to.equal('http');
    expect(stale.error?.status).to.equal(503);
    expect(await hits(key)).to.equal(1 + 3);
  });

  it('serves the last good copy when the network fails', async () => {
    const url = faultUrl({
      key: newKey('stale-drop'),
      'fail-after': 1,
      'fail-status': 'drop',
      body: FEED_TEXT,
    });
    await load(url);
    clearFeedCache();
    const stale = await load(url);
    expect(stale.stale).to.equal(true);
    expect(stale.data).to.deep.equal(FEED);
    expect(stale.error?.kind).to.equal('network');
  });

  it('serves the last good copy on a timeout', async () => {
    const url = faultUrl({
      key: newKey('stale-hang'),
      'fail-after': 1,
      'fail-status': 'hang',
      body: FEED_TEXT,
    });
    await load(url);
    clearFeedCache();
    const stale = await load(url, { ...FAST, timeoutMs: 200 });
    expect(stale.stale).to.equal(true);
    expect(stale.error?.kind).to.equal('timeout');
  });

  it('does not keep a stale result: a later acquire tries the network again', async () => {
    const key = newKey('stale-again');
    const url = faultUrl({ key, 'fail-after': 1, body: FEED_TEXT });
    await load(url);
    clearFeedCache();
    await load(url, { ...FAST, retries: 0 });
    await load(url, { ...FAST, retries: 0 });
    expect(await hits(key)).to.equal(3);
  });

  it('does not serve a copy when the feed is gone (404): the error must show', async () => {
    const url = faultUrl({ key: newKey('stale-404'), 'fail-after': 1, 'fail-status': 404, body: FEED_TEXT });
    await load(url);
    clearFeedCache();
    const error = await loadError(url);
    expect(error.status).to.equal(404);
  });

  it('does not serve a copy when the feed no longer parses', async () => {
    const url = faultUrl({ key: newKey('stale-parse'), body: '{"version": 1,' });
    localStorage.setItem(
      FEED_STORAGE_PREFIX + resolveFeedUrl(url),
      JSON.stringify({ savedAt: new Date().toISOString(), text: FEED_TEXT }),
    );
    const lease = acquireFeed(url, FAST);
    expect(await rejectionOf(lease.promise)).to.be.instanceOf(FeedParseError);
    lease.release();
  });

  it('does not serve a copy in place of an HTML page', async () => {
    const url = faultUrl({ key: newKey('stale-html'), type: 'text/html', body: '<html></html>' });
    localStorage.setItem(
      FEED_STORAGE_PREFIX + resolveFeedUrl(url),
      JSON.stringify({ savedAt: new Date().toISOString(), text: FEED_TEXT }),
    );
    expect((await loadError(url)).kind).to.equal('content-type');
  });

  it('ignores and removes a malformed stored copy', async () => {
    const url = faultUrl({ key: newKey('stale-bad'), status: 503 });
    const storageKey = FEED_STORAGE_PREFIX + resolveFeedUrl(url);
    localStorage.setItem(storageKey, JSON.stringify({ savedAt: 'yesterday', text: FEED_TEXT }));
    const error = await loadError(url, { ...FAST, retries: 0 });
    expect(error.status).to.equal(503);
    expect(localStorage.getItem(storageKey)).to.equal(null);
  });
});

describe('acquireFeed: storage unavailable', () => {
  it('loads when localStorage throws on every call (quota, disabled)', async () => {
    const quota = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const restore = [
      stub(Storage.prototype, 'setItem', { value: quota }),
      stub(Storage.prototype, 'getItem', { value: quota }),
      stub(Storage.prototype, 'removeItem', { value: quota }),
    ];
    try {
      const feed = await load(faultUrl({ key: newKey('quota'), body: FEED_TEXT }));
      expect(feed.data).to.deep.equal(FEED);
      const error = await loadError(faultUrl({ key: newKey('quota-fail'), status: 503 }), {
        ...FAST,
        retries: 0,
      });
      expect(error.status).to.equal(503);
    } finally {
      restore.forEach((undo) => undo());
    }
  });

  it('loads when reading window.localStorage itself throws (storage blocked)', async () => {
    const restore = stub(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const feed = await load(faultUrl({ key: newKey('blocked'), body: FEED_TEXT }));
      expect(feed.data).to.deep.equal(FEED);
      const error = await loadError(faultUrl({ key: newKey('blocked-fail'), status: 503 }), {
        ...FAST,
        retries: 0,
      });
      expect(error.status).to.equal(503);
    } finally {
      restore();
    }
  });
});

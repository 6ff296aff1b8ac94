// The feedback service's pure parts: settings, weeks, CSV, the rate limit and its keys, the
// demo page, and the line between server and browser code.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { escapeHtml } from '../../../server/lib/admin-page.js';
import { buildApp } from '../../../server/lib/app.js';
import { isPublic } from '../../../server/lib/summary.js';
import { ConfigError, loadConfig } from '../../../server/lib/config.js';
import { csvCell, csvLine } from '../../../server/lib/csv.js';
import { ClientKeys, clientNetwork } from '../../../server/lib/rate-limit.js';
import { isoWeek, normalisePage, stockholmDay } from '../../../server/lib/schema.js';
import { openStore } from '../../../server/lib/store/index.js';
import { root } from './support.mjs';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.sqlitePath, join(process.cwd(), 'data', 'feedback.sqlite'));
    assert.equal(config.databaseUrl, null);
    assert.equal(config.adminToken, null);
    assert.deepEqual(config.corsOrigins, []);
    assert.equal(config.rateLimit, 30);
    assert.deepEqual(config.publicSummary, []);
    assert.equal(config.serveDemo, true);
    assert.equal(config.trustProxy, false);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '0.0.0.0',
      INSYN_DATA_DIR: '/var/lib/insyn',
      DATABASE_URL: 'postgresql://u:p@db:5432/insyn',
      INSYN_ADMIN_TOKEN: ' token ',
      INSYN_CORS_ORIGINS: 'https://www.eskilstuna.se, https://intranat.eskilstuna.se/',
      INSYN_RATE_LIMIT: '0',
      INSYN_PUBLIC_SUMMARY: '/a,/b/*',
      INSYN_SERVE_DEMO: 'off',
      INSYN_TRUST_PROXY: '1',
    });
    assert.equal(config.port, 0);
    assert.equal(config.sqlitePath, '/var/lib/insyn/feedback.sqlite');
    assert.equal(config.databaseUrl, 'postgresql://u:p@db:5432/insyn');
    assert.equal(config.adminToken, 'token');
    assert.deepEqual(config.corsOrigins, ['https://www.eskilstuna.se', 'https://intranat.eskilstuna.se']);
    assert.equal(config.rateLimit, 0);
    assert.deepEqual(config.publicSummary, ['/a', '/b/*']);
    assert.equal(config.serveDemo, false);
    assert.equal(config.trustProxy, 1);
    assert.equal(loadConfig({ INSYN_TRUST_PROXY: '10.0.0.0/8' }).trustProxy, '10.0.0.0/8');
  });

  it('throws a ConfigError naming the variable', () => {
    for (const [env, name] of [
      [{ PORT: '-1' }, 'PORT'],
      [{ INSYN_SERVE_DEMO: 'maybe' }, 'INSYN_SERVE_DEMO'],
      [{ DATABASE_URL: 'sqlite:./x' }, 'DATABASE_URL'],
      [{ DATABASE_URL: 'postgres://' }, 'DATABASE_URL'],
      [{ INSYN_CORS_ORIGINS: '*' }, 'INSYN_CORS_ORIGINS'],
      [{ INSYN_LOG_LEVEL: 'loud' }, 'INSYN_LOG_LEVEL'],
    ])
      assert.throws(
        () => loadConfig(env),
        (error) => error instanceof ConfigError && error.message.includes(name),
      );
  });
});

describe('days and weeks', () => {
  it('counts ISO weeks, across the turn of the year', () => {
    assert.equal(isoWeek('2026-11-26'), '2026-W48');
    assert.equal(isoWeek('2026-01-01'), '2026-W01'); // a Thursday
    assert.equal(isoWeek('2027-01-01'), '2026-W53'); // a Friday: still 2026's last week
    assert.equal(isoWeek('2024-12-30'), '2025-W01'); // a Monday: already 2025's first week
    assert.equal(isoWeek('2021-01-03'), '2020-W53');
  });

  it('takes the day in Swedish time, summer and winter', () => {
    assert.equal(stockholmDay(new Date('2026-11-29T22:59:59Z')), '2026-11-29');
    assert.equal(stockholmDay(new Date('2026-11-29T23:00:00Z')), '2026-11-30');
    assert.equal(stockholmDay(new Date('2026-06-30T21:59:59Z')), '2026-06-30');
    assert.equal(stockholmDay(new Date('2026-06-30T22:00:00Z')), '2026-07-01');
  });
});

describe('normalisePage', () => {
  it('keeps the path only and masks e-mail and identity numbers', () => {
    assert.equal(normalisePage('/a/b?c=d#e'), '/a/b');
    assert.equal(normalisePage('/a;jsessionid=ABC123/b'), '/a/b');
    assert.equal(normalisePage('/person/811218-9876'), '/person/[personnummer]');
    assert.equal(normalisePage('/to/anna@example.se'), '/to/[e-post]');
    assert.equal(normalisePage('/artikel/4711/070-123'), '/artikel/4711/070-123');
    assert.equal(normalisePage('?only=query'), '/');
  });
});

describe('CSV', () => {
  it('quotes as RFC 4180 says and defuses formulas', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(null), '');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      assert.equal(csvCell(`${start}1+1`).replace(/"/g, '')[0], "'");
    assert.equal(csvCell('=SUM(A1,A2)'), `"'=SUM(A1,A2)"`);
    assert.equal(csvCell('a=b'), 'a=b');
    assert.equal(csvLine(['a', 'b,c', null]), 'a,"b,c",\r\n');
  });
});

describe('rate limit', () => {
  /** The store's clientSalt: one random salt per day, as the first caller made it. */
  function saltSource() {
    const salts = new Map();
    return {
      asked: 0,
      clientSalt(day) {
        this.asked++;
        if (!salts.has(day)) salts.set(day, randomBytes(32));
        return Promise.resolve(salts.get(day));
      },
    };
  }

  it('keys clients by a salted hash that is stable within a day and changes with the day', async () => {
    let now = Date.UTC(2026, 10, 26, 23, 59);
    const salts = saltSource();
    const keys = new ClientKeys(salts, () => now);
    const a = await keys.key('192.0.2.1');
    assert.equal(await keys.key('192.0.2.1'), a);
    assert.notEqual(await keys.key('192.0.2.2'), a);
    assert.doesNotMatch(a, /192|\./);
    assert.equal(salts.asked, 1, "the day's salt is asked for once");
    assert.equal(
      await new ClientKeys(salts, () => now).key('192.0.2.1'),
      a,
      'another process on the same store gives the client the same key',
    );
    assert.notEqual(await new ClientKeys(saltSource(), () => now).key('192.0.2.1'), a, 'another store');
    now += 120_000;
    assert.notEqual(await keys.key('192.0.2.1'), a, 'a new salt every day');
  });

  it('keys an IPv6 client by its /64 network, and IPv4-mapped addresses as IPv4', async () => {
    const keys = new ClientKeys(saltSource(), () => 0);
    const home = await keys.key('2001:db8:1:2::1');
    for (const ip of [
      '2001:db8:1:2:ffff:ffff:ffff:ffff',
      '2001:0DB8:0001:0002:0:0:0:abcd',
      '2001:db8:1:2:a::b',
    ])
      assert.equal(await keys.key(ip), home, ip);
    for (const ip of ['2001:db8:1:3::1', '2001:db8::1', '::1']) assert.notEqual(await keys.key(ip), home, ip);
    assert.equal(clientNetwork('2001:db8::1'), '2001:0db8:0000:0000::/64');
    assert.equal(clientNetwork('::1'), '0000:0000:0000:0000::/64');
    assert.equal(clientNetwork('fe80::1%eth0'), 'fe80:0000:0000:0000::/64');
    assert.equal(clientNetwork('64:ff9b::192.0.2.1'), '0064:ff9b:0000:0000::/64');
    assert.equal(clientNetwork('::ffff:192.0.2.1'), '192.0.2.1');
    assert.equal(await keys.key('::ffff:192.0.2.1'), await keys.key('192.0.2.1'));
    assert.equal(clientNetwork('192.0.2.1'), '192.0.2.1');
    assert.equal(clientNetwork('not an address'), 'not an address');
  });
});

describe('public pages', () => {
  it('matches exact paths, prefixes and *', () => {
    assert.equal(isPublic('/a', ['/a']), true);
    assert.equal(isPublic('/a/b', ['/a']), false);
    assert.equal(isPublic('/a/b', ['/a/*']), true);
    assert.equal(isPublic('/x', ['*']), true);
    assert.equal(isPublic('/x', []), false);
  });
});

describe("editors' page", () => {
  it('escapes HTML', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('the demo on the service', () => {
  it('serves the demo page with the built bundle, its feed and dist/, and nothing outside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-demo-'));
    const config = loadConfig({ INSYN_DATA_DIR: dir, INSYN_LOG_LEVEL: 'silent' });
    const store = await openStore(config);
    const app = await buildApp(config, store);
    try {
      const home = await app.inject('/');
      assert.equal(home.statusCode, 302);
      assert.equal(home.headers.location, '/demo/');
      const page = await app.inject('/demo/');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<script type="module" src="\/dist\/insyn\.js"><\/script>/);
      assert.doesNotMatch(page.body, /\/src\/define/);
      assert.match(page.headers['content-security-policy'], /script-src 'self'/);
      assert.doesNotMatch(page.headers['content-security-policy'], /upgrade-insecure-requests/);
      const feed = await app.inject('/demo/feed.json');
      assert.equal(feed.statusCode, 200);
      assert.equal(JSON.parse(feed.body).feedback.endpoint, '/api/feedback');
      const script = await app.inject('/demo/demo.js');
      assert.match(script.headers['content-type'], /^text\/javascript/);
      for (const url of [
        '/demo/../package.json',
        '/demo/%2e%2e/package.json',
        '/dist/../package.json',
        '/demo/nothing.js',
      ])
        assert.equal((await app.inject(url)).statusCode, 404, url);
      if (statSync(join(root, 'dist', 'insyn.js'), { throwIfNoEntry: false })) {
        const bundle = await app.inject('/dist/insyn.js');
        assert.equal(bundle.statusCode, 200);
      }
    } finally {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the insyn package and the service package', () => {
  const sources = (dir) =>
    readdirSync(dir, { recursive: true })
      .map((name) => join(dir, String(name)))
      .filter((path) => path.endsWith('.ts'));

  it('no module of insyn imports the service or its dependencies', () => {
    for (const file of sources(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(
        text,
        /from ['"](fastify|@fastify\/[\w-]+|pg|better-sqlite3|@insyn\/feedback-service)['"]/,
        file,
      );
      assert.doesNotMatch(text, /from ['"][./]*server\//, file);
    }
  });

  it('the service reaches into insyn only through its exports, never its files', () => {
    for (const file of sources(join(root, 'server', 'src'))) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from ['"]\.\.\/\.\.\//, file);
      for (const [, name] of text.matchAll(/from ['"](insyn[^'"]*)['"]/g))
        assert.equal(name, 'insyn/feedback-contract', file);
    }
  });

  it('the wire contract the service imports touches no DOM and no Lit', () => {
    // contract.ts and what it imports: masking.ts and core/version.ts.
    const files = [
      join(root, 'src', 'feedback-prompt', 'contract.ts'),
      join(root, 'src', 'feedback-prompt', 'masking.ts'),
      join(root, 'src', 'core', 'version.ts'),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [, from] of text.matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gms))
        assert.match(
          from,
          /^\.\.?\/(masking|core\/version)\.js$|^\.\/masking\.js$/,
          `${file} imports ${from}`,
        );
      assert.doesNotMatch(text, /\b(document|window|navigator|HTMLElement|customElements)\b/, file);
    }
  });
});

describe('SQLite group commit', () => {
  const answer = (key, extra = {}) => ({
    idempotencyKey: key,
    page: '/group',
    answer: 'yes',
    comment: '',
    answerKey: null,
    lang: 'sv',
    version: '1',
    createdAt: '2026-11-26T08:00:00.000Z',
    receivedAt: '2026-11-26T08:00:00.000Z',
    day: '2026-11-26',
    week: '2026-W48',
    ...extra,
  });

  async function withStore(run) {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-group-'));
    const store = await openStore(loadConfig({ INSYN_DATA_DIR: dir }));
    try {
      await store.migrate();
      await run(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('stores answers that arrive together once each, a retry in the same batch included', async () => {
    await withStore(async (store) => {
      const results = await Promise.all([
        store.insert(answer('k-1')),
        store.insert(answer('k-2', { answer: 'no' })),
        store.insert(answer('k-1', { answer: 'no' })), // a retry with a changed body: the first stands
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['created', 'created', 'duplicate'],
      );
      assert.equal(results[2].answer.answer, 'yes');
      const [row] = await store.summary({ page: '/group' });
      assert.deepEqual([row.yes, row.no], [1, 1]);
    });
  });

  it('writes the good answers of a batch when one of them cannot be stored', async () => {
    await withStore(async (store) => {
      const results = await Promise.allSettled([
        store.insert(answer('good-1')),
        store.insert(answer('bad', { page: null })), // NOT NULL: the database refuses it
        store.insert(answer('good-2')),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      const [row] = await store.summary({ page: '/group' });
      assert.equal(row.yes, 2);
    });
  });
});

// `insyn serve` as an operator runs it: `node bin/insyn.js serve` in a child process. The one
// stdout line, a graceful stop on SIGTERM, and a clear message with exit status 1 for each
// way it cannot start.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bin, root, spawnServe } from './support.mjs';

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'insyn-serve-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `insyn serve` expecting it to fail at start. */
function serveFails(env, args = []) {
  const result = spawnSync(process.execPath, [bin, 'serve', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, LANG: 'C', PORT: '0', INSYN_DATA_DIR: join(dir, 'data'), ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('insyn serve', { timeout: 60_000 }, () => {
  it('prints one line when it listens, serves, and stops gracefully on SIGTERM', async () => {
    const data = join(dir, 'run');
    const serve = spawnServe({ INSYN_DATA_DIR: data, INSYN_LOG_LEVEL: 'info' });
    const { url, store } = await serve.listening;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(store, `sqlite: ${join(data, 'feedback.sqlite')}`);
    const health = await fetch(`${url}/health`);
    assert.deepEqual(await health.json(), { status: 'ok', store: 'sqlite' });
    serve.child.kill('SIGTERM');
    assert.deepEqual(await serve.exited, { code: 0, signal: null });
    assert.equal(serve.stdout.split('\n').filter(Boolean).length, 1, serve.stdout);
    // The log is on stderr, one JSON line per request, without the address.
    assert.match(serve.stderr, /"url":"\/health","status":200/);
    assert.doesNotMatch(serve.stderr, /127\.0\.0\.1"|remoteAddress/);
    assert.match(serve.stderr, /INSYN_ADMIN_TOKEN is not set/);
  });

  it('explains its settings with --help and refuses arguments', () => {
    const help = serveFails({}, ['--help']);
    assert.equal(help.code, 0);
    for (const name of [
      'PORT',
      'HOST',
      'INSYN_DATA_DIR',
      'DATABASE_URL',
      'INSYN_ADMIN_TOKEN',
      'INSYN_CORS_ORIGINS',
      'INSYN_RATE_LIMIT',
      'INSYN_PUBLIC_SUMMARY',
      'INSYN_SERVE_DEMO',
      'INSYN_TRUST_PROXY',
    ])
      assert.match(help.stdout, new RegExp(name));
    assert.equal(serveFails({}, ['--port', '80']).code, 2);
  });

  const failures = [
    ['a DATABASE_URL that is not a URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL is not a URL/],
    [
      'a DATABASE_URL of another database',
      { DATABASE_URL: 'mysql://root@127.0.0.1/insyn' },
      /DATABASE_URL must start with postgres:\/\//,
    ],
    [
      'an unreachable database',
      { DATABASE_URL: 'postgres://insyn:secret-password@127.0.0.1:1/insyn' },
      /cannot connect to PostgreSQL at 127\.0\.0\.1:1\/insyn: ECONNREFUSED/,
    ],
    ['a bad port', { PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    ['a port that is not a number', { PORT: 'eighty' }, /PORT must be a whole number/],
    [
      'a CORS origin with a path',
      { INSYN_CORS_ORIGINS: 'https://www.example.se/page' },
      /INSYN_CORS_ORIGINS: .* no path/,
    ],
    ['a bad rate limit', { INSYN_RATE_LIMIT: '-1' }, /INSYN_RATE_LIMIT must be a whole number/],
  ];
  for (const [what, env, message] of failures) {
    it(`exits 1 with a clear message for ${what}`, () => {
      const result = serveFails(env);
      assert.equal(result.code, 1, result.stderr);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^insyn serve: /);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /secret-password/, 'the password stays out of messages');
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    });
  }

  it('exits 1 when the data folder cannot be written', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const result = serveFails({ INSYN_DATA_DIR: join(file, 'data') });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /^insyn serve: cannot open the SQLite database .*INSYN_DATA_DIR/);
    // Root writes anywhere, so a folder without write permission only stops other users.
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      const denied = serveFails({ INSYN_DATA_DIR: locked });
      assert.equal(denied.code, 1, denied.stderr);
      assert.match(denied.stderr, /cannot open the SQLite database/);
    }
  });

  it('exits 1 when the port is taken', async () => {
    const taken = createServer();
    await new Promise((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const result = serveFails({ PORT: String(taken.address().port) });
      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stderr, /port in use: 127\.0\.0\.1:\d+/);
    } finally {
      taken.close();
    }
  });
});

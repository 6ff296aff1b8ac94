// Shared by the feedback service's tests: the two stores as test targets, answer bodies, and
// spawning `insyn serve` as a user runs it. Needs lib/ built (npx tsc -p tsconfig.build.json).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../server/lib/config.js';
import { startPostgres } from '../../support/postgres.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const bin = join(root, 'bin', 'insyn.js');
export const TOKEN = 'test-admin-token-0123456789abcdef';

/** A valid answer body, as <feedback-prompt> sends it. */
export function answerBody(overrides = {}) {
  return {
    idempotencyKey: randomUUID(),
    page: '/bo-och-leva/skola',
    answer: 'yes',
    comment: '',
    lang: 'sv',
    version: '0.1.0',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/**
 * SQLite in a fresh temporary folder. config(env) gives a ServerConfig on the target's
 * database; fresh() moves it to a new, empty one (a new folder).
 */
export function sqliteTarget() {
  let dir;
  const dirs = [];
  return {
    name: 'SQLite',
    async setup() {
      this.fresh();
    },
    async fresh() {
      dir = mkdtempSync(join(tmpdir(), 'insyn-server-'));
      dirs.push(dir);
    },
    env() {
      return { INSYN_DATA_DIR: dir };
    },
    config(env = {}) {
      return testConfig({ ...this.env(), ...env });
    },
    async teardown() {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** Settings for a test server: any free port, no log, no demo; `env` adds or overrides. */
function testConfig(env) {
  return loadConfig({ PORT: '0', INSYN_LOG_LEVEL: 'silent', INSYN_SERVE_DEMO: '0', ...env });
}

/** PostgreSQL: a throwaway cluster (or INSYN_TEST_DATABASE_URL), a new database per fresh(). */
export function postgresTarget() {
  let server;
  let url;
  return {
    name: 'PostgreSQL',
    async setup() {
      server = await startPostgres();
      url = server.url;
    },
    async fresh() {
      url = await server.newDatabase();
    },
    env() {
      return { DATABASE_URL: url };
    },
    config(env = {}) {
      return testConfig({ ...this.env(), ...env });
    },
    async teardown() {
      await server?.stop();
    },
  };
}

/**
 * `node bin/insyn.js serve` in a child process; resolves once it printed its listening line
 * (or rejects with what it wrote when it exited first).
 */
export function spawnServe(env) {
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      LANG: 'C',
      PORT: '0',
      INSYN_LOG_LEVEL: 'warn',
      INSYN_SERVE_DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const listening = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`insyn serve did not start in 20 s:\n${stderr}`)),
      20_000,
    );
    child.stdout.on('data', () => {
      const match = /^Insyn feedback service listening on (http:\/\/\S+) \((.+)\)\n/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], store: match[2], line: stdout });
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`insyn serve exited (${code ?? signal}) before listening:\n${stderr}`));
    });
  });
  return {
    child,
    listening,
    exited,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

/** Asserts a JSON error answer: the status, and `{ error: string }`. */
export function assertError(response, status) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(response.headers['content-type'], /^application\/json/);
  const body = JSON.parse(response.body);
  assert.equal(typeof body.error, 'string', response.body);
  assert.ok(body.error.length > 0);
  return body;
}

/** Parses RFC 4180 CSV (what the export writes), for checking it. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      ((row = []), (cell = ''), i++);
    } else cell += c;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}

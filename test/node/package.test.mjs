// The two packages as npm sees them: `insyn` (the elements) installs without the feedback
// service's dependencies, and @insyn/feedback-service is a workspace that depends on insyn, not
// the other way round (docs/decisions/0011-service-package.md). Reads package.json, the lock
// file and `npm pack --dry-run`; needs lib/ built for the `insyn serve` hand-off tests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../support/cli.mjs';

const json = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const root = json('package.json');
const service = json('server/package.json');
const lock = json('package-lock.json');
const SERVICE_ONLY = ['fastify', '@fastify/cors', '@fastify/helmet', 'pg', 'better-sqlite3'];

/**
 * What `npm install insyn --omit=dev` puts in node_modules: the closure of its dependencies,
 * optional dependencies and peer dependencies, resolved in the lock file as npm resolves them
 * (nearest node_modules folder first).
 */
function productionClosure(pkg) {
  const seen = new Set();
  const visit = (from, deps) => {
    for (const name of Object.keys(deps ?? {})) {
      let dir = from;
      let key;
      for (;;) {
        const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
        if (lock.packages[candidate]) {
          key = candidate;
          break;
        }
        if (!dir) break;
        const up = dir.lastIndexOf('/node_modules/');
        dir = up < 0 ? '' : dir.slice(0, up);
      }
      assert.ok(key, `${name} (needed by ${from || 'insyn'}) is in the lock file`);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = lock.packages[key];
      if (entry.link) continue;
      visit(key, { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies });
    }
  };
  visit('', { ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies });
  return [...seen].map((key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('the insyn package', () => {
  it('depends on lit and d3 modules only', () => {
    assert.deepEqual(Object.keys(root.dependencies).sort(), ['d3-array', 'd3-hierarchy', 'd3-shape', 'lit']);
    assert.equal(root.optionalDependencies, undefined);
    assert.equal(root.peerDependencies, undefined);
  });

  it('installs without fastify, pg or better-sqlite3 (npm ls --omit=dev)', () => {
    const installed = productionClosure(root);
    assert.ok(installed.includes('lit'), installed.join(', '));
    for (const name of [...SERVICE_ONLY, '@insyn/feedback-service'])
      assert.ok(!installed.includes(name), `${name} is installed with insyn`);
  });

  it('packs the wire contract and the demo, and nothing of the service', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const files = pack.files.map((file) => file.path);
    for (const file of [
      'lib/feedback-prompt/contract.js',
      'lib/feedback-prompt/contract.d.ts',
      'demo/index.html',
    ])
      assert.ok(files.includes(file), `${file} is packed`);
    assert.deepEqual(
      files.filter((file) => file.startsWith('server/') || file.startsWith('src/')),
      [],
    );
    assert.equal(root.exports['./feedback-contract'].default, './lib/feedback-prompt/contract.js');
  });
});

describe('the @insyn/feedback-service workspace', () => {
  it('has the service dependencies, and insyn as a peer', () => {
    assert.deepEqual(root.workspaces, ['server']);
    for (const name of SERVICE_ONLY.filter((name) => name !== 'better-sqlite3'))
      assert.ok(service.dependencies[name], name);
    assert.ok(service.optionalDependencies['better-sqlite3']);
    assert.equal(service.peerDependencies.insyn, `^${root.version}`);
    assert.ok(!service.dependencies.insyn, 'insyn is a peer, so a site has one copy of it');
  });

  it('packs lib/ and its command, not its sources', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: join(ROOT, 'server'),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    const files = pack.files.map((file) => file.path);
    assert.ok(
      files.includes('lib/index.js') && files.includes('bin/insyn-feedback-service.js'),
      files.join(', '),
    );
    assert.deepEqual(
      files.filter((file) => file.startsWith('src/')),
      [],
    );
  });
});

describe('insyn serve hands off to the service package', () => {
  const cli = () => import(join(ROOT, 'lib', 'cli', 'main.js'));
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: {
        stdout: (text) => (out.stdout += text),
        stderr: (text) => (out.stderr += text),
        readStdin: () => Promise.resolve(''),
        env: {},
      },
    };
  };
  const notFound = (name) =>
    Object.assign(new Error(`Cannot find package '${name}' imported from /x/lib/cli/main.js`), {
      code: 'ERR_MODULE_NOT_FOUND',
    });

  it('says how to install it and exits 2 when it is not installed', async () => {
    const { serveCommand } = await cli();
    for (const lang of ['en', 'sv']) {
      const { out, io: fakeIo } = io();
      const code = await serveCommand([], fakeIo, lang, () =>
        Promise.reject(notFound('@insyn/feedback-service')),
      );
      assert.equal(code, 2);
      assert.match(out.stderr, /npm install @insyn\/feedback-service/);
      assert.equal(out.stdout, '');
    }
  });

  it('reports a broken install as it is, not as "install it"', async () => {
    const { serveCommand } = await cli();
    const { io: fakeIo } = io();
    await assert.rejects(
      serveCommand([], fakeIo, 'en', () => Promise.reject(notFound('fastify'))),
      /Cannot find package 'fastify'/,
    );
  });

  it('passes the arguments, the io and the language on', async () => {
    const { serveCommand } = await cli();
    const { io: fakeIo } = io();
    let called;
    const code = await serveCommand(['--help'], fakeIo, 'sv', (name) =>
      Promise.resolve({
        serve: (args, passedIo, lang) => {
          called = { name, args, io: passedIo === fakeIo, lang };
          return Promise.resolve(0);
        },
      }),
    );
    assert.equal(code, 0);
    assert.deepEqual(called, { name: '@insyn/feedback-service', args: ['--help'], io: true, lang: 'sv' });
  });

  it('finds the workspace from `node bin/insyn.js serve --help`', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'insyn.js'), 'serve', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    assert.match(out, /INSYN_SERVE_DEMO/);
  });
});

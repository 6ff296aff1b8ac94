/**
 * The `insyn` command run as a user runs it, for tests under test/node/: `node bin/insyn.js …`
 * in a child process with a clean locale (English unless `env` says otherwise), and a temporary
 * folder for the feeds a test writes. Needs lib/ built first (`node scripts/build-lib.mjs`;
 * `npm test` builds before it runs these tests).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'insyn.js');

/** Runs `insyn <args>`; returns the exit code and what it wrote. */
export function insyn(args, { input, env = {} } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env },
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A temporary folder for the test file, made before its tests and removed after them:
 * `path(name)` is a path in it (the folder itself for ''), and `file(name, content)` writes a
 * file there (objects as JSON) and returns its path.
 */
export function tempFolder(prefix) {
  let dir;
  before(() => (dir = mkdtempSync(join(tmpdir(), prefix))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const path = (name) => join(dir, name);
  const file = (name, content) => {
    writeFileSync(path(name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path(name);
  };
  return { path, file };
}

// A real PostgreSQL for the feedback service's tests: nothing is mocked.
//
// startPostgres() → { url, newDatabase(), stop() }
//   - With INSYN_TEST_DATABASE_URL (or DATABASE_URL) set, uses that server: each run gets a fresh
//     database (insyn_test_<random>), dropped again by stop(). The role needs CREATEDB.
//   - Otherwise starts a throwaway cluster in a temporary folder on 127.0.0.1 and a free port,
//     from the binaries under /usr/lib/postgresql/<version>/bin (Debian's `postgresql` package),
//     and removes it again in stop(). PostgreSQL refuses to run as root, so as root it runs as
//     the `postgres` user through `su` (as in shared/TOOLCHAIN.md §7).
//   - Without PostgreSQL installed it fails with a message saying how to install it: the
//     PostgreSQL half of the suite must not pass by skipping.
// newDatabase() → the URL of another fresh, empty database on the same server.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const INSTALL_HINT =
  'PostgreSQL is not installed: the feedback service is tested against a real one. ' +
  'On Debian: apt-get install -y postgresql (the binaries go to /usr/lib/postgresql/<version>/bin), ' +
  'or set INSYN_TEST_DATABASE_URL=postgres://user:password@host:5432/postgres (a role with CREATEDB).';

/** The newest installed PostgreSQL's bin folder, or null. */
export function findPostgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const quote = (arg) => `'${String(arg).replace(/'/g, `'\\''`)}'`;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function run(file, args) {
  const asRoot = process.getuid?.() === 0;
  const result = asRoot
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [file, ...args].map(quote).join(' ')], {
        encoding: 'utf8',
        timeout: 60_000,
      })
    : spawnSync(file, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`${file} ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

function randomName() {
  return `insyn_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.href;
}

async function adminQuery(url, text) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** A server we did not start: fresh databases on it, dropped at the end. */
async function useExisting(serverUrl) {
  const created = [];
  const newDatabase = async () => {
    const name = randomName();
    try {
      await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    } catch (error) {
      throw new Error(`cannot create a test database on INSYN_TEST_DATABASE_URL: ${error.message}`, {
        cause: error,
      });
    }
    created.push(name);
    return withDatabase(serverUrl, name);
  };
  const url = await newDatabase();
  return {
    url,
    newDatabase,
    async stop() {
      for (const name of created.splice(0))
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    },
  };
}

export async function startPostgres() {
  const existing = process.env.INSYN_TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (existing) return useExisting(existing);

  const bin = findPostgresBin();
  if (!bin) throw new Error(INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'insyn-pg-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(data, { mode: 0o700 });
  mkdirSync(socket);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    for (const path of [dir, data, socket]) chownSync(path, uid, gid);
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    // --no-sync: the cluster is thrown away, so initdb need not wait for the disk (about 1 s saved).
    run(join(bin, 'initdb'), [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-instructions',
      '--no-sync',
    ]);
  } catch (error) {
    remove();
    throw error;
  }
  let port;
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      run(join(bin, 'pg_ctl'), [
        '-D',
        data,
        '-l',
        join(data, 'server.log'),
        '-o',
        `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${socket}`,
        '-w',
        '-t',
        '30',
        'start',
      ]);
      break;
    } catch (error) {
      // Another process may have taken the free port in between: try another once or twice.
      if (attempt >= 2) {
        remove();
        throw error;
      }
    }
  }
  const serverUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stopCluster = () => {
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      remove();
    }
  };
  let databases;
  try {
    databases = await useExisting(serverUrl);
  } catch (error) {
    stopCluster();
    throw error;
  }
  return {
    url: databases.url,
    newDatabase: databases.newDatabase,
    async stop() {
      stopCluster();
    },
  };
}

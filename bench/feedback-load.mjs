#!/usr/bin/env node
// Load on the feedback service's POST /api/feedback, beside its floor, in one run (issue 8).
//
//   node bench/feedback-load.mjs [--rounds 6] [--duration 5] [--warmup 3] [--rate 500]
//                                [--connections 20] [--no-postgres] [--dir /tmp]
//   (also part of `npm run bench`: node bench/run.mjs [--only feedback-load] [--write])
//
// Variants, each its own server process on 127.0.0.1, loaded by autocannon from this process:
//   floor       a bare node:http handler that reads and parses the same JSON body and does the same
//               SQLite insert (better-sqlite3, WAL, synchronous=FULL, the same table): what any
//               service must at least pay to durably store an answer;
//   sqlite      the real service (`node bin/insyn.js serve`, server/lib/) on SQLite, rate limit off;
//   postgresql  the real service on a throwaway PostgreSQL cluster (test/support/postgres.mjs),
//               when one can be started.
// Two measures per round, variants in rotated order: the most requests per second (as many as
// `--connections` keep in flight) and the p99 latency at a fixed `--rate` requests per second.
// Every request carries a new idempotency key, so each is a real insert (201); afterwards the rows
// in each store are counted against the 201s. Aims (issue 8): throughput ≥ 0.70 of the floor's,
// p99 < 50 ms at 500 requests/s. A missed aim is printed as MISSED; the exit code stays 0.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const THROUGHPUT_AIM = 0.7;
const P99_AIM_MS = 50;
/** A server that has not said where it listens by then is broken, not slow. */
const START_TIMEOUT_MS = 30_000;
/** Graceful shutdown finishes in-flight writes; past this the process is killed. */
const STOP_TIMEOUT_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// The floor: the least a durable store of one answer costs, in the same table as the service.

/**
 * The service's own SQLite migrations (from server/lib, which the service needs anyway), so the
 * floor's insert maintains the same table and indexes.
 */
async function floorSchema() {
  const built = path.join(root, 'server/lib/store/migrations.js');
  if (!existsSync(built)) throw new Error('server/lib is missing: run `npm run build` first.');
  const { MIGRATIONS } = await import(pathToFileURL(built).href);
  return MIGRATIONS.map((m) => m.sqlite).join('\n');
}

async function serveFloor(dbPath) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  // FULL as the service: an acknowledged answer must survive a power cut, and fsync is the cost.
  db.pragma('synchronous = FULL');
  db.exec(await floorSchema());
  const insert = db.prepare(
    `INSERT INTO answers (idempotency_key, page, answer, comment, answer_key, lang, version, created_at,
       received_at, day, week)
     VALUES (@idempotencyKey, @page, @answer, @comment, @answerKey, @lang, @version, @createdAt,
       @receivedAt, @day, @week)
     ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const server = createServer((req, res) => {
    const parts = [];
    req.on('data', (part) => parts.push(part));
    req.on('end', () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch {
        res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"not JSON"}');
        return;
      }
      const createdAt = String(body.createdAt);
      // The floor only stores: no validation, no masking, no time zone (the day and week in UTC).
      const { changes } = insert.run({
        idempotencyKey: String(body.idempotencyKey),
        page: String(body.page),
        answer: String(body.answer),
        comment: String(body.comment ?? ''),
        answerKey: body.answerKey ?? null,
        lang: String(body.lang),
        version: String(body.version),
        createdAt,
        receivedAt: new Date().toISOString(),
        day: createdAt.slice(0, 10),
        week: '2026-W48',
      });
      const status = changes ? 201 : 200;
      res
        .writeHead(status, { 'Content-Type': 'application/json' })
        .end(changes ? '{"status":"stored"}' : '{"status":"duplicate"}');
    });
  });
  const stop = () => server.close(() => (db.close(), process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The parent may die without a signal (kill -9): an orphaned floor must not run on.
  process.stdin.on('end', stop).resume();
  server.listen(0, '127.0.0.1', () => {
    console.log(`floor listening on http://127.0.0.1:${server.address().port} (sqlite: ${dbPath})`);
  });
}

// ---------------------------------------------------------------------------------------------
// Server processes

/**
 * Starts `node <args>` and resolves with its URL once it prints "listening on http://…" on
 * stdout. Its log (stderr: the service logs every request at info) goes straight to a file, so
 * that writing it costs the server what it costs in production and costs the load generator
 * nothing. Its stdin is a pipe that closes when this process dies, so the floor never outlives a
 * crashed run.
 */
function startProcess(label, args, env, logFile) {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', log],
  });
  closeSync(log);
  let output = '';
  const tell = () => `${output}${readFileSync(logFile, 'utf8').slice(-4000)}`;
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not start within ${START_TIMEOUT_MS / 1000} s:\n${tell()}`));
    }, START_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      if (output.length > 10_000) return; // only the start-up line matters
      output += chunk;
      const match = /listening on (http:\/\/[^\s)]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${signal ?? code}) before listening:\n${tell()}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };
  return { url, stop, output: () => output };
}

// ---------------------------------------------------------------------------------------------
// Load

const PAGES = ['/bo/bygglov', '/skola/forskola/ansok', '/trafik/parkering', '/omsorg/hemtjanst'];

/** A body as <feedback-prompt> sends it (docs/decisions/0005-feedback-prompt.md), each time a new key. */
function feedbackBody(n) {
  return JSON.stringify({
    idempotencyKey: randomUUID(),
    page: PAGES[n % PAGES.length],
    answer: n % 3 === 0 ? 'no' : 'yes',
    comment: '',
    lang: 'sv',
    version: '0.1.0',
    createdAt: new Date().toISOString(),
  });
}

/** One autocannon run; `rate` fixes the requests per second, otherwise as many as it can. */
async function load(url, { seconds, connections, rate }) {
  let n = 0;
  const result = await autocannon({
    url: `${url}/api/feedback`,
    connections,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: 'POST',
        path: '/api/feedback',
        headers: { 'content-type': 'application/json' },
        // Called for every request: a new idempotency key each time, so every request inserts.
        setupRequest: (request) => ({ ...request, body: feedbackBody(n++) }),
      },
    ],
  });
  const codes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  return {
    created: codes['201'] ?? 0,
    codes,
    errors: result.errors + result.timeouts,
    rps: (codes['201'] ?? 0) / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

// ---------------------------------------------------------------------------------------------
// The run

async function countSqlite(file) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) AS n FROM answers').get().n;
  } finally {
    db.close();
  }
}

async function countPostgres(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM answers')).rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * The disk's fsync latency where the databases are, measured as SQLite pays it (append, then
 * fdatasync): with synchronous=FULL it bounds every SQLite variant, and other processes writing
 * to the same disk move it, so the notes give it beside the figures.
 */
function fsyncLatency(dir, count = 200) {
  const file = path.join(dir, 'fsync-probe');
  const fd = openSync(file, 'w');
  const times = [];
  try {
    const block = Buffer.alloc(4096, 1);
    for (let i = 0; i < count; i++) {
      writeSync(fd, block);
      const start = process.hrtime.bigint();
      fdatasyncSync(fd);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(count / 2)], p99: times[Math.floor(count * 0.99)] };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
};

/**
 * Runs the benchmark. Returns the harness's shape (bench/run.mjs: `{ env, subject, groups, notes }`,
 * samples per round) plus `variants` (per variant: samples, store, skipped) for the table here.
 */
export async function run(options = {}) {
  // Many short rounds rather than a few long ones: the disk's latency drifts with what other
  // processes write, and rotated rounds spread that drift over every variant.
  const rounds = options.rounds ?? 6;
  const seconds = options.duration ?? 5;
  const warmup = options.warmup ?? 3;
  const rate = options.rate ?? 500;
  const connections = options.connections ?? 20;
  const log = options.log ?? ((line) => console.error(line));
  // --dir /dev/shm (memory, where fsync costs nothing) shows the CPU cost alone.
  const base = options.dir ?? os.tmpdir();
  const dir = mkdtempSync(path.join(base, 'insyn-feedback-load-'));
  const notes = [];
  const variants = [];
  const cleanups = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse())
      await Promise.resolve(cleanup()).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  // Ctrl-C or kill: the servers and the PostgreSQL cluster are this run's, so they go with it.
  const onSignal = (signal) => {
    log(`feedback-load: ${signal}, stopping the servers`);
    const timer = setTimeout(() => process.exit(1), STOP_TIMEOUT_MS);
    void cleanUp().finally(() => {
      clearTimeout(timer);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  /** Starts a server process that is stopped with the run, whatever happens. */
  const launch = (label, args, env = {}) => {
    const server = startProcess(label, args, env, path.join(dir, `${label.replace(/\W+/g, '-')}.log`));
    cleanups.push(() => server.stop());
    return server;
  };

  try {
    variants.push({ id: 'floor', label: 'floor: node:http + better-sqlite3 insert', store: 'sqlite' });
    const floorDb = path.join(dir, 'floor.sqlite');
    variants[0].server = launch('the floor', [fileURLToPath(import.meta.url), '--floor', floorDb]);
    variants[0].count = () => countSqlite(floorDb);

    const serviceBuilt = existsSync(path.join(root, 'server/lib/app.js'));
    const serviceEnv = { HOST: '127.0.0.1', PORT: '0', INSYN_RATE_LIMIT: '0', NODE_ENV: 'production' };
    const sqlite = { id: 'sqlite', label: 'service, SQLite', store: 'sqlite' };
    const postgres = { id: 'postgresql', label: 'service, PostgreSQL', store: 'postgresql' };
    variants.push(sqlite, postgres);
    if (!serviceBuilt) {
      sqlite.skipped = postgres.skipped = 'server/lib/app.js is missing: run `npm run build`';
    } else {
      const dataDir = path.join(dir, 'service');
      sqlite.server = launch('the service (SQLite)', ['bin/insyn.js', 'serve'], {
        ...serviceEnv,
        INSYN_DATA_DIR: dataDir,
        DATABASE_URL: '',
      });
      sqlite.count = async () => countSqlite(await sqliteFileOf(sqlite.server.output(), dataDir));
      if (options.postgres === false) postgres.skipped = '--no-postgres';
      else {
        try {
          const support = path.join(root, 'test/support/postgres.mjs');
          if (!existsSync(support)) throw new Error('test/support/postgres.mjs is missing');
          const { startPostgres } = await import(pathToFileURL(support).href);
          const pg = await startPostgres();
          cleanups.push(() => pg.stop());
          postgres.server = launch('the service (PostgreSQL)', ['bin/insyn.js', 'serve'], {
            ...serviceEnv,
            INSYN_DATA_DIR: path.join(dir, 'service-pg'),
            DATABASE_URL: pg.url,
          });
          postgres.count = () => countPostgres(pg.url);
        } catch (error) {
          postgres.skipped = `no PostgreSQL could be started (${firstLine(error)})`;
        }
      }
    }

    const active = variants.filter((v) => !v.skipped);
    for (const v of active) {
      v.url = await v.server.url;
      v.rps = [];
      v.p99 = [];
      v.p50 = [];
      v.created = 0;
      v.problems = new Map();
    }
    const account = (v, r) => {
      v.runs = (v.runs ?? 0) + 1;
      v.created += r.created;
      for (const [code, count] of Object.entries(r.codes))
        if (code !== '201') v.problems.set(code, (v.problems.get(code) ?? 0) + count);
      if (r.errors) v.problems.set('errors', (v.problems.get('errors') ?? 0) + r.errors);
    };

    const fsyncBefore = fsyncLatency(dir);
    if (warmup > 0) {
      log(`feedback-load: warm-up, ${warmup} s each`);
      for (const v of active) account(v, await load(v.url, { seconds: warmup, connections }));
    }
    for (let round = 0; round < rounds; round++) {
      // Rotated, so drift (page cache, file growth, other processes) falls on every variant alike.
      const order = active.map((_, i) => active[(i + round) % active.length]);
      for (const v of order) {
        log(`feedback-load: round ${round + 1}/${rounds}, ${v.id}, most requests/s for ${seconds} s`);
        const r = await load(v.url, { seconds, connections });
        account(v, r);
        v.rps.push(r.rps);
      }
      for (const v of order) {
        log(`feedback-load: round ${round + 1}/${rounds}, ${v.id}, ${rate} requests/s for ${seconds} s`);
        const r = await load(v.url, { seconds, connections, rate });
        account(v, r);
        v.p99.push(r.p99);
        v.p50.push(r.p50);
      }
    }

    const fsyncAfter = fsyncLatency(dir);
    const ms = (x) => x.toFixed(2);
    notes.push(
      `fsync (fdatasync of a 4 KB append) on this disk: p50 ${ms(fsyncBefore.p50)} ms, p99 ${ms(fsyncBefore.p99)} ms before the run; ` +
        `p50 ${ms(fsyncAfter.p50)} ms, p99 ${ms(fsyncAfter.p99)} ms after; 1-minute load average ${os.loadavg()[0].toFixed(1)} at the end.`,
    );
    // Stopped first: the service's graceful shutdown checkpoints, and the count reads what is on disk.
    for (const v of active) await v.server.stop();
    for (const v of active) {
      const rows = await v.count();
      v.rows = rows;
      // A run ends with up to `connections` requests in flight: stored, but their 201 not counted.
      const inFlight = connections * v.runs;
      if (rows < v.created || rows > v.created + inFlight)
        notes.push(
          `CHECK FAILED: ${v.label} stored ${rows} rows for ${v.created} answers acknowledged with 201 ` +
            `(at most ${inFlight} more could have been in flight when runs ended).`,
        );
      if (v.problems.size)
        notes.push(
          `${v.label}: not 201: ${[...v.problems].map(([code, count]) => `${count} × ${code}`).join(', ')}.`,
        );
    }

    return report({ variants, rounds, seconds, warmup, rate, connections, notes, base });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}

/** The SQLite file the service named in its start line, else the first .sqlite in its data folder. */
async function sqliteFileOf(output, dataDir) {
  const named = /\(sqlite: ([^)]+)\)/.exec(output)?.[1];
  if (named && existsSync(named)) return named;
  const { readdirSync } = await import('node:fs');
  const file = readdirSync(dataDir).find((f) => f.endsWith('.sqlite') || f.endsWith('.db'));
  if (!file) throw new Error(`no SQLite file in ${dataDir}`);
  return path.join(dataDir, file);
}

const firstLine = (error) => String(error instanceof Error ? error.message : error).split('\n')[0];

function report({ variants, rounds, seconds, warmup, rate, connections, notes, base }) {
  const [floor, ...services] = variants;
  const measured = services.filter((v) => !v.skipped);
  const groups = [
    {
      id: 'throughput',
      title: `most requests/s, ${connections} connections (higher is better)`,
      unit: 'req/s',
      baseline: { label: floor.label, samples: floor.rps },
      candidates: measured.map((v) => ({ label: v.label, samples: v.rps })),
    },
    {
      id: 'p99',
      title: `p99 latency at ${rate} requests/s`,
      unit: 'ms',
      baseline: { label: floor.label, samples: floor.p99 },
      candidates: measured.map((v) => ({ label: v.label, samples: v.p99 })),
    },
  ].filter((g) => g.candidates.length > 0);

  const rows = variants.map((v) => {
    if (v.skipped) return { v };
    const rps = median(v.rps);
    const p99 = median(v.p99);
    return {
      v,
      rps,
      ratio: rps / median(floor.rps),
      p99,
      p50: median(v.p50),
      p99Ratio: p99 / median(floor.p99),
    };
  });
  // The verdicts first: they are what a reader of docs/benchmarks.md looks for.
  const verdicts = [];
  for (const row of rows.slice(1)) {
    if (row.v.skipped) {
      verdicts.push(`${row.v.label}: skipped: ${row.v.skipped}.`);
      continue;
    }
    const throughputMet = row.ratio >= THROUGHPUT_AIM;
    const latencyMet = row.p99 < P99_AIM_MS;
    verdicts.push(
      `${row.v.label}: ${row.ratio.toFixed(2)}× the floor's requests/s (aim ≥ ${THROUGHPUT_AIM.toFixed(2)}: ${throughputMet ? 'met' : 'MISSED'}); ` +
        `p99 ${row.p99.toFixed(1)} ms at ${rate}/s (aim < ${P99_AIM_MS} ms: ${latencyMet ? 'met' : 'MISSED'}).`,
    );
  }
  notes.push(
    `Method: ${rounds} rounds of ${seconds} s per measure and variant after ${warmup} s of warm-up each, variants in rotated order; ` +
      `every request a new idempotency key (a real insert, 201); rows counted in each store afterwards. ` +
      `Each server is its own Node process; autocannon runs in the benchmark's process; all on this machine's ` +
      `${os.cpus().length} CPUs (the PostgreSQL server too); databases in ${base}.`,
  );
  return {
    env: { cpus: os.cpus().length, node: process.version },
    rate,
    subject: `POST /api/feedback on 127.0.0.1, ${connections} connections, SQLite WAL synchronous=FULL`,
    groups,
    notes: [...verdicts, ...notes],
    rows,
  };
}

function printTable(result) {
  const header = [
    'variant',
    'req/s',
    'ratio',
    `aim ≥ ${THROUGHPUT_AIM}`,
    `p99 @ ${result.rate}/s`,
    'p99 ratio',
    'p50',
    `aim < ${P99_AIM_MS} ms`,
  ];
  const lines = result.rows.map(({ v, rps, ratio, p99, p50, p99Ratio }, i) => {
    if (v.skipped) return [v.label, 'skipped', '', '', '', '', '', ''];
    const floor = i === 0;
    return [
      v.label,
      rps.toFixed(0),
      floor ? '1 (floor)' : `${ratio.toFixed(2)}×`,
      floor ? '' : ratio >= THROUGHPUT_AIM ? 'met' : 'MISSED',
      `${p99.toFixed(1)} ms`,
      floor ? '1 (floor)' : `${p99Ratio.toFixed(2)}×`,
      `${p50.toFixed(1)} ms`,
      floor ? '' : p99 < P99_AIM_MS ? 'met' : 'MISSED',
    ];
  });
  const all = [header, ...lines];
  const widths = header.map((_, c) => Math.max(...all.map((l) => String(l[c]).length)));
  console.log(`\nfeedback-load (${result.subject})`);
  for (const line of all)
    console.log(`  ${line.map((cell, c) => String(cell).padEnd(widths[c])).join('  ')}`);
  for (const note of result.notes) console.log(`  ${note}`);
}

// ---------------------------------------------------------------------------------------------
// Command line

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values: args } = parseArgs({
    options: {
      floor: { type: 'string' },
      rounds: { type: 'string', default: '6' },
      duration: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '3' },
      rate: { type: 'string', default: '500' },
      connections: { type: 'string', default: '20' },
      'no-postgres': { type: 'boolean', default: false },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (args.help) {
    console.log(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(1, 6)
        .join('\n'),
    );
  } else if (args.floor) {
    await serveFloor(args.floor);
  } else {
    const number = (name, min) => {
      const n = Number(args[name]);
      if (!Number.isInteger(n) || n < min) {
        console.error(`--${name} must be an integer ≥ ${min}, not "${args[name]}".`);
        process.exit(2);
      }
      return n;
    };
    const result = await run({
      rounds: number('rounds', 1),
      duration: number('duration', 1),
      warmup: number('warmup', 0),
      rate: number('rate', 1),
      connections: number('connections', 1),
      postgres: !args['no-postgres'],
      dir: args.dir,
    });
    printTable(result);
  }
}

// The crash test: `insyn serve` is killed with SIGKILL while a numbered stream of answers is
// being posted, restarted on the same data, and sent again every answer it had not
// acknowledged (what <feedback-prompt>'s outbox does). Then every answer is stored exactly
// once: each acknowledged one survived the kill, and no retry made a second row.
// For SQLite (the same file) and PostgreSQL (the same database).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startPostgres } from '../../support/postgres.mjs';
import { answerBody, parseCsv, spawnServe, TOKEN } from './support.mjs';

const ANSWERS = 600;
const WORKERS = 8;
/** Killed once this many were acknowledged: mid-stream, with requests in flight. */
const KILL_AFTER = 200;

async function send(url, body) {
  const response = await fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  return response.status;
}

async function exported(url) {
  const response = await fetch(`${url}/api/feedback/export.csv`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(response.status, 200);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  const key = header.indexOf('idempotency_key');
  const page = header.indexOf('page');
  return rows.map((row) => ({ key: row[key], page: row[page] }));
}

async function crashAndRecover(env) {
  const run = `${Date.now().toString(36)}`;
  const bodies = Array.from({ length: ANSWERS }, (_, i) =>
    answerBody({ idempotencyKey: randomUUID(), page: `/crash/${run}/${i}`, answer: i % 3 ? 'yes' : 'no' }),
  );
  const serveEnv = { ...env, INSYN_ADMIN_TOKEN: TOKEN, INSYN_RATE_LIMIT: '0' };

  // First life: a stream from several clients at once, killed mid-stream.
  const first = spawnServe(serveEnv);
  const { url } = await first.listening;
  const acknowledged = new Set();
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < ANSWERS) {
      const i = next++;
      try {
        const status = await send(url, bodies[i]);
        if (status === 201 || status === 200) acknowledged.add(i);
        else failed++;
      } catch {
        failed++;
      }
      if (acknowledged.size === KILL_AFTER) first.child.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  assert.deepEqual(await first.exited, { code: null, signal: 'SIGKILL' });
  assert.ok(
    acknowledged.size >= KILL_AFTER && acknowledged.size < ANSWERS,
    `acknowledged ${acknowledged.size}`,
  );
  assert.ok(failed > 0, 'some answers were lost in the kill and must be retried');

  // Second life on the same data: the client retries what was not acknowledged.
  const second = spawnServe(serveEnv);
  const restarted = await second.listening;
  try {
    const retried = { 201: 0, 200: 0 };
    for (let i = 0; i < ANSWERS; i++) {
      if (acknowledged.has(i)) continue;
      const status = await send(restarted.url, bodies[i]);
      assert.ok(status === 201 || status === 200, `retry of answer ${i}: ${status}`);
      retried[status]++;
    }
    // An acknowledged answer sent again (a client that missed the answer) is a duplicate.
    for (const i of [...acknowledged].slice(0, 20)) assert.equal(await send(restarted.url, bodies[i]), 200);

    const rows = (await exported(restarted.url)).filter((row) => row.page.startsWith(`/crash/${run}/`));
    const keys = rows.map((row) => row.key);
    assert.equal(new Set(keys).size, keys.length, 'no answer is stored twice');
    assert.equal(rows.length, ANSWERS, 'every answer is stored');
    const stored = new Set(keys);
    for (const i of acknowledged)
      assert.ok(stored.has(bodies[i].idempotencyKey), `acknowledged answer ${i} survived`);
    for (const row of rows)
      assert.equal(row.page, `/crash/${run}/${bodies.findIndex((b) => b.idempotencyKey === row.key)}`);
    return { acknowledged: acknowledged.size, failed, retried };
  } finally {
    second.child.kill('SIGTERM');
    assert.deepEqual(await second.exited, { code: 0, signal: null });
  }
}

describe('crash: SIGKILL mid-stream, restart, retry', { timeout: 120_000 }, () => {
  const cleanups = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('SQLite: every acknowledged answer is stored exactly once', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-crash-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const result = await crashAndRecover({ INSYN_DATA_DIR: dir });
    t.diagnostic(`SQLite: ${JSON.stringify(result)}`);
  });

  it('PostgreSQL: every acknowledged answer is stored exactly once', async (t) => {
    const server = await startPostgres();
    cleanups.push(() => server.stop());
    const result = await crashAndRecover({ DATABASE_URL: server.url });
    t.diagnostic(`PostgreSQL: ${JSON.stringify(result)}`);
  });
});

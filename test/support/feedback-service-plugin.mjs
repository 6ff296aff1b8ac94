// The REAL feedback service (server/lib/, issue 8) for end-to-end tests in the browser, as a
// dev-server plugin: <feedback-prompt> posts to it across origins, as on a municipality's site,
// and the test stops and starts it to see the outbox drain.
//
// The service runs in the test runner's Node process (startServer from server/lib/app.js) on
// 127.0.0.1, port chosen once and kept across restarts (answers in the outbox name the endpoint
// URL), SQLite in a temporary folder removed when the run ends, CORS open to the test page's
// origin only, a random admin token, and the share of "Ja" public for pages under /e2e/. It starts on the first request that needs it.
// Served at the Node HTTP level, before Koa, as feedback-endpoint-plugin.mjs does:
//
// GET /__service/url               {"url", "endpoint"}: the service's origin and its POST URL
// GET /__service/stop              stops it (graceful: in-flight writes finish); {"running": false}
// GET /__service/start             starts it again on the same port; {"running": true, "url"}
// GET /__service/export            the service's GET /api/feedback/export.csv, with the token
// GET /__service/summary?page=…    the service's GET /api/feedback/summary, with the token
//
// lib/ and server/lib/ must be built first (`npm run build`, which `npm test` runs before the
// browser tests; or `node scripts/build-lib.mjs && npm run build -w server`). Without it every /__service/* request answers 500 with
// that instruction, so only the tests that need the service fail, and they say why.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const APP = path.join(root, 'server/lib/app.js');
const CONFIG = path.join(root, 'server/lib/config.js');

export const MISSING_MESSAGE =
  'insyn-feedback-service: server/lib/app.js is missing. Build it before running the browser tests: ' +
  '`npm run build` (npm test does) or `node scripts/build-lib.mjs && npm run build -w server`.';

export function feedbackServicePlugin() {
  let origins = [];
  let dataDir;
  let port = 0;
  let service; // { url, close() } while running
  let url = '';
  const token = randomBytes(18).toString('base64url');
  /** One start or stop at a time: a test's stop and start must not interleave. */
  let queue = Promise.resolve();
  const serially = (task) => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  async function start() {
    if (service) return;
    if (!existsSync(APP) || !existsSync(CONFIG)) throw new Error(MISSING_MESSAGE);
    const [{ startServer }, { loadConfig }] = await Promise.all([
      import(pathToFileURL(APP).href),
      import(pathToFileURL(CONFIG).href),
    ]);
    dataDir ??= mkdtempSync(path.join(os.tmpdir(), 'insyn-e2e-'));
    const config = loadConfig({
      HOST: '127.0.0.1',
      PORT: String(port),
      INSYN_DATA_DIR: dataDir,
      INSYN_ADMIN_TOKEN: token,
      INSYN_CORS_ORIGINS: origins.join(','),
      // The tests post a few dozen answers within seconds from one client; the limit itself is
      // tested in test/node/server/. Still on, so its code path runs.
      INSYN_RATE_LIMIT: '300',
      // The e2e pages' share of "Ja" is public (<feedback-prompt show-share>).
      INSYN_PUBLIC_SUMMARY: '/e2e/*',
      INSYN_SERVE_DEMO: '0',
      INSYN_LOG_LEVEL: 'silent',
    });
    service = await startServer(config);
    url = service.url.replace(/\/$/, '');
    port = Number(new URL(url).port);
  }

  async function stop() {
    const running = service;
    service = undefined;
    await running?.close();
  }

  /** Fetches a read-side URL of the service with the token, as an editor's tool would. */
  async function read(pathAndQuery) {
    await start();
    return fetch(`${url}${pathAndQuery}`, { headers: { authorization: `Bearer ${token}` } });
  }

  async function answer(req, res) {
    const requestUrl = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, body, type = 'application/json') => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Content-Length': String(Buffer.byteLength(text)),
      });
      res.end(text);
    };
    try {
      switch (requestUrl.pathname) {
        case '/__service/url':
          await serially(start);
          return send(200, { url, endpoint: `${url}/api/feedback` });
        case '/__service/stop':
          await serially(stop);
          return send(200, { running: false });
        case '/__service/start':
          await serially(start);
          return send(200, { running: true, url });
        case '/__service/export':
        case '/__service/summary': {
          const target =
            requestUrl.pathname === '/__service/export'
              ? '/api/feedback/export.csv'
              : `/api/feedback/summary${requestUrl.search}`;
          const response = await serially(() => read(target));
          return send(
            response.status,
            await response.text(),
            response.headers.get('content-type') ?? 'text/plain',
          );
        }
        default:
          return send(404, { error: `no such route: ${requestUrl.pathname}` });
      }
    } catch (error) {
      return send(500, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    name: 'insyn-feedback-service',
    async serverStart({ config, server, logger }) {
      const pagePort = config.port;
      // The page's origin as the browser sends it; both names, as a runner may be reached by either.
      origins = [...new Set([config.hostname ?? 'localhost', 'localhost', '127.0.0.1'])].map(
        (host) => `${config.http2 ? 'https' : 'http'}://${host}:${pagePort}`,
      );
      if (!existsSync(APP)) logger?.warn?.(MISSING_MESSAGE);
      if (!server) {
        logger?.warn?.(
          'insyn-feedback-service: no HTTP server (middleware mode); /__service/* is not served.',
        );
        return;
      }
      const handlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url?.startsWith('/__service/')) return void answer(req, res);
        for (const h of handlers) h.call(server, req, res);
      });
    },
    async serverStop() {
      await serially(stop).catch(() => undefined);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// A fake feedback endpoint for <feedback-prompt> tests, as a dev-server plugin: it stores answers
// once per idempotency key, like the real service (issue 8), and fails in each way on request.
// Served at the Node HTTP level, before Koa (see fault-server-plugin.mjs for why), on the test
// runner's own server, plus a second server on 127.0.0.1 (another origin) for CORS.
//
// POST /__feedback/<bucket>           answers as the bucket's mode says (default "ok"):
//   ok     201 {"status":"stored"} for a new idempotencyKey, 200 {"status":"duplicate"} after
//   drop   closes the connection without an answer (fetch rejects: as offline)
//   hang   never answers (the client's deadline gives up)
//   500, 503, 429, 400, 413, 415   that status with a JSON {"error": …} body (429: Retry-After: 30)
//   cors   (second origin only) answers without Access-Control-Allow-Origin: fetch rejects
// GET /__feedback/<bucket>/mode?set=<mode>   sets the bucket's mode
// GET /__feedback/<bucket>/count             {"hits", "stored", "bodies", "requests"}: every POST
//                                            (content type, cookie and referer seen) and the stored bodies
// GET /__feedback/origin                     {"origin"}: the second server, e.g. http://127.0.0.1:43210
// GET /__feedback/<bucket>/share?page=…      the public share of "Ja", as the real service answers
//                                            it: 404 until set, then {page, yes, total, share, minimum},
//                                            with nulls below the minimum (10 answers)
// GET /__feedback/<bucket>/share-set?yes=78&total=100 | ?status=404   sets what /share answers
// (count also lists "shareRequests": the page asked for, cookie and referer seen)
//
// Both servers share the buckets. Answers carry Cache-Control: no-store.
import { createServer } from 'node:http';

const buckets = new Map();
/** The real service's PUBLIC_MINIMUM (server/src/app.ts). */
const SHARE_MINIMUM = 10;

function bucket(name) {
  let b = buckets.get(name);
  if (!b) {
    b = { mode: 'ok', hits: 0, stored: new Map(), requests: [], share: null, shareRequests: [] };
    buckets.set(name, b);
  }
  return b;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (part) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** Answers one /__feedback/* request; `cors` adds the CORS headers (second origin). */
async function answer(req, res, { crossOrigin, origin }) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean); // ['__feedback', bucket, action?]
  const corsHeaders = {};
  const send = (status, body, extra = {}) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Content-Length': String(Buffer.byteLength(text)),
      ...corsHeaders,
      ...extra,
    });
    res.end(text);
  };

  if (parts[1] === 'origin') return send(200, { origin });
  const name = parts[1] ?? '';
  const b = bucket(name);
  if (crossOrigin && b.mode !== 'cors') {
    corsHeaders['Access-Control-Allow-Origin'] = req.headers.origin ?? '*';
    corsHeaders['Vary'] = 'Origin';
  }

  if (req.method === 'OPTIONS') {
    // The preflight of a JSON POST from another origin.
    return send(204, '', {
      ...(b.mode === 'cors'
        ? {}
        : { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type' }),
    });
  }
  if (req.method === 'GET' && parts[2] === 'mode') {
    b.mode = url.searchParams.get('set') ?? 'ok';
    return send(200, { mode: b.mode });
  }
  if (req.method === 'GET' && parts[2] === 'count') {
    return send(200, {
      hits: b.hits,
      stored: b.stored.size,
      bodies: [...b.stored.values()],
      requests: b.requests,
      shareRequests: b.shareRequests,
    });
  }
  if (req.method === 'GET' && parts[2] === 'share-set') {
    const status = Number(url.searchParams.get('status') ?? 200);
    const yes = Number(url.searchParams.get('yes') ?? 0);
    const total = Number(url.searchParams.get('total') ?? 0);
    b.share = { status, yes, total };
    return send(200, b.share);
  }
  if (req.method === 'GET' && parts[2] === 'share') {
    const page = url.searchParams.get('page');
    b.shareRequests.push({ page, cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
    if (!b.share || b.share.status === 404) return send(404, { error: 'this page has no public summary' });
    if (b.share.status !== 200) return send(b.share.status, { error: `fake endpoint: ${b.share.status}` });
    // As server/src/app.ts: below the minimum the counts are withheld, so no single answer shows.
    const enough = b.share.total >= SHARE_MINIMUM;
    return send(200, {
      page,
      yes: enough ? b.share.yes : null,
      total: enough ? b.share.total : null,
      share: enough ? Math.round((b.share.yes / b.share.total) * 1000) / 1000 : null,
      minimum: SHARE_MINIMUM,
    });
  }
  if (req.method !== 'POST') return send(405, { error: 'POST only' });

  b.hits++;
  const text = await readBody(req);
  b.requests.push({
    contentType: req.headers['content-type'] ?? null,
    cookie: req.headers.cookie ?? null,
    referer: req.headers.referer ?? null,
    origin: req.headers.origin ?? null,
    mode: b.mode,
  });
  switch (b.mode) {
    case 'drop':
      req.socket.destroy();
      return;
    case 'hang':
      req.socket.setTimeout(0); // the client's abort closes the socket
      return;
    case 'cors':
    case 'ok':
      break;
    default: {
      const status = Number(b.mode);
      return send(
        status,
        { error: `fake endpoint: ${status}` },
        status === 429 ? { 'Retry-After': '30' } : {},
      );
    }
  }
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return send(400, { error: 'not JSON' });
  }
  const key = body?.idempotencyKey;
  if (typeof key !== 'string' || !key) return send(400, { error: 'idempotencyKey missing' });
  if (b.stored.has(key)) return send(200, { status: 'duplicate' });
  b.stored.set(key, body);
  return send(201, { status: 'stored' });
}

function handler(options) {
  return (req, res) =>
    answer(req, res, options).catch((error) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    });
}

export function feedbackEndpointPlugin() {
  let second;
  let origin = '';
  return {
    name: 'insyn-feedback-endpoint',
    async serverStart({ server, logger }) {
      second = createServer(
        handler({
          crossOrigin: true,
          get origin() {
            return origin;
          },
        }),
      );
      await new Promise((resolve) => second.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${second.address().port}`;
      if (!server) {
        logger?.warn?.(
          'insyn-feedback-endpoint: no HTTP server (middleware mode); /__feedback/* is not served.',
        );
        return;
      }
      const sameOrigin = handler({
        crossOrigin: false,
        get origin() {
          return origin;
        },
      });
      const handlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url?.startsWith('/__feedback/')) return void sameOrigin(req, res);
        for (const h of handlers) h.call(server, req, res);
      });
    },
    async serverStop() {
      second?.closeAllConnections?.();
      await new Promise((resolve) => (second ? second.close(() => resolve()) : resolve()));
    },
  };
}

// A dev-server plugin that answers /__fault/* with the failures a feed loader must survive.
// Served on the test runner's own 127.0.0.1 server, so it stops with the test run.
//
// GET /__fault/<anything>?<query>
//   status=404           HTTP status of the answer (default 200)
//   type=text/html       Content-Type header, sent as given (default application/json; "none" sends no header)
//   body=...             response body (default empty)
//   delay=3000           wait this many ms before answering
//   key=k                count hits under k (see /__fault/count)
//   fail-first=N         the first N hits of `key` fail (see fail-status), later ones answer normally
//   fail-after=N         the first N hits of `key` answer normally, later ones fail
//   fail-status=503      how a failing hit fails: an HTTP status (default 503, body "Service Unavailable"),
//                        "drop" to close the connection without an answer (fetch rejects: a network error),
//                        or "hang" to never answer (until the client gives up)
//   truncate=N           announce the full Content-Length but send only the first N bytes, then close
//                        (the body read fails mid-way, as on a dropped mobile connection)
// GET /__fault/count?key=k  → {"hits": n}: how often key k was hit since the server started.
// GET /__fault/reset?key=k  → forgets the hits of key k.
//
// Answers carry `Cache-Control: no-store`, so the browser's HTTP cache never hides a hit.
//
// Why not a plugin `serve` hook: the dev server forces status 200 on whatever `serve` returns,
// and its etag middleware turns repeated answers into 304s. So the plugin answers /__fault/*
// at the Node HTTP level, before Koa sees the request, and hands every other request on.
const hits = new Map();

/** Answers one /__fault/* request on Node's raw request and response. */
async function answerFault(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const params = url.searchParams;
  const key = params.get('key');
  const send = (status, body, type) => {
    const headers = { 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(body)) };
    if (type !== 'none') headers['Content-Type'] = type;
    res.writeHead(status, headers);
    res.end(body);
  };

  if (url.pathname === '/__fault/count') {
    send(200, JSON.stringify({ hits: hits.get(key) ?? 0 }), 'application/json');
    return;
  }
  if (url.pathname === '/__fault/reset') {
    hits.delete(key);
    send(200, '{}', 'application/json');
    return;
  }

  let hit = 0;
  if (key) {
    hit = (hits.get(key) ?? 0) + 1;
    hits.set(key, hit);
  }
  const delay = Number(params.get('delay') ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  if (res.destroyed || req.socket.destroyed) return; // the client gave up while we waited

  const failFirst = Number(params.get('fail-first') ?? 0);
  const failAfter = params.has('fail-after') ? Number(params.get('fail-after')) : Infinity;
  if ((failFirst > 0 && hit <= failFirst) || (key !== null && hit > failAfter)) {
    const failStatus = params.get('fail-status') ?? '503';
    if (failStatus === 'drop') req.socket.destroy();
    else if (failStatus === 'hang')
      req.socket.setTimeout(0); // the client's abort closes the socket
    else send(Number(failStatus), 'Service Unavailable', 'text/plain; charset=utf-8');
    return;
  }

  const status = Number(params.get('status') ?? 200);
  const body = params.get('body') ?? '';
  const type = params.get('type') ?? 'application/json';
  if (params.has('truncate')) {
    const bytes = Buffer.from(body, 'utf8');
    const headers = { 'Cache-Control': 'no-store', 'Content-Length': String(bytes.length) };
    if (type !== 'none') headers['Content-Type'] = type;
    res.writeHead(status, headers);
    // Give the first bytes a moment on the wire, then cut the connection.
    res.write(bytes.subarray(0, Number(params.get('truncate'))), () => {
      setTimeout(() => req.socket.destroy(), 20);
    });
    return;
  }
  send(status, body, type);
}

export function faultServerPlugin() {
  return {
    name: 'insyn-fault-server',
    serverStart({ server, logger }) {
      if (!server) {
        logger?.warn?.('insyn-fault-server: no HTTP server (middleware mode); /__fault/* is not served.');
        return;
      }
      const handlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url?.startsWith('/__fault/')) {
          answerFault(req, res).catch((error) => {
            if (!res.headersSent) res.writeHead(500).end(String(error));
            else res.destroy();
          });
          return;
        }
        for (const handler of handlers) handler.call(server, req, res);
      });
    },
  };
}

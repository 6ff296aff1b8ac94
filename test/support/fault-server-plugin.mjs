// A dev-server plugin that answers /__fault/* with the failures a feed loader must survive.
// Query: ?status=500&type=text/html&delay=3000&body=...  Served on the test runner's own
// 127.0.0.1 server, so it stops with the test run. /__fault/count?key=k tells how often key k was hit.
const hits = new Map();

export function faultServerPlugin() {
  return {
    name: 'insyn-fault-server',
    async serve(context) {
      const url = new URL(context.request.url, 'http://127.0.0.1');
      if (!url.pathname.startsWith('/__fault/')) return undefined;
      const params = url.searchParams;
      if (url.pathname === '/__fault/count') {
        return { body: JSON.stringify({ hits: hits.get(params.get('key')) ?? 0 }), type: 'application/json' };
      }
      const key = params.get('key');
      if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
      const delay = Number(params.get('delay') ?? 0);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      // fail-first=N: the first N hits of `key` answer 503, later ones succeed.
      const failFirst = Number(params.get('fail-first') ?? 0);
      if (failFirst && (hits.get(key) ?? 0) <= failFirst) {
        context.response.status = 503;
        return { body: 'Service Unavailable', type: 'text/plain' };
      }
      context.response.status = Number(params.get('status') ?? 200);
      return { body: params.get('body') ?? '', type: params.get('type') ?? 'application/json' };
    },
  };
}

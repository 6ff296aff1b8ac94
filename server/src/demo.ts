/// <reference types="node" />
/**
 * The demo page on the service itself (`insyn serve`): the whole flow — page, feed, bundles,
 * answers — from one process on one machine. The page and the bundles are the `insyn`
 * package's (demo/ and dist/), found where Node resolves `insyn` from this package. The page in
 * demo/ loads the TypeScript source through Vite; here it gets the built bundle, dist/insyn.js.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The `insyn` package's folder, or null when it cannot be found (the service installed without
 * its peer dependency): the demo routes then answer 404 and `insyn serve` says why.
 */
export function insynRoot(): string | null {
  try {
    return dirname(fileURLToPath(import.meta.resolve('insyn/package.json')));
  } catch {
    return null;
  }
}

export const PACKAGE_ROOT = insynRoot();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Helmet's default policy without upgrade-insecure-requests, which would send the page's own
 * requests to https on a plain-http 127.0.0.1.
 */
export const DEMO_CSP =
  "default-src 'self'; base-uri 'self'; font-src 'self' data:; form-action 'self'; frame-ancestors 'self'; " +
  "img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; " +
  "style-src 'self' 'unsafe-inline'; connect-src 'self'";

async function sendFile(reply: FastifyReply, folder: string, relative: string): Promise<FastifyReply> {
  const file = normalize(join(folder, relative));
  if (!file.startsWith(folder + sep) || relative.includes('\0'))
    return reply.code(404).send({ error: 'not found' });
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return reply.code(404).send({ error: 'not found' });
  return reply
    .header('content-security-policy', DEMO_CSP)
    .header('cache-control', 'no-cache')
    .type(TYPES[extname(file)] ?? 'application/octet-stream')
    .send(createReadStream(file));
}

/** True when the bundles are there; `insyn serve` warns when they are not (run `npm run build`). */
export function demoBuilt(root = PACKAGE_ROOT): boolean {
  return root !== null && existsSync(join(root, 'dist', 'insyn.js'));
}

/**
 * The web validator for editors (dist/validate.html and its script, built from demo/validate.*)
 * at /validate/. It runs in the browser and reads nothing from the service, so it is served
 * even when the demo is off (INSYN_SERVE_DEMO=0).
 */
export function registerValidator(app: FastifyInstance, root = PACKAGE_ROOT): void {
  if (root === null) return;
  const dist = join(root, 'dist');
  app.get('/validate', (_request, reply) => reply.redirect('/validate/'));
  app.get('/validate/', (_request, reply) => sendFile(reply, dist, 'validate.html'));
  // Its stylesheet, script and the chunks the script imports, by their relative addresses.
  app.get<{ Params: { '*': string } }>('/validate/*', (request, reply) =>
    sendFile(reply, dist, request.params['*']),
  );
}

export function registerDemo(app: FastifyInstance, root = PACKAGE_ROOT): void {
  if (root === null) return;
  const demo = join(root, 'demo');
  const dist = join(root, 'dist');
  app.get('/', (_request, reply) => reply.redirect('/demo/'));
  // The demo links the validator's development page; here it is the built one.
  app.get('/demo/validate.html', (_request, reply) => reply.redirect('/validate/'));
  app.get('/demo', (_request, reply) => reply.redirect('/demo/'));
  app.get('/demo/', async (_request, reply) => {
    const html = await readFile(join(demo, 'index.html'), 'utf8');
    return reply
      .header('content-security-policy', DEMO_CSP)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html.replace(/\/src\/define\/all\.ts/g, '/dist/insyn.js'));
  });
  app.get<{ Params: { '*': string } }>('/demo/*', (request, reply) =>
    sendFile(reply, demo, request.params['*']),
  );
  app.get<{ Params: { '*': string } }>('/dist/*', (request, reply) =>
    sendFile(reply, dist, request.params['*']),
  );
}

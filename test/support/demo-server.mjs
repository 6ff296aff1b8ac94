// The demo pages as `npm start` serves them (Vite with vite.config.ts, the real feedback service
// behind it), for page tests: on 127.0.0.1 and a free port, with no hot reload or dependency
// discovery (which would reload a page half-way through a test), and the service's SQLite in a
// throwaway folder instead of the working tree's ./data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { REPO_ROOT } from './static-server.mjs';

/** Starts the dev server; resolves with its origin and a close() that removes the data too. */
export async function startDemoServer() {
  const data = mkdtempSync(join(tmpdir(), 'insyn-demo-data-'));
  const previous = process.env.INSYN_DATA_DIR;
  process.env.INSYN_DATA_DIR = data; // read by vite.config.ts when the service starts
  const server = await createServer({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    await server.listen();
  } finally {
    if (previous === undefined) delete process.env.INSYN_DATA_DIR;
    else process.env.INSYN_DATA_DIR = previous;
  }
  return {
    origin: `http://127.0.0.1:${server.httpServer.address().port}`,
    async close() {
      await server.close();
      rmSync(data, { recursive: true, force: true });
    },
  };
}

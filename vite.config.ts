/// <reference types="node" />
// `npm start`: the demo page (demo/index.html) on the built-in example feed, with hot reload,
// and the real feedback service behind it (SQLite in ./data unless DATABASE_URL is set).
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** Sends / to the demo page and prints its address, so the URL to open is the one shown. */
function demoPage(): Plugin {
  return {
    name: 'insyn-demo-page',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
      server.httpServer?.once('listening', () => {
        setTimeout(() => {
          const url = server.resolvedUrls?.local[0];
          if (url) server.config.logger.info(`\n  Insyn demo page: ${url}demo/\n`);
        }, 50);
      });
    },
  };
}

/** What the dev server needs of the service (server/src/index.ts). */
interface Service {
  loadConfig(env: Record<string, string | undefined>): {
    sqlitePath: string;
    databaseUrl: string | null;
    adminToken: string | null;
  };
  startServer(config: unknown): Promise<{ url: string; close(): Promise<void> }>;
}

/** The service's routes; everything else is Vite's. */
const SERVICE_PATHS = /^\/(api\/|admin(\/|$|\?)|health(\/|$|\?))/;

/**
 * The real feedback service behind the demo page: the service's TypeScript source, loaded
 * through Vite, listening on a free port on 127.0.0.1, with /api/, /admin and /health passed on
 * to it. SQLite in ./data (INSYN_DATA_DIR), or PostgreSQL with DATABASE_URL; every other
 * setting of `insyn serve` works too. It closes with the dev server, and Ctrl-C closes both.
 */
function feedbackService(): Plugin {
  return {
    name: 'insyn-feedback-service',
    apply: 'serve',
    async configureServer(server) {
      const service = (await server.ssrLoadModule('/server/src/index.ts')) as unknown as Service;
      const config = service.loadConfig({
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        INSYN_SERVE_DEMO: '0',
        // Vite prints what matters; the service's JSON log only when asked for.
        INSYN_LOG_LEVEL: process.env.INSYN_LOG_LEVEL ?? 'error',
      });
      const running = await service.startServer(config);
      const target = new URL(running.url);
      let closed: Promise<void> | undefined;
      const close = (): Promise<void> => (closed ??= running.close());
      server.httpServer?.once('close', () => void close());
      const stop = (): void => {
        void Promise.allSettled([server.close(), close()]).then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      server.httpServer?.once('listening', () => {
        setTimeout(() => {
          const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.sqlitePath;
          const url = server.resolvedUrls?.local[0] ?? '/';
          server.config.logger.info(`  Feedback service: answers stored in ${where}`);
          server.config.logger.info(
            config.adminToken
              ? `  Editors' page: ${url}admin\n`
              : `  Editors' page: set INSYN_ADMIN_TOKEN to open ${url}admin\n`,
          );
        }, 60);
      });
      server.middlewares.use((req, res, next) => {
        if (!SERVICE_PATHS.test(req.url ?? '')) return next();
        const forward = request(
          {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: req.headers.host ?? target.host },
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.on('error', (error) => {
          res.statusCode = 502;
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify({ error: `feedback service: ${error.message}` }));
        });
        req.pipe(forward);
      });
    },
  };
}

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  // The service imports the wire contract from the insyn package; here, its source.
  resolve: {
    alias: [
      {
        find: /^insyn\/feedback-contract$/,
        replacement: fileURLToPath(new URL('src/feedback-prompt/contract.ts', import.meta.url)),
      },
    ],
  },
  plugins: [demoPage(), feedbackService()],
});

// `npm start`: serves the demo page (demo/index.html) on the built-in example feed.
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

/**
 * The dev server's /api/feedback accepts answers and logs them, so the flow can be tried with
 * `npm start` and hot reload. Nothing is stored: `npm run serve` runs the real service.
 */
function demoFeedbackEndpoint(): Plugin {
  return {
    name: 'insyn-demo-feedback-endpoint',
    configureServer(server) {
      server.middlewares.use('/api/feedback', (req, res) => {
        if (req.method !== 'POST') {
          res.statusCode = 405;
          res.setHeader('Allow', 'POST');
          res.end();
          return;
        }
        let size = 0;
        req.on('data', (chunk: Buffer) => (size += chunk.length));
        req.on('end', () => {
          server.config.logger.info(`  demo feedback endpoint: received ${size} bytes (not stored)`);
          res.statusCode = 201;
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify({ stored: false, note: 'demo endpoint: nothing is stored' }));
        });
      });
    },
  };
}

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  plugins: [demoPage(), demoFeedbackEndpoint()],
});

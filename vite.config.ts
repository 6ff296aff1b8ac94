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

export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  plugins: [demoPage()],
});

/**
 * @insyn/feedback-service: the service that <feedback-prompt> posts to. `insyn serve` (the
 * `insyn` package's command) and `insyn-feedback-service` both run serve(); an application
 * that wants the service inside its own process uses startServer() or buildApp().
 */
export { buildApp, startServer, type AppOptions, type RunningServer } from './app.js';
export { ConfigError, loadConfig, type ServerConfig } from './config.js';
export { serve, type ServeIo } from './main.js';
export { openStore, StoreError } from './store/index.js';
export type { FeedbackStore, StoredAnswer } from './store/index.js';

/**
 * Opens the store the configuration asks for and brings its schema up to date. Each driver is
 * imported only when chosen, so a SQLite service never loads pg and the other way round.
 */
import type { ServerConfig } from '../config.js';
import type { FeedbackStore } from './types.js';

export async function openStore(
  config: Pick<ServerConfig, 'databaseUrl' | 'sqlitePath'>,
): Promise<FeedbackStore> {
  const store = config.databaseUrl
    ? await (await import('./postgres.js')).openPostgresStore(config.databaseUrl)
    : await (await import('./sqlite.js')).openSqliteStore(config.sqlitePath);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

export { StoreError } from './errors.js';
export type * from './types.js';

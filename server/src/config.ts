/// <reference types="node" />
/**
 * The feedback service's settings, all from environment variables (README: "Feedback service").
 * Read once at start; a bad value is a ConfigError whose message names the variable, so
 * `insyn serve` can say what to fix and exit 1 instead of starting half-configured.
 */
import { resolve } from 'node:path';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Folder of the SQLite file; unused with PostgreSQL. */
  readonly dataDir: string;
  /** The SQLite file, `<dataDir>/feedback.sqlite`. */
  readonly sqlitePath: string;
  /** postgres://… when set: PostgreSQL instead of SQLite. */
  readonly databaseUrl: string | null;
  /** Bearer token of the read side; null turns the read side off. */
  readonly adminToken: string | null;
  /** Origins allowed to POST from another site; empty: same origin only. */
  readonly corsOrigins: readonly string[];
  /** POSTs per client and minute; 0: no limit (the load benchmark). */
  readonly rateLimit: number;
  /** Pages whose share of "Ja" is public: exact paths, `prefix*`, or `*` for all. */
  readonly publicSummary: readonly string[];
  /** Serve the demo page, its feed and the built bundles at `/`. */
  readonly serveDemo: boolean;
  /** Fastify's trustProxy: false, true, a hop count, or addresses/CIDRs. */
  readonly trustProxy: boolean | number | string;
  /** pino level; `silent` in tests. */
  readonly logLevel: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function flag(name: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (!value) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true/false), not "${raw}"`);
}

function integer(name: string, raw: string | undefined, fallback: number, max: number): number {
  const value = raw?.trim();
  if (!value) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new ConfigError(`${name} must be a whole number from 0 to ${max}, not "${raw}"`);
  return Number(value);
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Origins are compared with the browser's Origin header, so they must be bare scheme://host[:port]. */
function origins(raw: string | undefined): string[] {
  return list(raw).map((item) => {
    let url: URL;
    try {
      url = new URL(item);
    } catch {
      throw new ConfigError(`INSYN_CORS_ORIGINS: "${item}" is not an origin such as https://www.example.se`);
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== item.replace(/\/$/, ''))
      throw new ConfigError(
        `INSYN_CORS_ORIGINS: "${item}" must be scheme://host[:port], with no path (e.g. https://www.example.se)`,
      );
    return url.origin;
  });
}

/** Checks the URL's shape only; whether the database answers is found out at start. */
function databaseUrl(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL is not a URL; expected postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}// (SQLite needs no URL: leave it unset)`,
    );
  if (!url.hostname && !url.searchParams.get('host'))
    throw new ConfigError('DATABASE_URL has no host; expected postgres://user:password@host:5432/database');
  return value;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim();
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'].includes(value.toLowerCase()))
    return flag('INSYN_TRUST_PROXY', value, false);
  return value;
}

export function loadConfig(env: Env = process.env): ServerConfig {
  const dataDir = resolve(env.INSYN_DATA_DIR?.trim() || './data');
  const logLevel = env.INSYN_LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`INSYN_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  return {
    port: integer('PORT', env.PORT, 8080, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir,
    sqlitePath: resolve(dataDir, 'feedback.sqlite'),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    adminToken: env.INSYN_ADMIN_TOKEN?.trim() || null,
    corsOrigins: origins(env.INSYN_CORS_ORIGINS),
    rateLimit: integer('INSYN_RATE_LIMIT', env.INSYN_RATE_LIMIT, 30, 1_000_000),
    publicSummary: list(env.INSYN_PUBLIC_SUMMARY),
    serveDemo: flag('INSYN_SERVE_DEMO', env.INSYN_SERVE_DEMO, true),
    trustProxy: trustProxy(env.INSYN_TRUST_PROXY),
    logLevel,
  };
}

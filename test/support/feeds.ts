/**
 * Feeds for element tests: fixtures, URLs that serve given JSON (data: or the fault server, see
 * fault-server-plugin.mjs), keys unique to a run, hit counts, and cleanup of stored copies.
 */
import { FEED_STORAGE_PREFIX } from '../../src/feed/loader.js';

/** Unique to this page load: hit counts and stored copies never mix with other runs or files. */
export const RUN_ID = Math.random().toString(36).slice(2, 10);
let serial = 0;

/** A fault-server key unique to this run, e.g. `ab12cd34-retry-7`. */
export function uniqueKey(name = 'feed'): string {
  return `${RUN_ID}-${name}-${++serial}`;
}

const fixtures = new Map<string, Promise<unknown>>();

/** A fresh copy of `test/fixtures/<name>.json` (fetched once per page, cloned per call). */
export async function loadFixture<T = Record<string, unknown>>(name: string): Promise<T> {
  let loading = fixtures.get(name);
  if (!loading) {
    loading = fetch(`/test/fixtures/${encodeURIComponent(name)}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    });
    fixtures.set(name, loading);
  }
  return structuredClone(await loading) as T;
}

/** JSON text of a value; a string is taken as the text itself (for broken JSON and HTML). */
function asText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * A data: URL that serves `body` as application/json. It carries the run id as a media-type
 * parameter, so {@link clearStoredFeeds} finds its stored copy.
 */
export function dataUrl(body: unknown): string {
  return `data:application/json;run=${RUN_ID},${encodeURIComponent(asText(body))}`;
}

export interface FaultOptions {
  /** The answer's body: a value is sent as JSON, a string as it is. */
  body?: unknown;
  /** HTTP status (default 200). */
  status?: number;
  /** Content-Type (default application/json; 'none' sends no header). */
  type?: string;
  /** Wait this many ms before answering. */
  delay?: number;
  /** Counts hits under this key (see {@link faultHits}); needed for fail-first. */
  key?: string;
  /** The first N hits of `key` fail with `failStatus`. */
  failFirst?: number;
  /** How a failing hit fails: a status (default 503), 'drop' or 'hang'. */
  failStatus?: number | 'drop' | 'hang';
}

/** A relative fault-server URL that answers as told, e.g. `/__fault/feed?status=404&key=…`. */
export function faultUrl(options: FaultOptions = {}): string {
  // The run id marks the URL as this run's (see clearStoredFeeds); the server ignores it.
  const params: [string, string][] = [['run', RUN_ID]];
  if (options.key !== undefined) params.push(['key', options.key]);
  if (options.status !== undefined) params.push(['status', String(options.status)]);
  if (options.type !== undefined) params.push(['type', options.type]);
  if (options.delay !== undefined) params.push(['delay', String(options.delay)]);
  if (options.failFirst !== undefined) params.push(['fail-first', String(options.failFirst)]);
  if (options.failStatus !== undefined) params.push(['fail-status', String(options.failStatus)]);
  if (options.body !== undefined) params.push(['body', asText(options.body)]);
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `/__fault/feed?${query}`;
}

/** How often the fault server was hit under `key`. */
export async function faultHits(key: string): Promise<number> {
  const response = await fetch(`/__fault/count?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { hits: number }).hits;
}

/**
 * Removes the last good copies this run stored (their URLs carry the run id). Other test files
 * share localStorage (same origin), so nothing else is touched.
 */
export function clearStoredFeeds(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(FEED_STORAGE_PREFIX) && key.includes(RUN_ID)) localStorage.removeItem(key);
  }
}

/**
 * The feed loader: one fetch per feed URL per page, shared by every element that shows it.
 *
 * Elements call {@link acquireFeed} when they connect (or their `src` changes) and
 * `release()` the lease when they disconnect. The loader adds what a resident on a slow
 * connection and an editor with a broken feed both need: a deadline, bounded retries of
 * transient failures, typed errors with a `kind`, and a last good copy in `localStorage`.
 *
 * No Lit here: only fetch, AbortController and localStorage.
 *
 * Decisions (see the TSDoc of each option for details):
 * - `timeoutMs` is a deadline for the whole load, retries included, so an element knows
 *   within that time whether it has data, a stale copy or an error.
 * - Retried: network errors (fetch rejects, or the body breaks off) and HTTP 5xx, 408, 429.
 *   Not retried: other 4xx, a wrong content type, and JSON that does not parse; retrying
 *   cannot fix those.
 * - The last good copy is served (`stale: true`) only after transient failures (network,
 *   timeout, 5xx/408/429). A 4xx means the feed moved or is forbidden, a wrong content type
 *   is usually a login or error page, and a parse error is a broken edit: in those cases the
 *   editor must see the error, not yesterday's data.
 * - Content types: `application/json`, `application/*+json` and `text/json` are JSON.
 *   `text/plain`, `application/octet-stream` and a missing type are common for static `.json`
 *   files on CMS and file servers, so they are accepted when the body is JSON; when it is not,
 *   a body that starts with `{` or `[` is reported as a parse error (line and column help the
 *   editor), anything else as a content-type error. A body starting with `<` is always an
 *   HTML (or XML) error, whatever the header says. Any other type is a content-type error.
 * - `cache: 'no-cache'`: the browser revalidates with the server (a cheap 304 when unchanged),
 *   so an edited feed shows up on the next page view instead of after a heuristic expiry.
 * - `credentials: 'same-origin'`: intranet feeds on the page's own origin get the session
 *   cookie; cross-origin feeds work with a plain `Access-Control-Allow-Origin: *`.
 * - Failed and stale loads are not kept in the page cache, so an element that acquires the
 *   URL later tries the network again. Successful loads are kept for the page's lifetime.
 */
import { FeedLoadError } from './errors.js';
import { parseFeedText, withoutBom } from './parse-feed-text.js';

/** How a feed is loaded. The first lease of a URL decides; later leases share its load. */
export interface LoadOptions {
  /**
   * Deadline in ms for the whole load, retries included; then the load fails with kind
   * `'timeout'` (or resolves with the last good copy). `0` or `Infinity`: no deadline.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * How many times a transient failure (network error, HTTP 5xx/408/429) is retried.
   * @default 2
   */
  retries?: number;
  /**
   * Delay before the first retry in ms; it doubles for each further retry, plus up to 20 %
   * jitter. A retry that would start after the deadline is not made.
   * @default 500
   */
  retryDelayMs?: number;
  /**
   * Keep the last good copy in `localStorage` and fall back to it after transient failures.
   * Set to `false` where nothing may be stored on the resident's device.
   * @default true
   */
  persist?: boolean;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
}

/** A loaded feed. `data` is shared by every element that loaded the URL: treat it as read-only. */
export interface LoadedFeed {
  /** The absolute URL the feed was requested from (without a `#fragment`). */
  readonly url: string;
  /** The parsed JSON, not yet validated. */
  readonly data: unknown;
  /** When the data was fetched; for a stale copy, when that copy was saved. */
  readonly fetchedAt: Date;
  /** `true` when the network failed and this is the last good copy from `localStorage`. */
  readonly stale: boolean;
  /** For a stale copy: why the fresh load failed. */
  readonly error?: FeedLoadError;
}

/** A claim on a feed. Call `release()` once, when the element no longer needs it. */
export interface FeedLease {
  /**
   * Resolves with the feed. Rejects with a `FeedLoadError` (kinds `timeout`, `network`,
   * `http`, `content-type`, `aborted`, `missing`) or a `FeedParseError` (kind `parse`).
   */
  readonly promise: Promise<LoadedFeed>;
  /** Gives the claim up; when no claim is left on a load still in flight, it is aborted. Idempotent. */
  release(): void;
}

/** Prefix of the `localStorage` keys holding last good copies; the absolute URL follows. */
export const FEED_STORAGE_PREFIX = 'insyn:feed:';

/** Texts longer than this (UTF-16 code units, about 2 MB) are not stored as a last good copy. */
const MAX_STORED_LENGTH = 2 * 1024 * 1024;
/** The largest delay setTimeout handles; longer deadlines count as none. */
const MAX_TIMER_MS = 2 ** 31 - 1;

const DEFAULTS = { timeoutMs: 10_000, retries: 2, retryDelayMs: 500, persist: true } as const;

interface Entry {
  readonly controller: AbortController;
  /** Set right after the entry is made (its callbacks need the entry). */
  promise: Promise<LoadedFeed>;
  refs: number;
  settled: boolean;
}

/** One entry per absolute URL: the page-wide registry. */
const registry = new Map<string, Entry>();

/**
 * Claims the feed at `url` (resolved against `document.baseURI`). All claims on one URL share
 * one fetch and, once it succeeded, its result for the rest of the page's life.
 *
 * @example
 * ```ts
 * const lease = acquireFeed(this.src);
 * try {
 *   const { data, stale } = await lease.promise;
 * } finally {
 *   // in disconnectedCallback, or when `src` changes
 *   lease.release();
 * }
 * ```
 */
export function acquireFeed(url: string, options: LoadOptions = {}): FeedLease {
  let key: string;
  try {
    key = resolveFeedUrl(url);
  } catch (error) {
    const failure = error instanceof FeedLoadError ? error : new FeedLoadError(String(error), 'missing', url);
    const promise = Promise.reject(failure);
    promise.catch(() => undefined);
    return { promise, release() {} };
  }

  let entry = registry.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created = { controller, refs: 0, settled: false } as Entry;
    created.promise = load(key, options, controller).then(
      (feed) => {
        created.settled = true;
        // Stale copies are not kept: a later claim should try the network again.
        if (feed.stale) forget(key, created);
        return feed;
      },
      (error: unknown) => {
        created.settled = true;
        forget(key, created);
        throw error;
      },
    );
    // The promise may end with nobody listening (every lease released); that is no page error.
    created.promise.catch(() => undefined);
    registry.set(key, created);
    entry = created;
  }

  const claimed = entry;
  claimed.refs++;
  let released = false;
  return {
    promise: claimed.promise,
    release() {
      if (released) return;
      released = true;
      claimed.refs--;
      if (claimed.refs <= 0 && !claimed.settled) {
        forget(key, claimed);
        claimed.controller.abort(
          new FeedLoadError(`Loading the feed at ${key} was aborted.`, 'aborted', key),
        );
      }
    },
  };
}

/**
 * Forgets every feed loaded in this page (the last good copies in `localStorage` stay) and
 * aborts loads still in flight. For tests, and for pages that must reload feeds.
 */
export function clearFeedCache(): void {
  const entries = [...registry.entries()];
  registry.clear();
  for (const [key, entry] of entries) {
    if (!entry.settled) {
      entry.controller.abort(new FeedLoadError(`Loading the feed at ${key} was aborted.`, 'aborted', key));
    }
  }
}

/**
 * The absolute URL a feed is loaded and cached under: `url` resolved against
 * `document.baseURI`, without its `#fragment`.
 *
 * @throws {FeedLoadError} kind `'missing'` when `url` is empty or not a URL.
 */
export function resolveFeedUrl(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '') throw new FeedLoadError('No feed URL was given.', 'missing', url);
  const base = typeof document !== 'undefined' ? document.baseURI : globalThis.location?.href;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, base);
  } catch (error) {
    throw new FeedLoadError(`"${url}" is not a valid feed URL.`, 'missing', url, undefined, { cause: error });
  }
  resolved.hash = '';
  return resolved.href;
}

function forget(key: string, entry: Entry): void {
  if (registry.get(key) === entry) registry.delete(key);
}

async function load(url: string, options: LoadOptions, controller: AbortController): Promise<LoadedFeed> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const persist = options.persist ?? DEFAULTS.persist;
  const hasDeadline = Number.isFinite(timeoutMs) && timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS;
  const deadline = hasDeadline ? Date.now() + timeoutMs : Infinity;
  const timer = hasDeadline
    ? setTimeout(() => {
        const seconds = Math.round(timeoutMs / 100) / 10;
        controller.abort(
          new FeedLoadError(`The feed at ${url} did not load within ${seconds} s.`, 'timeout', url),
        );
      }, timeoutMs)
    : undefined;

  try {
    const { text, contentType } = await fetchText(url, options, controller.signal, deadline);
    const data = await parseBody(url, text, contentType);
    const fetchedAt = new Date();
    if (persist) saveLastGood(url, text, fetchedAt);
    return { url, data, fetchedAt, stale: false };
  } catch (error) {
    if (persist && error instanceof FeedLoadError && isTransient(error)) {
      const copy = readLastGood(url, error);
      if (copy) return copy;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches the body of a 2xx answer, retrying transient failures with exponential backoff. */
async function fetchText(
  url: string,
  options: LoadOptions,
  signal: AbortSignal,
  deadline: number,
): Promise<{ text: string; contentType: string }> {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const retries = Math.max(0, options.retries ?? DEFAULTS.retries);
  const retryDelayMs = Math.max(0, options.retryDelayMs ?? DEFAULTS.retryDelayMs);

  for (let attempt = 0; ; attempt++) {
    let failure: FeedLoadError;
    try {
      const response = await doFetch(url, {
        signal,
        credentials: 'same-origin',
        cache: 'no-cache',
        headers: { Accept: 'application/json' },
      });
      if (response.ok) {
        const text = await response.text();
        return { text, contentType: response.headers.get('Content-Type') ?? '' };
      }
      response.body?.cancel().catch(() => undefined);
      const status = response.status;
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      failure = new FeedLoadError(
        `The feed at ${url} answered HTTP ${status}${statusText}.`,
        'http',
        url,
        status,
      );
      if (!isTransient(failure)) throw failure;
    } catch (error) {
      if (signal.aborted) throw abortReason(signal, url);
      if (error instanceof FeedLoadError) throw error;
      failure = new FeedLoadError(
        `The feed at ${url} could not be reached: the network failed, or the server does not allow ` +
          'this page to read it (CORS).',
        'network',
        url,
        undefined,
        { cause: error },
      );
    }

    if (attempt >= retries) throw failure;
    const delay = retryDelayMs * 2 ** attempt * (1 + Math.random() * 0.2);
    // No time left for another try: report what went wrong rather than a timeout.
    if (Date.now() + delay >= deadline) throw failure;
    try {
      await sleep(delay, signal);
    } catch {
      throw abortReason(signal, url);
    }
  }
}

/** Network failures, timeouts and HTTP 5xx, 408 and 429 may pass; everything else will not. */
function isTransient(error: FeedLoadError): boolean {
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'http':
      return (
        error.status !== undefined && (error.status >= 500 || error.status === 408 || error.status === 429)
      );
    default:
      return false;
  }
}

const JSON_TYPE = /^(?:application\/(?:[\w.!#$&^-]+\+)?json|text\/json)$/;
const LENIENT_TYPES = new Set(['', 'text/plain', 'application/octet-stream']);

/** Checks the body and its content type, then parses it (see the decisions at the top). */
async function parseBody(url: string, text: string, contentType: string): Promise<unknown> {
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const served = mediaType === '' ? 'without a content type' : `as ${mediaType}`;
  const first = firstSignificantChar(text);
  if (first === '<') {
    throw new FeedLoadError(
      `The feed at ${url} is HTML or XML, not JSON (served ${served}). ` +
        'This is often a login page, an error page or a wrong address.',
      'content-type',
      url,
    );
  }
  if (JSON_TYPE.test(mediaType)) return parseFeedText(text);
  if (LENIENT_TYPES.has(mediaType)) {
    try {
      return await parseFeedText(text);
    } catch (error) {
      if (first === '{' || first === '[') throw error;
      throw new FeedLoadError(
        `The feed at ${url} is not JSON (served ${served}). Serve it as application/json.`,
        'content-type',
        url,
        undefined,
        { cause: error },
      );
    }
  }
  throw new FeedLoadError(
    `The feed at ${url} was served ${served}, not as JSON. Serve it as application/json.`,
    'content-type',
    url,
  );
}

/** The first character that is not a byte order mark or whitespace, or '' for none. */
function firstSignificantChar(text: string): string {
  for (const ch of text) {
    if (ch !== '\uFEFF' && ch.trim() !== '') return ch;
  }
  return '';
}

function abortReason(signal: AbortSignal, url: string): FeedLoadError {
  const reason: unknown = signal.reason;
  return reason instanceof FeedLoadError
    ? reason
    : new FeedLoadError(`Loading the feed at ${url} was aborted.`, 'aborted', url, undefined, {
        cause: reason,
      });
}

/** Waits `ms`; rejects as soon as `signal` aborts (the caller reports `signal.reason`). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error('aborted'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** `localStorage`, or undefined where it is missing or blocked (reading the property can throw). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function saveLastGood(url: string, text: string, savedAt: Date): void {
  try {
    const store = storage();
    if (!store) return;
    const key = FEED_STORAGE_PREFIX + url;
    // Too big to keep: drop an older copy too, so a fallback never shows data older than the page did.
    if (text.length > MAX_STORED_LENGTH) store.removeItem(key);
    else store.setItem(key, JSON.stringify({ savedAt: savedAt.toISOString(), text }));
  } catch {
    // Quota exceeded, storage disabled or private mode: the copy is a convenience, not a duty.
  }
}

function readLastGood(url: string, error: FeedLoadError): LoadedFeed | undefined {
  const key = FEED_STORAGE_PREFIX + url;
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as { savedAt?: unknown; text?: unknown };
    const savedAt = typeof stored.savedAt === 'string' ? new Date(stored.savedAt) : undefined;
    if (!savedAt || Number.isNaN(savedAt.getTime()) || typeof stored.text !== 'string') {
      throw new TypeError('malformed last good copy');
    }
    // Saved only after it parsed, so a text that no longer parses is a damaged copy (caught below).
    return {
      url,
      data: JSON.parse(withoutBom(stored.text)) as unknown,
      fetchedAt: savedAt,
      stale: true,
      error,
    };
  } catch {
    try {
      storage()?.removeItem(key);
    } catch {
      // Storage blocked: nothing to clean up.
    }
    return undefined;
  }
}

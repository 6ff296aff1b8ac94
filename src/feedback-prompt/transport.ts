/**
 * How answers travel: a JSON POST with a deadline, a beacon when the page goes away, the
 * endpoint check, idempotency keys, and the one outbox a page shares. Touches fetch, navigator
 * and window (when called; importing does nothing).
 */
import { Outbox, type FeedbackBody, type SendResult } from './queue.js';
import { pickStorage } from './storage.js';

/** The endpoint as an absolute http(s) URL, or null when it is missing or anything else. */
export function resolveEndpoint(raw: string | undefined, base: string): string | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A random UUID (v4). crypto.randomUUID exists only in secure contexts; an intranet page on
 * plain http still has crypto.getRandomValues.
 */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function errorMessage(response: Response): Promise<string | undefined> {
  try {
    const { error } = (await response.json()) as { error?: unknown };
    return typeof error === 'string' ? error.slice(0, 300) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POSTs the body as JSON: no cookies, no Referer (it would carry the query string the body
 * leaves out), no cache. 2xx: sent. 408, 425, 429 and 5xx: retry later. Other statuses: refused
 * (not retried). A network error (offline, DNS, CORS) or the deadline: retry later.
 */
export async function postJson(
  endpoint: string,
  body: FeedbackBody,
  timeoutMs: number,
  fetchFn: typeof fetch = fetch,
): Promise<SendResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    const { status } = response;
    if (response.ok) return { outcome: 'sent', status };
    if ([408, 425, 429].includes(status) || status >= 500)
      return { outcome: 'retry', reason: 'server', status };
    return { outcome: 'refused', status, message: await errorMessage(response) };
  } catch {
    return { outcome: 'retry', reason: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Hands the body to navigator.sendBeacon as text/plain: a CORS-safelisted type, so no
 * preflight, which a beacon to another origin (sent with credentials) would need and often
 * fail. The server must read text/plain JSON too (docs/decisions/0005-feedback-prompt.md).
 */
export function beaconJson(endpoint: string, body: FeedbackBody): boolean {
  try {
    return navigator.sendBeacon(endpoint, JSON.stringify(body));
  } catch {
    return false;
  }
}

/** How long a POST may take before the answer waits in the outbox. */
export const DEFAULT_TIMEOUT = 10_000;

let shared: Outbox | undefined;
let sharedTimeout = DEFAULT_TIMEOUT;

/**
 * The page's outbox, made on first use: it flushes at once (what an earlier page load left),
 * again on `online`, and hands what is left to the beacon when the page is hidden or left.
 * `timeoutMs` is the deadline of the sends that follow.
 */
export function pageOutbox(timeoutMs = DEFAULT_TIMEOUT): Outbox {
  sharedTimeout = timeoutMs > 0 ? timeoutMs : DEFAULT_TIMEOUT; // NaN and 0 would abort at once
  if (!shared) {
    const outbox = new Outbox({
      storage: pickStorage(),
      send: (endpoint, body) => postJson(endpoint, body, sharedTimeout),
      beacon: beaconJson,
      online: () => navigator.onLine !== false,
    });
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') outbox.beacon();
    };
    addEventListener('online', () => void outbox.flush());
    addEventListener('pagehide', () => outbox.beacon());
    document.addEventListener('visibilitychange', hidden);
    shared = outbox;
    void outbox.flush();
  }
  return shared;
}

/**
 * Where <feedback-prompt> keeps things between page loads: which pages were answered, and the
 * outbox (queue.ts). localStorage, else sessionStorage, else nothing (private modes and
 * sandboxed frames throw on access); never cookies. Reading and writing never throw.
 * The functions take the storage as an argument, so tests and other hosts can pass their own.
 */

/** The part of the Web Storage API used here. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Key of the answered pages: { [path]: time answered (ms) }. */
export const ANSWERED_KEY = 'insyn-feedback-answered';
/** Key of the outbox (see queue.ts). */
export const OUTBOX_KEY = 'insyn-feedback-outbox';

/** How many answered pages are remembered, and for how long. */
const MAX_ANSWERED = 200;
const ANSWERED_DAYS = 365;
const DAY = 864e5;

let picked: StorageLike | null | undefined;

/**
 * localStorage if it works, else sessionStorage, else null; probed once per page. Touches the
 * DOM when called.
 */
export function pickStorage(): StorageLike | null {
  if (picked !== undefined) return picked;
  picked = null;
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = globalThis[name];
      storage.setItem(`${OUTBOX_KEY}-probe`, '1');
      storage.removeItem(`${OUTBOX_KEY}-probe`);
      return (picked = storage);
    } catch {
      // blocked, full or absent: try the next
    }
  }
  return picked;
}

/** The parsed JSON under `key`, or undefined when absent, unreadable or not JSON. */
export function readJson(storage: StorageLike | null, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON (removes the key for undefined); false when the storage refused. */
export function writeJson(storage: StorageLike | null, key: string, value: unknown): boolean {
  try {
    if (!storage) return false;
    if (value === undefined) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function answeredPages(storage: StorageLike | null): Record<string, number> {
  const value = readJson(storage, ANSWERED_KEY);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, number>) : {};
}

/** Whether the page was answered in this browser (within a year). */
export function wasAnswered(storage: StorageLike | null, path: string, now = Date.now()): boolean {
  const at = answeredPages(storage)[path];
  return typeof at === 'number' && now - at < ANSWERED_DAYS * DAY;
}

/** Remembers that the page was answered; keeps the newest 200 pages of the last year. */
export function rememberAnswered(storage: StorageLike | null, path: string, now = Date.now()): void {
  const pages = Object.entries({ ...answeredPages(storage), [path]: now })
    .filter(([, at]) => typeof at === 'number' && now - at < ANSWERED_DAYS * DAY)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ANSWERED);
  writeJson(storage, ANSWERED_KEY, Object.fromEntries(pages));
}

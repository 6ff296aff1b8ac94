/**
 * What both stores share about the limit tables (migration 2): the fixed window a moment falls
 * in, a count as a Hit, and when to sweep out expired rows.
 */
import type { Hit } from './types.js';

/** The start of the fixed window of `windowMs` that holds `now`. */
export function windowStart(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}

export function toHit(count: number, limit: number, now: number, windowMs: number): Hit {
  return {
    allowed: count <= limit,
    limit,
    count,
    remaining: Math.max(0, limit - count),
    resetSeconds: Math.ceil((windowStart(now, windowMs) + windowMs - now) / 1000),
  };
}

/** How often a process deletes expired limit rows: once a minute is enough to keep the tables small. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Whether it is this process's turn to sweep: at most once per SWEEP_EVERY_MS, so a sweep (one
 * indexed DELETE per table) costs nothing per request. Several processes may each sweep; the
 * deletes are idempotent.
 */
export function sweeper(): (now: number) => boolean {
  let last = -Infinity;
  return (now) => {
    if (Math.abs(now - last) < SWEEP_EVERY_MS) return false;
    last = now;
    return true;
  };
}

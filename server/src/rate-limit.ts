/// <reference types="node" />
/**
 * The per-client limit on answers, without keeping IP addresses.
 *
 * A client's key is an HMAC of its address under a random salt that lives only in this
 * process's memory and is replaced every UTC day: the same client gets the same key within a
 * day, so the limit works, and no key can be turned back into an address or linked across days
 * or restarts. The counts are per fixed minute and forgotten when the minute is over.
 *
 * Not @fastify/rate-limit: its in-memory store hands every request the same counter object, so a
 * burst that arrives in one tick (keep-alive, pipelining, a page's outbox flushing) reads the
 * final count and is refused whole, the first answers included.
 */
import { createHmac, randomBytes } from 'node:crypto';

export class ClientKeys {
  private salt = randomBytes(32);
  private day: number;

  constructor(private readonly now: () => number = Date.now) {
    this.day = Math.floor(now() / 864e5);
  }

  key(ip: string): string {
    const day = Math.floor(this.now() / 864e5);
    if (day !== this.day) {
      this.day = day;
      this.salt = randomBytes(32);
    }
    return createHmac('sha256', this.salt).update(ip).digest('base64url').slice(0, 22);
  }
}

export interface Hit {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the minute is over and the count starts again. */
  readonly resetSeconds: number;
}

const MINUTE = 60_000;

export class RateLimiter {
  private counts = new Map<string, number>();
  private window = -1;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): Hit {
    const now = this.now();
    const window = Math.floor(now / MINUTE);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return {
      allowed: count <= this.perMinute,
      limit: this.perMinute,
      remaining: Math.max(0, this.perMinute - count),
      resetSeconds: Math.ceil(((window + 1) * MINUTE - now) / 1000),
    };
  }
}

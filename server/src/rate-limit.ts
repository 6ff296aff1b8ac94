/// <reference types="node" />
/**
 * The per-client limit on answers, without keeping IP addresses.
 *
 * A client's key is an HMAC of its address (for IPv6, its /64 network) under a random salt that lives only in this
 * process's memory and is replaced every UTC day: the same client gets the same key within a
 * day, so the limit works, and no key can be turned back into an address or linked across days
 * or restarts. The counts are per fixed minute and forgotten when the minute is over.
 *
 * Not @fastify/rate-limit: its in-memory store hands every request the same counter object, so a
 * burst that arrives in one tick (keep-alive, pipelining, a page's outbox flushing) reads the
 * final count and is refused whole, the first answers included.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';

/**
 * What counts as one client: an IPv4 address, or the /64 network of an IPv6 address (one home
 * or phone gets a whole /64 and may use any address in it, so keying by the full address would
 * let one client spread answers over 2^64 keys). IPv4-mapped IPv6 (::ffff:192.0.2.1) is the
 * IPv4 address. Anything that is not an address is used as it is.
 */
export function clientNetwork(ip: string): string {
  const address = ip.replace(/%.*$/, ''); // a zone id (fe80::1%eth0)
  if (!isIPv6(address)) return ip;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (64:ff9b::192.0.2.1) is in the low 64 bits, which are dropped anyway.
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.padStart(4, '0'))
    .join(':')}::/64`;
}

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
    return createHmac('sha256', this.salt).update(clientNetwork(ip)).digest('base64url').slice(0, 22);
  }
}

const MINUTE = 60_000;

/**
 * Failed attempts per client and minute, for the admin token: once a client has failed `max`
 * times in a minute, every attempt it makes until the minute is over is refused, a right one
 * too (otherwise the answer to a guess would still tell right from wrong).
 */
export class FailureLimiter {
  private counts = new Map<string, number>();
  private window = -1;

  constructor(
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  private roll(): number {
    const now = this.now();
    const window = Math.floor(now / MINUTE);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    return now;
  }

  /** Seconds until the client may try again, or 0 when it may try now. */
  waitSeconds(key: string): number {
    const now = this.roll();
    return (this.counts.get(key) ?? 0) >= this.max ? Math.ceil(((this.window + 1) * MINUTE - now) / 1000) : 0;
  }

  fail(key: string): void {
    this.roll();
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

export interface Hit {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the minute is over and the count starts again. */
  readonly resetSeconds: number;
}

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

/// <reference types="node" />
/**
 * The per-client limits (answers per minute, wrong admin tokens per minute), without keeping IP
 * addresses.
 *
 * A client's key is an HMAC of its address (for IPv6, its /64 network) under a random salt that
 * is replaced every UTC day: the same client gets the same key within a day, so the limit works,
 * and no key can be linked across days. The salt and the counts are kept in the store
 * (FeedbackStore.clientSalt and hit), not in this process's memory, so that several processes on
 * one PostgreSQL give a client one key and one count: n processes must not mean n times the
 * limit. The counts are per fixed minute and deleted when the minute is over; the salts of
 * earlier days are deleted when a day's first key is made.
 *
 * Not @fastify/rate-limit: its in-memory store hands every request the same counter object, so a
 * burst that arrives in one tick (keep-alive, pipelining, a page's outbox flushing) reads the
 * final count and is refused whole, the first answers included. The store's count is one atomic
 * upsert per request, so each request sees its own count.
 */
import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { FeedbackStore, Hit } from './store/types.js';

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

/** Where the client keys' daily salt comes from: the store, so that processes share it. */
type SaltSource = Pick<FeedbackStore, 'clientSalt'>;

export class ClientKeys {
  private day = Number.NaN;
  private salt: Promise<Uint8Array> | undefined;

  constructor(
    private readonly salts: SaltSource,
    private readonly now: () => number = Date.now,
  ) {}

  async key(ip: string): Promise<string> {
    const day = Math.floor(this.now() / 864e5);
    if (day !== this.day || !this.salt) {
      this.day = day;
      const salt = this.salts.clientSalt(day);
      // A failed read is not kept: the next request asks the store again.
      salt.catch(() => {
        if (this.salt === salt) this.salt = undefined;
      });
      this.salt = salt;
    }
    return createHmac('sha256', await this.salt)
      .update(clientNetwork(ip))
      .digest('base64url')
      .slice(0, 22);
  }
}

export const MINUTE = 60_000;

type Counts = Pick<FeedbackStore, 'hit'>;

/** Answers per client and minute: counts this one, and says whether it is within `perMinute`. */
export function hitAnswers(store: Counts, client: string, perMinute: number, now: number): Promise<Hit> {
  return store.hit(`answers:${client}`, MINUTE, perMinute, now);
}

/**
 * Wrong admin tokens per client and minute: once a client has failed `max` times in a minute,
 * every attempt it makes until the minute is over is refused, a right one too (otherwise the
 * answer to a guess would still tell right from wrong).
 */
export class FailureLimiter {
  constructor(
    private readonly store: Counts,
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a wrong attempt; seconds to wait when it is over the limit (refuse it), else 0. */
  async fail(client: string): Promise<number> {
    const hit = await this.store.hit(`token:${client}`, MINUTE, this.max, this.now());
    return hit.allowed ? 0 : hit.resetSeconds;
  }

  /** For an attempt that is not a wrong guess: seconds to wait when the client is blocked, else 0. */
  async waitSeconds(client: string): Promise<number> {
    const hit = await this.store.hit(`token:${client}`, MINUTE, this.max, this.now(), 0);
    return hit.count >= this.max ? hit.resetSeconds : 0;
  }
}

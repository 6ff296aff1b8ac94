/**
 * The outbox: answers that could not be sent yet, kept in storage until the server has them.
 *
 * Every answer is written to the outbox *before* it is sent and removed once the server took it
 * (2xx) or refused it for good (4xx other than 408, 425 and 429): a page closed mid-request
 * loses nothing. What is left is sent again on `online`, on the next page load (a new Outbox
 * flushes when asked) and by beacon when the page is hidden. The idempotency key in each body
 * lets the server store an answer once however often it arrives, so sending twice is safe and
 * losing is not.
 *
 * Bounded: at most `maxItems` answers (the oldest go first) of at most `maxAgeMs` age.
 * Pure apart from what is injected: storage, send, beacon, clock and the online flag.
 */
import { OUTBOX_KEY, readJson, writeJson, type StorageLike } from './storage.js';

import type { FeedbackBody } from './contract.js';

/** One answer as it is sent to the endpoint: the wire contract (contract.ts). */
export type { FeedbackBody } from './contract.js';

/** How a send ended. */
export type SendResult =
  | { readonly outcome: 'sent'; readonly status: number }
  | {
      readonly outcome: 'retry';
      readonly reason: 'offline' | 'network' | 'timeout' | 'server';
      readonly status?: number;
    }
  | { readonly outcome: 'refused'; readonly status: number; readonly message?: string };

export interface OutboxItem {
  readonly endpoint: string;
  readonly body: FeedbackBody;
  /** When it was first put in the outbox (ms since the epoch). */
  readonly queuedAt: number;
}

export interface OutboxOptions {
  /** Sends one answer (transport.ts: postJson). */
  readonly send: (endpoint: string, body: FeedbackBody) => Promise<SendResult>;
  /** Hands one answer to the browser to send after the page is gone; false when it refused. */
  readonly beacon?: (endpoint: string, body: FeedbackBody) => boolean;
  /** Where the outbox lives; null or a throwing storage keeps it in memory for this page. */
  readonly storage: StorageLike | null;
  readonly key?: string;
  readonly maxItems?: number;
  readonly maxAgeMs?: number;
  readonly now?: () => number;
  /** false when the browser knows it is offline: nothing is tried then. */
  readonly online?: () => boolean;
}

const WEEK = 7 * 864e5;

function isItem(value: unknown): value is OutboxItem {
  const item = value as Partial<OutboxItem> | null;
  return (
    typeof item?.endpoint === 'string' &&
    typeof item.queuedAt === 'number' &&
    typeof item.body?.idempotencyKey === 'string'
  );
}

export class Outbox {
  /** Items the storage refused (full, blocked): kept for this page at least. */
  private memory: OutboxItem[] = [];
  /** Sends in progress, by idempotency key: a second submit or flush waits for the first. */
  private readonly pending = new Map<string, Promise<SendResult>>();
  /** Keys already handed to the beacon in this page view. */
  private readonly beaconed = new Set<string>();
  private flushing?: Promise<void>;
  private readonly key: string;
  private readonly maxItems: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(private readonly options: OutboxOptions) {
    this.key = options.key ?? OUTBOX_KEY;
    this.maxItems = options.maxItems ?? 20;
    this.maxAgeMs = options.maxAgeMs ?? WEEK;
    this.now = options.now ?? Date.now;
  }

  /** What waits to be sent, oldest first, within the bounds. */
  items(): OutboxItem[] {
    const stored = readJson(this.options.storage, this.key);
    const byKey = new Map<string, OutboxItem>();
    const list: unknown[] = Array.isArray(stored) ? stored : [];
    for (const item of [...list, ...this.memory]) {
      if (isItem(item)) byKey.set(item.body.idempotencyKey, item);
    }
    const now = this.now();
    return [...byKey.values()]
      .filter((item) => now - item.queuedAt < this.maxAgeMs)
      .sort((a, b) => a.queuedAt - b.queuedAt)
      .slice(-this.maxItems);
  }

  private save(items: OutboxItem[]): void {
    this.memory = writeJson(this.options.storage, this.key, items.length ? items : undefined) ? [] : items;
  }

  /** Puts an answer in the outbox (again: the same key replaces, keeping its first time). */
  add(endpoint: string, body: FeedbackBody): void {
    const items = this.items();
    const old = items.find((item) => item.body.idempotencyKey === body.idempotencyKey);
    const rest = items.filter((item) => item !== old);
    this.save([...rest, { endpoint, body, queuedAt: old?.queuedAt ?? this.now() }].slice(-this.maxItems));
  }

  /** Takes an answer out of the outbox. */
  remove(idempotencyKey: string): void {
    const items = this.items();
    const rest = items.filter((item) => item.body.idempotencyKey !== idempotencyKey);
    if (rest.length !== items.length) this.save(rest);
  }

  /**
   * Sends an answer: into the outbox first, then to the endpoint; out again when the server
   * took or refused it. A second call with the same key while the first is under way gets the
   * first one's result (a double click sends once).
   */
  submit(endpoint: string, body: FeedbackBody): Promise<SendResult> {
    const running = this.pending.get(body.idempotencyKey);
    if (running) return running;
    this.add(endpoint, body);
    return this.send({ endpoint, body, queuedAt: this.now() });
  }

  private send(item: OutboxItem): Promise<SendResult> {
    const key = item.body.idempotencyKey;
    const offline = this.options.online?.() === false;
    const sending = (
      offline
        ? Promise.resolve<SendResult>({ outcome: 'retry', reason: 'offline' })
        : this.options
            .send(item.endpoint, item.body)
            .catch((): SendResult => ({ outcome: 'retry', reason: 'network' }))
    ).then((result) => {
      this.pending.delete(key);
      if (result.outcome !== 'retry') this.remove(key);
      return result;
    });
    this.pending.set(key, sending);
    return sending;
  }

  /**
   * Sends what waits, oldest first, one at a time; stops at the first answer that must wait
   * (the server is unreachable or busy, so the rest would fail too). Concurrent calls share one run.
   */
  flush(): Promise<void> {
    if (!this.flushing) {
      const run = async (): Promise<void> => {
        for (const item of this.items()) {
          if (this.pending.has(item.body.idempotencyKey)) continue;
          const result = await this.send(item);
          if (result.outcome === 'retry') break;
        }
      };
      // Cleared after the run, asynchronously: an empty run must not leave a finished promise behind.
      this.flushing = run().finally(() => {
        this.flushing = undefined;
      });
    }
    return this.flushing;
  }

  /**
   * Hands every waiting answer to the beacon, once per page view (for `pagehide` and a hidden
   * page). They stay in the outbox: a beacon has no answer, so the next load sends them again
   * and the server's idempotency keys drop the copies.
   */
  beacon(): void {
    const beacon = this.options.beacon;
    if (!beacon) return;
    for (const item of this.items()) {
      const key = item.body.idempotencyKey;
      if (this.beaconed.has(key)) continue;
      if (!beacon(item.endpoint, item.body)) break; // the browser's beacon quota is used up
      this.beaconed.add(key);
    }
  }
}

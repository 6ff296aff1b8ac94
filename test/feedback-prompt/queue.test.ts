/**
 * The outbox on its own, with an in-memory storage, a scripted send and a fake clock: written
 * before sending, emptied on 2xx and 4xx, kept on failures, bounded, shared across "page loads"
 * (a new Outbox over the same storage), beaconed once per page view, and safe when storage throws.
 */
import { expect } from '@open-wc/testing';
import { Outbox, type FeedbackBody, type SendResult } from '../../src/feedback-prompt/queue.js';
import type { StorageLike } from '../../src/feedback-prompt/storage.js';

class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

class ThrowingStorage implements StorageLike {
  getItem(): string | null {
    throw new DOMException('blocked', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
  removeItem(): void {
    throw new DOMException('blocked', 'SecurityError');
  }
}

const ENDPOINT = 'https://kommun.example/api/feedback';
let serial = 0;

function body(overrides: Partial<FeedbackBody> = {}): FeedbackBody {
  return {
    idempotencyKey: `key-${++serial}`,
    page: '/a',
    answer: 'yes',
    comment: '',
    lang: 'sv',
    version: '0.1.0',
    createdAt: '2026-05-01T10:00:00.000Z',
    ...overrides,
  };
}

const SENT: SendResult = { outcome: 'sent', status: 201 };
const OFFLINE: SendResult = { outcome: 'retry', reason: 'network' };
const BUSY: SendResult = { outcome: 'retry', reason: 'server', status: 503 };
const REFUSED: SendResult = { outcome: 'refused', status: 400, message: 'bad' };

/** A send that answers from a script (last answer repeats) and records what it got. */
function scripted(...answers: SendResult[]) {
  const calls: FeedbackBody[] = [];
  const send = (_endpoint: string, b: FeedbackBody): Promise<SendResult> => {
    calls.push(b);
    return Promise.resolve(answers.length > 1 ? answers.shift()! : answers[0]!);
  };
  return { send, calls };
}

const keys = (outbox: Outbox): string[] => outbox.items().map((item) => item.body.idempotencyKey);

describe('Outbox', () => {
  let storage: MemoryStorage;
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    storage = new MemoryStorage();
    now = Date.UTC(2026, 4, 1, 10);
  });

  it('writes the answer before sending, and removes it once sent', async () => {
    let seenInStorage = false;
    const outbox = new Outbox({
      storage,
      now: clock,
      send: () => {
        seenInStorage = (storage.getItem('insyn-feedback-outbox') ?? '').includes('key-');
        return Promise.resolve(SENT);
      },
    });
    const result = await outbox.submit(ENDPOINT, body());
    expect(result).to.deep.equal(SENT);
    expect(seenInStorage, 'in storage while the request is under way').to.be.true;
    expect(outbox.items()).to.deep.equal([]);
    expect(storage.map.size, 'the key is removed, not left as []').to.equal(0);
  });

  it('keeps the answer on a network error, a timeout and 5xx/429', async () => {
    for (const failure of [OFFLINE, BUSY, { outcome: 'retry', reason: 'timeout' } as SendResult]) {
      const outbox = new Outbox({ storage: new MemoryStorage(), now: clock, ...scripted(failure) });
      const b = body();
      expect(await outbox.submit(ENDPOINT, b)).to.deep.equal(failure);
      expect(keys(outbox)).to.deep.equal([b.idempotencyKey]);
    }
  });

  it('drops a refused answer (4xx): it is not retried', async () => {
    const { send, calls } = scripted(REFUSED);
    const outbox = new Outbox({ storage, now: clock, send });
    expect(await outbox.submit(ENDPOINT, body())).to.deep.equal(REFUSED);
    expect(outbox.items()).to.deep.equal([]);
    await outbox.flush();
    expect(calls).to.have.length(1);
  });

  it('does not even try when the browser says it is offline', async () => {
    const { send, calls } = scripted(SENT);
    const outbox = new Outbox({ storage, now: clock, send, online: () => false });
    expect(await outbox.submit(ENDPOINT, body())).to.deep.equal({ outcome: 'retry', reason: 'offline' });
    expect(calls).to.have.length(0);
    expect(outbox.items()).to.have.length(1);
  });

  it('treats a send that throws as a network error', async () => {
    const outbox = new Outbox({ storage, now: clock, send: () => Promise.reject(new TypeError('x')) });
    expect((await outbox.submit(ENDPOINT, body())).outcome).to.equal('retry');
    expect(outbox.items()).to.have.length(1);
  });

  it('sends an answer once when submitted twice at once (double click)', async () => {
    let release!: (r: SendResult) => void;
    let calls = 0;
    const outbox = new Outbox({
      storage,
      now: clock,
      send: () => {
        calls++;
        return new Promise((resolve) => (release = resolve));
      },
    });
    const b = body();
    const first = outbox.submit(ENDPOINT, b);
    const second = outbox.submit(ENDPOINT, b);
    const flushed = outbox.flush(); // skips what is under way
    release(SENT);
    expect(await first).to.deep.equal(SENT);
    expect(await second).to.deep.equal(SENT);
    await flushed;
    expect(calls).to.equal(1);
  });

  it('survives a reload: a new Outbox over the same storage sends what was left, oldest first', async () => {
    const before = new Outbox({ storage, now: clock, ...scripted(OFFLINE) });
    const a = body();
    const b = body();
    await before.submit(ENDPOINT, a);
    now += 1000;
    await before.submit(ENDPOINT, b);
    expect(keys(before)).to.deep.equal([a.idempotencyKey, b.idempotencyKey]);

    // "Next page load": a new instance, the same storage.
    const { send, calls } = scripted(SENT);
    const after = new Outbox({ storage, now: clock, send });
    await after.flush();
    expect(calls.map((c) => c.idempotencyKey)).to.deep.equal([a.idempotencyKey, b.idempotencyKey]);
    expect(after.items()).to.deep.equal([]);
    expect(storage.map.size).to.equal(0);
  });

  it('stops flushing at the first answer that must wait, and keeps the rest', async () => {
    const first = new Outbox({ storage, now: clock, ...scripted(OFFLINE) });
    for (let i = 0; i < 3; i++) {
      await first.submit(ENDPOINT, body());
      now += 1;
    }
    const { send, calls } = scripted(SENT, BUSY);
    const outbox = new Outbox({ storage, now: clock, send });
    await outbox.flush();
    expect(calls).to.have.length(2);
    expect(outbox.items()).to.have.length(2);
  });

  it('flushes again after a flush that found nothing', async () => {
    const { send, calls } = scripted(SENT);
    const outbox = new Outbox({ storage, now: clock, send });
    await outbox.flush(); // empty
    await new Outbox({ storage, now: clock, ...scripted(OFFLINE) }).submit(ENDPOINT, body());
    await outbox.flush();
    expect(calls).to.have.length(1);
  });

  it('shares one flush between concurrent calls', async () => {
    await new Outbox({ storage, now: clock, ...scripted(OFFLINE) }).submit(ENDPOINT, body());
    const { send, calls } = scripted(SENT);
    const outbox = new Outbox({ storage, now: clock, send });
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    expect(calls).to.have.length(1);
  });

  it('is bounded in size: the oldest answers go first', async () => {
    const outbox = new Outbox({ storage, now: clock, maxItems: 3, ...scripted(OFFLINE) });
    const bodies = [body(), body(), body(), body(), body()];
    for (const b of bodies) {
      await outbox.submit(ENDPOINT, b);
      now += 1000;
    }
    expect(keys(outbox)).to.deep.equal(bodies.slice(2).map((b) => b.idempotencyKey));
  });

  it('is bounded in age: answers older than a week are dropped', async () => {
    const outbox = new Outbox({ storage, now: clock, ...scripted(OFFLINE) });
    await outbox.submit(ENDPOINT, body());
    now += 6 * 864e5;
    expect(outbox.items()).to.have.length(1);
    now += 2 * 864e5;
    expect(outbox.items()).to.have.length(0);
  });

  it('ignores garbage in storage', () => {
    storage.setItem('insyn-feedback-outbox', '{"not":"a list"');
    expect(new Outbox({ storage, now: clock, ...scripted(SENT) }).items()).to.deep.equal([]);
    storage.setItem('insyn-feedback-outbox', JSON.stringify([{ endpoint: 1 }, null, 'x', { body: {} }]));
    expect(new Outbox({ storage, now: clock, ...scripted(SENT) }).items()).to.deep.equal([]);
  });

  it('keeps answers in memory for the page when storage throws (private mode, full)', async () => {
    const outbox = new Outbox({ storage: new ThrowingStorage(), now: clock, ...scripted(OFFLINE) });
    const b = body();
    await outbox.submit(ENDPOINT, b);
    expect(keys(outbox)).to.deep.equal([b.idempotencyKey]);
    const none = new Outbox({ storage: null, now: clock, ...scripted(SENT) });
    expect((await none.submit(ENDPOINT, body())).outcome).to.equal('sent');
  });

  it('beacons every waiting answer once per page view and keeps them for the next load', async () => {
    const beacons: FeedbackBody[] = [];
    const outbox = new Outbox({
      storage,
      now: clock,
      ...scripted(OFFLINE),
      beacon: (_endpoint, b) => {
        beacons.push(b);
        return true;
      },
    });
    await outbox.submit(ENDPOINT, body());
    await outbox.submit(ENDPOINT, body());
    outbox.beacon();
    outbox.beacon(); // hidden again: nothing new to hand over
    expect(beacons).to.have.length(2);
    expect(outbox.items(), 'kept: a beacon has no answer').to.have.length(2);
  });

  it('stops beaconing when the browser refuses (quota)', async () => {
    let calls = 0;
    const outbox = new Outbox({
      storage,
      now: clock,
      ...scripted(OFFLINE),
      beacon: () => (calls++, false),
    });
    await outbox.submit(ENDPOINT, body());
    await outbox.submit(ENDPOINT, body());
    outbox.beacon();
    expect(calls).to.equal(1);
    outbox.beacon(); // refused ones are tried again next time
    expect(calls).to.equal(2);
  });
});

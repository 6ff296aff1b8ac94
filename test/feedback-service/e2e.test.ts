/**
 * End to end: <feedback-prompt> in Chromium posting to the REAL feedback service (server/lib/,
 * started by test/support/feedback-service-plugin.mjs on 127.0.0.1, another origin, SQLite),
 * read back through the service's own token-protected export. Nothing faked between the two:
 * CORS, the JSON body, masking on both sides, idempotency, and the outbox across an outage.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/define/feedback-prompt.js';
import type { FeedbackPrompt } from '../../src/feedback-prompt/feedback-prompt.js';
import { ANSWERED_KEY, OUTBOX_KEY } from '../../src/feedback-prompt/storage.js';
import { container, removeContainers, shadowText, waitForState } from '../support/a11y.js';

// This origin's localStorage is shared with the other test files running alongside (the outbox of
// feedback-prompt.test.ts lives there). Refused here, as in some private modes, so this page's
// outbox and remembered answers go to its own sessionStorage (storage.ts falls back to it).
const { setItem } = Storage.prototype;
Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
  if (this === localStorage) throw new DOMException('blocked', 'SecurityError');
  setItem.call(this, key, value);
};

interface Service {
  url: string;
  endpoint: string;
}

/** The plugin's answer, or its error message (e.g. server/lib not built) as the failure. */
async function control<T>(path: string): Promise<T> {
  const response = await fetch(`/__service/${path}`);
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `${path}: ${response.status}`);
  return body;
}

type Row = Record<string, string>;

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  // Comma, or semicolon as spreadsheet programs in Swedish expect: told by the header line.
  const headerLine = input.slice(0, input.search(/\r?\n|$/));
  const separator = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) (record.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      ((record = []), (field = ''));
    } else field += c;
  }
  if (field || record.length) (record.push(field), records.push(record));
  const [header = [], ...rows] = records.filter((r) => r.some((f) => f !== ''));
  // Column names in any case style (idempotencyKey, idempotency_key): compared without _ and case.
  const names = header.map((h) => h.replace(/_/g, '').toLowerCase());
  return rows.map((r) => Object.fromEntries(names.map((name, i) => [name, r[i] ?? ''])));
}

/** Every stored body, from GET /api/feedback/export.csv with the admin token. */
async function exported(): Promise<Row[]> {
  const response = await fetch('/__service/export');
  const text = await response.text();
  if (!response.ok) throw new Error(`export.csv: ${response.status} ${text}`);
  return parseCsv(text);
}

const rowsFor = async (page: string): Promise<Row[]> => (await exported()).filter((r) => r['page'] === page);

let serial = 0;
const RUN = Math.random().toString(36).slice(2, 8);
/** A page path unique to the test, so rows of other tests (and earlier runs) never count. */
const pageId = (): string => `/e2e/${RUN}/${++serial}`;

async function mount(
  endpoint: string,
  page: string,
  options: { showShare?: boolean } = {},
): Promise<FeedbackPrompt> {
  const el = document.createElement('feedback-prompt');
  el.endpoint = endpoint;
  el.page = page;
  el.showShare = options.showShare ?? false;
  el.minTime = 0; // the spam guard would drop an answer given this fast
  el.sendTimeout = 2000;
  container().append(el);
  await waitForState(el, 'ready');
  return el;
}

function button(el: FeedbackPrompt, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${shadowText(el)}`);
  return found;
}

async function answer(el: FeedbackPrompt, label: 'Ja' | 'Nej'): Promise<void> {
  button(el, label).click();
  await waitUntil(() => el.shadowRoot!.querySelector('textarea'), 'the comment field');
}

async function comment(el: FeedbackPrompt, text: string): Promise<void> {
  const field = el.shadowRoot!.querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('.done'), 'the comment was handled');
}

const outbox = (): unknown[] | null =>
  JSON.parse(sessionStorage.getItem(OUTBOX_KEY) ?? 'null') as unknown[] | null;

let service: Service;

before(async () => {
  service = await control<Service>('url');
});

beforeEach(() => {
  sessionStorage.removeItem(OUTBOX_KEY);
  sessionStorage.removeItem(ANSWERED_KEY);
});

afterEach(async () => {
  removeContainers();
  sessionStorage.removeItem(OUTBOX_KEY);
  sessionStorage.removeItem(ANSWERED_KEY);
  // A failed test must not leave the service down for the next one.
  await control('start');
});

describe('<feedback-prompt> and the real feedback service', () => {
  it('runs on another origin than the page, on 127.0.0.1', () => {
    const url = new URL(service.url);
    expect(url.hostname).to.equal('127.0.0.1');
    expect(url.origin).to.not.equal(location.origin);
  });

  it('answers "Ja": the service stores it once, as sent', async () => {
    const page = pageId();
    const el = await mount(service.endpoint, page);
    await answer(el, 'Ja');
    await waitUntil(async () => (await rowsFor(page)).length === 1, 'stored', { timeout: 5000 });
    const [row] = await rowsFor(page);
    expect(row).to.deep.include({ page, answer: 'yes', comment: '', lang: 'sv' });
    expect(row!['idempotencykey']).to.match(/^[0-9a-f-]{36}$/);
    expect(shadowText(el)).to.not.include('skickas senare');
    expect(outbox()).to.equal(null);
    const summary = await control<{ total: { yes: number; no: number; total: number } }>(
      `summary?page=${encodeURIComponent(page)}`,
    );
    expect(summary.total).to.deep.include({ yes: 1, no: 0, total: 1 });
  });

  it('a comment with a personnummer is stored masked, linked to its answer', async () => {
    const page = pageId();
    const el = await mount(service.endpoint, page);
    await answer(el, 'Nej');
    await comment(el, 'Mitt personnummer är 19811218-9876, ring 070-123 45 67.');
    await waitUntil(async () => (await rowsFor(page)).length === 2, 'answer and comment', { timeout: 5000 });
    const rows = await rowsFor(page);
    const first = rows.find((r) => !r['comment'])!;
    const second = rows.find((r) => r['comment'])!;
    expect(second['comment']).to.equal('Mitt personnummer är [personnummer], ring [telefonnummer].');
    expect(second['answerkey']).to.equal(first['idempotencykey']);
    expect(JSON.stringify(rows)).to.not.include('19811218');
  });

  it('the service masks again what a client sent unmasked (never trusting the client)', async () => {
    const page = pageId();
    const response = await fetch(service.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'omit',
      body: JSON.stringify({
        idempotencyKey: crypto.randomUUID(),
        page,
        answer: 'no',
        comment: 'pnr 19811218-9876',
        answerKey: crypto.randomUUID(),
        lang: 'sv',
        version: '0.1.0',
        createdAt: new Date().toISOString(),
      }),
    });
    expect(response.status).to.equal(201);
    const [row] = await rowsFor(page);
    expect(row!['comment']).to.not.include('19811218');
    expect(row!['comment']).to.include('[personnummer]');
  });

  it('while the service is down the answer waits in the outbox; back up, it drains on "online", stored exactly once', async () => {
    const page = pageId();
    const el = await mount(service.endpoint, page);
    await control('stop');
    await answer(el, 'Ja');
    await waitUntil(() => shadowText(el).includes('Ditt svar skickas senare'), 'told "sent later"', {
      timeout: 5000,
    });
    expect(outbox()).to.have.length(1);

    await control('start');
    expect(await rowsFor(page)).to.have.length(0);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => outbox() === null, 'the outbox drained', { timeout: 5000 });
    expect(await rowsFor(page)).to.have.length(1);

    // Nothing left to send: another "online" (and the duplicate key, were it sent) adds nothing.
    window.dispatchEvent(new Event('online'));
    await aTimeout(300);
    const rows = await rowsFor(page);
    expect(rows).to.have.length(1);
    expect(rows[0]).to.deep.include({ page, answer: 'yes' });
  });

  it('a beacon (text/plain JSON, as the outbox sends when the page is hidden) is stored', async () => {
    const page = pageId();
    const body = {
      idempotencyKey: crypto.randomUUID(),
      page,
      answer: 'no',
      comment: '',
      lang: 'sv',
      version: '0.1.0',
      createdAt: new Date().toISOString(),
    };
    expect(navigator.sendBeacon(service.endpoint, JSON.stringify(body)), 'queued by the browser').to.be.true;
    await waitUntil(async () => (await rowsFor(page)).length === 1, 'stored', { timeout: 5000 });
    expect((await rowsFor(page))[0]).to.deep.include({ page, answer: 'no' });
  });

  it('show-share: the share of "Ja" once the page has 10 answers (the service minimum), nothing before', async () => {
    const post = (page: string, answer: 'yes' | 'no') =>
      fetch(service.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          idempotencyKey: crypto.randomUUID(),
          page,
          answer,
          comment: '',
          lang: 'sv',
          version: '0.1.0',
          createdAt: new Date().toISOString(),
        }),
      });
    // Two pages: the service lets caches keep a share for minutes, so one page cannot show both.
    const few = pageId();
    const enough = pageId();
    for (let i = 0; i < 9; i++) expect((await post(few, 'yes')).status).to.equal(201);
    for (let i = 0; i < 10; i++) expect((await post(enough, i < 8 ? 'yes' : 'no')).status).to.equal(201);

    const share = (el: FeedbackPrompt) =>
      el.shadowRoot!.querySelector('.share')?.textContent?.replace(/\s/g, ' ');
    const shown = await mount(service.endpoint, enough, { showShare: true });
    await waitUntil(() => share(shown), 'the share', { timeout: 5000 });
    expect(share(shown)).to.equal('80 % tyckte att sidan hjälpte');

    const hidden = await mount(service.endpoint, few, { showShare: true });
    await aTimeout(500);
    expect(share(hidden)).to.equal(undefined);
    expect(hidden.shadowRoot!.querySelector('.answers')).to.exist;
  });

  it('a retry of a stored answer is a duplicate (200), not a second row', async () => {
    const page = pageId();
    const body = JSON.stringify({
      idempotencyKey: crypto.randomUUID(),
      page,
      answer: 'yes',
      comment: '',
      lang: 'sv',
      version: '0.1.0',
      createdAt: new Date().toISOString(),
    });
    const post = () =>
      fetch(service.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect((await post()).status).to.equal(201);
    expect((await post()).status).to.equal(200);
    expect(await rowsFor(page)).to.have.length(1);
  });
});

/**
 * <feedback-prompt show-share>: the page's public share of "Ja" from `GET <endpoint>/share?page=`,
 * against the fake endpoint (test/support/feedback-endpoint-plugin.mjs), which answers as the real
 * service does: 404 for a page that is not public, nulls below the minimum number of answers.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/define/feedback-prompt.js';
import type { FeedbackPrompt } from '../../src/feedback-prompt/feedback-prompt.js';
import { shareUrl } from '../../src/feedback-prompt/share.js';
import { ANSWERED_KEY, OUTBOX_KEY } from '../../src/feedback-prompt/storage.js';
import { container, expectAccessible, removeContainers, waitForState } from '../support/a11y.js';
import { bucketName, crossOriginUrl, endpointUrl } from './endpoint.js';

// This origin's localStorage is shared with the other test files running alongside (the outbox of
// feedback-prompt.test.ts lives there). Refused here, as in some private modes, so this page's
// outbox and remembered answers go to its own sessionStorage (storage.ts falls back to it).
const { setItem } = Storage.prototype;
Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
  if (this === localStorage) throw new DOMException('blocked', 'SecurityError');
  setItem.call(this, key, value);
};

interface ShareRequest {
  page: string | null;
  cookie: string | null;
  referer: string | null;
}

async function shareRequests(bucket: string): Promise<ShareRequest[]> {
  const count = (await (await fetch(`/__feedback/${bucket}/count`)).json()) as {
    shareRequests: ShareRequest[];
  };
  return count.shareRequests;
}

/** What the bucket's /share answers: counts, or a status such as 404. */
async function setShare(bucket: string, answer: { yes: number; total: number } | { status: number }) {
  await fetch(
    `/__feedback/${bucket}/share-set?${new URLSearchParams(Object.entries(answer).map(([k, v]) => [k, String(v)]))}`,
  );
}

interface Options {
  endpoint: string;
  showShare?: boolean;
  page?: string;
  lang?: string;
  texts?: Record<string, string>;
}

async function mount(options: Options): Promise<FeedbackPrompt> {
  const el = document.createElement('feedback-prompt');
  el.endpoint = options.endpoint;
  el.page = options.page ?? '/bo/bygglov';
  if (options.showShare ?? true) el.setAttribute('show-share', '');
  if (options.texts) el.texts = options.texts;
  el.minTime = 0;
  container(options.lang).append(el);
  await waitForState(el, 'ready');
  return el;
}

const shareText = (el: FeedbackPrompt): string | undefined =>
  el.shadowRoot!.querySelector('.share')?.textContent?.replace(/\s/g, ' ').trim();

/** Waits until the element asked for the share, then a little longer for an answer to show. */
async function settled(bucket: string): Promise<void> {
  await waitUntil(async () => (await shareRequests(bucket)).length > 0, 'asked for the share');
  await aTimeout(100);
}

let consoleErrors: unknown[][];
let restore: () => void;

beforeEach(() => {
  sessionStorage.removeItem(OUTBOX_KEY);
  sessionStorage.removeItem(ANSWERED_KEY);
  consoleErrors = [];
  const { error } = console;
  console.error = (...args: unknown[]) => void consoleErrors.push(args);
  restore = () => (console.error = error);
});

afterEach(() => {
  removeContainers();
  restore();
  sessionStorage.removeItem(OUTBOX_KEY);
  sessionStorage.removeItem(ANSWERED_KEY);
});

describe('<feedback-prompt show-share>', () => {
  it('shows "78 % tyckte att sidan hjälpte" under the question', async () => {
    const bucket = bucketName('share');
    await setShare(bucket, { yes: 78, total: 100 });
    const el = await mount({ endpoint: endpointUrl(bucket) });
    await waitUntil(() => shareText(el), 'the share');
    expect(shareText(el)).to.equal('78 % tyckte att sidan hjälpte');
    expect(el.shadowRoot!.querySelector('.answers'), 'the question is still there').to.exist;
    await expectAccessible(el);
  });

  it('in English: "78% found this page helpful"', async () => {
    const bucket = bucketName('share-en');
    await setShare(bucket, { yes: 78, total: 100 });
    const el = await mount({ endpoint: endpointUrl(bucket), lang: 'en' });
    await waitUntil(() => shareText(el), 'the share');
    expect(shareText(el)).to.equal('78% found this page helpful');
  });

  it('the text can be overridden with texts.share', async () => {
    const bucket = bucketName('share-texts');
    await setShare(bucket, { yes: 2, total: 30 });
    const el = await mount({ endpoint: endpointUrl(bucket), texts: { share: '{percent} var nöjda' } });
    await waitUntil(() => shareText(el), 'the share');
    expect(shareText(el)).to.equal('7 % var nöjda');
  });

  it('stays after an answer', async () => {
    const bucket = bucketName('share-answer');
    await setShare(bucket, { yes: 50, total: 50 });
    const el = await mount({ endpoint: endpointUrl(bucket) });
    await waitUntil(() => shareText(el), 'the share');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Ja')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.thanks'), 'thanked');
    expect(shareText(el)).to.equal('100 % tyckte att sidan hjälpte');
  });

  it('without show-share nothing is fetched (the entry stays as it was)', async () => {
    const bucket = bucketName('share-off');
    await setShare(bucket, { yes: 78, total: 100 });
    const el = await mount({ endpoint: endpointUrl(bucket), showShare: false });
    await aTimeout(300);
    expect(await shareRequests(bucket)).to.deep.equal([]);
    expect(shareText(el)).to.equal(undefined);
  });

  for (const [name, answer] of [
    ['a page that is not public (404)', { status: 404 }],
    ['fewer answers than the minimum', { yes: 4, total: 5 }],
    ['a server error', { status: 500 }],
  ] as const) {
    it(`${name}: shows nothing, and says nothing in the console`, async () => {
      const bucket = bucketName('share-none');
      await setShare(bucket, answer);
      const el = await mount({ endpoint: endpointUrl(bucket) });
      await settled(bucket);
      expect(shareText(el)).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('.answers')).to.exist;
      expect(consoleErrors).to.deep.equal([]);
    });
  }

  it('asks for the page as answers are sent: path only, personal data masked; no cookie, no referer', async () => {
    const bucket = bucketName('share-page');
    document.cookie = 'probe-share=1; path=/';
    try {
      await mount({ endpoint: endpointUrl(bucket), page: '/personer/19811218-9876/?q=anna@example.se#top' });
      await settled(bucket);
    } finally {
      document.cookie = 'probe-share=; path=/; max-age=0';
    }
    const [request] = await shareRequests(bucket);
    expect(request).to.deep.equal({ page: '/personer/[personnummer]/', cookie: null, referer: null });
  });

  it('works across origins (the service on another origin that allows the page)', async () => {
    const bucket = bucketName('share-cross');
    await setShare(bucket, { yes: 3, total: 12 });
    const el = await mount({ endpoint: await crossOriginUrl(bucket) });
    await waitUntil(() => shareText(el), 'the share');
    expect(shareText(el)).to.equal('25 % tyckte att sidan hjälpte');
  });

  it('an endpoint that is not http(s): nothing fetched, nothing shown', async () => {
    expect(shareUrl('javascript:alert(1)', '/a', location.href)).to.equal(null);
    const el = await mount({ endpoint: 'javascript:alert(1)' });
    await aTimeout(200);
    expect(shareText(el)).to.equal(undefined);
  });

  it('shareUrl: <endpoint>/share?page=, keeping the endpoint query', () => {
    expect(shareUrl('/api/feedback', '/bo/bygglov', 'https://kommun.se/x')).to.equal(
      'https://kommun.se/api/feedback/share?page=%2Fbo%2Fbygglov',
    );
    expect(shareUrl('https://svar.kommun.se/api/feedback/?site=7#x', '/a b', 'https://kommun.se/')).to.equal(
      'https://svar.kommun.se/api/feedback/share?site=7&page=%2Fa+b',
    );
  });
});

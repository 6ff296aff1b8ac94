/**
 * <feedback-prompt> in Chromium against the fake endpoint (test/support/feedback-endpoint-plugin.mjs):
 * what a resident sees and does, what is sent, every way the endpoint can fail, the outbox across
 * reloads and beacons, spam guards, texts, and axe in every state.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/feedback-prompt.js';
import type { FeedbackPrompt } from '../../src/feedback-prompt/feedback-prompt.js';
import { Outbox, type FeedbackBody } from '../../src/feedback-prompt/queue.js';
import { ANSWERED_KEY, OUTBOX_KEY } from '../../src/feedback-prompt/storage.js';
import { postJson } from '../../src/feedback-prompt/transport.js';
import { VERSION } from '../../src/feedback-prompt/version.js';
import { container, expectAccessible, removeContainers, shadowText, waitForState } from '../support/a11y.js';
import { loadFixture } from '../support/feeds.js';
import { bucketName, crossOriginUrl, endpointUrl, received, setMode, type Mode } from './endpoint.js';

const QUEUED_SV = 'Ditt svar skickas senare.';

interface Options {
  endpoint?: string | null;
  page?: string;
  feed?: unknown;
  lang?: string;
  texts?: Record<string, string>;
  sendTimeout?: number;
  minTime?: number;
}

let serial = 0;
const pageId = (): string => `/test/feedback/${Math.random().toString(36).slice(2)}-${++serial}`;

/** Makes the element (fast-answer spam guard off unless asked), connects it and waits until ready. */
async function mount(options: Options = {}): Promise<FeedbackPrompt> {
  const el = document.createElement('feedback-prompt');
  if (options.endpoint !== null) el.endpoint = options.endpoint ?? endpointUrl(bucketName());
  el.page = options.page ?? pageId();
  if (options.feed !== undefined) el.feed = options.feed;
  if (options.texts) el.texts = options.texts;
  el.sendTimeout = options.sendTimeout ?? 3000;
  el.minTime = options.minTime ?? 0;
  container(options.lang).append(el);
  await waitForState(el, 'ready');
  return el;
}

/** A fresh endpoint bucket in the given mode, and an element posting to it. */
async function mountWith(mode: Mode = 'ok', options: Options = {}) {
  const bucket = bucketName(String(mode));
  await setMode(bucket, mode);
  const el = await mount({ endpoint: endpointUrl(bucket), ...options });
  return { el, bucket };
}

const root = (el: FeedbackPrompt): ShadowRoot => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: FeedbackPrompt, selector: string): T | null =>
  root(el).querySelector<T>(selector);

function button(el: FeedbackPrompt, label: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${shadowText(el)}`);
  return found;
}

/** Answers, and waits until the comment field is there. */
async function answer(el: FeedbackPrompt, label: 'Ja' | 'Nej' | 'Yes' | 'No'): Promise<HTMLTextAreaElement> {
  button(el, label).click();
  await waitUntil(() => q(el, 'textarea'), 'the comment field');
  return q<HTMLTextAreaElement>(el, 'textarea')!;
}

function type(el: FeedbackPrompt, text: string): void {
  const field = q<HTMLTextAreaElement>(el, 'textarea')!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function send(el: FeedbackPrompt): Promise<void> {
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'button.send')!.click();
  await el.updateComplete;
}

const waitForStored = (bucket: string, count: number, message = `${count} stored`) =>
  waitUntil(async () => (await received(bucket)).stored === count, message, { timeout: 4000 });

const focused = (el: FeedbackPrompt): Element | null => root(el).activeElement;

const stored = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null');

let consoleErrors: unknown[][];
let consoleWarnings: unknown[][];
let restore: (() => void)[] = [];

beforeEach(() => {
  localStorage.removeItem(OUTBOX_KEY);
  localStorage.removeItem(ANSWERED_KEY);
  consoleErrors = [];
  consoleWarnings = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void consoleErrors.push(args);
  console.warn = (...args: unknown[]) => void consoleWarnings.push(args);
  restore = [
    () => {
      console.error = error;
      console.warn = warn;
    },
  ];
});

afterEach(() => {
  removeContainers();
  for (const undo of restore.reverse()) undo();
  localStorage.removeItem(OUTBOX_KEY);
  localStorage.removeItem(ANSWERED_KEY);
});

describe('<feedback-prompt>', () => {
  describe('asking and thanking', () => {
    it('asks with "Ja" and "Nej" as real buttons in a labelled group', async () => {
      const el = await mount();
      const group = q(el, '[role="group"]')!;
      expect(q(el, `#${group.getAttribute('aria-labelledby')!}`)!.textContent.trim()).to.equal(
        'Hjälpte informationen på den här sidan dig?',
      );
      expect(button(el, 'Ja').type).to.equal('button');
      expect(button(el, 'Nej').type).to.equal('button');
      for (const b of root(el).querySelectorAll('button')) {
        const { width, height } = b.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
      }
    });

    it('after an answer: the thank-you is a status message and gets focus; "Nej" asks what was missing', async () => {
      const el = await mount();
      await answer(el, 'Nej');
      const thanks = q(el, '.thanks')!;
      expect(thanks.getAttribute('role')).to.equal('status');
      expect(thanks.textContent).to.include('Tack för ditt svar!');
      expect(focused(el)).to.equal(thanks);
      expect(q(el, 'label[for="comment"]')!.textContent)
        .to.include('Vad saknade du?')
        .and.include('(frivilligt)');
      expect(root(el).querySelectorAll('.answers button')).to.have.length(0);
    });

    it('"Ja" asks what was good; the field is labelled and described by the handling note and the counter', async () => {
      const el = await mount();
      const field = await answer(el, 'Ja');
      expect(q(el, 'label[for="comment"]')!.textContent).to.include('Vad var bra?');
      const described = field.getAttribute('aria-describedby')!.split(' ');
      expect(described).to.include.members(['handling', 'count']);
      expect(q(el, '#handling')!.textContent).to.include('Du får inget svar');
      expect(q(el, '#count')!.textContent.trim()).to.equal('0 av 1\u00a0000 tecken');
    });

    it('remembers the answer for the page: no second question on reload, no cookies', async () => {
      const page = pageId();
      const first = await mount({ page });
      button(first, 'Ja').click();
      await first.updateComplete;
      const again = await mount({ page });
      expect(root(again).querySelectorAll('button')).to.have.length(0);
      expect(shadowText(again)).to.include('Du har redan svarat');
      expect(document.cookie).to.not.include('insyn');
      const other = await mount({ page: pageId() });
      expect(button(other, 'Ja')).to.exist;
    });
  });

  describe('what is sent', () => {
    it('posts the answer at once, then the comment with a link to it; both carry path, language, version and a key', async () => {
      const bucket = bucketName('body');
      const el = await mount({ endpoint: endpointUrl(bucket), page: '/bo/bygglov?q=anna@example.se#x' });
      await answer(el, 'Nej');
      await waitForStored(bucket, 1, 'the answer');
      type(el, '  Öppettiderna saknas.  ');
      await send(el);
      await waitForStored(bucket, 2, 'the comment');
      const [first, second] = (await received(bucket)).bodies as [FeedbackBody, FeedbackBody];
      expect(first).to.deep.include({
        page: '/bo/bygglov',
        answer: 'no',
        comment: '',
        lang: 'sv',
        version: VERSION,
      });
      expect(first).to.not.have.property('answerKey');
      expect(second).to.deep.include({
        page: '/bo/bygglov',
        answer: 'no',
        comment: 'Öppettiderna saknas.',
        answerKey: first.idempotencyKey,
        lang: 'sv',
        version: VERSION,
      });
      expect(second.idempotencyKey).to.not.equal(first.idempotencyKey);
      expect(Date.parse(first.createdAt)).to.be.closeTo(Date.now(), 60_000);
      expect(q(el, '.done')!.textContent).to.include('Tack för din kommentar!');
      await waitUntil(() => focused(el) === q(el, '.done'), 'the confirmation has focus');
      expect(stored(OUTBOX_KEY)).to.equal(null);
    });

    it('uses the page path when there is no page attribute', async () => {
      const bucket = bucketName('path');
      const el = document.createElement('feedback-prompt');
      el.endpoint = endpointUrl(bucket);
      el.minTime = 0;
      container().append(el);
      await waitForState(el, 'ready');
      button(el, 'Ja').click();
      await waitForStored(bucket, 1);
      expect((await received(bucket)).bodies[0]!.page).to.equal(location.pathname);
    });

    it('masks personal data in the comment before sending, and says what it removed', async () => {
      const { el, bucket } = await mountWith('ok');
      await answer(el, 'Nej');
      type(el, 'Ring 070-123 45 67 eller mejla anna@example.se, pnr 19811218-9876.');
      await send(el);
      await waitForStored(bucket, 2);
      const comment = (await received(bucket)).bodies.find((b) => b.comment)!.comment;
      expect(comment).to.equal('Ring [telefonnummer] eller mejla [e-post], pnr [personnummer].');
      expect(q(el, '.done')!.textContent).to.include(
        'tog vi bort e-postadresser, telefonnummer och personnummer',
      );
    });

    it('fires insyn-feedback-submit with the body, bubbling and composed, before each send', async () => {
      const { el, bucket } = await mountWith('ok');
      const seen: CustomEvent<FeedbackBody>[] = [];
      el.parentElement!.addEventListener('insyn-feedback-submit', (e) => seen.push(e));
      await answer(el, 'Ja');
      type(el, 'Tydligt!');
      await send(el);
      await waitForStored(bucket, 2);
      expect(seen).to.have.length(2);
      expect(seen[0]!.bubbles && seen[0]!.composed && seen[0]!.cancelable).to.be.true;
      expect(Object.isFrozen(seen[0]!.detail), 'a listener cannot change what is sent').to.be.true;
      expect((await received(bucket)).bodies).to.deep.equal(seen.map((e) => e.detail));
    });

    it('sends nothing when a listener cancels the event (the host routes answers itself, e.g. to Matomo)', async () => {
      const { el, bucket } = await mountWith('ok');
      const routed: FeedbackBody[] = [];
      el.addEventListener('insyn-feedback-submit', (e) => {
        e.preventDefault();
        routed.push(e.detail);
      });
      await answer(el, 'Nej');
      type(el, 'Mer om avgifter');
      await send(el);
      await waitUntil(() => q(el, '.done'), 'thanked');
      await aTimeout(100);
      expect((await received(bucket)).hits).to.equal(0);
      expect(routed.map((b) => b.comment)).to.deep.equal(['', 'Mer om avgifter']);
      expect(stored(OUTBOX_KEY)).to.equal(null);
    });

    it('a double click on "Ja" answers once; a double click on "Skicka" sends once', async () => {
      const { el, bucket } = await mountWith('ok');
      const yes = button(el, 'Ja');
      yes.click();
      yes.click();
      await waitUntil(() => q(el, 'textarea'), 'the comment field');
      type(el, 'Bra');
      await el.updateComplete;
      const sendButton = q<HTMLButtonElement>(el, 'button.send')!;
      sendButton.click();
      sendButton.click();
      await waitUntil(() => q(el, '.done'), 'sent');
      await aTimeout(200);
      const got = await received(bucket);
      expect(got.hits).to.equal(2);
      expect(got.stored).to.equal(2);
    });
  });

  describe('when sending fails', () => {
    for (const mode of ['drop', 'hang', 500, 429] as const) {
      it(`${mode}: the answer waits in the outbox and the resident is told it will be sent later`, async () => {
        const { el, bucket } = await mountWith(mode, { sendTimeout: 300 });
        await answer(el, 'Nej');
        await waitUntil(() => shadowText(el).includes(QUEUED_SV), 'told "sent later"', { timeout: 3000 });
        const outbox = stored(OUTBOX_KEY) as { body: FeedbackBody }[];
        expect(outbox).to.have.length(1);
        expect(outbox[0]!.body.answer).to.equal('no');
        expect(q(el, '.thanks')!.textContent).to.include(QUEUED_SV); // inside the status region
        // The comment waits too, after the answer.
        type(el, 'Saknar karta');
        await send(el);
        await waitUntil(() => q(el, '.done'), 'the comment is queued', { timeout: 3000 });
        expect(q(el, '.done')!.textContent).to.include(QUEUED_SV);
        expect((stored(OUTBOX_KEY) as unknown[]).length).to.equal(2);
        expect((await received(bucket)).stored).to.equal(0);
      });
    }

    it('CORS (another origin that does not allow this page): waits in the outbox', async () => {
      const bucket = bucketName('cors');
      await setMode(bucket, 'cors');
      const el = await mount({ endpoint: await crossOriginUrl(bucket) });
      await answer(el, 'Ja');
      await waitUntil(() => shadowText(el).includes(QUEUED_SV), 'told "sent later"');
      expect(stored(OUTBOX_KEY)).to.have.length(1);
    });

    it('another origin that allows this page: sent', async () => {
      const bucket = bucketName('cross');
      const el = await mount({ endpoint: await crossOriginUrl(bucket) });
      await answer(el, 'Ja');
      await waitForStored(bucket, 1);
    });

    it('400 on the comment: not retried; says what went wrong, focuses it, keeps what was typed', async () => {
      const { el, bucket } = await mountWith('ok');
      await answer(el, 'Nej');
      await waitForStored(bucket, 1);
      await setMode(bucket, 400);
      type(el, 'Min text');
      await send(el);
      await waitUntil(() => q(el, '#error'), 'an error message');
      const error = q(el, '#error')!;
      expect(error.textContent).to.include('servern godkände inte innehållet (fel 400)');
      await waitUntil(() => focused(el) === error, 'the error has focus');
      const field = q<HTMLTextAreaElement>(el, 'textarea')!;
      expect(field.value).to.equal('Min text');
      expect(field.getAttribute('aria-describedby')).to.include('error');
      expect(stored(OUTBOX_KEY)).to.equal(null);
      expect(consoleWarnings.map(String).join(), 'a warning: the content was refused').to.include('400');
      // Sending again is the resident's choice; nothing goes by itself.
      window.dispatchEvent(new Event('online'));
      await aTimeout(200);
      expect((await received(bucket)).hits).to.equal(2);
    });

    it('413 on the comment: asks to shorten it', async () => {
      const { el, bucket } = await mountWith('ok');
      await answer(el, 'Nej');
      await waitForStored(bucket, 1);
      await setMode(bucket, 413);
      type(el, 'Lång text');
      await send(el);
      await waitUntil(() => q(el, '#error'), 'an error message');
      expect(q(el, '#error')!.textContent).to.include('för lång för servern (fel 413)');
    });

    it('400 on the answer itself: says so inside the thank-you, no comment field, nothing kept', async () => {
      const { el } = await mountWith(400);
      button(el, 'Ja').click();
      await waitUntil(() => q(el, '.thanks .error'), 'an error');
      expect(q(el, '.thanks .error')!.textContent).to.include('Svaret togs inte emot (fel 400)');
      expect(q(el, 'textarea')).to.equal(null);
      expect(stored(OUTBOX_KEY)).to.equal(null);
    });

    it('an endpoint that is not http(s): a clear message and a console error, nothing sent or kept', async () => {
      const el = await mount({ endpoint: 'javascript:alert(1)' });
      button(el, 'Ja').click();
      await waitUntil(() => q(el, '.thanks .error'), 'an error');
      expect(q(el, '.thanks .error')!.textContent).to.include('adressen som svaren ska till är fel');
      expect(consoleErrors.map(String).join()).to.include('not an http(s) URL');
      expect(stored(OUTBOX_KEY)).to.equal(null);
    });
  });

  describe('the outbox', () => {
    it('sends what waits on "online", once', async () => {
      const { el, bucket } = await mountWith('drop');
      await answer(el, 'Ja');
      await waitUntil(() => shadowText(el).includes(QUEUED_SV), 'queued');
      await setMode(bucket, 'ok');
      window.dispatchEvent(new Event('online'));
      await waitForStored(bucket, 1);
      await waitUntil(() => stored(OUTBOX_KEY) === null, 'the outbox is empty');
      window.dispatchEvent(new Event('online'));
      await aTimeout(100);
      expect((await received(bucket)).stored).to.equal(1);
    });

    it('survives a reload: the next page load sends it, and the server stores it once', async () => {
      const { el, bucket } = await mountWith(500);
      await answer(el, 'Nej');
      type(el, 'Svårt att hitta');
      await send(el);
      await waitUntil(() => q(el, '.done'), 'queued');
      expect(stored(OUTBOX_KEY)).to.have.length(2);
      removeContainers();

      // The next page: a new outbox over the same storage, made as the page module makes it.
      await setMode(bucket, 'ok');
      const next = new Outbox({ storage: localStorage, send: (url, b) => postJson(url, b, 2000) });
      await next.flush();
      const got = await received(bucket);
      expect(got.stored).to.equal(2);
      expect(got.bodies.map((b) => b.comment)).to.deep.equal(['', 'Svårt att hitta']);
      expect(stored(OUTBOX_KEY)).to.equal(null);
    });

    it('an element on the next page starts sending what the outbox holds', async () => {
      const bucket = bucketName('next-page');
      const body: FeedbackBody = {
        idempotencyKey: crypto.randomUUID(),
        page: '/forra-sidan',
        answer: 'yes',
        comment: '',
        lang: 'sv',
        version: VERSION,
        createdAt: new Date().toISOString(),
      };
      localStorage.setItem(
        OUTBOX_KEY,
        JSON.stringify([
          { endpoint: new URL(endpointUrl(bucket), location.href).href, body, queuedAt: Date.now() },
        ]),
      );
      await mount({ endpoint: null, feed: { version: 1, feedback: {} } }); // any element on the page
      // The page outbox may already exist in this test page; "online" stands for its next flush.
      window.dispatchEvent(new Event('online'));
      await waitForStored(bucket, 1);
      expect((await received(bucket)).bodies).to.deep.equal([body]);
    });

    describe('beacons when the page is hidden or left', () => {
      let beacons: [string, string][];
      beforeEach(() => {
        beacons = [];
        const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'sendBeacon')!;
        Object.defineProperty(Navigator.prototype, 'sendBeacon', {
          configurable: true,
          value: (url: string, data: string) => (beacons.push([url, data]), true),
        });
        restore.push(() => Object.defineProperty(Navigator.prototype, 'sendBeacon', original));
      });

      it('on pagehide', async () => {
        const { el, bucket } = await mountWith('drop');
        await answer(el, 'Ja');
        await waitUntil(() => shadowText(el).includes(QUEUED_SV), 'queued');
        window.dispatchEvent(new Event('pagehide'));
        expect(beacons).to.have.length(1);
        const [url, data] = beacons[0]!;
        expect(url).to.equal(new URL(endpointUrl(bucket), location.href).href);
        const body = JSON.parse(data) as FeedbackBody;
        expect(body.answer).to.equal('yes');
        expect(stored(OUTBOX_KEY), 'kept until a server confirms').to.have.length(1);
      });

      it('on visibilitychange to hidden, once per answer', async () => {
        const { el } = await mountWith('drop');
        await answer(el, 'Nej');
        await waitUntil(() => shadowText(el).includes(QUEUED_SV), 'queued');
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        restore.push(() => delete (document as { visibilityState?: unknown }).visibilityState);
        document.dispatchEvent(new Event('visibilitychange'));
        document.dispatchEvent(new Event('visibilitychange'));
        expect(beacons).to.have.length(1);
        expect((JSON.parse(beacons[0]![1]) as FeedbackBody).answer).to.equal('no');
      });
    });

    it('works when localStorage throws (private mode, full): the answer is still sent or kept for the page', async () => {
      const { setItem, getItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      restore.push(() => {
        Storage.prototype.setItem = setItem;
        Storage.prototype.getItem = getItem;
      });
      const { el, bucket } = await mountWith('drop');
      await answer(el, 'Ja');
      await waitUntil(() => shadowText(el).includes(QUEUED_SV), 'queued in memory');
      await setMode(bucket, 'ok');
      window.dispatchEvent(new Event('online'));
      await waitForStored(bucket, 1);
    });
  });

  describe('the comment', () => {
    it('counts characters and announces politely only when a threshold is crossed', async () => {
      const el = await mount({ feed: { version: 1, feedback: { commentMaxLength: 100 } } });
      await answer(el, 'Nej');
      const live = q(el, '.comment [role="status"]')!;
      type(el, 'a'.repeat(50));
      await el.updateComplete;
      expect(q(el, '#count')!.textContent.trim()).to.equal('50 av 100 tecken');
      expect(live.textContent.trim()).to.equal('');
      type(el, 'a'.repeat(91));
      await el.updateComplete;
      expect(live.textContent.trim()).to.equal('Du har 9 tecken kvar.');
      type(el, 'a'.repeat(92)); // same band: no new announcement
      await el.updateComplete;
      expect(live.textContent.trim()).to.equal('Du har 9 tecken kvar.');
      type(el, 'a'.repeat(103));
      await el.updateComplete;
      expect(live.textContent.trim()).to.equal('Du har 3 tecken för mycket.');
      expect(q(el, '#count')!.textContent.trim()).to.equal('Du har 3 tecken för mycket.');
    });

    it('counts an emoji as one character', async () => {
      const el = await mount({ feed: { version: 1, feedback: { commentMaxLength: 100 } } });
      await answer(el, 'Ja');
      type(el, '👍🏽 bra');
      await el.updateComplete;
      expect(q(el, '#count')!.textContent.trim()).to.equal('6 av 100 tecken');
    });

    it('100,000 characters: not sent, says how much too long, focuses the message, keeps the text', async () => {
      const { el, bucket } = await mountWith('ok');
      await answer(el, 'Nej');
      await waitForStored(bucket, 1);
      const long = 'x'.repeat(100_000);
      type(el, long);
      await send(el);
      await waitUntil(() => focused(el) === q(el, '#error'), 'the error has focus');
      expect(q(el, '#error')!.textContent).to.include('99\u00a0000 tecken för lång');
      expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.have.length(100_000);
      expect(q(el, 'textarea')!.getAttribute('aria-invalid')).to.equal('true');
      expect((await received(bucket)).hits).to.equal(1);
    });

    it('only whitespace: asks for a comment, sends nothing', async () => {
      const { el, bucket } = await mountWith('ok');
      await answer(el, 'Ja');
      await waitForStored(bucket, 1);
      type(el, '  \n\t ');
      await send(el);
      await waitUntil(() => q(el, '#error'), 'an error');
      expect(q(el, '#error')!.textContent).to.include('Rutan är tom');
      expect((await received(bucket)).hits).to.equal(1);
    });

    it('no comment field when the feed sets commentMaxLength to 0', async () => {
      const el = await mount({ feed: { version: 1, feedback: { commentMaxLength: 0 } } });
      button(el, 'Ja').click();
      await aTimeout(200);
      expect(q(el, '.thanks')).to.exist;
      expect(q(el, 'textarea')).to.equal(null);
    });
  });

  describe('spam guards', () => {
    it('has a honeypot that people and assistive technology never meet', async () => {
      const el = await mount();
      const hp = q(el, '.hp')!;
      expect(hp.hidden).to.be.true;
      expect(hp.getAttribute('aria-hidden')).to.equal('true');
      expect(hp.inert).to.be.true;
      const input = hp.querySelector('input')!;
      expect(input.tabIndex).to.equal(-1);
      expect(input.getAttribute('autocomplete')).to.equal('off');
      expect(getComputedStyle(hp).display).to.equal('none');
    });

    it('a filled honeypot: thanked, nothing sent', async () => {
      const { el, bucket } = await mountWith('ok');
      q<HTMLInputElement>(el, '.hp input')!.value = 'https://spam.example';
      await answer(el, 'Ja');
      type(el, 'Köp billiga klockor');
      await send(el);
      await waitUntil(() => q(el, '.done'), 'thanked');
      await aTimeout(100);
      expect((await received(bucket)).hits).to.equal(0);
    });

    it('faster than a person (minTime): thanked, nothing sent', async () => {
      const { el, bucket } = await mountWith('ok', { minTime: 60_000 });
      await answer(el, 'Ja');
      type(el, 'Snabb');
      await send(el);
      await waitUntil(() => q(el, '.done'), 'thanked');
      await aTimeout(100);
      expect((await received(bucket)).hits).to.equal(0);
    });
  });

  describe('feeds, attributes and texts', () => {
    let minimal: Record<string, unknown> & { feedback: Record<string, unknown> };
    before(async () => {
      minimal = await loadFixture('minimal');
    });

    it('works without a feed: endpoint and page alone, no error', async () => {
      const el = await mount();
      expect(el.dataset.state).to.equal('ready');
      expect(consoleErrors).to.deep.equal([]);
    });

    it('without a feed or an endpoint it still says the feed is missing', async () => {
      const el = document.createElement('feedback-prompt');
      container().append(el);
      await waitForState(el, 'error');
    });

    it("posts to the feed's endpoint; the endpoint attribute wins over it", async () => {
      const feedBucket = bucketName('feed');
      const attrBucket = bucketName('attr');
      const feed = structuredClone(minimal);
      feed.feedback.endpoint = endpointUrl(feedBucket);
      const fromFeed = await mount({ endpoint: null, feed });
      button(fromFeed, 'Ja').click();
      await waitForStored(feedBucket, 1);
      const fromAttr = await mount({ endpoint: endpointUrl(attrBucket), feed });
      button(fromAttr, 'Ja').click();
      await waitForStored(attrBucket, 1);
      expect((await received(feedBucket)).stored).to.equal(1);
    });

    it('takes question, thanks, handling note and length from the feed, in the page language', async () => {
      const feed = {
        version: 1,
        feedback: {
          question: { sv: 'Fick du svar på din fråga?', en: 'Did you get an answer?' },
          thanks: { sv: 'Tack! Du har hjälpt oss.', en: 'Thanks! You helped us.' },
          handling: { sv: 'Svaren läses av webbredaktionen.', en: 'The web team reads the answers.' },
          privacyUrl: '/personuppgifter',
          commentMaxLength: 300,
        },
      };
      const el = await mount({ feed });
      expect(shadowText(el)).to.include('Fick du svar på din fråga?');
      await answer(el, 'Ja');
      expect(q(el, '.thanks')!.textContent).to.include('Tack! Du har hjälpt oss.');
      expect(q(el, '#handling')!.textContent).to.include('Svaren läses av webbredaktionen.');
      expect(q<HTMLAnchorElement>(el, '#handling a')!.getAttribute('href')).to.equal('/personuppgifter');
      expect(q(el, '#count')!.textContent.trim()).to.equal('0 av 300 tecken');
      const en = await mount({ feed, lang: 'en' });
      expect(shadowText(en)).to.include('Did you get an answer?');
    });

    it('lets the host override every text with the texts property', async () => {
      const el = await mount({
        texts: {
          question: 'Var sidan bra?',
          yes: 'Japp',
          no: 'Nix',
          commentYes: 'Berätta mer',
          send: 'Iväg',
        },
      });
      expect(shadowText(el)).to.include('Var sidan bra?');
      await answer(el, 'Japp' as 'Ja');
      expect(q(el, 'label')!.textContent).to.include('Berätta mer');
      expect(q(el, 'button.send')!.textContent.trim()).to.equal('Iväg');
    });

    it("prefers the host's texts over the feed's", async () => {
      const feed = { version: 1, feedback: { question: 'Från flödet?', thanks: 'Tack från flödet' } };
      const el = await mount({ feed, texts: { question: 'Från sidan?', handling: 'Vi läser allt.' } });
      expect(shadowText(el)).to.include('Från sidan?').and.not.include('Från flödet?');
      await answer(el, 'Ja');
      expect(q(el, '.thanks')!.textContent).to.include('Tack från flödet');
      expect(q(el, '#handling')!.textContent.trim()).to.equal('Vi läser allt.');
    });

    it('speaks English', async () => {
      const { el, bucket } = await mountWith('drop', { lang: 'en' });
      expect(shadowText(el)).to.include('Did the information on this page help you?');
      await answer(el, 'No');
      expect(q(el, 'label')!.textContent).to.include('What was missing?').and.include('(optional)');
      await waitUntil(() => shadowText(el).includes('Your answer will be sent later.'), 'queued, in English');
      expect((stored(OUTBOX_KEY) as { body: FeedbackBody }[])[0]!.body.lang).to.equal('en');
      void bucket;
    });

    it('with a feed that has no endpoint: fires the event only, and warns once', async () => {
      const el = await mount({ endpoint: null, feed: { version: 1, feedback: {} } });
      const seen: FeedbackBody[] = [];
      el.addEventListener('insyn-feedback-submit', (e) => seen.push(e.detail));
      await answer(el, 'Ja');
      type(el, 'Bra');
      await send(el);
      await waitUntil(() => q(el, '.done'), 'thanked');
      expect(seen).to.have.length(2);
      expect(consoleWarnings).to.have.length(1);
    });

    it('is hidden when printing', async () => {
      const el = await mount();
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(el).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('accessibility (axe, WCAG 2.1 AA) in every state', () => {
    it('question', async () => {
      await expectAccessible(await mount());
    });

    it('after "Ja"', async () => {
      const el = await mount();
      await answer(el, 'Ja');
      await expectAccessible(el);
    });

    it('after "Nej" with a comment typed, and after it was sent', async () => {
      const { el, bucket } = await mountWith('ok');
      await answer(el, 'Nej');
      type(el, 'Jag saknade öppettider.');
      await el.updateComplete;
      await expectAccessible(el);
      await send(el);
      await waitForStored(bucket, 2);
      await waitUntil(() => q(el, '.done'), 'sent');
      await expectAccessible(el);
    });

    it('sending', async () => {
      const { el } = await mountWith('hang', { sendTimeout: 5000 });
      await answer(el, 'Nej');
      type(el, 'Väntar');
      await send(el);
      expect(q(el, 'button.send')!.getAttribute('aria-disabled')).to.equal('true');
      expect(q(el, '.comment [role="status"]')!.textContent.trim()).to.equal('Skickar …');
      await expectAccessible(el);
    });

    it('queued offline', async () => {
      const { el } = await mountWith('drop');
      await answer(el, 'Ja');
      await waitUntil(() => shadowText(el).includes(QUEUED_SV), 'queued');
      await expectAccessible(el);
    });

    it('error (400 and a comment too long)', async () => {
      const { el, bucket } = await mountWith('ok');
      await answer(el, 'Nej');
      await waitForStored(bucket, 1);
      await setMode(bucket, 400);
      type(el, 'x');
      await send(el);
      await waitUntil(() => q(el, '#error'), 'error');
      await expectAccessible(el);
      type(el, 'x'.repeat(1200));
      await send(el);
      await waitUntil(() => q(el, '#error')?.textContent.includes('för lång'), 'too long');
      await expectAccessible(el);
    });

    it('English, and answered before', async () => {
      const page = pageId();
      const el = await mount({ lang: 'en', page });
      await expectAccessible(el);
      await answer(el, 'Yes');
      await expectAccessible(el);
      await expectAccessible(await mount({ lang: 'en', page }));
    });

    it('on a dark page', async () => {
      document.documentElement.style.colorScheme = 'light dark';
      document.body.style.background = 'Canvas';
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await mount();
        await expectAccessible(el);
        await answer(el, 'Nej');
        type(el, 'x'.repeat(1001));
        await el.updateComplete;
        await expectAccessible(el);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
        document.documentElement.style.colorScheme = '';
        document.body.style.background = '';
      }
    });
  });
});

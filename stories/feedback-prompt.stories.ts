import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { embedArgTypes, renderEmbedOptions, type EmbedArgs } from './embed-options.js';
import { FEEDS, feedArgTypes, inlineScript, sharedStories, type FeedArgs } from './support.js';

/**
 * Storybook is static: nothing answers a POST. Endpoints under `story-feedback/` are answered
 * here instead, the way the real service would: `ok` stores (201), `offline` fails as a dropped
 * connection does, `400` takes the answer but refuses a comment. Other URLs go to the network.
 */
const FAKE_ENDPOINT = 'story-feedback/';

function installFakeEndpoint(): void {
  const original = globalThis.fetch.bind(globalThis);
  const base = new URL(FAKE_ENDPOINT, document.baseURI).href;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url =
      typeof input === 'string'
        ? new URL(input, document.baseURI).href
        : input instanceof URL
          ? input.href
          : input.url;
    if (!url.startsWith(base)) return original(input, init);
    const mode = url.slice(base.length);
    if (mode === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    const sent = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as { comment?: string };
    const status = mode === '400' && sent.comment ? 400 : 201;
    const body = status === 400 ? { error: 'comment: must be a string' } : { status: 'stored' };
    return Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    );
  };
}
installFakeEndpoint();

/** The arguments of <feedback-prompt> stories: the shared feed arguments and the prompt's own. */
interface FeedbackArgs extends FeedArgs, EmbedArgs {
  endpoint?: string;
  page?: string;
}

/** Like the shared render function, with `endpoint` and `page`, and the fast-answer guard off. */
function render(args: FeedbackArgs): TemplateResult {
  return html`${keyed(
    args.inline ?? '',
    html`<feedback-prompt
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      endpoint=${ifDefined(args.endpoint || undefined)}
      page=${ifDefined(args.page || undefined)}
      ?plain=${args.plain ?? false}
      ?static=${args.static ?? false}
      ?compact=${args.compact ?? false}
      .minTime=${0}
      .feed=${args.feed}
      >${inlineScript(args.inline)}</feedback-prompt
    >`,
  )}`;
}

/** Every story starts unanswered with an empty outbox (the browser remembers answers per page). */
function forgetAnswers(): void {
  for (const key of ['insyn-feedback-answered', 'insyn-feedback-outbox']) {
    try {
      localStorage.removeItem(key);
    } catch {
      // storage blocked: nothing remembered either
    }
  }
}

async function until<T>(get: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = get();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`feedback-prompt story: no ${what}`);
}

type PlayContext = { canvasElement: HTMLElement };

/** Clicks an answer, then optionally types a comment and sends it: what a resident does. */
function resident(label: string, comment?: string, sendIt = false) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const el = await until(() => canvasElement.querySelector('feedback-prompt'), 'element');
    const root = await until(() => el.shadowRoot, 'shadow root');
    const button = await until(
      () => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label),
      `button "${label}"`,
    );
    button.click();
    if (comment === undefined) return;
    const field = await until(() => root.querySelector('textarea'), 'comment field');
    field.value = comment;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    if (!sendIt) return;
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('button.send')!.click();
  };
}

/** Stories for <feedback-prompt>: "Did this page help you?" with an optional comment, never lost. */
const meta = {
  title: 'Elements/Feedback prompt',
  component: 'feedback-prompt',
  args: { src: FEEDS.typical, lang: '', endpoint: `${FAKE_ENDPOINT}ok`, page: '/storybook/feedback' },
  argTypes: {
    ...feedArgTypes,
    ...embedArgTypes,
    endpoint: {
      control: 'inline-radio',
      options: [`${FAKE_ENDPOINT}ok`, `${FAKE_ENDPOINT}offline`, `${FAKE_ENDPOINT}400`],
      description:
        'Where answers go. In Storybook a fake endpoint answers: `ok` stores, `offline` fails as a dropped connection, `400` refuses comments.',
    },
  },
  render,
  beforeEach: forgetAnswers,
} satisfies Meta<FeedbackArgs>;

export default meta;
type Story = StoryObj<FeedbackArgs>;

/** The question from the typical feed (the demo page's), with "Ja" and "Nej" as real buttons. */
export const Default: Story = {};

/**
 * After "Ja": the thank-you has focus and is announced (`role=status`); then the optional
 * comment ("Vad var bra?"), the note on how feedback is handled, a counter and a send button.
 */
export const AfterYes: Story = { name: 'After "Ja"', play: resident('Ja') };

/** After "Nej" ("Vad saknade du?") with a comment typed, before it is sent. */
export const AfterNoWithComment: Story = {
  name: 'After "Nej" with a comment',
  play: resident('Nej', 'Jag hittade inte när biblioteket har öppet på helgerna.'),
};

/**
 * A comment with an e-mail address and a phone number, sent: they were masked before sending,
 * and the resident is told what was removed.
 */
export const CommentSentMasked: Story = {
  name: 'Comment sent, personal data masked',
  play: resident('Nej', 'Svara mig på anna@example.se eller 070-123 45 67.', true),
};

/**
 * Offline: the answer and the comment wait in the browser's outbox and go later (on `online`,
 * the next page load, or by beacon when the page is hidden). The resident is told so.
 */
export const OfflineQueued: Story = {
  name: 'Offline: queued',
  args: { endpoint: `${FAKE_ENDPOINT}offline` },
  play: resident('Nej', 'Kartan saknas.', true),
};

/**
 * The server refuses the comment (400): not retried; the message says what went wrong, has
 * focus, and the text is kept. (Not named "error": that name is kept for feed errors, where
 * `data-state` is "error"; here the feed is fine.)
 */
export const Refused: Story = {
  name: 'Refused by the server (400)',
  args: { endpoint: `${FAKE_ENDPOINT}400` },
  play: resident('Nej', 'Det här är min kommentar.', true),
};

/** English: `lang="en"` on the element wins over the page's language. */
export const English: Story = sharedStories.English;

/** English, after "No": "What was missing?". */
export const EnglishAfterNo: Story = {
  name: 'English, after "No"',
  args: { lang: 'en' },
  play: resident('No', 'Opening hours for the weekend.'),
};

/** No feed at all: `endpoint` and `page` attributes alone, with the element's own texts. */
export const WithoutFeed: Story = { name: 'Without a feed', args: { src: undefined } };

/** The feed inside the element, as a `<script type="application/json">` child: no request at all. */
export const InlineJson: Story = sharedStories.InlineJson;

/**
 * A feed that does not follow the format: the element says so and lists the problems with their
 * JSON paths; the browser console has all of them.
 */
export const ValidationError: Story = sharedStories.ValidationError;

/**
 * A valid feed with nothing for this element (`{ "version": 1 }`, set as the `.feed` property) and
 * no `endpoint` attribute: with an endpoint the prompt would need no feed settings at all.
 */
export const Empty: Story = { ...sharedStories.Empty, args: { ...sharedStories.Empty.args, endpoint: '' } };

/**
 * The editors' embed options, one copy each: `plain` (no frame), `static` (print and PDF: the
 * prompt renders nothing, as no one can answer a question on paper) and `compact` (sidebars:
 * tighter spacing, smaller buttons and type).
 */
export const EmbedOptions: Story = {
  name: 'Embed options',
  render: (args) =>
    renderEmbedOptions((options) => render({ ...args, ...options }), {
      static: 'Here: nothing at all.',
    }),
};

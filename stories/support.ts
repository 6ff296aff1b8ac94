/**
 * What the stories share: feed URLs (served by Storybook from test/fixtures and demo, see
 * .storybook/main.ts), inline feeds, and a fetch that never answers for the loading state.
 *
 * Story naming is a contract with scripts/check-stories.mjs, which reads the story id:
 * an id containing "loading", "error" or "empty" must end in that state (`data-state` on the
 * element); every other story must end `ready`. Only "error" stories may log `[insyn]` errors.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import minimal from '../test/fixtures/minimal.json';

/**
 * Feed URLs, relative to iframe.html so that a Storybook published under a sub-path
 * (https://example.org/insyn/storybook/) finds them too.
 */
export const FEEDS = {
  /** The typical feed: the demo page's example municipality (demo/feed.json). */
  typical: 'demo/feed.json',
  /** The smallest feed with something for every element (test/fixtures/minimal.json). */
  minimal: 'fixtures/minimal.json',
  /** Not served: the static server answers 404. */
  missing: 'fixtures/does-not-exist.json',
  /** Served, but a web page rather than JSON, as when a CMS answers with a login page. */
  webPage: 'iframe.html',
  /** Never answers while the Loading story is shown (see {@link holdFetch}). */
  neverAnswers: 'fixtures/never-answers.json',
} as const;

/** The story-level argument types every element story accepts. */
export interface FeedArgs {
  /** The element's `src` attribute. */
  src?: string;
  /** The element's own `lang` attribute; empty: inherit the toolbar language. */
  lang?: '' | 'sv' | 'en';
  /** The text of an inline `<script type="application/json">` child. */
  inline?: string;
  /** The `.feed` property. */
  feed?: unknown;
  /** contact-card only: the id of the contact point to show. */
  contact?: string;
}

/** Controls for the arguments that are not in the custom-elements manifest. */
export const feedArgTypes = {
  lang: {
    control: { type: 'inline-radio', labels: { '': 'inherit', sv: 'sv', en: 'en' } },
    options: ['', 'sv', 'en'],
    description:
      'The `lang` attribute on the element itself. Empty: the language of the toolbar (an ancestor).',
    table: { category: 'story' },
  },
  inline: {
    control: 'text',
    description: 'JSON placed in a `<script type="application/json">` child. Wins over `src`.',
    table: { category: 'story' },
  },
} as const;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** test/fixtures/minimal.json as an object (a fresh copy each call). */
export function minimalFeed(): typeof minimal {
  return clone(minimal);
}

/** A valid feed with nothing in it: every element shows its empty state. */
export const EMPTY_FEED = { version: 1 } as const;

/**
 * The minimal feed with one mistake in each section, so that every element has schema
 * problems to list with their JSON paths (the organization's is shared by all five).
 */
export function invalidFeed(): unknown {
  const feed = minimalFeed() as unknown as {
    organization: { currency: unknown };
    goals: Record<string, unknown>[];
    indicators: { values: Record<string, unknown>[] }[];
    budget: { years: Record<string, unknown>[] };
    contacts: { channels: Record<string, unknown>[] }[];
    feedback: Record<string, unknown>;
  };
  feed.organization.currency = 'kronor'; // /organization/currency: not a currency code
  feed.goals[1]!.status = 'great'; // /goals/1/status: not one of the statuses
  feed.goals[2]!.progress = 140; // /goals/2/progress: above 100
  feed.indicators[0]!.values[0]!.value = '80,1'; // /indicators/0/values/0/value: text, not a number
  feed.budget.years[0]!.taxRate = 'high'; // /budget/years/0/taxRate: text, not a number
  feed.contacts[0]!.channels[0]!.type = 'pigeon'; // /contacts/0/channels/0/type: unknown channel
  feed.feedback.endpoint = 42; // /feedback/endpoint: a number, not a URL
  return feed;
}

/** Pretty JSON for an inline script (what an editor would paste into a CMS block). */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** JSON that does not parse: a comma is missing after "version": 1 (line 3). */
export const BROKEN_JSON =
  '{\n  "$schema": "https://insyn.example/feed.schema.json",\n  "version": 1\n  "goals": []\n}\n';

/**
 * An inline `<script type="application/json">` child for an element, or nothing. Lit cannot
 * bind inside a `<script>`, so the node is built here and placed as a child value.
 */
export function inlineScript(text: string | undefined): HTMLScriptElement | typeof nothing {
  if (text === undefined) return nothing;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** URLs whose fetch is held (never answers) while a story that asked for it is shown. */
const held = new Set<string>();
let installed = false;

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return new URL(input, document.baseURI).href;
  return input instanceof URL ? input.href : input.url;
}

/**
 * Makes `fetch` of `url` never answer (until aborted) while a story is shown: the only way to
 * keep an element in its loading state in a static Storybook. Use as a story's `beforeEach`:
 * it returns the clean-up that lets the URL through again. Other URLs are untouched.
 * Note: the loader's deadline (10 s) still applies, so the story turns into a timeout error.
 */
export function holdFetch(url: string): () => void {
  const absolute = new URL(url, document.baseURI).href;
  if (!installed) {
    installed = true;
    const original = globalThis.fetch.bind(globalThis);
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      if (!held.has(requestUrl(input))) return original(input, init);
      return new Promise<Response>((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener(
          'abort',
          () =>
            reject(
              signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'),
            ),
          { once: true },
        );
      });
    };
  }
  held.add(absolute);
  return () => {
    held.delete(absolute);
  };
}

/**
 * The render function of an element's stories: the tag with `src`, `lang`, `contact`, `.feed`
 * and an inline JSON child from the story's args (an absent arg sets no attribute). keyed: a
 * new inline script needs a new element (the script is read when the element loads).
 */
/* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag is a static value (lit/static-html) */
export function renderWithFeed(tag: string): (args: FeedArgs) => TemplateResult {
  const name = unsafeStatic(tag);
  return (args) =>
    html`${keyed(
      args.inline ?? '',
      html`<${name}
        src=${ifDefined(args.src)}
        lang=${ifDefined(args.lang || undefined)}
        contact=${ifDefined(args.contact || undefined)}
        .feed=${args.feed}
        >${inlineScript(args.inline)}</${name}
      >`,
    )}`;
}
/* eslint-enable lit/binding-positions, lit/no-invalid-html */

/** The stories every element has; each story file re-exports them under its own JSDoc. */
export const sharedStories = {
  Default: {},
  English: { args: { lang: 'en' } },
  InlineJson: { name: 'Inline JSON', args: { src: undefined, inline: json(minimalFeed()) } },
  ValidationError: { name: 'Error: invalid feed', args: { src: undefined, inline: json(invalidFeed()) } },
  Empty: { args: { src: undefined, feed: EMPTY_FEED } },
} satisfies Record<string, StoryObj<FeedArgs>>;

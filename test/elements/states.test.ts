/**
 * The states every element shares (loading, error, empty, ready), for each of the five tags:
 * where the feed comes from, what each failure says, axe in every state and both languages,
 * texts, events, shared fetches, races, and feeds that try to break the host page.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { InsynElement } from '../../src/core/insyn-element.js';
import { FAILURE_TEXTS } from '../../src/core/failure-cause.js';
import { CORE_TEXTS } from '../../src/core/texts.js';
import type { FeedError, FeedValidationError } from '../../src/feed/errors.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import {
  container,
  expectAccessible,
  removeContainers,
  shadowText,
  stateOf,
  waitForState,
} from '../support/a11y.js';
import { clearStoredFeeds, dataUrl, faultHits, faultUrl, loadFixture, uniqueKey } from '../support/feeds.js';

type Feed = Record<string, unknown> & {
  generated?: string;
  goals: { parent?: string; owner?: string; title: unknown }[];
  indicators: { title: unknown; owner?: string }[];
  organization: { name: unknown };
  budget: {
    years: { costs: { amount: number; goals?: string[]; title: unknown }[]; revenue: { title: unknown }[] }[];
  };
  contacts: {
    name: unknown;
    channels: { schedule?: string; label?: unknown }[];
    schedules: { office?: string; title: unknown }[];
  }[];
  feedback: { endpoint: string; commentMaxLength: number; question: unknown };
};

type Widget = InsynElement<string>;
type FeedEvent = CustomEvent<{
  feed?: { version: number; generated?: string };
  stale?: boolean;
  error?: FeedError;
}>;

interface Case {
  readonly tag: string;
  /** Breaks the minimal feed in two places in the sections the element reads. */
  readonly breakFeed: (feed: Feed) => void;
  /** Where the problems are, in the order the element reports them. */
  readonly paths: readonly [string, string];
  /** A word from the first problem's message, per language. */
  readonly words: { readonly sv: string; readonly en: string };
  /** Words of the element's own (not the shared) texts it shows for the minimal feed. */
  readonly ownWords: { readonly sv: string; readonly en: string };
}

const CASES: readonly Case[] = [
  {
    tag: 'goal-tree',
    breakFeed: (feed) => {
      feed.goals[0]!.parent = 'finns-inte';
      feed.goals[2]!.owner = 'ingen';
    },
    paths: ['/goals/0/parent', '/goals/2/owner'],
    words: { sv: 'finns inte bland', en: 'is not among' },
    ownWords: { sv: 'Sök bland målen', en: 'Search the goals' },
  },
  {
    tag: 'scorecard-chart',
    breakFeed: (feed) => {
      feed.indicators[0]!.owner = 'ingen';
      feed.indicators[1]!.owner = 'inte-heller';
    },
    paths: ['/indicators/0/owner', '/indicators/1/owner'],
    words: { sv: 'finns inte bland', en: 'is not among' },
    ownWords: { sv: 'Styrkort: alla indikatorer', en: 'Scorecard: all indicators' },
  },
  {
    tag: 'budget-explainer',
    breakFeed: (feed) => {
      const year = feed.budget.years[0]!;
      year.costs[0]!.amount = 1;
      year.costs[1]!.goals = ['finns-inte'];
    },
    paths: ['/budget/years/0/costs/0/amount', '/budget/years/0/costs/1/goals/0'],
    words: { sv: 'är inte summan', en: 'is not the sum' },
    ownWords: { sv: 'Vart går pengarna?', en: 'Where the money goes' },
  },
  {
    tag: 'contact-card',
    breakFeed: (feed) => {
      const contact = feed.contacts[0]!;
      contact.channels[0]!.schedule = 'finns-inte';
      contact.schedules[0]!.office = 'finns-inte';
    },
    paths: ['/contacts/0/schedules/0/office', '/contacts/0/channels/0/schedule'],
    words: { sv: 'finns inte bland', en: 'is not among' },
    ownWords: {
      sv: 'Öppettider i dag och sex dagar framåt',
      en: 'Opening hours today and the next six days',
    },
  },
  {
    tag: 'feedback-prompt',
    breakFeed: (feed) => {
      feed.feedback.endpoint = 'javascript:alert(1)';
      feed.feedback.commentMaxLength = -1;
    },
    paths: ['/feedback/endpoint', '/feedback/commentMaxLength'],
    words: { sv: 'ska vara en länk', en: 'must be a link' },
    ownWords: {
      sv: 'Hjälpte informationen på den här sidan dig?',
      en: 'Did the information on this page help you?',
    },
  },
];

const SV = CORE_TEXTS.sv;
const EN = CORE_TEXTS.en;
/** The editors' details' texts. */
const DSV = FAILURE_TEXTS.sv;
const DEN = FAILURE_TEXTS.en;

/** Text that would run script if it were ever rendered as HTML. */
const HOSTILE = '<img src=x onerror="window.__insynPwned = true"><script>window.__insynPwned = true</script>';

/** JSON with __proto__ keys, as text: JSON.parse makes them own properties. */
const PROTO_TEXT =
  '{"version":1,"__proto__":{"insynPolluted":"yes"},"goals":[],"constructor":{"prototype":{"insynPolluted":"yes"}}}';

let minimal: Feed;
/** Every console.error call of the running test. */
let consoleErrors: unknown[][];
let restoreConsole: () => void;

before(async () => {
  minimal = await loadFixture<Feed>('minimal');
});

beforeEach(() => {
  consoleErrors = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
  };
  restoreConsole = () => {
    console.error = original;
  };
});

afterEach(() => {
  removeContainers();
  restoreConsole();
  clearFeedCache();
  clearStoredFeeds();
});

const fresh = (): Feed => structuredClone(minimal);

/** All console.error output of the running test as one string. */
const consoleText = (): string => consoleErrors.map((args) => args.map(String).join(' ')).join('\n');

interface Options {
  src?: string;
  feed?: unknown;
  /** Text of an inline <script type="application/json"> child. */
  inline?: string;
  texts?: Record<string, string>;
  /** Where to append the element; a new container <div> when absent. */
  parent?: Node;
  /** lang of the new container <div>. */
  lang?: string;
  /** The `debug` attribute: editors' details of a failure. */
  debug?: boolean;
}

interface Mounted {
  el: Widget;
  /** The container <div> (or the given parent). */
  wrapper: Node;
  /** insyn-feed-load and insyn-feed-error events seen on the element, in order. */
  events: FeedEvent[];
}

/** Makes the element, listens to its events, then connects it (so no event is missed). */
async function mount(tag: string, options: Options = {}): Promise<Mounted> {
  const el = document.createElement(tag) as Widget;
  const events: FeedEvent[] = [];
  const record = (event: Event): void => {
    events.push(event as FeedEvent);
  };
  el.addEventListener('insyn-feed-load', record);
  el.addEventListener('insyn-feed-error', record);
  if (options.src !== undefined) el.setAttribute('src', options.src);
  if (options.feed !== undefined) el.feed = options.feed;
  if (options.texts) el.texts = options.texts;
  if (options.debug) el.setAttribute('debug', '');
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = options.inline;
    el.append(script);
  }
  const wrapper = options.parent ?? container(options.lang);
  wrapper.appendChild(el);
  await el.updateComplete;
  return { el, wrapper, events };
}

const retryButton = (el: Widget): HTMLButtonElement | null =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button');

/** The one sentence residents see when the element cannot show its content. */
const sentence = (tag: string, lang: 'sv' | 'en' = 'sv'): string =>
  (customElements.get(tag) as unknown as { unavailable: Record<'sv' | 'en', string> }).unavailable[lang];

/** The editors' details (the debug part, whose words load on first use), as text. */
async function debugText(el: Widget): Promise<string> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="debug"]'), 'the debug part is shown');
  return el.shadowRoot!.querySelector('[part="debug"]')!.textContent.replace(/\s+/g, ' ');
}

/** The absolute URL of a fault-server path, on the test page's origin. */
const absolute = (src: string): string => new URL(src, location.href).href;

const errorKinds = (events: readonly FeedEvent[]): string[] =>
  events.filter((e) => e.type === 'insyn-feed-error').map((e) => e.detail.error!.kind);

const loads = (events: readonly FeedEvent[]): FeedEvent[] =>
  events.filter((e) => e.type === 'insyn-feed-load');

for (const { tag, breakFeed, paths, words, ownWords } of CASES) {
  const broken = (): Feed => {
    const feed = fresh();
    breakFeed(feed);
    return feed;
  };

  describe(`<${tag}> states`, () => {
    describe('loading and ready', () => {
      it('shows a Swedish loading status while a slow URL is pending, then the content', async () => {
        const { el, events } = await mount(tag, {
          src: faultUrl({ body: minimal, delay: 300, key: uniqueKey('slow') }),
        });
        expect(stateOf(el)).to.equal('loading');
        const status = el.shadowRoot!.querySelector('[role="status"]');
        expect(status, 'a role=status element while loading').to.exist;
        expect(status!.textContent.trim()).to.equal(SV.loading);
        await waitForState(el, 'ready');
        expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
        expect(loads(events)).to.have.length(1);
        expect(consoleErrors).to.deep.equal([]);
      });

      it('is ready with the minimal fixture from a src URL', async () => {
        const key = uniqueKey('src');
        const { el, events } = await mount(tag, { src: faultUrl({ body: minimal, key }) });
        await waitForState(el, 'ready');
        expect(loads(events)[0]!.detail.feed!.version).to.equal(1);
        expect(await faultHits(key)).to.equal(1);
        expect(consoleErrors).to.deep.equal([]);
      });

      it('is ready from a data: URL', async () => {
        const { el } = await mount(tag, { src: dataUrl(minimal) });
        await waitForState(el, 'ready');
        expect(consoleErrors).to.deep.equal([]);
      });

      it('is ready from an inline <script type="application/json"> child', async () => {
        const { el } = await mount(tag, { inline: JSON.stringify(minimal) });
        await waitForState(el, 'ready');
        expect(consoleErrors).to.deep.equal([]);
      });

      it('is ready from the .feed property', async () => {
        const { el } = await mount(tag, { feed: fresh() });
        await waitForState(el, 'ready');
        expect(consoleErrors).to.deep.equal([]);
      });

      it('prefers .feed over src, and never fetches src then', async () => {
        const key = uniqueKey('unused-src');
        const { el } = await mount(tag, { src: faultUrl({ body: { version: 1 }, key }), feed: fresh() });
        await waitForState(el, 'ready');
        expect(await faultHits(key)).to.equal(0);
      });

      it('prefers an inline JSON child over src', async () => {
        const key = uniqueKey('unused-src');
        const { el } = await mount(tag, {
          src: faultUrl({ body: { version: 1 }, key }),
          inline: JSON.stringify(minimal),
        });
        await waitForState(el, 'ready');
        expect(await faultHits(key)).to.equal(0);
      });

      it('shows the empty state for a valid feed without its section', async () => {
        const { el, events } = await mount(tag, { feed: { version: 1 } });
        await waitForState(el, 'empty');
        expect(el.shadowRoot!.querySelector('[part="empty"]')?.textContent?.trim()).to.equal(SV.empty);
        expect(loads(events)).to.have.length(1);
        expect(consoleErrors).to.deep.equal([]);
      });
    });

    describe('errors', () => {
      it('HTTP 404: one plain sentence and a retry for residents; the address and the cause for editors', async () => {
        const key = uniqueKey('404');
        const src = faultUrl({ body: minimal, key, failFirst: 1, failStatus: 404 });
        const { el, events } = await mount(tag, { src, debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(shadowText(el)).to.include(sentence(tag));
        expect(await debugText(el))
          .to.include(absolute(src))
          .and.include('HTTP 404')
          .and.include('Kontrollera adressen');
        expect(errorKinds(events)).to.deep.equal(['http']);
        expect(consoleText()).to.include('404');
        const button = retryButton(el);
        expect(button, 'a retry button').to.exist;
        expect(button!.textContent.trim()).to.equal(SV.retry);
        button!.click();
        await waitForState(el, 'ready');
        expect(await faultHits(key)).to.equal(2);
        expect(loads(events)).to.have.length(1);
      });

      it('without debug, residents see only the sentence: no status, address or paths', async () => {
        const http = await mount(tag, { src: faultUrl({ status: 404 }) });
        const invalid = await mount(tag, { feed: broken() });
        await waitForState(http.el, 'error');
        await waitForState(invalid.el, 'error');
        for (const el of [http.el, invalid.el]) {
          expect(shadowText(el)).to.include(sentence(tag));
          expect(el.shadowRoot!.querySelector('[part="debug"]')).to.equal(null);
          expect(shadowText(el)).to.not.include('404').and.not.include('/__fault').and.not.include(paths[0]);
        }
      });

      it('?insyn-debug in the page address shows the details on every element', async () => {
        const before = location.href;
        history.replaceState(
          null,
          '',
          `${location.pathname}${location.search || '?'}&insyn-debug${location.hash}`,
        );
        try {
          const { el } = await mount(tag, { feed: broken() });
          await waitForState(el, 'error');
          expect(await debugText(el))
            .to.include(paths[0])
            .and.include('(2 fel)');
        } finally {
          history.replaceState(null, '', before);
        }
      });

      it('a feed on another site that does not allow this page (CORS): names both sites and the header', async () => {
        // The test server sends no Access-Control-Allow-Origin, so the same server under another
        // host name is another site that refuses.
        const page = new URL(location.href);
        const other = new URL(faultUrl({ body: minimal }), page);
        other.hostname = page.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
        const { el, events } = await mount(tag, { src: other.href, debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(errorKinds(events)).to.deep.equal(['network']);
        expect(shadowText(el)).to.include(sentence(tag));
        expect(await debugText(el))
          .to.include(other.origin)
          .and.include(page.origin)
          .and.include('Access-Control-Allow-Origin');
      });

      it('HTML instead of JSON: says the address gave a web page, no retry', async () => {
        const src = faultUrl({
          body: '<!doctype html><title>Logga in</title><p>Logga in',
          type: 'text/html',
        });
        const { el, events } = await mount(tag, { src, debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(shadowText(el)).to.include(sentence(tag));
        expect(await debugText(el))
          .to.include(absolute(src))
          .and.include('webbsida i stället för JSON');
        expect(retryButton(el)).to.equal(null);
        expect(errorKinds(events)).to.deep.equal(['content-type']);
      });

      it('truncated JSON: shows line and column', async () => {
        const src = faultUrl({ body: '{\n  "version": 1,\n  "goals": [' });
        const { el, events } = await mount(tag, { src, debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(await debugText(el)).to.include('rad 3, kolumn 13');
        expect(errorKinds(events)).to.deep.equal(['parse']);
      });

      it('truncated inline JSON: shows line and column', async () => {
        const { el } = await mount(tag, { inline: '{"version": 1,', debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(await debugText(el)).to.include('rad 1, kolumn 15');
      });

      it('invalid feed: editors see the JSON Pointer of each problem and the count; the console has every path', async () => {
        const { el, events } = await mount(tag, { feed: broken(), debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        const codes = [...el.shadowRoot!.querySelectorAll('[part="debug"] code')].map((c) => c.textContent);
        expect(codes[0]).to.equal(paths[0]);
        expect(shadowText(el)).to.include(sentence(tag));
        expect(await debugText(el))
          .to.include('(2 fel)')
          .and.include(words.sv);
        expect(retryButton(el)).to.equal(null);
        expect(errorKinds(events)).to.deep.equal(['invalid']);
        const error = events[0]!.detail.error as FeedValidationError;
        expect(error.problems.map((p) => p.path)).to.deep.equal([...paths]);
        expect(consoleErrors.length).to.be.greaterThan(0);
        for (const path of paths) expect(consoleText()).to.include(path);
      });

      it('no source at all: says so, without a retry', async () => {
        const { el, events } = await mount(tag, { debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(shadowText(el)).to.include(sentence(tag));
        expect(await debugText(el)).to.include(DSV.causeMissing);
        expect(retryButton(el)).to.equal(null);
        expect(errorKinds(events)).to.deep.equal(['missing']);
      });
    });

    describe('accessibility (axe, WCAG 2.1 AA)', () => {
      /** Every state in turn, each checked by axe once it is reached. */
      async function expectEveryStateAccessible(lang: 'sv' | 'en'): Promise<void> {
        const loading = await mount(tag, { lang, src: faultUrl({ body: minimal, delay: 5000 }) });
        expect(stateOf(loading.el)).to.equal('loading');
        await expectAccessible(loading.el);

        const httpError = await mount(tag, { lang, src: faultUrl({ status: 404 }) });
        await waitForState(httpError.el, 'error');
        expect(retryButton(httpError.el)).to.exist;
        await expectAccessible(httpError.el);

        const invalid = await mount(tag, { lang, feed: broken() });
        await waitForState(invalid.el, 'error');
        await expectAccessible(invalid.el);

        const detailed = await mount(tag, { lang, feed: broken(), debug: true });
        await waitForState(detailed.el, 'error');
        await debugText(detailed.el); // its words load on first use
        await expectAccessible(detailed.el);

        const empty = await mount(tag, { lang, feed: { version: 1 } });
        await waitForState(empty.el, 'empty');
        await expectAccessible(empty.el);

        const ready = await mount(tag, { lang, feed: fresh() });
        await waitForState(ready.el, 'ready');
        await expectAccessible(ready.el);
        // Still loading: the check ran on the loading state, not on an error.
        expect(stateOf(loading.el)).to.equal('loading');
      }

      for (const lang of ['sv', 'en'] as const) {
        it(`has no violations in any state, lang="${lang}"`, async () => {
          await expectEveryStateAccessible(lang);
        });
      }

      it('stays light and readable on a light-only page when the system is dark', async () => {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          await expectEveryStateAccessible('sv');
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });

      it('turns dark, and stays readable, on a page that opts into dark (color-scheme: light dark)', async () => {
        const root = document.documentElement;
        root.style.colorScheme = 'light dark';
        document.body.style.background = 'Canvas'; // a dark page paints a dark background
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const { el } = await mount(tag, { feed: minimal });
          await waitForState(el, 'ready');
          expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 241)');
          await expectEveryStateAccessible('sv');
        } finally {
          await emulateMedia({ colorScheme: 'light' });
          root.style.colorScheme = '';
          document.body.style.background = '';
        }
      });
    });

    describe('language and texts', () => {
      it('speaks English under an ancestor with lang="en"', async () => {
        const loading = await mount(tag, { lang: 'en', src: faultUrl({ body: minimal, delay: 5000 }) });
        expect(loading.el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal(
          EN.loading,
        );
        const { el } = await mount(tag, { lang: 'en', src: faultUrl({ status: 404 }), debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(shadowText(el)).to.include(sentence(tag, 'en'));
        expect(await debugText(el))
          .to.include(DEN.debugHeading)
          .and.include('HTTP 404');
        expect(retryButton(el)!.textContent.trim()).to.equal(EN.retry);
      });

      it("re-renders when the ancestor's lang changes at runtime", async () => {
        const { el, wrapper } = await mount(tag, { lang: 'sv', debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(shadowText(el)).to.include(DSV.causeMissing).and.include(sentence(tag, 'sv'));
        (wrapper as HTMLElement).lang = 'en-GB';
        await waitUntil(() => shadowText(el).includes(DEN.causeMissing), 'English after lang="en-GB"');
        expect(shadowText(el)).to.include(sentence(tag, 'en'));
        (wrapper as HTMLElement).lang = 'sv-SE';
        await waitUntil(() => shadowText(el).includes(DSV.causeMissing), 'Swedish after lang="sv-SE"');
      });

      it("shows its own English words once the page's lang becomes en, never a blank between", async () => {
        const before = document.documentElement.getAttribute('lang');
        document.documentElement.lang = 'sv';
        try {
          const { el } = await mount(tag, { feed: fresh() });
          await waitForState(el, 'ready');
          expect(shadowText(el)).to.include(ownWords.sv);
          document.documentElement.lang = 'en';
          // Each render until the English words arrive keeps the Swedish ones: no "undefined".
          const seen: string[] = [];
          // A chunk to fetch: more time than the default second on a busy test machine.
          await waitUntil(
            () => {
              seen.push(shadowText(el));
              return shadowText(el).includes(ownWords.en);
            },
            'English own texts after <html lang="en">',
            { timeout: 5000 },
          );
          for (const text of seen) expect(text).to.not.include('undefined');
          expect(shadowText(el)).to.not.include(ownWords.sv);
          expect(stateOf(el)).to.equal('ready');
        } finally {
          if (before === null) document.documentElement.removeAttribute('lang');
          else document.documentElement.setAttribute('lang', before);
        }
      });

      it("re-words the problems of an invalid feed when the ancestor's lang changes", async () => {
        const { el, wrapper } = await mount(tag, { lang: 'en', feed: broken(), debug: true });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(shadowText(el)).to.include('(2 problems)').and.include(words.en).and.include(paths[0]);
        (wrapper as HTMLElement).lang = 'sv';
        await waitUntil(() => shadowText(el).includes(words.sv), 'Swedish problems after lang="sv"');
        expect(shadowText(el)).to.include('(2 fel)').and.include(paths[0]).and.not.include(words.en);
        expect(stateOf(el)).to.equal('error');
      });

      it('uses strings from the texts property, also when it changes', async () => {
        const { el } = await mount(tag, {
          texts: { causeMissing: 'Ange en källa för uppgifterna.' },
          debug: true,
        });
        await waitForState(el, 'error');
        await debugText(el); // its words load on first use
        expect(shadowText(el)).to.include('Ange en källa för uppgifterna.').and.not.include(DSV.causeMissing);
        el.texts = { causeMissing: 'Källa saknas.', unavailable: 'Hoppsan' };
        await el.updateComplete;
        expect(shadowText(el)).to.include('Källa saknas.').and.include('Hoppsan');
      });

      it('uses an overridden loading text in English too', async () => {
        const { el } = await mount(tag, {
          lang: 'en',
          texts: { loading: 'Fetching figures …' },
          src: faultUrl({ body: minimal, delay: 5000 }),
        });
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim()).to.equal(
          'Fetching figures …',
        );
      });
    });

    describe('events', () => {
      it('fires insyn-feed-load and insyn-feed-error, bubbling and composed out of a shadow root', async () => {
        const outer = container();
        const host = document.createElement('div');
        outer.append(host);
        const root = host.attachShadow({ mode: 'open' });
        const seen: FeedEvent[] = [];
        const record = (event: Event): void => {
          seen.push(event as FeedEvent);
        };
        outer.addEventListener('insyn-feed-load', record);
        outer.addEventListener('insyn-feed-error', record);

        const ok = await mount(tag, { parent: root, feed: fresh() });
        await waitForState(ok.el, 'ready');
        const failing = await mount(tag, { parent: root, src: faultUrl({ status: 404 }) });
        await waitForState(failing.el, 'error');

        await waitUntil(() => seen.length === 2, 'two events at the outer element');
        const [load, error] = seen as [FeedEvent, FeedEvent];
        expect(load.type).to.equal('insyn-feed-load');
        expect(load.bubbles && load.composed, 'load bubbles and is composed').to.be.true;
        expect(load.target, 'retargeted to the shadow host').to.equal(host);
        expect(load.detail.feed!.version).to.equal(1);
        expect(load.detail.feed!.generated).to.equal(minimal.generated);
        expect(load.detail.stale).to.equal(false);
        expect(error.type).to.equal('insyn-feed-error');
        expect(error.bubbles && error.composed, 'error bubbles and is composed').to.be.true;
        expect(error.detail.error!.kind).to.equal('http');
      });
    });

    describe('loading behaviour', () => {
      it('shares one fetch between elements with the same src', async () => {
        const key = uniqueKey('shared');
        const src = faultUrl({ body: minimal, key, delay: 100 });
        const first = await mount(tag, { src });
        await mount(tag, { src, parent: first.wrapper });
        const elements = [...(first.wrapper as HTMLElement).children] as Widget[];
        expect(elements).to.have.length(2);
        for (const el of elements) await waitForState(el, 'ready');
        // One more after the load is done: served from the page's cache.
        const late = await mount(tag, { src, parent: first.wrapper });
        await waitForState(late.el, 'ready');
        expect(await faultHits(key)).to.equal(1);
      });

      it('drops the result of a slow src once src has changed', async () => {
        const slowKey = uniqueKey('slow');
        const oldFeed = { ...fresh(), generated: '2020-01-01T00:00:00+01:00' };
        const slow = faultUrl({ body: oldFeed, key: slowKey, delay: 600 });
        // A second element keeps the slow load alive, so it is answered, late, and not aborted.
        const holder = await mount(tag, { src: slow });
        const { el, events } = await mount(tag, { src: slow, parent: holder.wrapper });
        await waitUntil(async () => (await faultHits(slowKey)) === 1, 'the slow request reached the server');
        el.src = faultUrl({ body: minimal });
        await waitForState(el, 'ready');
        await waitForState(holder.el, 'ready', 3000);
        await aTimeout(50);
        expect(loads(holder.events)[0]!.detail.feed!.generated).to.equal(oldFeed.generated);
        expect(loads(events).map((e) => e.detail.feed!.generated)).to.deep.equal([minimal.generated]);
        expect(stateOf(el)).to.equal('ready');
        expect(consoleErrors).to.deep.equal([]);
      });

      it('aborts the load when removed while loading, without console errors', async () => {
        const signals: AbortSignal[] = [];
        const realFetch = window.fetch;
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
          if (init?.signal) signals.push(init.signal);
          return realFetch.call(window, input, init);
        };
        const rejections: unknown[] = [];
        const onRejection = (event: PromiseRejectionEvent): void => {
          rejections.push(event.reason);
        };
        window.addEventListener('unhandledrejection', onRejection);
        try {
          const { el, events } = await mount(tag, { src: faultUrl({ body: minimal, delay: 3000 }) });
          await waitUntil(() => signals.length === 1, 'the element started a fetch');
          el.remove();
          expect(signals[0]!.aborted, 'the fetch is aborted').to.be.true;
          await aTimeout(100);
          expect(events).to.deep.equal([]);
          expect(consoleErrors).to.deep.equal([]);
          expect(rejections).to.deep.equal([]);
        } finally {
          window.fetch = realFetch;
          window.removeEventListener('unhandledrejection', onRejection);
        }
      });
    });

    describe('hostile feeds', () => {
      it('renders HTML in feed texts as text, never as elements', async () => {
        const feed = fresh();
        feed.organization.name = HOSTILE;
        for (const goal of feed.goals) goal.title = HOSTILE;
        for (const indicator of feed.indicators) indicator.title = { sv: HOSTILE, en: HOSTILE };
        for (const year of feed.budget.years) {
          for (const item of [...year.costs, ...year.revenue]) item.title = HOSTILE;
        }
        for (const contact of feed.contacts) {
          contact.name = HOSTILE;
          for (const channel of contact.channels) channel.label = HOSTILE;
          for (const schedule of contact.schedules) schedule.title = HOSTILE;
        }
        feed.feedback.question = HOSTILE;
        const { el, wrapper } = await mount(tag, { inline: JSON.stringify(feed) });
        await waitForState(el, 'ready');
        await aTimeout(50);
        expect(el.shadowRoot!.querySelectorAll('img, script:not([type="application/json"])')).to.have.length(
          0,
        );
        expect((wrapper as HTMLElement).querySelectorAll('img')).to.have.length(0);
        expect((window as { __insynPwned?: boolean }).__insynPwned).to.equal(undefined);
        expect(consoleErrors).to.deep.equal([]);
      });

      for (const via of ['inline', 'src'] as const) {
        it(`survives __proto__ keys (${via}): Object.prototype is unchanged`, async () => {
          const options = via === 'inline' ? { inline: PROTO_TEXT } : { src: faultUrl({ body: PROTO_TEXT }) };
          const { el } = await mount(tag, { ...options, debug: true });
          await waitForState(el, 'error');
          await debugText(el); // its words load on first use
          expect(Object.prototype).to.not.have.own.property('insynPolluted');
          expect(({} as Record<string, unknown>).insynPolluted).to.equal(undefined);
          // An unknown top-level field is refused, with its path.
          const codes = [...el.shadowRoot!.querySelectorAll('[part="debug"] code')].map((c) => c.textContent);
          expect(codes).to.include('/__proto__');
        });
      }
    });
  });
}

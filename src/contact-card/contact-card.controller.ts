/**
 * The lazily loaded part of <contact-card> (the element fetches it alongside the feed, so the file
 * every page loads holds only the element's shell and its states; see
 * docs/decisions/0004-contact-card-lazy-view.md): the templates, styles, texts and pure modules,
 * and this controller, which does what the card does once its feed is ready. It works out the model at the card's instant, announces a schedule that opens
 * or closes, keeps one timer to the next change, follows the page becoming visible again, keeps
 * the opt-in JSON-LD child up to date and turns link clicks into `insyn-contact-action`.
 */
import {
  adoptStyles,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { Announcer } from '../core/announcer.js';
import { emit } from '../core/events.js';
import type { FeedState } from '../core/feed-controller.js';
import { lazyModule } from '../core/lazy-module.js';
import type { Lang } from '../core/locale.js';
import type { TextSet } from '../core/texts.js';
import type { Feed } from '../feed/generated/feed-types.js';
import type { ContactCardTextKey } from './contact-card.texts.sv.js';
import { announce, renderCard } from './contact-card.view.js';
import { contactCardViewStyles } from './contact-card.view.styles.js';
import { cardModel, openStates, select, type CardModel } from './model.js';

/** setTimeout takes at most 2^31 − 1 ms (about 24.8 days). */
const MAX_DELAY = 2_147_483_647;
/** A little past a change, so that the clock reads the new state when the timer fires. */
const LATE_MS = 50;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The element as the controller sees it: its attributes, language and shadow root. */
export interface CardHost extends ReactiveControllerHost, HTMLElement {
  readonly contact?: string | undefined;
  readonly office?: string | undefined;
  readonly schedule?: string | undefined;
  readonly now?: string | undefined;
  readonly compact: boolean;
  readonly isStatic: boolean;
  readonly headingLevel: number;
  readonly jsonLd: boolean;
  readonly resolvedLang: Lang;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the element keeps protected, handed over as functions. */
export interface CardAccess {
  readonly state: () => FeedState;
  readonly texts: () => TextSet<ContactCardTextKey>;
  readonly clock: () => Date;
  /** The element's static styles, to which the card's own are added. */
  readonly styles: readonly CSSResultOrNative[];
}

/** What `insyn-contact-action` carries. */
export interface ContactActionDetail {
  /** phone, email, web-form, chat, social, other (a channel's type), map, vcard or ics. */
  readonly action: string;
  /** The link's absolute URL (a data: URL for vcard and ics). */
  readonly href: string;
  /** The id of the channel, person, office or (for ics) contact point. */
  readonly id: string;
}

declare global {
  interface HTMLElementEventMap {
    'insyn-contact-action': CustomEvent<ContactActionDetail>;
  }
}

/** The JSON-LD builder: a chunk of its own, fetched only by a card with `json-ld`. */
const jsonLdChunk = lazyModule(() => import('./json-ld.js'));

/** The Trusted Types policy for the JSON-LD; it blesses nothing but JSON. */
const POLICY = 'insyn-json-ld';
interface ScriptPolicy {
  createScript(input: string): unknown;
}
/** undefined: not tried yet; null: none (no Trusted Types, or the page's CSP refused the name). */
let policy: ScriptPolicy | null | undefined;
/** Whether creating the policy was refused, i.e. Trusted Types are enforced on the page. */
let enforced = false;

/** JSON as a TrustedScript where the browser has Trusted Types, else undefined. */
function trustedScript(json: string): unknown {
  if (policy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: {
          createPolicy(name: string, rules: { createScript(s: string): string }): ScriptPolicy;
        };
      }
    ).trustedTypes;
    try {
      policy =
        factory?.createPolicy(POLICY, {
          // Throws for anything that is not JSON: the policy can never bless code.
          createScript: (s) => {
            JSON.parse(s);
            return s;
          },
        }) ?? null;
    } catch {
      policy = null;
      enforced = true;
    }
  }
  return policy?.createScript(json);
}

export class CardController implements ReactiveController {
  /** What the card shows; undefined when the feed is not ready or has nothing for the card. */
  model?: CardModel;

  private fixedNow?: Date;
  private nowSeen?: string;
  /** The live region: says something only when a schedule opens or closes. */
  private readonly announcer: Announcer;
  private openBefore?: { feed: Feed; key: string; states: Map<string, boolean> };
  private timer?: ReturnType<typeof setTimeout>;
  private warned = '';

  constructor(
    private readonly host: CardHost,
    private readonly access: CardAccess,
  ) {
    this.announcer = new Announcer(host);
    adoptStyles(host.renderRoot as ShadowRoot, [...access.styles, ...contactCardViewStyles]);
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.host.requestUpdate(); // re-arms the timer when the element was moved
  }

  hostDisconnected(): void {
    this.stopTimer();
    document.removeEventListener('visibilitychange', this.handleVisibility);
  }

  /** Runs after the element's willUpdate (language, texts and feed state are current). */
  hostUpdate(): void {
    const { host } = this;
    if (host.now !== this.nowSeen) {
      this.nowSeen = host.now;
      this.fixedNow = this.parseNow();
    }
    this.model = undefined;
    const state = this.access.state();
    if (state.kind !== 'ready') return;
    const selection = select(state.feed, host);
    if (typeof selection === 'string') {
      this.warnOnce(`no ${selection} "${host[selection] ?? ''}" in the feed; showing the empty state.`);
      return;
    }
    this.model = cardModel(state.feed, selection, this.fixedNow ?? this.access.clock());
    this.updateAnnouncement(state.feed, this.model);
  }

  hostUpdated(): void {
    this.scheduleRefresh();
    this.syncJsonLd();
  }

  render(): TemplateResult {
    const { host } = this;
    return renderCard(this.model!, {
      lang: host.resolvedLang,
      t: this.access.texts(),
      compact: host.compact,
      isStatic: host.isStatic,
      level: Number.isInteger(host.headingLevel) ? host.headingLevel : 2,
      announcement: this.announcer.current,
      onClick: this.handleClick,
    });
  }

  private parseNow(): Date | undefined {
    const value = this.host.now;
    if (!value) return undefined;
    const time = ISO_INSTANT.test(value.trim()) ? Date.parse(value) : Number.NaN;
    if (!Number.isNaN(time)) return new Date(time);
    console.warn(
      `[insyn] <${this.host.localName}>: now="${value}" is not a date and time with an offset ` +
        '(e.g. 2026-12-24T10:00:00+01:00); following the clock instead.',
    );
    return undefined;
  }

  private warnOnce(message: string): void {
    if (this.warned === message) return;
    this.warned = message;
    console.warn(`[insyn] <${this.host.localName}>: ${message}`);
  }

  /** Announces the schedules that opened or closed since the last update of the same card. */
  private updateAnnouncement(feed: Feed, model: CardModel): void {
    const { host } = this;
    const key = [host.contact, host.office, host.schedule, host.now, host.resolvedLang].join('\n');
    const states = openStates(model);
    const before = this.openBefore;
    if (before && before.feed === feed && before.key === key) {
      const flipped = new Set<string>();
      for (const [id, open] of states)
        if (before.states.has(id) && before.states.get(id) !== open) flipped.add(id);
      if (flipped.size > 0) {
        this.announcer.announce(
          announce(model, flipped, { lang: host.resolvedLang, t: this.access.texts() }),
        );
      }
    } else {
      this.announcer.clear();
    }
    this.openBefore = { feed, key, states };
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One timer, to the next opening, closing or midnight; none for a fixed `now`. */
  private scheduleRefresh(): void {
    this.stopTimer();
    const { model } = this;
    if (!model?.refreshAt || this.fixedNow || !this.host.isConnected) return;
    const delay = Math.min(Math.max(0, model.refreshAt.getTime() - model.now.getTime()) + LATE_MS, MAX_DELAY);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  /**
   * The JSON-LD child when asked for with `json-ld` (its code is loaded only then): text set as a
   * TrustedScript or a text node, never parsed as HTML.
   */
  private syncJsonLd(): void {
    const { host, model } = this;
    if (!host.jsonLd || !model) {
      host.querySelector(':scope > script[data-insyn-json-ld]')?.remove();
      return;
    }
    jsonLdChunk.load().then(
      ({ contactJsonLd, jsonLdText }) => {
        if (this.model !== model || !host.jsonLd) return; // a later update has its own turn
        this.writeJsonLd(jsonLdText(contactJsonLd(model, host.resolvedLang)));
      },
      () => {
        this.warnOnce('the JSON-LD code could not be loaded.');
      },
    );
  }

  private writeJsonLd(text: string): void {
    const { host } = this;
    let script = host.querySelector<HTMLScriptElement>(':scope > script[data-insyn-json-ld]');
    if (script?.textContent === text) return;
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.insynJsonLd = '';
    }
    const trusted = trustedScript(text);
    if (trusted) {
      script.textContent = trusted as unknown as string;
    } else {
      // No policy: a text node. Where Trusted Types are enforced the browser still inserts it (the
      // script never runs) but reports a violation, so say how to allow the policy.
      script.replaceChildren(document.createTextNode(text));
      if (policy === null && enforced) {
        this.warnOnce(
          `under Trusted Types, allow the policy "${POLICY}" (trusted-types … ${POLICY}) for the JSON-LD.`,
        );
      }
    }
    if (!script.isConnected) host.append(script);
  }

  /** Timers are throttled in hidden tabs and stop while a computer sleeps: look again when seen. */
  private handleVisibility = (): void => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };

  private handleClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('a[data-action]') : null;
    if (!(target instanceof HTMLAnchorElement)) return;
    const detail: ContactActionDetail = {
      action: target.dataset.action ?? '',
      href: target.href,
      id: target.dataset.id ?? '',
    };
    if (!emit(this.host, 'insyn-contact-action', detail, { cancelable: true })) event.preventDefault();
  };
}

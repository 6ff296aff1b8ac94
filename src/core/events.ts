/**
 * Insyn's events: bubbling and composed (a page listens on the element or on document, through
 * shadow roots), typed through the global `HTMLElementEventMap`, which each element's module
 * extends with its own events, so that `addEventListener('insyn-node-select', …)` is typed in the
 * host page's TypeScript too.
 */
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedError } from '../feed/errors.js';

export interface FeedLoadDetail {
  feed: Feed;
  /** True for a saved copy shown while the network failed. */
  stale: boolean;
}

export interface FeedErrorDetail {
  error: FeedError;
}

declare global {
  interface HTMLElementEventMap {
    'insyn-feed-load': CustomEvent<FeedLoadDetail>;
    'insyn-feed-error': CustomEvent<FeedErrorDetail>;
  }
}

/** The names of Insyn's events (those in the map that carry a detail). */
export type InsynEventName = {
  [K in keyof HTMLElementEventMap]: K extends `insyn-${string}` ? K : never;
}[keyof HTMLElementEventMap];

export type InsynEventDetail<K extends InsynEventName> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires an Insyn event on `target`. Returns false when a listener called `preventDefault()` on a
 * `cancelable` event (the host took over: a link it routes itself, an answer it sends elsewhere).
 */
export function emit<K extends InsynEventName>(
  target: EventTarget,
  type: K,
  detail: InsynEventDetail<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

/**
 * What the question (feedback-view) and what follows an answer (feedback-flow) share: the host's
 * shape and three small DOM helpers. Its own module so that neither chunk imports the other.
 */
import { adoptStyles, type CSSResult, type ReactiveControllerHost } from 'lit';
import type { FeedbackSettings } from '../feed/generated/feed-types.js';
import type { Lang } from '../core/locale.js';

export type Answer = 'yes' | 'no';

/** What the flow needs from <feedback-prompt>. */
export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly resolvedLang: Lang;
  readonly texts?: Partial<Record<string, string>> | undefined;
  readonly endpoint?: string | undefined;
  readonly page?: string | undefined;
  readonly sendTimeout: number;
  readonly minTime: number;
  /** Whether to show the page's public share of "Ja" (the `show-share` attribute). */
  readonly showShare: boolean;
  /** The feed's `feedback` section ({} without a feed). */
  feedbackSettings(): FeedbackSettings;
}

/**
 * Adds a chunk's styles to the element's: a constructable stylesheet where there are (allowed
 * under `style-src 'self'`), else a `<style>` (Lit's fallback, with its nonce).
 */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [styles]);
}

/** Focuses the first match in the element's shadow root once the pending render is done. */
export function focusAfterUpdate(host: FlowHost, selector: string): void {
  void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
}

/** Whether the field only bots see has a value. */
export function honeypotFilled(host: FlowHost): boolean {
  return !!host.renderRoot.querySelector<HTMLInputElement>('.hp input')?.value;
}

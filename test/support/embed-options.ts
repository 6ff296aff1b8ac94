/**
 * What the embed-options tests (test/<element>/embed-options.test.ts) share: mounting an element
 * with the demo feed and attributes, finding what a keyboard can reach in its shadow root, and
 * telling whether text is shown or only there for screen readers.
 */
import { waitUntil } from '@open-wc/testing';
import { container, waitForState } from './a11y.js';

export type Attrs = Readonly<Record<string, string | true>>;

let demo: Promise<unknown> | undefined;

/** A fresh copy of the demo page's feed (demo/feed.json), fetched once per test file. */
export async function demoFeed(): Promise<Record<string, unknown>> {
  demo ??= fetch('/demo/feed.json').then((response) => response.json() as Promise<unknown>);
  return structuredClone(await demo) as Record<string, unknown>;
}

/**
 * Makes `<tag>` with the feed as `.feed` and the attributes, connects it (in a box `width` px
 * wide, when given), and waits until it is ready.
 */
export async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  feed: unknown,
  attrs: Attrs = {},
  width?: number,
): Promise<T> {
  const el = document.createElement(tag) as T & { feed?: unknown };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value === true ? '' : value);
  el.feed = feed;
  const box = container();
  // From the start: a page in a background tab gets no ResizeObserver turn for a later change.
  if (width !== undefined) box.style.width = `${width}px`;
  box.append(el);
  await waitForState(el, 'ready');
  await el.updateComplete;
  // Lazily loaded views render on the update after they arrive.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
  return el;
}

/** Every element under `root`, through nested shadow roots. */
function* walk(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

/**
 * The elements a reader reaches with Tab: in the tab order (tabIndex ≥ 0, which covers links
 * with href, buttons, form fields, summary and tabindex="0"), not disabled, and rendered.
 */
export function tabbables(host: Element): Element[] {
  return [...walk(host.shadowRoot!)].filter((el) => {
    const focusable = el as HTMLElement & { disabled?: boolean };
    if (focusable.tabIndex < 0 || focusable.disabled) return false;
    if (el.closest('[inert]')) return false;
    return el.checkVisibility() && el.getClientRects().length > 0;
  });
}

/** A short description of elements for assertion messages: `button "Ja"`. */
export function describeElements(elements: readonly Element[]): string {
  return elements.map((el) => `${el.localName} "${el.textContent.trim().slice(0, 40)}"`).join(', ');
}

/**
 * Whether an element is shown: rendered (not in a closed `<details>`, not `display: none`) with a
 * box larger than the 1 px of the visually hidden pattern.
 */
export function isShown(el: Element | null): boolean {
  if (!el?.checkVisibility()) return false;
  const box = el.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/** The computed frame of an element: border widths, background colour and padding. */
export function frameOf(el: Element): { border: number; background: string; padding: number } {
  const style = getComputedStyle(el);
  const px = (value: string): number => Number.parseFloat(value) || 0;
  return {
    border:
      px(style.borderTopWidth) +
      px(style.borderRightWidth) +
      px(style.borderBottomWidth) +
      px(style.borderLeftWidth),
    background: style.backgroundColor,
    padding: px(style.paddingTop) + px(style.paddingRight) + px(style.paddingBottom) + px(style.paddingLeft),
  };
}

/** Transparent, as getComputedStyle writes it. */
export const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Asserts that nothing in the element's ready view is wider than the element. */
export async function expectFits(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  try {
    await waitUntil(() => base.scrollWidth <= base.clientWidth, '', { timeout: 2000, interval: 20 });
  } catch {
    const width = el.getBoundingClientRect().width;
    throw new Error(
      `<${el.localName}> ${width} px wide: content ${base.scrollWidth} px in ${base.clientWidth} px`,
    );
  }
}

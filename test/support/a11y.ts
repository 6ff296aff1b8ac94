/**
 * Accessibility and state helpers for element tests.
 *
 * `expectAccessible` runs axe-core through chai-a11y-axe (`expect(el).to.be.accessible()`),
 * limited to the WCAG 2.0/2.1 A and AA rules, the level Swedish law requires (DOS-lagen).
 * axe walks into open shadow roots, so passing the host checks the element's shadow content.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RuleMetadata } from 'axe-core';

/** The axe tags of WCAG 2.1 level AA: 2.0 A and AA plus what 2.1 added at A and AA. */
export const WCAG21AA_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AccessibleOptions {
  /** Rules to skip by id (say why at the call). */
  ignoredRules?: readonly string[];
  /** Run the rules with any of these axe tags instead of WCAG 2.1 AA, e.g. add 'best-practice'. */
  tags?: readonly string[];
}

interface AxeGlobal {
  getRules(tags?: string[]): RuleMetadata[];
}

/** axe-core registers itself on window; chai-a11y-axe loads it the same way on first use. */
async function loadAxe(): Promise<AxeGlobal> {
  const w = window as unknown as { axe?: AxeGlobal };
  if (!w.axe) {
    // @ts-expect-error -- the minified build has no types of its own; it sets window.axe.
    await import('axe-core/axe.min.js');
  }
  if (!w.axe) throw new Error('axe-core did not register window.axe');
  return w.axe;
}

/**
 * Asserts that axe finds no WCAG 2.1 AA violation in `el` and its shadow root. chai-a11y-axe
 * can only switch rules off, so every rule outside the wanted tags is passed as ignored.
 */
export async function expectAccessible(el: Element, options: AccessibleOptions = {}): Promise<void> {
  const axe = await loadAxe();
  const tags = options.tags ?? WCAG21AA_TAGS;
  const outside = axe
    .getRules()
    .filter((rule) => !rule.tags.some((tag) => tags.includes(tag)))
    .map((rule) => rule.ruleId);
  await expect(el).to.be.accessible({ ignoredRules: [...outside, ...(options.ignoredRules ?? [])] });
}

/** The element's state as the base element reflects it: loading, error, empty or ready. */
export function stateOf(el: Element): string | undefined {
  return (el as HTMLElement).dataset.state;
}

/** Waits until `el` has `data-state="<state>"`; on timeout says which state it got stuck in. */
export async function waitForState(el: Element, state: string, timeout = 5000): Promise<void> {
  try {
    await waitUntil(() => stateOf(el) === state, '', { timeout, interval: 10 });
  } catch {
    const text = el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    throw new Error(
      `<${el.localName}> did not reach data-state="${state}" within ${timeout} ms; ` +
        `it is "${stateOf(el) ?? '(none)'}". Shadow text: "${text.slice(0, 300)}"`,
    );
  }
}

const containers = new Set<HTMLElement>();

/**
 * A fresh `<div>` in `document.body`, removed by {@link removeContainers} (call it in
 * `afterEach`). Used instead of `fixture()` from @open-wc/testing, which waits for an animation
 * frame: with the runner's concurrency the page may be a background tab, where frames never come.
 */
export function container(lang?: string): HTMLDivElement {
  const div = document.createElement('div');
  if (lang !== undefined) div.lang = lang;
  document.body.append(div);
  containers.add(div);
  return div;
}

/** Removes every container made by {@link container}, disconnecting the elements in them. */
export function removeContainers(): void {
  for (const div of containers) div.remove();
  containers.clear();
}

/** The visible text of the element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

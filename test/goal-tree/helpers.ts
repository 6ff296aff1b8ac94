/** Mounting <goal-tree> and reading its tree, for the element and keyboard tests. */
import { waitUntil } from '@open-wc/testing';
import '../../src/define/goal-tree.js';
import type { GoalTree } from '../../src/goal-tree/goal-tree.js';
import type { GoalNode } from '../../src/goal-tree/model.js';
import { container, waitForState } from '../support/a11y.js';

export type Attrs = Readonly<Record<string, string | true>>;

/** A box wide enough for the side-by-side layout (from 64rem): selecting keeps focus in the tree. */
export const WIDE = '70rem';

/**
 * Makes a <goal-tree> with the feed as `.feed`, connects it, and waits until it is ready.
 * `width`: of its box (CSS), e.g. {@link WIDE} for the side-by-side layout.
 */
export async function mountTree(
  feed: unknown,
  attrs: Attrs = {},
  options: { lang?: string; state?: string; before?: (el: GoalTree) => void; width?: string } = {},
): Promise<GoalTree> {
  const el = document.createElement('goal-tree');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value === true ? '' : value);
  el.feed = feed;
  options.before?.(el);
  const box = container(options.lang);
  if (options.width) box.style.width = options.width;
  box.append(el);
  await waitForState(el, options.state ?? 'ready');
  await el.updateComplete;
  return el;
}

export function shadow(el: GoalTree): ShadowRoot {
  return el.shadowRoot!;
}

/** Every treeitem in document order (what is rendered: open parents only). */
export function items(el: GoalTree): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

export function nodeOf(el: GoalTree, item: Element): GoalNode {
  return el.tree!.nodes[Number((item as HTMLElement).dataset.key)]!;
}

/** The ids of the rendered treeitems, in order. */
export function rowIds(el: GoalTree): string[] {
  return items(el).map((item) => nodeOf(el, item).id);
}

/** The treeitem of a goal, or null when it has no row. */
export function item(el: GoalTree, id: string): HTMLElement | null {
  const node = el.tree?.byId.get(id);
  if (!node) return null;
  return shadow(el).querySelector<HTMLElement>(`[role="treeitem"][data-key="${node.key}"]`);
}

export function itemOrFail(el: GoalTree, id: string): HTMLElement {
  const found = item(el, id);
  if (!found) throw new Error(`no row for "${id}"; rows: ${rowIds(el).join(', ')}`);
  return found;
}

/** The id of the goal whose row has focus, or undefined. */
export function focusedId(el: GoalTree): string | undefined {
  const active = shadow(el).activeElement;
  return active?.getAttribute('role') === 'treeitem' ? nodeOf(el, active).id : undefined;
}

/** Ids of the rows with tabindex="0" (the roving tab stop: exactly one). */
export function tabStops(el: GoalTree): string[] {
  return items(el)
    .filter((i) => i.tabIndex === 0)
    .map((i) => nodeOf(el, i).id);
}

/** Presses a key on the focused row (or the given element) and waits for the update. */
export async function press(el: GoalTree, key: string, target?: Element): Promise<KeyboardEvent> {
  const on = target ?? shadow(el).activeElement ?? items(el)[0]!;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  on.dispatchEvent(event);
  await el.updateComplete;
  await el.updateComplete;
  return event;
}

/** The row's own title text (without the children). */
export function titleOf(row: Element): string {
  return row.querySelector(':scope > .row .title')?.textContent?.trim() ?? '';
}

/** Waits for a condition on the element, then for its update. */
export async function until(el: GoalTree, condition: () => boolean, message: string): Promise<void> {
  await waitUntil(condition, message, { timeout: 3000, interval: 10 });
  await el.updateComplete;
}

/** A small goal tree for keyboard paths: titles start with A, Å, Ö, Ä, Ä, Ö. */
export function keyboardFeed(): Record<string, unknown> {
  return {
    version: 1,
    organization: {
      name: 'Exempelkommun',
      units: [
        { id: 'kf', name: 'Kommunfullmäktige', type: 'council' },
        { id: 'bun', name: 'Barn- och utbildningsnämnden', type: 'committee', parent: 'kf' },
      ],
    },
    goals: [
      { id: 'v', level: 'vision', title: 'Vision för kommunen', owner: 'kf' },
      {
        id: 's1',
        level: 'strategic-goal',
        parent: 'v',
        title: 'Arbete åt fler',
        owner: 'kf',
        status: 'at-risk',
      },
      {
        id: 'c1',
        level: 'commitment',
        parent: 's1',
        title: 'Åtagande om läsning',
        owner: 'bun',
        status: 'on-track',
      },
      {
        id: 'c2',
        level: 'commitment',
        parent: 's1',
        title: 'Ökad trygghet i skolan',
        owner: 'bun',
        status: 'off-track',
      },
      {
        id: 's2',
        level: 'strategic-goal',
        parent: 'v',
        title: 'Äldre lever gott',
        owner: 'kf',
        status: 'on-track',
      },
      {
        id: 'c3',
        level: 'commitment',
        parent: 's2',
        title: 'Ärenden går snabbare',
        owner: 'bun',
        status: 'achieved',
      },
      { id: 's3', level: 'process-goal', parent: 'v', title: 'Öppenhet', owner: 'kf', status: 'not-started' },
    ],
  };
}

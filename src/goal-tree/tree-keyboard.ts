/**
 * The tree view's keys (WAI-ARIA APG): Up/Down move; Right opens, then moves to the first child;
 * Left closes, then moves to the parent; Home/End; letters jump to the next title starting with
 * them (type-ahead); `*` opens every sibling; Enter or Space selects. The tree does not wrap.
 */
import type { Lang } from '../core/locale.js';
import { listKeyTarget, TypeAheadBuffer } from '../core/keyboard.js';
import { typeAhead, type GoalNode } from './model.js';

/** What the keys act on: the element's tree state and actions. */
export interface TreeKeyHost {
  /** The rows Up and Down move through, with each node's index among them. */
  rows(): { list: readonly GoalNode[]; index: ReadonlyMap<number, number> };
  kidsOf(node: GoalNode): readonly GoalNode[];
  siblingsOf(node: GoalNode): readonly GoalNode[];
  isOpen(node: GoalNode): boolean;
  setOpen(node: GoalNode, open: boolean): void;
  /** Nothing when `node` is undefined. */
  moveFocus(node: GoalNode | undefined): void;
  select(node: GoalNode): void;
  lang(): Lang;
}

export class TreeKeyboard {
  private readonly typed = new TypeAheadBuffer();

  constructor(private readonly host: TreeKeyHost) {}

  /** Acts on a key pressed on `node`'s row; false when the key is not the tree's (let it through). */
  handle(key: string, node: GoalNode): boolean {
    const host = this.host;
    const { list, index } = host.rows();
    const at = index.get(node.key) ?? 0;
    // Any other key ends a type-ahead string.
    if (key.length !== 1 || key === ' ') this.typed.reset();
    const target = listKeyTarget(key, at, list.length, { orientation: 'vertical', wrap: false });
    if (target !== undefined) {
      if (target !== at) host.moveFocus(list[target]);
      return true;
    }
    const kids = host.kidsOf(node);
    switch (key) {
      case 'ArrowRight':
        if (kids.length === 0) break;
        if (!host.isOpen(node)) host.setOpen(node, true);
        else host.moveFocus(kids[0]);
        break;
      case 'ArrowLeft':
        if (kids.length > 0 && host.isOpen(node)) host.setOpen(node, false);
        else host.moveFocus(node.parent);
        break;
      case 'Enter':
      case ' ':
        host.select(node);
        break;
      case '*':
        for (const sibling of host.siblingsOf(node)) host.setOpen(sibling, true);
        break;
      default: {
        if (key.length !== 1 || !/\S/u.test(key)) return false;
        const found = typeAhead(list, at, this.typed.push(key), host.lang());
        if (found >= 0) host.moveFocus(list[found]);
      }
    }
    return true;
  }
}

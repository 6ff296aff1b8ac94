/**
 * The tree view's keys (WAI-ARIA APG): Up/Down move; Right opens, then moves to the first child;
 * Left closes, then moves to the parent; Home/End; letters jump to the next title starting with
 * them (type-ahead); `*` opens every sibling; Enter or Space selects. The tree does not wrap.
 */
import type { Lang } from '../core/locale.js';
import { listKeyTarget, TypeAheadBuffer } from '../core/keyboard.js';
import { typeAhead, type GoalNode } from './model.js';

/** The open nodes and the shown children (the element's `TreeState`). */
export interface TreeKeyState {
  kidsOf(node: GoalNode): readonly GoalNode[];
  siblingsOf(node: GoalNode): readonly GoalNode[];
  isOpen(node: GoalNode): boolean;
}

/** What the keys do: the element's actions. */
export interface TreeKeyActions {
  /** The rows Up and Down move through, with each node's index among them. */
  rows(): { list: readonly GoalNode[]; index: ReadonlyMap<number, number> };
  setOpen(node: GoalNode, open: boolean): void;
  /** Nothing when `node` is undefined. */
  moveFocus(node: GoalNode | undefined): void;
  select(node: GoalNode): void;
  lang(): Lang;
}

export class TreeKeyboard {
  private readonly typed = new TypeAheadBuffer();

  constructor(
    private readonly state: TreeKeyState,
    private readonly actions: TreeKeyActions,
  ) {}

  /** Acts on a key pressed on `node`'s row; false when the key is not the tree's (let it through). */
  handle(key: string, node: GoalNode): boolean {
    const { state, actions } = this;
    const { list, index } = actions.rows();
    const at = index.get(node.key) ?? 0;
    // Any other key ends a type-ahead string.
    if (key.length !== 1 || key === ' ') this.typed.reset();
    const target = listKeyTarget(key, at, list.length, { orientation: 'vertical', wrap: false });
    if (target !== undefined) {
      if (target !== at) actions.moveFocus(list[target]);
      return true;
    }
    const kids = state.kidsOf(node);
    switch (key) {
      case 'ArrowRight':
        if (kids.length === 0) break;
        if (!state.isOpen(node)) actions.setOpen(node, true);
        else actions.moveFocus(kids[0]);
        break;
      case 'ArrowLeft':
        if (kids.length > 0 && state.isOpen(node)) actions.setOpen(node, false);
        else actions.moveFocus(node.parent);
        break;
      case 'Enter':
      case ' ':
        actions.select(node);
        break;
      case '*':
        for (const sibling of state.siblingsOf(node)) actions.setOpen(sibling, true);
        break;
      default: {
        if (key.length !== 1 || !/\S/u.test(key)) return false;
        const found = typeAhead(list, at, this.typed.push(key), actions.lang());
        if (found >= 0) actions.moveFocus(list[found]);
      }
    }
    return true;
  }
}

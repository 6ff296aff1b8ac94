/** Defines <goal-tree>. The only side effect of importing this module. */
import { GoalTree } from '../goal-tree/goal-tree.js';
import { defineElement } from './define-element.js';

defineElement('goal-tree', GoalTree);

export { GoalTree };

declare global {
  interface HTMLElementTagNameMap {
    'goal-tree': GoalTree;
  }
}

/**
 * The goal tree's shared types: its events' details and what its views are given. Apart from
 * the element so that views and state import them without importing the element (no cycles).
 */
import type { Goal, Status } from '../feed/generated/feed-types.js';
import type { TextSet } from '../core/texts.js';
import type { GoalTreeTextKey } from './goal-tree.texts.sv.js';
import type { GoalLevel } from './model.js';

/** `detail` of `insyn-node-select`. */
export interface GoalNodeSelectDetail {
  /** The goal's id. */
  readonly id: string;
  /** The goal as it is in the feed. */
  readonly goal: Goal;
}

/** `detail` of `insyn-node-toggle`. */
export interface GoalNodeToggleDetail {
  readonly id: string;
  readonly goal: Goal;
  /** True when the node was opened, false when closed. */
  readonly expanded: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'insyn-node-select': CustomEvent<GoalNodeSelectDetail>;
    'insyn-node-toggle': CustomEvent<GoalNodeToggleDetail>;
  }
}

/** The goal tree's texts in the language in use (its own and the shared ones). */
export type GoalTreeTexts = TextSet<GoalTreeTextKey>;

/** The formatted words of one row. */
export interface RowText {
  readonly level: string;
  readonly period: string;
  readonly progress: string;
  readonly rollup: string;
}

/** What the reader chose in the toolbar. */
export interface TreeFilters {
  readonly statuses: readonly Status[];
  readonly owner: string;
  readonly level: GoalLevel | '';
  readonly query: string;
}

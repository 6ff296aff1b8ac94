/**
 * Every visible string of <goal-tree> in both languages, for Node (the fallback HTML generator)
 * and tests. The element never imports this: it fetches one language's chunk (texts.sv / texts.en).
 */
import { LEVEL_TEXT_KEY } from '../feed/level-words.js';
import { GOAL_TREE_TEXTS_SV, type GoalTreeTextKey } from './goal-tree.texts.sv.js';
import { GOAL_TREE_TEXTS_EN } from './goal-tree.texts.en.js';

export const GOAL_TREE_TEXTS = {
  sv: GOAL_TREE_TEXTS_SV,
  en: GOAL_TREE_TEXTS_EN,
} as const;

export type { GoalTreeTextKey };

/** The text key of each goal level's word (`levelVision`, …). */
export { LEVEL_TEXT_KEY };

/**
 * The words of the fallback HTML that no element has, Swedish first. The rest comes from the
 * elements' own text tables, so the fallback and the element say the same. Pure.
 */
import { GOAL_TREE_TEXTS, LEVEL_TEXT_KEY } from '../goal-tree/goal-tree.texts.js';
import type { GoalLevel } from '../goal-tree/model.js';
import type { Lang } from '../core/locale.js';
import { CORE_TEXTS, STATUS_TEXT_KEY } from '../core/texts.js';
import type { Status } from '../feed/generated/feed-types.js';

export const FALLBACK_TEXTS = {
  sv: {
    goalStatus: 'Status: {status}',
    annualReport: 'Årsredovisningen (pdf)',
    comment: 'Vill du berätta mer? (frivilligt)',
    honeypot: 'Lämna fältet tomt',
  },
  en: {
    goalStatus: 'Status: {status}',
    annualReport: 'The annual report (PDF)',
    comment: 'Would you like to tell us more? (optional)',
    honeypot: 'Leave this field empty',
  },
} as const;

export type FallbackTexts = (typeof FALLBACK_TEXTS)['sv' | 'en'];

/** The word for a goal level: "Strategiskt mål". */
export function levelWord(level: GoalLevel, lang: Lang): string {
  return GOAL_TREE_TEXTS[lang][LEVEL_TEXT_KEY[level]];
}

/** The shared word for a status, as every element shows it: "På väg att nås". */
export function statusWord(status: Status, lang: Lang): string {
  return CORE_TEXTS[lang][STATUS_TEXT_KEY[status]];
}

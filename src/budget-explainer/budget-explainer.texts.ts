/**
 * The strings of <budget-explainer> in both languages, for Node (the fallback HTML generator) and
 * tests. The element never imports this: it fetches one language's chunk (texts.sv / texts.en).
 * Pure: no DOM, no Lit; the model's summaries are written from these templates.
 */
import { BUDGET_EXPLAINER_TEXTS_SV, type BudgetExplainerTextKey } from './budget-explainer.texts.sv.js';
import { BUDGET_EXPLAINER_TEXTS_EN } from './budget-explainer.texts.en.js';

export const BUDGET_EXPLAINER_TEXTS = {
  sv: BUDGET_EXPLAINER_TEXTS_SV,
  en: BUDGET_EXPLAINER_TEXTS_EN,
} as const;

export type { BudgetExplainerTextKey };

/** A full set of the element's own texts for one language (after overrides). */
export type BudgetTexts = Readonly<Record<BudgetExplainerTextKey, string>>;

/**
 * Insyn: classes, types and the feed API. Importing this module defines no tags; use
 * `defineElements()` or import `insyn/all` (or one element, e.g. `insyn/goal-tree`).
 */
export { GoalTree } from './goal-tree/goal-tree.js';
export { ScorecardChart } from './scorecard-chart/scorecard-chart.js';
export type { DatumFocusDetail } from './scorecard-chart/indicator-view.js';
export type { ScorecardPeriodChangeDetail } from './scorecard-chart/scorecard-view.js';
export {
  BudgetExplainer,
  type CategorySelectDetail,
  type ChapterChangeDetail,
} from './budget-explainer/budget-explainer.js';
export { ContactCard, type ContactActionDetail } from './contact-card/contact-card.js';
export { FeedbackPrompt } from './feedback-prompt/feedback-prompt.js';
export { InsynElement } from './core/insyn-element.js';
export {
  defineElement,
  defineElements,
  ELEMENTS,
  type DefineOptions,
  type ElementName,
} from './define/registry.js';
export * from './feed/index.js';

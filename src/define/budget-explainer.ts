/** Defines <budget-explainer>. The only side effect of importing this module. */
import { BudgetExplainer } from '../budget-explainer/budget-explainer.js';
import { defineElement } from './define-element.js';

defineElement('budget-explainer', BudgetExplainer);

export { BudgetExplainer };

declare global {
  interface HTMLElementTagNameMap {
    'budget-explainer': BudgetExplainer;
  }
}

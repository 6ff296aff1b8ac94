/**
 * Registration kept apart from the classes: importing a class never defines a tag. A prefix
 * gives sites whose tag names collide their own (`defineElements({ prefix: 'eskil' })` →
 * `<eskil-goal-tree>`).
 */
import { BudgetExplainer } from '../budget-explainer/budget-explainer.js';
import { ContactCard } from '../contact-card/contact-card.js';
import { FeedbackPrompt } from '../feedback-prompt/feedback-prompt.js';
import { GoalTree } from '../goal-tree/goal-tree.js';
import { ScorecardChart } from '../scorecard-chart/scorecard-chart.js';
import { defineElement } from './define-element.js';

export { defineElement };

export const ELEMENTS = {
  'goal-tree': GoalTree,
  'scorecard-chart': ScorecardChart,
  'budget-explainer': BudgetExplainer,
  'contact-card': ContactCard,
  'feedback-prompt': FeedbackPrompt,
} as const;

export type ElementName = keyof typeof ELEMENTS;

export interface DefineOptions {
  /** Tag prefix: 'eskil' defines <eskil-goal-tree> and so on. Lowercase letters, digits and '-'. */
  prefix?: string;
  /** Only these elements; all five when absent. */
  only?: readonly ElementName[];
}

/** Defines the elements, under a prefix if given. Returns the tag names used. */
export function defineElements(options: DefineOptions = {}): string[] {
  const prefix = options.prefix?.trim().toLowerCase();
  if (prefix !== undefined && !/^[a-z][a-z0-9-]*$/.test(prefix)) {
    throw new TypeError(
      `[insyn] prefix "${options.prefix}" must start with a letter and hold only a–z, 0–9 and -`,
    );
  }
  const names = options.only ?? (Object.keys(ELEMENTS) as ElementName[]);
  return names.map((name) => {
    const tag = prefix ? `${prefix}-${name}` : name;
    // The same class cannot be defined twice, so a prefixed tag gets a subclass of its own.
    const base: CustomElementConstructor = ELEMENTS[name];
    // Called again with the same prefix: our subclass already has the tag, which is no clash.
    if (prefix && customElements.get(tag)?.prototype instanceof base) return tag;
    const constructor = prefix ? class extends base {} : base;
    defineElement(tag, constructor);
    return tag;
  });
}

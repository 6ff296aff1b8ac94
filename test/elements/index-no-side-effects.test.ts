/**
 * Importing the package entry defines no tag: sites choose names with defineElements() or import
 * a define module. This file must never import src/define/* itself (directly or through a helper);
 * the test runner gives every test file a page of its own, so other files cannot interfere.
 */
import { expect } from '@open-wc/testing';
import * as insyn from '../../src/index.js';

const NAMES = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];

describe('src/index.js', () => {
  it('exports the classes and the registration functions', () => {
    expect(insyn.GoalTree).to.be.a('function');
    expect(insyn.ScorecardChart).to.be.a('function');
    expect(insyn.BudgetExplainer).to.be.a('function');
    expect(insyn.ContactCard).to.be.a('function');
    expect(insyn.FeedbackPrompt).to.be.a('function');
    expect(insyn.defineElements).to.be.a('function');
    expect(Object.keys(insyn.ELEMENTS)).to.deep.equal(NAMES);
  });

  it('defines no tag on import', () => {
    for (const name of NAMES) expect(customElements.get(name), name).to.equal(undefined);
    // No class of ours is registered under any name either.
    for (const ctor of Object.values(insyn.ELEMENTS)) expect(customElements.getName(ctor)).to.equal(null);
  });

  it('defines the tags once asked to', () => {
    expect(insyn.defineElements({ only: ['goal-tree'] })).to.deep.equal(['goal-tree']);
    expect(customElements.get('goal-tree')).to.equal(insyn.GoalTree);
    expect(customElements.get('contact-card')).to.equal(undefined);
  });
});

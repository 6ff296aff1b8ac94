/**
 * A second copy of Insyn on a page (a CMS template and a partner's page part each include the
 * script): one console warning that names both versions, no error, and the first copy's
 * elements stay. Runs in a page of its own, with the first copy's registration planted before
 * this copy's code runs. Real pages with two bundles are tested in test/node/embedding/.
 */
import { expect } from '@open-wc/testing';

/** The other copy's <goal-tree>, marked as Insyn's the way src/core/version.ts marks ours. */
class OtherCopyGoalTree extends HTMLElement {}
Object.defineProperty(OtherCopyGoalTree, Symbol.for('insyn.version'), { value: '0.0.9' });

describe('two copies of Insyn on one page', () => {
  it('warns once, naming both versions, and keeps the first copy’s tags', async () => {
    (globalThis as Record<symbol, unknown>)[Symbol.for('insyn.copies')] = ['0.0.9'];
    customElements.define('goal-tree', OtherCopyGoalTree);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { VERSION } = await import('../../src/core/version.js');
      const { defineElements } = await import('../../src/define/registry.js');
      const tags = defineElements();
      expect(tags).to.have.length(5);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('0.0.9').and.include(VERSION);
      expect(customElements.get('goal-tree')).to.equal(OtherCopyGoalTree);
      expect(customElements.get('contact-card')).to.not.equal(undefined);

      // The page gives this copy tags of its own: no further warning.
      defineElements({ prefix: 'esk' });
      expect(customElements.get('esk-goal-tree')).to.not.equal(undefined);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('a tag held by another library is still named on its own', async () => {
    customElements.define('budget-explainer-x', class extends HTMLElement {});
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { defineElement } = await import('../../src/define/define-element.js');
      defineElement('budget-explainer-x', class extends HTMLElement {});
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<budget-explainer-x> is already defined');
    } finally {
      console.warn = original;
    }
  });
});

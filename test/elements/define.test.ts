/**
 * Registration: loading the bundle twice, a tag taken by another script, prefixes, `only`.
 * (That importing src/index.js defines nothing is checked in index-no-side-effects.test.ts,
 * which runs in a page of its own.)
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { GoalTree } from '../../src/goal-tree/goal-tree.js';
import { ContactCard } from '../../src/contact-card/contact-card.js';
import { defineElement } from '../../src/define/define-element.js';
import { defineElements, ELEMENTS, type ElementName } from '../../src/define/registry.js';
import type { InsynElement } from '../../src/core/insyn-element.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { container, expectAccessible, removeContainers, waitForState } from '../support/a11y.js';
import { loadFixture } from '../support/feeds.js';

const NAMES = Object.keys(ELEMENTS) as ElementName[];

/** Collects console.warn calls until the returned function is called. */
function spyWarn(): { calls: unknown[][]; restore: () => void } {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => (console.warn = original) };
}

afterEach(() => {
  removeContainers();
  clearFeedCache();
});

describe('define/all', () => {
  it('defines the five plain tags with their classes', () => {
    for (const name of NAMES) expect(customElements.get(name), name).to.equal(ELEMENTS[name]);
  });

  it('can be loaded a second time without throwing or warning', async () => {
    const warn = spyWarn();
    try {
      // A query string makes the browser run the module again, as a second <script> would.
      const again = new URL('../../src/define/all.ts?again', import.meta.url).href;
      await import(again);
      // And the registration function itself, called again.
      expect(defineElements()).to.deep.equal(NAMES);
    } finally {
      warn.restore();
    }
    expect(warn.calls).to.deep.equal([]);
    for (const name of NAMES) expect(customElements.get(name), name).to.equal(ELEMENTS[name]);
  });
});

describe('defineElement', () => {
  it('does nothing, silently, when the tag is already defined by the same class', () => {
    const warn = spyWarn();
    try {
      defineElement('goal-tree', GoalTree);
    } finally {
      warn.restore();
    }
    expect(warn.calls).to.deep.equal([]);
  });

  it('warns and keeps the first class when another class has the tag', () => {
    class Intruder extends HTMLElement {}
    customElements.define('insyn-test-taken', Intruder);
    const warn = spyWarn();
    try {
      expect(() => defineElement('insyn-test-taken', class extends GoalTree {})).to.not.throw();
    } finally {
      warn.restore();
    }
    expect(customElements.get('insyn-test-taken')).to.equal(Intruder);
    expect(warn.calls).to.have.length(1);
    expect(String(warn.calls[0]![0])).to.include('<insyn-test-taken>').and.include('prefix');
  });
});

describe('defineElements', () => {
  it('defines every element under a prefix, and the prefixed elements work', async () => {
    const tags = defineElements({ prefix: 'eskil' });
    expect(tags).to.deep.equal(NAMES.map((name) => `eskil-${name}`));
    const feed = await loadFixture('minimal');
    const wrapper = container();
    for (const name of NAMES) {
      const tag = `eskil-${name}`;
      const ctor = customElements.get(tag);
      expect(ctor, tag).to.exist;
      expect(ctor).to.not.equal(ELEMENTS[name]);
      expect(ctor!.prototype).to.be.instanceOf(ELEMENTS[name]);
      const el = document.createElement(tag) as InsynElement<string>;
      el.feed = feed;
      wrapper.append(el);
      await waitForState(el, 'ready');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    }
    await expectAccessible(wrapper);
  });

  it('can be called again with the same prefix without warnings', () => {
    defineElements({ prefix: 'twice' });
    const first = customElements.get('twice-goal-tree');
    const warn = spyWarn();
    try {
      expect(defineElements({ prefix: 'twice' })).to.have.length(5);
    } finally {
      warn.restore();
    }
    expect(warn.calls).to.deep.equal([]);
    expect(customElements.get('twice-goal-tree')).to.equal(first);
  });

  it('normalises the prefix to lower case and trims it', () => {
    expect(defineElements({ prefix: ' Kommun ', only: ['goal-tree'] })).to.deep.equal(['kommun-goal-tree']);
    expect(customElements.get('kommun-goal-tree')).to.exist;
  });

  it('defines only the elements asked for', () => {
    expect(defineElements({ prefix: 'solo', only: ['contact-card'] })).to.deep.equal(['solo-contact-card']);
    expect(customElements.get('solo-contact-card')!.prototype).to.be.instanceOf(ContactCard);
    expect(customElements.get('solo-goal-tree')).to.equal(undefined);
  });

  for (const prefix of ['', '1kommun', 'my_site', 'kommun!', 'åre', '-x']) {
    it(`throws a TypeError for the prefix ${JSON.stringify(prefix)}, defining nothing`, () => {
      const before = NAMES.map((name) => customElements.get(`${prefix}-${name}`));
      expect(() => defineElements({ prefix })).to.throw(TypeError, /prefix .* must start with a letter/);
      expect(NAMES.map((name) => customElements.get(`${prefix}-${name}`))).to.deep.equal(before);
    });
  }
});

import { expect } from '@open-wc/testing';
import { LANGS, normalizeLang, observeLang, pickText, resolveLang } from '../../src/core/locale.js';

/** MutationObserver callbacks run as microtasks; a macrotask is safely after them. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('locale', () => {
  it('lists Swedish first', () => {
    expect(LANGS).to.deep.equal(['sv', 'en']);
  });

  describe('normalizeLang', () => {
    it('maps regional and differently-cased tags by the primary subtag', () => {
      expect(normalizeLang('sv')).to.equal('sv');
      expect(normalizeLang('sv-SE')).to.equal('sv');
      expect(normalizeLang('sv-FI')).to.equal('sv');
      expect(normalizeLang('SV')).to.equal('sv');
      expect(normalizeLang('en-GB')).to.equal('en');
      expect(normalizeLang('EN-us')).to.equal('en');
    });
    it('accepts POSIX-style underscores and surrounding whitespace', () => {
      expect(normalizeLang('sv_SE')).to.equal('sv');
      expect(normalizeLang(' en ')).to.equal('en');
    });
    it('returns null for unsupported, look-alike and empty tags', () => {
      expect(normalizeLang('de')).to.equal(null);
      expect(normalizeLang('nb-NO')).to.equal(null);
      expect(normalizeLang('eng')).to.equal(null);
      expect(normalizeLang('svenska')).to.equal(null);
      expect(normalizeLang('')).to.equal(null);
      expect(normalizeLang(null)).to.equal(null);
      expect(normalizeLang(undefined)).to.equal(null);
    });
  });

  describe('pickText', () => {
    it('returns a plain string as it is, in any language', () => {
      expect(pickText('Mål', 'en')).to.equal('Mål');
      expect(pickText('<b>x</b>', 'sv')).to.equal('<b>x</b>');
    });
    it('returns "" for undefined and null', () => {
      expect(pickText(undefined, 'sv')).to.equal('');
      expect(pickText(null, 'en')).to.equal('');
    });
    it('takes the exact language first', () => {
      expect(pickText({ 'sv-SE': 'Regional', sv: 'Mål', en: 'Goal' }, 'sv')).to.equal('Mål');
      expect(pickText({ sv: 'Mål', en: 'Goal' }, 'en')).to.equal('Goal');
    });
    it('then a regional key of the language', () => {
      expect(pickText({ en: 'Goal', 'sv-SE': 'Mål' }, 'sv')).to.equal('Mål');
      expect(pickText({ sv: 'Mål', 'en-GB': 'Goal' }, 'en')).to.equal('Goal');
    });
    it('does not take a key that merely starts with the same letters', () => {
      // "sva" is a different language from "sv".
      expect(pickText({ sva: 'x', en: 'Goal' }, 'sv')).to.equal('Goal');
    });
    it('matches keys case-insensitively', () => {
      expect(pickText({ SV: 'Mål', en: 'Goal' }, 'sv')).to.equal('Mål');
    });
    it('then the given fallbacks, in order', () => {
      expect(pickText({ nb: 'Mål (nb)', da: 'Mål (da)', sv: 'Mål' }, 'en', ['da', 'nb'])).to.equal(
        'Mål (da)',
      );
    });
    it('then Swedish, then English', () => {
      expect(pickText({ de: 'Ziel', en: 'Goal', sv: 'Mål' }, 'en')).to.equal('Goal');
      expect(pickText({ de: 'Ziel', sv: 'Mål' }, 'en')).to.equal('Mål');
      expect(pickText({ de: 'Ziel', en: 'Goal' }, 'sv')).to.equal('Goal');
    });
    it('then the first value', () => {
      expect(pickText({ de: 'Ziel', fi: 'Tavoite' }, 'sv')).to.equal('Ziel');
    });
    it('skips blank and missing translations', () => {
      expect(pickText({ sv: '', en: 'Goal' }, 'sv')).to.equal('Goal');
      expect(pickText({ sv: '  ', de: 'Ziel' }, 'sv')).to.equal('Ziel');
      expect(pickText({ sv: undefined, en: 'Goal' }, 'sv')).to.equal('Goal');
      expect(pickText({ sv: '' }, 'sv')).to.equal('');
    });
    it('reads own keys only (a __proto__ key from JSON is just a key)', () => {
      expect(pickText({}, 'sv')).to.equal('');
      expect(pickText(JSON.parse('{"__proto__": "x"}') as Record<string, string>, 'sv')).to.equal('x');
    });
  });

  describe('resolveLang', () => {
    let root: HTMLDivElement;
    let htmlLang: string | null;

    beforeEach(() => {
      htmlLang = document.documentElement.getAttribute('lang');
      root = document.createElement('div');
      document.body.append(root);
    });
    afterEach(() => {
      root.remove();
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    });

    /** div[lang] > host > #shadow-root > span > host > #shadow-root > inner */
    function nested(outerLang: string | null): {
      outer: HTMLDivElement;
      middle: HTMLSpanElement;
      inner: HTMLElement;
    } {
      const outer = document.createElement('div');
      if (outerLang !== null) outer.setAttribute('lang', outerLang);
      const host1 = document.createElement('div');
      const middle = document.createElement('span');
      host1.attachShadow({ mode: 'open' }).append(middle);
      const host2 = document.createElement('div');
      const inner = document.createElement('p');
      host2.attachShadow({ mode: 'closed' }).append(inner);
      middle.append(host2);
      outer.append(host1);
      root.append(outer);
      return { outer, middle, inner };
    }

    it("takes the element's own lang", () => {
      const el = document.createElement('p');
      el.lang = 'en-GB';
      root.append(el);
      expect(resolveLang(el)).to.equal('en');
    });
    it('takes the nearest ancestor with lang', () => {
      root.lang = 'sv';
      const wrapper = document.createElement('section');
      wrapper.lang = 'en';
      const el = document.createElement('p');
      wrapper.append(el);
      root.append(wrapper);
      expect(resolveLang(el)).to.equal('en');
    });
    it('crosses nested shadow roots to their hosts', () => {
      document.documentElement.lang = 'sv';
      const { inner } = nested('en');
      expect(resolveLang(inner)).to.equal('en');
    });
    it('stops at a lang inside a shadow root', () => {
      const { middle, inner } = nested('en');
      middle.lang = 'sv-SE';
      expect(resolveLang(inner)).to.equal('sv');
    });
    it('falls back to <html lang>', () => {
      document.documentElement.lang = 'en';
      const { inner } = nested(null);
      expect(resolveLang(inner)).to.equal('en');
    });
    it('uses <html lang> for an element not yet in the page', () => {
      document.documentElement.lang = 'en';
      expect(resolveLang(document.createElement('p'))).to.equal('en');
    });
    it('falls back to Swedish when nothing says anything', () => {
      document.documentElement.removeAttribute('lang');
      const { inner } = nested(null);
      expect(resolveLang(inner)).to.equal('sv');
    });
    it('treats an empty lang as unset and keeps looking', () => {
      document.documentElement.lang = 'en';
      const { outer, inner } = nested('');
      expect(outer.getAttribute('lang')).to.equal('');
      expect(resolveLang(inner)).to.equal('en');
    });
    it('gives English for an unsupported language, even under a Swedish page', () => {
      document.documentElement.lang = 'sv';
      expect(resolveLang(nested('de').inner)).to.equal('en');
      expect(resolveLang(nested('nb').inner)).to.equal('en');
    });
  });

  describe('observeLang', () => {
    let root: HTMLDivElement;
    const unsubscribes: (() => void)[] = [];

    beforeEach(() => {
      root = document.createElement('div');
      root.lang = 'sv';
      document.body.append(root);
    });
    afterEach(() => {
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
      root.remove();
    });

    function watch(el: Element): { calls: () => number; unsubscribe: () => void } {
      let count = 0;
      const unsubscribe = observeLang(el, () => count++);
      unsubscribes.push(unsubscribe);
      return { calls: () => count, unsubscribe };
    }

    it("fires when an ancestor's lang changes", async () => {
      const el = document.createElement('p');
      root.append(el);
      const seen: string[] = [];
      unsubscribes.push(observeLang(el, () => seen.push(resolveLang(el))));
      root.lang = 'en';
      await settle();
      expect(seen).to.deep.equal(['en']);
    });
    it("fires when the element's own lang changes", async () => {
      const el = document.createElement('p');
      root.append(el);
      const w = watch(el);
      el.lang = 'en';
      await settle();
      expect(w.calls()).to.equal(1);
    });
    it('fires when <html lang> changes', async () => {
      const before = document.documentElement.getAttribute('lang');
      const el = document.createElement('p');
      root.append(el);
      const w = watch(el);
      document.documentElement.lang = 'en-GB';
      await settle();
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
      expect(w.calls()).to.be.greaterThan(0);
    });
    it('fires through shadow roots, for a lang set inside a shadow root', async () => {
      const host = document.createElement('div');
      const middle = document.createElement('span');
      host.attachShadow({ mode: 'open' }).append(middle);
      const innerHost = document.createElement('div');
      const inner = document.createElement('p');
      innerHost.attachShadow({ mode: 'open' }).append(inner);
      middle.append(innerHost);
      root.append(host);
      const w = watch(inner);

      root.lang = 'en';
      await settle();
      expect(w.calls()).to.equal(1);

      // The document's subtree observation does not see into shadow roots; this does.
      middle.lang = 'sv';
      await settle();
      expect(w.calls()).to.equal(2);
      expect(resolveLang(inner)).to.equal('sv');
    });
    it('does not fire for a lang change outside its ancestors', async () => {
      const el = document.createElement('p');
      const sibling = document.createElement('p');
      root.append(el, sibling);
      const w = watch(el);
      sibling.lang = 'en';
      await settle();
      expect(w.calls()).to.equal(0);
    });
    it('does not fire for other attributes', async () => {
      const el = document.createElement('p');
      root.append(el);
      const w = watch(el);
      root.title = 'x';
      root.setAttribute('data-lang', 'en');
      await settle();
      expect(w.calls()).to.equal(0);
    });
    it('stops firing after unsubscribe, and unsubscribing twice is harmless', async () => {
      const el = document.createElement('p');
      root.append(el);
      const w = watch(el);
      w.unsubscribe();
      w.unsubscribe();
      root.lang = 'en';
      await settle();
      expect(w.calls()).to.equal(0);
    });
    it('keeps notifying the others when one unsubscribes', async () => {
      const a = document.createElement('p');
      const b = document.createElement('p');
      root.append(a, b);
      const wa = watch(a);
      const wb = watch(b);
      wa.unsubscribe();
      root.lang = 'en';
      await settle();
      expect([wa.calls(), wb.calls()]).to.deep.equal([0, 1]);
    });
    it('works again after everyone unsubscribed (the shared observer restarts)', async () => {
      const el = document.createElement('p');
      root.append(el);
      watch(el).unsubscribe();
      const w = watch(el);
      root.lang = 'en';
      await settle();
      expect(w.calls()).to.equal(1);
    });
    it('notifies the others when one callback throws', async () => {
      const el = document.createElement('p');
      root.append(el);
      const originalError = console.error;
      const logged: unknown[] = [];
      console.error = (...args: unknown[]) => logged.push(args[0]);
      try {
        unsubscribes.push(
          observeLang(el, () => {
            throw new Error('boom');
          }),
        );
        const w = watch(el);
        root.lang = 'en';
        await settle();
        expect(w.calls()).to.equal(1);
        expect(logged).to.have.length(1);
      } finally {
        console.error = originalError;
      }
    });
  });
});

import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderStatus, statusLabel, STATUSES } from '../../src/core/status.js';
import { CORE_TEXTS, fill, resolveTexts } from '../../src/core/texts.js';

describe('texts', () => {
  it('every shared text exists in Swedish and English, and they differ where words are used', () => {
    const sv = CORE_TEXTS.sv as Record<string, string>;
    const en = CORE_TEXTS.en as Record<string, string>;
    expect(Object.keys(sv).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(sv)) {
      expect(sv[key], key).to.be.a('string').and.not.equal('');
      expect(sv[key], `${key} is translated`).to.not.equal(en[key]);
    }
  });

  it('an override wins over the shared text, for one element only', () => {
    const texts = resolveTexts('sv', undefined, { loading: 'Laddar målen …' });
    expect(texts.loading).to.equal('Laddar målen …');
    expect(resolveTexts('sv', undefined, undefined).loading).to.equal(CORE_TEXTS.sv.loading);
  });

  it("an element's own texts are merged in the chosen language", () => {
    const own = { sv: { title: 'Mål' }, en: { title: 'Goals' } } as const;
    expect(resolveTexts('en', own.en, undefined).title).to.equal('Goals');
    expect(resolveTexts('en', own.en, undefined).loading).to.equal(CORE_TEXTS.en.loading);
    expect(resolveTexts('sv', own.sv, { title: 'Våra mål' }).title).to.equal('Våra mål');
  });

  it('an override that is not a string is ignored rather than shown', () => {
    const texts = resolveTexts('en', undefined, { loading: 42 as unknown as string });
    expect(texts.loading).to.equal(CORE_TEXTS.en.loading);
  });

  it('fill puts values in {placeholders} and leaves unknown ones visible', () => {
    expect(fill('rad {line}, kolumn {column}', { line: 3, column: 14 })).to.equal('rad 3, kolumn 14');
    expect(fill('{count} fel och {other}', { count: 2 })).to.equal('2 fel och {other}');
    expect(fill('{constructor}', {})).to.equal('{constructor}');
  });
});

describe('status vocabulary', () => {
  const texts = {
    sv: resolveTexts('sv', undefined, undefined),
    en: resolveTexts('en', undefined, undefined),
  };

  it('has a distinct word for every status in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      const words = STATUSES.map((status) => statusLabel(status, texts[lang]));
      expect(new Set(words).size, lang).to.equal(STATUSES.length);
    }
    expect(statusLabel('on-track', texts.sv)).to.equal('På väg att nås');
  });

  it('renders an icon hidden from screen readers and the word as text, so colour is never alone', async () => {
    // Rendered by hand: open-wc's fixture() waits for an animation frame, which a background
    // test page may never get.
    const el = document.body.appendChild(document.createElement('div'));
    render(html`${STATUSES.map((s) => renderStatus(s, texts.sv))}`, el);
    const badges = el.querySelectorAll('.status');
    expect(badges.length).to.equal(STATUSES.length);
    const shapes = new Set<string>();
    badges.forEach((badge, i) => {
      const icon = badge.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(badge.textContent.trim()).to.equal(statusLabel(STATUSES[i]!, texts.sv));
      shapes.add(icon.innerHTML.replace(/<!--.*?-->/g, ''));
    });
    expect(shapes.size, 'each status has its own shape').to.equal(STATUSES.length);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('renders a feed-provided word as text, not HTML', () => {
    const host = document.createElement('div');
    const hostile = resolveTexts<never>('en', undefined, {
      statusAchieved: '<img src=x onerror="window.__pwned=1">',
    });
    render(renderStatus('achieved', hostile), host);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.textContent).to.contain('<img');
  });
});

import { expect } from '@open-wc/testing';
import { lazyTexts } from '../../src/core/lazy-texts.js';

type Key = 'title';

/** Importers that count their calls; `failFirst` makes the first English fetch fail (offline). */
function tables(failFirst = false) {
  const calls = { sv: 0, en: 0 };
  const texts = lazyTexts<Key>({
    sv: () => {
      calls.sv++;
      return Promise.resolve({ title: 'Mål' });
    },
    en: () => {
      calls.en++;
      return failFirst && calls.en === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ title: 'Goals' });
    },
  });
  return { texts, calls };
}

describe('lazyTexts', () => {
  it('fetches only the language asked for, once', async () => {
    const { texts, calls } = tables();
    expect(texts.get('sv')).to.equal(undefined);
    expect(texts.anyLoaded()).to.equal(undefined);
    await Promise.all([texts.load('sv'), texts.load('sv')]);
    expect(texts.get('sv')).to.deep.equal({ title: 'Mål' });
    expect(texts.get('en')).to.equal(undefined);
    expect(calls).to.deep.equal({ sv: 1, en: 0 });
  });

  it('offers a loaded table while another language is still on its way', async () => {
    const { texts } = tables();
    await texts.load('en');
    expect(texts.get('sv')).to.equal(undefined);
    expect(texts.anyLoaded()).to.deep.equal({ title: 'Goals' });
  });

  it('fetches again after a failed fetch', async () => {
    const { texts, calls } = tables(true);
    let failed = false;
    await texts.load('en').catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(texts.get('en')).to.equal(undefined);
    expect(await texts.load('en')).to.deep.equal({ title: 'Goals' });
    expect(calls.en).to.equal(2);
  });
});

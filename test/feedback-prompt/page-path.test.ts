/** The page path sent with an answer: no query string, no fragment, no personal data. Pure. */
import { expect } from '@open-wc/testing';
import { acceptableText } from '../../src/feedback-prompt/contract.js';
import { MAX_PATH_LENGTH, pagePath } from '../../src/feedback-prompt/page-path.js';

describe('pagePath', () => {
  it('keeps a plain path', () => {
    expect(pagePath('/kommun-och-politik/mal-och-resultat')).to.equal('/kommun-och-politik/mal-och-resultat');
    expect(pagePath('/')).to.equal('/');
  });

  it('drops the query string and the fragment', () => {
    expect(pagePath('/sok?q=bygglov&utm_source=news#resultat')).to.equal('/sok');
    expect(pagePath('/a#b?c')).to.equal('/a');
  });

  it('takes the path of an absolute URL', () => {
    expect(pagePath('https://www.eskilstuna.se/bo-och-bygga?x=1')).to.equal('/bo-och-bygga');
    expect(pagePath('https://www.eskilstuna.se')).to.equal('/');
    expect(pagePath('http://intranat:8080/sidor/a')).to.equal('/sidor/a');
  });

  it('drops a Java session id', () => {
    expect(pagePath('/sidor/start.html;jsessionid=ABC123DEF')).to.equal('/sidor/start.html');
    expect(pagePath('/a;JSESSIONID=x/b')).to.equal('/a/b');
  });

  it('replaces e-mail addresses, also percent-encoded', () => {
    expect(pagePath('/profil/anna.andersson@eskilstuna.se/installningar')).to.equal(
      '/profil/[e-post]/installningar',
    );
    expect(pagePath('/profil/anna%40example.se')).to.equal('/profil/[e-post]');
  });

  it('replaces personnummer and samordningsnummer, valid or mistyped', () => {
    expect(pagePath('/arende/19811218-9876')).to.equal('/arende/[personnummer]');
    expect(pagePath('/arende/8112189876/visa')).to.equal('/arende/[personnummer]/visa');
    expect(pagePath('/arende/701063-2391')).to.equal('/arende/[personnummer]');
    expect(pagePath('/arende/811218-9875')).to.equal('/arende/[nummer]');
  });

  it('leaves phone-like numbers and ids in paths alone, unless they look like a mistyped personnummer', () => {
    expect(pagePath('/nyheter/2026/0761234567')).to.equal('/nyheter/2026/0761234567');
    // 070123-4567: a real date (2007-01-23) with a wrong control digit, so masked as a number.
    expect(pagePath('/nyheter/2026/0701234567')).to.equal('/nyheter/2026/[nummer]');
    expect(pagePath('/4.1a2b3c4d5e6f')).to.equal('/4.1a2b3c4d5e6f');
  });

  it('decodes percent-encoding for readable paths, and keeps a stray "%"', () => {
    expect(pagePath('/%C3%A4ldreomsorg')).to.equal('/äldreomsorg');
    expect(pagePath('/100%-fossilfritt')).to.equal('/100%-fossilfritt');
  });

  it('takes a CMS page id as it is (the page attribute)', () => {
    expect(pagePath('4.5f0c0b5e17e7d0a8f2a1')).to.equal('4.5f0c0b5e17e7d0a8f2a1');
    expect(pagePath('  sida-42  ')).to.equal('sida-42');
  });

  it('gives "/" for nothing, and cuts very long paths', () => {
    expect(pagePath('')).to.equal('/');
    expect(pagePath('?q=1')).to.equal('/');
    expect(pagePath(`/${'a'.repeat(2000)}`)).to.have.length(MAX_PATH_LENGTH);
  });

  it('cuts at a character, never between the halves of an emoji (the service refuses half of one)', () => {
    const path = pagePath(`/${'a'.repeat(MAX_PATH_LENGTH - 2)}${'😀'.repeat(3)}`);
    expect([...path]).to.have.length(MAX_PATH_LENGTH);
    expect(path.endsWith('a😀')).to.be.true;
    expect(acceptableText(path)).to.be.true;
  });
});

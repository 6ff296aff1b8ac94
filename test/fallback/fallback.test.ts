/**
 * The fallback generator (src/fallback/), pure, run in Chromium: the HTML is parsed by the
 * browser to check what a reader gets (structure, links, escaping), and checked with axe.
 */
import { expect } from '@open-wc/testing';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import { validateFeed } from '../../src/feed/validate.js';
import { formatAmount } from '../../src/core/format.js';
import {
  escapeAttribute,
  escapeText,
  FALLBACK_ELEMENTS,
  FallbackError,
  renderFallback,
  safeUrl,
  type FallbackElement,
  type FallbackOptions,
} from '../../src/fallback/index.js';
import { expectAccessible } from '../support/a11y.js';
import { loadFixture } from '../support/feeds.js';

/**
 * Puts generated HTML into the document, as a CMS page would hold it (plain DOM, no render
 * frame to wait for: a test page in a background tab gets no animation frames). Removed after
 * each test.
 */
function inPage(tag: 'main' | 'div', markup: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = 'fallback-under-test';
  el.innerHTML = markup; // the generator's own escaped output, which is what is under test
  document.body.append(el);
  return el;
}
afterEach(() => document.querySelectorAll('.fallback-under-test').forEach((el) => el.remove()));

const demo = (await (await fetch('/demo/feed.json')).json()) as Feed;
const minimal = await loadFixture<Feed>('minimal');

/** The fallback parsed as the browser parses what a CMS pastes. */
function parsed(feed: Feed, element: FallbackElement, options: FallbackOptions = {}): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = renderFallback(feed, element, options);
  return template.content;
}

/** Each element's text, its runs of spaces and newlines (from the indentation) as one space. */
const texts = (nodes: Iterable<Element>): string[] =>
  [...nodes].map((n) => n.textContent.replace(/[ \n]+/g, ' ').trim());

/** Text that would break out of text, an attribute or a comment if it were written raw. */
const HOSTILE = `<img src=x onerror="alert(1)"> " ' & --> </ul>`;

describe('escaping', () => {
  it('escapes text and attribute values', () => {
    expect(escapeText('<a> & b')).to.equal('&lt;a&gt; &amp; b');
    expect(escapeAttribute(`"x" 'y' <z> &`)).to.equal('&quot;x&quot; &#39;y&#39; &lt;z&gt; &amp;');
  });

  it('lets through only http(s), mailto:, tel: and same-site paths', () => {
    for (const url of [
      'https://kommun.se/a',
      'http://kommun.se',
      'mailto:a@b.se',
      'tel:016-710 10 00',
      '/bo/skola',
    ])
      expect(safeUrl(url), url).to.equal(url);
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' https://kommun.se',
      'java\tscript:alert(1)',
      'https://kommun.se/\nx',
      'data:text/html,<b>',
      'vbscript:x',
      '//evil.example/x',
      '/\\evil.example',
      'https:/evil',
      'relative/path',
      '',
      undefined,
    ])
      expect(safeUrl(url), String(url)).to.equal(undefined);
  });
});

describe('renderFallback', () => {
  it('starts with the marker comment, and gives the same bytes for the same feed', () => {
    for (const element of FALLBACK_ELEMENTS) {
      const out = renderFallback(demo, element);
      expect(out.startsWith(`<!-- insyn fallback: ${element} -->\n`), element).to.equal(true);
      expect(renderFallback(structuredClone(demo), element), element).to.equal(out);
      expect(out, element).not.to.match(/20\d\d-\d\d-\d\dT/); // no generation time
    }
  });

  it('is tested on a valid feed', () => {
    expect(validateFeed(demo).ok).to.equal(true);
  });

  // One test per element: axe over the demo feed's whole goal tree takes a while on a busy machine.
  for (const element of FALLBACK_ELEMENTS) {
    it(`writes a fallback of the demo feed for <${element}> with no axe violation`, async () => {
      const el = inPage('main', renderFallback(demo, element));
      await expectAccessible(el);
    });
  }

  it('never turns feed text into markup, in text or attributes', () => {
    const feed = structuredClone(demo);
    feed.goals![0]!.title = HOSTILE;
    feed.contacts![0]!.name = HOSTILE;
    feed.contacts![0]!.channels![0]!.value = HOSTILE;
    feed.indicators![0]!.title = HOSTILE;
    feed.budget!.years.forEach((y) => y.costs?.forEach((c) => (c.title = HOSTILE)));
    feed.feedback!.question = HOSTILE;
    for (const element of FALLBACK_ELEMENTS) {
      const fragment = parsed(feed, element, { page: HOSTILE });
      expect(fragment.querySelector('img, script'), element).to.equal(null);
      expect(
        fragment.textContent + [...fragment.querySelectorAll('input')].map((i) => i.value).join(''),
        element,
      ).to.include(HOSTILE);
    }
  });

  it('drops links that are not http(s), mailto:, tel: or same-site, keeping their text', () => {
    const feed = structuredClone(demo);
    feed.contacts![0]!.channels![0]!.href = 'javascript:alert(1)';
    feed.goals![0]!.url = 'data:text/html,x';
    feed.feedback!.privacyUrl = 'javascript:alert(1)';
    for (const element of ['contact-card', 'goal-tree', 'feedback-prompt'] as const) {
      const fragment = parsed(feed, element);
      for (const a of fragment.querySelectorAll('a'))
        expect(a.getAttribute('href'), element).to.match(/^(https?:|mailto:|tel:|\/)/);
    }
    expect(parsed(feed, 'contact-card').textContent).to.include(demo.contacts![0]!.channels![0]!.value!);
  });
});

describe('goal-tree', () => {
  it('nests the goals as the tree does, each with its level and status in words', () => {
    const fragment = parsed(minimal, 'goal-tree');
    const top = [...fragment.children].find((child) => child.tagName === 'UL')!;
    expect(top.children.length).to.equal(1);
    const vision = top.children[0]!;
    expect(vision.textContent.trim()).to.match(/^Vision: En bra plats att leva på – Status: /);
    const strategic = vision.querySelector(':scope > ul > li')!;
    expect(strategic.textContent).to.include(
      'Strategiskt mål: Fler elever klarar skolan – Status: På väg att nås',
    );
    expect(strategic.querySelector(':scope > ul > li')!.textContent).to.match(
      /^\s*Åtagande: Stärka läsningen/,
    );
  });

  it('shows a root and what lies under it, in English', () => {
    const fragment = parsed(minimal, 'goal-tree', { root: 'sm-1', lang: 'en' });
    expect(fragment.textContent).not.to.include('A good place to live');
    expect(fragment.querySelector('li')!.textContent).to.match(
      /^\s*Strategic goal: More pupils complete school – Status: On track/,
    );
  });

  it('fails on a feed without goals and on an unknown root', () => {
    expect(() => renderFallback({ version: 1 }, 'goal-tree')).to.throw(FallbackError, 'Flödet har inga mål');
    expect(() => renderFallback(minimal, 'goal-tree', { root: 'nope', lang: 'en' })).to.throw(
      FallbackError,
      '"nope"',
    );
  });
});

describe('scorecard-chart', () => {
  it('tables the indicators: latest value with its period, target and status', () => {
    const table = parsed(minimal, 'scorecard-chart').querySelector('table')!;
    expect(table.caption!.textContent).to.match(/^Styrkort: alla indikatorer, /);
    expect(texts(table.querySelectorAll('thead th'))).to.deep.equal([
      'Indikator',
      'Senaste värde',
      'Målvärde',
      'Status',
    ]);
    const row = table.tBodies[0]!.rows[0]!;
    expect(row.firstElementChild!.getAttribute('scope')).to.equal('row');
    expect(row.cells[1]!.textContent).to.match(/^\d[\d\u00a0]*(,\d+)?\u00a0%.*\(.*\d{4}.*\)$/);
  });

  it("tables one indicator's values by period, oldest first, with targets", () => {
    const indicator = demo.indicators![0]!;
    const table = parsed(demo, 'scorecard-chart', { indicator: indicator.id, lang: 'en' }).querySelector(
      'table',
    )!;
    expect(table.caption!.textContent).to.equal(
      `${(indicator.title as Record<string, string>).en}: values by period`,
    );
    const periods = texts(table.querySelectorAll('tbody th'));
    expect(periods[0]).to.equal(indicator.values[0]!.period);
    expect(texts(table.querySelectorAll('thead th'))).to.include('Target');
  });

  it('fails on unknown ids rather than showing less than asked for', () => {
    expect(() => renderFallback(demo, 'scorecard-chart', { indicator: 'x' })).to.throw(FallbackError);
    expect(() => renderFallback(demo, 'scorecard-chart', { goal: 'x' })).to.throw(FallbackError, '--goal');
    expect(() =>
      renderFallback(demo, 'scorecard-chart', { indicators: `${demo.indicators![0]!.id} x` }),
    ).to.throw(FallbackError, 'x');
  });
});

describe('budget-explainer', () => {
  it('tables the costs per area with amounts and shares as the element formats them, sv and en', () => {
    const sv = parsed(demo, 'budget-explainer').querySelector('table')!;
    expect(sv.caption!.textContent).to.equal('Kostnader för alla områden 2026');
    expect(sv.tBodies[0]!.rows[0]!.cells[1]!.textContent).to.equal('4\u00a0139\u00a0mnkr');
    expect([...sv.tFoot!.rows[0]!.cells].map((cell) => cell.textContent)).to.deep.equal([
      'Summa',
      '11\u00a0542\u00a0mnkr',
      '100\u00a0%',
    ]);
    const en = parsed(demo, 'budget-explainer', { lang: 'en' }).querySelector('table')!;
    expect(en.tBodies[0]!.rows[0]!.cells[1]!.textContent).to.equal(formatAmount(4139, 'mnkr', 'en'));
  });

  it('links the annual report when given, and fails on a link that is not http(s)', () => {
    const link = parsed(demo, 'budget-explainer', {
      report: 'https://kommun.se/arsredovisning-2025.pdf',
    }).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://kommun.se/arsredovisning-2025.pdf');
    expect(link.textContent).to.equal('Årsredovisningen (pdf)');
    expect(() => renderFallback(demo, 'budget-explainer', { report: 'javascript:alert(1)' })).to.throw(
      FallbackError,
    );
    expect(parsed(demo, 'budget-explainer').querySelector('a')).to.equal(null);
  });

  it('shows the year asked for, and fails on a year the budget does not have', () => {
    const years = [...new Set(demo.budget!.years.map((y) => y.year))].sort();
    const first = years[0]!;
    expect(
      parsed(demo, 'budget-explainer', { year: first }).querySelector('caption')!.textContent,
    ).to.include(String(first));
    expect(() => renderFallback(demo, 'budget-explainer', { year: 1901 })).to.throw(FallbackError, '1901');
  });
});

describe('contact-card', () => {
  it('gives the name as a heading, channels as links and the regular weekly hours in words', () => {
    const fragment = parsed(demo, 'contact-card');
    expect(fragment.querySelector('h2')!.textContent).to.equal('Eskilstuna direkt');
    const phone = fragment.querySelector('a[href^="tel:"]')!;
    expect(phone.getAttribute('href')).to.equal('tel:+46167101000');
    expect(phone.textContent).to.equal('016-710 10 00');
    expect(fragment.querySelector('a[href^="mailto:"]')).not.to.equal(null);
    expect(texts(fragment.querySelectorAll('h3'))).to.deep.equal([
      'Öppettider',
      'Besöksadress',
      'Kontaktpersoner',
    ]);
    expect(texts(fragment.querySelectorAll('ul ul li'))).to.include.members([
      'Måndag–fredag 07.30–16.00',
      'Fredag 08.00–16.00',
    ]);
    expect(fragment.querySelector('address')!.innerHTML).to.equal(
      'Värjan<br>Alva Myrdals gata 5<br>633 42 Eskilstuna',
    );
  });

  it('follows heading-level, office and schedule as the element does', () => {
    const fragment = parsed(demo, 'contact-card', { headingLevel: 3, office: 'kvarnen' });
    expect(fragment.querySelector('h3')!.textContent).to.equal('Eskilstuna direkt');
    expect(fragment.querySelectorAll('address').length).to.equal(1);
    expect(fragment.textContent).not.to.include('Telefontid');
    expect(() => renderFallback(demo, 'contact-card', { schedule: 'x' })).to.throw(
      FallbackError,
      '--schedule',
    );
  });
});

describe('feedback-prompt', () => {
  it('is a plain form: question as legend, yes/no radios, a labelled comment, hidden page and lang', () => {
    const out = renderFallback(demo, 'feedback-prompt', {
      page: '/bo/skola',
      endpoint: 'https://fb.example/api/feedback',
    });
    // In the document, so labels and FormData work as they do for a reader.
    const form = inPage('div', out).querySelector('form')!;
    expect(form.method).to.equal('post');
    expect(form.getAttribute('action')).to.equal('https://fb.example/api/feedback');
    expect(form.querySelector('legend')!.textContent).to.equal('Hjälpte informationen på den här sidan dig?');
    const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio][name=answer]')];
    expect(radios.map((r) => [r.value, r.required, r.labels![0]!.textContent.trim()])).to.deep.equal([
      ['yes', true, 'Ja'],
      ['no', true, 'Nej'],
    ]);
    const comment = form.querySelector('textarea')!;
    expect(comment.name).to.equal('comment');
    expect(comment.labels[0]!.textContent).to.equal('Vill du berätta mer? (frivilligt)');
    expect(comment.maxLength).to.equal(1000);
    const data = new FormData(form);
    expect([data.get('page'), data.get('lang'), data.get('website')]).to.deep.equal(['/bo/skola', 'sv', '']);
    expect(form.querySelector('[name=website]')!.closest('[hidden]')).not.to.equal(null);
    expect(form.querySelector('button[type=submit]')!.textContent).to.equal('Skicka');
  });

  it('fails without an endpoint, or with one the form cannot post to', () => {
    const feed = structuredClone(demo);
    delete feed.feedback!.endpoint;
    expect(() => renderFallback(feed, 'feedback-prompt')).to.throw(FallbackError, '--endpoint');
    expect(() => renderFallback(demo, 'feedback-prompt', { endpoint: 'javascript:x' })).to.throw(
      FallbackError,
    );
  });
});

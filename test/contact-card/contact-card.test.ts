/**
 * <contact-card> in Chromium: the demo feed's Eskilstuna direkt at fixed instants, compact mode,
 * filters, English, headings, links and the cancelable `insyn-contact-action`, downloads, JSON-LD
 * in the light DOM, the live region and its one timer, hostile feed text, and axe in every state.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/define/contact-card.js';
import type { ContactActionDetail, ContactCard } from '../../src/contact-card/contact-card.js';
import { CONTACT_CARD_TEXTS } from '../../src/contact-card/contact-card.texts.js';
import { renderCard } from '../../src/contact-card/contact-card.view.js';
import { cardModel, select, type Selection } from '../../src/contact-card/model.js';
import { resolveTexts } from '../../src/core/texts.js';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import { container, expectAccessible, removeContainers, shadowText, waitForState } from '../support/a11y.js';
import { faultUrl } from '../support/feeds.js';

/** Text that would run script if it were ever rendered as HTML. */
const HOSTILE = '<img src=x onerror="window.__insynPwned = true"><script>window.__insynPwned = true</script>';

let demo: Feed;
let warnings: unknown[][];
let errors: unknown[][];
let restoreConsole: () => void;

before(async () => {
  demo = (await (await fetch('/demo/feed.json')).json()) as Feed;
});

beforeEach(() => {
  warnings = [];
  errors = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  // The error states log their details by design; the tests that expect them read them here.
  console.error = (...args: unknown[]) => {
    errors.push(args);
  };
  restoreConsole = () => {
    console.warn = warn;
    console.error = error;
  };
});

afterEach(() => {
  removeContainers();
  restoreConsole();
  clearFeedCache();
});

interface MountOptions {
  feed?: unknown;
  src?: string;
  lang?: string;
  clock?: () => Date;
  state?: string;
}

type Clocked = { clock: () => Date; card?: { timer?: unknown } };

async function mount(
  attributes: Record<string, string | true> = {},
  options: MountOptions = {},
): Promise<ContactCard> {
  const el = document.createElement('contact-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value === true ? '' : value);
  if (options.clock) (el as unknown as Clocked).clock = options.clock;
  if (options.src) el.src = options.src;
  else el.feed = options.feed ?? structuredClone(demo);
  container(options.lang).append(el);
  await waitForState(el, options.state ?? 'ready');
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string): HTMLElement | null => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** Each schedule's title and status line, as shown. */
function statusLines(el: Element): string[] {
  return $$(el, '.schedule').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
}

/** A clock that starts at `iso` and runs with real time. */
function runningClock(iso: string): () => Date {
  const start = Date.parse(iso);
  const t0 = performance.now();
  return () => new Date(start + (performance.now() - t0));
}

describe('<contact-card>', () => {
  describe('Eskilstuna direkt at fixed instants', () => {
    it('a weekday morning: name, description, channels as links, statuses, offices, people', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00' });
      expect($(el, 'h2')!.textContent.trim()).to.equal('Eskilstuna direkt');
      expect(shadowText(el)).to.include('Eskilstuna kommuns kontaktcenter');
      const links = $$(el, '.channels a').map((a) => [a.textContent.trim(), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['016-710 10 00', 'tel:+46167101000'],
        ['eskilstuna.direkt@eskilstuna.se', 'mailto:eskilstuna.direkt@eskilstuna.se'],
        [
          'Säg vad du tycker – synpunkter och förslag',
          'https://www.eskilstuna.se/e-tjanster-och-blanketter/sag-vad-du-tycker---synpunkter-och-forslag',
        ],
      ]);
      expect(statusLines(el)).to.deep.equal([
        'Besökstid Eskilstuna Öppet nu – stänger 16.00',
        'Besökstid Torshälla Stängt tills vidare Stängt',
        'Telefontid Öppet nu – stänger 16.30 Dag före röd dag och klämdag 08.00–13.00.',
      ]);
      // Status by icon + word + colour: the two icons differ in shape, the words say it.
      expect($$(el, '.status--open')).to.have.length(2);
      expect($$(el, '.status--closed')).to.have.length(1);
      expect($$(el, '.status svg[aria-hidden="true"]')).to.have.length(3);
      // Offices with map links, people with vCards.
      const maps = $$(el, '.map a');
      expect(maps.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://www.openstreetmap.org/search?query=Alva%20Myrdals%20gata%205%2C%20633%2042%20Eskilstuna',
        'https://www.openstreetmap.org/search?query=Storgatan%2026%2C%20644%2030%20Torsh%C3%A4lla',
      ]);
      // The address a letter or a map search needs: street, postal code and town.
      expect(
        $$(el, 'address').map((a) =>
          [...a.childNodes]
            .map((n) => (n.nodeName === 'BR' ? ' / ' : n.nodeType === Node.COMMENT_NODE ? '' : n.textContent))
            .join('')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      ).to.deep.equal([
        'Värjan / Alva Myrdals gata 5 / 633 42 Eskilstuna',
        'Kvarnen / Storgatan 26 / 644 30 Torshälla',
      ]);
      expect(maps[0]!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
        'Visa på karta Värjan (OpenStreetMap)',
      );
      expect($$(el, '.person__name').map((p) => p.textContent)).to.deep.equal([
        'Jimmy Jansson',
        'Pia Järnkvist',
      ]);
      expect($$(el, 'h3').map((h) => h.textContent.trim())).to.deep.equal([
        'Öppettider',
        'Besöksadress',
        'Kontaktpersoner',
      ]);
      await expectAccessible(el);
    });

    it("the coming week's hours in a table, from today on, today marked in words", async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00' });
      const table = $$(el, 'table')[0]!;
      expect(table.querySelector('caption')!.textContent.trim()).to.equal(
        'Öppettider i dag och sex dagar framåt',
      );
      expect([...table.querySelectorAll('thead th')].map((th) => th.textContent.trim())).to.deep.equal([
        'Dag',
        'Besökstid Eskilstuna',
        'Telefontid',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) =>
          c.textContent
            .replace(/\u200b/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      );
      expect(rows).to.deep.equal([
        ['tisdag 12 maj (i dag)', '07.30–16.00', '08.00–16.30'],
        ['onsdag 13 maj, dag före Kristi himmelsfärdsdag', '07.30–16.00', '08.00–13.00'],
        ['torsdag 14 maj, Kristi himmelsfärdsdag', 'Stängt', 'Stängt'],
        ['fredag 15 maj, klämdag', '07.30–16.00', '08.00–13.00'],
        ['lördag 16 maj', 'Stängt', 'Stängt'],
        ['söndag 17 maj', 'Stängt', 'Stängt'],
        ['måndag 18 maj', '07.30–16.00', '08.00–16.30'],
      ]);
      expect(table.querySelector('tbody tr')!.classList.contains('today'), 'the first row is today').to.be
        .true;
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(7);
    });

    it('Friday 15:59 open, 16:00 closed until Monday', async () => {
      const before = await mount({ now: '2026-09-18T15:59:00+02:00' });
      expect(statusLines(before)[0]).to.equal('Besökstid Eskilstuna Öppet nu – stänger 16.00');
      expect(statusLines(before)[2]).to.include('Telefontid Öppet nu – stänger 16.00');
      const after = await mount({ now: '2026-09-18T16:00:00+02:00' });
      expect(statusLines(after)[0]).to.equal('Besökstid Eskilstuna Stängt – öppnar måndag 07.30');
      expect(statusLines(after)[2]).to.include('Telefontid Stängt – öppnar måndag 08.00');
    });

    it('Christmas Eve: closed today (julafton), the coming deviations and an .ics of the closed days', async () => {
      const el = await mount({ now: '2026-12-24T10:00:00+01:00' });
      expect(statusLines(el)[0]).to.equal(
        'Besökstid Eskilstuna Stängt i dag (julafton) – öppnar måndag 07.30',
      );
      const deviations = $$(el, 'table')[1]!;
      expect(deviations.querySelector('caption')!.textContent.trim()).to.equal(
        'Avvikande öppettider de närmaste 30 dagarna',
      );
      const first = [...deviations.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((c) =>
          c.textContent
            .replace(/\u200b/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        ),
      );
      expect(first.slice(0, 3)).to.deep.equal([
        ['torsdag 24 december, julafton (i dag)', 'Stängt', 'Stängt'],
        ['fredag 25 december, juldagen', 'Stängt', 'Stängt'],
        ['onsdag 30 december', '07.30–12.00 Öppet till kl. 12.00 (exempel).', '08.00–16.30'],
      ]);
      const ics = $(el, 'a[data-action="ics"]') as HTMLAnchorElement;
      expect(ics.download).to.equal('eskilstuna-direkt.ics');
      expect(ics.href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
      const text = decodeURIComponent(ics.href.slice(ics.href.indexOf(',') + 1));
      expect(text).to.include('DTSTART;VALUE=DATE:20261224\r\n');
      expect(text).to.include('SUMMARY:Eskilstuna direkt: stängt (nyårsafton)\r\n');
      await expectAccessible(el);
    });

    it('juldagen', async () => {
      const el = await mount({ now: '2026-12-25T12:00:00+01:00' });
      expect(statusLines(el)[0]).to.equal(
        'Besökstid Eskilstuna Stängt i dag (juldagen) – öppnar måndag 07.30',
      );
    });

    it('midsommarafton', async () => {
      const el = await mount({ now: '2026-06-19T09:00:00+02:00' });
      expect(statusLines(el)[2]).to.include('Telefontid Stängt i dag (midsommarafton) – öppnar måndag 08.00');
    });

    it('a bridge day: phone hours 08.00–13.00', async () => {
      const el = await mount({ now: '2026-05-15T10:00:00+02:00' });
      expect(statusLines(el)[2]).to.include(
        'Telefontid Öppet nu – stänger 13.00 I dag: klämdag, 08.00–13.00',
      );
      expect(statusLines(el)[0]).to.equal('Besökstid Eskilstuna Öppet nu – stänger 16.00');
    });

    it('the day before Ascension', async () => {
      const el = await mount({ now: '2026-05-13T10:00:00+02:00' });
      expect(statusLines(el)[2]).to.include(
        'Telefontid Öppet nu – stänger 13.00 I dag: dag före helgdag, 08.00–13.00',
      );
    });

    it('from its src URL, the same', async () => {
      const el = await mount(
        { now: '2026-05-12T10:00:00+02:00', contact: 'eskilstuna-direkt' },
        { src: '/demo/feed.json' },
      );
      expect(statusLines(el)[0]).to.equal('Besökstid Eskilstuna Öppet nu – stänger 16.00');
    });
  });

  describe('attributes', () => {
    it('compact: the name, each schedule today and the main channels only', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00', compact: true });
      expect($(el, '.card--compact')).to.exist;
      expect(statusLines(el)).to.deep.equal([
        'Besökstid Eskilstuna Öppet nu – stänger 16.00',
        'Besökstid Torshälla Stängt tills vidare',
        'Telefontid Öppet nu – stänger 16.30',
      ]);
      expect($$(el, '.channels a')).to.have.length(3);
      expect($$(el, 'table, .offices, .people, .card__description, h3')).to.have.length(0);
      await expectAccessible(el);
    });

    it('office: only that office and its visiting hours', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00', office: 'varjan' });
      expect(statusLines(el)).to.deep.equal(['Besökstid Eskilstuna Öppet nu – stänger 16.00']);
      expect($$(el, '.office__name').map((n) => n.textContent)).to.deep.equal(['Värjan']);
    });

    it('schedule: only that schedule', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00', schedule: 'telefontid' });
      expect(statusLines(el)).to.have.length(1);
      expect(statusLines(el)[0]).to.include('Telefontid');
      expect(
        [...$$(el, 'table')[0]!.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
      ).to.deep.equal(['Dag', 'Telefontid']);
    });

    it('an unknown office or schedule id: the empty state and a console warning', async () => {
      const el = await mount({ office: 'finns-inte' }, { state: 'empty' });
      expect(shadowText(el)).to.include('Det finns inga uppgifter att visa här ännu.');
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '[insyn] <contact-card>: no office "finns-inte" in the feed; showing the empty state.',
      ]);
      el.removeAttribute('office');
      el.setAttribute('schedule', 'nej');
      await el.updateComplete;
      expect(el.dataset.state).to.equal('empty');
      expect(String(warnings[1]?.[0])).to.include('no schedule "nej"');
    });

    it('contact: another contact point by id; the first when absent', async () => {
      const feed = structuredClone(demo);
      feed.contacts!.push({ id: 'bygglov', name: 'Bygglov', channels: [], schedules: [] });
      const el = await mount({ contact: 'bygglov' }, { feed });
      expect($(el, 'h2')!.textContent.trim()).to.equal('Bygglov');
      expect($$(el, '.schedule, table')).to.have.length(0);
      await expectAccessible(el);
    });

    it('heading-level: the name at that level, sections one below; out of range is clamped', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00', 'heading-level': '4' });
      expect($(el, 'h4.card__name')).to.exist;
      expect($$(el, 'h5')).to.have.length(3);
      el.headingLevel = 9;
      await el.updateComplete;
      expect($(el, 'h6.card__name')).to.exist;
      el.setAttribute('heading-level', 'two');
      await el.updateComplete;
      expect($(el, 'h2.card__name')).to.exist;
    });

    it('now: an invalid value is ignored with a warning, and the clock is used', async () => {
      const el = await mount({ now: '24 december' }, { clock: () => new Date('2026-12-24T10:00:00+01:00') });
      expect(statusLines(el)[0]).to.include('Stängt i dag (julafton)');
      expect(String(warnings[0]?.[0])).to.include('now="24 december" is not a date and time with an offset');
    });

    it('English, through lang on the element or an ancestor', async () => {
      const el = await mount({ now: '2026-12-24T10:00:00+01:00' }, { lang: 'en' });
      expect(statusLines(el)[0]).to.equal(
        'Visiting hours Eskilstuna Closed today (Christmas Eve) – opens Monday at 07:30',
      );
      expect(shadowText(el))
        .to.include('Opening hours today and the next six days')
        .and.include('Thursday 24 December, Christmas Eve (today)');
      expect($$(el, 'h3').map((h) => h.textContent.trim())).to.deep.equal([
        'Opening hours',
        'Visiting address',
        'Contact people',
      ]);
      expect(shadowText(el)).to.include('Show on map').and.include('Save contact (vCard)');
      await expectAccessible(el);
    });

    it('texts can be overridden', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00' });
      el.texts = { mapLink: 'Karta', openUntil: 'Vi svarar till {when}' };
      await el.updateComplete;
      expect($(el, '.map a')!.textContent).to.include('Karta');
      expect(statusLines(el)[0]).to.equal('Besökstid Eskilstuna Vi svarar till 16.00');
    });
  });

  describe('links and events', () => {
    it('insyn-contact-action: bubbling, composed, with action, href and id; the link is followed', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00' });
      const seen: { detail: ContactActionDetail; composed: boolean; cancelable: boolean }[] = [];
      const onAction = (e: Event) => {
        const event = e as CustomEvent<ContactActionDetail>;
        seen.push({ detail: event.detail, composed: event.composed, cancelable: event.cancelable });
      };
      let followed: boolean | undefined;
      // Runs after the card's own handler: sees whether the link would be followed, then stops it.
      const onClick = (e: Event) => {
        followed = !e.defaultPrevented;
        e.preventDefault();
      };
      document.addEventListener('insyn-contact-action', onAction);
      window.addEventListener('click', onClick);
      try {
        $(el, 'a[href^="tel:"]')!.click();
        expect(seen).to.deep.equal([
          {
            detail: { action: 'phone', href: 'tel:+46167101000', id: 'telefon' },
            composed: true,
            cancelable: true,
          },
        ]);
        expect(followed).to.equal(true);
        $(el, '.map a')!.click();
        expect(seen[1]!.detail).to.deep.equal({
          action: 'map',
          href: 'https://www.openstreetmap.org/search?query=Alva%20Myrdals%20gata%205%2C%20633%2042%20Eskilstuna',
          id: 'varjan',
        });
        $(el, 'a[data-action="vcard"]')!.click();
        expect(seen[2]!.detail.action).to.equal('vcard');
        expect(seen[2]!.detail.id).to.equal('jimmy-jansson');
        $(el, 'a[data-action="web-form"]')!.click();
        expect(seen[3]!.detail.action).to.equal('web-form');
      } finally {
        document.removeEventListener('insyn-contact-action', onAction);
        window.removeEventListener('click', onClick);
      }
    });

    it('a host that cancels the event stops the link', async () => {
      const el = await mount({ now: '2026-05-12T10:00:00+02:00' });
      const cancel = (e: Event) => e.preventDefault();
      let prevented: boolean | undefined;
      const onClick = (e: Event) => {
        prevented = e.defaultPrevented;
        e.preventDefault();
      };
      el.addEventListener('insyn-contact-action', cancel);
      window.addEventListener('click', onClick);
      try {
        $(el, 'a[href^="mailto:"]')!.click();
        expect(prevented).to.equal(true);
      } finally {
        el.removeEventListener('insyn-contact-action', cancel);
        window.removeEventListener('click', onClick);
      }
    });

    it('a vCard per person, as a data: link to download', async () => {
      const feed = structuredClone(demo);
      Object.assign(feed.contacts![0]!.people![1]!, { phone: '016-710 00 00', email: 'pia@eskilstuna.se' });
      const el = await mount({ now: '2026-05-12T10:00:00+02:00' }, { feed });
      const links = $$(el, 'a[data-action="vcard"]') as HTMLAnchorElement[];
      expect(links.map((a) => a.download)).to.deep.equal(['jimmy-jansson.vcf', 'pia-jarnkvist.vcf']);
      const text = decodeURIComponent(links[1]!.href.slice(links[1]!.href.indexOf(',') + 1));
      expect(links[1]!.href.startsWith('data:text/vcard;charset=utf-8,')).to.equal(true);
      expect(text).to.include('FN:Pia Järnkvist\r\n');
      expect(text).to.include('TITLE:Ekonomidirektör\r\n');
      expect(text).to.include(
        'ORG:Eskilstuna kommun;Kommunstyrelsens förvaltning (stadsledningskontoret)\r\n',
      );
      expect(text).to.include('TEL;TYPE=WORK,VOICE:016-710 00 00\r\n');
      expect($(el, '.person a[href="tel:0167100000"]')).to.exist;
      expect($(el, '.person a[href="mailto:pia@eskilstuna.se"]')).to.exist;
    });

    it('no .ics link when no day is closed in the next 30 days', async () => {
      const el = await mount({ now: '2026-02-02T10:00:00+01:00' });
      expect($(el, 'a[data-action="ics"]')).to.equal(null);
    });
  });

  describe('JSON-LD for the host page', () => {
    it('only with the json-ld attribute: a light-DOM script with schema.org data', async () => {
      const plain = await mount({ now: '2026-12-20T10:00:00+01:00' });
      expect(plain.querySelector('script[type="application/ld+json"]')).to.equal(null);

      const el = await mount({ now: '2026-12-20T10:00:00+01:00', 'json-ld': true });
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
      const script = el.querySelector(':scope > script[type="application/ld+json"]')!;
      expect(script).to.exist;
      const data = JSON.parse(script.textContent) as { '@context': string; '@graph': { '@type': string }[] };
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@graph'].map((n) => n['@type'])).to.deep.equal(['GovernmentOffice', 'GovernmentOffice']);
      expect(script.textContent).to.include('"specialOpeningHoursSpecification"');

      el.jsonLd = false;
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });

    it('follows the language and does not disturb the feed (an inline JSON child)', async () => {
      const el = document.createElement('contact-card');
      el.setAttribute('json-ld', '');
      el.setAttribute('now', '2026-05-12T10:00:00+02:00');
      const feed = document.createElement('script');
      feed.type = 'application/json';
      feed.textContent = JSON.stringify(demo);
      el.append(feed);
      container('en').append(el);
      await waitForState(el, 'ready');
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).to.include('Eskilstuna Municipality’s contact centre');
      expect(el.querySelectorAll('script')).to.have.length(2);
    });
  });

  describe('live status', () => {
    it('announces politely when a schedule closes, with one timer set to the change', async () => {
      const clock = runningClock('2026-09-18T15:59:59.700+02:00');
      const el = await mount({}, { clock });
      const live = $(el, '[role="status"]')!;
      expect(live.textContent.trim()).to.equal('');
      expect(statusLines(el)[0]).to.equal('Besökstid Eskilstuna Öppet nu – stänger 16.00');
      expect((el as unknown as Clocked).card?.timer).to.not.equal(undefined);
      await waitUntil(() => live.textContent.trim() !== '', 'no announcement', { timeout: 3000 });
      expect(live.textContent.trim()).to.equal(
        'Besökstid Eskilstuna: Stängt – öppnar måndag 07.30. Telefontid: Stängt – öppnar måndag 08.00.',
      );
      expect(statusLines(el)[0]).to.equal('Besökstid Eskilstuna Stängt – öppnar måndag 07.30');
      await expectAccessible(el);
    });

    it('does not announce on other updates (language, texts), and re-reads the clock when the page is shown again', async () => {
      let now = new Date('2026-05-12T10:00:00+02:00');
      const el = await mount({}, { clock: () => now });
      const live = $(el, '[role="status"]')!;
      el.texts = { hoursHeading: 'Tider' };
      await el.updateComplete;
      expect(live.textContent.trim()).to.equal('');
      // The tab was hidden (or the laptop asleep) past 16:00; it becomes visible again.
      now = new Date('2026-05-12T16:45:00+02:00');
      // The runner may hold this page in a background tab: say it is visible while the event fires.
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      await el.updateComplete;
      expect(statusLines(el)[0]).to.equal('Besökstid Eskilstuna Stängt – öppnar i morgon 07.30');
      expect(live.textContent.trim()).to.equal(
        'Besökstid Eskilstuna: Stängt – öppnar i morgon 07.30. Telefontid: Stängt – öppnar i morgon 08.00.',
      );
    });

    it('has no timer with a fixed now, and clears its timer when removed', async () => {
      const fixed = await mount({ now: '2026-09-18T15:59:59+02:00' });
      expect((fixed as unknown as Clocked).card?.timer).to.equal(undefined);
      const el = await mount({}, { clock: runningClock('2026-05-12T10:00:00+02:00') });
      expect((el as unknown as Clocked).card?.timer).to.not.equal(undefined);
      el.remove();
      expect((el as unknown as Clocked).card?.timer).to.equal(undefined);
    });
  });

  describe('robustness', () => {
    it('renders hostile feed text as text, also in JSON-LD', async () => {
      const feed = structuredClone(demo);
      const contact = feed.contacts![0]!;
      contact.name = HOSTILE;
      contact.description = HOSTILE;
      for (const channel of contact.channels!) {
        channel.label = HOSTILE;
        channel.value = HOSTILE;
      }
      for (const office of contact.offices!) {
        office.name = HOSTILE;
        office.accessibility = HOSTILE;
        office.address.street = HOSTILE;
      }
      for (const schedule of contact.schedules!) {
        schedule.title = HOSTILE;
        schedule.note = HOSTILE;
      }
      for (const person of contact.people!) {
        person.name = HOSTILE;
        person.role = HOSTILE;
      }
      const el = await mount({ now: '2026-12-10T10:00:00+01:00', 'json-ld': true }, { feed });
      await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
      await aTimeout(50);
      expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect(el.querySelectorAll('img')).to.have.length(0);
      expect(shadowText(el)).to.include('<img src=x');
      const ld = el.querySelector('script[type="application/ld+json"]')!;
      expect(ld.textContent).not.to.include('<');
      expect(JSON.stringify(JSON.parse(ld.textContent))).to.include('<img src=x');
      expect((window as { __insynPwned?: boolean }).__insynPwned).to.equal(undefined);
    });

    it('a link the format does not allow (set through .feed) is shown as text, not as a link', async () => {
      const feed = structuredClone(demo) as unknown as { contacts: { channels: { href: string }[] }[] };
      feed.contacts[0]!.channels[2]!.href = 'javascript:alert(1)';
      // The feed check refuses it: the error state, never a javascript: link.
      const el = await mount({}, { feed, state: 'error' });
      expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
      expect(String(errors[0]?.[0])).to.include('/contacts/0/channels/2/href');
    });

    it('a schedule the engine cannot read: its error in words and the weekly hours as written', () => {
      // The feed check refuses unknown zones, so this goes past it: the view alone, from a model.
      const feed = structuredClone(demo);
      feed.contacts![0]!.schedules![2]!.timeZone = 'Europe/Atlantis';
      const model = cardModel(feed, select(feed, {}) as Selection, new Date('2026-05-12T10:00:00+02:00'));
      const host = container();
      render(
        renderCard(model, {
          lang: 'sv',
          t: resolveTexts('sv', CONTACT_CARD_TEXTS.sv, undefined),
          compact: false,
          level: 2,
          announcement: '',
          onClick: () => undefined,
        }),
        host,
      );
      const lines = [...host.querySelectorAll<HTMLElement>('.schedule')].map((li) =>
        li.innerText.replace(/\s+/g, ' ').trim(),
      );
      expect(lines[2]).to.equal(
        'Telefontid Öppettiderna kunde inte räknas ut. Så här står de i uppgifterna: Måndag–torsdag 08.00–16.30 Fredag 08.00–16.00',
      );
      expect(lines[0]).to.equal('Besökstid Eskilstuna Öppet nu – stänger 16.00');
      expect(
        [...host.querySelectorAll('table')[0]!.querySelectorAll('thead th')].map((th) =>
          th.textContent.trim(),
        ),
      ).to.deep.equal(['Dag', 'Besökstid Eskilstuna']);
    });
  });

  describe('accessibility in every state', () => {
    it('loading, error, empty and ready (full, compact, holiday) have no violations', async () => {
      const loading = document.createElement('contact-card');
      loading.src = faultUrl({ body: { version: 1 }, delay: 5000 });
      container().append(loading);
      await waitForState(loading, 'loading');
      await expectAccessible(loading);

      const error = await mount({}, { src: '/demo/does-not-exist.json', state: 'error' });
      await expectAccessible(error);
      const empty = await mount({}, { feed: { version: 1 }, state: 'empty' });
      await expectAccessible(empty);
      for (const now of ['2026-05-13T10:00:00+02:00', '2026-12-25T10:00:00+01:00']) {
        await expectAccessible(await mount({ now }));
        await expectAccessible(await mount({ now, compact: true }));
      }
    });

    it('dark, on a page that opts into it', async () => {
      const root = document.documentElement;
      root.style.colorScheme = 'light dark';
      document.body.style.background = 'Canvas';
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const el = await mount({ now: '2026-12-24T10:00:00+01:00' });
        expect(getComputedStyle($(el, '.card')!).backgroundColor).to.equal('rgb(27, 27, 31)');
        await expectAccessible(el);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
        root.style.colorScheme = '';
        document.body.style.background = '';
      }
    });
  });
});

import type { PropertyValues, TemplateResult } from 'lit';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { lazyModule } from '../core/lazy-module.js';
import { lazyTexts, type LazyTexts } from '../core/lazy-texts.js';
import type { CardController } from './contact-card.controller.js';
import type { ContactCardTextKey } from './contact-card.texts.sv.js';
import { contactCardStyles } from './contact-card.styles.js';

export type { ContactActionDetail } from './contact-card.controller.js';

/**
 * The card itself (templates, styles, the opening-hours engine) is a chunk of its own,
 * fetched alongside the feed: the file every page loads holds the element's shell and its states.
 */
const cardChunk = lazyModule(() => import('./contact-card.controller.js'));
/** The element's words, one chunk per language: a page fetches the one it speaks. */
const contactCardTexts = lazyTexts<ContactCardTextKey>({
  sv: () => import('./contact-card.texts.sv.js').then((m) => m.CONTACT_CARD_TEXTS_SV),
  en: () => import('./contact-card.texts.en.js').then((m) => m.CONTACT_CARD_TEXTS_EN),
});

/**
 * Who to contact, and whether they are open right now: a contact point's channels, each
 * schedule's status in words ("Öppet nu – stänger 16.00"), the week's hours, the coming holidays,
 * eves and bridge days, offices with a map link, and people with a vCard each.
 *
 * @tagname contact-card
 * @summary Who to contact, and whether they are open right now.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @event insyn-contact-action - A link in the card was activated. Bubbling, composed and
 * cancelable: `preventDefault()` stops the link. `detail: { action, href, id }`, where action is
 * phone, email, web-form, chat, social, other (the channel's type), map, vcard or ics.
 * @csspart base - The card (when ready).
 * @csspart channels - The list of channels.
 * @csspart schedules - The list of schedules with their status.
 * @csspart status - An open/closed status (icon and words).
 * @csspart table - The week's hours and the coming deviations.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no contact point (or none with the id in `contact`, or
 * no office or schedule with the id in `office` or `schedule`).
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-contact-card-min-height - Space reserved for the element (default 10rem; 6rem compact).
 * @cssprop --insyn-contact-card-open-color - The colour of the "open" icon.
 * @cssprop --insyn-contact-card-closed-color - The colour of the "closed" icon.
 * @cssprop --insyn-contact-card-name-size - The size of the contact point's name (default 1.35em).
 * @attr {boolean} plain - No heading and no frame: the card's border, background and padding are
 * gone and the contact point's name is visually hidden (it stays the card's heading for screen
 * readers), so the card blends into the page's column.
 * @attr {boolean} static - For print and PDF: no map link and no vCard or calendar downloads; the
 * channels' own links (phone, e-mail, web) stay, as they read as text on paper and work in a PDF.
 * The status ("Öppet nu") is the one at the time the page is printed.
 * @attr {boolean} compact - Only the name, each schedule's status today and the main channels
 * (the base's `compact`, inherited), with tighter spacing and slightly smaller type.
 */
export class ContactCard extends InsynElement<ContactCardTextKey> {
  static override styles = [...InsynElement.styles, contactCardStyles];

  // Declared without decorators: this file is on every page, and the decorator helper costs bytes.
  static override properties = {
    contact: {},
    office: {},
    schedule: {},
    now: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    jsonLd: { attribute: 'json-ld', type: Boolean },
  };

  /** The id of the contact point to show; the feed's first when absent. */
  contact?: string;

  /** Show only this office (by id), and only its visiting hours. */
  office?: string;

  /** Show only this schedule (by id). */
  schedule?: string;

  /**
   * The instant to show, for previews: an ISO date and time with offset, e.g.
   * `2026-12-24T10:00:00+01:00`. The card then stays at that instant. Anything else is ignored
   * (with a console warning) and the card follows the clock.
   */
  now?: string;

  /** The level of the card's heading (1–6, default 2); its sections use the next level. */
  headingLevel = 2;

  /**
   * Adds schema.org JSON-LD (GovernmentOffice with opening hours and the coming deviations) for the
   * page's crawlers, as a `<script type="application/ld+json">` child of the element (in the page's
   * DOM). Under Trusted Types, allow the policy name `insyn-json-ld` (`trusted-types lit-html
   * insyn-json-ld`); it accepts nothing but JSON.
   */
  jsonLd = false;

  protected static override readonly unavailable = {
    sv: 'Kontaktuppgifterna kan inte visas just nu.',
    en: 'The contact details cannot be shown right now.',
  };

  readonly feedSections: readonly FeedSection[] = ['organization', 'contacts'];

  /** Where the card reads the time (tests replace it; previews use `now`). */
  protected clock: () => Date = () => new Date();

  private card?: CardController;

  loadCheck(): Promise<SectionCheck> {
    return Promise.all([import('../feed/sections/contacts.js'), cardChunk.load(), this.loadOwnTexts()]).then(
      ([m]) => m.check,
    );
  }

  protected override ownTexts(): LazyTexts<ContactCardTextKey> {
    return contactCardTexts;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch the card and the feed check while the feed loads, not after it.
    this.loadCheck().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const lazy = cardChunk.module;
    if (lazy && !this.card && this.feedController.state.kind === 'ready') {
      this.card = new lazy.CardController(this, {
        state: () => this.feedController.state,
        texts: () => this.t,
        clock: () => this.clock(),
        styles: ContactCard.elementStyles,
      });
    }
  }

  protected isEmpty(_feed: Feed): boolean {
    return !this.card?.model;
  }

  protected renderReady(_feed: Feed): TemplateResult {
    return this.card!.render();
  }
}

import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ContactPoint, Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { contactCardStyles } from './contact-card.styles.js';

const TEXTS = {
  sv: { summary: 'Kontakt: {name}.' },
  en: { summary: 'Contact: {name}.' },
} as const;

type ContactCardTextKey = keyof (typeof TEXTS)['sv'];

/**
 * Who to contact, and whether they are open right now.
 *
 * @tagname contact-card
 * @summary Who to contact, and whether they are open right now.
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no contact point (or none with the id in `contact`).
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-contact-card-min-height - Space reserved for the element (default 10rem).
 */
export class ContactCard extends InsynElement<ContactCardTextKey> {
  static override styles = [...InsynElement.styles, contactCardStyles];

  /** The id of the contact point to show; the feed's first when absent. */
  @property() contact?: string;

  readonly feedSections: readonly FeedSection[] = ['organization', 'contacts'];

  loadCheck(): Promise<SectionCheck> {
    return import('../feed/sections/contacts.js').then((m) => m.check);
  }

  protected override ownTexts(): Readonly<Record<Lang, Readonly<Record<ContactCardTextKey, string>>>> {
    return TEXTS;
  }

  protected isEmpty(feed: Feed): boolean {
    return !this.selectedContact(feed);
  }

  private selectedContact(feed: Feed): ContactPoint | undefined {
    return this.contact ? feed.contacts?.find((c) => c.id === this.contact) : feed.contacts?.[0];
  }

  protected renderReady(feed: Feed): TemplateResult {
    return html`<p part="base">
      ${fill(this.t.summary, { name: pickText(this.selectedContact(feed)?.name, this.resolvedLang) })}
    </p>`;
  }
}

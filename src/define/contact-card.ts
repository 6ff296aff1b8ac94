/** Defines <contact-card>. The only side effect of importing this module. */
import { ContactCard } from '../contact-card/contact-card.js';
import { defineElement } from './define-element.js';

defineElement('contact-card', ContactCard);

export { ContactCard };

declare global {
  interface HTMLElementTagNameMap {
    'contact-card': ContactCard;
  }
}

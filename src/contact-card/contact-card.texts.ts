/**
 * The strings of <contact-card> in both languages, for Node (the fallback HTML generator) and
 * tests. The element never imports this: it fetches one language's chunk (texts.sv / texts.en).
 */
import { CONTACT_CARD_TEXTS_SV, type ContactCardTextKey } from './contact-card.texts.sv.js';
import { CONTACT_CARD_TEXTS_EN } from './contact-card.texts.en.js';

export const CONTACT_CARD_TEXTS = {
  sv: CONTACT_CARD_TEXTS_SV,
  en: CONTACT_CARD_TEXTS_EN,
} as const;

export type { ContactCardTextKey };

/** The element's strings for one language, as the pure modules read them. */
export type ContactCardTexts = Readonly<Record<ContactCardTextKey, string>>;

/**
 * A vCard 3.0 for one person of a contact point: version 3.0 because it is what phones, Outlook
 * and mail programs all import. Pure.
 */
import { contentLines, escapeValue } from './content-lines.js';

export interface VCardPerson {
  /** The name as written, e.g. "Pia Järnkvist". */
  readonly name: string;
  /** The role, e.g. "Ekonomidirektör". */
  readonly title?: string | undefined;
  /** The organization, e.g. "Eskilstuna kommun". */
  readonly organization?: string | undefined;
  /** The unit within it, e.g. "Kommunstyrelsens förvaltning". */
  readonly unit?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
}

/**
 * The vCard text. The structured name takes the last word as the family name ("Pia Järnkvist"
 * → N:Järnkvist;Pia): right for most Swedish names; FN keeps the name exactly as written.
 */
export function vCard(person: VCardPerson): string {
  const name = person.name.trim();
  const split = /^(.*\S)\s+(\S+)$/.exec(name);
  const [given, family] = split ? [split[1] ?? '', split[2] ?? ''] : ['', name];
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${escapeValue(family)};${escapeValue(given)};;;`,
    `FN:${escapeValue(name)}`,
  ];
  if (person.organization) {
    const parts = [person.organization, person.unit].filter((p): p is string => Boolean(p));
    lines.push(`ORG:${parts.map(escapeValue).join(';')}`);
  }
  if (person.title) lines.push(`TITLE:${escapeValue(person.title)}`);
  if (person.phone) lines.push(`TEL;TYPE=WORK,VOICE:${escapeValue(person.phone)}`);
  if (person.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeValue(person.email)}`);
  lines.push('END:VCARD');
  return contentLines(lines);
}

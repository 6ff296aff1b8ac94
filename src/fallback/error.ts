/**
 * Why no fallback could be written for a feed that is valid: the element would have nothing to
 * show, or an id in the options is not in the feed. The message is in the language asked for.
 */
import type { Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';

const MESSAGES = {
  sv: {
    noGoals: 'Flödet har inga mål (goals).',
    unknownRoot: 'Målet "{id}" (--root) finns inte i flödet.',
    noIndicators: 'Flödet har inga indikatorer att visa.',
    unknownIndicator: 'Indikatorn "{id}" (--indicator) finns inte i flödet.',
    unknownIndicators: 'Indikatorerna finns inte i flödet (--indicators): {ids}.',
    unknownGoal: 'Målet "{id}" (--goal) finns inte i flödet.',
    unknownOwner: 'Det finns ingen nämnd eller enhet "{id}" (--owner) i flödet.',
    noBudget: 'Flödet har ingen budget.',
    unknownYear: 'Budgeten har inga uppgifter för {year} (--year).',
    noBudgetRows: 'Budgeten har inga kostnader eller intäkter för {year}.',
    noContacts: 'Flödet har inga kontaktpunkter (contacts).',
    unknownContact: 'Kontaktpunkten "{id}" (--contact) finns inte i flödet.',
    unknownOffice: 'Besöksadressen "{id}" (--office) finns inte hos kontaktpunkten.',
    unknownSchedule: 'Öppettiderna "{id}" (--schedule) finns inte hos kontaktpunkten.',
    noEndpoint:
      'Formuläret behöver en adress att skicka till: feedback.endpoint i flödet eller --endpoint (http, https eller en sökväg som börjar med /).',
    badUrl: '{what} ska vara en http- eller https-adress eller en sökväg som börjar med /: {url}',
  },
  en: {
    noGoals: 'The feed has no goals.',
    unknownRoot: 'The goal "{id}" (--root) is not in the feed.',
    noIndicators: 'The feed has no indicators to show.',
    unknownIndicator: 'The indicator "{id}" (--indicator) is not in the feed.',
    unknownIndicators: 'These indicators are not in the feed (--indicators): {ids}.',
    unknownGoal: 'The goal "{id}" (--goal) is not in the feed.',
    unknownOwner: 'There is no committee or unit "{id}" (--owner) in the feed.',
    noBudget: 'The feed has no budget.',
    unknownYear: 'The budget has nothing for {year} (--year).',
    noBudgetRows: 'The budget has no costs or revenue for {year}.',
    noContacts: 'The feed has no contact points (contacts).',
    unknownContact: 'The contact point "{id}" (--contact) is not in the feed.',
    unknownOffice: 'The office "{id}" (--office) is not one of the contact point\'s.',
    unknownSchedule: 'The schedule "{id}" (--schedule) is not one of the contact point\'s.',
    noEndpoint:
      'The form needs an address to post to: feedback.endpoint in the feed, or --endpoint (http, https, or a path starting with /).',
    badUrl: '{what} must be an http or https address or a path starting with /: {url}',
  },
} as const;

export type FallbackErrorCode = keyof (typeof MESSAGES)['sv'];

export class FallbackError extends Error {
  override readonly name = 'FallbackError';

  constructor(
    readonly code: FallbackErrorCode,
    lang: Lang,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(fill(MESSAGES[lang][code], values));
  }

  /** The message in another language (the CLI's messages may differ from the HTML's). */
  messageIn(lang: Lang): string {
    return fill(MESSAGES[lang][this.code], this.values);
  }
}

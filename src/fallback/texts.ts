/**
 * The words of the fallback HTML that no element's text table holds in a DOM-free module, Swedish
 * first. The rest comes from the elements' own tables (contact-card, budget-explainer,
 * scorecard-chart), so the fallback and the element say the same. Pure.
 */
import type { GoalLevel } from '../goal-tree/model.js';
import type { Lang } from '../core/locale.js';
import { CORE_TEXTS, type CoreTextKey } from '../core/texts.js';
import type { Status } from '../feed/generated/feed-types.js';

export const FALLBACK_TEXTS = {
  sv: {
    // The same words as <goal-tree>'s (test/fallback/fallback.test.ts checks that they agree).
    levelVision: 'Vision',
    levelStrategicGoal: 'Strategiskt mål',
    levelProcessGoal: 'Processmål',
    levelCommitment: 'Åtagande',
    levelUnitCommitment: 'Enhetens åtagande',
    levelActivity: 'Aktivitet',
    goalStatus: 'Status: {status}',
    annualReport: 'Årsredovisningen (pdf)',
    // The form of <feedback-prompt>, as the element words it.
    question: 'Hjälpte informationen på den här sidan dig?',
    yes: 'Ja',
    no: 'Nej',
    comment: 'Vill du berätta mer? (frivilligt)',
    handling:
      'Vi läser alla svar och använder dem för att göra webbplatsen bättre. Du får inget svar, eftersom vi inte vet vem du är. Skriv inte namn, personnummer, telefonnummer eller e-post.',
    privacy: 'Så hanterar vi personuppgifter',
    send: 'Skicka',
    honeypot: 'Lämna fältet tomt',
  },
  en: {
    levelVision: 'Vision',
    levelStrategicGoal: 'Strategic goal',
    levelProcessGoal: 'Process goal',
    levelCommitment: 'Commitment',
    levelUnitCommitment: 'Unit commitment',
    levelActivity: 'Activity',
    goalStatus: 'Status: {status}',
    annualReport: 'The annual report (PDF)',
    question: 'Did the information on this page help you?',
    yes: 'Yes',
    no: 'No',
    comment: 'Would you like to tell us more? (optional)',
    handling:
      'We read every answer and use it to improve the website. You will not get a reply, because we do not know who you are. Do not write names, personal identity numbers, phone numbers or e-mail addresses.',
    privacy: 'How we handle personal data',
    send: 'Send',
    honeypot: 'Leave this field empty',
  },
} as const;

export type FallbackTexts = (typeof FALLBACK_TEXTS)['sv' | 'en'];

const LEVEL_KEY = {
  vision: 'levelVision',
  'strategic-goal': 'levelStrategicGoal',
  'process-goal': 'levelProcessGoal',
  commitment: 'levelCommitment',
  'unit-commitment': 'levelUnitCommitment',
  activity: 'levelActivity',
} as const satisfies Record<GoalLevel, keyof FallbackTexts>;

/** The word for a goal level: "Strategiskt mål". */
export function levelWord(level: GoalLevel, lang: Lang): string {
  return FALLBACK_TEXTS[lang][LEVEL_KEY[level]];
}

const STATUS_KEY = {
  achieved: 'statusAchieved',
  'on-track': 'statusOnTrack',
  'at-risk': 'statusAtRisk',
  'off-track': 'statusOffTrack',
  'not-started': 'statusNotStarted',
  'no-data': 'statusNoData',
} as const satisfies Record<Status, CoreTextKey>;

/** The shared word for a status, as every element shows it: "På väg att nås". */
export function statusWord(status: Status, lang: Lang): string {
  return CORE_TEXTS[lang][STATUS_KEY[status]];
}

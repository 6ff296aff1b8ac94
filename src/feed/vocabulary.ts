/**
 * The words for the feed's status values, Swedish first (the goal levels' are in
 * level-words.ts). The elements' text tables spread them in (so each word can still be
 * overridden per element), and the feed messages quote them when a value is wrong. Pure and
 * tiny: the lazily loaded feed check imports it without pulling in an element's texts.
 */
import type { Status } from './generated/feed-types.js';

export const STATUS_WORDS = {
  sv: {
    statusAchieved: 'Uppnått',
    statusOnTrack: 'På väg att nås',
    statusAtRisk: 'Delvis',
    statusOffTrack: 'Nås inte',
    statusNotStarted: 'Ej påbörjat',
    statusNoData: 'Uppgift saknas',
  },
  en: {
    statusAchieved: 'Achieved',
    statusOnTrack: 'On track',
    statusAtRisk: 'Partly',
    statusOffTrack: 'Not on track',
    statusNotStarted: 'Not started',
    statusNoData: 'No data',
  },
} as const;

/** The text key of each status's word (`statusAchieved`, …). */
export const STATUS_TEXT_KEY = {
  achieved: 'statusAchieved',
  'on-track': 'statusOnTrack',
  'at-risk': 'statusAtRisk',
  'off-track': 'statusOffTrack',
  'not-started': 'statusNotStarted',
  'no-data': 'statusNoData',
} as const satisfies Record<Status, keyof (typeof STATUS_WORDS)['sv']>;

/**
 * The words for the feed's status and goal-level values, Swedish first. The elements' text
 * tables spread them in (so each word can still be overridden per element), and the feed
 * messages quote them when a value is wrong. Pure and tiny: the lazily loaded feed check imports
 * it without pulling in an element's texts.
 */
import type { Goal, Status } from './generated/feed-types.js';

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

export const LEVEL_WORDS = {
  sv: {
    levelVision: 'Vision',
    levelStrategicGoal: 'Strategiskt mål',
    levelProcessGoal: 'Processmål',
    levelCommitment: 'Åtagande',
    levelUnitCommitment: 'Enhetens åtagande',
    levelActivity: 'Aktivitet',
  },
  en: {
    levelVision: 'Vision',
    levelStrategicGoal: 'Strategic goal',
    levelProcessGoal: 'Process goal',
    levelCommitment: 'Commitment',
    levelUnitCommitment: 'Unit commitment',
    levelActivity: 'Activity',
  },
} as const;

/** The text key of each goal level's word (`levelVision`, …). */
export const LEVEL_TEXT_KEY = {
  vision: 'levelVision',
  'strategic-goal': 'levelStrategicGoal',
  'process-goal': 'levelProcessGoal',
  commitment: 'levelCommitment',
  'unit-commitment': 'levelUnitCommitment',
  activity: 'levelActivity',
} as const satisfies Record<Goal['level'], keyof (typeof LEVEL_WORDS)['sv']>;

/**
 * The words for the feed's goal levels, Swedish first: spread into <goal-tree>'s texts (so each
 * can be overridden) and quoted by the feed messages. Apart from the status words
 * (vocabulary.ts) so an element without goals does not carry them in its entry bundle. Pure.
 */
import type { Goal } from './generated/feed-types.js';

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

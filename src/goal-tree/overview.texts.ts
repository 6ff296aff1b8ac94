/** The overview's strings in both languages, for tests (goal-tree fetches one language's table). */
import { OVERVIEW_TEXTS_SV, type OverviewTextKey } from './overview.texts.sv.js';
import { OVERVIEW_TEXTS_EN } from './overview.texts.en.js';

export const OVERVIEW_TEXTS = { sv: OVERVIEW_TEXTS_SV, en: OVERVIEW_TEXTS_EN } as const;

export type { OverviewTextKey };

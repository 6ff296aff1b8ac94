/** The indicator chart's strings in both languages, for tests (the element fetches one language). */
import { INDICATOR_VIEW_TEXTS_SV, type IndicatorViewTextKey } from './indicator-view.texts.sv.js';
import { INDICATOR_VIEW_TEXTS_EN } from './indicator-view.texts.en.js';

export const INDICATOR_VIEW_TEXTS = { sv: INDICATOR_VIEW_TEXTS_SV, en: INDICATOR_VIEW_TEXTS_EN } as const;

/** The keys of the indicator chart's strings. */
export type { IndicatorViewTextKey };

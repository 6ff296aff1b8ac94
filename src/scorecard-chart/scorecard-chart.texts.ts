/**
 * The strings of <scorecard-chart> in both languages, for Node (the fallback HTML generator) and
 * tests. The element never imports this: it fetches one language's chunk (texts.sv / texts.en).
 */
import { SCORECARD_CHART_TEXTS_SV, type ScorecardChartTextKey } from './scorecard-chart.texts.sv.js';
import { SCORECARD_CHART_TEXTS_EN } from './scorecard-chart.texts.en.js';

export const SCORECARD_CHART_TEXTS = {
  sv: SCORECARD_CHART_TEXTS_SV,
  en: SCORECARD_CHART_TEXTS_EN,
} as const;

export type { ScorecardChartTextKey };

/**
 * The strings of <scorecard-chart> in Swedish, the scorecard table's and the indicator chart's;
 * the keys are taken from this table. Every one can be overridden per element
 * (`el.texts = { trendBetter: 'Bättre' }`). A chunk of its own: a Swedish page loads no English.
 */
import { SCORECARD_VIEW_TEXTS_SV } from './scorecard-view.texts.sv.js';
import { INDICATOR_VIEW_TEXTS_SV } from './indicator-view.texts.sv.js';

export const SCORECARD_CHART_TEXTS_SV = {
  ...SCORECARD_VIEW_TEXTS_SV,
  ...INDICATOR_VIEW_TEXTS_SV,
  unknownIndicator: 'Indikatorn "{id}" finns inte i uppgifterna.',
} as const;

export type ScorecardChartTextKey = keyof typeof SCORECARD_CHART_TEXTS_SV;

/**
 * The strings of <scorecard-chart>, Swedish first: the scorecard table's and the indicator
 * chart's. Every one can be overridden per element (`el.texts = { trendBetter: 'Bättre' }`).
 * Loaded with the element's views, not with the page's first script.
 */
import { SCORECARD_VIEW_TEXTS } from './scorecard-view.texts.js';
import { INDICATOR_VIEW_TEXTS } from './indicator-view.texts.js';

export const SCORECARD_CHART_TEXTS = {
  sv: {
    ...SCORECARD_VIEW_TEXTS.sv,
    ...INDICATOR_VIEW_TEXTS.sv,
    unknownIndicator: 'Indikatorn "{id}" finns inte i uppgifterna.',
  },
  en: {
    ...SCORECARD_VIEW_TEXTS.en,
    ...INDICATOR_VIEW_TEXTS.en,
    unknownIndicator: 'The indicator "{id}" is not in the data.',
  },
} as const;

export type ScorecardChartTextKey = keyof (typeof SCORECARD_CHART_TEXTS)['sv'];

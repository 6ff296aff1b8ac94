/** The strings of <scorecard-chart> in English (keys: see scorecard-chart.texts.sv.ts). A chunk of its own. */
import { SCORECARD_VIEW_TEXTS_EN } from './scorecard-view.texts.en.js';
import { INDICATOR_VIEW_TEXTS_EN } from './indicator-view.texts.en.js';
import type { ScorecardChartTextKey } from './scorecard-chart.texts.sv.js';

export const SCORECARD_CHART_TEXTS_EN = {
  ...SCORECARD_VIEW_TEXTS_EN,
  ...INDICATOR_VIEW_TEXTS_EN,
  unknownIndicator: 'The indicator "{id}" is not in the data.',
} as const satisfies Record<ScorecardChartTextKey, string>;

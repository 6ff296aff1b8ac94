/**
 * The lazily loaded part of <scorecard-chart>: both views, their styles and texts. Fetched in
 * parallel with the feed (see scorecard-chart.ts), like <contact-card>'s card (decision 0004).
 */
export { ScorecardView } from './scorecard-view.js';
export { IndicatorView } from './indicator-view.js';
export { SCORECARD_CHART_TEXTS } from './scorecard-chart.texts.js';
export { scorecardViewStyles } from './scorecard-view.styles.js';
export { indicatorViewStyles } from './indicator-view.styles.js';

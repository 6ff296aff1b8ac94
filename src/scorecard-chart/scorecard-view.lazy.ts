/**
 * The scorecard table as a chunk of its own, with its styles (the texts come per language): fetched
 * alongside the feed by a `<scorecard-chart>` without `indicator` (see scorecard-chart.ts).
 */
export { ScorecardView } from './scorecard-view.js';
export { scorecardViewStyles as styles } from './scorecard-view.styles.js';

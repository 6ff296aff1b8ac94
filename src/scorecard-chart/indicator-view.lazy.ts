/**
 * The indicator chart as a chunk of its own, with its styles and the element's texts: fetched
 * alongside the feed by `<scorecard-chart indicator>`, and by a scorecard when a row opens.
 */
export { IndicatorView } from './indicator-view.js';
export { indicatorViewStyles as styles } from './indicator-view.styles.js';
export { SCORECARD_CHART_TEXTS } from './scorecard-chart.texts.js';

/**
 * The indicator chart as a chunk of its own, with its styles (the texts come per language): fetched
 * alongside the feed by `<scorecard-chart indicator>`, and by a scorecard when a row opens.
 */
export { IndicatorView } from './indicator-view.js';
export { indicatorViewStyles as styles } from './indicator-view.styles.js';

/** Defines <scorecard-chart>. The only side effect of importing this module. */
import { ScorecardChart } from '../scorecard-chart/scorecard-chart.js';
import { defineElement } from './define-element.js';

defineElement('scorecard-chart', ScorecardChart);

export { ScorecardChart };

declare global {
  interface HTMLElementTagNameMap {
    'scorecard-chart': ScorecardChart;
  }
}

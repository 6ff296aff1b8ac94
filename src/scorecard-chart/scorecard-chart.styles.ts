import { css } from 'lit';

export const scorecardChartStyles = css`
  :host {
    --_min-height: var(--insyn-scorecard-chart-min-height, 14rem);
  }
`;

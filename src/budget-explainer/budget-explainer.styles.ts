import { css } from 'lit';

export const budgetExplainerStyles = css`
  :host {
    --_min-height: var(--insyn-budget-explainer-min-height, 16rem);
  }
`;

import { css } from 'lit';

export const goalTreeStyles = css`
  :host {
    --_min-height: var(--insyn-goal-tree-min-height, 12rem);
  }
`;

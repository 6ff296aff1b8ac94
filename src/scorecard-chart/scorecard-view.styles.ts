import { css } from 'lit';

/** Styles of the scorecard table (adopted when the views load). */
export const scorecardViewStyles = css``;

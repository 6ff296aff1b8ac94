import { css } from 'lit';

/** Styles of the indicator chart (adopted when the views load). */
export const indicatorViewStyles = css``;

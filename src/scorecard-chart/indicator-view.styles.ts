import { css, unsafeCSS } from 'lit';

/**
 * The data table on a narrow element (below 30rem of its own width): one card per period, each
 * value under its series' name (`data-label`, with empty alternative text, as the real column
 * header is there for screen readers), so six series fit a phone without scrolling sideways.
 * A constant string, as in scorecard-view.styles.ts.
 */
const tableCards = unsafeCSS(`
  .iv-table-wrap {
    container-type: inline-size;
  }
  @container (max-width: 30rem) {
    .iv-table,
    .iv-table tbody,
    .iv-table caption {
      display: block;
    }
    .iv-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .iv-table tbody tr {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 7.5rem), 1fr));
      gap: 0.25rem 0.75rem;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--_border);
    }
    .iv-table tbody th,
    .iv-table tbody td {
      display: block;
      padding: 0;
      border: 0;
      text-align: start;
      white-space: normal;
    }
    .iv-table tbody th {
      grid-column: 1 / -1;
    }
    .iv-table tbody td::before {
      display: block;
      color: var(--_muted);
      font-size: max(0.875em, 12px);
      content: attr(data-label);
      content: attr(data-label) / '';
    }
  }
`);

/**
 * Styles of the indicator chart (adopted when the views load). Series colours are element
 * tokens with light and dark fallbacks; every series also has its own dash and marker shape,
 * so forced colours (one colour for all) and print still tell them apart.
 *
 * @cssprop --insyn-scorecard-chart-total - Colour of the total series (default: the accent).
 * @cssprop --insyn-scorecard-chart-women - Colour of the women series.
 * @cssprop --insyn-scorecard-chart-men - Colour of the men series.
 * @cssprop --insyn-scorecard-chart-comparison - Colour of the first comparison series.
 * @cssprop --insyn-scorecard-chart-target - Colour of the target line and band.
 */
export const indicatorViewStyles = css`
  .iv {
    margin: 0 0 var(--_space-m);
    --_c: var(--_fg);
    --_target: var(
      --insyn-scorecard-chart-target,
      var(--insyn-color-status-achieved, light-dark(#1a7f37, #6fdd8b))
    );
  }
  .iv-title {
    margin: 0 0 var(--_space-s);
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
  }
  .iv--embedded .iv-title {
    font-size: 1.05em;
  }
  .iv-summary,
  .iv-bullet-text,
  .iv-source {
    margin: 0 0 var(--_space-s);
    max-width: 70ch;
  }
  .iv-source,
  .iv-bullet-text {
    color: var(--_muted);
    font-size: max(0.9em, 12px);
  }
  .c-total {
    --_c: var(--insyn-scorecard-chart-total, var(--_accent));
  }
  .c-women {
    --_c: var(--insyn-scorecard-chart-women, light-dark(#8a3ffc, #d4bbff));
  }
  .c-men {
    --_c: var(--insyn-scorecard-chart-men, light-dark(#00716e, #3ddbd9));
  }
  .c-cmp0 {
    --_c: var(--insyn-scorecard-chart-comparison, light-dark(#5f6270, #b9bbc6));
  }
  .c-cmp1 {
    --_c: light-dark(#9a6700, #e3b341);
  }
  .c-cmp2 {
    --_c: light-dark(#b3261e, #ff8a80);
  }
  .iv-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space-s);
    padding: 0;
    list-style: none;
    font-size: max(0.9em, 12px);
  }
  .iv-legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .iv-key {
    width: 2rem;
    height: 0.75rem;
    flex: none;
    overflow: visible;
  }
  .iv-plot {
    position: relative;
    border-radius: var(--_radius);
  }
  .iv-sizer {
    height: 0;
  }
  .iv-svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .iv-tick,
  .iv-gap-label {
    fill: var(--_muted);
    font-size: 12px;
  }
  .iv-grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }
  .iv-line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  .iv-line--forecast {
    stroke-width: 2;
  }
  .iv-marker {
    fill: var(--_c);
  }
  .iv-hollow {
    fill: var(--_bg);
    stroke: var(--_c);
    stroke-width: 2;
  }
  /* A hatched bar has its pattern as a fill attribute, which CSS must not override. */
  .iv-bar:not([fill]) {
    fill: var(--_c);
  }
  .iv-bar[fill] {
    stroke: var(--_c);
    stroke-width: 1.5;
  }
  .iv-bar--flagged {
    fill-opacity: 0.45;
    stroke: var(--_c);
    stroke-dasharray: 3 2;
  }
  .iv-pattern-bg {
    fill: var(--_bg);
  }
  .iv-pattern-line {
    stroke: var(--_c);
    stroke-width: 2.5;
  }
  .iv-target {
    fill: none;
    stroke: var(--_target);
    stroke-width: 3;
  }
  .iv-band {
    fill: var(--_target);
    fill-opacity: 0.12;
  }
  .iv-gap {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .iv-focus {
    fill: none;
    stroke: none;
  }
  .iv-focus--on {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .iv-tip rect {
    fill: var(--_fg);
  }
  .iv-tip text {
    fill: var(--_bg);
    font-size: 12px;
  }
  .iv-readout {
    min-height: 1.5em;
    margin: 0.25rem 0 var(--_space-s);
    font-size: max(0.9em, 12px);
  }
  .iv-bullet-title {
    margin: var(--_space-s) 0 0.25rem;
    font-weight: 600;
  }
  .iv-range {
    fill: var(--_fg);
  }
  .iv-range--0 {
    fill-opacity: 0.32;
  }
  .iv-range--1 {
    fill-opacity: 0.22;
  }
  .iv-range--2 {
    fill-opacity: 0.14;
  }
  .iv-range--3 {
    fill-opacity: 0.09;
  }
  .iv-range--4 {
    fill-opacity: 0.06;
  }
  .iv-measure {
    fill: var(--insyn-scorecard-chart-total, var(--_accent));
  }
  .iv-marker-line {
    fill: var(--_fg);
  }
  .iv-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin: var(--_space-s) 0;
  }
  .iv-button {
    padding: 0.3rem 0.8rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .iv-table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  .iv-table {
    border-collapse: collapse;
    font-size: max(0.9em, 12px);
    font-variant-numeric: tabular-nums;
  }
  .iv-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  .iv-table th,
  .iv-table td {
    padding: 0.25rem 0.6rem;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  .iv-table td {
    white-space: nowrap;
  }
  .iv-table th[scope='row'],
  .iv-table thead th:first-child {
    text-align: start;
  }
  @media (prefers-reduced-motion: no-preference) {
    .iv-focus--on {
      transition: stroke-width 0.15s;
    }
  }
  @media (forced-colors: active) {
    .iv {
      --_c: CanvasText;
      --_target: CanvasText;
    }
    .iv .c-total {
      --_c: Highlight;
    }
    .iv-measure {
      fill: Highlight;
    }
    .iv [class^='c-']:not(.c-total) {
      --_c: CanvasText;
    }
    .iv-tick,
    .iv-gap-label,
    .iv-marker-line,
    .iv-range {
      fill: CanvasText;
    }
    .iv-gap {
      fill: Canvas;
      stroke: CanvasText;
    }
    .iv-band {
      fill: none;
    }
    .iv-focus--on {
      stroke: Highlight;
    }
    .iv-tip rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .iv-tip text {
      fill: CanvasText;
    }
  }
  .iv-table-wrap--static {
    overflow: visible;
  }
  .iv-table-wrap--static td {
    white-space: normal;
  }
  :host([compact]) .iv-title {
    font-size: 1.1em;
  }
  @media print {
    .iv-actions {
      display: none;
    }
  }
  ${tableCards}
`;

import { css, unsafeCSS } from 'lit';

/**
 * Sections below the first are laid out when scrolled near, not before: about a third off the
 * first render (bench/budget.bench.ts). They stay in the accessibility tree and in find-in-page,
 * and their size is remembered once seen. A constant string because lit-analyzer's CSS data does
 * not know these properties yet (Chromium 85+, Firefox 125+, Safari 18+; others ignore them).
 */
export const renderWhenNearStyles = unsafeCSS(
  '.section+.section{content-visibility:auto;contain-intrinsic-size:auto 40rem}',
);

/**
 * On a phone, a table of areas with an amount and a share fits without scrolling: smaller (never
 * under 12px) and tighter, row heads in regular weight, so the longest word of an area
 * ("funktionsnedsättning") has a line of its own and no value is cut off at the edge. A constant
 * string because lit-analyzer's CSS data predates container queries (as above).
 */
export const phoneTableStyles = unsafeCSS(`
  .base {
    container-type: inline-size;
  }
  @container (max-width: 25rem) {
    table {
      font-size: max(0.75em, 12px);
    }
    th,
    td {
      padding: 0.25rem 0.3rem;
    }
    tbody th {
      font-weight: 400;
    }
  }
`);

export const budgetExplainerStyles = css`
  :host {
    --_min-height: var(--insyn-budget-explainer-min-height, 16rem);
    --_bar: var(--insyn-budget-explainer-bar, var(--_accent));
  }
  .base {
    display: grid;
    gap: var(--_space-m);
    min-width: 0;
  }
  /*
   * One column that is exactly as wide as the element: a grid's own column would otherwise grow
   * to its widest content (an open data table, a long name), and the page would scroll sideways
   * on a phone. Wide tables scroll inside their own box (.table__scroll) instead.
   */
  .base,
  .panel,
  .section,
  .chapter,
  .bars,
  .film,
  .form,
  .field,
  .result {
    grid-template-columns: minmax(0, 1fr);
  }
  p {
    margin: 0;
  }
  /* Measured for the width available (see the element's ResizeObserver). */
  .ruler {
    height: 0;
    margin-bottom: calc(-1 * var(--_space-m));
  }
  .h {
    margin: 0;
    font-weight: 700;
    line-height: 1.25;
    font-size: 1.15em;
  }
  .h--0 {
    font-size: 1.35em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space-m);
  }
  .year {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  select,
  input[type='text'] {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.5rem;
    min-height: 2.5rem;
    max-width: 100%;
  }
  .note,
  .hint,
  .muted {
    color: var(--_muted);
    font-size: max(0.9em, 12px);
  }
  .lead {
    max-width: 65ch;
  }
  .summary {
    font-weight: 600;
    max-width: 65ch;
  }
  .section,
  .chapter {
    display: grid;
    gap: var(--_space-s);
    min-width: 0;
  }
  .chapter {
    gap: var(--_space-m);
  }
  .section + .section {
    margin-top: var(--_space-m);
    padding-top: var(--_space-m);
    border-top: 1px solid var(--_border);
  }

  /* Chapters: tabs that wrap, never scroll sideways. */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--_border);
  }
  [role='tab'] {
    padding: 0.45rem 0.8rem;
    border: 1px solid var(--_border);
    border-bottom: none;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--_subtle);
    color: var(--_fg);
    text-align: start;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_bg);
    border-color: var(--_accent);
    box-shadow: inset 0 4px 0 var(--_accent);
    font-weight: 700;
  }
  .panel {
    display: grid;
    gap: var(--_space-m);
    min-width: 0;
  }

  /* Buttons */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }
  .toggle,
  .primary,
  .play,
  .crumbs button {
    padding: 0.35rem 0.8rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .primary {
    background: var(--_accent);
    color: var(--_bg);
    justify-self: start;
  }
  .crumbs ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .crumbs li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
  }
  .crumbs li + li::before {
    content: '›';
    color: var(--_muted);
  }
  .crumbs button {
    padding: 0.1rem 0.5rem;
    border-width: 1px;
    font-weight: 400;
    text-decoration: underline;
  }
  .crumbs [aria-current] {
    font-weight: 700;
  }
  .link {
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }

  /* Treemap: cells placed by the layout, in percentages of a box of the same aspect ratio. */
  .map {
    position: relative;
    width: 100%;
  }
  .cells {
    position: absolute;
    inset: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cell {
    position: absolute;
    display: flex;
  }
  .cell:focus-within {
    z-index: 1;
  }
  .cell button {
    flex: 1;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: flex-start;
    gap: 0.1rem;
    min-width: 0;
    min-height: 0;
    padding: 0.35rem 0.45rem;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: 3px;
    background: var(--_tint);
    color: var(--_fg);
    text-align: start;
    font-size: max(0.875em, 12px);
    line-height: 1.25;
  }
  .cell button:hover {
    border-color: var(--_fg);
    box-shadow: inset 0 0 0 1px var(--_fg);
  }
  .cell button:focus-visible {
    outline-offset: -3px;
    outline-color: var(--_fg);
  }
  /*
   * A name is shown in a cell only when its longest word fits (treemap.ts measures it), so it
   * wraps between words and is never hyphenated; a cell without room shows a number instead.
   */
  .cell__name {
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .cell__number {
    font-weight: 700;
  }
  .tint-0 {
    --_tint: light-dark(#d6e6fa, #1d3a5e);
  }
  .tint-1 {
    --_tint: light-dark(#d9f2df, #1f4230);
  }
  .tint-2 {
    --_tint: light-dark(#fbecc6, #4b3b12);
  }
  .tint-3 {
    --_tint: light-dark(#f7dcea, #4d2039);
  }
  .tint-4 {
    --_tint: light-dark(#e2e3fb, #2f305f);
  }
  .tint-5 {
    --_tint: light-dark(#d2f1ee, #17494a);
  }
  .legend__title,
  .fees__title,
  .detail__label {
    font-weight: 600;
  }
  .legend__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .swatch {
    display: inline-block;
    min-width: 1.6em;
    padding: 0 0.25em;
    border: 1px solid var(--_border);
    background: var(--_tint);
    text-align: center;
    font-weight: 700;
  }

  /* Bar lists: name and value as text; the bar only repeats the value. */
  .bars {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.1rem var(--_space-s);
    align-items: baseline;
  }
  /*
   * Long compound words ("funktionsnedsättning") move to a line of their own rather than break:
   * break-word splits a word only when it is wider than the whole line, where anywhere would
   * also let the flex items shrink and split words that fit.
   */
  .row__name {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: baseline;
    overflow-wrap: break-word;
  }
  .row__value {
    font-variant-numeric: tabular-nums;
    text-align: end;
    white-space: nowrap;
  }
  .row__note {
    grid-column: 1 / -1;
    display: block;
    color: var(--_muted);
    font-size: max(0.9em, 12px);
    font-weight: 400;
  }
  /* The share under the amount: long compound names ("funktionsnedsättning") keep the room. */
  .bars--costs .row__value .muted {
    display: block;
  }
  .row--total {
    font-weight: 700;
  }
  .bar {
    grid-column: 1 / -1;
    display: block;
    height: 0.7rem;
    border-radius: 2px;
    background: var(--_subtle);
  }
  .bar__fill {
    display: block;
    height: 100%;
    border-radius: 2px;
    background: var(--_bar);
  }
  .sum {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-s);
    align-items: baseline;
    padding-top: 0.35rem;
    border-top: 2px solid var(--_fg);
  }
  .sum strong {
    font-variant-numeric: tabular-nums;
  }
  .fees,
  .detail,
  .film {
    display: grid;
    gap: 0.35rem;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .fees ul,
  .detail ul {
    margin: 0;
    padding-left: 1.25rem;
  }

  /* Tables behind a disclosure. */
  details.table summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    width: fit-content;
  }
  .table__scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.35rem;
    font-size: max(0.9em, 12px);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  thead th {
    vertical-align: bottom;
  }
  /* A span of years ("2024–2028") may wrap after its dash. */
  td.years {
    white-space: normal;
  }
  thead th + th {
    text-align: end;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--_fg);
  }
  /* My tax */
  .form {
    display: grid;
    gap: var(--_space-s);
    max-width: 32rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
  }
  .field label {
    font-weight: 600;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .error::before {
    content: '⚠ ';
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 3px;
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    border: none;
  }
  .period legend {
    padding: 0;
    margin-bottom: 0.2rem;
    font-weight: 600;
  }
  .period label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2rem;
  }
  .result {
    display: grid;
    gap: var(--_space-s);
  }
  .result:empty {
    display: none;
  }

  /* Trend */
  .trend {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .line {
    fill: none;
    stroke: var(--_bar);
    stroke-width: 3;
  }
  .line--dashed {
    stroke-dasharray: 7 5;
  }
  .dot {
    fill: var(--_bar);
    stroke: var(--_bar);
    stroke-width: 2;
  }
  .dot--open {
    fill: var(--_bg);
  }
  .trend text {
    fill: var(--_fg);
    font-size: 12px;
  }
  .trend .value {
    font-weight: 600;
  }
  .trend .axis--kind {
    fill: var(--_muted);
  }

  /* Films: a facade until the resident asks; nothing is loaded before. */
  .play {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    justify-self: start;
    text-align: start;
  }
  .play__icon {
    font-size: 1.1em;
  }
  .player {
    width: 100%;
    max-width: 48rem;
    aspect-ratio: 16 / 9;
    border: 0;
    background: #000;
  }
  .transcript {
    white-space: pre-line;
    max-width: 65ch;
  }

  @media (forced-colors: active) {
    /* Backgrounds are replaced in forced colours; borders keep the bars and cells visible. */
    .cell button,
    .swatch {
      border-color: CanvasText;
    }
    .bar {
      border: 1px solid CanvasText;
    }
    .bar__fill {
      height: 0;
      border-top: calc(0.7rem - 2px) solid CanvasText;
    }
    .dot,
    .line {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
    .dot--open {
      fill: Canvas;
    }
    .trend text {
      fill: CanvasText;
    }
    [role='tab'][aria-selected='true'] {
      border: 3px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar__fill {
      transition: width 0.2s ease-out;
    }
  }
  :host([compact]) .h--0 {
    font-size: 1.2em;
  }
  @media print {
    .tabs,
    .toolbar .toggle,
    .play,
    .form button,
    #map-help {
      display: none;
    }
    .map,
    table,
    .row {
      break-inside: avoid;
    }
    .cell button {
      border-color: #000;
    }
  }
`;

import { css, unsafeCSS } from 'lit';

/**
 * The table follows its own width, not the window's (the element sits in CMS columns of any
 * width). Below 40rem each indicator becomes a card: the title and its kind on top, then the
 * cells side by side as room allows, each under its column's header (`data-label`, drawn with
 * empty alternative text so screen readers, which have the real header, do not hear it twice).
 * Nothing scrolls sideways and words wrap only between words. A constant string because
 * lit-analyzer's CSS data predates container queries (see contact-card.view.styles.ts); nothing
 * from outside ever goes in here.
 */
const containerQueries = unsafeCSS(`
  .scroll {
    container-type: inline-size;
  }
  @container (max-width: 40rem) {
    table,
    tbody {
      display: block;
    }
    caption {
      display: block;
    }
    .caption {
      position: static;
    }
    /* The column headers stay for assistive technology only. */
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /*
     * Cells side by side as room allows, each at least as wide as its longest word
     * (min-content: "koldioxidekvivalenter", "million"), so words wrap between words, never
     * inside one; a word wider than the card itself is the only one broken.
     */
    tr.row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem 1rem;
      padding: 0.75rem 0;
      border-top: 1px solid var(--_border);
    }
    tr.row > th,
    tr.row > td {
      display: block;
      flex: 1 1 8.5rem;
      min-width: min-content;
      max-width: 100%;
      padding: 0;
      border: 0;
      overflow-wrap: break-word;
    }
    tr.row > th {
      flex-basis: 100%;
      position: static;
      background: none;
    }
    tr.row > td::before {
      display: block;
      color: var(--_muted);
      font-size: max(0.875em, 12px);
      font-weight: 600;
      content: attr(data-label);
      content: attr(data-label) / '';
    }
    /* "→ Uppgift saknas" is wider than the narrowest cell: it wraps between its words. */
    .trend {
      white-space: normal;
    }
    tr.detail,
    tr.detail > td {
      display: block;
    }
    tr.detail > td {
      padding: 0.5rem;
    }
    .detail__body {
      position: static;
      max-width: none;
    }
  }
`);

/** Styles of the scorecard table (adopted when the views load). */
export const scorecardViewStyles = css`
  .scorecard {
    position: relative;
    display: grid;
    gap: var(--_space-s);
  }
  /* Follows the element's width for the view's ResizeObserver; takes no room. */
  .probe {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: 0;
  }
  .switcher {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
  }
  .switcher label {
    font-weight: 600;
  }
  .switcher select {
    font: inherit;
    min-height: 2.25rem;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .changes {
    margin: 0;
  }
  .changes:empty {
    display: none;
  }
  /* Wide tables scroll inside their own region (reachable by keyboard), never the page. */
  .scroll {
    overflow-x: auto;
    border-radius: var(--_radius);
  }
  /* Separate borders: with collapsed ones the sticky title cells would paint over the row lines. */
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: 0 0 var(--_space-s);
    font-weight: 600;
    text-align: start;
  }
  /* The caption is as wide as the table; its text keeps to the visible part of the region. */
  .caption {
    display: block;
    position: sticky;
    left: 0;
    max-width: 100cqi;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    color: var(--_muted);
    font-size: max(0.875em, 12px);
    font-weight: 600;
    border-bottom-width: 2px;
  }
  /* The indicator's name stays in view while the other columns scroll past. */
  tbody th {
    position: sticky;
    left: 0;
    z-index: 1;
    min-width: 9rem;
    max-width: 18rem;
    background: var(--_bg);
    font-weight: 400;
  }
  .toggle {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* A chevron drawn by two borders, on a pseudo-element: no element per row for it (60 rows add up). */
  .toggle::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    /* At the top, centred on the first line (line-height 1.5), however many lines the title takes. */
    align-self: flex-start;
    margin: 0.5em 0.15em 0 0.05em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  /* Long unit labels ("ton koldioxidekvivalenter per invånare") wrap; the number keeps to its unit by a no-break space. */
  .value {
    font-weight: 600;
  }
  .muted {
    display: block;
    color: var(--_muted);
    font-size: max(0.875em, 12px);
  }
  .change {
    display: block;
  }
  /* The kind (area or organisation indicator) sits under the title rather than in a column of its own. */
  .kind {
    margin-top: 0.2rem;
    padding-inline-start: 1.143em; /* the title's indent (1em), in this line's smaller font */
  }
  .trend {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    white-space: nowrap;
  }
  .trend__icon {
    flex: none;
    color: var(--_trend-color, var(--_muted));
  }
  .trend--better {
    --_trend-color: var(--insyn-color-status-achieved, light-dark(#1a7f37, #6fdd8b));
  }
  .trend--worse {
    --_trend-color: var(--insyn-color-status-off-track, light-dark(#b3261e, #ff8a80));
  }
  .spark {
    display: block;
    margin-top: 0.25rem;
    color: var(--_accent);
  }
  .spark path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .spark circle {
    fill: currentColor;
  }
  .detail td {
    background: var(--_subtle);
  }
  /* The chart keeps to the visible width of the region, however wide the table scrolls. */
  .detail__body {
    position: sticky;
    left: 0;
    max-width: calc(100cqi - 1rem);
  }
  /* Embed options (see the element's @attr). Static: the title is text, not a toggle, and the
     table wraps to the width it has (a page or a PDF), as a region with no tab stop cannot scroll. */
  .title {
    font-weight: 600;
  }
  .scroll--static {
    overflow: visible;
  }
  .scroll--static tbody th {
    position: static;
    min-width: 0;
  }
  .scroll--static .trend {
    white-space: normal;
  }
  :host([plain]) caption {
    padding: 0;
  }
  :host([compact]) th,
  :host([compact]) td {
    padding: 0.3rem 0.35rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .toggle {
      color: LinkText;
    }
    .trend__icon,
    .spark {
      color: CanvasText;
    }
    th,
    td,
    .switcher select {
      border-color: CanvasText;
    }
  }
  @media print {
    .switcher,
    .toggle::before {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
  }
  ${containerQueries}
`;

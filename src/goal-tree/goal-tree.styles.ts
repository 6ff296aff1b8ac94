import { css, unsafeCSS } from 'lit';

/**
 * From this width of the element (in rem), the details panel and the overview sit beside the
 * list; narrower, they follow it, and selecting a goal takes the reader to its details.
 */
export const WIDE_LAYOUT_REM = 64;

/*
 * Layout: toolbar, then the list (count, notices, tree) and beside it, from 64rem of the
 * element's own width (a container query: the element may sit in a narrow column of a wide
 * page), the aside with the details panel and the overview picture. Narrower, the aside follows
 * the list. Targets are at least 24 × 24 CSS px (rows and toggles are larger).
 */
const baseGoalTreeStyles = css`
  :host {
    --_min-height: var(--insyn-goal-tree-min-height, 12rem);
    --_indent: var(--insyn-goal-tree-indent, 1.25rem);
    --_mark: var(--insyn-color-mark, light-dark(#ffe27a, #554400));
    --_selected: var(--insyn-goal-tree-selected, light-dark(#e6eef8, #243447));
  }
  .layout {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }

  .list,
  .aside {
    min-width: 0;
  }
  .aside {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  /* Toolbar: search, filters, buttons. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
    margin-bottom: var(--_space-s);
  }
  .search {
    min-width: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    flex: 1 1 16rem;
  }
  label,
  legend,
  summary {
    font-weight: 600;
  }
  input[type='search'],
  select {
    width: 100%;
    min-width: 0;
    font: inherit;
    min-height: 2.5rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    max-width: 100%;
  }
  .filters {
    min-width: 0;
    flex: 1 1 100%;
    order: 3;
  }
  .filters summary {
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    cursor: pointer;
  }
  .filters summary::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .filters[open] summary::before {
    transform: rotate(45deg);
  }
  .filters summary::-webkit-details-marker {
    display: none;
  }
  .filters__body {
    /* The details element's own (browser) shadow root breaks box-sizing inheritance. */
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) 0;
  }
  .statuses {
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0.25rem 0.75rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    flex: 1 1 100%;
  }
  .statuses legend {
    padding: 0 0.25rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2rem;
    font-weight: normal;
    cursor: pointer;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .check__count {
    color: var(--_muted);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    flex: 1 1 14rem;
    min-width: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .button {
    min-height: 2.5rem;
    padding: 0.25rem 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .count {
    margin: 0 0 var(--_space-s);
    color: var(--_muted);
  }
  .none {
    margin: 0;
    padding: var(--_space-m);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .none .button {
    margin-top: var(--_space-s);
    display: block;
  }
  .notice--warning {
    border-left-color: var(--insyn-color-status-at-risk, light-dark(#9a6700, #e3b341));
  }

  /* The tree. */
  .tree,
  .group {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .group {
    margin-inline-start: 0.95rem;
    padding-inline-start: calc(var(--_indent) - 0.95rem);
    border-inline-start: 1px solid var(--_border);
  }
  .node {
    outline: none;
  }

  .row {
    display: flex;
    align-items: flex-start;
    gap: 0.25rem;
    min-height: 2.75rem;
    margin: 1px 0;
    padding: 0.35rem 0.5rem 0.35rem 0.25rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .row:hover {
    background: var(--_subtle);
  }
  .node:focus-visible > .row {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .node[aria-selected='true'] > .row {
    background: var(--_selected);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .toggle {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.9rem;
    height: 1.9rem;
    border-radius: var(--_radius);
    color: var(--_fg);
  }
  .toggle:hover {
    background: var(--_bg);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  /* The chevron is drawn with borders: no SVG per row, and it follows forced colours. */
  .toggle::before {
    content: '';
    width: 0.45rem;
    height: 0.45rem;
    margin-inline-end: 0.15rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .node:not([aria-expanded]) > .row > .toggle {
    visibility: hidden;
  }
  .node[aria-expanded='true'] > .row > .toggle::before {
    margin: 0 0 0.2rem;
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .toggle::before {
      transition: transform 0.15s ease-out;
    }
  }
  .row__body {
    display: grid;
    align-content: start;
    gap: 0.1rem;
    min-width: 0;
    flex: 1;
  }
  /* The title comes first in the DOM (so the accessible name starts with it, as type-ahead
     expects); the level word is shown above it. */
  .row__body > .level {
    order: -1;
  }
  .level {
    font-size: max(0.875em, 12px);
    font-weight: 600;
    color: var(--_muted);
    letter-spacing: 0.02em;
  }
  .flag {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.35rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_fg);
    font-weight: normal;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
    /* A 2,000-character title takes four lines here; the details panel has all of it. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.15rem 1rem;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }
  /* The row's status word is a text node beside the icon (no span of its own): the word takes
     the row's colour, the icon the status colour. */
  .meta .status {
    color: var(--_fg);
  }
  .meta .status__icon {
    color: var(--_status-color, var(--_fg));
  }
  .meta__item {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    overflow-wrap: anywhere;
  }
  /* The progress bar is drawn after the words, not a <progress> per row (whose own shadow tree
     is three more boxes); the words say the value, the bar is decoration. */
  .meta__item--progress::after {
    content: '';
    box-sizing: border-box;
    width: 4rem;
    height: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: linear-gradient(to right, var(--_accent) var(--_progress, 0%), var(--_bg) 0);
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
    box-shadow: 0 1px 0 currentColor;
  }

  /* Details panel. */
  .details {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .details--empty {
    color: var(--_muted);
    background: var(--_subtle);
  }
  .details p {
    margin: 0 0 var(--_space-s);
  }
  /* Narrow, selecting scrolls the panel to the top of the window: keep a little room above it. */
  .details {
    scroll-margin-top: var(--_space-m);
  }
  .details__title:focus {
    outline: none;
  }
  .details__title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .details .details__back {
    margin-top: var(--_space-m);
  }
  .details > :last-child {
    margin-bottom: 0;
  }
  .details__title {
    margin: 0 0 var(--_space-s);
    font-size: 1.2em;
    line-height: 1.3;
  }
  .details__subheading {
    margin: var(--_space-m) 0 var(--_space-s);
    font-size: 1em;
  }
  .facts {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  .verdict__text {
    margin: 0.25rem 0 0;
  }
  .indicators {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .indicator {
    display: grid;
    gap: 0.15rem;
    padding: var(--_space-s);
    border-left: 3px solid var(--_border);
    background: var(--_subtle);
  }
  .indicator__title {
    font-weight: 600;
  }
  .indicator__values {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .details a {
    color: var(--_accent);
  }

  /* Embed options (see the class's @attr). */
  .row__description {
    margin-top: 0.15rem;
    max-width: 70ch;
    overflow-wrap: anywhere;
  }
  .goal-tree--static .row {
    min-height: 0;
    padding-inline-start: 0.5rem;
    cursor: auto;
  }
  .goal-tree--static .row:hover {
    background: none;
  }
  .goal-tree--static .title {
    display: block;
    overflow: visible;
  }
  :host([static]) .overview * {
    cursor: auto;
  }
  :host([compact]) .row {
    min-height: 2.25rem;
    padding-block: 0.15rem;
  }
  :host([compact]) .toggle {
    width: 1.6rem;
    height: 1.6rem;
  }

  @media (forced-colors: active) {
    .node[aria-selected='true'] > .row {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .node:focus-visible > .row {
      outline: 3px dashed CanvasText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
    .meta__item--progress::after {
      border-color: CanvasText;
      background: linear-gradient(to right, CanvasText var(--_progress, 0%), Canvas 0);
    }
  }

  @media print {
    .toolbar,
    .details,
    .toggle,
    [role='status'] {
      display: none;
    }
    .layout {
      display: block;
    }
    .row {
      min-height: 0;
      break-inside: avoid;
    }
    .title {
      display: block;
      overflow: visible;
    }
    .node[aria-selected='true'] > .row {
      box-shadow: none;
      background: none;
    }
  }
`;

/**
 * CSS that lit-analyzer's CSS data predates (it flags these as unknown), as a constant string;
 * nothing from outside ever goes in here. Browsers without them get the narrow layout and lay
 * out every row (Chromium 105+, Firefox 125+ and Safari 18+ have them all).
 */
const modernStyles = unsafeCSS(`
  /* The layout follows the element's own width, not the window's. */
  .goal-tree {
    container: goal-tree / inline-size;
  }
  @container goal-tree (min-width: ${WIDE_LAYOUT_REM}rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr);
      align-items: stretch;
    }
    /* The details stay in view while the list scrolls; the overview passes under them. */
    .details {
      position: sticky;
      top: var(--_space-s);
      z-index: 1;
      max-height: calc(100vh - 2 * var(--_space-s));
      overflow: auto;
    }
  }
  /* A phone: every level takes 9 px, not 20, so a long compound word (Föräldrastödsprogram)
     still fits its line five levels down; the level word above each title tells the depth. */
  @container goal-tree (max-width: 30rem) {
    .group {
      margin-inline-start: 0.5rem;
      padding-inline-start: 0;
    }
    .row {
      padding-inline-end: 0.25rem;
    }
    .toggle {
      width: 1.5rem;
    }
  }
  /* In a large tree, branches far off screen are neither laid out nor painted until scrolled
     near (they stay in the DOM, the accessibility tree and find-in-page): 10,000 open rows stay
     fast, and opening one node re-lays out only what is near. Per branch, not per row: the
     browser checks every such element against the viewport in every frame, and 10,000 rows made
     that check cost more than the layout it saved (open/close about 45 -> 30 ms). */
  .tree--large .group {
    content-visibility: auto;
    contain-intrinsic-size: auto 2000px;
  }
  .check input {
    accent-color: var(--_accent);
  }
  @media (forced-colors: active) {
    mark,
    .meta__item--progress::after {
      forced-color-adjust: none;
    }
  }
  @media print {
    .tree--large .group {
      content-visibility: visible;
    }
  }
`);

export const goalTreeStyles = [baseGoalTreeStyles, modernStyles];

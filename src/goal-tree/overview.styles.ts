/**
 * Styles of `<goal-tree>`'s overview picture. Include after the shared base styles
 * (`InsynElement.styles`), which give the colour tokens and the `.status--<status>` colours.
 *
 * Status is told three ways: the icon shape, the word (legend, tooltips, the list) and the
 * colour. Selection and the thread are told by line thickness and style, never by colour alone.
 */
import { css } from 'lit';

export const overviewStyles = css`
  .overview {
    --_cell-line: var(--_bg, #ffffff);
    min-width: 0;
  }
  .overview__summary {
    margin: 0 0 var(--_space-s, 0.5rem);
    font-weight: 600;
  }
  .overview__focus {
    font-weight: 400;
  }
  .overview__legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space-s, 0.5rem);
    padding: 0;
    list-style: none;
    font-size: max(0.875em, 12px);
  }
  .overview__legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend__icon {
    flex: none;
    color: var(--_status-color, var(--_fg, currentColor));
  }
  .legend__more .legend__icon {
    color: var(--_muted, #4f5160);
  }
  .legend__count {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  /* The picture scales with its viewBox: never wider than its natural size, never wider than its box. */
  .overview__chart {
    display: block;
    max-width: 100%;
    height: auto;
    font-size: 12px;
    user-select: none;
    -webkit-tap-highlight-color: transparent;
  }
  .cell {
    cursor: pointer;
  }
  .cell > rect {
    fill: color-mix(in srgb, var(--_status-color, #5f6270) 22%, var(--_bg, #ffffff));
    stroke: var(--_cell-line);
    stroke-width: 2;
  }
  .cell__icon {
    color: var(--_status-color, var(--_fg, #1b1b1f));
    overflow: visible;
  }
  .cell text {
    fill: var(--_fg, #1b1b1f);
  }
  .cell--more > rect {
    fill: var(--_subtle, #f3f4f7);
    stroke: var(--_border, #8a8d99);
    stroke-dasharray: 4 3;
  }
  .cell--more .cell__icon,
  .cell--more text {
    color: var(--_muted, #4f5160);
    fill: var(--_muted, #4f5160);
  }
  /*
   * Strokes run along the cell's edge, and each cell (a nested svg) clips at its edge: half of
   * each stroke shows. The red thread: the selected node's ancestors get a dark 1.5-unit edge.
   */
  .cell--thread > rect {
    stroke: var(--_fg, #1b1b1f);
    stroke-width: 3;
  }
  .cell:hover > rect {
    stroke: var(--_fg, #1b1b1f);
    stroke-width: 5;
  }
  .ring {
    fill: none;
    stroke: var(--_fg, #1b1b1f);
    stroke-width: 4;
    pointer-events: none;
  }
  /* The selected node is inside this cell but too small to draw: a dashed outline. */
  .ring--within {
    stroke-width: 3;
    stroke-dasharray: 6 4;
  }

  /* Nothing moves, so there is nothing to reduce; this keeps it so if transitions are added. */
  @media (prefers-reduced-motion: reduce) {
    .overview * {
      transition: none !important;
      animation: none !important;
    }
  }

  /* Forced colours: system colours only; status stays told by the icon shapes and the words. */
  @media (forced-colors: active) {
    .cell > rect,
    .cell--more > rect {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .cell__icon,
    .legend__icon,
    .legend__more .legend__icon {
      color: CanvasText;
    }
    .cell text,
    .cell--more text {
      fill: CanvasText;
    }
    .cell--thread > rect {
      stroke: CanvasText;
      stroke-width: 3;
    }
    .cell:hover > rect {
      stroke: Highlight;
      stroke-width: 5;
    }
    .ring {
      stroke: Highlight;
    }
  }

  @media print {
    .overview {
      break-inside: avoid;
    }
    .cell {
      cursor: auto;
    }
    .legend__more {
      display: none;
    }
  }
`;

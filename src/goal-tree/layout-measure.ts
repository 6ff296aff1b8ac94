/** The goal tree's widths: the element's (the container query's) and the overview picture's box. */
import { WIDE_LAYOUT_REM } from './goal-tree.styles.js';

export interface LayoutMeasure {
  /** The element's content width in whole px (-1 before it was laid out). */
  readonly width: number;
  /**
   * Narrower than the side-by-side layout (the container query at {@link WIDE_LAYOUT_REM}): the
   * details panel follows the list, so selecting takes the reader to it.
   */
  readonly narrow: boolean;
  /** The overview picture's box in CSS px (undefined until measured): it is drawn at that width. */
  readonly overviewWidth?: number;
  /** The aside did not exist yet: `overviewWidth` is an estimate, to be measured once laid out. */
  readonly asideEstimated: boolean;
}

export const UNMEASURED: LayoutMeasure = { width: -1, narrow: false, asideEstimated: false };

/**
 * Reads the widths; undefined when the element is not laid out (e.g. in a closed tab), so the
 * last measure is kept. Reading layout in `willUpdate` is cheap: it is clean between updates,
 * and the tree does not change its width.
 */
export function measureLayout(host: HTMLElement, aside: HTMLElement | null): LayoutMeasure | undefined {
  const style = getComputedStyle(host);
  const width = host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (!(width > 0)) return undefined;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const narrow = width < WIDE_LAYOUT_REM * rem;
  const asideWidth = aside?.clientWidth;
  return {
    width: Math.round(width),
    narrow,
    // Before the first render of the tree: the aside is the whole width, or its grid column.
    overviewWidth: Math.floor(asideWidth || (narrow ? width : Math.max(18 * rem, (width - rem) * 0.4))),
    asideEstimated: !asideWidth,
  };
}

/** Whether the widths differ from those `last` was measured at (then the element renders again). */
export function layoutChanged(last: LayoutMeasure, width: number, aside: HTMLElement | null): boolean {
  return width !== last.width || (aside !== null && Math.floor(aside.clientWidth) !== last.overviewWidth);
}

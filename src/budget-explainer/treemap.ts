/**
 * Treemap layout for one level of the cost tree, and arrow-key navigation between its cells.
 * Pure: d3-hierarchy computes the rectangles, the element renders them. Only the level shown
 * is laid out (its children), so drilling into a tree of thousands of lines costs one small
 * layout per step.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';

/** What a cell has room for: its name and amount, a number keyed to a legend, or nothing. */
export type CellFit = 'label' | 'number' | 'none';

export interface Cell {
  /** Index in the items given (their order: largest first). */
  readonly index: number;
  readonly id: string;
  /** In the units of the size given (CSS pixels). */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly fit: CellFit;
}

export interface LayoutItem {
  readonly id: string;
  readonly value: number;
  /** The cell's name (bold), to judge whether it fits. */
  readonly label: string;
  /** A second line under the name (the amount), to judge whether it fits. */
  readonly detail?: string;
}

export interface LayoutOptions {
  readonly width: number;
  readonly height: number;
  /** Gap between cells. */
  readonly gap?: number;
  /**
   * The width of a text in the cell's font (bold for the name). Without it, an estimate from an
   * average character width; the element measures with a canvas in the cells' real font.
   */
  readonly measure?: Measure;
  /** Height of a line of cell text. */
  readonly lineHeight?: number;
  /** Padding inside a cell, each side. */
  readonly padding?: number;
}

export type Measure = (text: string, bold: boolean) => number;

/** A rough measure: 8.4 px per bold character, 7.4 per regular one (14 px sans-serif). */
export const averageMeasure: Measure = (text, bold) => text.length * (bold ? 8.4 : 7.4);

/**
 * Lines a text needs in a width, wrapping at spaces, never inside a word: Infinity when its
 * longest word does not fit.
 */
export function linesNeeded(text: string, width: number, measure: (text: string) => number): number {
  const space = measure(' ');
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = measure(word);
    if (w > width) return Infinity;
    const next = used === 0 ? w : used + space + w;
    if (next <= width) used = next;
    else {
      lines++;
      used = w;
    }
  }
  return lines;
}

interface Datum {
  readonly item?: LayoutItem;
  readonly index: number;
  readonly children?: readonly Datum[];
}

/**
 * Lays out items as a squarified treemap in width × height. Items with a value of zero or
 * less get no cell (a treemap cannot draw them; the element lists them apart).
 */
export function layoutLevel(items: readonly LayoutItem[], options: LayoutOptions): Cell[] {
  const { width, height, gap = 2, measure = averageMeasure, lineHeight = 17.5, padding = 9 } = options;
  const bold = (text: string): number => measure(text, true);
  const regular = (text: string): number => measure(text, false);
  if (!(width > 0 && height > 0)) return [];
  const drawn = items
    .map((item, index): Datum => ({ item, index }))
    .filter((d) => d.item!.value > 0 && Number.isFinite(d.item!.value));
  if (drawn.length === 0) return [];
  const root = hierarchy<Datum>({ index: -1, children: drawn }, (d) => d.children)
    .sum((d) => (d.item ? d.item.value : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.data.index - b.data.index);
  treemap<Datum>().size([width, height]).tile(treemapSquarify.ratio(1)).paddingInner(gap).round(true)(root);
  const cells = (root.children ?? []).map((leaf) => {
    const { x0, y0, x1, y1 } = leaf as unknown as { x0: number; y0: number; x1: number; y1: number };
    const w = x1 - x0;
    const h = y1 - y0;
    const item = leaf.data.item!;
    // Room for the whole name (wrapped between words) and the amount; else a number; else nothing.
    const inner = w - 2 * padding;
    const lines =
      linesNeeded(item.label, inner, bold) + (item.detail ? linesNeeded(item.detail, inner, regular) : 0);
    const fit: CellFit =
      lines * lineHeight + 2 * padding <= h ? 'label' : w >= 26 && h >= 22 ? 'number' : 'none';
    return { index: leaf.data.index, id: item.id, x0, y0, x1, y1, fit };
  });
  return cells.sort((a, b) => a.index - b.index);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The cell to move to from `from` in a direction: among the cells that lie that way (their
 * near edge past the current cell's centre), the one nearest by distance along the direction
 * plus twice the sideways offset, so the neighbour in the same row or column wins. Returns
 * `from` when nothing lies that way.
 */
export function neighbour(cells: readonly Cell[], from: number, direction: Direction): number {
  const current = cells[from];
  if (!current) return from;
  const cx = (current.x0 + current.x1) / 2;
  const cy = (current.y0 + current.y1) / 2;
  let best = from;
  let bestScore = Infinity;
  cells.forEach((cell, i) => {
    if (i === from) return;
    let along: number;
    let aside: number;
    const x = (cell.x0 + cell.x1) / 2;
    const y = (cell.y0 + cell.y1) / 2;
    // Sideways: 0 when the cells overlap on the other axis.
    const overlapX = Math.max(0, Math.max(cell.x0 - current.x1, current.x0 - cell.x1));
    const overlapY = Math.max(0, Math.max(cell.y0 - current.y1, current.y0 - cell.y1));
    switch (direction) {
      case 'right':
        if (cell.x0 < current.x1 - 1 || x <= cx) return;
        along = cell.x0 - current.x1;
        aside = overlapY > 0 ? overlapY : Math.abs(y - cy) / 4;
        break;
      case 'left':
        if (cell.x1 > current.x0 + 1 || x >= cx) return;
        along = current.x0 - cell.x1;
        aside = overlapY > 0 ? overlapY : Math.abs(y - cy) / 4;
        break;
      case 'down':
        if (cell.y0 < current.y1 - 1 || y <= cy) return;
        along = cell.y0 - current.y1;
        aside = overlapX > 0 ? overlapX : Math.abs(x - cx) / 4;
        break;
      case 'up':
        if (cell.y1 > current.y0 + 1 || y >= cy) return;
        along = current.y0 - cell.y1;
        aside = overlapX > 0 ? overlapX : Math.abs(x - cx) / 4;
        break;
    }
    const score = along + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * The geometry of `<goal-tree>`'s overview picture: the red thread vision → goals → commitments →
 * activities as a left-to-right icicle (`d3.partition`). Pure: no Lit, no DOM; `overview.ts`
 * renders the result as SVG.
 *
 * Why an icicle, not a tidy tree or a sunburst:
 * - It fills its rectangle. A tidy tree (`d3.tree`) spends most of its area on links and puts
 *   one leaf per row, so 2,000 nodes need 2,000 rows of dots; an icicle gives every node a band
 *   whose height says how much lies under it, at any size.
 * - Its labels run horizontally in rectangles, readable and truncatable; a sunburst's labels
 *   curve or tilt and its inner rings are too small to hit.
 * - Depth reads left to right as the red thread does (vision → … → activity), and top to
 *   bottom in the same order as the list beside it.
 * - It zooms without a second layout: showing a subtree is a change of scale.
 *
 * At scale the picture stays an overview, not a second copy of the list: a node is drawn only
 * when its band is at least `minBand` tall (24 units by default: at the picture's natural size
 * every target is at least 24 × 24 CSS px); the children of a node that do not all fit are drawn
 * as one "more" cell ("+1 249") that stands for them. So the number of cells is bounded by the
 * picture's height (at most about 2 × columns × maxHeight / minBand, whatever the tree's size).
 * When the whole tree does not fit, the picture zooms to the selected node (or its parent when
 * it has no children), with its ancestors as full-height cells to the left: select a node in the
 * list and the picture shows its part of the tree; select an ancestor in the picture to zoom out.
 */
import { hierarchy, partition } from 'd3-hierarchy';
import type { Status } from '../feed/generated/feed-types.js';

export type { Status };

/** One goal as the overview needs it; `children` in the list's order. */
export interface OverviewNode {
  readonly id: string;
  readonly label: string;
  readonly status: Status;
  readonly children: readonly OverviewNode[];
}

/** The statuses in the order summaries list them (the order of src/core/status.ts). */
export const OVERVIEW_STATUSES: readonly Status[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'no-data',
];
const KNOWN_STATUS = new Set<string>(OVERVIEW_STATUSES);

/**
 * The tree flattened in pre-order (the list's reading order), with the partition's breadth
 * coordinates in [0, 1]. Index 0 is a synthetic root above the given roots. Computed once per
 * `nodes` array (see {@link prepareOverview}); layouts for any selection are then cheap.
 */
export interface PreparedOverview {
  /** Number of real nodes (the synthetic root not counted). */
  readonly total: number;
  /** Real nodes per status; unknown status words are counted as `no-data`. */
  readonly counts: Readonly<Record<Status, number>>;
  /** Deepest level, 1 for the roots; 0 for an empty tree. */
  readonly depth: number;
  /** @internal pre-order arrays; index 0 is the synthetic root. */
  readonly nodes: readonly (OverviewNode | null)[];
  readonly statuses: readonly Status[];
  readonly parent: Int32Array;
  readonly level: Int32Array;
  /** Size of the subtree, the node included. Its descendants are the next `size - 1` indices. */
  readonly size: Int32Array;
  /** Leaves under the node (1 for a leaf): what the band's height is proportional to. */
  readonly leaves: Int32Array;
  readonly y0: Float64Array;
  readonly y1: Float64Array;
  /** The first index of each id (duplicate ids select their first occurrence). */
  readonly index: ReadonlyMap<string, number>;
}

export interface OverviewLayoutOptions {
  /** Width of the picture in viewBox units (= CSS px at its natural size). Default 560. */
  readonly width?: number;
  /** Height given to each leaf while the tree fits. Default 28. */
  readonly rowHeight?: number;
  /** Smallest band drawn as its own cell: the smallest target. Default 24. */
  readonly minBand?: number;
  /** Tallest picture, in viewBox units. Default 960. */
  readonly maxHeight?: number;
  /** Most levels drawn side by side. Default 6. */
  readonly maxColumns?: number;
  /** Label font size in viewBox units, for fitting labels. Default 12. */
  readonly fontSize?: number;
}

/** A rectangle of the picture. */
export interface OverviewCell {
  /** `node`: one goal. `more`: stands for the children of `id` that are too many to draw. */
  readonly kind: 'node' | 'more';
  /** The goal's id; for `more`, the id of the node whose children it stands for ('' for the roots). */
  readonly id: string;
  /** The full label (`node`); '' for `more`. */
  readonly label: string;
  /** The label wrapped to the lines that fit in the cell, the last shortened with "…" when needed. */
  readonly lines: readonly string[];
  /** The goal's status (`more`: the status of the node it belongs to). */
  readonly status: Status;
  /** Column, 0 at the left. */
  readonly column: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** `node`: goals in its subtree, itself included. `more`: goals it stands for. */
  readonly count: number;
  /** Drawn as context: an ancestor of the node the picture is zoomed to (or that node itself). */
  readonly context: boolean;
  /** On the path from a root to the selected node (the selected node excluded). */
  readonly thread: boolean;
  /** `self`: the selected node. `within`: the selected node is not drawn, but is inside this cell. */
  readonly selected: 'self' | 'within' | false;
}

export interface OverviewLayout {
  readonly width: number;
  readonly height: number;
  /** In pre-order: the list's order. */
  readonly cells: readonly OverviewCell[];
  /** The node the picture is zoomed to, or undefined when it shows every root. */
  readonly focusId: string | undefined;
  readonly focusLabel: string | undefined;
  /** Goals under the focus, itself included (= total when not zoomed). */
  readonly focusCount: number;
  /** Goals drawn as their own cell. */
  readonly shown: number;
  readonly total: number;
  readonly counts: Readonly<Record<Status, number>>;
}

const DEFAULTS: Required<OverviewLayoutOptions> = {
  width: 560,
  rowHeight: 28,
  minBand: 24,
  maxHeight: 960,
  maxColumns: 6,
  fontSize: 12,
};

/** Coordinates to 1/100 of a unit: short attributes, and equal edges stay equal. */
const round = (v: number): number => Math.round(v * 100) / 100;

/** The most lines a label wraps to in a tall cell. */
const MAX_LINES = 5;

/** Room for the 16-unit status icon and padding before the label. */
const ICON_SPACE = 26;
/** Average advance of a character in system-ui, as a share of the font size (a safe guess). */
const CHAR_WIDTH = 0.58;
/** Distance between the lines of a label, as a share of the font size. */
export const LINE_HEIGHT = 1.25;

/**
 * d3.hierarchy + d3.partition once, flattened to typed arrays. Safe on any object graph: a node
 * reached twice (a cycle or a shared child) is drawn once, at its first place.
 */
export function prepareOverview(roots: readonly OverviewNode[]): PreparedOverview {
  const seen = new Set<OverviewNode>();
  const children = (d: OverviewNode | null): OverviewNode[] => {
    const list: readonly OverviewNode[] =
      d === null ? roots : Array.isArray(d.children) ? (d.children as readonly OverviewNode[]) : [];
    const fresh: OverviewNode[] = [];
    for (const c of list) {
      if (c && typeof c === 'object' && !seen.has(c)) {
        seen.add(c);
        fresh.push(c);
      }
    }
    return fresh;
  };
  const root = partition<OverviewNode | null>().size([1, 1])(
    hierarchy<OverviewNode | null>(null, children).count(),
  );

  const n = seen.size + 1;
  const nodes: (OverviewNode | null)[] = new Array<OverviewNode | null>(n);
  const statuses: Status[] = new Array<Status>(n);
  const parent = new Int32Array(n);
  const level = new Int32Array(n);
  const size = new Int32Array(n);
  const leaves = new Int32Array(n);
  const y0 = new Float64Array(n);
  const y1 = new Float64Array(n);
  const index = new Map<string, number>();
  const counts = Object.fromEntries(OVERVIEW_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const position = new Map<object, number>();
  let depth = 0;
  let i = 0;
  root.eachBefore((h) => {
    const d = h.data;
    nodes[i] = d;
    const status: Status = d && KNOWN_STATUS.has(d.status) ? d.status : 'no-data';
    statuses[i] = status;
    parent[i] = h.parent ? position.get(h.parent)! : -1;
    level[i] = h.depth;
    leaves[i] = h.value ?? 1;
    // d3.partition's x is the breadth axis; here it runs down the picture.
    y0[i] = h.x0;
    y1[i] = h.x1;
    position.set(h, i);
    if (d) {
      counts[status]++;
      if (!index.has(d.id)) index.set(d.id, i);
      if (h.depth > depth) depth = h.depth;
    }
    i++;
  });
  // Pre-order: a subtree is the node and the indices right after it.
  for (let k = n - 1; k >= 0; k--) {
    size[k]! += 1;
    const p = parent[k]!;
    if (p >= 0) size[p]! += size[k]!;
  }
  return { total: n - 1, counts, depth, nodes, statuses, parent, level, size, leaves, y0, y1, index };
}

/**
 * The label wrapped at spaces into at most `maxLines` lines that fit in a cell `width` units
 * wide; a word longer than a line is hyphenated; the last line is filled and ends with "…" when the
 * label does not fit. Counts code points, so å, emoji and surrogate pairs are never split. [] when not even two
 * characters fit. Looks only at the start of a long label: a 2,000-character title costs no more.
 */
export function wrapLabel(label: string, width: number, fontSize: number, maxLines = 1): string[] {
  const room = Math.floor((width - ICON_SPACE - 4) / (fontSize * CHAR_WIDTH));
  if (room < 2 || maxLines < 1) return [];
  const limit = (room + 1) * maxLines + 1;
  const words = label
    .slice(0, 2 * limit)
    .trim()
    .split(/\s+/);
  const lines: string[][] = [];
  let line: string[] = [];
  let rest: string[] = [];
  let w = 0;
  for (; w < words.length && lines.length < maxLines; w++) {
    rest = Array.from(words[w]!);
    while (rest.length > 0 && lines.length < maxLines) {
      if ((line.length > 0 ? line.length + 1 : 0) + rest.length <= room) {
        line = line.length > 0 ? [...line, ' ', ...rest] : rest;
        rest = [];
      } else if (line.length > 0 && lines.length === maxLines - 1 && room - line.length - 1 >= 3) {
        // The last line: fill it with the start of the next word rather than leave it short.
        return finish([...lines, [...line, ' ', ...rest.slice(0, room - line.length - 2)]], room, true);
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
      } else if (lines.length < maxLines - 1) {
        // A word longer than a line goes on over the next, with a hyphen.
        lines.push([...rest.slice(0, room - 1), '-']);
        rest = rest.slice(room - 1);
      } else {
        lines.push(rest.slice(0, room));
        rest = rest.slice(room);
      }
    }
  }
  const more = rest.length > 0 || w < words.length || label.length > 2 * limit;
  if (line.length > 0) {
    if (lines.length < maxLines) lines.push(line);
    else return finish(lines, room, true);
  }
  return finish(lines, room, more);
}

function finish(lines: string[][], room: number, cut: boolean): string[] {
  const out = lines.map((l) => l.join(''));
  if (cut && out.length > 0) {
    const last = lines[lines.length - 1]!;
    out[out.length - 1] = `${(last.length + 1 > room ? last.slice(0, room - 1) : last).join('').trimEnd()}…`;
  }
  return out;
}

/** The children of node `i`, as indices. */
function childrenOf(p: PreparedOverview, i: number): number[] {
  const out: number[] = [];
  const end = i + p.size[i]!;
  for (let j = i + 1; j < end; j += p.size[j]!) out.push(j);
  return out;
}

function maxLevelUnder(p: PreparedOverview, i: number): number {
  let max = p.level[i]!;
  const end = i + p.size[i]!;
  for (let j = i + 1; j < end; j++) if (p.level[j]! > max) max = p.level[j]!;
  return max;
}

/**
 * Positions the cells for one selection. Cheap (it touches only what it draws, plus one pass
 * over the focused subtree for its depth); call {@link prepareOverview} once per tree.
 */
export function layoutOverview(
  p: PreparedOverview,
  selectedId?: string,
  options: OverviewLayoutOptions = {},
): OverviewLayout {
  const o = { ...DEFAULTS, ...options };
  const selected = selectedId === undefined ? -1 : (p.index.get(selectedId) ?? -1);
  const base = {
    width: o.width,
    total: p.total,
    counts: p.counts,
  };
  if (p.total === 0) {
    return {
      ...base,
      height: o.rowHeight,
      cells: [],
      focusId: undefined,
      focusLabel: undefined,
      focusCount: 0,
      shown: 0,
    };
  }

  // Zoom only when the whole tree does not fit.
  const fits = p.leaves[0]! * o.minBand <= o.maxHeight && p.depth <= o.maxColumns;
  let focus = 0;
  if (!fits && selected > 0) focus = p.size[selected]! > 1 ? selected : p.parent[selected]!;

  const height = Math.max(o.rowHeight, Math.min(o.maxHeight, p.leaves[focus]! * o.rowHeight));
  const scale = height / (p.y1[focus]! - p.y0[focus]!);
  const top = p.y0[focus]!;
  const focusLevel = p.level[focus]!;
  let first = 1;
  let last = maxLevelUnder(p, focus);
  if (last - first + 1 > o.maxColumns) {
    first = Math.max(1, focusLevel - 1);
    last = first + o.maxColumns - 1;
  }
  const columnWidth = o.width / (last - first + 1);
  const lineHeight = o.fontSize * LINE_HEIGHT;

  // The thread: the selected node's ancestors.
  const thread = new Set<number>();
  for (let a = selected > 0 ? p.parent[selected]! : -1; a > 0; a = p.parent[a]!) thread.add(a);

  const cells: OverviewCell[] = [];
  const cellOf = new Map<number, number>();
  const moreOf = new Map<number, number>();
  let shown = 0;

  const nodeCell = (i: number, from: number, to: number, context: boolean): void => {
    const y = round(from);
    const h = round(round(to) - y);
    const column = p.level[i]! - first;
    const node = p.nodes[i]!;
    cellOf.set(i, cells.length);
    shown++;
    cells.push({
      kind: 'node',
      id: node.id,
      label: node.label,
      lines:
        h >= o.fontSize + 4
          ? wrapLabel(
              String(node.label),
              columnWidth,
              o.fontSize,
              Math.min(
                MAX_LINES,
                Math.max(1, Math.floor((h - o.rowHeight / 2 - o.fontSize * 0.75) / lineHeight) + 1),
              ),
            )
          : [],
      status: p.statuses[i]!,
      column,
      x: round(column * columnWidth),
      y,
      width: round(columnWidth),
      height: h,
      count: p.size[i]!,
      context,
      thread: thread.has(i),
      selected: i === selected ? 'self' : false,
    });
  };

  // Ancestors of the focus, then the focus, as full-height context.
  const context: number[] = [];
  for (let a = focus; a > 0; a = p.parent[a]!) context.unshift(a);
  for (const a of context) if (p.level[a]! >= first) nodeCell(a, 0, height, true);

  // The focus's subtree, depth first in the list's order. Bounded: at most `maxColumns` levels.
  const visit = (i: number): void => {
    const kids = childrenOf(p, i);
    if (kids.length === 0) return;
    const childLevel = p.level[i]! + 1;
    if (childLevel > last) return;
    const tooThin = kids.some((k) => (p.y1[k]! - p.y0[k]!) * scale < o.minBand);
    if (tooThin) {
      const column = childLevel - first;
      moreOf.set(i, cells.length);
      cells.push({
        kind: 'more',
        id: p.nodes[i]?.id ?? '',
        label: '',
        lines: [],
        status: p.statuses[i]!,
        column,
        x: round(column * columnWidth),
        y: round((p.y0[i]! - top) * scale),
        width: round(columnWidth),
        height: round(round((p.y1[i]! - top) * scale) - round((p.y0[i]! - top) * scale)),
        count: p.size[i]! - 1,
        context: false,
        thread: false,
        selected: false,
      });
      return;
    }
    for (const k of kids) {
      nodeCell(k, (p.y0[k]! - top) * scale, (p.y1[k]! - top) * scale, false);
      visit(k);
    }
  };
  visit(focus);

  // The selected node not drawn: mark the cell it is inside (a "more" cell, or the last drawn level).
  if (selected > 0 && !cellOf.has(selected)) {
    for (let a = p.parent[selected]!; a >= 0; a = p.parent[a]!) {
      const at = moreOf.get(a) ?? cellOf.get(a);
      if (at !== undefined) {
        cells[at] = { ...cells[at]!, selected: 'within' };
        break;
      }
    }
  }

  const focusNode = p.nodes[focus];
  return {
    ...base,
    height,
    cells,
    focusId: focusNode?.id,
    focusLabel: focusNode?.label,
    focusCount: focus === 0 ? p.total : p.size[focus]!,
    shown,
  };
}

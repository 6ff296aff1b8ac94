/**
 * Keyboard patterns shared by the elements' composite widgets (WAI-ARIA practices): one tab stop
 * per widget with arrow keys inside it (roving tabindex: budget tabs and treemap, the goal tree's
 * rows, a chart's points), and type-ahead (letters jump to the next item starting with them).
 * Pure, apart from the clock that `TypeAheadBuffer` is given.
 */
import { fold } from './text-search.js';
import type { Lang } from './locale.js';

export interface ListKeyOptions {
  /** Which arrows move: left/right, up/down or both (a tab list takes both). */
  orientation: 'horizontal' | 'vertical' | 'both';
  /** Past the last item to the first and back (tabs), or stop at the ends (a tree's rows). */
  wrap: boolean;
}

/**
 * Where an arrow, Home or End key moves the focus in a list of `count` items from index `at`:
 * the new index, or undefined when the key is not one of them (let it through) or the list is
 * empty. At an end without `wrap` the index stays; the caller still prevents the key's default.
 */
export function listKeyTarget(
  key: string,
  at: number,
  count: number,
  options: ListKeyOptions,
): number | undefined {
  if (count <= 0) return undefined;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const { orientation, wrap } = options;
  const back =
    (key === 'ArrowLeft' && orientation !== 'vertical') ||
    (key === 'ArrowUp' && orientation !== 'horizontal');
  const forward =
    (key === 'ArrowRight' && orientation !== 'vertical') ||
    (key === 'ArrowDown' && orientation !== 'horizontal');
  if (!back && !forward) return undefined;
  const next = at + (forward ? 1 : -1);
  if (wrap) return (next + count) % count;
  return Math.min(Math.max(next, 0), count - 1);
}

/** Letters typed within this many ms of each other make one search string. */
export const TYPE_AHEAD_MS = 500;

/** The letters a reader typed in a row; a pause, or any other key (`reset`), starts anew. */
export class TypeAheadBuffer {
  private typed = '';
  private at = -Infinity;

  constructor(private readonly pauseMs = TYPE_AHEAD_MS) {}

  /** Adds a letter and returns the whole string typed so far. */
  push(char: string, now: number = performance.now()): string {
    this.typed = now - this.at > this.pauseMs ? char : this.typed + char;
    this.at = now;
    return this.typed;
  }

  reset(): void {
    this.typed = '';
  }
}

/**
 * Type-ahead: the next item (after `from`, wrapping) whose label starts with `typed`, compared
 * folded (case-insensitive; å ä ö are letters of their own in Swedish). A string of one letter
 * repeated ("sss") cycles through the labels starting with that letter. -1 when none.
 */
export function typeAheadIndex(
  count: number,
  labelAt: (index: number) => string,
  from: number,
  typed: string,
  lang: Lang,
): number {
  const folded = fold(typed, lang);
  if (!folded || count === 0) return -1;
  const chars = [...folded];
  const repeated = chars.length > 1 && chars.every((c) => c === chars[0]);
  const prefix = repeated ? chars[0]! : folded;
  // A new or repeated letter moves on; a longer prefix may stay on the current item.
  const first = repeated || chars.length === 1 ? from + 1 : from;
  for (let step = 0; step < count; step++) {
    const i = (((first + step) % count) + count) % count;
    // Only the label's start is folded: long titles in a 10,000-row tree stay cheap.
    if (fold(labelAt(i).slice(0, prefix.length * 2 + 8), lang).startsWith(prefix)) return i;
  }
  return -1;
}

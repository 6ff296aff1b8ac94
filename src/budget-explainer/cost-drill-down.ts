import type { ReactiveControllerHost } from 'lit';
import { Announcer } from '../core/announcer.js';
import { formatAmount } from '../core/format.js';
import type { Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { inSentence, nodeAt, pathOf, subAreas, type ItemNode } from './model.js';
import { layoutLevel, neighbour, type Cell, type Direction, type Measure } from './treemap.js';
import type { BudgetModel, BudgetTextSet } from './types.js';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** How the costs are shown: the treemap, or the bar list. */
export type CostView = 'chart' | 'list';

export interface DrillDownOptions {
  /** What the host shows now: the model, its texts and language, and the chart or the list. */
  context: () => { model?: BudgetModel; t: BudgetTextSet; lang: Lang; view: CostView };
  /** A cost area was opened (it has sub-areas) or picked (it has none). */
  onSelect: (node: ItemNode) => void;
}

const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The treemap is square on narrow screens and wider than tall elsewhere. */
export function mapHeight(width: number): number {
  return Math.round(width < 480 ? width : Math.min(width * 0.5625, 440));
}

/**
 * Where the resident is in the cost tree: the level shown (a path of ids), the area picked on it,
 * the treemap cell in the tab order (roving tabindex) and the cells' layout. Opening and leaving
 * a level moves the focus and is announced (the text of `announcer`, rendered by the costs view).
 * Changes ask the host to update; it needs no lifecycle of its own (its announcer has one).
 */
export class CostDrillDown {
  /** Ids from the top level to the cost area shown. */
  path: readonly string[] = [];
  /** A cost area without sub-areas that the resident picked (its details are shown). */
  picked?: string;
  /** The treemap cell in the tab order. */
  activeCell = 0;
  /** The treemap's cells for the level shown, and the size they were laid out in. */
  cells: readonly Cell[] = [];
  size = { width: 0, height: 0 };
  /** Said by screen readers after a drill-down or a step back. */
  readonly announcer: Announcer;

  /** What the cells were last laid out for; the layout is redone only when it changes. */
  private layoutKey?: unknown[];
  private canvas?: CanvasRenderingContext2D | null;

  constructor(
    private readonly host: Host,
    private readonly options: DrillDownOptions,
  ) {
    this.announcer = new Announcer(host);
  }

  /** A new tree (another feed, year or language): keeps the level if it is still there. */
  restore(costs: ItemNode): void {
    const node = nodeAt(costs, this.path);
    this.path = pathOf(node);
    if (this.picked && !node.children?.some((c) => c.data.id === this.picked)) this.picked = undefined;
  }

  /** Lays out the level shown, when it, the width or the cells' font changed (call in willUpdate). */
  layout(model: BudgetModel, width: number, font: string | undefined): void {
    const level = nodeAt(model.costs, this.path);
    const key = [level, width, font];
    if (!this.layoutKey || key.some((part, i) => part !== this.layoutKey![i])) {
      this.layoutKey = key;
      this.size = { width, height: mapHeight(width) };
      this.cells = layoutLevel(
        (level.children ?? []).map((n) => ({
          id: n.data.id,
          value: n.value ?? 0,
          label: n.data.title,
          detail: formatAmount(n.value ?? 0, model.unit, model.lang),
        })),
        { ...this.size, measure: this.textWidth(font) },
      );
    }
    if (this.activeCell >= this.cells.length) this.activeCell = 0;
  }

  /** Opens an area with sub-areas, or picks one without; the host is told either way. */
  readonly select = (node: ItemNode): void => {
    const { t, lang } = this.options.context();
    if ((node.children?.length ?? 0) > 0) {
      this.path = pathOf(node);
      this.picked = undefined;
      this.activeCell = 0;
      this.announcer.announce(
        fill(t.drilled, {
          area: inSentence(node.data.title),
          count: subAreas(node.children!.length, t, lang),
        }),
      );
      void this.focusLevel();
    } else {
      this.picked = node.data.id;
    }
    this.host.requestUpdate();
    this.options.onSelect(node);
  };

  /** Back up to a level (a prefix of the path), with focus on the area we came from. */
  readonly goTo = (depth: number): void => {
    const { model, t, lang } = this.options.context();
    if (!model || depth >= this.path.length) return;
    const from = this.path[depth]!;
    this.path = this.path.slice(0, depth);
    this.picked = undefined;
    const level = nodeAt(model.costs, this.path);
    this.activeCell = Math.max(0, level.children?.findIndex((c) => c.data.id === from) ?? 0);
    this.announcer.announce(
      fill(t.drilled, {
        area: level.depth === 0 ? t.allAreasInSentence : inSentence(level.data.title),
        count: subAreas(level.children?.length ?? 0, t, lang),
      }),
    );
    this.host.requestUpdate();
    void this.focusLevel(from);
  };

  readonly focusCell = (index: number): void => {
    if (index === this.activeCell) return;
    this.activeCell = index;
    this.host.requestUpdate();
  };

  /** Arrows move between the treemap's cells by where they are; Home and End to the ends. */
  readonly handleMapKey = (event: KeyboardEvent): void => {
    const count = this.cells.length;
    let next = this.activeCell;
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) next = neighbour(this.cells, this.activeCell, direction);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else return this.handleLevelKey(event);
    event.preventDefault();
    if (next !== this.activeCell && next >= 0) {
      this.activeCell = next;
      this.host.requestUpdate();
      void this.focusLevel();
    }
  };

  /** Escape or Backspace goes up a level, in the treemap and in the list. */
  readonly handleLevelKey = (event: KeyboardEvent): void => {
    if ((event.key === 'Escape' || event.key === 'Backspace') && this.path.length > 0) {
      event.preventDefault();
      this.goTo(this.path.length - 1);
    }
  };

  /** After an update, focus the active treemap cell, or the list row of `id` (else the first). */
  private async focusLevel(id?: string): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const target =
      this.options.context().view === 'chart'
        ? root.querySelector<HTMLElement>('.cell button[tabindex="0"]')
        : (root.querySelector<HTMLElement>(`.bars--costs button[data-id="${CSS.escape(id ?? '')}"]`) ??
          root.querySelector<HTMLElement>('.bars--costs button'));
    target?.focus();
  }

  /** Measures cell text in the cells' own font with a canvas; undefined until that font is known. */
  private textWidth(font: string | undefined): Measure | undefined {
    if (!font) return undefined;
    this.canvas ??= document.createElement('canvas').getContext('2d');
    const context = this.canvas;
    if (!context) return undefined;
    return (text, bold) => {
      context.font = `${bold ? 600 : 400} ${font}`;
      return context.measureText(text).width;
    };
  }
}

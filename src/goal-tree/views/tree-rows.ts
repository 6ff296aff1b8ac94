/**
 * The tree: one row per shown goal, nested lists for the open ones. Interactive, a WAI-ARIA tree
 * view (roles, states, one tab stop); `static`, plain nested lists with each goal's description.
 */
import { html, noChange, nothing, render, type TemplateResult } from 'lit';
import { directive, Directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Lang } from '../../core/locale.js';
import { renderStatusIcon, STATUS_ICONS, statusLabel, type Status } from '../../core/status.js';
import { splitByRanges } from '../../core/text-search.js';
import { highlightRanges, type FilterResult, type GoalNode } from '../model.js';
import type { GoalTreeTexts, RowText } from '../types.js';
import { orphanText, rowTextOf, verdictHeading } from './wording.js';

/** The rows' state (the element's `TreeState`): open nodes, tab stop and what must render again. */
export interface TreeRowsState {
  readonly tops: readonly GoalNode[];
  /** Many rows are open: off-screen rows skip layout (see the styles). */
  readonly large: boolean;
  /** The key of the row with tabindex="0". */
  readonly tabKey: number;
  /** Bumped when every row must render again. */
  readonly epoch: number;
  /** Per node key: bumped when something in the node's row or subtree changes. */
  readonly revisions: Uint32Array;
  /** The rows' words by node key, filled as rows render (emptied with a new model, language or texts). */
  readonly rowTexts: (RowText | undefined)[];
  /** The children shown under the filter. */
  kidsOf(node: GoalNode): readonly GoalNode[];
  isOpen(node: GoalNode): boolean;
}

export interface TreeRowsContext {
  readonly state: TreeRowsState;
  readonly filter: FilterResult;
  readonly t: GoalTreeTexts;
  readonly lang: Lang;
  /** A tree view (false for `static`: no roles, states, tab stop or handlers). */
  readonly interactive: boolean;
  readonly selected: string | undefined;
  readonly onClick?: (event: MouseEvent) => void;
  readonly onKeydown?: (event: KeyboardEvent) => void;
  readonly onFocusIn?: (event: FocusEvent) => void;
  readonly onClearFilters?: () => void;
}

export function renderTree(ctx: TreeRowsContext): TemplateResult {
  const { t, filter } = ctx;
  const state = ctx.state;
  if (!state.tops.length) {
    if (!ctx.interactive) return html`<p class="none">${t.nothingShown}</p>`;
    return html`<p class="none">
      ${filter.active ? t.noMatches : t.nothingShown}
      ${
        filter.active
          ? html`<button type="button" class="button" @click=${ctx.onClearFilters}>${t.clearFilters}</button>`
          : nothing
      }
    </p>`;
  }
  const rows = treeRows(ctx);
  const className = state.large ? 'tree tree--large' : 'tree';
  if (!ctx.interactive) {
    return html`<ul class=${className} part="tree" aria-label=${t.treeLabel} ${rows}></ul>`;
  }
  return html`<ul
    class=${className}
    part="tree"
    role="tree"
    aria-label=${t.treeLabel}
    @click=${ctx.onClick}
    @keydown=${ctx.onKeydown}
    @focusin=${ctx.onFocusIn}
    ${rows}
  ></ul>`;
}

/** A list of rows (the tree, or an open goal's group) and its items by node key. */
interface RowList {
  readonly list: HTMLUListElement;
  readonly items: Map<number, RowItem>;
}

/** A goal's list item and what it was last rendered from. */
interface RowItem {
  readonly item: HTMLLIElement;
  row?: HTMLElement;
  group?: RowList;
  epoch: number;
  revision: number;
  index: number;
}

/**
 * The tree's rows, built with the DOM rather than a Lit template per row: templates (and the
 * keyed, guarded list Lit made of them) kept about twenty parts and a dozen comment markers alive
 * per goal, most of the memory of an open 10,000-goal tree. Lit renders the tree's list; this
 * fills it.
 */
class TreeRows extends Directive {
  private rows?: RowList;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error("treeRows() goes on the tree's list element.");
  }

  render(_ctx: TreeRowsContext): unknown {
    return noChange;
  }

  override update(part: ElementPart, [ctx]: Parameters<this['render']>): unknown {
    this.rows ??= { list: part.element as HTMLUListElement, items: new Map() };
    renderRows(ctx, this.rows, ctx.state.tops);
    return noChange;
  }
}

const treeRows = directive(TreeRows);

/**
 * Puts the items of `nodes` in `rows`, in order, and renders those whose revision, position or
 * the global epoch changed, so opening one node in a 10,000-node tree touches only the path to it
 * and its siblings. `nodes` keep the feed's order (a filter only leaves some out).
 */
function renderRows(ctx: TreeRowsContext, rows: RowList, nodes: readonly GoalNode[]): void {
  const { epoch, revisions } = ctx.state;
  const { list, items } = rows;
  const shown = new Set<number>();
  let next: ChildNode | null = list.firstChild;
  nodes.forEach((node, index) => {
    let entry = items.get(node.key);
    if (!entry) {
      entry = { item: newItem(node, ctx.interactive), epoch: -1, revision: -1, index: -1 };
      items.set(node.key, entry);
    }
    const revision = revisions[node.key] ?? 0;
    if (entry.epoch !== epoch || entry.revision !== revision || entry.index !== index) {
      renderItem(ctx, entry, node, index, nodes);
      [entry.epoch, entry.revision, entry.index] = [epoch, revision, index];
    }
    if (entry.item === next) next = next.nextSibling;
    else list.insertBefore(entry.item, next);
    shown.add(node.key);
  });
  for (const [key, entry] of items) {
    if (shown.has(key)) continue;
    entry.item.remove();
    items.delete(key);
  }
}

function newItem(node: GoalNode, tree: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'node';
  item.id = `node-${node.key}`;
  item.dataset.key = String(node.key);
  if (tree) item.setAttribute('role', 'treeitem');
  return item;
}

/** Sets the item's states, builds its row again and fills or drops its group. */
function renderItem(
  ctx: TreeRowsContext,
  entry: RowItem,
  node: GoalNode,
  index: number,
  siblings: readonly GoalNode[],
): void {
  const { state } = ctx;
  const tree = ctx.interactive;
  const { item } = entry;
  const kids = state.kidsOf(node);
  const open = kids.length > 0 && state.isOpen(node);
  // Static: a plain list item (no tree-view roles, states or tab stop), its description shown.
  if (tree) {
    setAttr(item, 'aria-level', String(node.depth + 1));
    setAttr(item, 'aria-setsize', String(siblings.length));
    setAttr(item, 'aria-posinset', String(index + 1));
    setAttr(item, 'aria-expanded', kids.length ? String(open) : undefined);
    setAttr(item, 'aria-selected', String(node.id === ctx.selected));
    setAttr(item, 'tabindex', node.key === state.tabKey ? '0' : '-1');
  }
  const row = buildRow(ctx, node, tree);
  if (entry.row) entry.row.replaceWith(row);
  else item.prepend(row);
  entry.row = row;
  if (open) {
    if (!entry.group) {
      const list = document.createElement('ul');
      list.className = 'group';
      if (tree) list.setAttribute('role', 'group');
      item.append(list);
      entry.group = { list, items: new Map() };
    }
    renderRows(ctx, entry.group, kids);
  } else if (entry.group) {
    entry.group.list.remove();
    entry.group = undefined;
  }
}

function setAttr(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  return el;
}

/** Text with the search matches in <mark> (text nodes only, never HTML). */
function appendHighlighted(parent: Element, value: string, filter: FilterResult, lang: Lang): void {
  const ranges = filter.query ? highlightRanges(value, filter, lang) : [];
  if (!ranges.length) {
    if (value) parent.append(value);
    return;
  }
  for (const part of splitByRanges(value, ranges))
    parent.append(part.match ? element('mark', '', part.text) : part.text);
}

/** The status icons as elements, cloned for each row (made once from the shared shapes). */
const iconElements = new Map<Status, SVGSVGElement>();

function iconOf(status: Status): Node {
  let icon = iconElements.get(status);
  if (!icon) {
    const box = document.createElement('div');
    render(renderStatusIcon(STATUS_ICONS[status]), box);
    icon = box.querySelector('svg')!;
    // Lit's markers are not needed in a copy that Lit never updates.
    for (const marker of [...icon.childNodes]) if (marker.nodeType === Node.COMMENT_NODE) marker.remove();
    iconElements.set(status, icon);
  }
  return icon.cloneNode(true);
}

/** Icon + word, as `renderStatus` draws it (core/status.ts). */
function badge(status: Status, t: GoalTreeTexts): HTMLElement {
  const el = element('span', `status status--${status}`);
  el.setAttribute('part', 'status');
  // The word without a span of its own: the row's styles colour the icon, not the word.
  el.append(iconOf(status), statusLabel(status, t));
  return el;
}

/**
 * The row of a goal: toggle (tree view only), title, level above it, then status, owner,
 * period, progress and roll-up (those it has).
 */
function buildRow(ctx: TreeRowsContext, node: GoalNode, tree: boolean): HTMLElement {
  const { t, lang, filter, state } = ctx;
  const text = (state.rowTexts[node.key] ??= rowTextOf(node, t, lang));
  const row = element('div', 'row');
  row.setAttribute('part', 'node');
  if (tree) {
    const toggle = element('span', 'toggle');
    toggle.setAttribute('aria-hidden', 'true');
    row.append(toggle);
  }
  const body = element('span', 'row__body');
  const title = element('span', 'title');
  appendHighlighted(title, node.title, filter, lang);
  const level = element('span', 'level', text.level);
  if (node.orphan) level.append(' ', element('span', 'flag', orphanText(node, t)));
  const meta = element('span', 'meta');
  if (node.verdictDiffers) {
    const verdict = node.verdict!;
    const reported = element('span', 'meta__item', `${t.statusLabel}: `);
    reported.append(badge(node.status, t));
    const written = element('span', 'meta__item', `${verdictHeading(verdict, t, lang)}: `);
    written.append(badge(verdict.status, t));
    meta.append(reported, written);
  } else meta.append(badge(node.status, t));
  // Only the items the goal has: most of 10,000 goals have no roll-up, many no progress.
  if (node.owner) {
    const owner = element('span', 'meta__item');
    appendHighlighted(owner, node.owner.name, filter, lang);
    meta.append(owner);
  }
  if (text.period) meta.append(element('span', 'meta__item', text.period));
  if (text.progress) {
    const progress = element('span', 'meta__item meta__item--progress', text.progress);
    // A custom property set through the CSSOM (not a style attribute): no CSP rule needed.
    progress.style.setProperty('--_progress', `${node.progress}%`);
    meta.append(progress);
  }
  if (text.rollup) meta.append(element('span', 'meta__item', text.rollup));
  body.append(title, level, meta);
  if (!tree && node.description) body.append(element('span', 'row__description', node.description));
  row.append(body);
  return row;
}

/**
 * The tree: one row per shown goal, nested lists for the open ones. Interactive, a WAI-ARIA tree
 * view (roles, states, one tab stop); `static`, plain nested lists with each goal's description.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Lang } from '../../core/locale.js';
import { renderStatus } from '../../core/status.js';
import type { FilterResult, GoalNode } from '../model.js';
import type { GoalTreeTexts, RowText } from '../types.js';
import { highlighted, orphanText, rowTextOf, verdictHeading } from './wording.js';

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

const keyOf = (node: GoalNode): number => node.key;

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
  const rows = renderRows(ctx, state.tops);
  const className = state.large ? 'tree tree--large' : 'tree';
  if (!ctx.interactive) {
    return html`<ul class=${className} part="tree" aria-label=${t.treeLabel}>
      ${rows}
    </ul>`;
  }
  return html`<ul
    class=${className}
    part="tree"
    role="tree"
    aria-label=${t.treeLabel}
    @click=${ctx.onClick}
    @keydown=${ctx.onKeydown}
    @focusin=${ctx.onFocusIn}
  >
    ${rows}
  </ul>`;
}

/**
 * The rows of `nodes` and, when open, their children. Each is guarded: a subtree whose
 * revision, position and the global epoch are unchanged is not rendered again, so opening one
 * node in a 10,000-node tree touches only the path to it and its siblings.
 */
function renderRows(ctx: TreeRowsContext, nodes: readonly GoalNode[]): unknown {
  const renderNode = (node: GoalNode, index: number): unknown =>
    guard([ctx.state.epoch, ctx.state.revisions[node.key], index], () => renderItem(ctx, node, index, nodes));
  return repeat(nodes, keyOf, renderNode);
}

function renderItem(
  ctx: TreeRowsContext,
  node: GoalNode,
  index: number,
  siblings: readonly GoalNode[],
): TemplateResult {
  const { t, lang, filter, state } = ctx;
  const kids = state.kidsOf(node);
  const open = kids.length > 0 && state.isOpen(node);
  const text = (state.rowTexts[node.key] ??= rowTextOf(node, t, lang));
  const k = node.key;
  // Static: a plain list item (no tree-view roles, states or tab stop), its description shown.
  const tree = ctx.interactive;
  const description = tree ? undefined : node.description;
  return html`<li
    role=${ifDefined(tree ? 'treeitem' : undefined)}
    class="node"
    id="node-${k}"
    data-key=${k}
    aria-level=${ifDefined(tree ? node.depth + 1 : undefined)}
    aria-setsize=${ifDefined(tree ? siblings.length : undefined)}
    aria-posinset=${ifDefined(tree ? index + 1 : undefined)}
    aria-expanded=${ifDefined(tree && kids.length ? (open ? 'true' : 'false') : undefined)}
    aria-selected=${ifDefined(tree ? (node.id === ctx.selected ? 'true' : 'false') : undefined)}
    tabindex=${ifDefined(tree ? (k === state.tabKey ? 0 : -1) : undefined)}
  >
    <div class="row" part="node">
      ${tree ? html`<span class="toggle" aria-hidden="true"></span>` : nothing}
      <span class="row__body">
        <span class="title">${highlighted(node.title, filter, lang)}</span>
        <span class="level"
          >${text.level}${node.orphan ? html` <span class="flag">${orphanText(node, t)}</span>` : nothing}</span
        >
        <span class="meta"
          >${node.verdictDiffers ? renderVerdictPair(node, t, lang) : renderStatus(node.status, t)}<span
            class="meta__item"
            >${node.owner ? highlighted(node.owner.name, filter, lang) : nothing}</span
          ><span class="meta__item">${text.period || nothing}</span>${
            node.progress === undefined
              ? nothing
              : html`<span class="meta__item"
                  >${text.progress}<progress aria-hidden="true" max="100" .value=${node.progress}></progress
                ></span>`
          }<span class="meta__item">${text.rollup || nothing}</span></span
        >${description ? html`<span class="row__description">${description}</span>` : nothing}
      </span>
    </div>
    ${
      open
        ? html`<ul role=${ifDefined(tree ? 'group' : undefined)} class="group">
            ${renderRows(ctx, kids)}
          </ul>`
        : nothing
    }
  </li>`;
}

/** Status and a verdict that differs from it, both labelled. */
function renderVerdictPair(node: GoalNode, t: GoalTreeTexts, lang: Lang): TemplateResult {
  const verdict = node.verdict!;
  return html`<span class="meta__item">${t.statusLabel}: ${renderStatus(node.status, t)}</span
    ><span class="meta__item">${verdictHeading(verdict, t, lang)}: ${renderStatus(verdict.status, t)}</span>`;
}

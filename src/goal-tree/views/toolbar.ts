/** The toolbar above the tree: search, the filters (with counts per choice) and the buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Status } from '../../feed/generated/feed-types.js';
import { renderStatus, STATUSES } from '../../core/status.js';
import { fill } from '../../core/texts.js';
import { LEVEL_TEXT_KEY } from '../../feed/level-words.js';
import { GOAL_LEVELS, type FilterResult, type GoalLevel, type GoalTreeModel } from '../model.js';
import type { GoalTreeTexts, TreeFilters } from '../types.js';

export interface ToolbarContext {
  readonly model: GoalTreeModel;
  readonly filter: FilterResult;
  readonly filters: TreeFilters;
  readonly t: GoalTreeTexts;
  /** A filter or the search changed: the whole of what the reader chose now. */
  readonly onFilters: (changes: Partial<TreeFilters>) => void;
  readonly onExpandAll: () => void;
  readonly onCollapseAll: () => void;
  readonly onClearFilters: () => void;
}

export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const { model, filter, filters, t } = ctx;
  const active = filters.statuses.length + (filters.owner ? 1 : 0) + (filters.level ? 1 : 0);
  const owners = model.units.filter((unit) => (model.ownerTotals.get(unit.id) ?? 0) > 0);
  const levels = GOAL_LEVELS.filter((level) => model.nodes.some((node) => node.level === level));
  const optionText = (label: string, count: number): string => fill(t.optionCount, { label, count });
  const handleSearch = (event: InputEvent): void =>
    ctx.onFilters({ query: (event.target as HTMLInputElement).value });
  const handleStatusChange = (event: Event): void => {
    const boxes = (event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input:checked');
    ctx.onFilters({ statuses: [...boxes].map((box) => box.value as Status) });
  };
  const handleOwnerChange = (event: Event): void =>
    ctx.onFilters({ owner: (event.target as HTMLSelectElement).value });
  const handleLevelChange = (event: Event): void =>
    ctx.onFilters({ level: (event.target as HTMLSelectElement).value as GoalLevel | '' });
  return html`<div class="toolbar" part="toolbar">
    <div class="search">
      <label for="search">${t.search}</label>
      <input id="search" type="search" autocomplete="off" .value=${filters.query} @input=${handleSearch} />
    </div>
    <details class="filters">
      <summary>${active ? fill(t.filtersActive, { count: active }) : t.filters}</summary>
      <div class="filters__body">
        <fieldset class="statuses" @change=${handleStatusChange}>
          <legend>${t.filterStatus}</legend>
          ${STATUSES.map(
            (status) =>
              html`<label class="check">
                <input type="checkbox" value=${status} .checked=${filters.statuses.includes(status)} />
                ${renderStatus(status, t)}
                <span class="check__count">(${filter.facets.status[status]})</span>
              </label>`,
          )}
        </fieldset>
        <div class="field">
          <label for="owner">${t.filterOwner}</label>
          <select id="owner" @change=${handleOwnerChange}>
            <option value="" ?selected=${!filters.owner}>${t.allOwners}</option>
            ${owners.map(
              (unit) =>
                html`<option value=${unit.id} ?selected=${unit.id === filters.owner}>
                  ${optionText(unit.name, filter.facets.owner.get(unit.id) ?? 0)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="level">${t.filterLevel}</label>
          <select id="level" @change=${handleLevelChange}>
            <option value="" ?selected=${!filters.level}>${t.allLevels}</option>
            ${levels.map(
              (level) =>
                html`<option value=${level} ?selected=${level === filters.level}>
                  ${optionText(t[LEVEL_TEXT_KEY[level]], filter.facets.level[level])}
                </option>`,
            )}
          </select>
        </div>
      </div>
    </details>
    <div class="actions">
      <button type="button" class="button" @click=${ctx.onExpandAll}>${t.expandAll}</button>
      <button type="button" class="button" @click=${ctx.onCollapseAll}>${t.collapseAll}</button>
      ${
        filter.active
          ? html`<button type="button" class="button" @click=${ctx.onClearFilters}>${t.clearFilters}</button>`
          : nothing
      }
    </div>
  </div>`;
}

/** The data table behind every chart, and the scroll box of a table wider than the element. */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../../core/texts.js';
import type { ViewContext } from '../types.js';

/** A data table behind a disclosure (open under `static`): caption, column heads, rows whose first cell is the row head. */
export function dataTable(
  ctx: ViewContext,
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  foot?: readonly string[],
): TemplateResult {
  const row = (cells: readonly string[]): TemplateResult =>
    html`<tr>
      <th scope="row">${cells[0]}</th>
      ${cells.slice(1).map((c) => html`<td>${c}</td>`)}
    </tr>`;
  const table = html`<div class="table__scroll">
    <table part="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(row)}
      </tbody>
      ${
        foot
          ? html`<tfoot>
              ${row(foot)}
            </tfoot>`
          : nothing
      }
    </table>
  </div>`;
  // Static: open, with no disclosure to operate.
  if (ctx.isStatic) return html`<div class="table">${table}</div>`;
  return html`<details class="table">
    <summary>${fill(ctx.t.tableSummary, { caption })}</summary>
    ${table}
  </details>`;
}

/**
 * A table wider than the element (many columns on a phone) scrolls inside its own box. That
 * box is then a named region in the tab order, so it can be scrolled from the keyboard and a
 * screen reader says what it holds; a table that fits gets no extra tab stop.
 */
export function markScrollingTables(root: ParentNode): void {
  for (const box of root.querySelectorAll<HTMLElement>('.table__scroll')) {
    if (box.scrollWidth > box.clientWidth + 1) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', (box.querySelector('caption')?.textContent ?? '').trim());
    } else if (box.hasAttribute('tabindex')) {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }
}

/**
 * A tiny HTML builder for the fallback: elements as data, written out with two-space indents,
 * one block per line, so the output is readable when pasted into a CMS and identical for the
 * same input. Text and attribute values are escaped when written; attribute names and tags come
 * from this code only. Pure.
 */
import { escapeAttribute, escapeText } from './escape.js';

/** An attribute value: a string, `true` for a bare attribute, or false/undefined to leave it out. */
export type AttributeValue = string | number | boolean | undefined;

export interface HtmlElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly children: readonly HtmlNode[];
}

/** An element, or plain text (escaped when written). */
export type HtmlNode = HtmlElement | string;

/** Elements without an end tag. */
const VOID = new Set(['br', 'input']);
/** Elements whose content is written on one line, however much it holds. */
const INLINE = new Set(['a', 'strong', 'span', 'label', 'br', 'textarea', 'button']);

/** An element: `h('a', { href }, 'text')`; children that are null/false/undefined are dropped. */
export function h(
  tag: string,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: (HtmlNode | null | undefined | false | readonly (HtmlNode | null | undefined | false)[])[]
): HtmlElement {
  const flat: HtmlNode[] = [];
  for (const child of children.flat())
    if (child !== null && child !== undefined && child !== false) flat.push(child);
  return { tag, attributes, children: flat };
}

function attributesOf(attributes: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return out;
}

/** Whether a node is written on the line it starts on. */
function inline(node: HtmlNode): boolean {
  return typeof node === 'string' || INLINE.has(node.tag);
}

function writeInline(node: HtmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const open = `<${node.tag}${attributesOf(node.attributes)}>`;
  if (VOID.has(node.tag)) return open;
  return `${open}${node.children.map(writeInline).join('')}</${node.tag}>`;
}

function write(node: HtmlNode, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  if (typeof node === 'string' || VOID.has(node.tag) || node.children.every(inline)) {
    lines.push(indent + writeInline(node));
    return;
  }
  lines.push(`${indent}<${node.tag}${attributesOf(node.attributes)}>`);
  // A run of text and inline elements stays on one line; blocks get their own.
  let run: HtmlNode[] = [];
  const flush = (): void => {
    if (run.length) lines.push('  '.repeat(depth + 1) + run.map(writeInline).join(''));
    run = [];
  };
  for (const child of node.children) {
    if (inline(child)) run.push(child);
    else {
      flush();
      write(child, depth + 1, lines);
    }
  }
  flush();
  lines.push(`${indent}</${node.tag}>`);
}

/** The nodes as HTML, one block per line, ending in a newline. */
export function serialize(nodes: readonly HtmlNode[]): string {
  const lines: string[] = [];
  for (const node of nodes) write(node, 0, lines);
  return `${lines.join('\n')}\n`;
}

/**
 * A data table as the elements write theirs: a caption, column headers, the first cell of each
 * row as its row header, and an optional footer row (a total).
 */
export function dataTable(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  foot?: readonly string[],
): HtmlElement {
  const row = (cells: readonly string[]): HtmlElement =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, cells[0] ?? ''),
      cells.slice(1).map((cell) => h('td', {}, cell)),
    );
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((cell) => h('th', { scope: 'col' }, cell)),
      ),
    ),
    h('tbody', {}, rows.map(row)),
    foot ? h('tfoot', {}, row(foot)) : null,
  );
}

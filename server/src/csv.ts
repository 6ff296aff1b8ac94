/**
 * The export as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break in double quotes, quotes doubled), safe to open in a spreadsheet: a cell that
 * starts with = + - @ (or a tab or carriage return) would be read as a formula, so it gets a
 * leading apostrophe (OWASP's advice on CSV injection). Comments are masked once more on the
 * way out, so rows stored before a better mask are covered too.
 */
import { maskComment } from './schema.js';
import type { StoredAnswer } from './store/types.js';

export const CSV_COLUMNS = [
  'received_at',
  'created_at',
  'day',
  'week',
  'page',
  'kind',
  'answer',
  'comment',
  'answer_key',
  'idempotency_key',
  'lang',
  'version',
] as const;

export function csvCell(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvRow(row: StoredAnswer): string {
  return csvLine([
    row.receivedAt,
    row.createdAt,
    row.day,
    row.week,
    row.page,
    row.answerKey ? 'comment' : 'answer',
    row.answer,
    maskComment(row.comment),
    row.answerKey,
    row.idempotencyKey,
    row.lang,
    row.version,
  ]);
}

/**
 * The whole file, a line at a time. Starts with a byte order mark: without it, Excel reads
 * UTF-8 as the local code page and "Hjälpte" turns into mojibake.
 */
export async function* csvLines(rows: AsyncIterable<StoredAnswer>): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(CSV_COLUMNS)}`;
  for await (const row of rows) yield csvRow(row);
}

/**
 * Content lines as vCard (RFC 6350 / 2426) and iCalendar (RFC 5545) write them: values escaped,
 * lines folded at 75 octets, CRLF line ends. Pure.
 */

/** Escapes a text value: backslash, comma, semicolon and line breaks. */
export function escapeValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a line into pieces of at most 75 UTF-8 octets, never inside a character. */
export function foldLine(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    if (size + n > 75) {
      out += '\r\n ';
      size = 1; // the leading space counts
    }
    out += char;
    size += n;
  }
  return out;
}

/** Lines joined with CRLF, each folded, ending in CRLF. */
export function contentLines(lines: readonly string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A data: URL for a download (fine under a strict CSP: no directive governs downloads). */
export function dataUrl(text: string, type: string): string {
  return `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
}

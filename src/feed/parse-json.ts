/**
 * JSON.parse with errors a feed author can act on: a `FeedParseError` with a 1-based line and
 * column instead of V8's "at position 4711".
 *
 * Pure: no DOM, no Lit. The validator CLI runs it in Node.
 */
import { FeedParseError } from './errors.js';

/** A 1-based place in a text. Columns count UTF-16 code units, as V8 and most editors do. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

const BOM = '\uFEFF';

/**
 * Parses `text` as JSON. A leading UTF-8 byte order mark is ignored.
 *
 * @throws {FeedParseError} when the text is not JSON; `line` and `column` (1-based) point at the
 *   first character that is wrong, or just past the last character when the text ends too early.
 *   The engine's own error is kept as `cause`.
 */
export function parseJson(text: string): unknown {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    throw toParseError(source, error);
  }
}

/** The 1-based line and column of a 0-based `offset` in `text`. CRLF, LF and CR each end a line. */
export function positionAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function toParseError(text: string, error: unknown): FeedParseError {
  const engineMessage = error instanceof Error ? error.message : String(error);
  const { line, column } = locate(text, engineMessage);
  const reason = text.trim() === '' ? 'the text is empty' : describe(engineMessage);
  return new FeedParseError(`Invalid JSON at line ${line}, column ${column}: ${reason}.`, line, column, {
    cause: error,
  });
}

/**
 * Where the engine says the error is. Message forms seen in the wild:
 * - V8 ≥ 12:   `Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)`
 * - V8 10–11:  `Expected ',' or '}' after property value in JSON at position 13`
 * - V8 (all):  `Unexpected end of JSON input` → just past the end of the text
 * - V8 (all):  `Unexpected token 'x', "[1, x]" is not valid JSON` → no position at all
 * - Firefox:   `JSON.parse: unexpected character at line 1 column 2 of the JSON data`
 * - Safari:    `JSON Parse error: Unexpected identifier "x"` → no position at all
 * When the message gives no position, a small scanner finds the first offending character.
 */
function locate(text: string, message: string): TextPosition {
  const lineColumn = /\bline (\d+) column (\d+)\b/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /\bat position (\d+)\b/.exec(message);
  if (position) return positionAt(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return positionAt(text, text.length);
  return positionAt(text, findSyntaxError(text) ?? 0);
}

/** The engine's reason without its position and its quote of the text. */
function describe(message: string): string {
  const reason = message
    .replace(/^JSON(?:\.parse:| Parse error:)\s*/i, '')
    .replace(/\s+in JSON at position \d+.*$/s, '')
    .replace(/\s+at line \d+ column \d+.*$/s, '')
    .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)?\s+is not valid JSON$/s, '')
    .trim();
  return reason === '' ? 'syntax error' : reason;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;

/**
 * The 0-based offset of the first character that makes `text` invalid JSON (RFC 8259), or
 * `text.length` when it ends too early; `undefined` when it is valid. Iterative, so deep
 * nesting cannot overflow the stack. Only used when the engine's message has no position.
 */
export function findSyntaxError(text: string): number | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;

  const skipWhitespace = (): void => {
    while (i < n && WHITESPACE.has(text[i]!)) i++;
  };
  const isDigit = (at: number): boolean => at < n && text[at]! >= '0' && text[at]! <= '9';

  /** Scans the string starting at `i` (a quote); returns an error offset or undefined. */
  const scanString = (): number | undefined => {
    i++;
    while (i < n) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch.charCodeAt(0) < 0x20) return i;
      if (ch === '\\') {
        if (i + 1 >= n) return n;
        const escape = text[i + 1]!;
        if (SIMPLE_ESCAPES.has(escape)) {
          i += 2;
        } else if (escape === 'u') {
          for (let k = i + 2; k < i + 6; k++) {
            if (k >= n) return n;
            if (!HEX.test(text[k]!)) return k;
          }
          i += 6;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return n;
  };

  const scanNumber = (): number | undefined => {
    if (text[i] === '-') i++;
    if (i >= n) return n;
    if (text[i] === '0') i++;
    else if (isDigit(i)) while (isDigit(i)) i++;
    else return i;
    if (text[i] === '.') {
      i++;
      if (i >= n) return n;
      if (!isDigit(i)) return i;
      while (isDigit(i)) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (i >= n) return n;
      if (!isDigit(i)) return i;
      while (isDigit(i)) i++;
    }
    return undefined;
  };

  /** Scans `"key" :` at `i` (after whitespace); returns an error offset or undefined. */
  const scanKey = (): number | undefined => {
    skipWhitespace();
    if (i >= n) return n;
    if (text[i] !== '"') return i;
    const error = scanString();
    if (error !== undefined) return error;
    skipWhitespace();
    if (i >= n) return n;
    if (text[i] !== ':') return i;
    i++;
    return undefined;
  };

  for (;;) {
    // Expecting a value.
    skipWhitespace();
    if (i >= n) return n;
    const ch = text[i]!;
    let error: number | undefined;
    let opened = false;
    if (ch === '{' || ch === '[') {
      i++;
      skipWhitespace();
      if (text[i] === (ch === '{' ? '}' : ']')) {
        i++;
      } else {
        stack.push(ch);
        error = ch === '{' ? scanKey() : undefined;
        opened = true;
      }
    } else if (ch === '"') {
      error = scanString();
    } else if (ch === '-' || isDigit(i)) {
      error = scanNumber();
    } else if (ch === 't' || ch === 'f' || ch === 'n') {
      const word = ch === 't' ? 'true' : ch === 'f' ? 'false' : 'null';
      for (let k = 0; k < word.length && error === undefined; k++) {
        if (i + k >= n) error = n;
        else if (text[i + k] !== word[k]) error = i + k;
      }
      i += word.length;
    } else {
      return i;
    }
    if (error !== undefined) return error;
    if (opened) continue;

    // After a value: close containers or move on to the next element.
    for (;;) {
      skipWhitespace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : undefined;
      if (i >= n) return n;
      const next = text[i]!;
      if (next === ',') {
        i++;
        if (top === '{') {
          const keyError = scanKey();
          if (keyError !== undefined) return keyError;
        }
        break;
      }
      if (next === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}

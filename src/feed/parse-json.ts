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
  const found = diagnoseJson(text) ?? { at: 0, code: 'syntax' as const };
  const fix = found.fix ?? found.at;
  const { line, column } = positionAt(text, fix);
  const params: Record<string, unknown> = { char: text[found.at], expected: found.expected };
  // Whether the fix goes at the end of its line: "a comma is missing at the end of line 12".
  if (found.code === 'missing-comma') {
    const restOfLine = /[ \t]*(?:\r|\n|$)/y;
    restOfLine.lastIndex = fix;
    params.atLineEnd = restOfLine.test(text);
  }
  // The words are in parseErrorMessage (src/feed/messages.ts), loaded only where they are shown.
  return new FeedParseError(`Invalid JSON at line ${line}, column ${column} (${found.code}).`, line, column, {
    cause: error,
    code: found.code,
    params,
  });
}

/** What is wrong with a JSON text, as a stable code for words in each language. */
export type ParseErrorCode =
  | 'empty'
  | 'unexpected-end'
  | 'missing-comma'
  | 'trailing-comma'
  | 'missing-colon'
  | 'key-not-quoted'
  | 'wrong-quotes'
  | 'decimal-comma'
  | 'line-break-in-string'
  | 'control-character'
  | 'bad-escape'
  | 'bad-number'
  | 'unquoted-text'
  | 'extra-text'
  | 'unexpected-character'
  | 'syntax';

/** The first mistake in a JSON text. */
export interface JsonMistake {
  /** 0-based offset of the first character that is wrong (the text's length when it ends early). */
  readonly at: number;
  readonly code: ParseErrorCode;
  /** 0-based offset where to fix it, when that is elsewhere: just after the value a comma should follow. */
  readonly fix?: number;
  /** The closing character the text ended without. */
  readonly expected?: '}' | ']' | '"';
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;

/**
 * The 0-based offset of the first character that makes `text` invalid JSON (RFC 8259), or
 * `text.length` when it ends too early; `undefined` when it is valid.
 */
export function findSyntaxError(text: string): number | undefined {
  return diagnoseJson(text)?.at;
}

/** Characters taken for quotes: single quotes and the typographic ones a word processor makes. */
const WRONG_QUOTES = /['\u2018\u2019\u201C\u201D\u00AB\u00BB]/;

/**
 * The first mistake in `text` as JSON (RFC 8259) and what kind it is; `undefined` when the text
 * is valid. Iterative, so deep nesting cannot overflow the stack. Runs only when JSON.parse has
 * failed, so engines that word their errors differently still give the same code and place.
 */
export function diagnoseJson(text: string): JsonMistake | undefined {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;

  const skipWhitespace = (): void => {
    while (i < n && WHITESPACE.has(text[i]!)) i++;
  };
  const isDigit = (at: number): boolean => at < n && text[at]! >= '0' && text[at]! <= '9';
  // ASCII letters, and anything beyond ASCII (å, é …): text an editor forgot to quote.
  const isLetter = (at: number): boolean => at < n && /[a-z_$\u0080-\uffff]/i.test(text[at]!);
  const mistake = (at: number, code: ParseErrorCode, more?: Partial<JsonMistake>): JsonMistake =>
    Object.assign({ at, code }, more);
  /** The text ended inside the innermost open container. */
  const ended = (): JsonMistake => {
    const top = stack[stack.length - 1];
    return mistake(n, 'unexpected-end', top ? { expected: top === '{' ? '}' : ']' } : undefined);
  };
  /** Just after the last non-whitespace character before `at`: where a missing comma goes. */
  const endBefore = (at: number): number => {
    let k = at;
    while (k > 0 && WHITESPACE.has(text[k - 1]!)) k--;
    return k;
  };
  /** A character where a value or a name should start. */
  const notAValue = (at: number, name: boolean): JsonMistake => {
    const ch = text[at]!;
    if (WRONG_QUOTES.test(ch)) return mistake(at, 'wrong-quotes');
    if (name && isLetter(at)) return mistake(at, 'key-not-quoted');
    if (!name && isLetter(at)) return mistake(at, 'unquoted-text');
    return mistake(at, 'unexpected-character');
  };

  /** Scans the string starting at `i` (a quote). */
  const scanString = (): JsonMistake | undefined => {
    i++;
    while (i < n) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return undefined;
      }
      if (ch === '\n' || ch === '\r') return mistake(i, 'line-break-in-string');
      if (ch.charCodeAt(0) < 0x20) return mistake(i, 'control-character');
      if (ch === '\\') {
        if (i + 1 >= n) return mistake(n, 'unexpected-end', { expected: '"' });
        const escape = text[i + 1]!;
        if (SIMPLE_ESCAPES.has(escape)) {
          i += 2;
        } else if (escape === 'u') {
          for (let k = i + 2; k < i + 6; k++) {
            if (k >= n) return mistake(n, 'unexpected-end', { expected: '"' });
            if (!HEX.test(text[k]!)) return mistake(k, 'bad-escape');
          }
          i += 6;
        } else {
          return mistake(i + 1, 'bad-escape');
        }
      } else {
        i++;
      }
    }
    return mistake(n, 'unexpected-end', { expected: '"' });
  };

  const scanNumber = (): JsonMistake | undefined => {
    const bad = (): JsonMistake => (i >= n ? ended() : mistake(i, 'bad-number'));
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (isDigit(i)) while (isDigit(i)) i++;
    else return bad();
    if (text[i] === '.') {
      i++;
      if (!isDigit(i)) return bad();
      while (isDigit(i)) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(i)) return bad();
      while (isDigit(i)) i++;
    }
    // "01": a leading zero; "1x": a number running into letters.
    if (isDigit(i) || isLetter(i)) return mistake(i, 'bad-number');
    return undefined;
  };

  /** Scans `"name" :` at `i` (after whitespace); `comma` is the offset of the comma before, if any. */
  const scanKey = (comma?: number): JsonMistake | undefined => {
    skipWhitespace();
    if (i >= n) return ended();
    if (text[i] !== '"') {
      if (comma !== undefined && text[i] === '}') return mistake(i, 'trailing-comma', { fix: comma });
      // "value": 4,5 — a decimal comma, read as a comma before a name.
      if (comma !== undefined && comma === i - 1 && isDigit(i) && isDigit(comma - 1))
        return mistake(i, 'decimal-comma', { fix: comma });
      return notAValue(i, true);
    }
    const error = scanString();
    if (error !== undefined) return error;
    const afterName = i;
    skipWhitespace();
    if (i >= n) return ended();
    if (text[i] !== ':') return mistake(i, 'missing-colon', { fix: afterName });
    i++;
    return undefined;
  };

  skipWhitespace();
  if (i >= n) return mistake(n, 'empty');
  let comma: number | undefined;
  for (;;) {
    // Expecting a value.
    skipWhitespace();
    if (i >= n) return ended();
    const ch = text[i]!;
    let error: JsonMistake | undefined;
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
        if (i + k >= n) error = ended();
        else if (text[i + k] !== word[k]) error = mistake(i + k, 'unquoted-text');
      }
      i += word.length;
      if (error === undefined && isLetter(i)) error = mistake(i, 'unquoted-text');
    } else if (ch === ']' && comma !== undefined) {
      return mistake(i, 'trailing-comma', { fix: comma });
    } else {
      return notAValue(i, false);
    }
    if (error !== undefined) return error;
    comma = undefined;
    if (opened) continue;

    // After a value: close containers or move on to the next element.
    for (;;) {
      skipWhitespace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? mistake(i, 'extra-text') : undefined;
      if (i >= n) return ended();
      const next = text[i]!;
      if (next === ',') {
        comma = i;
        i++;
        if (top === '{') {
          const keyError = scanKey(comma);
          if (keyError !== undefined) return keyError;
          comma = undefined;
        }
        break;
      }
      if (next === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      // Another value where a comma or the end belongs: the comma after the last one is missing.
      if (next === '"' || next === '{' || next === '[' || next === '-' || isDigit(i) || isLetter(i))
        return mistake(i, 'missing-comma', { fix: endBefore(i) });
      return notAValue(i, false);
    }
  }
}

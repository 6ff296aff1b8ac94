/**
 * Where a JSON Pointer's value is in the JSON text it was parsed from, so a problem at
 * `/goals/3/status` can be shown on its line (the web validator, demo/validate.html).
 *
 * One pass over the text finds every pointer asked for; subtrees no pointer goes into are only
 * skipped over, so a 5 MB feed with a thousand problems costs one scan. Offsets are into the
 * text as given (a leading byte order mark included, so they can select in a textarea); lines
 * and columns are 1-based and count as parseJson's do: CRLF, LF and CR each end a line, columns
 * count UTF-16 code units, and a leading byte order mark is not a column.
 *
 * Pure: no DOM, no Lit. Never throws: text that is not JSON gives what was found before the
 * first mistake.
 */

/** A stretch of the text: `start` and `end` are 0-based offsets, `line` and `column` are `start`'s. */
export interface JsonSpan {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/** Where a pointer was found. */
export interface PointerLocation {
  /** The pointer found: the one asked for, or, when that is not in the text, its nearest ancestor. */
  readonly pointer: string;
  /** True when `pointer` is the pointer asked for. */
  readonly exact: boolean;
  /** The member name (with its quotes) when the value is a member of an object. */
  readonly key?: JsonSpan;
  /** The value: from its first character to just past its last. */
  readonly value: JsonSpan;
}

const BOM = 0xfeff;

/** One token of a pointer, unescaped ("~1" → "/", "~0" → "~"). */
function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

/** The tokens of a pointer; undefined for a string that is not a pointer. */
function tokensOf(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** The pointers asked for, as a tree of tokens; `wanted` marks a node that is itself asked for. */
interface Node {
  wanted: string[];
  children: Map<string, Node>;
}

function newNode(): Node {
  return { wanted: [], children: new Map() };
}

interface RawSpan {
  start: number;
  end: number;
}

interface Found {
  key?: RawSpan;
  value: RawSpan;
}

/**
 * Finds every pointer in `pointers` in `text`. Each pointer maps to its location, or to its
 * nearest ancestor's when it is not in the text (a required member that is missing, say); a
 * string that is not a JSON Pointer, or any pointer in a text whose root value cannot be read,
 * is left out of the map.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, PointerLocation> {
  const root = newNode();
  const asked: { pointer: string; tokens: string[] }[] = [];
  for (const pointer of new Set(pointers)) {
    const tokens = tokensOf(pointer);
    if (!tokens) continue;
    asked.push({ pointer, tokens });
    let node = root;
    for (const token of tokens) {
      let child = node.children.get(token);
      if (!child) node.children.set(token, (child = newNode()));
      node = child;
    }
    node.wanted.push(pointer);
  }

  const found = scan(text, root);
  const out = new Map<string, PointerLocation>();
  const spans: RawSpan[] = [];
  const resolved: { pointer: string; at: string; hit: Found }[] = [];
  for (const { pointer, tokens } of asked) {
    // The pointer itself, or the nearest ancestor the scan reached.
    for (let n = tokens.length; n >= 0; n--) {
      const at = n === tokens.length ? pointer : joinTokens(tokens.slice(0, n));
      const hit = found.get(at);
      if (hit) {
        resolved.push({ pointer, at, hit });
        spans.push(hit.value);
        if (hit.key) spans.push(hit.key);
        break;
      }
    }
  }
  const positions = linesAndColumns(text, spans);
  const span = (raw: RawSpan): JsonSpan => ({ ...raw, ...positions.get(raw.start)! });
  for (const { pointer, at, hit } of resolved) {
    out.set(pointer, {
      pointer: at,
      exact: at === pointer,
      ...(hit.key ? { key: span(hit.key) } : {}),
      value: span(hit.value),
    });
  }
  return out;
}

/** Finds one pointer in `text` (see locatePointers). */
export function locatePointer(text: string, pointer: string): PointerLocation | undefined {
  return locatePointers(text, [pointer]).get(pointer);
}

function joinTokens(tokens: readonly string[]): string {
  let path = '';
  for (const token of tokens) path += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return path;
}

/** 1-based line and column of each span's start, in one pass over the text. */
function linesAndColumns(
  text: string,
  spans: readonly RawSpan[],
): Map<number, { line: number; column: number }> {
  const offsets = [...new Set(spans.map((s) => s.start))].sort((a, b) => a - b);
  const out = new Map<number, { line: number; column: number }>();
  const bom = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  let lineStart = bom;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

class Stop extends Error {}

/**
 * Walks the text as JSON, recording the spans of the values (and member names) the tree asks
 * for and of every ancestor on the way to them. Stops quietly at the first mistake.
 */
function scan(text: string, tree: Node): Map<string, Found> {
  const n = text.length;
  const found = new Map<string, Found>();
  let i = text.charCodeAt(0) === BOM ? 1 : 0;

  const fail = (): never => {
    throw new Stop();
  };
  const skipWhitespace = (): void => {
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) i++;
      else return;
    }
  };
  /** Skips a string at `i` (a quote); returns its raw content's end (the closing quote). */
  const skipString = (): number => {
    i++;
    for (;;) {
      const quote = text.indexOf('"', i);
      if (quote < 0) fail();
      // Count the backslashes before the quote: an odd number escapes it.
      let slashes = 0;
      for (let k = quote - 1; k >= i && text.charCodeAt(k) === 0x5c; k--) slashes++;
      i = quote + 1;
      if (slashes % 2 === 0) return quote;
    }
  };
  const readString = (): string => {
    const start = i;
    const end = skipString();
    const raw = text.slice(start + 1, end);
    if (!raw.includes('\\')) return raw;
    try {
      return JSON.parse(text.slice(start, end + 1)) as string;
    } catch {
      return fail();
    }
  };
  const skipScalar = (): void => {
    const start = i;
    while (i < n) {
      const code = text.charCodeAt(i);
      // A scalar ends at whitespace, a comma or a closing bracket.
      if (code === 0x2c || code === 0x5d || code === 0x7d || code <= 0x20) break;
      i++;
    }
    if (i === start) fail();
  };

  /** Skips the value at `i` without recording anything in it: brackets counted, strings skipped. */
  const skipValue = (): void => {
    const first = text.charCodeAt(i);
    if (first === 0x22) return void skipString();
    if (first !== 0x7b && first !== 0x5b) return skipScalar();
    let depth = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        skipString();
        continue;
      }
      if (code === 0x7b || code === 0x5b) depth++;
      else if (code === 0x7d || code === 0x5d) {
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      }
      i++;
    }
    fail();
  };

  /** Reads the value at `i`, which the tree node `node` (at `path`) asks about. */
  const value = (node: Node, path: string, key?: RawSpan): void => {
    skipWhitespace();
    const start = i;
    if (start >= n) fail();
    // Recorded before reading, so a value cut short by a mistake is still found (ending there).
    const span: RawSpan = { start, end: start };
    found.set(path, key ? { key, value: span } : { value: span });
    const first = text.charCodeAt(i);
    if (node.children.size === 0 || (first !== 0x7b && first !== 0x5b)) {
      skipValue();
    } else if (first === 0x7b) {
      i++;
      skipWhitespace();
      if (text.charCodeAt(i) === 0x7d) i++;
      else {
        for (;;) {
          skipWhitespace();
          if (text.charCodeAt(i) !== 0x22) fail();
          const keyStart = i;
          const name = readString();
          const keySpan = { start: keyStart, end: i };
          skipWhitespace();
          if (text.charCodeAt(i) !== 0x3a) fail();
          i++;
          const child = node.children.get(name);
          if (child) value(child, `${path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, keySpan);
          else {
            skipWhitespace();
            skipValue();
          }
          skipWhitespace();
          const next = text.charCodeAt(i++);
          if (next === 0x7d) break;
          if (next !== 0x2c) fail();
        }
      }
    } else {
      i++;
      skipWhitespace();
      if (text.charCodeAt(i) === 0x5d) i++;
      else {
        for (let index = 0; ; index++) {
          const child = node.children.get(String(index));
          if (child) value(child, `${path}/${index}`);
          else {
            skipWhitespace();
            skipValue();
          }
          skipWhitespace();
          const next = text.charCodeAt(i++);
          if (next === 0x5d) break;
          if (next !== 0x2c) fail();
        }
      }
    }
    span.end = i;
  };

  try {
    value(tree, '');
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  return found;
}

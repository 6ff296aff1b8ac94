/** JSON Pointer (RFC 6901) helpers. Pure. */

/** Escapes one reference token: "~" → "~0", "/" → "~1". */
export function escapeToken(token: string | number): string {
  const text = String(token);
  // Most tokens are indices and plain names: skip the replacements (checks build many paths).
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins a pointer and tokens: pointer("/goals", 3, "parent") → "/goals/3/parent". */
export function pointer(base: string, ...tokens: (string | number)[]): string {
  let path = base;
  for (const token of tokens) path += `/${escapeToken(token)}`;
  return path;
}

/** The value at a pointer, or undefined. Only own properties are followed, never the prototype. */
export function valueAt(doc: unknown, path: string): unknown {
  if (path === '') return doc;
  let node: unknown = doc;
  for (const raw of path.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * JSON.parse of a feed's text for the elements, a leading byte order mark ignored. The diagnosis
 * of a broken text (parse-json.ts: where the comma is missing, in words) is the larger part and a
 * page almost never needs it, so it is loaded only when the text does not parse.
 */
const BOM = '\uFEFF';

/** The text without a leading byte order mark (editors' tools add one; JSON.parse refuses it). */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** @throws {FeedParseError} as `parseJson` does, when the text is not JSON. */
export async function parseFeedText(text: string): Promise<unknown> {
  try {
    return JSON.parse(withoutBom(text)) as unknown;
  } catch {
    const { parseJson } = await import('./parse-json.js');
    return parseJson(text);
  }
}

/**
 * Escaping for the fallback HTML. Everything the generator writes from a feed goes through
 * here: text through {@link escapeText}, attribute values through {@link escapeAttribute}, and
 * link targets through {@link safeUrl} first. Pure.
 */

const TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Readonly<Record<string, string>> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Text content: `&`, `<` and `>` as entities, so feed text can never open a tag or a comment. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT[c]!);
}

/** An attribute value for a double-quoted attribute (quotes of both kinds escaped, to be safe). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE[c]!);
}

/**
 * A link target the fallback may write: http(s), mailto: and tel: URLs, and paths on the same
 * site (one leading `/`, as the feed format allows). Anything else, `javascript:` and `data:`
 * included, gives undefined and the link is left out. A path starting `//` or `/\` is refused:
 * browsers read both as a link to another host.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  // Browsers drop spaces around a URL and tabs and newlines inside it ("java\tscript:"): a URL
  // that needs such cleaning is not one we write. Spaces inside ("tel:016-710 10 00") are fine.
  if (/[\u0000-\u001f\u007f]|^ | $/.test(url)) return undefined;
  if (/^(https?:\/\/[^/\\?#]|mailto:|tel:)/i.test(url)) return url;
  if (/^\/(?![/\\])/.test(url)) return url;
  return undefined;
}

/**
 * Which language an element speaks, and picking texts from the feed for it.
 *
 * `normalizeLang` and `pickText` are pure. `resolveLang` and `observeLang` read the DOM
 * (only when called: importing this module touches nothing), because the language is the
 * page's `lang` attribute, as screen readers and hyphenation see it.
 */

/** The languages Insyn has texts and formats for: Swedish first, English second. */
export const LANGS = ['sv', 'en'] as const;

/** A supported language. */
export type Lang = 'sv' | 'en';

/** Used when nothing on the page says which language it is in: the product is Swedish first. */
const DEFAULT_LANG: Lang = 'sv';

/**
 * Used when the page names a language we have no texts for (lang="de"): English is more
 * widely read than Swedish by someone who chose neither.
 */
const UNSUPPORTED_LANG: Lang = 'en';

/**
 * Maps a BCP 47 tag (or a POSIX-style `sv_SE`) to a supported language by its primary
 * subtag, case-insensitively: 'sv-SE' → 'sv', 'EN-gb' → 'en', 'de' → null, '' → null.
 */
export function normalizeLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0];
  return primary === 'sv' || primary === 'en' ? primary : null;
}

/** The element's `lang` attribute if it has a non-empty one. */
function ownLang(node: Node): string | null {
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const value = (node as Element).getAttribute('lang');
  // lang="" means "unknown" in HTML; we keep looking rather than guessing from nothing.
  return value && value.trim() ? value : null;
}

/** The composed parent: the parent node, or the host when leaving a shadow root. */
function composedParent(node: Node): Node | null {
  if (node instanceof ShadowRoot) return node.host;
  return node.parentNode;
}

/**
 * The language an element should render in: its own `lang`, else the nearest ancestor's,
 * walking out of shadow roots to their hosts, else `<html lang>`, else Swedish.
 * A language Insyn does not support (lang="de", lang="nb") gives English.
 */
export function resolveLang(el: Element): Lang {
  for (let node: Node | null = el; node; node = composedParent(node)) {
    const tag = ownLang(node);
    if (tag) return normalizeLang(tag) ?? UNSUPPORTED_LANG;
  }
  // Not connected yet (or inside a detached tree): the document still says something.
  const rootTag = el.ownerDocument?.documentElement?.getAttribute('lang');
  if (rootTag && rootTag.trim()) return normalizeLang(rootTag) ?? UNSUPPORTED_LANG;
  return DEFAULT_LANG;
}

/** A feed text: a plain string, or language tag → string. Values may be missing. */
export type TextValue = string | Readonly<Record<string, string | undefined>>;

/** The value for a language in a text map: exact tag first, then a regional tag ('sv-SE'). */
function lookup(map: Readonly<Record<string, string | undefined>>, tag: string): string | undefined {
  const wanted = tag.toLowerCase();
  let regional: string | undefined;
  // Object.entries: own keys only, so a key like "constructor" can never hit the prototype.
  for (const [key, value] of Object.entries(map)) {
    if (!usable(value)) continue;
    const k = key.toLowerCase();
    if (k === wanted) return value;
    if (regional === undefined && k.startsWith(`${wanted}-`)) regional = value;
  }
  return regional;
}

/** An empty or blank translation counts as missing: another language beats a blank. */
function usable(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Picks the string to show from a feed text. A string is returned as it is. A map is
 * searched for `lang` (exact key, then a regional key such as 'sv-SE'), then each of
 * `fallbacks` the same way, then 'sv', then 'en', then its first non-blank value.
 * `undefined`/`null` give ''. The result is plain text: render it as text, never as HTML.
 */
export function pickText(
  text: TextValue | null | undefined,
  lang: Lang,
  fallbacks: readonly string[] = [],
): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  for (const tag of [lang, ...fallbacks, 'sv', 'en']) {
    const value = lookup(text, tag);
    if (value !== undefined) return value;
  }
  return Object.values(text).find(usable) ?? '';
}

// One MutationObserver for every element on the page: lang changes are rare, and one
// observer on <html> is far cheaper than one per widget.
interface Subscription {
  readonly el: Element;
  readonly callback: () => void;
}

const subscriptions = new Set<Subscription>();
let observer: MutationObserver | null = null;
/** Roots the shared observer watches; a document subtree does not reach into shadow roots. */
let observedRoots = new WeakSet<Node>();

/** Whether `target` is `el` or one of its ancestors, across shadow-root boundaries. */
function isComposedAncestorOrSelf(target: Node, el: Element): boolean {
  for (let node: Node | null = el; node; node = composedParent(node)) {
    if (node === target) return true;
  }
  return false;
}

function handleMutations(records: MutationRecord[]): void {
  const targets = new Set(records.map((record) => record.target));
  // Copy: a callback may unsubscribe itself (or others) while we iterate.
  for (const sub of [...subscriptions]) {
    if (!subscriptions.has(sub)) continue;
    let affected = false;
    for (const target of targets) {
      if (isComposedAncestorOrSelf(target, sub.el)) {
        affected = true;
        break;
      }
    }
    if (!affected) continue;
    try {
      sub.callback();
    } catch (error) {
      // One broken widget must not stop the others from switching language.
      console.error(error);
    }
  }
}

function observeRoot(root: Node): void {
  if (!observer || observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Calls `callback` when the `lang` attribute of `el` or of any ancestor changes (also
 * across shadow roots that contain `el` at the time of the call, so subscribe once the
 * element is connected). Re-resolve with `resolveLang` in the callback. Moving the
 * element elsewhere is not a lang change: re-resolve on connect too.
 * Returns an unsubscribe function; calling it more than once is harmless.
 */
export function observeLang(el: Element, callback: () => void): () => void {
  const sub: Subscription = { el, callback };
  subscriptions.add(sub);
  if (!observer) observer = new MutationObserver(handleMutations);
  const doc = el.ownerDocument;
  if (doc?.documentElement) observeRoot(doc.documentElement);
  // The document subtree stops at shadow roots: watch each one between el and the page.
  for (let node: Node | null = el; node; node = composedParent(node)) {
    if (node instanceof ShadowRoot) observeRoot(node);
  }
  return () => {
    if (!subscriptions.delete(sub)) return;
    if (subscriptions.size === 0 && observer) {
      // Nothing left to notify: stop watching, so an idle page pays nothing.
      observer.disconnect();
      observer = null;
      observedRoots = new WeakSet();
    }
  };
}

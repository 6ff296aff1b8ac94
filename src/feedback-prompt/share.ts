/**
 * The public share of "Ja" for a page, "78 % tyckte att sidan hjälpte", from the feedback
 * service's `GET <endpoint>/share?page=` (issue 8). A chunk of its own, fetched only by an
 * element with `show-share`, so the pages that do not opt in pay nothing for it. The service
 * answers 404 for a page the municipality has not made public, and nulls below its minimum
 * number of answers; both show nothing, as does any failure: the figure is a nicety.
 */
import type { Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { pagePath } from './page-path.js';

const SHARE_TEXTS = {
  sv: { share: '{percent} tyckte att sidan hjälpte' },
  en: { share: '{percent} found this page helpful' },
} as const;

/** The key of the share's text; it can be overridden with `texts`, `{percent}` is the figure. */
export type ShareTextKey = keyof (typeof SHARE_TEXTS)['sv'];

/** The service's answer (server/src/app.ts in @insyn/feedback-service); nulls when the page has too few answers. */
interface ShareBody {
  share?: unknown;
  total?: unknown;
}

/**
 * The share URL for an endpoint: `<endpoint>/share?page=<page>`, keeping the endpoint's own
 * query. Null when the endpoint is not an absolute or relative http(s) URL.
 */
export function shareUrl(endpoint: string, page: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(endpoint.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/share`;
  url.hash = '';
  url.searchParams.set('page', page);
  return url.href;
}

/**
 * The page's share of "Ja" (0–1), or null when there is nothing to show. `page` is the element's
 * page (the `page` attribute or the path), cleaned as the answers are (page-path.ts), so the
 * share is the one of the page the answers are counted under, and nothing personal is in the URL.
 */
export async function loadShare(endpoint: string, page: string): Promise<number | null> {
  const url = shareUrl(endpoint, pagePath(page), document.baseURI);
  if (!url) return null;
  try {
    // Like the answers: no cookies and no Referer (it would carry the query string).
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) return null;
    const { share, total } = (await response.json()) as ShareBody;
    return typeof share === 'number' && share >= 0 && share <= 1 && typeof total === 'number' && total >= 1
      ? share
      : null;
  } catch {
    return null;
  }
}

/** "78 % tyckte att sidan hjälpte": the percent as the language writes it, in the (overridable) text. */
export function formatShare(share: number, lang: Lang, texts?: Partial<Record<string, string>>): string {
  const percent = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
  return fill(texts?.share ?? SHARE_TEXTS[lang].share, { percent });
}

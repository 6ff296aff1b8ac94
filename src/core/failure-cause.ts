/**
 * Why an element could not show its feed, as an editor can act on it: which address, and the
 * likely cause (a typo in the address, a login page, a server that does not allow other sites).
 * Pure: the page's address and whether the browser is online are passed in.
 */
import { FeedLoadError, FeedParseError, FeedValidationError, type FeedError } from '../feed/errors.js';
import type { CoreTextKey } from './texts.js';

export interface FailureCause {
  /** The shared text that says it, with `{url}`, `{status}`, … placeholders. */
  readonly key: CoreTextKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The origin of a URL, or '' when it has none (data:, blob: and the like). */
function originOf(url: string, base?: string): string {
  try {
    const { origin } = new URL(url, base);
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

/**
 * The cause of a failed load, in words for editors. A fetch that fails outright says nothing
 * about why (the browser hides it on purpose); from another site with the browser online, a
 * missing CORS header is by far the likeliest reason, so that is what the editor is told.
 */
export function failureCause(error: FeedError, pageUrl: string, online: boolean): FailureCause {
  if (error instanceof FeedValidationError)
    return { key: 'causeInvalid', params: { count: error.problems.length } };
  if (error instanceof FeedParseError)
    return { key: 'causeParse', params: { line: error.line, column: error.column } };
  const url = error instanceof FeedLoadError ? error.url : '';
  switch (error.kind) {
    case 'missing':
      return url.trim() ? { key: 'causeBadUrl', params: { url } } : { key: 'causeMissing', params: {} };
    case 'timeout':
      return { key: 'causeTimeout', params: { url } };
    case 'content-type':
      return { key: 'causeContentType', params: { url } };
    case 'aborted':
      return { key: 'causeAborted', params: { url } };
    case 'http': {
      const status = error instanceof FeedLoadError ? (error.status ?? 0) : 0;
      if (status === 404 || status === 410) return { key: 'causeNotFound', params: { url, status } };
      if (status === 401 || status === 403) return { key: 'causeForbidden', params: { url, status } };
      return { key: 'causeHttp', params: { url, status } };
    }
    default: {
      if (!online) return { key: 'causeOffline', params: { url } };
      const page = originOf(pageUrl);
      const feed = originOf(url, pageUrl);
      if (feed && page && feed !== page) return { key: 'causeCors', params: { url, origin: feed, page } };
      return { key: 'causeNetwork', params: { url } };
    }
  }
}

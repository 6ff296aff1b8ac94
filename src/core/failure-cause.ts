/**
 * Why an element could not show its feed, as an editor can act on it: which address, and the
 * likely cause (a typo in the address, a login page, a server that does not allow other sites).
 * Pure: the page's address and whether the browser is online are passed in.
 */
import { FeedLoadError, FeedParseError, FeedValidationError, type FeedError } from '../feed/errors.js';
import { parseErrorMessage } from '../feed/messages.js';
import type { Lang } from './locale.js';

/**
 * The editors' details in words. Loaded with this module, only when an element shows them
 * (`debug`, `?insyn-debug`), so residents' pages do not carry them. Overridable like every text.
 */
export const FAILURE_TEXTS = {
  sv: {
    debugHeading: 'För redaktören',
    debugNote:
      'Det här visas för att sidans adress innehåller ?insyn-debug eller taggen har attributet debug. Invånare ser bara meningen ovan. Kontrollera flödet med Insyns validerare.',
    debugMore: '… och {count} till. Alla finns i webbläsarens konsol.',
    causeMissing:
      'Taggen saknar uppgifter: ange adressen till flödet i src, lägg JSON i en <script type="application/json"> i taggen eller sätt egenskapen feed.',
    causeBadUrl: '"{url}" är ingen giltig adress. Kontrollera src.',
    causeTimeout:
      'Flödet på {url} kom inte inom tidsgränsen. Servern kan vara överbelastad eller filen mycket stor.',
    causeContentType:
      'Adressen {url} gav en webbsida i stället för JSON, ofta en inloggningssida eller en felsida. Kontrollera adressen i src och att filen är publicerad för alla.',
    causeAborted: 'Hämtningen av {url} avbröts.',
    causeNotFound:
      'Det finns ingen fil på {url} (HTTP {status}). Kontrollera adressen i src: stavning, mapp och filändelse, och att filen är publicerad.',
    causeForbidden:
      'Servern nekade åtkomst till {url} (HTTP {status}). Filen kräver troligen inloggning; ett flöde för invånare måste vara öppet för alla.',
    causeHttp:
      'Servern på {url} svarade med fel {status}. Försök igen senare eller kontakta den som sköter servern.',
    causeOffline: 'Webbläsaren är inte ansluten till internet, så {url} kunde inte hämtas.',
    causeCors:
      'Flödet {url} ligger på en annan webbplats ({origin}), som inte tillåter att sidor på {page} hämtar det (CORS). Servern behöver skicka rubriken Access-Control-Allow-Origin med {page} eller *.',
    causeNetwork:
      'Flödet på {url} kunde inte hämtas: servern svarade inte. Kontrollera adressen och att servern är igång.',
    causeParse: 'Flödet är inte giltig JSON (rad {line}, kolumn {column}): {reason}',
    causeInvalid: 'Flödet följer inte formatet ({count} fel):',
  },
  en: {
    debugHeading: 'For the editor',
    debugNote:
      'This is shown because the page address contains ?insyn-debug or the tag has the debug attribute. Residents only see the sentence above. Check the feed with the Insyn validator.',
    debugMore: '… and {count} more. All are listed in the browser console.',
    causeMissing:
      'The tag has no data: give the feed address in src, put JSON in a <script type="application/json"> inside the tag, or set the feed property.',
    causeBadUrl: '"{url}" is not a valid address. Check src.',
    causeTimeout:
      'The feed at {url} did not arrive in time. The server may be overloaded or the file very large.',
    causeContentType:
      'The address {url} gave a web page instead of JSON, often a login or error page. Check the address in src and that the file is published for everyone.',
    causeAborted: 'Fetching {url} was cancelled.',
    causeNotFound:
      'There is no file at {url} (HTTP {status}). Check the address in src: spelling, folder and file extension, and that the file is published.',
    causeForbidden:
      'The server refused access to {url} (HTTP {status}). The file probably needs a login; a feed for residents must be open to everyone.',
    causeHttp:
      'The server at {url} answered with error {status}. Try again later or contact whoever runs the server.',
    causeOffline: 'The browser is not connected to the internet, so {url} could not be fetched.',
    causeCors:
      'The feed {url} is on another site ({origin}), which does not allow pages on {page} to fetch it (CORS). That server needs to send the Access-Control-Allow-Origin header with {page} or *.',
    causeNetwork:
      'The feed at {url} could not be fetched: the server did not answer. Check the address and that the server is running.',
    causeParse: 'The feed is not valid JSON (line {line}, column {column}): {reason}',
    causeInvalid: 'The feed does not follow the format ({count} problems):',
  },
} as const;

export type FailureTextKey = keyof (typeof FAILURE_TEXTS)['sv'];

/** The texts for one language, with a host's overrides. */
export function failureTexts(
  lang: Lang,
  overrides: Partial<Record<string, string>> | undefined,
): Readonly<Record<FailureTextKey, string>> {
  const merged: Record<string, string> = { ...FAILURE_TEXTS[lang] };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'string' && key in merged) merged[key] = value;
  }
  return merged as Record<FailureTextKey, string>;
}

export interface FailureCause {
  /** The text that says it, with `{url}`, `{status}`, … placeholders. */
  readonly key: FailureTextKey;
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
export function failureCause(
  error: FeedError,
  pageUrl: string,
  online: boolean,
  lang: Lang = 'sv',
): FailureCause {
  if (error instanceof FeedValidationError)
    return { key: 'causeInvalid', params: { count: error.problems.length } };
  if (error instanceof FeedParseError)
    return {
      key: 'causeParse',
      params: { line: error.line, column: error.column, reason: parseErrorMessage(error, lang) },
    };
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

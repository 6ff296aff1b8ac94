/**
 * The strings every element shares, in Swedish and English. Each element adds its own and
 * every one can be overridden per element (`el.texts = { loading: '…' }`). Pure.
 */
import { STATUS_TEXT_KEY, STATUS_WORDS } from '../feed/vocabulary.js';
import type { Lang } from './locale.js';

export const CORE_TEXTS = {
  sv: {
    loading: 'Hämtar uppgifter …',
    unavailable: 'Innehållet kan inte visas just nu.',
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
    causeParse:
      'Flödet är inte giltig JSON: felet sitter på rad {line}, kolumn {column}. Ofta är det ett kommatecken eller ett citattecken som saknas.',
    causeInvalid: 'Flödet följer inte formatet ({count} fel):',
    retry: 'Försök igen',
    empty: 'Det finns inga uppgifter att visa här ännu.',
    stale: 'Visar sparade uppgifter från {date}. De senaste kunde inte hämtas.',
    exampleData: 'Exempeldata: siffrorna är inte hämtade ur en offentlig källa.',
    ...STATUS_WORDS.sv,
  },
  en: {
    loading: 'Loading …',
    unavailable: 'The content cannot be shown right now.',
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
    causeParse:
      'The feed is not valid JSON: the error is on line {line}, column {column}. Often a comma or a quotation mark is missing.',
    causeInvalid: 'The feed does not follow the format ({count} problems):',
    retry: 'Try again',
    empty: 'There is no information to show here yet.',
    stale: 'Showing saved information from {date}. The latest could not be fetched.',
    exampleData: 'Example data: the figures are not taken from a public source.',
    ...STATUS_WORDS.en,
  },
} as const;

export type CoreTextKey = keyof (typeof CORE_TEXTS)['sv'];

/** The shared text key of each status's word (`statusAchieved`, …). */
export { STATUS_TEXT_KEY };

/** A full set of texts for one language: shared ones plus an element's own. */
export type TextSet<K extends string = CoreTextKey> = Readonly<Record<K | CoreTextKey, string>>;

/** Merges shared texts, an element's own defaults and the host's overrides, for one language. */
export function resolveTexts<K extends string>(
  lang: Lang,
  own: Readonly<Record<Lang, Readonly<Record<K, string>>>> | undefined,
  overrides: Partial<Record<string, string>> | undefined,
): TextSet<K> {
  const merged: Record<string, string> = { ...CORE_TEXTS[lang], ...(own?.[lang] ?? {}) };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'string') merged[key] = value;
  }
  return merged as TextSet<K>;
}

/** Fills {name} placeholders: fill('rad {line}', { line: 3 }) → 'rad 3'. Unknown names stay. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

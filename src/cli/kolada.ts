/// <reference types="node" />
/**
 * `insyn kolada <kpi ids…> --municipality 0484 [--compare 0000 …]`: feed indicators from the
 * Kolada API, as JSON on stdout. The I/O lives here; the reading of Kolada's answers is the
 * pure src/kolada/adapter.ts.
 *
 * Exit status: 0 indicators written, 1 Kolada could not be reached or sent no usable data,
 * 2 the command was used wrongly. Warnings and errors go to stderr, never to stdout.
 */
import type { Indicator } from '../feed/generated/feed-types.js';
import { problemLine, type MessageLang } from '../feed/messages.js';
import { validateFeed } from '../feed/validate.js';
import {
  KOLADA_API,
  KPI_ID,
  KoladaPageLimitError,
  MUNICIPALITY_CODE,
  RIKET,
  followPages,
  koladaDataUrl,
  koladaIndicators,
  koladaKpiUrl,
  koladaMunicipalityUrl,
  parseKpiMetadata,
  parseMunicipalityMetadata,
  type KoladaKpiMetadata,
  type KoladaMunicipality,
  type KoladaWarning,
} from '../kolada/adapter.js';
import type { CliIo } from './io.js';

/** The CLI's I/O plus the network; tests may hand in their own fetch. */
export interface KoladaIo extends CliIo {
  fetch?: typeof fetch;
}

const EXIT = { ok: 0, trouble: 1, usage: 2 } as const;

/** Long enough for Kolada's slow first answer of the day, short enough to notice a dead mirror. */
const DEFAULT_TIMEOUT_S = 30;

type Words = Record<MessageLang, string>;

export const KOLADA_USAGE: Words = {
  en: `Usage: insyn kolada <kpi id…> --municipality <code> [--compare <code>…] [--api <url>]
                    [--title-from-api] [--timeout <seconds>] [--lang sv|en]

Fetches Kolada key figures (KPIs) and writes them as Insyn feed indicators, as JSON on
standard output: {"indicators": [...]}, one indicator per KPI, with Kolada (RKA) as the source
(shown as "Källa: Kolada (RKA)").

  <kpi id…>              Kolada KPI ids, e.g. N00914 (several, or comma-separated)
  --municipality <code>  the municipality the values are for, e.g. 0484 (Eskilstuna)
  --compare <code>       a comparison series, e.g. 0000 (the whole country); may be repeated
  --api <url>            the API's base URL (default ${KOLADA_API}); a mirror works too
  --title-from-api       take titles, descriptions, units and place names from Kolada's metadata
                         (without it the title is the KPI id and the unit "number")
  --timeout <seconds>    how long to wait for each answer (default ${DEFAULT_TIMEOUT_S})
  --lang sv|en           language of the messages

Exit status: 0 written, 1 Kolada could not be reached or sent no usable data, 2 wrong usage.
`,
  sv: `Användning: insyn kolada <nyckeltal…> --municipality <kod> [--compare <kod>…] [--api <url>]
                         [--title-from-api] [--timeout <sekunder>] [--lang sv|en]

Hämtar nyckeltal från Kolada och skriver dem som indikatorer för ett Insyn-flöde, som JSON på
standard ut: {"indicators": [...]}, en indikator per nyckeltal, med Kolada (RKA) som källa
(visas som "Källa: Kolada (RKA)").

  <nyckeltal…>           Koladas id för nyckeltal, t.ex. N00914 (flera, eller kommaseparerade)
  --municipality <kod>   kommunen som värdena gäller, t.ex. 0484 (Eskilstuna)
  --compare <kod>        en jämförelseserie, t.ex. 0000 (riket); kan upprepas
  --api <url>            API:ets bas-URL (standard ${KOLADA_API}); en spegel går också bra
  --title-from-api       ta rubriker, beskrivningar, enheter och ortnamn från Koladas metadata
                         (utan den blir rubriken nyckeltalets id och enheten "number")
  --timeout <sekunder>   hur länge varje svar får dröja (standard ${DEFAULT_TIMEOUT_S})
  --lang sv|en           meddelandenas språk

Slutstatus: 0 skrivet, 1 Kolada gick inte att nå eller gav inga användbara data, 2 fel användning.
`,
};

const SAY = {
  unknownOption: { en: 'unknown option', sv: 'okänd flagga' },
  needsValue: { en: 'needs a value', sv: 'behöver ett värde' },
  badLang: { en: '--lang must be sv or en', sv: '--lang ska vara sv eller en' },
  noKpi: {
    en: 'kolada needs at least one KPI id, e.g. N00914',
    sv: 'kolada behöver minst ett nyckeltal, t.ex. N00914',
  },
  badKpi: {
    en: 'not a Kolada KPI id (N or U and five digits)',
    sv: 'inte ett nyckeltal i Kolada (N eller U och fem siffror)',
  },
  noMunicipality: {
    en: 'kolada needs --municipality <code>, e.g. 0484',
    sv: 'kolada behöver --municipality <kod>, t.ex. 0484',
  },
  twoMunicipalities: {
    en: '--municipality is given twice; use --compare for the others',
    sv: '--municipality anges två gånger; använd --compare för de andra',
  },
  badCode: { en: 'not a municipality code (four digits)', sv: 'inte en kommunkod (fyra siffror)' },
  badApi: { en: '--api must be an http(s) URL', sv: '--api ska vara en http(s)-URL' },
  badTimeout: {
    en: '--timeout must be a number of seconds above 0',
    sv: '--timeout ska vara sekunder, över 0',
  },
  moreHelp: { en: 'Run "insyn kolada --help" for more.', sv: 'Kör "insyn kolada --help" för mer.' },
  timeout: { en: 'Kolada did not answer within', sv: 'Kolada svarade inte inom' },
  network: { en: 'cannot reach Kolada', sv: 'kan inte nå Kolada' },
  http: { en: 'Kolada answered', sv: 'Kolada svarade' },
  notJson: { en: "Kolada's answer is not JSON", sv: 'Koladas svar är inte JSON' },
  pageLimit: {
    en: 'Kolada kept sending more pages; stopped after',
    sv: 'Kolada skickade fler och fler sidor; slutade efter',
  },
  noData: { en: 'no data from Kolada for', sv: 'inga data från Kolada för' },
  noMetadata: {
    en: 'cannot read the KPI metadata; the title is the KPI id and the unit "number"',
    sv: 'kan inte läsa nyckeltalens metadata; rubriken blir nyckeltalets id och enheten "number"',
  },
  noKpiMetadata: {
    en: 'Kolada has no metadata for',
    sv: 'Kolada har ingen metadata för',
  },
  noPlaceNames: {
    en: 'cannot read the municipality names; the labels say the codes',
    sv: 'kan inte läsa kommunernas namn; etiketterna visar koderna',
  },
  invalid: {
    en: 'the indicators do not pass the feed check (a bug in insyn):',
    sv: 'indikatorerna klarar inte flödets kontroll (ett fel i insyn):',
  },
  warning: { en: 'warning', sv: 'varning' },
} satisfies Record<string, Words>;

interface Args {
  kpis: string[];
  municipality?: string;
  compare: string[];
  api: string;
  titleFromApi: boolean;
  timeoutMs: number;
  lang?: MessageLang;
  help: boolean;
  /** Worded once --lang is known, which may come after the mistake. */
  errors: ((lang: MessageLang) => string)[];
}

/** Splits "a,b" and trims; empty pieces are dropped. */
const pieces = (value: string): string[] =>
  value
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean);

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    kpis: [],
    compare: [],
    api: KOLADA_API,
    titleFromApi: false,
    timeoutMs: DEFAULT_TIMEOUT_S * 1000,
    help: false,
    errors: [],
  };
  const pending = args.errors;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (options && arg === '--') {
      options = false;
      continue;
    }
    if (!options || !arg.startsWith('-')) {
      for (const id of pieces(arg)) {
        const kpi = id.toUpperCase();
        if (KPI_ID.test(kpi)) args.kpis.push(kpi);
        else pending.push((l) => `${SAY.badKpi[l]}: ${id}`);
      }
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    const needs = (): void => void pending.push((l) => `${name}: ${SAY.needsValue[l]}`);
    if ((name === '--help' || name === '-h') && inline === undefined) args.help = true;
    else if (name === '--title-from-api' && inline === undefined) args.titleFromApi = true;
    else if (name === '--lang') {
      const lang = value();
      if (lang === 'sv' || lang === 'en') args.lang = lang;
      else pending.push((l) => SAY.badLang[l]);
    } else if (name === '--municipality') {
      const code = value();
      if (code === undefined) needs();
      else if (!MUNICIPALITY_CODE.test(code.trim())) pending.push((l) => `${SAY.badCode[l]}: ${code}`);
      else if (args.municipality !== undefined && args.municipality !== code.trim())
        pending.push((l) => SAY.twoMunicipalities[l]);
      else args.municipality = code.trim();
    } else if (name === '--compare') {
      const codes = value();
      if (codes === undefined) needs();
      else
        for (const code of pieces(codes)) {
          if (MUNICIPALITY_CODE.test(code)) args.compare.push(code);
          else pending.push((l) => `${SAY.badCode[l]}: ${code}`);
        }
    } else if (name === '--api') {
      const api = value();
      if (api === undefined) needs();
      else if (!/^https?:\/\/[^\s/]+/.test(api)) pending.push((l) => `${SAY.badApi[l]}: ${api}`);
      else args.api = api;
    } else if (name === '--timeout') {
      const seconds = value();
      const n = seconds === undefined ? NaN : Number(seconds);
      if (seconds === undefined) needs();
      else if (!Number.isFinite(n) || n <= 0) pending.push((l) => `${SAY.badTimeout[l]}: ${seconds}`);
      else args.timeoutMs = Math.round(n * 1000);
    } else pending.push((l) => `${SAY.unknownOption[l]}: ${arg}`);
  }
  return args;
}

/** Why a request to Kolada failed, already in words. */
class KoladaRequestError extends Error {
  override readonly name = 'KoladaRequestError';
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** GETs one URL as JSON, within the timeout (which covers the body too). */
async function getJson(
  url: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
  lang: MessageLang,
): Promise<unknown> {
  const signal = AbortSignal.timeout(timeoutMs);
  const failed = (error: unknown): KoladaRequestError => {
    if (signal.aborted || (error as { name?: unknown } | null)?.name === 'TimeoutError') {
      return new KoladaRequestError(`${SAY.timeout[lang]} ${seconds(timeoutMs)}: ${url}`);
    }
    // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND …) is the cause.
    const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
    const detail =
      typeof cause?.code === 'string'
        ? cause.code
        : typeof cause?.message === 'string'
          ? cause.message
          : error instanceof Error
            ? error.message
            : String(error);
    return new KoladaRequestError(`${SAY.network[lang]}: ${url}: ${detail}`);
  };
  let response: Response;
  try {
    response = await fetchFn(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    throw failed(error);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) {
    throw new KoladaRequestError(
      `${SAY.http[lang]} ${response.status} ${response.statusText}`.trimEnd() + `: ${url}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new KoladaRequestError(`${SAY.notJson[lang]}: ${url}`);
  }
}

/** All pages from a first URL, with request failures and the page limit as KoladaRequestError. */
async function allPages(
  firstUrl: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
  lang: MessageLang,
): Promise<{ pages: unknown[]; warnings: KoladaWarning[] }> {
  try {
    return await followPages((url) => getJson(url, fetchFn, timeoutMs, lang), firstUrl);
  } catch (error) {
    if (error instanceof KoladaPageLimitError) {
      throw new KoladaRequestError(`${SAY.pageLimit[lang]} ${error.limit}: ${error.url}`);
    }
    throw error;
  }
}

/** Runs `insyn kolada` with the arguments after "kolada"; resolves to the exit status. */
export async function koladaCommand(
  argv: readonly string[],
  io: KoladaIo,
  envLang: MessageLang,
): Promise<number> {
  const args = parseArgs(argv);
  const lang = args.lang ?? envLang;
  if (args.help) {
    io.stdout(KOLADA_USAGE[lang]);
    return EXIT.ok;
  }
  if (args.errors.length === 0) {
    if (args.kpis.length === 0) args.errors.push((l) => SAY.noKpi[l]);
    else if (args.municipality === undefined) args.errors.push((l) => SAY.noMunicipality[l]);
  }
  if (args.errors.length > 0) {
    const lines = args.errors.map((word) => `insyn kolada: ${word(lang)}\n`).join('');
    io.stderr(`${lines}${SAY.moreHelp[lang]}\n`);
    return EXIT.usage;
  }
  const fetchFn = io.fetch ?? globalThis.fetch;
  const kpis = [...new Set(args.kpis)];
  const main = args.municipality!;
  const compare = [...new Set(args.compare)].filter((code) => code !== main);
  const warn = (message: string): void => io.stderr(`insyn kolada: ${SAY.warning[lang]}: ${message}\n`);
  const fail = (message: string): number => {
    io.stderr(`insyn kolada: ${message}\n`);
    return EXIT.trouble;
  };

  let data: { pages: unknown[]; warnings: KoladaWarning[] };
  try {
    data = await allPages(koladaDataUrl(args.api, kpis, [main, ...compare]), fetchFn, args.timeoutMs, lang);
  } catch (error) {
    if (error instanceof KoladaRequestError) return fail(error.message);
    throw error;
  }

  let metadata = new Map<string, KoladaKpiMetadata>();
  let places: Record<string, KoladaMunicipality> = {};
  if (args.titleFromApi) {
    try {
      const meta = await allPages(koladaKpiUrl(args.api, kpis), fetchFn, args.timeoutMs, lang);
      metadata = parseKpiMetadata(meta.pages);
      for (const kpi of kpis) if (!metadata.has(kpi)) warn(`${SAY.noKpiMetadata[lang]} ${kpi}`);
    } catch (error) {
      if (!(error instanceof KoladaRequestError)) throw error;
      warn(`${SAY.noMetadata[lang]} (${error.message})`);
    }
    const named = compare.filter((code) => code !== RIKET);
    if (named.length > 0) {
      try {
        const meta = await allPages(koladaMunicipalityUrl(args.api, named), fetchFn, args.timeoutMs, lang);
        places = parseMunicipalityMetadata(meta.pages);
      } catch (error) {
        if (!(error instanceof KoladaRequestError)) throw error;
        warn(`${SAY.noPlaceNames[lang]} (${error.message})`);
      }
    }
  }

  const results = koladaIndicators(
    data.pages,
    kpis.map((kpi) => {
      const meta = metadata.get(kpi);
      return {
        kpi,
        municipality: main,
        compare,
        municipalities: places,
        ...(meta ? { metadata: meta } : {}),
      };
    }),
  );
  for (const warning of data.warnings) warn(warning.message);
  // A KPI without values for the municipality is an error, not an empty indicator: it is almost
  // always a mistyped id or a KPI that Kolada does not publish for municipalities.
  const empty: string[] = [];
  for (const [i, { indicator, warnings }] of results.entries()) {
    for (const warning of warnings) if (warning.code !== 'no-data') warn(warning.message);
    if (indicator.values.length === 0) empty.push(kpis[i]!);
  }
  if (empty.length > 0) return fail(`${SAY.noData[lang]} ${empty.join(', ')} (${main})`);

  const indicators: Indicator[] = results.map((result) => result.indicator);
  const check = validateFeed({ version: 1, indicators }, { lang });
  if (!check.ok) {
    return fail(`${SAY.invalid[lang]}\n${check.problems.map((p) => `  ${problemLine(p)}`).join('\n')}`);
  }
  io.stdout(`${JSON.stringify({ indicators }, null, 2)}\n`);
  return EXIT.ok;
}

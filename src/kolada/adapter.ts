/**
 * Kolada (the open Swedish municipal KPI database, run by RKA) → feed indicators. Pure: no
 * fetch, no DOM, no Node; the CLI (src/cli/kolada.ts) does the I/O and hands the pages here.
 *
 * A data response page, v2 (`https://api.kolada.se/v2/data/kpi/<kpis>/municipality/<ids>`):
 * `{ values: [{ kpi, municipality, period, values: [{ gender, count, status, value }] }], count,
 * next_page }`, where period is a year as a string. v3 is the same with `next_url` and an
 * integer period. Gender T is the total, K kvinnor (women), M män (men).
 */
import type {
  ComparisonSeries,
  Indicator,
  Observation,
  QuantityUnit,
  Source,
  Text,
} from '../feed/generated/feed-types.js';

/**
 * The source's name, with the publisher named. Elements show a source as "Källa: {name}", which
 * gives the credit RKA's terms ask for: "Källa: Kolada (RKA)".
 */
export const KOLADA_CREDIT = { sv: 'Kolada (RKA)', en: 'Kolada (RKA)' } as const;

/** The public API; v2 unless told otherwise, as in the Kolada documentation on GitHub. */
export const KOLADA_API = 'https://api.kolada.se/v2';

/** The whole country (Riket) in Kolada's municipality ids. */
export const RIKET = '0000';

/** The shape of a KPI id that the feed's `source.kolada` accepts (N… municipal, U… unit level). */
export const KPI_ID = /^[NU][0-9]{5}$/;

/** A municipality or region code (0000 Riket, 0001–0025 regions, 0114–2584 municipalities). */
export const MUNICIPALITY_CODE = /^[0-9]{4}$/;

/** Enough pages for 5000 rows each; more than that means the server keeps sending us on. */
export const DEFAULT_PAGE_LIMIT = 50;

export type KoladaWarningCode =
  | 'not-a-page'
  | 'bad-row'
  | 'bad-period'
  | 'non-numeric'
  | 'unknown-gender'
  | 'conflict'
  | 'no-data'
  | 'no-comparison-data'
  | 'page-loop';

/** Something in the data that was skipped or doubtful; the rest is still used. */
export interface KoladaWarning {
  readonly code: KoladaWarningCode;
  /** In English, naming the page and row (both from 0) where there is one. */
  readonly message: string;
  readonly page?: number;
  readonly row?: number;
}

/** What the adapter knows about a municipality, from `/v2/municipality/<ids>` or the caller. */
export interface KoladaMunicipality {
  readonly title: string;
  /** K kommun, L region (landsting). */
  readonly type?: string;
}

/** What the adapter takes from `/v2/kpi/<ids>`. */
export interface KoladaKpiMetadata {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly unit: QuantityUnit;
}

export interface KoladaSelection {
  /** The KPI, e.g. N15419; rows for other KPIs in the pages are left out. */
  readonly kpi: string;
  /** The municipality whose values the indicator shows, e.g. 0484 (Eskilstuna). */
  readonly municipality: string;
  /** Comparison series, in this order, e.g. ['0000'] for the national figure. */
  readonly compare?: readonly string[];
  /** Names for the comparison labels; without a name a code is labelled "Kommun 1980". */
  readonly municipalities?: Readonly<Record<string, KoladaMunicipality>>;
}

export interface KoladaIndicatorParts {
  readonly values: Observation[];
  readonly comparisons: ComparisonSeries[];
  readonly source: Source;
}

export interface KoladaIndicatorOptions extends KoladaSelection {
  /** Title, description and unit from the KPI metadata; without it the title is the KPI id. */
  readonly metadata?: KoladaKpiMetadata;
  /** Defaults to `kolada-<kpi in lower case>`. */
  readonly id?: string;
}

type Gender = 'T' | 'K' | 'M';
const FIELD: Record<Gender, 'value' | 'women' | 'men'> = { T: 'value', K: 'women', M: 'men' };

/** One cell: a KPI for a municipality, period and gender. */
interface Cell {
  value: number | null;
  /** Where it came from, to name both places when a later page disagrees. */
  page: number;
  row: number;
}

/** Cells by KPI, then municipality, then period, then gender. */
type Cells = Map<string, Map<string, Map<string, Map<Gender, Cell>>>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The id an indicator from Kolada gets in the feed: `kolada-n15419`. */
export function koladaIndicatorId(kpi: string): string {
  return `kolada-${kpi.toLowerCase()}`;
}

/** Kolada's own page for the KPI, for readers who want the definition and all municipalities. */
export function koladaKpiPage(kpi: string): string {
  return `https://www.kolada.se/verktyg/fri-sokning/?kpis=${encodeURIComponent(kpi)}`;
}

function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}

/** The data URL for KPIs × municipalities, every year (Kolada's path form; ids comma-separated). */
export function koladaDataUrl(
  base: string,
  kpis: readonly string[],
  municipalities: readonly string[],
  years?: readonly (number | string)[],
): string {
  const list = (ids: readonly (number | string)[]): string =>
    ids.map((id) => encodeURIComponent(id)).join(',');
  const year = years && years.length ? `/year/${list(years)}` : '';
  return `${trimBase(base)}/data/kpi/${list(kpis)}/municipality/${list(municipalities)}${year}`;
}

/** The metadata URL for KPIs: title, description, whether divided by gender. */
export function koladaKpiUrl(base: string, kpis: readonly string[]): string {
  return `${trimBase(base)}/kpi/${kpis.map((id) => encodeURIComponent(id)).join(',')}`;
}

/** The metadata URL for municipalities (and regions): title and type. */
export function koladaMunicipalityUrl(base: string, ids: readonly string[]): string {
  return `${trimBase(base)}/municipality/${ids.map((id) => encodeURIComponent(id)).join(',')}`;
}

/** The next page's URL of a response page, v2 (`next_page`) or v3 (`next_url`), or null. */
export function nextPageUrl(page: unknown): string | null {
  if (!isRecord(page)) return null;
  const next = page.next_page ?? page.next_url;
  return typeof next === 'string' && next.trim() !== '' ? next : null;
}

export class KoladaPageLimitError extends Error {
  override readonly name = 'KoladaPageLimitError';
  constructor(
    readonly limit: number,
    readonly url: string,
  ) {
    super(`Kolada kept sending more pages: stopped after ${limit}, before ${url}`);
  }
}

export interface FollowPagesOptions {
  /** How many pages at most; one more is an error, since the data would be cut short. */
  readonly limit?: number;
}

export interface FollowedPages {
  readonly pages: unknown[];
  readonly urls: string[];
  readonly warnings: KoladaWarning[];
}

/**
 * Fetches the first page and each next page it points to, through `fetchPage` (injected, so
 * this module needs no network). A next URL seen before ends the walk with a warning, since
 * every page up to it has been read once; going past `limit` pages rejects with
 * KoladaPageLimitError. Errors from `fetchPage` pass through as they are.
 */
export async function followPages(
  fetchPage: (url: string) => Promise<unknown>,
  firstUrl: string,
  options: FollowPagesOptions = {},
): Promise<FollowedPages> {
  const limit = options.limit ?? DEFAULT_PAGE_LIMIT;
  const pages: unknown[] = [];
  const urls: string[] = [];
  const warnings: KoladaWarning[] = [];
  const seen = new Set<string>();
  let url: string | null = firstUrl;
  while (url !== null) {
    if (seen.has(url)) {
      warnings.push({
        code: 'page-loop',
        message: `page ${pages.length - 1} points back to ${url}, read before; stopped there`,
        page: pages.length - 1,
      });
      break;
    }
    if (pages.length >= limit) throw new KoladaPageLimitError(limit, url);
    seen.add(url);
    urls.push(url);
    const page: unknown = await fetchPage(url);
    pages.push(page);
    const next = nextPageUrl(page);
    // A relative next URL (a mirror may send one) is read against the page it came from.
    url = next === null ? null : resolveUrl(next, url);
  }
  return { pages, urls, warnings };
}

function resolveUrl(next: string, current: string): string {
  try {
    return new URL(next, current).href;
  } catch {
    return next;
  }
}

/** A year as the feed writes periods: "2023" from "2023" or 2023; null for anything else. */
function periodOf(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return String(raw);
  if (typeof raw === 'string' && /^[0-9]{4}$/.test(raw.trim())) return raw.trim();
  return null;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Reads every data row of every page into cells; skips what it cannot read, with a warning. */
function collectCells(pages: readonly unknown[], warnings: KoladaWarning[]): Cells {
  const cells: Cells = new Map();
  pages.forEach((page, p) => {
    if (!isRecord(page) || !Array.isArray(page.values)) {
      warnings.push({ code: 'not-a-page', message: `page ${p} has no "values" list`, page: p });
      return;
    }
    page.values.forEach((row: unknown, r) => {
      const at = `page ${p}, row ${r}`;
      const bad = (code: KoladaWarningCode, what: string): void => {
        warnings.push({ code, message: `${at}: ${what}`, page: p, row: r });
      };
      if (
        !isRecord(row) ||
        typeof row.kpi !== 'string' ||
        typeof row.municipality !== 'string' ||
        !Array.isArray(row.values)
      ) {
        bad('bad-row', 'not a data row (kpi, municipality, period, values); skipped');
        return;
      }
      const period = periodOf(row.period);
      if (period === null) {
        bad('bad-period', `period ${shown(row.period)} is not a year; skipped`);
        return;
      }
      let byMunicipality = cells.get(row.kpi);
      if (!byMunicipality)
        cells.set(row.kpi, (byMunicipality = new Map<string, Map<string, Map<Gender, Cell>>>()));
      let byPeriod = byMunicipality.get(row.municipality);
      if (!byPeriod) byMunicipality.set(row.municipality, (byPeriod = new Map<string, Map<Gender, Cell>>()));
      let byGender = byPeriod.get(period);
      // The period is kept even when no gender value can be read: it was published, as a gap.
      if (!byGender) byPeriod.set(period, (byGender = new Map<Gender, Cell>()));
      for (const entry of row.values as unknown[]) {
        if (!isRecord(entry)) {
          bad('bad-row', `a value entry is ${shown(entry)}; skipped`);
          continue;
        }
        const gender = entry.gender;
        if (gender !== 'T' && gender !== 'K' && gender !== 'M') {
          bad('unknown-gender', `gender ${shown(gender)} is not T, K or M; skipped`);
          continue;
        }
        let value: number | null;
        if (entry.status === 'Missing' || entry.value === null || entry.value === undefined) value = null;
        else if (typeof entry.value === 'number' && Number.isFinite(entry.value)) value = entry.value;
        else {
          bad(
            'non-numeric',
            `${row.municipality} ${period} ${gender}: value ${shown(entry.value)} is not a number; left out`,
          );
          value = null;
        }
        const before = byGender.get(gender);
        if (!before || (before.value === null && value !== null)) {
          // A later page may fill what an earlier one lacked; a repeat of the same row changes nothing.
          byGender.set(gender, { value, page: p, row: r });
        } else if (value !== null && before.value !== value) {
          bad(
            'conflict',
            `${row.municipality} ${period} ${gender}: ${value} differs from ${before.value} ` +
              `(page ${before.page}, row ${before.row}); the first is kept`,
          );
        }
      }
    });
  });
  return cells;
}

/** Observations sorted by period; women and men only where Kolada gave a K or M entry. */
function observations(byPeriod: Map<string, Map<Gender, Cell>> | undefined): Observation[] {
  if (!byPeriod) return [];
  return [...byPeriod.keys()].sort().map((period) => {
    const byGender = byPeriod.get(period)!;
    const observation: Observation = { period, value: byGender.get('T')?.value ?? null };
    for (const gender of ['K', 'M'] as const) {
      const cell = byGender.get(gender);
      if (cell) observation[FIELD[gender]] = cell.value;
    }
    return observation;
  });
}

function comparisonLabel(code: string, known: KoladaMunicipality | undefined): Text {
  if (code === RIKET) return { sv: 'Riket', en: 'Sweden' };
  if (known?.title) return known.title;
  return known?.type === 'L'
    ? { sv: `Region ${code}`, en: `Region ${code}` }
    : { sv: `Kommun ${code}`, en: `Municipality ${code}` };
}

function comparisonKind(code: string, known: KoladaMunicipality | undefined): ComparisonSeries['kind'] {
  if (code === RIKET) return 'national';
  return known?.type === 'L' ? 'region' : 'municipality';
}

function checkSelection(selection: KoladaSelection): void {
  if (!KPI_ID.test(selection.kpi)) throw new RangeError(`not a Kolada KPI id: ${selection.kpi}`);
  for (const code of [selection.municipality, ...(selection.compare ?? [])]) {
    if (!MUNICIPALITY_CODE.test(code)) throw new RangeError(`not a municipality code: ${code}`);
  }
}

function partsFromCells(
  cells: Cells,
  selection: KoladaSelection,
  warnings: KoladaWarning[],
): KoladaIndicatorParts {
  const byMunicipality = cells.get(selection.kpi);
  const values = observations(byMunicipality?.get(selection.municipality));
  if (values.length === 0) {
    warnings.push({ code: 'no-data', message: `no data for ${selection.kpi} in ${selection.municipality}` });
  }
  const compare = [...new Set(selection.compare ?? [])].filter((code) => code !== selection.municipality);
  const comparisons = compare.map((code): ComparisonSeries => {
    const known = selection.municipalities?.[code];
    const series = observations(byMunicipality?.get(code));
    if (series.length === 0) {
      warnings.push({
        code: 'no-comparison-data',
        message: `no data for ${selection.kpi} in ${code} (comparison)`,
      });
    }
    return {
      id: code === RIKET ? 'riket' : `municipality-${code}`,
      label: comparisonLabel(code, known),
      kind: comparisonKind(code, known),
      municipalityCode: code,
      values: series,
    };
  });
  return {
    values,
    comparisons,
    source: { name: { ...KOLADA_CREDIT }, kolada: selection.kpi, url: koladaKpiPage(selection.kpi) },
  };
}

/**
 * The values of one KPI for one municipality and its comparison series, from any number of
 * response pages (v2 or v3, in any order, repeats allowed). Throws RangeError only for a
 * malformed selection; bad data becomes warnings.
 */
export function koladaIndicatorParts(
  pages: readonly unknown[],
  selection: KoladaSelection,
): { parts: KoladaIndicatorParts; warnings: KoladaWarning[] } {
  checkSelection(selection);
  const warnings: KoladaWarning[] = [];
  const cells = collectCells(pages, warnings);
  return { parts: partsFromCells(cells, selection, warnings), warnings };
}

/** A whole feed indicator for one KPI; see koladaIndicatorParts. */
export function koladaIndicator(
  pages: readonly unknown[],
  options: KoladaIndicatorOptions,
): { indicator: Indicator; warnings: KoladaWarning[] } {
  return koladaIndicators(pages, [options])[0]!;
}

/**
 * One indicator per KPI from the same pages (one request can carry several KPIs). The page
 * warnings are given with the first indicator only, so that they are not repeated.
 */
export function koladaIndicators(
  pages: readonly unknown[],
  options: readonly KoladaIndicatorOptions[],
): { indicator: Indicator; warnings: KoladaWarning[] }[] {
  options.forEach(checkSelection);
  const pageWarnings: KoladaWarning[] = [];
  const cells = collectCells(pages, pageWarnings);
  return options.map((option, i) => {
    const warnings = i === 0 ? pageWarnings : [];
    const parts = partsFromCells(cells, option, warnings);
    const meta = option.metadata;
    const indicator: Indicator = {
      id: option.id ?? koladaIndicatorId(option.kpi),
      // Kolada's titles and descriptions are in Swedish only.
      title: meta?.title ? { sv: meta.title } : option.kpi,
      ...(meta?.description ? { description: { sv: meta.description } } : {}),
      unit: meta?.unit ?? 'number',
      source: parts.source,
      values: parts.values,
      ...(parts.comparisons.length ? { comparisons: parts.comparisons } : {}),
    };
    return { indicator, warnings };
  });
}

/** The schema's limit on a text. */
const MAX_TEXT = 5000;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * The unit Kolada's metadata implies. Kolada has no machine-readable unit in v2, but percent
 * KPIs say so in the title ("…, andel (%)"); everything else is a plain number, since "kr/inv",
 * "antal" and the like are better written by hand (unit + unitLabel) than guessed.
 */
export function unitFromKpiMetadata(meta: Readonly<Record<string, unknown>>): QuantityUnit {
  const unit = typeof meta.unit === 'string' ? meta.unit.trim().toLowerCase() : '';
  if (unit === '%' || unit === 'procent' || unit === 'percent') return 'percent';
  const title = typeof meta.title === 'string' ? meta.title : '';
  return /\(\s*%\s*\)|\s%$|\bprocent\b/i.test(title) ? 'percent' : 'number';
}

/** KPI metadata by id from `/v2/kpi/<ids>` pages; entries without an id or title are skipped. */
export function parseKpiMetadata(pages: readonly unknown[]): Map<string, KoladaKpiMetadata> {
  const found = new Map<string, KoladaKpiMetadata>();
  for (const page of pages) {
    if (!isRecord(page) || !Array.isArray(page.values)) continue;
    for (const entry of page.values as unknown[]) {
      if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.title !== 'string') continue;
      const title = entry.title.trim();
      if (!title || found.has(entry.id)) continue;
      const description = typeof entry.description === 'string' ? entry.description.trim() : '';
      found.set(entry.id, {
        id: entry.id,
        title: clip(title),
        ...(description ? { description: clip(description) } : {}),
        unit: unitFromKpiMetadata(entry),
      });
    }
  }
  return found;
}

/** Municipality names and types by id from `/v2/municipality/<ids>` pages. */
export function parseMunicipalityMetadata(pages: readonly unknown[]): Record<string, KoladaMunicipality> {
  const found: Record<string, KoladaMunicipality> = {};
  for (const page of pages) {
    if (!isRecord(page) || !Array.isArray(page.values)) continue;
    for (const entry of page.values as unknown[]) {
      if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.title !== 'string') continue;
      if (!entry.title.trim() || entry.id in found) continue;
      found[entry.id] = {
        title: clip(entry.title.trim()),
        ...(typeof entry.type === 'string' ? { type: entry.type } : {}),
      };
    }
  }
  return found;
}

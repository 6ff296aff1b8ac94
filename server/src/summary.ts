/**
 * The numbers editors and residents see: answers counted per page, per ISO week within each
 * page and per week for all pages, with the share of "Ja"; and which pages' share is public.
 */
import type { SummaryRow } from './store/types.js';

/** Fewer answers than this and the public share says nothing: no single answer shows through. */
export const PUBLIC_MINIMUM = 10;

interface Counts {
  yes: number;
  no: number;
  total: number;
  share: number | null;
}

function counts(yes: number, no: number): Counts {
  const total = yes + no;
  return { yes, no, total, share: total ? Math.round((yes / total) * 1000) / 1000 : null };
}

function add(into: Map<string, { yes: number; no: number }>, key: string, row: SummaryRow): void {
  const c = into.get(key) ?? { yes: 0, no: 0 };
  c.yes += Number(row.yes);
  c.no += Number(row.no);
  into.set(key, c);
}

/** Answers per page, per week within each page, and per week for all pages together. */
export function summarise(rows: readonly SummaryRow[]) {
  const pages = new Map<string, { yes: number; no: number }>();
  const weeks = new Map<string, { yes: number; no: number }>();
  const pageWeeks = new Map<string, { week: string; yes: number; no: number }[]>();
  for (const row of rows) {
    add(pages, row.page, row);
    add(weeks, row.week, row);
    const list = pageWeeks.get(row.page) ?? [];
    list.push({ week: row.week, yes: Number(row.yes), no: Number(row.no) });
    pageWeeks.set(row.page, list);
  }
  let yes = 0;
  let no = 0;
  for (const c of pages.values()) {
    yes += c.yes;
    no += c.no;
  }
  return {
    total: counts(yes, no),
    pages: [...pages].map(([page, c]) => ({
      page,
      ...counts(c.yes, c.no),
      weeks: pageWeeks.get(page)!.map((w) => ({ week: w.week, ...counts(w.yes, w.no) })),
    })),
    weeks: [...weeks]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([week, c]) => ({ week, ...counts(c.yes, c.no) })),
  };
}

/** Whether a page's share may be shown to anyone: INSYN_PUBLIC_SUMMARY has it, `prefix*` or `*`. */
export function isPublic(page: string, patterns: readonly string[]): boolean {
  return patterns.some(
    (p) => p === '*' || p === page || (p.endsWith('*') && page.startsWith(p.slice(0, -1))),
  );
}

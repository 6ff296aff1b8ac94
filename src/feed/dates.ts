/**
 * Calendar dates as the feed writes them (YYYY-MM-DD). Only the feed check uses this, so it
 * stays out of the elements' entry bundles (period.ts is in them). Pure.
 */
/**
 * Whether text starting YYYY-MM-DD names a day that exists: false for 2026-13-01 and 2026-02-30,
 * undefined when the text does not start with that shape at all.
 */
export function isRealDate(text: string): boolean | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

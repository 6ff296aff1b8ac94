/**
 * The charts' scales: a value to a pixel along one axis. Three charts drew their own (the budget's
 * trend, an indicator's line and bullet chart, the scorecard's sparkline); d3-scale would bring
 * interpolators and formats none of them needs. Pure.
 */

export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export interface LinearOptions {
  /** Values outside the domain land on the range's ends (a bullet chart's bar). */
  clamp?: boolean;
  /**
   * Where every value goes when the domain is one value (a flat series): 'start' of the range
   * (an axis starting there) or its 'middle' (a sparkline's flat line sits mid-height).
   */
  flat?: 'start' | 'middle';
}

/**
 * Maps [d0, d1] onto [r0, r1] linearly. A range may run backwards (SVG's y grows downwards:
 * [bottom, top]). Not finite input gives not finite output; callers leave such points out.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: LinearOptions = {},
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const { clamp = false, flat = 'start' } = options;
  const scale = (value: number): number => {
    if (span === 0) return flat === 'middle' ? (r0 + r1) / 2 : r0;
    let t = (value - d0) / span;
    if (clamp) t = Math.min(Math.max(t, 0), 1);
    return r0 + t * (r1 - r0);
  };
  return Object.assign(scale, { domain: [d0, d1] as const, range: [r0, r1] as const });
}

/**
 * Where the i-th of `count` evenly spaced items goes in [r0, r1]: `align` 'center' puts each in the
 * middle of its own band of width `step` (a chart's periods, with room either side), 'edge' puts
 * the first and last on the ends (a line across the whole width). One item sits in the middle
 * either way (with 'center' its band is the whole range).
 */
export function pointScale(
  count: number,
  range: readonly [number, number],
  align: 'center' | 'edge',
): { (index: number): number; readonly step: number } {
  const [r0, r1] = range;
  if (align === 'center') {
    const step = (r1 - r0) / Math.max(count, 1);
    return Object.assign((index: number) => r0 + step * (index + 0.5), { step });
  }
  if (count <= 1) return Object.assign(() => (r0 + r1) / 2, { step: 0 });
  const step = (r1 - r0) / (count - 1);
  const first = r0;
  return Object.assign((index: number) => first + index * step, { step });
}

/**
 * The extent of the known values, widened by `fraction` of itself on both sides so no point sits
 * on the plot's edge. One value (or all equal) is widened by that fraction of its size, and zero
 * by one.
 */
export function paddedExtent(values: readonly number[], fraction: number): [number, number] | undefined {
  const known = values.filter(Number.isFinite);
  if (known.length === 0) return undefined;
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo - span * fraction, hi + span * fraction];
}

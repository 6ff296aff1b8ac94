/**
 * Checks the schema cannot express: unique ids, references that resolve, no cycles, periods in
 * order, real dates, known time zones, budget sums. Runs on a feed that already passed the
 * schema, so shapes can be trusted. References into a section the feed leaves out are not
 * checked: a site may serve one file per element. Pure: no DOM, no Lit.
 */
import type {
  BudgetItem,
  ContactPoint,
  DayHours,
  Feed,
  Goal,
  Indicator,
  Observation,
  OpeningInterval,
  Schedule,
} from './generated/feed-types.js';
import { closestId } from './closest.js';
import { isRealDate } from './dates.js';
import { parsePeriod } from './period.js';
import { pointer } from './pointer.js';
import type { RawProblem } from './schema-problems.js';

/** The top-level sections of a feed. */
export type FeedSection = 'organization' | 'goals' | 'indicators' | 'budget' | 'contacts' | 'feedback';

/** The ids of a collection, for looking references up. */
type KnownIds = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** Amounts are written rounded; a parent may differ from its children's sum by this much. */
const SUM_TOLERANCE = 0.5;

class Checker {
  readonly problems: RawProblem[] = [];

  private readonly paths = new Set<string>();

  /** Records a problem; only the first one at a path is kept (one message per value). */
  add(path: string, code: string, params: Record<string, unknown> = {}): void {
    if (this.paths.has(path)) return;
    this.paths.add(path);
    this.problems.push({ path, code, params });
  }

  /** Records ids of a collection; reports the second use of an id. Returns the ids seen. */
  ids(items: readonly { id: string }[] | undefined, base: string): Map<string, number> {
    // Indices, not paths: a path is only built for a problem (a large feed has many ids).
    const seen = new Map<string, number>();
    items?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else
        this.add(pointer(base, i, 'id'), 'duplicate-id', { id: item.id, first: pointer(base, first, 'id') });
    });
    return seen;
  }

  claim(seen: Map<string, string>, id: string, path: string, code = 'duplicate-id'): void {
    const first = seen.get(id);
    if (first !== undefined) this.add(path, code, { id, first });
    else seen.set(id, path);
  }

  /**
   * Reports an id missing from `known`, with the closest known id when one is near enough to be a
   * slip. The path is a function so it is only built when needed.
   */
  ref(id: string | undefined, known: KnownIds | undefined, path: () => string, target: string): void {
    if (id !== undefined && known !== undefined && !known.has(id)) {
      const suggestion = closestId(id, known.keys());
      this.add(
        path(),
        'unknown-reference',
        suggestion === undefined ? { id, target } : { id, target, suggestion },
      );
    }
  }

  date(value: string, path: string): void {
    if (isRealDate(value) === false) this.add(path, 'invalid-date', { date: value });
  }

  timeZone(zone: string | undefined, path: string): void {
    if (zone === undefined) return;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      this.add(path, 'invalid-time-zone', { zone });
    }
  }

  /** Follows `parent` links; reports each cycle once, at the member that closes it. */
  parents(items: readonly { id: string; parent?: string }[] | undefined, base: string): void {
    if (!items) return;
    const parentOf = new Map(items.map((item) => [item.id, item.parent]));
    const indexOf = new Map(items.map((item, i) => [item.id, i]));
    const done = new Set<string>();
    for (const item of items) {
      if (item.parent === item.id) {
        this.add(pointer(base, indexOf.get(item.id)!, 'parent'), 'self-parent');
        done.add(item.id);
        continue;
      }
      const trail: string[] = [];
      let current: string | undefined = item.id;
      while (current !== undefined && !done.has(current) && !trail.includes(current)) {
        trail.push(current);
        current = parentOf.get(current);
      }
      if (current !== undefined && trail.includes(current) && !done.has(current)) {
        const cycle = trail.slice(trail.indexOf(current));
        this.add(pointer(base, indexOf.get(cycle[cycle.length - 1]!)!, 'parent'), 'cycle', {
          ids: [...cycle, current],
        });
      }
      trail.forEach((id) => done.add(id));
    }
  }
}

/**
 * Units whose values cannot be below zero: a share, a count, a duration, a rate, an amount of
 * stuff. Money, plain numbers, indices and scores can (a deficit, a net change).
 */
const NON_NEGATIVE_UNITS: ReadonlySet<Indicator['unit']> = new Set([
  'percent',
  'count',
  'days',
  'hours',
  'minutes',
  'years',
  'per-1000',
  'per-100000',
  'kg',
  'tonnes',
  'kwh',
  'm2',
] as const);

function checkObservations(
  c: Checker,
  values: readonly Observation[],
  base: string,
  unit?: Indicator['unit'],
): void {
  const periods = new Map<string, number>();
  const nonNegative = unit !== undefined && NON_NEGATIVE_UNITS.has(unit);
  values.forEach((v, i) => {
    if (nonNegative) {
      for (const field of ['value', 'women', 'men'] as const) {
        const number = v[field];
        if (typeof number === 'number' && number < 0)
          c.add(pointer(base, i, field), 'negative-value', { value: number, unit: unit });
      }
    }
    const first = periods.get(v.period);
    if (first === undefined) periods.set(v.period, i);
    else
      c.add(pointer(base, i, 'period'), 'duplicate-period', {
        period: v.period,
        first: pointer(base, first, 'period'),
      });
  });
}

function checkIndicator(c: Checker, indicator: Indicator, base: string, units?: KnownIds): void {
  c.ref(indicator.owner, units, () => pointer(base, 'owner'), '/organization/units');
  checkObservations(c, indicator.values, pointer(base, 'values'), indicator.unit);
  if (indicator.baseline !== undefined) {
    const hasValue = indicator.values.some((v) => v.period === indicator.baseline && v.value !== null);
    if (!hasValue) c.add(pointer(base, 'baseline'), 'missing-baseline', { period: indicator.baseline });
  }
  const targetPeriods = new Map<string, string>();
  indicator.targets?.forEach((t, i) => {
    const path = pointer(base, 'targets', i);
    const first = targetPeriods.get(t.period);
    if (first !== undefined) c.add(pointer(path, 'period'), 'duplicate-period', { period: t.period, first });
    else targetPeriods.set(t.period, pointer(path, 'period'));
    if (t.min !== undefined && t.max !== undefined && t.min > t.max) c.add(path, 'min-above-max');
  });
  indicator.ranges?.forEach((r, i) => {
    const previous = indicator.ranges![i - 1];
    if (previous && r.to <= previous.to) c.add(pointer(base, 'ranges', i, 'to'), 'ranges-order');
  });
  const seriesIds = new Map<string, string>();
  indicator.comparisons?.forEach((series, i) => {
    const path = pointer(base, 'comparisons', i);
    c.claim(seriesIds, series.id, pointer(path, 'id'));
    checkObservations(c, series.values, pointer(path, 'values'), indicator.unit);
  });
}

function checkGoal(
  c: Checker,
  goal: Goal,
  base: string,
  refs: { goals: KnownIds; units?: KnownIds; indicators?: KnownIds },
): void {
  if (goal.parent !== goal.id) c.ref(goal.parent, refs.goals, () => pointer(base, 'parent'), '/goals');
  c.ref(goal.owner, refs.units, () => pointer(base, 'owner'), '/organization/units');
  goal.indicators?.forEach((id, i) =>
    c.ref(id, refs.indicators, () => pointer(base, 'indicators', i), '/indicators'),
  );
  if (goal.period !== undefined && typeof goal.period === 'object') {
    const from = parsePeriod(goal.period.from);
    const to = parsePeriod(goal.period.to);
    if (from && to && from.startMonth > to.endMonth) {
      c.add(pointer(base, 'period'), 'range-order', { from: goal.period.from, to: goal.period.to });
    }
  }
  if (goal.verdict?.date !== undefined) c.date(goal.verdict.date, pointer(base, 'verdict', 'date'));
}

/** Sums a budget tree, checking leaves have amounts and parents match their children. */
function checkBudgetItems(
  c: Checker,
  items: readonly BudgetItem[] | undefined,
  base: string,
  ids: Map<string, string>,
  refs: { goals?: KnownIds; indicators?: KnownIds },
): number {
  let total = 0;
  items?.forEach((item, i) => {
    const path = pointer(base, i);
    c.claim(ids, item.id, pointer(path, 'id'));
    item.goals?.forEach((id, j) => c.ref(id, refs.goals, () => pointer(path, 'goals', j), '/goals'));
    item.indicators?.forEach((id, j) =>
      c.ref(id, refs.indicators, () => pointer(path, 'indicators', j), '/indicators'),
    );
    if (item.children && item.children.length > 0) {
      const sum = checkBudgetItems(c, item.children, pointer(path, 'children'), ids, refs);
      if (item.amount !== undefined && Math.abs(item.amount - sum) > SUM_TOLERANCE) {
        c.add(pointer(path, 'amount'), 'sum-mismatch', {
          amount: item.amount,
          sum: Math.round(sum * 100) / 100,
        });
      }
      total += item.amount ?? sum;
    } else if (item.amount === undefined) {
      c.add(path, 'missing-amount');
    } else {
      total += item.amount;
    }
  });
  return total;
}

function checkHours(c: Checker, hours: DayHours, base: string): void {
  hours.forEach((interval, i) => {
    const path = pointer(base, i);
    if (interval.open === '24:00') c.add(pointer(path, 'open'), 'open-at-midnight-end');
    else if (interval.open === interval.close) c.add(path, 'empty-interval');
  });
  if (hours.length > 1) {
    checkOverlaps(
      c,
      hours.map((interval, i) => ({ interval, path: () => pointer(base, i) })),
    );
  }
}

const clockMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Intervals of one day that overlap: the opening-hours engine would merge them, but they are a
 * mistake that can show a wrong "open" (a shorter Friday written as a second rule for Friday
 * instead of replacing the first). A close at or before the open runs into the next day.
 */
function checkOverlaps(c: Checker, day: readonly { interval: OpeningInterval; path: () => string }[]): void {
  const spans = day
    .filter(({ interval }) => interval.open !== '24:00' && interval.open !== interval.close)
    .map(({ interval, path }) => {
      const open = clockMinutes(interval.open);
      const close = clockMinutes(interval.close);
      return { open, close: close > open ? close : close + 1440, path };
    })
    .sort((a, b) => a.open - b.open);
  let reach = -1;
  let reachPath = '';
  for (const span of spans) {
    if (span.open < reach) c.add(span.path(), 'overlapping-intervals', { first: reachPath });
    if (span.close > reach) {
      reach = span.close;
      reachPath = span.path();
    }
  }
}

function checkSchedule(
  c: Checker,
  schedule: Schedule,
  base: string,
  offices: { ids: KnownIds; path: string },
): void {
  c.ref(schedule.office, offices.ids, () => pointer(base, 'office'), offices.path);
  c.timeZone(schedule.timeZone, pointer(base, 'timeZone'));
  schedule.weekly.forEach((rule, i) => checkHours(c, rule.hours, pointer(base, 'weekly', i, 'hours')));
  // Weekly rules naming the same day add up: their intervals must not overlap either.
  if (schedule.weekly.length > 1) {
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const) {
      checkOverlaps(
        c,
        schedule.weekly.flatMap((rule, i) =>
          rule.days.includes(day)
            ? rule.hours.map((interval, j) => ({
                interval,
                path: () => pointer(base, 'weekly', i, 'hours', j),
              }))
            : [],
        ),
      );
    }
  }
  const rulesSeen = new Map<string, string>();
  schedule.rules?.forEach((rule, i) => {
    checkHours(c, rule.hours, pointer(base, 'rules', i, 'hours'));
    // Two rules for one kind of day: the engine takes the first, which may not be what was meant.
    c.claim(rulesSeen, rule.on, pointer(base, 'rules', i, 'on'), 'duplicate-rule');
  });
  schedule.bridgeDays?.forEach((date, i) => c.date(date, pointer(base, 'bridgeDays', i)));
  const dates = new Map<string, string>();
  schedule.exceptions?.forEach((exception, i) => {
    const path = pointer(base, 'exceptions', i);
    c.date(exception.date, pointer(path, 'date'));
    c.claim(dates, exception.date, pointer(path, 'date'), 'duplicate-date');
    checkHours(c, exception.hours, pointer(path, 'hours'));
  });
}

function checkContact(c: Checker, contact: ContactPoint, base: string, units?: KnownIds): void {
  const offices = c.ids(contact.offices, pointer(base, 'offices'));
  const schedules = c.ids(contact.schedules, pointer(base, 'schedules'));
  c.ids(contact.channels, pointer(base, 'channels'));
  c.ids(contact.people, pointer(base, 'people'));
  const officesAt = { ids: offices, path: pointer(base, 'offices') };
  contact.schedules?.forEach((s, i) => checkSchedule(c, s, pointer(base, 'schedules', i), officesAt));
  contact.channels?.forEach((ch, i) =>
    c.ref(ch.schedule, schedules, () => pointer(base, 'channels', i, 'schedule'), pointer(base, 'schedules')),
  );
  contact.people?.forEach((p, i) =>
    c.ref(p.unit, units, () => pointer(base, 'people', i, 'unit'), '/organization/units'),
  );
}

/**
 * The ids of a section that is not checked, for following references into it. Read defensively:
 * a section validator may not have looked at it, so it can hold anything.
 */
function readIds(items: unknown): KnownIds | undefined {
  if (!Array.isArray(items)) return undefined;
  const seen = new Set<string>();
  for (const item of items as unknown[]) {
    const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id === 'string') seen.add(id);
  }
  return seen;
}

/**
 * Checks a schema-valid feed. `sections` limits the checks to what an element reads
 * (references from them into other sections are still followed when those are present).
 */
export function semanticProblems(feed: Feed, sections?: readonly FeedSection[]): RawProblem[] {
  const c = new Checker();
  const wants = (section: FeedSection): boolean =>
    (!sections || sections.includes(section)) && feed[section] !== undefined;
  // A section that is checked reports its duplicate ids; one that is not is only read.
  const ids = <T extends { id: string }>(
    section: FeedSection,
    items: readonly T[] | undefined,
    base: string,
  ) => (wants(section) ? items && c.ids(items, base) : readIds(items));
  // Section validators do not look at `generated`; check it only where it has the schema's shape.
  if (typeof feed.generated === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(feed.generated)) {
    c.date(feed.generated.slice(0, 10), '/generated');
  }
  const units = ids('organization', feed.organization?.units, '/organization/units');
  if (wants('organization')) {
    c.timeZone(feed.organization?.timeZone, '/organization/timeZone');
    feed.organization?.units?.forEach((u, i) =>
      c.ref(u.parent, units, () => pointer('/organization/units', i, 'parent'), '/organization/units'),
    );
    c.parents(feed.organization?.units, '/organization/units');
  }
  const indicatorIds = ids('indicators', feed.indicators, '/indicators');
  const goalIds = ids('goals', feed.goals, '/goals');
  if (wants('indicators')) {
    feed.indicators!.forEach((indicator, i) =>
      checkIndicator(c, indicator, pointer('/indicators', i), units),
    );
  }
  if (wants('goals')) {
    feed.goals!.forEach((goal, i) =>
      checkGoal(c, goal, pointer('/goals', i), { goals: goalIds!, units, indicators: indicatorIds }),
    );
    c.parents(feed.goals, '/goals');
  }
  if (wants('budget')) {
    const years = new Map<string, string>();
    feed.budget!.years.forEach((year, i) => {
      const base = pointer('/budget/years', i);
      const key = `${year.year} ${year.kind}`;
      const first = years.get(key);
      if (first !== undefined)
        c.add(pointer(base, 'year'), 'duplicate-year', { year: year.year, kind: year.kind, first });
      else years.set(key, pointer(base, 'year'));
      const itemIds = new Map<string, string>();
      const refs = { goals: goalIds, indicators: indicatorIds };
      for (const list of ['revenue', 'costs', 'investments'] as const) {
        checkBudgetItems(c, year[list], pointer(base, list), itemIds, refs);
      }
    });
    c.ids(feed.budget!.chapters, '/budget/chapters');
  }
  if (wants('contacts')) {
    c.ids(feed.contacts, '/contacts');
    feed.contacts!.forEach((contact, i) => checkContact(c, contact, pointer('/contacts', i), units));
  }
  return c.problems;
}

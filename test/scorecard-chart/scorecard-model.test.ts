import { expect } from '@open-wc/testing';
import type { Feed, Indicator, Observation } from '../../src/feed/generated/feed-types.js';
import {
  previousReport,
  reportChanges,
  reportFor,
  reportGroups,
  reportPeriods,
  scorecardRow,
  scorecardRows,
  selectIndicators,
  TREND_TOLERANCE,
} from '../../src/scorecard-chart/scorecard-model.js';

type Values = ReadonlyArray<readonly [string, number | null] | Observation>;

function indicator(id: string, values: Values = [], extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    title: `Indikator ${id}`,
    unit: 'percent',
    values: values.map((v) => ('period' in v ? v : { period: v[0], value: v[1] })),
    ...extra,
  };
}

function feed(indicators: Indicator[], extra: Partial<Feed> = {}): Feed {
  return { version: 1, indicators, ...extra };
}

const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);

describe('scorecard model: selection', () => {
  const indicators = ['a', 'b', 'c', 'd', 'e'].map((id) => indicator(id));
  indicators[0]!.owner = 'bun';
  indicators[2]!.owner = 'buf';
  indicators[3]!.owner = 'buf-skola';
  indicators[4]!.owner = 'sn';
  const goals: Feed['goals'] = [
    { id: 'v', level: 'vision', title: 'Vision', indicators: ['e'] },
    { id: 's1', level: 'strategic-goal', parent: 'v', title: 'Mål 1', indicators: ['b', 'a'] },
    { id: 'c1', level: 'commitment', parent: 's1', title: 'Åtagande', indicators: ['a', 'c', 'x'] },
    { id: 's2', level: 'strategic-goal', parent: 'v', title: 'Mål 2', indicators: ['d'] },
    { id: 'empty', level: 'strategic-goal', parent: 'v', title: 'Tomt mål' },
  ];
  const organization: Feed['organization'] = {
    name: 'Kommunen',
    units: [
      { id: 'kf', name: 'KF', type: 'council' },
      { id: 'bun', name: 'Barn- och utbildningsnämnden', type: 'committee', parent: 'kf' },
      { id: 'buf', name: 'Förvaltningen', type: 'administration', parent: 'bun' },
      { id: 'buf-skola', name: 'Skolan', type: 'unit', parent: 'buf' },
      { id: 'tom', name: 'Tom nämnd', type: 'committee', parent: 'kf' },
    ],
  };
  const data = feed(indicators, { goals, organization });

  it('takes a goal’s indicators and its sub-goals’, each once, in tree order', () => {
    const picked = selectIndicators(data, { goal: 's1' });
    expect(picked.by).to.equal('goal');
    expect(picked.goal?.id).to.equal('s1');
    expect(ids(picked.indicators)).to.deep.equal(['b', 'a', 'c']);
    expect(picked.unknownIds).to.deep.equal(['x']);
    expect(ids(selectIndicators(data, { goal: 'v' }).indicators)).to.deep.equal(['e', 'b', 'a', 'c', 'd']);
  });

  it('reports an unknown goal and a goal without indicators', () => {
    expect(selectIndicators(data, { goal: 'nope' })).to.include({ by: 'goal', missing: 'nope' });
    const empty = selectIndicators(data, { goal: 'empty' });
    expect(empty.indicators).to.have.length(0);
    expect(empty.missing).to.equal(undefined);
  });

  it('survives a cycle in goal parents', () => {
    const cyclic = feed(indicators, {
      goals: [
        { id: 'p', level: 'strategic-goal', parent: 'q', title: 'P', indicators: ['a'] },
        { id: 'q', level: 'commitment', parent: 'p', title: 'Q', indicators: ['b'] },
      ],
    });
    expect(ids(selectIndicators(cyclic, { goal: 'p' }).indicators)).to.deep.equal(['a', 'b']);
  });

  it('takes an owner’s indicators and those of the units below it, in feed order', () => {
    expect(ids(selectIndicators(data, { owner: 'bun' }).indicators)).to.deep.equal(['a', 'c', 'd']);
    expect(ids(selectIndicators(data, { owner: 'buf' }).indicators)).to.deep.equal(['c', 'd']);
    expect(selectIndicators(data, { owner: 'bun' }).owner?.name).to.equal('Barn- och utbildningsnämnden');
  });

  it('accepts an owner that is not a unit when indicators name it, and reports one that nothing names', () => {
    const sn = selectIndicators(data, { owner: 'sn' });
    expect(ids(sn.indicators)).to.deep.equal(['e']);
    expect(sn.missing).to.equal(undefined);
    expect(selectIndicators(data, { owner: 'ghost' }).missing).to.equal('ghost');
    const tom = selectIndicators(data, { owner: 'tom' });
    expect(tom.indicators).to.have.length(0);
    expect(tom.missing).to.equal(undefined);
  });

  it('takes given ids in their order, once each, and reports unknown ones', () => {
    const picked = selectIndicators(data, { indicators: ['d', 'zz', 'a', 'd', 'yy'] });
    expect(picked.by).to.equal('indicators');
    expect(ids(picked.indicators)).to.deep.equal(['d', 'a']);
    expect(picked.unknownIds).to.deep.equal(['zz', 'yy']);
  });

  it('prefers ids over goal over owner, and takes everything without a selection', () => {
    expect(selectIndicators(data, { indicators: ['e'], goal: 's1', owner: 'bun' }).by).to.equal('indicators');
    expect(selectIndicators(data, { goal: 's2', owner: 'bun' }).by).to.equal('goal');
    expect(ids(selectIndicators(data, {}).indicators)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(selectIndicators({ version: 1 }, {}).indicators).to.have.length(0);
  });
});

describe('scorecard model: rows as of a report', () => {
  const reading = indicator(
    'reading',
    [
      ['2024', 70],
      ['2025', 74],
      { period: '2026-T1', value: 75, kind: 'preliminary' },
      ['2026-T2', 78],
      { period: '2026', value: 99, kind: 'forecast' },
    ],
    {
      baseline: '2024',
      kind: 'organization',
      targets: [
        { period: '2025', value: 75 },
        { period: '2026', value: 77 },
      ],
    },
  );

  it('uses the latest value, target and status up to the report', () => {
    const latest = scorecardRow(reading);
    expect(latest.latest).to.deep.include({ period: '2026-T2', value: 78 });
    expect(latest.status).to.equal('achieved');
    expect(latest.target?.period).to.equal('2026');
    expect(latest.kind).to.equal('organization');

    const t1 = scorecardRow(reading, '2026-T1');
    expect(t1.latest).to.deep.equal({ period: '2026-T1', value: 75, kind: 'preliminary' });
    expect(t1.status).to.equal('at-risk'); // 75 against at least 77: within 5 %

    const y2025 = scorecardRow(reading, '2025');
    expect(y2025.latest?.value).to.equal(74);
    expect(y2025.target?.period).to.equal('2025');
    expect(y2025.status).to.equal('at-risk');

    const before = scorecardRow(reading, '2023');
    expect(before.latest).to.equal(undefined);
    expect(before.status).to.equal('no-data');
    expect(before.reason).to.equal('no-value');
    expect(before.trend).to.equal('no-data');
  });

  it('leaves out the year from the report of its last tertial', () => {
    const both = indicator('x', [
      ['2025-T3', 10],
      ['2025', 20],
    ]);
    expect(scorecardRow(both, '2025-T3').latest?.value).to.equal(10);
    expect(scorecardRow(both, '2025').latest?.value).to.equal(20);
  });

  it('says no-target when a value has nothing to be judged against', () => {
    const row = scorecardRow(indicator('x', [['2025', 3]]));
    expect(row.status).to.equal('no-data');
    expect(row.reason).to.equal('no-target');
    expect(row.latest?.value).to.equal(3);
  });

  it('skips nulls, strings and NaN for the latest value', () => {
    const row = scorecardRow(
      indicator('x', [
        ['2023', 5],
        ['2024', null],
        { period: '2025', value: 'sju' as unknown as number },
        ['2026', NaN],
      ]),
    );
    expect(row.latest?.period).to.equal('2023');
  });
});

describe('scorecard model: trend since the baseline', () => {
  const trend = (better: Indicator['better'], from: number, to: number, extra: Partial<Indicator> = {}) =>
    scorecardRow(
      indicator(
        't',
        [
          ['2022', from],
          ['2023', 0.5 * (from + to)],
          ['2025', to],
        ],
        { better, baseline: '2022', ...extra },
      ),
    );

  it('higher is better', () => {
    expect(trend('higher', 60, 70)).to.include({ trend: 'better', movement: 'up' });
    expect(trend('higher', 70, 60)).to.include({ trend: 'worse', movement: 'down' });
    expect(trend(undefined, 60, 70).trend).to.equal('better'); // higher by default
  });

  it('lower is better', () => {
    expect(trend('lower', 8, 6)).to.include({ trend: 'better', movement: 'down' });
    expect(trend('lower', 6, 8)).to.include({ trend: 'worse', movement: 'up' });
  });

  it('neither: closer to the target is better, whichever way the value moves', () => {
    const target = { targets: [{ period: '2025', value: 50 }] };
    expect(trend('neither', 40, 48, target)).to.include({ trend: 'better', movement: 'up' });
    expect(trend('neither', 60, 52, target)).to.include({ trend: 'better', movement: 'down' });
    expect(trend('neither', 48, 40, target).trend).to.equal('worse');
    expect(trend('neither', 45, 55, target).trend).to.equal('unchanged'); // as far off, other side
    expect(trend('neither', 40, 48).trend).to.equal('no-data'); // no target to be closer to
  });

  it('calls changes within the tolerance unchanged', () => {
    const base = 80;
    const small = base * TREND_TOLERANCE * 0.9;
    expect(trend('higher', base, base + small)).to.include({ trend: 'unchanged', movement: 'flat' });
    expect(trend('lower', base, base - small).trend).to.equal('unchanged');
    expect(trend('higher', base, base + base * TREND_TOLERANCE * 1.5).trend).to.equal('better');
    expect(trend('higher', 0, 0).trend).to.equal('unchanged');
  });

  it('calls changes below the shown precision unchanged', () => {
    // 2.04 → 2.06 shows as 2 → 2 with no decimals.
    expect(trend('higher', 2.04, 2.06, { decimals: 0 }).trend).to.equal('unchanged');
    expect(trend('higher', 2.04, 2.06, { decimals: 2 }).trend).to.equal('better');
  });

  it('has no trend without a baseline value, or anything after it', () => {
    expect(trend('higher', 1, 2, { baseline: '2019' }).trend).to.equal('no-data');
    const nullBase = scorecardRow(
      indicator(
        'n',
        [
          ['2022', null],
          ['2025', 3],
        ],
        { baseline: '2022' },
      ),
    );
    expect(nullBase.trend).to.equal('no-data');
    expect(nullBase.baseline).to.equal(undefined);
    const atBaseline = scorecardRow(indicator('n', [['2022', 3]], { baseline: '2022' }));
    expect(atBaseline.trend).to.equal('no-data');
  });

  it('reports the baseline it compared with, and a report before the latest value uses the older value', () => {
    const row = trend('higher', 60, 70);
    expect(row.baseline).to.deep.equal({ period: '2022', value: 60, from: 'baseline' });
    const data = indicator(
      't',
      [
        ['2022', 60],
        ['2023', 55],
        ['2025', 70],
      ],
      { baseline: '2022' },
    );
    expect(scorecardRow(data, '2024').trend).to.equal('worse');
    expect(scorecardRow(data, '2022').trend).to.equal('no-data');
  });
});

describe('scorecard model: trend without a baseline', () => {
  it('starts from the first value, and says so', () => {
    const row = scorecardRow(
      indicator('f', [
        ['2023', 64],
        ['2022', 60],
        ['2025', 70],
      ]),
    );
    expect(row).to.include({ trend: 'better', movement: 'up' });
    expect(row.baseline).to.deep.equal({ period: '2022', value: 60, from: 'first' });
    expect(
      scorecardRow(
        indicator('g', [
          ['2022', 70],
          ['2025', 60],
        ]),
      ).trend,
    ).to.equal('worse');
  });

  it('skips nulls, forecasts and bad periods before the first value', () => {
    const row = scorecardRow(
      indicator(
        'f',
        [
          ['2020', null],
          { period: '2019', value: 10, kind: 'forecast' },
          ['20x1', 1],
          ['2021', 50],
          ['2025', 40],
        ],
        { better: 'lower' },
      ),
    );
    expect(row.baseline).to.deep.equal({ period: '2021', value: 50, from: 'first' });
    expect(row.trend).to.equal('better');
  });

  it('starts from the first value of the kind the sparkline draws, not an odd half year before it', () => {
    const row = scorecardRow(
      indicator('k', [
        ['2019-H1', 10],
        ['2020', 60],
        ['2021', 62],
        ['2022', 64],
        ['2026-T1', 70],
      ]),
    );
    expect(row.baseline).to.deep.include({ period: '2020', from: 'first' });
    expect(row.latest?.period).to.equal('2026-T1');
  });

  it('has no trend with one value only, and follows the report', () => {
    expect(scorecardRow(indicator('one', [['2025', 5]])).trend).to.equal('no-data');
    expect(scorecardRow(indicator('none', [])).baseline).to.equal(undefined);
    const data = indicator('r', [
      ['2022', 60],
      ['2023', 55],
      ['2025', 70],
    ]);
    expect(scorecardRow(data, '2023').trend).to.equal('worse');
    expect(scorecardRow(data, '2022').trend).to.equal('no-data');
  });

  it('keeps the no-data trend when the named baseline has no value (a feed error, not a reason to guess)', () => {
    const row = scorecardRow(
      indicator(
        'b',
        [
          ['2022', 1],
          ['2025', 2],
        ],
        { baseline: '2021' },
      ),
    );
    expect(row.trend).to.equal('no-data');
    expect(row.baseline).to.equal(undefined);
  });
});

describe('scorecard model: sparkline', () => {
  it('draws the kind of period with the most numbers, oldest first, with gaps for nulls and missing periods', () => {
    const row = scorecardRow(
      indicator('s', [
        ['2024', 5],
        ['2021', 1],
        ['2022', null],
        ['2025-T1', 9],
        ['2019', 0],
        { period: '2026', value: 99, kind: 'forecast' },
      ]),
    );
    expect(row.latest?.period).to.equal('2025-T1');
    // The latest is a tertial, but years have most numbers: the line is the years' (as the chart's is), without the forecast.
    expect(row.sparkline.map((p) => p.value)).to.deep.equal([0, null, 1, null, null, 5]);

    const years = scorecardRow(
      indicator('s', [
        ['2024', 5],
        ['2021', 1],
        ['2022', null],
        ['2019', 0],
      ]),
    );
    expect(years.sparkline.map((p) => p.value)).to.deep.equal([0, null, 1, null, null, 5]);
    expect(years.sparkline.map((p) => p.x / 12)).to.deep.equal([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('breaks the line where years are missing', () => {
    const row = scorecardRow(
      indicator('s', [
        ['2020', 1],
        ['2023', 2],
      ]),
    );
    expect(row.sparkline.map((p) => p.value)).to.deep.equal([1, null, 2]);
  });

  it('is one point for one period', () => {
    const row = scorecardRow(indicator('one', [['2026-05', 4]], { baseline: '2026-05' }));
    expect(row.sparkline).to.deep.equal([{ period: '2026-05', x: 2026 * 12 + 4, value: 4 }]);
    expect(row.trend).to.equal('no-data');
  });

  it('handles 200 monthly periods', () => {
    const values: Array<[string, number | null]> = [];
    for (let i = 0; i < 200; i++) {
      const year = 2000 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, '0');
      values.push([`${year}-${month}`, i % 17 === 5 ? null : i]);
    }
    const data = indicator('many', values.reverse(), {
      baseline: '2000-01',
      targets: [{ period: '2016', value: 150 }],
    });
    const row = scorecardRow(data);
    expect(row.latest).to.deep.include({ period: '2016-08', value: 199 });
    expect(row.sparkline).to.have.length(200);
    expect(row.sparkline.filter((p) => p.value === null)).to.have.length(12);
    expect(row.trend).to.equal('better');
    expect(row.status).to.equal('achieved');
    expect(reportPeriods([data])).to.have.length(188);
  });
});

describe('scorecard model: reports and what changed', () => {
  const a = indicator(
    'a',
    [
      ['2025', 60],
      ['2026-T1', 70],
      ['2026-T2', 80],
    ],
    {
      targets: [
        { period: '2026', value: 78 },
        { period: '2025', value: 70 },
      ],
    },
  );
  const b = indicator('b', [
    ['2025', 1],
    ['2025-H1', 2],
    ['2026-03', 3],
    ['2026-T2', null],
    { period: '2027', value: 4, kind: 'forecast' },
  ]);

  it('lists the periods with results, newest first, once each', () => {
    // 2026-T2 is null in b and 2027 a forecast: only a's 2026-T2 counts.
    expect(reportPeriods([a, b])).to.deep.equal(['2026-T2', '2026-T1', '2026-03', '2025', '2025-H1']);
    // 2026-T1 (April) and 2026-03 end on different days: two reports.
    expect(reportPeriods([b])).to.deep.equal(['2026-03', '2025', '2025-H1']);
    expect(reportPeriods([])).to.deep.equal([]);
  });

  it('groups the periods that end on the same day into one report, named by the longest', () => {
    const c = indicator('c', [
      ['2026-Q2', 1],
      ['2026-H1', 2],
      ['2026-06', 3],
      ['2026-T2', 4],
      ['2026-12', 5],
      ['2026-Q4', 6],
      ['2026-H2', 7],
      ['2026-T3', 8],
      ['2026', 9],
      ['2026-Q1', 10],
    ]);
    const groups = reportGroups([c]);
    expect(groups).to.deep.equal([
      { period: '2026', periods: ['2026', '2026-H2', '2026-T3', '2026-Q4', '2026-12'] },
      { period: '2026-T2', periods: ['2026-T2'] },
      { period: '2026-H1', periods: ['2026-H1', '2026-Q2', '2026-06'] },
      { period: '2026-Q1', periods: ['2026-Q1'] },
    ]);
    expect(reportPeriods([c])).to.deep.equal(['2026', '2026-T2', '2026-H1', '2026-Q1']);
    // Across indicators too: one has the quarter, the other the half year.
    const q = indicator('q', [['2025-Q2', 1]]);
    const h = indicator('h', [['2025-H1', 1]]);
    expect(reportGroups([q, h])).to.deep.equal([{ period: '2025-H1', periods: ['2025-H1', '2025-Q2'] }]);
  });

  it('shows everything that ends on the report day in a grouped report', () => {
    const c = indicator('c', [
      ['2025', 50],
      ['2026-Q2', 60],
      ['2026-H1', 61],
    ]);
    const [report] = reportPeriods([c]);
    // The half year's report includes its quarter (and, as latestValue orders them, shows the half year).
    expect(report).to.equal('2026-H1');
    expect(scorecardRow(c, report).latest).to.deep.include({ period: '2026-H1', value: 61 });
    expect(scorecardRow(c, '2026-Q2').latest).to.deep.include({ period: '2026-Q2', value: 60 });
    expect(previousReport(reportPeriods([c]), '2026-H1')).to.equal('2025');
  });

  it('maps a requested period to the report that ends the same day', () => {
    const reports = ['2026', '2026-T2', '2026-H1'];
    expect(reportFor(reports, '2026-Q2')).to.equal('2026-H1');
    expect(reportFor(reports, '2026-06')).to.equal('2026-H1');
    expect(reportFor(reports, '2026-12')).to.equal('2026');
    expect(reportFor(reports, '2026-T2')).to.equal('2026-T2');
    expect(reportFor(reports, '2027-T1')).to.equal('2027-T1'); // no values yet: still an "as of"
    expect(reportFor([], '2026-Q2')).to.equal('2026-Q2');
    expect(reportFor(reports, 'nonsense')).to.equal('nonsense');
  });

  it('finds the report before', () => {
    const reports = ['2026-T2', '2026-T1', '2025'];
    expect(previousReport(reports, '2026-T2')).to.equal('2026-T1');
    expect(previousReport(reports, '2025')).to.equal(undefined);
    expect(previousReport(reports, '2026')).to.equal('2026-T2'); // not in the list
  });

  it('tells status and value changes between two reports', () => {
    const c = indicator('c', [['2024', 5]]);
    const before = scorecardRows([a, b, c], '2026-T1');
    const after = scorecardRows([a, b, c], '2026-T2');
    const changes = reportChanges(before, after);
    const ofA = changes.rows.get('a')!;
    expect(ofA.statusChanged).to.equal(true);
    expect(ofA.before.status).to.equal('off-track');
    expect(ofA.after.status).to.equal('achieved');
    expect(ofA.newData).to.equal(true);
    expect(changes.rows.get('b')).to.include({ statusChanged: false, newData: false });
    expect(changes.rows.get('c')).to.include({ statusChanged: false, newData: false });
    expect(changes).to.include({ statusChanged: 1, newData: 1 });
  });

  it('counts a first value as new data', () => {
    const late = indicator('late', [['2026-T2', 1]]);
    const changes = reportChanges(scorecardRows([late], '2026-T1'), scorecardRows([late], '2026-T2'));
    expect(changes.rows.get('late')).to.include({ newData: true, statusChanged: false });
    expect(changes.rows.get('late')!.before.latest).to.equal(undefined);
  });
});

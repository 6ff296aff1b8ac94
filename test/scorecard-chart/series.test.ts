/**
 * The indicator chart's pure model: axis, series and gaps, targets per period, domain, the
 * summary in words (sv and en, as a reader reads them), CSV and the bullet chart. No DOM.
 */
import { expect } from '@open-wc/testing';
import type { Indicator } from '../../src/feed/generated/feed-types.js';
import {
  buildBullet,
  buildChartModel,
  csvFilename,
  describeBullet,
  summarize,
  toCsv,
} from '../../src/scorecard-chart/series.js';
import { INDICATOR_VIEW_TEXTS } from '../../src/scorecard-chart/indicator-view.texts.js';
import { scorecardRow, type Trend } from '../../src/scorecard-chart/scorecard-model.js';

const SV = INDICATOR_VIEW_TEXTS.sv;
const EN = INDICATOR_VIEW_TEXTS.en;
const NBSP = '\u00a0';

function indicator(extra: Partial<Indicator> = {}): Indicator {
  return {
    id: 'andel',
    title: { sv: 'Andel', en: 'Share' },
    unit: 'percent',
    values: [
      { period: '2019', value: 61, women: 60, men: 62 },
      { period: '2021', value: 64 },
      { period: '2022', value: null },
      { period: '2025', value: 68, women: 69, men: 67 },
    ],
    targets: [{ period: '2025', value: 70 }],
    comparisons: [
      {
        id: 'riket',
        label: { sv: 'Riket', en: 'Sweden' },
        values: [
          { period: '2023', value: 80.9 },
          { period: '2025', value: 81.2 },
        ],
      },
    ],
    ...extra,
  };
}

describe('series: axis and series', () => {
  it('fills the axis from the first to the last period, sorted', () => {
    const model = buildChartModel(indicator(), 'sv', SV);
    expect(model.periods).to.deep.equal(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(model.periodKind).to.equal('year');
  });

  it('has T, K and M when the data has them, then the comparisons', () => {
    const model = buildChartModel(indicator(), 'sv', SV);
    expect(model.series.map((s) => s.id)).to.deep.equal(['total', 'women', 'men', 'riket']);
    expect(model.series.map((s) => s.label)).to.deep.equal(['Totalt', 'Kvinnor', 'Män', 'Riket']);
    expect(buildChartModel(indicator(), 'en', EN).series.map((s) => s.label)).to.deep.equal([
      'Total',
      'Women',
      'Men',
      'Sweden',
    ]);
  });

  it('leaves out K and M when no observation has them', () => {
    const model = buildChartModel(indicator({ values: [{ period: '2024', value: 3 }] }), 'sv', SV);
    expect(model.series.map((s) => s.id)).to.deep.equal(['total', 'riket']);
  });

  it('marks gaps inside a series span only, nulls and missing periods alike', () => {
    const model = buildChartModel(indicator(), 'sv', SV);
    const total = model.series[0]!;
    expect(total.points.map((p) => p.value)).to.deep.equal([61, null, 64, null, null, null, 68]);
    expect(total.points.map((p) => p.gap)).to.deep.equal([false, true, false, true, true, true, false]);
    const riket = model.series[3]!;
    // Before Riket's first value is outside its span: not a gap.
    expect(riket.points.map((p) => p.gap)).to.deep.equal([false, false, false, false, false, true, false]);
    expect(model.hasGaps).to.equal(true);
  });

  it('charts one granularity: the one with most values, and counts the others', () => {
    const model = buildChartModel(
      indicator({
        values: [
          { period: '2025-T1', value: 1 },
          { period: '2025-T2', value: 2 },
          { period: '2024', value: 3 },
          { period: '2025-T3', value: 4 },
        ],
        targets: [{ period: '2025', value: 3 }],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(model.periods).to.deep.equal(['2025-T1', '2025-T2', '2025-T3']);
    expect(model.otherPeriods).to.equal(1);
    // A year's target applies to its tertials.
    expect(model.targets.map((t) => t?.min)).to.deep.equal([3, 3, 3]);
  });

  it('extends the axis to a target set for a later period, without calling it a gap', () => {
    const model = buildChartModel(
      indicator({ targets: [{ period: '2027', value: 75 }], comparisons: [] }),
      'sv',
      SV,
    );
    expect(model.periods.at(-1)).to.equal('2027');
    expect(model.series[0]!.points.at(-1)!.gap).to.equal(false);
  });

  it('reads lower-is-better targets as "at most"', () => {
    const model = buildChartModel(indicator({ better: 'lower' }), 'sv', SV);
    const band = model.targets.at(-1)!;
    expect([band.min, band.max]).to.deep.equal([-Infinity, 70]);
  });

  it('flags forecasts and preliminary values', () => {
    const model = buildChartModel(
      indicator({
        values: [
          { period: '2024', value: 60 },
          { period: '2025', value: 62, kind: 'preliminary' },
          { period: '2026', value: 65, kind: 'forecast' },
        ],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(model.series[0]!.points.map((p) => p.kind)).to.deep.equal([undefined, 'preliminary', 'forecast']);
    expect(model.hasForecast).to.equal(true);
  });
});

describe('series: domain and chart type', () => {
  it('includes the target in the domain and stays within 0–100 for percentages', () => {
    const model = buildChartModel(
      indicator({
        values: [
          { period: '2019', value: 90 },
          { period: '2020', value: 92 },
          { period: '2021', value: 93 },
          { period: '2022', value: 94 },
        ],
        targets: [{ period: '2022', value: 99 }],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(model.domain[0]).to.be.at.most(90);
    expect(model.domain[1]).to.be.at.least(99);
    expect(model.domain[1]).to.be.at.most(100);
    expect(model.bars).to.equal(false);
  });

  it('uses bars, from zero, for three periods or fewer', () => {
    const model = buildChartModel(
      indicator({
        values: [
          { period: '2024', value: 50 },
          { period: '2025', value: 52 },
        ],
        targets: [],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(model.bars).to.equal(true);
    expect(model.domain[0]).to.equal(0);
  });

  it('uses bars for counts', () => {
    const values = Array.from({ length: 10 }, (_, i) => ({ period: String(2010 + i), value: 100 + i }));
    expect(buildChartModel(indicator({ unit: 'count', values, targets: [] }), 'sv', SV).bars).to.equal(true);
  });
});

describe('series: summary', () => {
  it('reads in Swedish', () => {
    const model = buildChartModel(indicator(), 'sv', SV);
    expect(summarize(model, SV)).to.equal(
      `Andelen ökade från 61${NBSP}% 2019 till 68${NBSP}% 2025, en förbättring; målet 70${NBSP}% nås inte än. ` +
        `2025: Kvinnor 69${NBSP}%, Män 67${NBSP}% och Riket 81,2${NBSP}%.`,
    );
  });

  it('reads in English', () => {
    const model = buildChartModel(indicator(), 'en', EN);
    expect(summarize(model, EN)).to.equal(
      'The share rose from 61% in 2019 to 68% in 2025, an improvement; the target of 70% is not met yet. ' +
        '2025: Women 69%, Men 67% and Sweden 81.2%.',
    );
  });

  it('calls a fall an improvement when lower is better, and says when the target is met', () => {
    const model = buildChartModel(
      indicator({
        better: 'lower',
        values: [
          { period: '2023', value: 8.1 },
          { period: '2024', value: 6.2 },
        ],
        targets: [{ period: '2024', value: 7 }],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(summarize(model, SV)).to.equal(
      `Andelen minskade från 8,1${NBSP}% 2023 till 6,2${NBSP}% 2024, en förbättring; målet 7${NBSP}% nås.`,
    );
  });

  it('calls a rise a change for the worse when lower is better', () => {
    const model = buildChartModel(
      indicator({
        better: 'lower',
        unit: 'days',
        values: [
          { period: '2023', value: 30 },
          { period: '2024', value: 41 },
        ],
        targets: [],
        comparisons: [],
      }),
      'en',
      EN,
    );
    expect(summarize(model, EN)).to.equal(
      `The value rose from 30${NBSP}days in 2023 to 41${NBSP}days in 2024, a change for the worse.`,
    );
  });

  it('gives the same verdict as the scorecard’s trend cell (no baseline: from the first value)', () => {
    const cases: [Partial<Indicator>, RegExp, Trend][] = [
      // A change within the tolerance is "about the same" in both, not an improvement.
      [
        {
          values: [
            { period: '2022', value: 80 },
            { period: '2025', value: 80.2 },
          ],
          decimals: 1,
        },
        /i stort sett oförändrat/,
        'unchanged',
      ],
      [
        {
          values: [
            { period: '2022', value: 60 },
            { period: '2025', value: 70 },
          ],
        },
        /en förbättring/,
        'better',
      ],
      // Neither way is better: closer to the target is.
      [
        {
          better: 'neither',
          values: [
            { period: '2022', value: 40 },
            { period: '2025', value: 48 },
          ],
          targets: [{ period: '2025', value: 50 }],
        },
        /en förbättring/,
        'better',
      ],
    ];
    for (const [extra, words, trend] of cases) {
      const data = indicator({ comparisons: [], targets: [], baseline: undefined, ...extra });
      expect(summarize(buildChartModel(data, 'sv', SV), SV)).to.match(words);
      expect(scorecardRow(data).trend).to.equal(trend);
    }
  });

  it('says unchanged, a missing latest value, a forecast and a target ahead', () => {
    const model = buildChartModel(
      indicator({
        values: [
          { period: '2022', value: 75 },
          { period: '2023', value: 75 },
          { period: '2024', value: null },
          { period: '2025', value: 78, kind: 'forecast' },
        ],
        targets: [{ period: '2026', value: 79 }],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(summarize(model, SV)).to.equal(
      `Andelen låg oförändrat på 75${NBSP}% från 2022 till 2023. Värdet för 2024 saknas än. ` +
        `Prognosen för 2025 är 78${NBSP}%. Målet för 2026 är 79${NBSP}%.`,
    );
  });

  it('writes tertials in lower case inside a sentence and counts values left out', () => {
    const model = buildChartModel(
      indicator({
        values: [
          { period: '2025-T1', value: 10 },
          { period: '2025-T2', value: 12 },
          { period: '2024', value: 9 },
        ],
        targets: [],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(summarize(model, SV)).to.equal(
      `Andelen ökade från 10${NBSP}% tertial 1 2025 till 12${NBSP}% tertial 2 2025, en förbättring. ` +
        'Diagrammet visar perioder av samma längd; värden för andra perioder (1) visas inte där.',
    );
  });

  it('writes "år" before a year after a bare number', () => {
    const model = buildChartModel(
      indicator({
        unit: 'count',
        values: [
          { period: '2019', value: 410 },
          { period: '2025', value: 310 },
        ],
        targets: [{ period: '2025', value: 500 }],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(summarize(model, SV)).to.equal(
      'Värdet minskade från 410 år 2019 till 310 år 2025, en försämring; målet 500 nås inte än.',
    );
  });

  it('handles one period and no values at all', () => {
    const one = buildChartModel(
      indicator({ values: [{ period: '2025', value: 68 }], comparisons: [] }),
      'sv',
      SV,
    );
    expect(summarize(one, SV)).to.equal(`Andelen var 68${NBSP}% 2025; målet 70${NBSP}% nås inte än.`);
    const none = buildChartModel(
      indicator({
        values: [
          { period: '2024', value: null },
          { period: '2025', value: null },
        ],
        targets: [],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    expect(summarize(none, SV)).to.equal('Det finns inga värden att visa än. Värdet för 2025 saknas än.');
    expect(none.domain).to.deep.equal([0, 1]);
  });
});

describe('series: bad input never throws', () => {
  it('handles 200 periods', () => {
    const values = Array.from({ length: 200 }, (_, i) => ({
      period: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i % 7 === 0 ? null : 50 + Math.sin(i) * 10,
    }));
    const model = buildChartModel(indicator({ values, targets: [], comparisons: [] }), 'sv', SV);
    expect(model.periods).to.have.length(200);
    expect(model.periodKind).to.equal('month');
    expect(model.bars).to.equal(false);
    expect(toCsv(model, SV).split('\r\n')).to.have.length(202);
  });

  it('guards strings, NaN, empty and unparseable periods, unknown units', () => {
    const bad = {
      id: 'x',
      title: 'X',
      unit: 'furlongs',
      values: [
        { period: '2024', value: 'tolv' },
        { period: '2025', value: NaN },
        { period: 'igår', value: 3 },
      ],
      targets: [{ period: 'nu', value: 1 }],
    } as unknown as Indicator;
    const model = buildChartModel(bad, 'sv', SV);
    expect(model.periods).to.deep.equal(['2024', '2025']);
    expect(model.series[0]!.points.map((p) => p.value)).to.deep.equal([null, null]);
    expect(() => summarize(model, SV)).not.to.throw();
    expect(buildBullet(bad, 'sv')).to.equal(undefined);
    const empty = buildChartModel({ id: 'e', title: 'E', unit: 'count', values: [] }, 'en', EN);
    expect(empty.periods).to.deep.equal([]);
    expect(summarize(empty, EN)).to.equal('There are no values to show yet.');
    expect(toCsv(empty, EN)).to.equal('\ufeffPeriod,Total\r\n');
  });
});

describe('series: CSV', () => {
  it('uses ; and decimal comma in Swedish, with a BOM and CRLF', () => {
    const csv = toCsv(
      buildChartModel(indicator({ targets: [{ period: '2025', value: 70.5 }] }), 'sv', SV),
      SV,
    );
    expect(csv.startsWith('\ufeff')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('Period;Totalt;Kvinnor;Män;Riket;Målvärde');
    expect(lines[1]).to.equal('2019;61;60;62;;');
    expect(lines[5]).to.equal('2023;;;;80,9;');
    expect(lines[7]).to.equal('2025;68;69;67;81,2;70,5');
    expect(lines[8]).to.equal('');
  });

  it('uses , and a decimal point in English', () => {
    const lines = toCsv(buildChartModel(indicator(), 'en', EN), EN)
      .slice(1)
      .split('\r\n');
    expect(lines[0]).to.equal('Period,Total,Women,Men,Sweden,Target');
    expect(lines[5]).to.equal('2023,,,,80.9,');
  });

  it('quotes as RFC 4180 says and defuses formulas', () => {
    const model = buildChartModel(
      indicator({
        comparisons: [
          { id: 'a', label: 'Kommun "A"; norra', values: [{ period: '2025', value: 1 }] },
          { id: 'b', label: '=HYPERLINK("x")', values: [{ period: '2025', value: 2 }] },
        ],
      }),
      'sv',
      SV,
    );
    const header = toCsv(model, SV).slice(1).split('\r\n')[0];
    expect(header).to.equal('Period;Totalt;Kvinnor;Män;"Kommun ""A""; norra";"\'=HYPERLINK(""x"")";Målvärde');
  });

  it('has lowest and highest columns for band targets and flags forecasts', () => {
    const model = buildChartModel(
      indicator({
        values: [
          { period: '2024', value: 5 },
          { period: '2025', value: 6, kind: 'forecast' },
        ],
        targets: [{ period: '2025', min: 4, max: 5.5 }],
        comparisons: [],
      }),
      'sv',
      SV,
    );
    const lines = toCsv(model, SV).slice(1).split('\r\n');
    expect(lines[0]).to.equal('Period;Totalt;Mål, lägst;Mål, högst;Totalt: Prognos / Preliminärt');
    expect(lines[2]).to.equal('2025;6;4;5,5;Prognos');
  });

  it('names the file after the indicator id', () => {
    expect(csvFilename(indicator({ id: 'nöjd/kund' }))).to.equal('n-jd-kund.csv');
  });
});

describe('series: bullet chart', () => {
  it('has the latest value, its target and the ranges from zero', () => {
    const ind = indicator({
      values: [
        { period: '2024', value: 62 },
        { period: '2025-T1', value: 66 },
      ],
      targets: [{ period: '2025', value: 70 }],
      ranges: [
        { to: 50, label: 'Svag' },
        { to: 75, label: 'Godtagbar' },
        { to: 100, label: 'Bra' },
      ],
    });
    const bullet = buildBullet(ind, 'sv')!;
    expect(bullet.latest).to.deep.equal({ period: '2025-T1', value: 66, kind: 'outcome' });
    expect(bullet.band?.min).to.equal(70);
    expect(bullet.status).to.equal('off-track');
    expect(bullet.ranges.map((r) => [r.from, r.to, r.label])).to.deep.equal([
      [0, 50, 'Svag'],
      [50, 75, 'Godtagbar'],
      [75, 100, 'Bra'],
    ]);
    expect(bullet.domain).to.deep.equal([0, 100]);
    expect(describeBullet(bullet, { indicator: ind, lang: 'sv' }, SV, 'Nås inte')).to.equal(
      `Senaste värdet 66${NBSP}% (tertial 1 2025) mot målet 70${NBSP}%: nås inte. ` +
        `Nivåer: Svag 0${NBSP}%–50${NBSP}%, Godtagbar 50${NBSP}%–75${NBSP}% och Bra 75${NBSP}%–100${NBSP}%.`,
    );
  });

  it('says when there is no target, and is absent without values', () => {
    const ind = indicator({ targets: [], ranges: [] });
    const bullet = buildBullet(ind, 'en')!;
    expect(bullet.status).to.equal('no-data');
    expect(describeBullet(bullet, { indicator: ind, lang: 'en' }, EN, 'No data')).to.equal(
      'Latest value 68% (2025); no target is set.',
    );
    expect(buildBullet(indicator({ values: [] }), 'sv')).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import type { Observation } from '../../src/feed/generated/feed-types.js';
import { validateFeed } from '../../src/feed/validate.js';
import {
  KoladaPageLimitError,
  followPages,
  koladaDataUrl,
  koladaIndicator,
  koladaIndicatorId,
  koladaIndicatorParts,
  koladaIndicators,
  koladaKpiUrl,
  nextPageUrl,
  parseKpiMetadata,
  parseMunicipalityMetadata,
  unitFromKpiMetadata,
  type KoladaWarning,
} from '../../src/kolada/adapter.js';

/** A recorded response from test/fixtures/kolada/ (fetched: the test server serves JSON as JSON). */
async function fixture(name: string): Promise<Record<string, unknown>> {
  const response = await fetch(new URL(`../fixtures/kolada/${name}.json`, import.meta.url));
  return (await response.json()) as Record<string, unknown>;
}

const v2 = [await fixture('v2-n00914-page1'), await fixture('v2-n00914-page2')];
const v3 = [await fixture('v3-n00914-page1'), await fixture('v3-n00914-page2')];
const kpiMeta = await fixture('v2-kpi-n00914');
const places = await fixture('v2-municipality');

const selection = { kpi: 'N00914', municipality: '0484', compare: ['0000'] };

/** Eskilstuna in the recorded pages: 2022 has no gender split (Missing), 2023 no total (null). */
const ESKILSTUNA: Observation[] = [
  { period: '2018', value: 9.8, women: 9.1, men: 10.5 },
  { period: '2019', value: 10.1, women: 9.4, men: 10.8 },
  { period: '2020', value: 12.6, women: 11.9, men: 13.3 },
  { period: '2021', value: 11.9, women: 11.5, men: 12.3 },
  { period: '2022', value: 10.4, women: null, men: null },
  { period: '2023', value: null, women: 9.9, men: 10.6 },
];

const RIKET: Observation[] = [
  { period: '2018', value: 6.2, women: 5.9, men: 6.5 },
  { period: '2019', value: 6.4, women: 6.1, men: 6.7 },
  { period: '2020', value: 8.3, women: 7.9, men: 8.7 },
  { period: '2021', value: 7.6, women: 7.3, men: 7.9 },
  { period: '2022', value: 6.5, women: 6.3, men: 6.7 },
  { period: '2023', value: 6.7, women: 6.4, men: 7.0 },
];

/** A data row in Kolada's shape; `values` as [gender, value, status?] triples. */
function row(municipality: string, period: unknown, values: [unknown, unknown, unknown?][], kpi = 'N00914') {
  return {
    kpi,
    municipality,
    period,
    values: values.map(([gender, value, status = '']) => ({ count: 1, gender, status, value })),
  };
}

const codes = (warnings: readonly KoladaWarning[]): string[] => warnings.map((w) => w.code);

describe('kolada adapter: recorded v2 pages', () => {
  it('gives the main municipality its values, T/K/M, every period sorted', () => {
    const { parts, warnings } = koladaIndicatorParts(v2, selection);
    expect(parts.values).to.deep.equal(ESKILSTUNA);
    expect(warnings).to.deep.equal([]);
  });

  it('makes 0000 a national comparison labelled Riket / Sweden', () => {
    const { parts } = koladaIndicatorParts(v2, selection);
    expect(parts.comparisons).to.deep.equal([
      {
        id: 'riket',
        label: { sv: 'Riket', en: 'Sweden' },
        kind: 'national',
        municipalityCode: '0000',
        values: RIKET,
      },
    ]);
  });

  it('credits Kolada (RKA) and names the KPI', () => {
    const { parts } = koladaIndicatorParts(v2, selection);
    expect(parts.source).to.deep.equal({
      name: { sv: 'Kolada (RKA)', en: 'Kolada (RKA)' },
      kolada: 'N00914',
      url: 'https://www.kolada.se/verktyg/fri-sokning/?kpis=N00914',
    });
  });

  it('reads the pages in any order, and a page read twice changes nothing', () => {
    const reversed = koladaIndicatorParts([v2[1], v2[0]], selection);
    const twice = koladaIndicatorParts([...v2, ...v2], selection);
    expect(reversed.parts.values).to.deep.equal(ESKILSTUNA);
    expect(twice.parts.values).to.deep.equal(ESKILSTUNA);
    expect(twice.parts.comparisons[0]!.values).to.deep.equal(RIKET);
    expect(twice.warnings).to.deep.equal([]);
  });

  it('leaves the comparisons out of the main series and the main series out of the comparisons', () => {
    const alone = koladaIndicatorParts(v2, { kpi: 'N00914', municipality: '0000' });
    expect(alone.parts.values).to.deep.equal(RIKET);
    expect(alone.parts.comparisons).to.deep.equal([]);
    const self = koladaIndicatorParts(v2, {
      kpi: 'N00914',
      municipality: '0484',
      compare: ['0484', '0000', '0000'],
    });
    expect(self.parts.comparisons.map((c) => c.id)).to.deep.equal(['riket']);
  });
});

describe('kolada adapter: recorded v3 pages', () => {
  it('reads integer periods and gives the same result as v2', () => {
    const fromV3 = koladaIndicatorParts(v3, selection);
    const fromV2 = koladaIndicatorParts(v2, selection);
    expect(fromV3.parts).to.deep.equal(fromV2.parts);
    expect(fromV3.warnings).to.deep.equal([]);
  });
});

describe('kolada adapter: a whole indicator', () => {
  it('is valid in a feed, with the title, description and unit from the metadata', () => {
    const metadata = parseKpiMetadata([kpiMeta]).get('N00914')!;
    const { indicator, warnings } = koladaIndicator(v2, { ...selection, metadata });
    expect(warnings).to.deep.equal([]);
    expect(indicator.id).to.equal('kolada-n00914');
    expect(indicator.title).to.deep.equal({
      sv: 'Invånare 16-64 år som är öppet arbetslösa eller i program med aktivitetsstöd, andel (%)',
    });
    expect(indicator.description)
      .to.have.property('sv')
      .that.matches(/^Antal invånare 16-64 år/);
    expect(indicator.unit).to.equal('percent');
    const result = validateFeed({ version: 1, indicators: [indicator] });
    expect(result.ok, JSON.stringify(result.ok ? null : result.problems)).to.equal(true);
  });

  it('is valid without metadata: the KPI id as title, unit number', () => {
    const { indicator } = koladaIndicator(v3, selection);
    expect(indicator.title).to.equal('N00914');
    expect(indicator.unit).to.equal('number');
    expect(indicator).not.to.have.property('description');
    expect(validateFeed({ version: 1, indicators: [indicator] }).ok).to.equal(true);
  });

  it('leaves comparisons out when none were asked for', () => {
    const { indicator } = koladaIndicator(v2, { kpi: 'N00914', municipality: '0484' });
    expect(indicator).not.to.have.property('comparisons');
  });

  it('splits one response carrying several KPIs into one indicator each', () => {
    const other = { values: [row('0484', '2023', [['T', 55.5]], 'U00405')] };
    const results = koladaIndicators(
      [...v2, other],
      [
        { kpi: 'N00914', municipality: '0484' },
        { kpi: 'U00405', municipality: '0484' },
      ],
    );
    expect(results.map((r) => r.indicator.id)).to.deep.equal(['kolada-n00914', 'kolada-u00405']);
    expect(results[0]!.indicator.values).to.deep.equal(ESKILSTUNA);
    expect(results[1]!.indicator.values).to.deep.equal([{ period: '2023', value: 55.5 }]);
    expect(results[1]!.indicator.source?.kolada).to.equal('U00405');
    expect(validateFeed({ version: 1, indicators: results.map((r) => r.indicator) }).ok).to.equal(true);
  });

  it('labels other municipalities by name when known, by code when not; L is a region', () => {
    const municipalities = parseMunicipalityMetadata([
      places,
      { values: [{ id: '0004', title: 'Region Sörmland', type: 'L' }] },
    ]);
    const pages = [
      {
        values: [row('0480', 2023, [['T', 7]]), row('1980', 2023, [['T', 8]]), row('0004', 2023, [['T', 9]])],
      },
    ];
    const { parts } = koladaIndicatorParts(pages, {
      kpi: 'N00914',
      municipality: '0484',
      compare: ['0480', '1980', '0004'],
      municipalities,
    });
    expect(
      parts.comparisons.map(({ id, label, kind, municipalityCode }) => ({
        id,
        label,
        kind,
        municipalityCode,
      })),
    ).to.deep.equal([
      { id: 'municipality-0480', label: 'Nyköping', kind: 'municipality', municipalityCode: '0480' },
      {
        id: 'municipality-1980',
        label: { sv: 'Kommun 1980', en: 'Municipality 1980' },
        kind: 'municipality',
        municipalityCode: '1980',
      },
      { id: 'municipality-0004', label: 'Region Sörmland', kind: 'region', municipalityCode: '0004' },
    ]);
  });

  it('throws for a malformed selection, which is a caller bug, not bad data', () => {
    expect(() => koladaIndicatorParts(v2, { kpi: 'X00914', municipality: '0484' })).to.throw(RangeError);
    expect(() => koladaIndicatorParts(v2, { kpi: 'N00914', municipality: '484' })).to.throw(RangeError);
    expect(() =>
      koladaIndicatorParts(v2, { kpi: 'N00914', municipality: '0484', compare: ['riket'] }),
    ).to.throw(RangeError);
  });
});

describe('kolada adapter: bad and doubtful rows', () => {
  it('turns status Missing into null even when a value is given', () => {
    const pages = [
      {
        values: [
          row('0484', '2020', [
            ['T', 0, 'Missing'],
            ['K', 4.5],
          ]),
        ],
      },
    ];
    const { parts, warnings } = koladaIndicatorParts(pages, selection);
    expect(parts.values).to.deep.equal([{ period: '2020', value: null, women: 4.5 }]);
    expect(codes(warnings)).to.deep.equal(['no-comparison-data']);
  });

  it('keeps a period whose only entry is null, as a gap', () => {
    const { parts } = koladaIndicatorParts([{ values: [row('0484', '2021', [['T', null]])] }], selection);
    expect(parts.values).to.deep.equal([{ period: '2021', value: null }]);
  });

  it('keeps a period with an empty values list as a gap', () => {
    const { parts } = koladaIndicatorParts([{ values: [row('0484', '2021', [])] }], selection);
    expect(parts.values).to.deep.equal([{ period: '2021', value: null }]);
  });

  it('skips non-numeric values with a warning instead of throwing', () => {
    const pages = [
      {
        values: [
          row('0484', '2020', [
            ['T', '12,5'],
            ['K', 11],
            ['M', { value: 1 }],
          ]),
          row('0484', '2021', [['T', true]]),
        ],
      },
    ];
    const { parts, warnings } = koladaIndicatorParts(pages, { kpi: 'N00914', municipality: '0484' });
    expect(parts.values).to.deep.equal([
      { period: '2020', value: null, women: 11, men: null },
      { period: '2021', value: null },
    ]);
    expect(codes(warnings)).to.deep.equal(['non-numeric', 'non-numeric', 'non-numeric']);
    expect(warnings[0]!.message).to.equal(
      'page 0, row 0: 0484 2020 T: value "12,5" is not a number; left out',
    );
    expect(warnings[2]).to.include({ page: 0, row: 1 });
  });

  it('skips rows that are not data rows, periods that are not years and unknown genders', () => {
    const pages = [
      {
        values: [
          null,
          'row',
          { kpi: 'N00914', municipality: '0484', period: '2020' },
          { kpi: 'N00914', municipality: 484, period: '2020', values: [] },
          row('0484', '2020-Q1', [['T', 1]]),
          row('0484', 2020.5, [['T', 1]]),
          row('0484', '20', [['T', 1]]),
          row('0484', '2020', [
            ['X', 1],
            ['T', 3],
          ]),
          { kpi: 'N00914', municipality: '0484', period: '2019', values: [7, { gender: 'T', value: 2 }] },
        ],
      },
    ];
    const { parts, warnings } = koladaIndicatorParts(pages, { kpi: 'N00914', municipality: '0484' });
    expect(parts.values).to.deep.equal([
      { period: '2019', value: 2 },
      { period: '2020', value: 3 },
    ]);
    expect(codes(warnings)).to.deep.equal([
      'bad-row',
      'bad-row',
      'bad-row',
      'bad-row',
      'bad-period',
      'bad-period',
      'bad-period',
      'unknown-gender',
      'bad-row',
    ]);
  });

  it('warns about a page that is not a page, and uses the others', () => {
    const { parts, warnings } = koladaIndicatorParts([null, { error: 'x' }, [], v2[0]], selection);
    expect(parts.values.map((v) => v.period)).to.deep.equal(['2018', '2019', '2020', '2021']);
    expect(codes(warnings)).to.deep.equal(['not-a-page', 'not-a-page', 'not-a-page']);
  });

  it('keeps the first of two different values for one cell, and says so', () => {
    const pages = [
      { values: [row('0484', '2020', [['T', 10]])] },
      { values: [row('0484', 2020, [['T', 11]])] },
    ];
    const { parts, warnings } = koladaIndicatorParts(pages, { kpi: 'N00914', municipality: '0484' });
    expect(parts.values).to.deep.equal([{ period: '2020', value: 10 }]);
    expect(codes(warnings)).to.deep.equal(['conflict']);
    expect(warnings[0]!.message).to.match(/11 differs from 10 \(page 0, row 0\)/);
  });

  it('lets a later value fill a gap an earlier row left, silently', () => {
    const pages = [
      { values: [row('0484', '2020', [['T', null, 'Missing']])] },
      { values: [row('0484', '2020', [['T', 10]])] },
    ];
    const { parts, warnings } = koladaIndicatorParts(pages, { kpi: 'N00914', municipality: '0484' });
    expect(parts.values).to.deep.equal([{ period: '2020', value: 10 }]);
    expect(warnings).to.deep.equal([]);
  });

  it('ignores rows for other KPIs and other municipalities', () => {
    const pages = [
      {
        values: [
          row('0484', '2020', [['T', 1]], 'N00001'),
          row('1980', '2020', [['T', 2]]),
          row('0484', '2020', [['T', 3]]),
        ],
      },
    ];
    const { parts, warnings } = koladaIndicatorParts(pages, { kpi: 'N00914', municipality: '0484' });
    expect(parts.values).to.deep.equal([{ period: '2020', value: 3 }]);
    expect(warnings).to.deep.equal([]);
  });

  it('says when there is no data for the municipality or a comparison', () => {
    const { parts, warnings } = koladaIndicatorParts([{ values: [], count: 0 }], selection);
    expect(parts.values).to.deep.equal([]);
    expect(parts.comparisons[0]!.values).to.deep.equal([]);
    expect(warnings.map((w) => w.message)).to.deep.equal([
      'no data for N00914 in 0484',
      'no data for N00914 in 0000 (comparison)',
    ]);
  });
});

describe('kolada adapter: following pages', () => {
  /** A fake fetch over a map of URL → page, recording what was asked for. */
  function server(pages: Record<string, unknown>) {
    const asked: string[] = [];
    const fetchPage = (url: string): Promise<unknown> => {
      asked.push(url);
      return url in pages
        ? Promise.resolve(structuredClone(pages[url]))
        : Promise.reject(new Error(`404 ${url}`));
    };
    return { asked, fetchPage };
  }

  const first = 'https://api.kolada.se/v2/data/kpi/N00914/municipality/0484,0000';

  it('follows next_page (v2) to the end and gives the pages in order', async () => {
    const { asked, fetchPage } = server({ [first]: v2[0], [String(v2[0]!.next_page)]: v2[1] });
    const result = await followPages(fetchPage, first);
    expect(asked).to.deep.equal([
      first,
      'https://api.kolada.se/v2/data/kpi/N00914/municipality/0484,0000?page=2&per_page=6',
    ]);
    expect(result.urls).to.deep.equal(asked);
    expect(result.pages).to.deep.equal(v2);
    expect(result.warnings).to.deep.equal([]);
    expect(koladaIndicatorParts(result.pages, selection).parts.values).to.deep.equal(ESKILSTUNA);
  });

  it('follows next_url (v3)', async () => {
    const v3first = 'https://api.kolada.se/v3/data/kpi/N00914/municipality/0484,0000';
    const { asked, fetchPage } = server({ [v3first]: v3[0], [String(v3[0]!.next_url)]: v3[1] });
    const result = await followPages(fetchPage, v3first);
    expect(asked).to.have.length(2);
    expect(result.pages).to.deep.equal(v3);
  });

  it('reads a relative next URL against the page it came from', async () => {
    const { asked, fetchPage } = server({
      'http://mirror.test/v2/data/x': { values: [], next_page: '/v2/data/x?page=2' },
      'http://mirror.test/v2/data/x?page=2': { values: [], next_page: '' },
    });
    await followPages(fetchPage, 'http://mirror.test/v2/data/x');
    expect(asked).to.deep.equal(['http://mirror.test/v2/data/x', 'http://mirror.test/v2/data/x?page=2']);
  });

  it('stops at a loop with a warning, having read each page once', async () => {
    const a = 'http://mirror.test/a';
    const b = 'http://mirror.test/b';
    const { asked, fetchPage } = server({
      [a]: { values: [], next_page: b },
      [b]: { values: [], next_url: a },
    });
    const result = await followPages(fetchPage, a);
    expect(asked).to.deep.equal([a, b]);
    expect(result.warnings).to.deep.equal([
      { code: 'page-loop', message: `page 1 points back to ${a}, read before; stopped there`, page: 1 },
    ]);
  });

  it('stops at a page pointing to itself', async () => {
    const a = 'http://mirror.test/a';
    const { asked, fetchPage } = server({ [a]: { values: [], next_page: a } });
    const result = await followPages(fetchPage, a);
    expect(asked).to.deep.equal([a]);
    expect(codes(result.warnings)).to.deep.equal(['page-loop']);
  });

  it('rejects past the page limit rather than return cut-short data', async () => {
    let n = 0;
    const endless = (url: string): Promise<unknown> => {
      n++;
      return Promise.resolve({ values: [], next_page: `${url.replace(/\?.*/, '')}?page=${n + 1}` });
    };
    let error: unknown;
    try {
      await followPages(endless, 'http://mirror.test/data', { limit: 5 });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(KoladaPageLimitError);
    expect(error).to.include({ limit: 5, url: 'http://mirror.test/data?page=6' });
    expect(n).to.equal(5);
  });

  it('passes a fetch error through', async () => {
    const { fetchPage } = server({});
    let error: unknown;
    try {
      await followPages(fetchPage, 'http://mirror.test/none');
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('404 http://mirror.test/none');
  });

  it('finds the next URL in either shape, and none in anything else', () => {
    expect(nextPageUrl({ next_page: 'http://a/2' })).to.equal('http://a/2');
    expect(nextPageUrl({ next_url: 'http://a/3' })).to.equal('http://a/3');
    expect(nextPageUrl({ next_page: null, next_url: null })).to.equal(null);
    expect(nextPageUrl({ next_page: '  ' })).to.equal(null);
    expect(nextPageUrl({ next_page: 2 })).to.equal(null);
    expect(nextPageUrl(null)).to.equal(null);
    expect(nextPageUrl([])).to.equal(null);
  });
});

describe('kolada adapter: URLs, ids and metadata', () => {
  it('builds the data and metadata URLs in Kolada path form', () => {
    expect(koladaDataUrl('https://api.kolada.se/v2/', ['N00914', 'N00915'], ['0484', '0000'])).to.equal(
      'https://api.kolada.se/v2/data/kpi/N00914,N00915/municipality/0484,0000',
    );
    expect(koladaDataUrl('https://api.kolada.se/v2', ['N00914'], ['0484'], [2022, '2023'])).to.equal(
      'https://api.kolada.se/v2/data/kpi/N00914/municipality/0484/year/2022,2023',
    );
    expect(koladaKpiUrl('http://127.0.0.1:8080/v2', ['N00914'])).to.equal(
      'http://127.0.0.1:8080/v2/kpi/N00914',
    );
  });

  it('derives the indicator id from the KPI id', () => {
    expect(koladaIndicatorId('N00914')).to.equal('kolada-n00914');
    expect(koladaIndicatorId('U00405')).to.equal('kolada-u00405');
  });

  it('infers percent from "(%)" in the title or a % unit, else number', () => {
    expect(unitFromKpiMetadata({ title: 'Elever i åk 9 med godkända betyg, andel (%)' })).to.equal('percent');
    expect(unitFromKpiMetadata({ title: 'Något', unit: '%' })).to.equal('percent');
    expect(unitFromKpiMetadata({ title: 'Nettokostnad grundskola, kr/inv' })).to.equal('number');
    expect(unitFromKpiMetadata({ title: 'Invånare totalt, antal' })).to.equal('number');
    expect(unitFromKpiMetadata({})).to.equal('number');
  });

  it('reads KPI metadata, skipping entries without an id or title, and clips long texts', () => {
    const long = 'x'.repeat(6000);
    const found = parseKpiMetadata([
      kpiMeta,
      {
        values: [
          { id: 'N00001' },
          { title: 'no id' },
          { id: 'N00002', title: '  ' },
          { id: 'N00003', title: 't', description: long },
        ],
      },
      null,
    ]);
    expect([...found.keys()]).to.deep.equal(['N00914', 'N00003']);
    expect(found.get('N00003')!.description).to.have.length(5000);
  });
});

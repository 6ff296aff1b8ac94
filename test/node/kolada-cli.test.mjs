// `insyn kolada …` run as a user runs it, against a local mirror of the Kolada API that serves
// the recorded responses in test/fixtures/kolada/. Nothing here reaches the network.
// Needs lib/ built first: `npx tsc -p tsconfig.build.json` (or `node scripts/build-lib.mjs`).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'insyn.js');
const fixtures = join(root, 'test', 'fixtures', 'kolada');
const { validateFeed } = await import(new URL('../../lib/feed/validate.js', import.meta.url).href);

/** A recorded response as text, its links pointing at the mirror instead of api.kolada.se. */
const recorded = (name) =>
  readFileSync(join(fixtures, `${name}.json`), 'utf8').replaceAll('https://api.kolada.se', base());

let server;
/** Every path and query the mirror was asked for, in order. */
let asked = [];

function base() {
  return `http://127.0.0.1:${server.address().port}`;
}

/** What the mirror answers: [status, content type, body], or null to never answer. */
function answer(path, query) {
  const page = query.get('page') ?? '1';
  const json = (body) => [200, 'application/json; charset=utf-8', body];
  switch (path) {
    case '/v2/data/kpi/N00914/municipality/0484,0000':
    case '/v2/data/kpi/N00914/municipality/0484':
      return json(recorded(`v2-n00914-page${page}`));
    case '/v3/data/kpi/N00914/municipality/0484,0000':
      return json(recorded(`v3-n00914-page${page}`));
    case '/v2/data/kpi/N00914,U00405/municipality/0484,0000': {
      // One response carrying two KPIs, as Kolada sends for a comma-separated list.
      const first = JSON.parse(recorded('v2-n00914-page1'));
      const second = JSON.parse(recorded('v2-n00914-page2'));
      const unit = {
        kpi: 'U00405',
        municipality: '0484',
        period: '2023',
        values: [{ count: 1, gender: 'T', status: '', value: 71 }],
      };
      return json(
        JSON.stringify({ values: [...first.values, ...second.values, unit], count: 14, next_page: null }),
      );
    }
    case '/v2/data/kpi/N00914/municipality/0484,0480':
      return json(
        JSON.stringify({
          values: [
            ...JSON.parse(recorded('v2-n00914-page1')).values.filter((row) => row.municipality === '0484'),
            {
              kpi: 'N00914',
              municipality: '0480',
              period: '2021',
              values: [{ count: 1, gender: 'T', status: '', value: 8.8 }],
            },
            {
              kpi: 'N00914',
              municipality: '0484',
              period: '2021',
              values: [{ count: 1, gender: 'T', status: '', value: 'n/a' }],
            },
          ],
          count: 6,
        }),
      );
    case '/v2/kpi/N00914':
      return json(recorded('v2-kpi-n00914'));
    case '/v2/municipality/0480':
      return json(recorded('v2-municipality'));
    case '/v2/data/kpi/N99999/municipality/0484':
      return json('{"count": 0, "values": []}');
    case '/v2/data/kpi/N00500/municipality/0484':
      return [500, 'text/plain', 'Internal Server Error'];
    case '/v2/data/kpi/N00408/municipality/0484':
      return null;
    case '/v2/data/kpi/N00200/municipality/0484':
      return [200, 'text/html', '<!doctype html><title>Kolada</title>'];
    case '/v2/data/kpi/N00777/municipality/0484':
      // A page whose next page is itself: a loop the CLI must not follow for ever.
      return json(
        JSON.stringify({ ...JSON.parse(recorded('v2-n00914-page1')), next_page: `${base()}${path}` }),
      );
    case '/v2/data/kpi/N00999/municipality/0484':
      // Next pages without end.
      return json(
        JSON.stringify({ values: [], count: 0, next_page: `${base()}${path}?page=${Number(page) + 1}` }),
      );
    default:
      return [404, 'application/json', '{"error": "not found"}'];
  }
}

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://mirror');
    asked.push(`${url.pathname}${url.search}`);
    // Under /broken/ the data is there but the metadata routes fail.
    const broken = url.pathname.startsWith('/broken/');
    const path = broken ? url.pathname.slice('/broken'.length) : url.pathname;
    const reply =
      broken && /^\/v2\/(kpi|municipality)\//.test(path)
        ? [500, 'text/plain', 'Internal Server Error']
        : answer(path, url.searchParams);
    if (reply === null) return; // Hold the request open until the client gives up.
    const [status, type, body] = reply;
    response.writeHead(status, { 'content-type': type });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  asked = [];
});

/** Runs the CLI in a child process (asynchronously, so that the mirror in this process can answer). */
function insyn(args, { env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, LC_ALL: '', LC_MESSAGES: '', LANG: 'C', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const kolada = (...args) => insyn(['kolada', ...args, '--api', `${base()}/v2`]);

describe('insyn kolada against a mirror', () => {
  it('lib/ is built (run `npx tsc -p tsconfig.build.json` first)', () => {
    assert.doesNotThrow(() => readFileSync(join(root, 'lib', 'cli', 'kolada.js')));
  });

  it('writes a valid indicator with the values of 0484 and 0000 as comparison, following next_page', async () => {
    const { code, stdout, stderr } = await kolada('N00914', '--municipality', '0484', '--compare', '0000');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.deepEqual(asked, [
      '/v2/data/kpi/N00914/municipality/0484,0000',
      '/v2/data/kpi/N00914/municipality/0484,0000?page=2&per_page=6',
    ]);
    const out = JSON.parse(stdout);
    assert.deepEqual(Object.keys(out), ['indicators']);
    const [indicator] = out.indicators;
    assert.equal(out.indicators.length, 1);
    assert.equal(indicator.id, 'kolada-n00914');
    assert.equal(indicator.title, 'N00914');
    assert.equal(indicator.unit, 'number');
    assert.deepEqual(indicator.source, {
      name: { sv: 'Kolada (RKA)', en: 'Kolada (RKA)' },
      kolada: 'N00914',
      url: 'https://www.kolada.se/verktyg/fri-sokning/?kpis=N00914',
    });
    assert.deepEqual(indicator.values, [
      { period: '2018', value: 9.8, women: 9.1, men: 10.5 },
      { period: '2019', value: 10.1, women: 9.4, men: 10.8 },
      { period: '2020', value: 12.6, women: 11.9, men: 13.3 },
      { period: '2021', value: 11.9, women: 11.5, men: 12.3 },
      { period: '2022', value: 10.4, women: null, men: null },
      { period: '2023', value: null, women: 9.9, men: 10.6 },
    ]);
    assert.equal(indicator.comparisons.length, 1);
    const [riket] = indicator.comparisons;
    assert.deepEqual(
      { id: riket.id, label: riket.label, kind: riket.kind, municipalityCode: riket.municipalityCode },
      { id: 'riket', label: { sv: 'Riket', en: 'Sweden' }, kind: 'national', municipalityCode: '0000' },
    );
    assert.deepEqual(
      riket.values.map((v) => [v.period, v.value]),
      [
        ['2018', 6.2],
        ['2019', 6.4],
        ['2020', 8.3],
        ['2021', 7.6],
        ['2022', 6.5],
        ['2023', 6.7],
      ],
    );
    const result = validateFeed({ version: 1, indicators: out.indicators });
    assert.equal(result.ok, true, JSON.stringify(result.problems));
  });

  it('reads a v3 mirror (next_url, integer periods) to the same indicator', async () => {
    const v2 = await kolada('N00914', '--municipality', '0484', '--compare', '0000');
    const v3 = await insyn([
      'kolada',
      'N00914',
      '--municipality=0484',
      '--compare=0000',
      `--api=${base()}/v3/`,
    ]);
    assert.equal(v3.code, 0, v3.stderr);
    assert.deepEqual(asked.slice(-2), [
      '/v3/data/kpi/N00914/municipality/0484,0000',
      '/v3/data/kpi/N00914/municipality/0484,0000?page=2&per_page=6',
    ]);
    assert.deepEqual(JSON.parse(v3.stdout), JSON.parse(v2.stdout));
  });

  it('takes title, description and unit from the KPI metadata with --title-from-api', async () => {
    const { code, stdout, stderr } = await kolada(
      'n00914',
      '--municipality',
      '0484',
      '--compare',
      '0000',
      '--title-from-api',
    );
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.ok(asked.includes('/v2/kpi/N00914'));
    // Riket needs no name from Kolada.
    assert.ok(!asked.some((path) => path.startsWith('/v2/municipality/')));
    const [indicator] = JSON.parse(stdout).indicators;
    assert.deepEqual(indicator.title, {
      sv: 'Invånare 16-64 år som är öppet arbetslösa eller i program med aktivitetsstöd, andel (%)',
    });
    assert.match(indicator.description.sv, /^Antal invånare 16-64 år/);
    assert.equal(indicator.unit, 'percent');
    assert.equal(validateFeed({ version: 1, indicators: [indicator] }).ok, true);
  });

  it('falls back to the KPI id, with a warning, when the metadata cannot be read', async () => {
    const { code, stdout, stderr } = await insyn([
      'kolada',
      'N00914',
      '--municipality',
      '0484',
      '--compare',
      '0480',
      '--title-from-api',
      '--api',
      `${base()}/broken/v2`,
    ]);
    assert.equal(code, 0, stderr);
    const [indicator] = JSON.parse(stdout).indicators;
    assert.equal(indicator.title, 'N00914');
    assert.equal(indicator.unit, 'number');
    assert.deepEqual(indicator.comparisons[0].label, { sv: 'Kommun 0480', en: 'Municipality 0480' });
    assert.match(
      stderr,
      /^insyn kolada: warning: cannot read the KPI metadata; the title is the KPI id and the unit "number" \(Kolada answered 500 .*\/broken\/v2\/kpi\/N00914\)$/m,
    );
    assert.match(
      stderr,
      /^insyn kolada: warning: cannot read the municipality names; the labels say the codes \(.*\)$/m,
    );
  });

  it('names other municipalities from the metadata, and warns about a bad value but still writes', async () => {
    const { code, stdout, stderr } = await kolada(
      'N00914',
      '--municipality',
      '0484',
      '--compare',
      '0480',
      '--title-from-api',
    );
    assert.equal(code, 0, stderr);
    assert.ok(asked.includes('/v2/municipality/0480'));
    assert.match(
      stderr,
      /^insyn kolada: warning: page 0, row 5: 0484 2021 T: value "n\/a" is not a number; left out$/m,
    );
    const [indicator] = JSON.parse(stdout).indicators;
    assert.deepEqual(indicator.comparisons, [
      {
        id: 'municipality-0480',
        label: 'Nyköping',
        kind: 'municipality',
        municipalityCode: '0480',
        values: [{ period: '2021', value: 8.8 }],
      },
    ]);
  });

  it('writes one indicator per KPI from one request', async () => {
    const { code, stdout, stderr } = await kolada(
      'N00914,U00405',
      '--municipality',
      '0484',
      '--compare',
      '0000',
    );
    assert.equal(code, 0, stderr);
    assert.deepEqual(asked, ['/v2/data/kpi/N00914,U00405/municipality/0484,0000']);
    const { indicators } = JSON.parse(stdout);
    assert.deepEqual(
      indicators.map((i) => i.id),
      ['kolada-n00914', 'kolada-u00405'],
    );
    assert.deepEqual(indicators[1].values, [{ period: '2023', value: 71 }]);
    assert.deepEqual(indicators[1].comparisons[0].values, []);
    assert.match(stderr, /warning: no data for U00405 in 0000 \(comparison\)/);
    assert.equal(validateFeed({ version: 1, indicators }).ok, true);
  });

  it('stops at a page loop with a warning', async () => {
    const { code, stdout, stderr } = await kolada('N00777', '--municipality', '0484');
    assert.equal(asked.length, 1);
    assert.match(stderr, /warning: page 0 points back to .*, read before; stopped there/);
    // The looping page carries N00914 rows only, so N00777 has no data.
    assert.equal(code, 1);
    assert.equal(stdout, '');
  });

  it('exits 1 past the page limit', async () => {
    const { code, stdout, stderr } = await kolada('N00999', '--municipality', '0484');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /Kolada kept sending more pages; stopped after 50: /);
    assert.equal(asked.length, 50);
  });
});

describe('insyn kolada: trouble with the API (exit 1)', () => {
  it('exits 1 when Kolada has no data for the KPI in the municipality', async () => {
    const { code, stdout, stderr } = await kolada('N99999', '--municipality', '0484');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'insyn kolada: no data from Kolada for N99999 (0484)\n');
  });

  it('exits 1 on a 500 from the mirror', async () => {
    const { code, stdout, stderr } = await kolada('N00500', '--municipality', '0484');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `insyn kolada: Kolada answered 500 Internal Server Error: ${base()}/v2/data/kpi/N00500/municipality/0484\n`,
    );
  });

  it('exits 1 when the mirror does not answer in time', async () => {
    const started = Date.now();
    const { code, stdout, stderr } = await kolada('N00408', '--municipality', '0484', '--timeout', '0.3');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^insyn kolada: Kolada did not answer within 0\.3 s: http:\/\/127\.0\.0\.1:\d+\/v2\/data\/kpi\/N00408/,
    );
    assert.ok(Date.now() - started < 10_000);
  });

  it('exits 1 when the answer is not JSON', async () => {
    const { code, stderr } = await kolada('N00200', '--municipality', '0484');
    assert.equal(code, 1);
    assert.match(stderr, /Kolada's answer is not JSON: /);
  });

  it('exits 1 when nothing listens at the address', async () => {
    // A port that was free a moment ago: listen on it, then close.
    const spare = createServer();
    await new Promise((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const { port } = spare.address();
    await new Promise((resolve) => spare.close(resolve));
    const api = `http://127.0.0.1:${port}/v2`;
    const { code, stdout, stderr } = await insyn([
      'kolada',
      'N00914',
      '--municipality',
      '0484',
      '--api',
      api,
    ]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `insyn kolada: cannot reach Kolada: ${api}/data/kpi/N00914/municipality/0484: ECONNREFUSED\n`,
    );
  });

  it('says it in Swedish when the locale is Swedish', async () => {
    const { code, stderr } = await insyn(
      ['kolada', 'N00500', '--municipality', '0484', '--api', `${base()}/v2`],
      {
        env: { LANG: 'sv_SE.UTF-8' },
      },
    );
    assert.equal(code, 1);
    assert.match(stderr, /^insyn kolada: Kolada svarade 500 /);
  });
});

describe('insyn kolada: usage (exit 2)', () => {
  const usage = async (args, pattern) => {
    const { code, stdout, stderr } = await insyn(['kolada', ...args]);
    assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    assert.equal(stdout, '');
    assert.match(stderr, pattern);
    assert.match(stderr, /Run "insyn kolada --help" for more\./);
  };

  it('needs a KPI id and a municipality', async () => {
    await usage(['--municipality', '0484'], /kolada needs at least one KPI id/);
    await usage(['N00914'], /kolada needs --municipality <code>/);
    await usage(['N00914', '--municipality'], /--municipality: needs a value/);
  });

  it('refuses malformed ids, codes, URLs and timeouts', async () => {
    await usage(
      ['X00914', '--municipality', '0484'],
      /not a Kolada KPI id \(N or U and five digits\): X00914/,
    );
    await usage(['N00914', '--municipality', '484'], /not a municipality code \(four digits\): 484/);
    await usage(
      ['N00914', '--municipality', '0484', '--compare', '0000,riket'],
      /not a municipality code .*: riket/,
    );
    await usage(
      ['N00914', '--municipality', '0484', '--municipality', '0480'],
      /--municipality is given twice/,
    );
    await usage(
      ['N00914', '--municipality', '0484', '--api', 'ftp://mirror'],
      /--api must be an http\(s\) URL/,
    );
    await usage(
      ['N00914', '--municipality', '0484', '--timeout', '0'],
      /--timeout must be a number of seconds/,
    );
    await usage(['N00914', '--municipality', '0484', '--json'], /unknown option: --json/);
    await usage(['N00914', '--municipality', '0484', '--lang', 'de'], /--lang must be sv or en/);
  });

  it('lists every mistake, in the language of --lang even when it comes last', async () => {
    const { code, stderr } = await insyn(['kolada', 'X1', '--municipality', '1', '--lang', 'sv']);
    assert.equal(code, 2);
    assert.match(stderr, /inte ett nyckeltal i Kolada .*: X1\n/);
    assert.match(stderr, /inte en kommunkod .*: 1\n/);
    assert.match(stderr, /Kör "insyn kolada --help" för mer\./);
  });

  it('shows its help on stdout, in either language', async () => {
    const en = await insyn(['kolada', '--help']);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^Usage: insyn kolada <kpi id…> --municipality <code>/);
    assert.match(en.stdout, /default https:\/\/api\.kolada\.se\/v2/);
    const sv = await insyn(['kolada', '-h', '--lang', 'sv']);
    assert.match(sv.stdout, /^Användning: insyn kolada <nyckeltal…>/);
  });

  it('is listed in the general help', async () => {
    const { stdout } = await insyn(['--help']);
    assert.match(stdout, /insyn kolada <kpi id…> --municipality <code>/);
  });
});

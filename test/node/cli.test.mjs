// The `insyn` command, run as a user runs it: `node bin/insyn.js …` in a child process.
// Needs lib/ built first: `node scripts/build-lib.mjs` (tsc, plus the generated validators,
// which are JavaScript and copied as they are); `npm test` builds before it runs this.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { insyn, ROOT, tempFolder } from '../support/cli.mjs';

const tmp = tempFolder('insyn-cli-');
const minimalPath = join(ROOT, 'test', 'fixtures', 'minimal.json');
const minimal = JSON.parse(readFileSync(minimalPath, 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/**
 * The minimal fixture with the optional data whose absence gives warnings (a baseline for every
 * indicator, investments), so the output shows only what a test is about.
 */
function completeFeed() {
  const feed = structuredClone(minimal);
  feed.indicators[1].baseline = '2026-T1';
  feed.budget.years[0].investments = [{ id: 'skola', title: 'Ny skola', amount: 100 }];
  return feed;
}

/** The complete feed with one goal's parent broken and an unknown top-level key. */
function invalidFeed() {
  const feed = completeFeed();
  feed.goals[1].parent = 'no-such-goal';
  feed.goal = [];
  return feed;
}

describe('insyn validate', () => {
  it('lib/ is built (run `node scripts/build-lib.mjs` first)', () => {
    assert.doesNotThrow(() => readFileSync(join(ROOT, 'lib', 'cli', 'main.js')));
    assert.doesNotThrow(() => readFileSync(join(ROOT, 'lib', 'feed', 'generated', 'validate-feed.js')));
  });

  it('summarises a valid feed and exits 0', () => {
    const path = tmp.file('complete.json', completeFeed());
    const { code, stdout, stderr } = insyn(['validate', path]);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      `${path}: valid Insyn feed v1 — Example Municipality: ` +
        '3 goals (1 vision, 1 strategic goal, 1 commitment), 2 indicators, budget 2026 (1 year), ' +
        '1 contact point, feedback endpoint (example data)\n',
    );
  });

  it('lists warnings after the summary and still exits 0; --strict exits 1', () => {
    const { code, stdout, stderr } = insyn(['validate', 'test/fixtures/minimal.json']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(stdout.trimEnd().split('\n').slice(1), [
      'warning: The indicator "ind-vantetid" (Väntetid i telefon), /indicators/1/baseline: ' +
        'no baseline period is given, so the trend is counted from the first value (2026-T1)',
      'warning: /budget: no year has investments, so investments cannot be shown',
    ]);
    assert.match(stdout, /^test\/fixtures\/minimal\.json: valid Insyn feed v1/);
    assert.equal(stderr, 'test/fixtures/minimal.json: 2 warnings\n');
    const strict = insyn(['validate', '--strict', 'test/fixtures/minimal.json']);
    assert.equal(strict.code, 1);
    assert.equal(strict.stdout, stdout);
    const clean = insyn(['validate', '--strict', tmp.file('strict-clean.json', completeFeed())]);
    assert.equal(clean.code, 0);
  });

  it('words warnings in Swedish', () => {
    const feed = completeFeed();
    delete feed.budget.years[0].priceBaseAmount;
    const { code, stdout, stderr } = insyn(['validate', '--lang', 'sv', tmp.file('pbb.json', feed)]);
    assert.equal(code, 0);
    assert.equal(
      stdout.trimEnd().split('\n')[1],
      'varning: Budgetåret 2026 (budget), /budget/years/0/priceBaseAmount: prisbasbeloppet (priceBaseAmount) ' +
        'saknas, så räknaren för den egna skatten är avstängd för året',
    );
    assert.match(stderr, /: 1 varning\n$/);
  });

  it('lists warnings after the problems', () => {
    const feed = invalidFeed();
    delete feed.goal;
    delete feed.indicators[1].baseline;
    const { code, stdout, stderr } = insyn(['validate', tmp.file('both.json', feed)]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      'The goal "sm-1" (More pupils complete school), /goals/1/parent: "no-such-goal" is not among the goals.',
      'warning: The indicator "ind-vantetid" (Väntetid i telefon), /indicators/1/baseline: ' +
        'no baseline period is given, so the trend is counted from the first value (2026-T1)',
    ]);
    assert.match(stderr, /both\.json: 1 problem, 1 warning\n$/);
  });

  it('names a multi-year budget as a span', () => {
    const feed = structuredClone(minimal);
    feed.budget.years.push(
      { year: 2028, kind: 'plan' },
      { year: 2027, kind: 'plan' },
      { year: 2027, kind: 'forecast' },
    );
    delete feed.goals;
    delete feed.exampleData;
    const { code, stdout } = insyn(['validate', tmp.file('years.json', feed)]);
    assert.equal(code, 0);
    assert.match(
      stdout,
      /: valid Insyn feed v1 — Example Municipality: 2 indicators, budget 2026–2028 \(3 years\), /,
    );
    assert.doesNotMatch(stdout, /goals|example data/);
  });

  it('says when a feed has a version and nothing else', () => {
    const { code, stdout } = insyn(['validate', tmp.file('empty.json', { version: 1 })]);
    assert.equal(code, 0);
    assert.match(stdout, /empty\.json: valid Insyn feed v1: no sections\n$/);
  });

  it('lists each problem as "[item, ]path: message" and exits 1: schema and cross-reference problems together', () => {
    const path = tmp.file('invalid.json', invalidFeed());
    const { code, stdout, stderr } = insyn(['validate', path]);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.deepEqual(lines, [
      '/goal: is not a known field (a typo?)',
      'The goal "sm-1" (More pupils complete school), /goals/1/parent: "no-such-goal" is not among the goals.',
    ]);
    assert.equal(stderr, `${path}: 2 problems\n`);
  });

  it('leaves the cross-reference checks of a section out when the section breaks the schema', () => {
    const feed = invalidFeed();
    delete feed.goal;
    feed.goals[0].level = 'mission';
    const { stdout } = insyn(['validate', tmp.file('broken-section.json', feed)]);
    assert.deepEqual(stdout.trimEnd().split('\n'), [
      'The goal "vision" (A good place to live), /goals/0/level: "mission" is not a valid level. ' +
        'Use "vision" (Vision), "strategic-goal" (Strategic goal), "process-goal" (Process goal), ' +
        '"commitment" (Commitment), "unit-commitment" (Unit commitment) or "activity" (Activity).',
    ]);
  });

  it('reports semantic problems once the schema is met', () => {
    const feed = invalidFeed();
    delete feed.goal;
    feed.indicators[0].targets[1].min = 95;
    const { code, stdout, stderr } = insyn(['validate', tmp.file('semantic.json', feed)]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trimEnd().split('\n').sort(), [
      'The goal "sm-1" (More pupils complete school), /goals/1/parent: "no-such-goal" is not among the goals.',
      'The indicator "ind-behorighet" (Eligible for upper secondary school), /indicators/0/targets/1: min is greater than max',
    ]);
    assert.match(stderr, /semantic\.json: 2 problems\n$/);
  });

  it('shows the whole document as "/"', () => {
    const { code, stdout } = insyn(['validate', tmp.file('array.json', '[]')]);
    assert.equal(code, 1);
    assert.equal(stdout, '/: must be an object, not a list\n');
  });

  it('points at a JSON syntax error as file:line:column and exits 2', () => {
    const path = tmp.file('syntax.json', '{\n  "version": 1,\n  "goals": [}\n');
    const { code, stdout, stderr } = insyn(['validate', path]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:13: invalid JSON: \\S`),
    );
  });

  it('points at the end of a truncated file', () => {
    const { code, stderr } = insyn(['validate', tmp.file('truncated.json', '{"version": 1,\n"goals": [')]);
    assert.equal(code, 2);
    assert.match(stderr, /truncated\.json:2:11: invalid JSON/);
  });

  it('calls an empty file invalid JSON', () => {
    const { code, stderr } = insyn(['validate', tmp.file('nothing.json', '')]);
    assert.equal(code, 2);
    assert.match(stderr, /nothing\.json:1:1: invalid JSON/);
  });

  it('exits 2 for a missing file', () => {
    const { code, stdout, stderr } = insyn(['validate', tmp.path('no-such-feed.json')]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot read .*no-such-feed\.json: no such file/);
    assert.match(stderr, /insyn --help/);
  });

  it('exits 2 for a directory', () => {
    const { code, stderr } = insyn(['validate', tmp.path('')]);
    assert.equal(code, 2);
    assert.match(stderr, /it is a directory/);
  });

  it('reads standard input for "-"', () => {
    const { code, stdout } = insyn(['validate', '-'], { input: JSON.stringify(minimal) });
    assert.equal(code, 0);
    assert.match(stdout, /^<stdin>: valid Insyn feed v1 — Example Municipality: 3 goals/);
  });

  it('reports problems and syntax errors from standard input', () => {
    const invalid = insyn(['validate', '-'], { input: JSON.stringify(invalidFeed()) });
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /^\/goal: /);
    assert.equal(invalid.stderr, '<stdin>: 2 problems\n');
    const broken = insyn(['validate', '-'], { input: '[1,\n 2,,\n]' });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^<stdin>:2:4: invalid JSON/);
  });

  it('accepts a byte order mark', () => {
    const { code } = insyn(['validate', tmp.file('bom.json', `\uFEFF${JSON.stringify(minimal)}`)]);
    assert.equal(code, 0);
  });
});

describe('insyn validate --json', () => {
  it('gives a summary for a valid feed', () => {
    const { code, stdout, stderr } = insyn(['validate', '--json', 'test/fixtures/minimal.json']);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    const out = JSON.parse(stdout);
    assert.equal(out.ok, true);
    assert.equal(out.file, 'test/fixtures/minimal.json');
    assert.deepEqual(
      { ...out.summary, text: undefined },
      {
        version: 1,
        organization: 'Example Municipality',
        exampleData: true,
        goals: { total: 3, byLevel: { vision: 1, 'strategic-goal': 1, commitment: 1 } },
        indicators: 2,
        budget: { from: 2026, to: 2026, years: 1 },
        contacts: 1,
        feedback: { endpoint: 'https://kommun.example/api/feedback' },
        text: undefined,
      },
    );
    assert.match(out.summary.text, /^valid Insyn feed v1/);
  });

  it('gives the problems with path, code and message', () => {
    const { code, stdout, stderr } = insyn(['validate', tmp.file('invalid.json', invalidFeed()), '--json']);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const out = JSON.parse(stdout);
    assert.equal(out.ok, false);
    assert.deepEqual(out.problems, [
      { path: '/goal', code: 'unknown-property', message: 'is not a known field (a typo?)' },
      {
        path: '/goals/1/parent',
        code: 'unknown-reference',
        message: 'The goal "sm-1" (More pupils complete school): "no-such-goal" is not among the goals.',
        item: 'The goal "sm-1" (More pupils complete school)',
      },
    ]);
    assert.deepEqual(out.warnings, []);
  });

  it('gives the warnings beside the summary', () => {
    const { code, stdout } = insyn(['validate', '--json', 'test/fixtures/minimal.json']);
    assert.equal(code, 0);
    const out = JSON.parse(stdout);
    assert.deepEqual(
      out.warnings.map((w) => [w.path, w.code]),
      [
        ['/indicators/1/baseline', 'no-baseline'],
        ['/budget', 'no-investments'],
      ],
    );
  });

  it('gives the position of a syntax error', () => {
    const { code, stdout } = insyn(['validate', '--json', '-'], { input: '{"version": 1,}' });
    assert.equal(code, 2);
    const out = JSON.parse(stdout);
    assert.equal(out.ok, false);
    assert.equal(out.error.kind, 'parse');
    assert.equal(out.error.code, 'trailing-comma');
    assert.equal(out.error.line, 1);
    assert.equal(out.error.column, 14);
    assert.equal(
      out.error.message,
      'invalid JSON: Remove the comma on line 1: no comma comes after the last value of a list or an object',
    );
  });

  it('says in Swedish where the missing comma goes', () => {
    const input = '{\n  "version": 1\n  "goals": []\n}';
    const { code, stderr } = insyn(['validate', '--lang', 'sv', '-'], { input });
    assert.equal(code, 2);
    assert.equal(stderr, '<stdin>:2:15: ogiltig JSON: Ett kommatecken saknas i slutet av rad 2\n');
  });

  it('says a file cannot be read', () => {
    const { code, stdout } = insyn(['validate', '--json', tmp.path('gone.json')]);
    assert.equal(code, 2);
    assert.equal(JSON.parse(stdout).error.kind, 'read');
  });
});

describe('insyn --lang', () => {
  const problemsIn = (args, env) =>
    insyn(['validate', tmp.file('lang.json', invalidFeed()), ...args], { env });

  it('writes English with --lang en and Swedish with --lang sv', () => {
    const en = problemsIn(['--lang', 'en']);
    const sv = problemsIn(['--lang=sv']);
    assert.equal(en.stdout.split('\n')[0], '/goal: is not a known field (a typo?)');
    assert.equal(sv.stdout.split('\n')[0], '/goal: är inte ett känt fält (stavfel?)');
    assert.match(sv.stdout, /"no-such-goal" finns inte bland målen\./);
    assert.match(en.stderr, /: 2 problems\n$/);
    assert.match(sv.stderr, /: 2 fel\n$/);
  });

  it('takes the language from LC_ALL or LANG, sv when it starts with sv', () => {
    assert.match(problemsIn([], { LANG: 'sv_SE.UTF-8' }).stdout, /är inte ett känt fält/);
    assert.match(
      problemsIn([], { LC_ALL: 'sv_FI.UTF-8', LANG: 'en_GB.UTF-8' }).stdout,
      /är inte ett känt fält/,
    );
    assert.match(
      problemsIn([], { LC_ALL: 'en_US.UTF-8', LANG: 'sv_SE.UTF-8' }).stdout,
      /is not a known field/,
    );
    assert.match(problemsIn([], { LANG: 'de_DE.UTF-8' }).stdout, /is not a known field/);
  });

  it('lets --lang win over the environment', () => {
    assert.match(problemsIn(['--lang', 'en'], { LANG: 'sv_SE.UTF-8' }).stdout, /is not a known field/);
  });

  it('summarises in Swedish', () => {
    const { code, stdout } = insyn(['validate', '--lang', 'sv', 'test/fixtures/minimal.json']);
    assert.equal(code, 0);
    assert.match(
      stdout,
      /giltigt Insyn-flöde v1 — Exempelkommun: 3 mål \(1 vision, 1 strategiskt mål, 1 åtagande\), 2 indikatorer, budget 2026 \(1 år\), 1 kontaktpunkt/,
    );
  });

  it('refuses a language it does not have', () => {
    const { code, stderr } = insyn(['validate', '--lang', 'de', 'test/fixtures/minimal.json']);
    assert.equal(code, 2);
    assert.match(stderr, /--lang must be sv or en/);
  });
});

describe('insyn usage', () => {
  it('exits 2 with the usage when given no arguments', () => {
    const { code, stdout, stderr } = insyn([]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /Usage: insyn validate <file\|->/);
  });

  it('exits 2 for an unknown option', () => {
    const { code, stderr } = insyn(['validate', '--strictly', 'test/fixtures/minimal.json']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown option: --strictly/);
    assert.match(stderr, /Usage:/);
  });

  it('exits 2 for an unknown command', () => {
    const { code, stderr } = insyn(['check', 'test/fixtures/minimal.json']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown command: check/);
  });

  it('exits 2 when validate has no file, or more than one', () => {
    assert.match(insyn(['validate']).stderr, /validate needs a file/);
    assert.equal(insyn(['validate']).code, 2);
    const two = insyn(['validate', 'a.json', 'b.json']);
    assert.equal(two.code, 2);
    assert.match(two.stderr, /extra argument: b\.json/);
  });

  it('prints the usage in Swedish when the locale is Swedish', () => {
    assert.match(insyn([], { env: { LANG: 'sv_SE.UTF-8' } }).stderr, /Användning: insyn validate <fil\|->/);
  });

  it('shows help on stdout for --help, -h and help, and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['validate', '--help']]) {
      const { code, stdout, stderr } = insyn(args);
      assert.equal(code, 0, args.join(' '));
      assert.equal(stderr, '');
      assert.match(stdout, /Usage: insyn validate <file\|->/);
      assert.match(stdout, /--json/);
    }
  });

  it('prints the version from package.json', () => {
    const { code, stdout } = insyn(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout, `${pkg.version}\n`);
  });

  it('treats a file named like an option after -- as a file', () => {
    const path = tmp.file('--odd.json', minimal);
    const { code, stdout } = insyn(['validate', '--', path]);
    assert.equal(code, 0);
    assert.match(stdout, /--odd\.json: valid Insyn feed v1/);
  });
});

// `insyn fallback <feed> --element <tag>`, run as a user runs it: `node bin/insyn.js …` in a child
// process, on the demo feed and small feeds written here. Needs lib/ built first
// (`node scripts/build-lib.mjs`; `npm test` builds before it runs this).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { insyn, ROOT, tempFolder } from '../support/cli.mjs';

const tmp = tempFolder('insyn-fallback-');
const demoFeed = join(ROOT, 'demo', 'feed.json');
const demo = JSON.parse(readFileSync(demoFeed, 'utf8'));

describe('insyn fallback', () => {
  it("writes each element's fallback from the demo feed, starting with the marker comment", () => {
    const expected = {
      'goal-tree': '<ul>',
      'scorecard-chart': '<table>',
      'budget-explainer': '<caption>Kostnader för alla områden',
      'contact-card': '<h2>Eskilstuna direkt</h2>',
      'feedback-prompt': '<form method="post" action="/api/feedback">',
    };
    for (const [element, marker] of Object.entries(expected)) {
      const { code, stdout, stderr } = insyn(['fallback', demoFeed, '--element', element]);
      assert.equal(code, 0, stderr);
      assert.ok(stdout.startsWith(`<!-- insyn fallback: ${element} -->\n`), stdout.slice(0, 80));
      assert.ok(stdout.includes(marker), `${element}: ${marker}`);
      assert.equal(stderr, '', element);
    }
  });

  it('writes the same bytes every time (no date, no random ids), to stdout or --out', () => {
    const args = ['fallback', demoFeed, '--element', 'contact-card', '--lang', 'en'];
    const first = insyn(args).stdout;
    assert.equal(insyn(args).stdout, first);
    const out = tmp.path('card.html');
    const written = insyn([...args, '--out', out]);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), first);
    assert.match(first, /<h3>Opening hours<\/h3>/);
    assert.match(first, /<li>Monday–Friday 07:30–16:00<\/li>/);
  });

  it("uses the element's attributes as options: a goal's subtree, one indicator, another contact", () => {
    const sub = insyn(['fallback', demoFeed, '--element', 'goal-tree', '--root', demo.goals[1].id]);
    assert.equal(sub.code, 0, sub.stderr);
    assert.ok(!sub.stdout.includes(demo.goals[0].title.sv), 'the vision above the root is left out');
    const indicator = demo.indicators[0];
    const one = insyn([
      'fallback',
      demoFeed,
      '--element',
      'scorecard-chart',
      '--indicator',
      indicator.id,
      '--lang',
      'en',
    ]);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, new RegExp(`<caption>${indicator.title.en}: values by period</caption>`));
  });

  it('reads the feed from standard input with -', () => {
    const { code, stdout } = insyn(['fallback', '-', '--element', 'budget-explainer'], {
      input: JSON.stringify(demo),
    });
    assert.equal(code, 0);
    assert.match(stdout, /<th scope="row">Summa<\/th>/);
  });

  it('names each problem of an invalid feed by its JSON Pointer and exits 1, writing no HTML', () => {
    const feed = structuredClone(demo);
    delete feed.contacts[0].name;
    feed.contacts[0].channels[0].href = 'javascript:alert(1)';
    const { code, stdout, stderr } = insyn([
      'fallback',
      tmp.file('bad.json', feed),
      '--element',
      'contact-card',
    ]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    // The contact point has lost its name, so it is named by its id alone.
    assert.match(stderr, /^The contact point "eskilstuna-direkt", \/contacts\/0\/name: is missing/m);
    assert.match(stderr, /^The channel "telefon" \(Phone\), \/contacts\/0\/channels\/0\/href: /m);
    assert.match(stderr, /bad\.json: 2 problems\n$/);
  });

  it('checks only the sections the element reads, as the element does', () => {
    const feed = structuredClone(demo);
    feed.budget.years[0].year = 'förra året';
    assert.equal(
      insyn(['fallback', tmp.file('budget-broken.json', feed), '--element', 'contact-card']).code,
      0,
    );
    assert.equal(
      insyn(['fallback', tmp.file('budget-broken.json', feed), '--element', 'budget-explainer']).code,
      1,
    );
  });

  it('says what the feed lacks for the element, and an unknown id, with exit 1', () => {
    const none = insyn(['fallback', tmp.file('empty.json', { version: 1 }), '--element', 'goal-tree']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /The feed has no goals\./);
    const unknown = insyn(['fallback', demoFeed, '--element', 'contact-card', '--contact', 'nobody'], {
      env: { LANG: 'sv_SE.UTF-8' },
    });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Kontaktpunkten "nobody" \(--contact\) finns inte i flödet\./);
  });

  it("refuses wrong usage with exit 2: no element, an unknown one, another element's attribute", () => {
    for (const args of [
      ['fallback', demoFeed],
      ['fallback', demoFeed, '--element', 'pie-chart'],
      ['fallback', demoFeed, '--element', 'goal-tree', '--contact', 'x'],
      ['fallback', '--element', 'goal-tree'],
      ['fallback', demoFeed, '--element', 'budget-explainer', '--year', 'last'],
      ['fallback', demoFeed, '--element', 'goal-tree', '--lang', 'de'],
      ['fallback', demoFeed, '--element', 'goal-tree', '--frobnicate'],
    ]) {
      const { code, stdout, stderr } = insyn(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /insyn fallback --help/);
    }
    assert.equal(insyn(['fallback', tmp.path('missing.json'), '--element', 'goal-tree']).code, 2);
    const json = insyn(['fallback', tmp.file('broken.json', '{"version": 1,'), '--element', 'goal-tree']);
    assert.equal(json.code, 2);
    assert.match(json.stderr, /broken\.json:1:\d+: invalid JSON/);
  });

  it('refuses a --report or --endpoint that is not an http(s) link', () => {
    const report = insyn([
      'fallback',
      demoFeed,
      '--element',
      'budget-explainer',
      '--report',
      'javascript:alert(1)',
    ]);
    assert.equal(report.code, 1);
    assert.match(report.stderr, /--report must be an http or https address/);
    const endpoint = insyn([
      'fallback',
      demoFeed,
      '--element',
      'feedback-prompt',
      '--endpoint',
      'mailto:a@b.se',
    ]);
    assert.equal(endpoint.code, 1);
  });

  it('warns when a form posting to another origin has no --page, and writes the page field when given', () => {
    const args = [
      'fallback',
      demoFeed,
      '--element',
      'feedback-prompt',
      '--endpoint',
      'https://feedback.example/api/feedback',
    ];
    const without = insyn(args);
    assert.equal(without.code, 0);
    assert.match(without.stderr, /warning: no --page/);
    assert.ok(!without.stdout.includes('name="page"'));
    const withPage = insyn([...args, '--page', '/bo/skola']);
    assert.equal(withPage.stderr, '');
    assert.match(withPage.stdout, /<input type="hidden" name="page" value="\/bo\/skola">/);
  });

  it('writes exactly the examples shown in docs/fallback.md', () => {
    const markdown = readFileSync(join(ROOT, 'docs', 'fallback.md'), 'utf8');
    // A one-line ```sh block with the command, then (past a prettier-ignore) an ```html block
    // that starts with the marker comment: the command's output, byte for byte.
    const examples = [
      ...markdown.matchAll(
        /```sh\nnpx insyn (fallback [^\n]+)\n```\n\n(?:<!-- prettier-ignore -->\n)?```html\n(<!-- insyn fallback: [\s\S]*?)```/g,
      ),
    ];
    assert.ok(examples.length >= 2, `${examples.length} examples found`);
    for (const [, command, html] of examples) {
      const { code, stdout, stderr } = insyn(command.split(' '));
      assert.equal(code, 0, stderr);
      assert.equal(stdout, html, command);
    }
  });

  it('is listed in insyn --help, and has help of its own in Swedish and English', () => {
    assert.match(insyn(['--help']).stdout, /insyn fallback <file\|-> --element <tag>/);
    assert.match(insyn(['fallback', '--help']).stdout, /^Usage: insyn fallback/);
    assert.match(
      insyn(['fallback', '--help'], { env: { LANG: 'sv_SE.UTF-8' } }).stdout,
      /^Användning: insyn fallback/,
    );
  });
});

/**
 * The goal tree's pure model: feed → tree, statuses and roll-ups, the view options (root,
 * levels), filters, search, type-ahead, bad input and scale. No DOM.
 */
import { expect } from '@open-wc/testing';
import {
  compareToTarget,
  formatTarget,
  latestValue,
  summarizeIndicator,
  targetBand,
  targetFor,
} from '../../src/core/indicator-model.js';
import { findMatches, fold, splitByRanges } from '../../src/core/text-search.js';
import type { Feed, Goal, Indicator } from '../../src/feed/generated/feed-types.js';
import {
  buildGoalTree,
  filterGoalTree,
  MAX_DEPTH,
  parseLevels,
  pathTo,
  rollUpStatus,
  toOverviewNodes,
  typeAhead,
  visibleRows,
  type GoalNode,
  type GoalTreeModel,
} from '../../src/goal-tree/model.js';

type G = Partial<Goal> & { id: string };

function goal(id: string, parent?: string, extra: Partial<Goal> = {}): G {
  return { id, level: 'commitment', title: `Mål ${id}`, ...(parent ? { parent } : {}), ...extra };
}

function feedOf(goals: G[], more: Partial<Feed> = {}): Feed {
  return { version: 1, goals: goals as Goal[], ...more };
}

const ids = (nodes: readonly GoalNode[]): string[] => nodes.map((n) => n.id);

function tree(
  goals: G[],
  options: Partial<Parameters<typeof buildGoalTree>[1]> = {},
  more: Partial<Feed> = {},
) {
  return buildGoalTree(feedOf(goals, more), { lang: 'sv', ...options });
}

const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  title: `Indikator ${id}`,
  unit: 'percent',
  values: [],
  ...extra,
});

describe('indicator model', () => {
  it('latest value: the latest period with a number; forecasts and nulls left out', () => {
    expect(
      latestValue([
        { period: '2024', value: 70 },
        { period: '2025', value: null },
        { period: '2026', value: 90, kind: 'forecast' },
        { period: '2023', value: 60 },
      ]),
    ).to.deep.equal({ period: '2024', value: 70, kind: 'outcome' });
    expect(
      latestValue([
        { period: '2026-T1', value: 4.5 },
        { period: '2026-05', value: 3, kind: 'preliminary' },
      ]),
    ).to.deep.equal({ period: '2026-05', value: 3, kind: 'preliminary' });
    expect(latestValue([])).to.equal(undefined);
    expect(latestValue(undefined)).to.equal(undefined);
  });

  it('a target applies to its own period, else the shortest period that contains it', () => {
    const ind = indicator('x', {
      targets: [
        { period: '2026', value: 80 },
        { period: '2026-H1', value: 75 },
        { period: '2026-05', value: 74 },
      ],
    });
    expect(targetFor(ind, '2026-05')!.min).to.equal(74);
    expect(targetFor(ind, '2026-T1')!.min).to.equal(75, 'T1 (January–April) lies inside H1');
    expect(targetFor(ind, '2026-T3')!.min).to.equal(80, 'T3 only inside the year');
    expect(targetFor(ind, '2025')).to.equal(undefined);
  });

  it('bands follow the direction; min/max win over value', () => {
    expect(targetBand({ period: '2026', value: 5 }, 'lower')).to.include({ min: -Infinity, max: 5 });
    expect(targetBand({ period: '2026', value: 5 }, 'higher')).to.include({ min: 5, max: Infinity });
    expect(targetBand({ period: '2026', value: 5 }, 'neither')).to.include({ min: 5, max: 5 });
    expect(targetBand({ period: '2026', min: 84, max: 90 }, 'lower')).to.include({ min: 84, max: 90 });
  });

  it('inside the band: achieved; within 5 %: at risk; beyond: off track', () => {
    const band = targetBand({ period: '2024', value: 80 })!;
    expect(compareToTarget(80, band)).to.equal('achieved');
    expect(compareToTarget(76, band)).to.equal('at-risk'); // 4 short of 80: 5 %
    expect(compareToTarget(75.9, band)).to.equal('off-track');
    const lower = targetBand({ period: '2024', value: 5 }, 'lower')!;
    expect(compareToTarget(5.2, lower)).to.equal('at-risk');
    expect(compareToTarget(0, targetBand({ period: '2024', value: 0 }, 'neither')!)).to.equal('achieved');
  });

  it('summaries: no value → no-data (no-value); a value without target → no-data (no-target)', () => {
    expect(summarizeIndicator(indicator('a')).reason).to.equal('no-value');
    const noTarget = summarizeIndicator(indicator('b', { values: [{ period: '2024', value: 3 }] }));
    expect(noTarget).to.include({ status: 'no-data', reason: 'no-target' });
    const met = summarizeIndicator(
      indicator('c', { values: [{ period: '2024', value: 81.5 }], targets: [{ period: '2024', value: 80 }] }),
    );
    expect(met.status).to.equal('achieved');
    expect(met.latest!.value).to.equal(81.5);
  });

  it('formats targets in words, with the unit', () => {
    const words = { atLeast: 'minst {value}', atMost: 'högst {value}' };
    const ind = indicator('p', { decimals: 1 });
    expect(formatTarget(targetBand({ period: '2024', value: 77 })!, ind, 'sv', words)).to.equal(
      'minst 77,0\u00a0%',
    );
    expect(formatTarget(targetBand({ period: '2024', min: 84, max: 90 })!, ind, 'sv', words)).to.equal(
      '84,0\u00a0% – 90,0\u00a0%',
    );
    const minutes = indicator('m', { unit: 'minutes', better: 'lower' });
    expect(formatTarget(targetBand({ period: '2026', max: 5 }, 'lower')!, minutes, 'sv', words)).to.equal(
      'högst 5\u00a0minuter',
    );
  });
});

describe('text search', () => {
  it('folds case in both languages; Swedish keeps å ä ö apart, English does not', () => {
    expect(fold('Åtagande', 'sv')).to.equal('åtagande');
    expect(fold('ÅTAGANDE', 'sv')).to.equal(fold('åtagande', 'sv'));
    expect(fold('Åtagande', 'en')).to.equal('atagande');
    expect(fold('Förskola', 'sv')).to.not.equal(fold('forskola', 'sv'));
    expect(fold('Café', 'sv')).to.equal('cafe');
  });

  it('finds matches as ranges of the original text and splits it for <mark>', () => {
    const text = 'Ökad trygghet – öppna skolor';
    const ranges = findMatches(text, fold('Ö', 'sv'), 'sv');
    expect(ranges).to.deep.equal([
      [0, 1],
      [16, 17],
    ]);
    expect(splitByRanges(text, ranges).map((p) => p.text)).to.deep.equal([
      'Ö',
      'kad trygghet – ',
      'ö',
      'ppna skolor',
    ]);
    // A decomposed "a + ring" folds like "å" (positions refer to the NFC text).
    expect(findMatches('Ba\u030Ad', 'å', 'sv')).to.deep.equal([[1, 2]]);
  });
});

describe('rollUpStatus', () => {
  it('is no-data with nothing, not-started with only not-started, achieved when all are', () => {
    expect(rollUpStatus([])).to.equal('no-data');
    expect(rollUpStatus(['no-data', 'no-data'])).to.equal('no-data');
    expect(rollUpStatus(['not-started', 'no-data'])).to.equal('not-started');
    expect(rollUpStatus(['achieved', 'achieved', 'no-data'])).to.equal('achieved');
  });

  it('uses the mean score: ≥ ⅔ on-track, ≥ ⅓ at-risk, else off-track', () => {
    expect(rollUpStatus(['on-track', 'on-track', 'off-track'])).to.equal('on-track'); // exactly ⅔
    expect(rollUpStatus(['achieved', 'off-track'])).to.equal('at-risk');
    expect(rollUpStatus(['at-risk'])).to.equal('at-risk');
    expect(rollUpStatus(['off-track', 'off-track', 'on-track'])).to.equal('at-risk'); // exactly ⅓
    expect(rollUpStatus(['off-track', 'off-track', 'off-track', 'on-track'])).to.equal('off-track');
    expect(rollUpStatus(['not-started', 'on-track'])).to.equal('on-track');
  });
});

describe('buildGoalTree', () => {
  it('builds the hierarchy in feed order with levels, depth and parents', () => {
    const t = tree([
      goal('v', undefined, { level: 'vision' }),
      goal('b', 'v'),
      goal('a', 'v'),
      goal('a1', 'a'),
    ]);
    expect(ids(t.roots)).to.deep.equal(['v']);
    expect(ids(t.roots[0]!.children)).to.deep.equal(['b', 'a']);
    const a1 = t.byId.get('a1')!;
    expect(a1.depth).to.equal(2);
    expect(a1.parent!.id).to.equal('a');
    expect(t.byId.get('v')!.level).to.equal('vision');
    for (const node of t.nodes) if (node.parent) expect(node.parent.key).to.be.below(node.key);
    expect(pathTo(a1)).to.deep.equal(['a', 'v']);
  });

  it('resolves owners to unit names and types; unknown owners keep their id', () => {
    const t = tree(
      [goal('g', undefined, { owner: 'bun' }), goal('h', undefined, { owner: 'nope' })],
      {},
      {
        organization: {
          name: 'K',
          units: [
            { id: 'bun', name: { sv: 'Barn- och utbildningsnämnden', en: 'Education' }, type: 'committee' },
          ],
        },
      },
    );
    expect(t.byId.get('g')!.owner).to.deep.include({
      name: 'Barn- och utbildningsnämnden',
      type: 'committee',
      known: true,
    });
    expect(t.byId.get('h')!.owner).to.deep.include({ name: 'nope', known: false });
    const en = buildGoalTree(
      feedOf([goal('g', undefined, { owner: 'bun' })], {
        organization: {
          name: 'K',
          units: [{ id: 'bun', name: { sv: 'Barn', en: 'Education' }, type: 'committee' }],
        },
      }),
      { lang: 'en' },
    );
    expect(en.byId.get('g')!.owner!.name).to.equal('Education');
  });

  it('picks texts in the language and keeps HTML as text', () => {
    const t = buildGoalTree(feedOf([goal('g', undefined, { title: { sv: 'Mål', en: '<b>Goal</b>' } })]), {
      lang: 'en',
    });
    expect(t.byId.get('g')!.title).to.equal('<b>Goal</b>');
  });

  it('computes status from children and indicators; the reported status wins for display', () => {
    const t = tree(
      [
        goal('p'),
        goal('c1', 'p', { status: 'on-track' }),
        goal('c2', 'p', { status: 'off-track' }),
        goal('c3', 'p', { indicators: ['good'] }), // computed from its indicator: achieved
        goal('r', undefined, { status: 'achieved', indicators: ['bad'] }),
      ],
      {},
      {
        indicators: [
          indicator('good', {
            values: [{ period: '2024', value: 90 }],
            targets: [{ period: '2024', value: 80 }],
          }),
          indicator('bad', {
            values: [{ period: '2024', value: 10 }],
            targets: [{ period: '2024', value: 80 }],
          }),
        ],
      },
    );
    const c3 = t.byId.get('c3')!;
    expect(c3.computedStatus).to.equal('achieved');
    expect(c3.status).to.equal('achieved');
    expect(c3.reportedStatus).to.equal(undefined);
    const p = t.byId.get('p')!;
    // on-track 1 + off-track 0 + achieved 1 → ⅔ → on-track
    expect(p.computedStatus).to.equal('on-track');
    expect(p.computedFrom).to.deep.equal({ children: 3, indicators: 0 });
    const r = t.byId.get('r')!;
    expect(r.reportedStatus).to.equal('achieved');
    expect(r.computedStatus).to.equal('off-track');
    expect(r.status).to.equal('achieved');
    expect(r.indicators[0]!.status).to.equal('off-track');
  });

  it('keeps a written verdict and flags when it differs from the shown status', () => {
    const t = tree([
      goal('a', undefined, {
        status: 'at-risk',
        verdict: { status: 'off-track', text: { sv: 'Nej', en: 'No' }, period: '2025' },
      }),
      goal('b', undefined, { status: 'on-track', verdict: { status: 'on-track' } }),
    ]);
    expect(t.byId.get('a')!.verdict).to.deep.include({ status: 'off-track', text: 'Nej', period: '2025' });
    expect(t.byId.get('a')!.verdictDiffers).to.equal(true);
    expect(t.byId.get('b')!.verdictDiffers).to.equal(false);
  });

  it('rolls up the children shown: "3 av 5"', () => {
    const statuses = ['on-track', 'achieved', 'on-track', 'off-track', 'at-risk'] as const;
    const t = tree([goal('p'), ...statuses.map((status, i) => goal(`c${i}`, 'p', { status }))]);
    const rollup = t.byId.get('p')!.rollup;
    expect(rollup).to.deep.include({ total: 5, good: 3 });
    expect(rollup.byStatus['off-track']).to.equal(1);
    expect(t.byId.get('c0')!.rollup.total).to.equal(0);
  });

  it('clamps progress to 0–100 and drops non-numbers', () => {
    const t = tree([
      goal('a', undefined, { progress: 140 }),
      goal('b', undefined, { progress: 'x' as never }),
    ]);
    expect(t.byId.get('a')!.progress).to.equal(100);
    expect(t.byId.get('b')!.progress).to.equal(undefined);
  });

  it('root: shows one subtree; an unknown root shows everything and says so', () => {
    const goals = [goal('v'), goal('a', 'v'), goal('a1', 'a'), goal('b', 'v')];
    const sub = tree(goals, { root: 'a' });
    expect(ids(sub.roots)).to.deep.equal(['a']);
    expect(sub.roots[0]!.depth).to.equal(0);
    expect(sub.nodes).to.have.length(2);
    const unknown = tree(goals, { root: 'zzz' });
    expect(unknown.nodes).to.have.length(4);
    expect(unknown.problems).to.deep.include({ kind: 'root-not-found', id: 'zzz' });
  });

  it('levels: hidden levels are skipped and their children lifted to the nearest shown ancestor', () => {
    const goals = [
      goal('v', undefined, { level: 'vision' }),
      goal('s', 'v', { level: 'strategic-goal' }),
      goal('c', 's', { level: 'commitment' }),
      goal('u', 'c', { level: 'unit-commitment' }),
      goal('a', 'u', { level: 'activity' }),
    ];
    const t = tree(goals, { levels: ['vision', 'commitment', 'activity'] });
    expect(ids(t.roots)).to.deep.equal(['v']);
    expect(ids(t.byId.get('v')!.children)).to.deep.equal(['c']);
    expect(ids(t.byId.get('c')!.children)).to.deep.equal(['a']);
    expect(t.byId.get('a')!.depth).to.equal(2);
    // Without the top level, its children become roots.
    expect(ids(tree(goals, { levels: ['strategic-goal'] }).roots)).to.deep.equal(['s']);
    // The computed status still comes from the real children.
    expect(parseLevels('vision  commitment,activity bogus')).to.deep.equal([
      'vision',
      'commitment',
      'activity',
    ]);
    expect(parseLevels('bogus')).to.equal(undefined);
    expect(parseLevels('')).to.equal(undefined);
  });

  it('lists orphans apart, flagged, after the roots', () => {
    const t = tree([goal('lost', 'nowhere'), goal('v'), goal('kid', 'lost')]);
    expect(ids(t.roots)).to.deep.equal(['v', 'lost']);
    expect(ids(t.orphans)).to.deep.equal(['lost']);
    expect(t.byId.get('lost')!.orphan).to.equal('missing-parent');
    expect(ids(t.byId.get('lost')!.children)).to.deep.equal(['kid']);
    expect(t.problems).to.deep.include({ kind: 'missing-parent', id: 'lost', parent: 'nowhere' });
  });

  it('breaks cycles (and self-parents) instead of looping, and flags them', () => {
    const t = tree([goal('a', 'b'), goal('b', 'a'), goal('self', 'self'), goal('ok')]);
    expect(t.nodes).to.have.length(4);
    expect(ids(t.roots)).to.deep.equal(['ok', 'a', 'self']);
    expect(t.byId.get('a')!.orphan).to.equal('cycle');
    expect(ids(t.byId.get('a')!.children)).to.deep.equal(['b']);
    expect(t.problems.filter((p) => p.kind === 'cycle')).to.have.length(2);
  });

  it('keeps the first of duplicate ids and skips goals without an id', () => {
    const t = tree([goal('a'), goal('a', undefined, { title: 'Second' }), { title: 'x' } as G]);
    expect(t.nodes).to.have.length(1);
    expect(t.byId.get('a')!.title).to.equal('Mål a');
    expect(t.problems.map((p) => p.kind)).to.deep.equal(['duplicate-id', 'invalid-goal']);
  });

  it('an empty or missing goals list gives an empty tree', () => {
    expect(tree([]).nodes).to.have.length(0);
    expect(buildGoalTree({ version: 1 }, { lang: 'sv' }).roots).to.have.length(0);
  });

  it('a 20,000-deep chain neither overflows the stack nor nests deeper than MAX_DEPTH', () => {
    const goals: G[] = [goal('n0')];
    for (let i = 1; i < 20000; i++) goals.push(goal(`n${i}`, `n${i - 1}`));
    const t = tree(goals);
    expect(t.nodes).to.have.length(20000);
    expect(Math.max(...t.nodes.map((n) => n.depth))).to.equal(MAX_DEPTH - 1);
    expect(t.problems.some((p) => p.kind === 'too-deep')).to.equal(true);
    expect(t.byId.get('n0')!.status).to.equal('no-data');
  });

  it('a node with 500 children and 2,000-character titles', () => {
    const long = 'Å'.repeat(1000) + 'b'.repeat(1000);
    const goals: G[] = [goal('p', undefined, { title: long })];
    for (let i = 0; i < 500; i++)
      goals.push(goal(`c${i}`, 'p', { title: long, status: i % 2 ? 'on-track' : 'off-track' }));
    const t = tree(goals);
    expect(t.byId.get('p')!.children).to.have.length(500);
    expect(t.byId.get('p')!.rollup).to.deep.include({ total: 500, good: 250 });
    expect(t.byId.get('p')!.title).to.have.length(2000);
    const f = filterGoalTree(t, { query: 'åb' });
    expect(f.matchCount).to.equal(501);
  });
});

describe('filterGoalTree', () => {
  let demo: GoalTreeModel;
  before(async () => {
    const feed = (await (await fetch('/demo/feed.json')).json()) as Feed;
    demo = buildGoalTree(feed, { lang: 'sv' });
  });

  const small = (): GoalTreeModel =>
    tree(
      [
        goal('v', undefined, { level: 'vision', status: 'on-track', owner: 'kf' }),
        goal('s1', 'v', { level: 'strategic-goal', status: 'at-risk', owner: 'kf', title: 'Fler i jobb' }),
        goal('c1', 's1', { status: 'off-track', owner: 'bun', title: 'Åtagande om läsning' }),
        goal('u1', 'c1', { level: 'unit-commitment', status: 'on-track', owner: 'skola', title: 'Läsa mer' }),
        goal('s2', 'v', {
          level: 'strategic-goal',
          status: 'on-track',
          owner: 'kf',
          title: 'Tryggt',
          description: 'Ökad trygghet',
        }),
      ],
      {},
      {
        organization: {
          name: 'K',
          units: [
            { id: 'kf', name: 'Fullmäktige', type: 'council' },
            { id: 'bun', name: 'Utbildningsnämnden', type: 'committee', parent: 'kf' },
            { id: 'skola', name: 'Skolan', type: 'unit', parent: 'bun' },
          ],
        },
      },
    );

  it('without filters everything is visible and matchCount is the total', () => {
    const f = filterGoalTree(small());
    expect(f.active).to.equal(false);
    expect(f.visibleCount).to.equal(5);
    expect(f.matchCount).to.equal(5);
  });

  it('status: matches, their ancestors (opened) and their descendants are visible', () => {
    const t = small();
    const f = filterGoalTree(t, { statuses: ['off-track'] });
    expect(f.matchCount).to.equal(1);
    const visible = t.nodes.filter((n) => f.visible[n.key]).map((n) => n.id);
    expect(visible).to.deep.equal(['v', 's1', 'c1', 'u1']);
    expect([...f.open].sort()).to.deep.equal(['s1', 'v']);
    expect(f.match[t.byId.get('v')!.key]).to.equal(0);
  });

  it('owner covers the units below it', () => {
    const t = small();
    expect(filterGoalTree(t, { owner: 'bun' }).matchCount).to.equal(2);
    expect(filterGoalTree(t, { owner: 'skola' }).matchCount).to.equal(1);
    expect(filterGoalTree(t, { owner: 'kf' }).matchCount).to.equal(5);
    expect(t.ownerTotals.get('bun')).to.equal(2);
  });

  it('level and status combine; counts per option follow the other filters', () => {
    const t = small();
    const f = filterGoalTree(t, { level: 'strategic-goal' });
    expect(f.matchCount).to.equal(2);
    expect(f.facets.status['at-risk']).to.equal(1);
    expect(f.facets.status['off-track']).to.equal(0);
    expect(f.facets.level.commitment).to.equal(1, 'level counts ignore the level filter');
    const both = filterGoalTree(t, { level: 'strategic-goal', statuses: ['on-track'] });
    expect(both.matchCount).to.equal(1);
    expect(both.facets.level.vision).to.equal(1);
    expect(both.facets.owner.get('kf')).to.equal(1);
  });

  it('search: case- and diacritics-aware, in title, description and owner', () => {
    const t = small();
    expect(filterGoalTree(t, { query: 'åtagande' }).matchCount).to.equal(1);
    expect(filterGoalTree(t, { query: 'ÅTAGANDE' }).matchCount).to.equal(1);
    expect(filterGoalTree(t, { query: 'atagande' }).matchCount).to.equal(
      0,
      'å is a letter of its own in Swedish',
    );
    expect(filterGoalTree(t, { query: 'ökad' }).matchCount).to.equal(1, 'description');
    expect(filterGoalTree(t, { query: 'skolan' }).matchCount).to.equal(1, 'owner name');
    expect(filterGoalTree(t, { query: '  läs  ' }).matchCount).to.equal(2);
    const en = buildGoalTree(feedOf([goal('x', undefined, { title: 'Åtagande' })]), { lang: 'en' });
    expect(filterGoalTree(en, { query: 'atagande' }).matchCount).to.equal(1, 'English folds å');
    const f = filterGoalTree(t, { query: 'läs' });
    expect([...f.open].sort()).to.deep.equal(['c1', 's1', 'v']);
  });

  it('a search that finds nothing shows nothing', () => {
    const f = filterGoalTree(small(), { query: 'zzz' });
    expect(f.matchCount).to.equal(0);
    expect(f.visibleCount).to.equal(0);
  });

  it('works on the demo feed: 74 goals, a roll-up, counts that add up', () => {
    expect(demo.nodes).to.have.length(74);
    expect(demo.roots).to.have.length(1);
    const f = filterGoalTree(demo, { statuses: ['off-track'] });
    const total = Object.values(filterGoalTree(demo).facets.status).reduce((a, b) => a + b, 0);
    expect(total).to.equal(74);
    expect(f.matchCount).to.equal(filterGoalTree(demo).facets.status['off-track']);
    expect(demo.byId.get('sm-2')!.verdictDiffers).to.equal(true);
    expect(demo.byId.get('vision')!.rollup.total).to.equal(8);
  });

  it('visible rows follow open nodes; toOverviewNodes mirrors the filtered tree', () => {
    const t = small();
    const f = filterGoalTree(t);
    expect(ids(visibleRows(t, f, () => false))).to.deep.equal(['v']);
    expect(ids(visibleRows(t, f, () => true))).to.deep.equal(['v', 's1', 'c1', 'u1', 's2']);
    const over = toOverviewNodes(t, filterGoalTree(t, { query: 'tryggt' }));
    expect(over).to.have.length(1);
    expect(over[0]!.children.map((c) => c.id)).to.deep.equal(['s2']);
    expect(over[0]!.children[0]).to.deep.include({ label: 'Tryggt', status: 'on-track' });
  });
});

describe('typeAhead', () => {
  const rows = tree([
    goal('1', undefined, { title: 'Äldreomsorg' }),
    goal('2', undefined, { title: 'Arbete' }),
    goal('3', undefined, { title: 'ärenden' }),
    goal('4', undefined, { title: 'Öppenhet' }),
    goal('5', undefined, { title: 'Akut' }),
  ]).roots;

  it('jumps to the next title starting with the letter, ä and ö included, wrapping', () => {
    expect(typeAhead(rows, 0, 'ä', 'sv')).to.equal(2);
    expect(typeAhead(rows, 2, 'ä', 'sv')).to.equal(0, 'wraps');
    expect(typeAhead(rows, 0, 'Ö', 'sv')).to.equal(3);
    expect(typeAhead(rows, 0, 'a', 'sv')).to.equal(1, 'a is not ä in Swedish');
    expect(typeAhead(rows, 0, 'z', 'sv')).to.equal(-1);
  });

  it('repeated letters cycle; a longer prefix narrows from the current row', () => {
    expect(typeAhead(rows, 1, 'aa', 'sv')).to.equal(4);
    expect(typeAhead(rows, 4, 'aaa', 'sv')).to.equal(1);
    expect(typeAhead(rows, 1, 'ar', 'sv')).to.equal(1);
    expect(typeAhead(rows, 1, 'ak', 'sv')).to.equal(4);
  });
});

describe('scale', () => {
  it('10,000 goals: builds, filters and searches without quadratic work', () => {
    const goals: G[] = [goal('root', undefined, { level: 'vision' })];
    for (let a = 0; a < 10; a++) {
      goals.push(goal(`a${a}`, 'root', { level: 'strategic-goal' }));
      for (let b = 0; b < 33; b++) {
        goals.push(goal(`a${a}b${b}`, `a${a}`, { status: b % 3 ? 'on-track' : 'at-risk' }));
        for (let c = 0; c < 29; c++)
          goals.push(
            goal(`a${a}b${b}c${c}`, `a${a}b${b}`, {
              level: 'activity',
              title: `Aktivitet ${a}-${b}-${c} för förskolan`,
            }),
          );
      }
    }
    expect(goals.length).to.be.above(9900);
    const t = tree(goals);
    const f = filterGoalTree(t, { query: 'AKTIVITET 3-1-2 FÖR' });
    const rows = visibleRows(t, filterGoalTree(t), () => true);
    expect(t.nodes.length).to.equal(goals.length);
    expect(rows.length).to.equal(goals.length);
    expect(f.matchCount).to.be.above(0);
  });
});

#!/usr/bin/env node
// The goal-tree benchmark's feed: a large municipality's red thread of exactly 10,000 goals,
// deterministic (seeded mulberry32; no Math.random, no clock).
//
//   node bench/make-goal-tree.mjs [--out bench/results/goal-tree-feed.json] [--total 10000]
//
// 1 vision → 8 strategic and 4 process goals → 8 administrations' committees × 10 commitments
// (each under one of the 12 goals) → 8 × 40 units × 4 unit commitments (under their
// administration's commitments) → the rest as activities spread over the unit commitments
// (about 6.7 each, 0–14). Owners, periods, statuses (with verdicts that sometimes differ),
// progress. The goals are listed level by level, as exports from planning systems do, so a
// child often comes thousands of entries after its parent. Checked with validateFeed.
//
// bench/run.mjs calls buildFeed() for bench/goal-tree.bench.ts (the convention:
// bench/make-<name>.mjs exporting buildFeed() gives bench/<name>.bench.ts its own feed).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadValidator, mulberry32 } from './make-large-feed.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export const GOAL_TREE_SEED = 20260503;
export const GOAL_TREE_TOTAL = 10_000;

const ADMINISTRATIONS = [
  ['Barn och utbildning', 'Children and education'],
  ['Vård och omsorg', 'Health and social care'],
  ['Socialtjänst', 'Social services'],
  ['Kultur och fritid', 'Culture and leisure'],
  ['Stadsbyggnad', 'Urban planning'],
  ['Miljö och räddning', 'Environment and rescue'],
  ['Arbetsmarknad och vuxenutbildning', 'Employment and adult education'],
  ['Kommunledning', 'Municipal management'],
];
const UNIT_NAMES = [
  ['Förskolan', 'Preschool'],
  ['Skolan', 'School'],
  ['Enheten', 'Unit'],
  ['Boendet', 'Residence'],
  ['Teamet', 'Team'],
  ['Kontoret', 'Office'],
];
const PLACES = [
  'Årby',
  'Fröslunda',
  'Torshälla',
  'Skogstorp',
  'Hällby',
  'Lagersberg',
  'Råbergstorp',
  'Kjula',
];
const GOALS = [
  ['Fler i jobb', 'More people in work'],
  ['Fler barn och unga lyckas i skolan', 'More children and young people succeed at school'],
  ['En trygg kommun för alla', 'A safe municipality for everyone'],
  ['En hållbar och växande kommun', 'A sustainable and growing municipality'],
  ['Ett gott liv hela livet', 'A good life throughout life'],
  ['Ett rikt kultur- och fritidsliv', 'A rich cultural and leisure life'],
  ['Minskad klimatpåverkan', 'Lower climate impact'],
  ['Ett näringsliv som växer', 'A growing business community'],
];
const PROCESS = [
  ['God ekonomisk hushållning', 'Sound financial management'],
  ['En attraktiv arbetsgivare', 'An attractive employer'],
  ['Digitala tjänster som invånarna använder', 'Digital services that residents use'],
  ['Effektiva lokaler', 'Efficient premises'],
];
const VERBS = [
  ['Öka andelen', 'Increase the share of'],
  ['Förbättra resultatet för', 'Improve the result for'],
  ['Minska skillnaderna för', 'Reduce the differences for'],
  ['Följa upp och stärka', 'Follow up and strengthen'],
];
const SUBJECTS = [
  ['elever med godkända betyg', 'pupils with passing grades'],
  ['invånare som känner sig trygga', 'residents who feel safe'],
  ['brukare som är nöjda', 'satisfied service users'],
  ['ärenden som handläggs i tid', 'cases handled on time'],
  ['medarbetare som vill stanna', 'staff who want to stay'],
  ['besökare i biblioteken', 'library visitors'],
];
const ACTIVITIES = [
  ['Genomföra en kartläggning av', 'Carry out a survey of'],
  ['Starta en arbetsgrupp för', 'Set up a working group for'],
  ['Utbilda personalen om', 'Train staff on'],
  ['Ta fram en handlingsplan för', 'Draw up an action plan for'],
  ['Pröva ett nytt arbetssätt för', 'Try a new way of working for'],
];
const STATUSES = ['achieved', 'on-track', 'on-track', 'at-risk', 'off-track', 'not-started', 'no-data'];

/** The feed object. `total` goals exactly (at least 1,000). */
export function makeGoalTreeFeed({ seed = GOAL_TREE_SEED, total = GOAL_TREE_TOTAL } = {}) {
  const random = mulberry32(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const text = ([sv, en]) => ({ sv, en });
  const status = () => pick(STATUSES);
  const extras = (level) => {
    const s = status();
    const goal = { status: s };
    if (level !== 'activity' || random() < 0.5) goal.progress = int(0, 100);
    if (random() < 0.25) {
      const verdict = random() < 0.3 ? pick(STATUSES) : s;
      goal.verdict = { status: verdict, period: '2025', date: '2026-02-15' };
    }
    return goal;
  };

  const units = [
    { id: 'kf', name: text(['Kommunfullmäktige', 'Municipal council']), type: 'council' },
    { id: 'ks', name: text(['Kommunstyrelsen', 'Executive board']), type: 'executive-board', parent: 'kf' },
  ];
  const goals = [];
  const vision = {
    id: 'vision',
    level: 'vision',
    title: text([
      'Vision 2030: en stolt och växande kommun',
      'Vision 2030: a proud and growing municipality',
    ]),
    owner: 'kf',
  };
  goals.push(vision);
  const top = [
    ...GOALS.map((t, k) => ({ id: `sm-${k + 1}`, level: 'strategic-goal', title: text(t) })),
    ...PROCESS.map((t, k) => ({ id: `pm-${k + 1}`, level: 'process-goal', title: text(t) })),
  ].map((g) => ({
    ...g,
    parent: 'vision',
    owner: 'kf',
    period: { from: '2023', to: '2026' },
    ...extras(g.level),
  }));
  goals.push(...top);

  const commitments = [];
  const unitCommitments = [];
  const unitsPerAdministration = 40;
  for (const [a, name] of ADMINISTRATIONS.entries()) {
    const committee = `n${a + 1}`;
    const administration = `f${a + 1}`;
    units.push(
      {
        id: committee,
        name: text([`${name[0]}snämnden`, `${name[1]} committee`]),
        type: 'committee',
        parent: 'kf',
      },
      {
        id: administration,
        name: text([`${name[0]}sförvaltningen`, `${name[1]} administration`]),
        type: 'administration',
        parent: committee,
      },
    );
    const own = [];
    for (let c = 0; c < 10; c++) {
      const verb = pick(VERBS);
      const subject = pick(SUBJECTS);
      const goal = {
        id: `${committee}-a${c + 1}`,
        level: 'commitment',
        parent: top[(a * 10 + c) % top.length].id,
        title: text([`${verb[0]} ${subject[0]}`, `${verb[1]} ${subject[1]}`]),
        owner: committee,
        period: '2026',
        ...extras('commitment'),
      };
      own.push(goal);
      commitments.push(goal);
    }
    for (let u = 0; u < unitsPerAdministration; u++) {
      const unit = `${administration}-e${u + 1}`;
      const kind = pick(UNIT_NAMES);
      const place = pick(PLACES);
      units.push({
        id: unit,
        name: text([`${kind[0]} ${place} ${u + 1}`, `${kind[1]} ${place} ${u + 1}`]),
        type: 'unit',
        parent: administration,
      });
      for (let k = 0; k < 4; k++) {
        const parent = pick(own);
        unitCommitments.push({
          id: `${unit}-u${k + 1}`,
          level: 'unit-commitment',
          parent: parent.id,
          title: text([`${parent.title.sv}: ${place} ${u + 1}`, `${parent.title.en}: ${place} ${u + 1}`]),
          owner: unit,
          period: '2026',
          ...extras('unit-commitment'),
        });
      }
    }
  }
  goals.push(...commitments, ...unitCommitments);

  const activities = total - goals.length;
  if (activities < 0) throw new Error(`total must be at least ${goals.length}`);
  const counts = new Map();
  for (let k = 0; k < activities; k++) {
    const parent = pick(unitCommitments);
    const n = (counts.get(parent.id) ?? 0) + 1;
    counts.set(parent.id, n);
    const what = pick(ACTIVITIES);
    const subject = pick(SUBJECTS);
    goals.push({
      id: `${parent.id}-${n}`,
      level: 'activity',
      parent: parent.id,
      title: text([`${what[0]} ${subject[0]}`, `${what[1]} ${subject[1]}`]),
      owner: parent.owner,
      period: pick(['2026', '2026-T1', '2026-T2', '2026-H1']),
      ...extras('activity'),
    });
  }

  return {
    version: 1,
    generated: '2026-05-04T08:00:00+02:00',
    exampleData: true,
    organization: {
      id: 'storkommun',
      name: text(['Storkommunen (exempel)', 'Large Municipality (example)']),
      municipalityCode: '0484',
      locale: 'sv',
      timeZone: 'Europe/Stockholm',
      units,
    },
    goals,
  };
}

/** For bench/run.mjs: the feed as text (minified), checked with validateFeed; throws when invalid. */
export async function buildFeed({ seed, total } = {}) {
  const validateFeed = await loadValidator();
  const feed = makeGoalTreeFeed({ seed, total });
  const text = JSON.stringify(feed);
  const result = validateFeed(JSON.parse(text));
  if (!result.ok) {
    const list = result.problems
      .slice(0, 10)
      .map((p) => `  ${p.path} ${p.code}: ${p.message}`)
      .join('\n');
    throw new Error(`The goal-tree feed is not valid (${result.problems.length} problems):\n${list}`);
  }
  const levels = {};
  for (const g of feed.goals) levels[g.level] = (levels[g.level] ?? 0) + 1;
  const bytes = Buffer.byteLength(text);
  return {
    name: 'goal-tree-feed.json',
    text,
    bytes,
    sha256: createHash('sha256').update(text).digest('hex'),
    summary:
      `${feed.goals.length.toLocaleString('en')} goals ${JSON.stringify(levels)}, ` +
      `${feed.organization.units.length} organization units; generated by \`bench/make-goal-tree.mjs\``,
  };
}

function argValue(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const out = path.resolve(root, argValue(args, '--out') ?? 'bench/results/goal-tree-feed.json');
  try {
    const feed = await buildFeed({ total: Number(argValue(args, '--total') ?? GOAL_TREE_TOTAL) });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, feed.text);
    console.log(
      `${path.relative(root, out)}: ${(feed.bytes / 1e6).toFixed(2)} MB, valid; ${feed.summary}\n  sha256 ${feed.sha256}`,
    );
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}

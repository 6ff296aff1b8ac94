#!/usr/bin/env node
// Makes a large, valid Insyn feed (about 5 MB) for benchmarks, deterministically: the same seed
// feed and options always give the same bytes (a seeded PRNG, never Math.random or the clock).
//
// The seed feed (demo/feed.json, or test/fixtures/minimal.json when the demo feed is missing or
// invalid) is kept as it is (organization, goals, indicators, contacts, feedback); the generator
// adds a large municipality around it: a dozen areas, each with a committee, an administration
// and dozens of units; thousands of goals in a proper hierarchy (vision → strategic and process
// goals → commitments → unit commitments → activities) with owners and indicator links; a few
// thousand indicators with yearly (and some tertial) values, targets, ranges and comparison
// series; a budget over six years whose parents add up; and one contact point per area.
//
//   node bench/make-large-feed.mjs [--out bench/results/large-feed.json] [--seed FILE] [--scale 1]
//
// Prints the size, the counts and the SHA-256, and checks the result with validateFeed
// (src/feed/validate.ts bundled for Node with esbuild). Exits 1 when the feed is not valid.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** The PRNG seed. Change it and every number in the feed changes; keep it and none does. */
export const DEFAULT_SEED = 20260504;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(random) {
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const round = (value, decimals) => {
    const f = 10 ** decimals;
    return Math.round(value * f) / f;
  };
  /** `count` distinct items of `list` (or all of them when it is shorter). */
  const sample = (list, count) => {
    const copy = [...list];
    const out = [];
    while (out.length < count && copy.length > 0)
      out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
    return out;
  };
  return { int, pick, chance, round, sample };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (sv, en). Example text; no real municipality's figures.

const PLACES = [
  'Skiftinge',
  'Lagersberg',
  'Fröslunda',
  'Årby',
  'Torshälla',
  'Kjula',
  'Hållsta',
  'Ärla',
  'Stenkvista',
  'Mälarbaden',
  'Gillberga',
  'Ekeby',
  'Nyfors',
  'Råbergstorp',
  'Slagsta',
  'Skogstorp',
  'Västermalm',
  'Öster',
  'Söder',
  'Norr',
  'Väster',
  'Centrum',
  'Tunafors',
  'Vallby',
  'Kvicksund',
  'Näshulta',
  'Hällbybrunn',
  'Odlaren',
  'Brunnsta',
  'Myrtorp',
  'Krongården',
  'Stålforsbacken',
  'Mesta',
  'Eskilshem',
  'Söderby',
  'Årsta',
  'Sundbyholm',
  'Borsökna',
  'Tumbo',
  'Husby',
];

/**
 * One entry per area: committee and administration names, what its units are called, and the
 * things its goals and indicators are about.
 */
const AREAS = [
  {
    slug: 'forskola',
    committee: ['Förskolenämnden', 'Preschool committee'],
    administration: ['Förskoleförvaltningen', 'Preschool administration'],
    unit: ['Förskolan', 'preschool'],
    subjects: [
      ['barn som trivs i förskolan', 'children who thrive in preschool'],
      ['legitimerade förskollärare', 'qualified preschool teachers'],
      ['barn med plats inom fyra månader', 'children placed within four months'],
      ['vårdnadshavare som är nöjda', 'satisfied guardians'],
    ],
  },
  {
    slug: 'grundskola',
    committee: ['Grundskolenämnden', 'Compulsory school committee'],
    administration: ['Grundskoleförvaltningen', 'Compulsory school administration'],
    unit: ['Grundskolan', 'school'],
    subjects: [
      ['elever med godkända betyg i alla ämnen', 'pupils passing all subjects'],
      ['elever som känner sig trygga i skolan', 'pupils who feel safe at school'],
      ['elever som läser på förväntad nivå i årskurs 3', 'pupils reading at the expected level in year 3'],
      ['elever med hög närvaro', 'pupils with high attendance'],
    ],
  },
  {
    slug: 'gymnasium',
    committee: ['Gymnasienämnden', 'Upper secondary committee'],
    administration: ['Gymnasieförvaltningen', 'Upper secondary administration'],
    unit: ['Gymnasiet', 'upper secondary school'],
    subjects: [
      ['elever som tar examen inom fyra år', 'students graduating within four years'],
      ['elever i arbete eller studier efter examen', 'students in work or study after graduating'],
      ['elever som gör praktik på arbetsplatser', 'students doing work placements'],
    ],
  },
  {
    slug: 'aldreomsorg',
    committee: ['Vård- och omsorgsnämnden', 'Health and social care committee'],
    administration: ['Vård- och omsorgsförvaltningen', 'Health and social care administration'],
    unit: ['Hemtjänst', 'home care'],
    subjects: [
      ['brukare som är nöjda med hemtjänsten', 'clients satisfied with home care'],
      ['personal som besöker en brukare under 14 dagar', 'staff visiting a client over 14 days'],
      ['väntetid till särskilt boende', 'waiting time for residential care'],
      ['fallolyckor bland äldre', 'falls among older people'],
    ],
  },
  {
    slug: 'socialtjanst',
    committee: ['Socialnämnden', 'Social services committee'],
    administration: ['Socialförvaltningen', 'Social services administration'],
    unit: ['Socialtjänsten', 'social services'],
    subjects: [
      [
        'barn och unga som inte återkommer inom ett år',
        'children and young people not returning within a year',
      ],
      ['hushåll med ekonomiskt bistånd', 'households receiving financial assistance'],
      ['utredningar klara inom fyra månader', 'investigations completed within four months'],
    ],
  },
  {
    slug: 'kultur',
    committee: ['Kulturnämnden', 'Culture committee'],
    administration: ['Kulturförvaltningen', 'Culture administration'],
    unit: ['Biblioteket', 'library'],
    subjects: [
      ['besök på biblioteken', 'library visits'],
      ['deltagartillfällen i kulturskolan', 'attendances at the arts school'],
      ['utlån per invånare', 'loans per resident'],
    ],
  },
  {
    slug: 'fritid',
    committee: ['Fritidsnämnden', 'Leisure committee'],
    administration: ['Fritidsförvaltningen', 'Leisure administration'],
    unit: ['Fritidsgården', 'youth centre'],
    subjects: [
      ['unga som besöker fritidsgårdar', 'young people visiting youth centres'],
      ['bokade timmar i idrottshallar', 'booked hours in sports halls'],
      ['föreningar som får bidrag', 'clubs receiving grants'],
    ],
  },
  {
    slug: 'samhallsbyggnad',
    committee: ['Stadsbyggnadsnämnden', 'Urban planning committee'],
    administration: ['Stadsbyggnadsförvaltningen', 'Urban planning administration'],
    unit: ['Gata och park', 'streets and parks'],
    subjects: [
      ['handläggningstid för bygglov', 'processing time for building permits'],
      ['nya bostäder', 'new homes'],
      ['resor med kollektivtrafik, cykel eller till fots', 'trips by public transport, bike or on foot'],
      ['invånare som är nöjda med gator och parker', 'residents satisfied with streets and parks'],
    ],
  },
  {
    slug: 'miljo',
    committee: ['Miljö- och räddningsnämnden', 'Environment and rescue committee'],
    administration: ['Miljöförvaltningen', 'Environment administration'],
    unit: ['Miljökontoret', 'environment office'],
    subjects: [
      ['utsläpp av växthusgaser', 'greenhouse gas emissions'],
      ['genomförda livsmedelskontroller', 'food inspections carried out'],
      ['hushållsavfall per invånare', 'household waste per resident'],
      ['energianvändning i kommunens lokaler', 'energy use in municipal buildings'],
    ],
  },
  {
    slug: 'raddning',
    committee: ['Räddningsnämnden', 'Rescue services committee'],
    administration: ['Räddningstjänsten', 'Rescue services'],
    unit: ['Brandstationen', 'fire station'],
    subjects: [
      ['insatstid till olyckor', 'response time to accidents'],
      ['bostadsbränder', 'residential fires'],
      ['elever som fått brandskyddsutbildning', 'pupils given fire safety training'],
    ],
  },
  {
    slug: 'arbetsmarknad',
    committee: ['Arbetsmarknadsnämnden', 'Labour market committee'],
    administration: ['Arbetsmarknadsförvaltningen', 'Labour market administration'],
    unit: ['Jobbcenter', 'job centre'],
    subjects: [
      ['deltagare som går till arbete eller studier', 'participants moving into work or study'],
      ['invånare 20–64 år som förvärvsarbetar', 'residents aged 20–64 in work'],
      ['unga som varken arbetar eller studerar', 'young people neither working nor studying'],
    ],
  },
  {
    slug: 'vuxenutbildning',
    committee: ['Vuxenutbildningsnämnden', 'Adult education committee'],
    administration: ['Vuxenutbildningsförvaltningen', 'Adult education administration'],
    unit: ['Komvux', 'adult education centre'],
    subjects: [
      ['elever som fullföljer sina kurser', 'students completing their courses'],
      ['elever i sfi som klarar kursen', 'students passing Swedish for immigrants'],
      ['elever som får arbete efter yrkesutbildning', 'students getting jobs after vocational training'],
    ],
  },
];

const VERBS = [
  ['Öka andelen', 'Increase the share of'],
  ['Fler', 'More'],
  ['Förbättra resultatet för', 'Improve the result for'],
  ['Följa upp och stärka', 'Follow up and strengthen'],
  ['Minska skillnaderna för', 'Reduce the differences for'],
];
const ACTIVITIES = [
  ['Genomföra en kartläggning av', 'Carry out a survey of'],
  ['Starta en arbetsgrupp för', 'Set up a working group for'],
  ['Utbilda personalen om', 'Train staff on'],
  ['Ta fram en handlingsplan för', 'Draw up an action plan for'],
  ['Pröva ett nytt arbetssätt för', 'Try a new way of working for'],
  ['Samverka med föreningar kring', 'Work with local clubs on'],
];
const STRATEGIC = [
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
const VERDICT_TEXTS = {
  achieved: [
    'Uppfyllt. Målvärdet nåddes under perioden.',
    'Achieved. The target was reached during the period.',
  ],
  'on-track': ['Arbetet går enligt plan.', 'Work is on track.'],
  'at-risk': ['Delvis uppfyllt. Arbetet har startat sent.', 'Partly achieved. Work started late.'],
  'off-track': ['Inte uppfyllt. Resultatet har försämrats.', 'Not achieved. The result has worsened.'],
  'not-started': ['Arbetet har inte börjat.', 'Work has not started.'],
  'no-data': ['Uppgifter saknas för perioden.', 'No data for the period.'],
};
const STATUSES = Object.keys(VERDICT_TEXTS);

/** Plausible value ranges per unit: [min, max, decimals]. */
const UNIT_RANGES = {
  percent: [20, 98, 1],
  count: [50, 20000, 0],
  number: [1, 40, 1],
  index: [40, 90, 0],
  score: [1, 10, 1],
  kr: [5000, 90000, 0],
  mnkr: [5, 400, 1],
  days: [5, 120, 0],
  minutes: [2, 30, 1],
  'per-1000': [1, 60, 1],
  'per-100000': [50, 900, 0],
  tonnes: [200, 90000, 0],
  kg: [150, 600, 0],
  kwh: [80, 250, 0],
};
const UNITS = Object.keys(UNIT_RANGES);
/** Units where a lower value is better, by subject wording. */
const LOWER_IS_BETTER =
  /väntetid|handläggningstid|insatstid|utsläpp|bränder|avfall|energi|ekonomiskt bistånd|fallolyckor|varken|återkommer/;

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const TERTIALS = ['2024-T1', '2024-T2', '2024-T3', '2025-T1', '2025-T2', '2025-T3', '2026-T1'];

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * Returns a new feed: `seedFeed` (not changed) plus the generated municipality.
 *
 * @param {object} seedFeed a valid feed to build on
 * @param {{ seed?: number, scale?: number }} [options] `scale` multiplies the counts (1 ≈ 5 MB)
 */
export function makeLargeFeed(seedFeed, options = {}) {
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const { int, pick, chance, round, sample } = tools(random);
  const scale = options.scale ?? 1;
  const scaled = (n) => Math.max(1, Math.round(n * scale));

  const feed = structuredClone(seedFeed);
  feed.generated = '2026-05-04T08:00:00+02:00';
  feed.exampleData = true;
  feed.organization ??= { name: { sv: 'Exempelkommun', en: 'Example Municipality' } };
  feed.organization.units ??= [];
  feed.goals ??= [];
  feed.indicators ??= [];
  feed.contacts ??= [];

  const taken = new Set([
    ...feed.organization.units.map((u) => u.id),
    ...feed.goals.map((g) => g.id),
    ...feed.indicators.map((i) => i.id),
  ]);
  /** A fresh id: the wanted one, or it with a number when the seed already uses it. */
  const fresh = (wanted) => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
  const text = ([sv, en]) => ({ sv, en });

  // Organization: the seed's council (or a new one), an executive board, one committee and one
  // administration per area, and units named after places.
  const units = feed.organization.units;
  let council = units.find((u) => u.type === 'council');
  if (!council) {
    council = { id: fresh('kf'), name: text(['Kommunfullmäktige', 'Municipal council']), type: 'council' };
    units.push(council);
  }
  const board = {
    id: fresh('ks-x'),
    name: text(['Kommunstyrelsen', 'Executive board']),
    type: 'executive-board',
    parent: council.id,
  };
  units.push(board);
  const unitsPerArea = scaled(34);
  const areas = AREAS.map((area) => {
    const committee = {
      id: fresh(`${area.slug}-n`),
      name: text(area.committee),
      type: 'committee',
      parent: council.id,
    };
    const administration = {
      id: fresh(`${area.slug}-f`),
      name: text(area.administration),
      type: 'administration',
      parent: committee.id,
    };
    units.push(committee, administration);
    const areaUnits = [];
    for (let i = 0; i < unitsPerArea; i++) {
      const place = PLACES[i % PLACES.length];
      const suffix = i >= PLACES.length ? ` ${Math.floor(i / PLACES.length) + 1}` : '';
      const unit = {
        id: fresh(`${area.slug}-${String(i + 1).padStart(3, '0')}`),
        name: { sv: `${area.unit[0]} ${place}${suffix}`, en: `${place}${suffix} ${area.unit[1]}` },
        type: 'unit',
        parent: administration.id,
      };
      if (chance(0.3)) unit.url = `https://kommun.example/${area.slug}/${unit.id}`;
      units.push(unit);
      areaUnits.push(unit);
    }
    return {
      ...area,
      adminName: area.administration,
      committee,
      administration,
      units: areaUnits,
      indicators: [],
      commitments: [],
    };
  });

  // Indicators: per area, spread over the administration and its units.
  const indicatorsPerArea = scaled(165);
  for (const area of areas) {
    for (let i = 0; i < indicatorsPerArea; i++) {
      const subject = area.subjects[i % area.subjects.length];
      const owner = i < 12 ? area.administration : pick(area.units);
      const indicator = makeIndicator(area, subject, owner, i);
      feed.indicators.push(indicator);
      area.indicators.push(indicator.id);
    }
  }

  function makeIndicator(area, subject, owner, i) {
    const unit = subject[0].startsWith('andel') || i % 3 !== 2 ? 'percent' : pick(UNITS);
    const [min, max, decimals] = UNIT_RANGES[unit];
    const better = LOWER_IS_BETTER.test(subject[0]) ? 'lower' : chance(0.05) ? 'neither' : 'higher';
    const kind = owner === area.administration || chance(0.3) ? 'place' : 'organization';
    const where = owner === area.administration ? '' : ` – ${owner.name.sv}`;
    const whereEn = owner === area.administration ? '' : ` – ${owner.name.en}`;
    const indicator = {
      id: fresh(`${area.slug}-i${String(i + 1).padStart(4, '0')}`),
      title: {
        sv: `${unit === 'percent' ? 'Andel ' : ''}${subject[0]}${where}`,
        en: `${unit === 'percent' ? 'Share of ' : ''}${subject[1]}${whereEn}`,
      },
      unit,
      decimals,
      better,
      kind,
      owner: owner.id,
    };
    if (chance(0.5)) {
      indicator.description = {
        sv: `Mäts varje år. Visar hur ${subject[0]} utvecklas${where ? ' i enheten' : ' i hela kommunen'}.`,
        en: `Measured every year. Shows how ${subject[1]} develop${where ? ' in the unit' : ' across the municipality'}.`,
      };
    }
    if (kind === 'place') {
      indicator.source = {
        name: text(['Kolada (exempeldata)', 'Kolada (example data)']),
        kolada: `${chance(0.8) ? 'N' : 'U'}${String(int(0, 99999)).padStart(5, '0')}`,
        url: 'https://www.kolada.se/',
      };
    } else if (chance(0.5)) {
      indicator.source = { name: text(['Egen uppföljning', 'Own follow-up']) };
    }

    // A random walk around a level, kept inside the unit's range.
    const span = max - min;
    let level = min + span * (0.2 + 0.6 * random());
    const step = () => {
      level = Math.min(max, Math.max(min, level + span * (random() - 0.5) * 0.08));
      return round(level, decimals);
    };
    const firstYear = pick([2015, 2015, 2017, 2019]);
    const split = unit === 'percent' && chance(0.4);
    indicator.values = YEARS.filter((y) => y >= firstYear).map((year) => {
      const value = step();
      const observation = { period: String(year), value };
      if (split) {
        const gap = span * 0.03 * (random() - 0.3);
        observation.women = round(Math.min(max, Math.max(min, value + gap)), decimals);
        observation.men = round(Math.min(max, Math.max(min, value - gap)), decimals);
      }
      return observation;
    });
    const last = indicator.values[indicator.values.length - 1];
    if (chance(0.25)) {
      last.value = null;
      delete last.women;
      delete last.men;
      last.note = text(['Värdet publiceras senare i år.', 'The value is published later this year.']);
    }
    if (kind === 'organization' && chance(0.3)) {
      for (const period of TERTIALS) indicator.values.push({ period, value: step() });
    }
    const baseline = indicator.values.find((v) => v.period === '2019' && v.value !== null);
    if (baseline && chance(0.7)) indicator.baseline = baseline.period;

    // Targets for the term of office and the next one; some as bands.
    const direction = better === 'lower' ? -1 : 1;
    indicator.targets = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]
      .filter(() => chance(0.8))
      .map((year, k) => {
        const value = round(
          Math.min(max, Math.max(min, level + direction * span * 0.01 * (k + 1))),
          decimals,
        );
        if (chance(0.2)) {
          const width = round(span * 0.02, decimals) || 1;
          return { period: String(year), min: value, max: round(value + width, decimals) };
        }
        return { period: String(year), value };
      });
    if (indicator.targets.length === 0) delete indicator.targets;

    if (chance(0.15)) {
      indicator.ranges = [
        { to: round(min + span * 0.33, decimals), label: text(['Lågt', 'Low']) },
        { to: round(min + span * 0.66, decimals), label: text(['Medel', 'Medium']) },
        { to: max, label: text(['Högt', 'High']) },
      ];
    }
    if (kind === 'place' || chance(0.3)) {
      const series = [
        ['riket', ['Riket', 'Sweden'], 'national'],
        ['lan', ['Länet', 'The county'], 'region'],
        ['liknande', ['Liknande kommuner', 'Similar municipalities'], 'similar'],
      ];
      indicator.comparisons = sample(series, int(1, 3)).map(([id, label, seriesKind]) => {
        let other = level * (0.85 + 0.3 * random());
        return {
          id,
          label: text(label),
          kind: seriesKind,
          values: YEARS.filter((y) => y >= firstYear && y < 2025).map((year) => {
            other = Math.min(max, Math.max(min, other + span * (random() - 0.5) * 0.05));
            return { period: String(year), value: round(other, decimals) };
          }),
        };
      });
    }
    return indicator;
  }

  // Goals: the seed's vision (or a new one), then strategic and process goals for the term,
  // commitments per committee, unit commitments per unit and activities under those.
  let vision = feed.goals.find((g) => g.level === 'vision' && g.parent === undefined);
  if (!vision) {
    vision = {
      id: fresh('vision'),
      level: 'vision',
      title: text(['En bra plats att leva på', 'A good place to live']),
      owner: council.id,
    };
    feed.goals.unshift(vision);
  }
  const allIndicators = areas.flatMap((a) => a.indicators);
  const term = { from: '2023', to: '2026' };
  const topGoals = [
    ...STRATEGIC.map((title, i) => ({
      title,
      level: 'strategic-goal',
      id: fresh(`x-sm-${i + 1}`),
      focus: 'outward',
    })),
    ...PROCESS.map((title, i) => ({
      title,
      level: 'process-goal',
      id: fresh(`x-pm-${i + 1}`),
      focus: 'inward',
    })),
  ].map(({ title, level, id, focus }) => {
    const goal = { id, level, parent: vision.id, title: text(title), owner: council.id, period: term, focus };
    addFollowUp(goal, sample(allIndicators, int(3, 6)));
    feed.goals.push(goal);
    return goal;
  });

  function addFollowUp(goal, indicatorIds) {
    goal.status = pick(STATUSES);
    if (goal.status !== 'not-started' && goal.status !== 'no-data') goal.progress = int(0, 100);
    if (chance(0.4)) {
      const [sv, en] = VERDICT_TEXTS[goal.status];
      goal.verdict = {
        status: goal.status,
        text: { sv, en },
        period: pick(['2025', '2026-T1']),
        date: `2026-0${int(1, 4)}-${String(int(1, 28)).padStart(2, '0')}`,
      };
    }
    if (indicatorIds.length > 0) goal.indicators = indicatorIds;
  }

  const commitmentsPerArea = scaled(30);
  const unitCommitmentsPerUnit = 4;
  for (const area of areas) {
    for (let i = 0; i < commitmentsPerArea; i++) {
      const [verbSv, verbEn] = pick(VERBS);
      const [subjectSv, subjectEn] = pick(area.subjects);
      const goal = {
        id: fresh(`${area.committee.id}-a${i + 1}`),
        level: 'commitment',
        parent: pick(topGoals).id,
        title: { sv: `${verbSv} ${subjectSv}`, en: `${verbEn} ${subjectEn}` },
        owner: area.committee.id,
        period: chance(0.5) ? '2026' : { from: '2025', to: '2026' },
        focus: chance(0.8) ? 'outward' : 'inward',
      };
      if (chance(0.6)) {
        goal.description = {
          sv: `Nämnden ska under perioden arbeta för att ${subjectSv} blir fler eller bättre, och följa upp det varje tertial.`,
          en: `During the period the committee will work to improve ${subjectEn}, and follow it up every four months.`,
        };
      }
      addFollowUp(goal, sample(area.indicators.slice(0, 60), int(1, 3)));
      feed.goals.push(goal);
      area.commitments.push(goal);
    }
    for (const unit of area.units) {
      const ownIndicators = feed.indicators.filter((ind) => ind.owner === unit.id).map((ind) => ind.id);
      for (let k = 0; k < unitCommitmentsPerUnit; k++) {
        const parent = pick(area.commitments);
        const goal = {
          id: fresh(`${unit.id}-uc${k + 1}`),
          level: 'unit-commitment',
          parent: parent.id,
          title: { sv: `${parent.title.sv} i ${unit.name.sv}`, en: `${parent.title.en} at ${unit.name.en}` },
          owner: unit.id,
          period: '2026',
        };
        addFollowUp(goal, sample(ownIndicators, int(0, 2)));
        feed.goals.push(goal);
        const activities = int(0, 3);
        for (let a = 0; a < activities; a++) {
          const [verbSv, verbEn] = pick(ACTIVITIES);
          const [subjectSv, subjectEn] = pick(area.subjects);
          const tertial = int(1, 3);
          const activity = {
            id: fresh(`${goal.id}-akt${a + 1}`),
            level: 'activity',
            parent: goal.id,
            title: { sv: `${verbSv} ${subjectSv}`, en: `${verbEn} ${subjectEn}` },
            owner: unit.id,
            period: chance(0.7)
              ? `2026-T${tertial}`
              : {
                  from: `2026-${String(tertial * 4 - 3).padStart(2, '0')}`,
                  to: `2026-${String(tertial * 4).padStart(2, '0')}`,
                },
          };
          addFollowUp(activity, []);
          feed.goals.push(activity);
        }
      }
    }
  }

  // Budget: six years (outcomes, budget, plans). Costs per area with one child per unit, so
  // every parent equals its children's sum; revenue to match.
  const chapters = feed.budget?.chapters;
  const budgetYears = [
    [2023, 'outcome'],
    [2024, 'outcome'],
    [2025, 'outcome'],
    [2026, 'budget'],
    [2027, 'plan'],
    [2028, 'plan'],
  ];
  const sum1 = (items) =>
    round(
      items.reduce((s, item) => s + item.amount, 0),
      1,
    );
  const areaBase = areas.map(() => 150 + random() * 900);
  feed.budget = {
    currency: 'SEK',
    unit: 'mnkr',
    years: budgetYears.map(([year, kind], y) => {
      const growth = 1 + 0.03 * y;
      const costs = areas.map((area, a) => {
        const children = area.units.map((unit) => ({
          id: `${unit.id}-drift`,
          title: unit.name,
          amount: round((areaBase[a] / area.units.length) * growth * (0.7 + 0.6 * random()), 1),
        }));
        const item = {
          id: `${area.slug}-drift`,
          title: text(area.adminName),
          description: text([
            `Driften av ${area.adminName[0].toLowerCase()}.`,
            `Running the ${area.adminName[1].toLowerCase()}.`,
          ]),
          amount: sum1(children),
          goals: area.commitments.slice(0, 3).map((g) => g.id),
          indicators: area.indicators.slice(0, 4),
          children,
        };
        return item;
      });
      const totalCosts = sum1(costs);
      const investments = areas.slice(0, 8).map((area, a) => ({
        id: `${area.slug}-inv`,
        title: text([`Investeringar – ${area.adminName[0]}`, `Investments – ${area.adminName[1]}`]),
        amount: round(20 + 180 * random(), 1),
        goals: [topGoals[a % topGoals.length].id],
      }));
      const result = round(totalCosts * (0.005 + 0.02 * random()), 1);
      const income = totalCosts + result;
      const fees = round(income * 0.07, 1);
      const other = round(income * 0.03, 1);
      const equalisation = round(income * 0.16, 1);
      const grants = round(income * 0.06, 1);
      const tax = round(income - fees - other - equalisation - grants, 1);
      return {
        year,
        kind,
        taxRate: 22.36,
        priceBaseAmount: 52500 + y * 1500,
        population: 108000 + y * 900,
        revenue: [
          { id: 'skatt', title: text(['Skatteintäkter', 'Tax revenue']), amount: tax, category: 'tax' },
          {
            id: 'bidrag',
            title: text(['Statsbidrag och utjämning', 'State grants and equalisation']),
            amount: round(equalisation + grants, 1),
            category: 'grants',
            children: [
              {
                id: 'utjamning',
                title: text(['Utjämning', 'Equalisation']),
                amount: equalisation,
                category: 'grants',
              },
              {
                id: 'statsbidrag',
                title: text(['Generella statsbidrag', 'General state grants']),
                amount: grants,
                category: 'grants',
              },
            ],
          },
          { id: 'avgifter', title: text(['Avgifter', 'Fees']), amount: fees, category: 'fees' },
          {
            id: 'ovrigt',
            title: text(['Övriga intäkter', 'Other revenue']),
            amount: other,
            category: 'other',
          },
        ],
        costs,
        investments,
        result,
      };
    }),
  };
  if (chapters) feed.budget.chapters = chapters;

  // Contacts: one contact point per area, with offices, hours, holidays and people.
  const holidays = [
    '2026-01-06',
    '2026-04-03',
    '2026-04-06',
    '2026-05-01',
    '2026-05-14',
    '2026-06-06',
    '2026-06-19',
    '2026-12-24',
    '2026-12-25',
    '2026-12-31',
  ];
  for (const area of areas) {
    const offices = sample(PLACES, int(1, 3)).map((place, k) => ({
      id: `kontor-${k + 1}`,
      name: `${area.adminName[0]} ${place}`,
      address: {
        street: `${place}vägen ${int(1, 60)}`,
        postalCode: `63${int(0, 5)} ${String(int(10, 99))}`,
        city: 'Eskilstuna',
        lat: round(59.3 + random() * 0.15, 4),
        lon: round(16.4 + random() * 0.2, 4),
      },
    }));
    const schedules = [
      ...offices.map((office) => ({
        id: `besokstid-${office.id}`,
        title: text([`Besökstid ${office.name}`, `Visiting hours ${office.name}`]),
        kind: 'visiting',
        office: office.id,
        timeZone: 'Europe/Stockholm',
        weekly: [
          {
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            hours: [{ open: '08:00', close: pick(['16:00', '16:30', '17:00']) }],
          },
        ],
        rules: [
          { on: 'public-holiday', hours: [] },
          { on: 'work-free-eve', hours: [] },
        ],
        exceptions: holidays
          .filter(() => chance(0.5))
          .map((date) => ({ date, hours: [], note: text(['Stängt', 'Closed']) })),
      })),
      {
        id: 'telefontid',
        title: text(['Telefontid', 'Phone hours']),
        kind: 'phone',
        weekly: [
          {
            days: ['mon', 'tue', 'wed', 'thu'],
            hours: [
              { open: '08:00', close: '12:00' },
              { open: '13:00', close: '16:30' },
            ],
          },
          { days: ['fri'], hours: [{ open: '08:00', close: '15:00' }] },
        ],
        rules: [
          { on: 'day-before-public-holiday', hours: [{ open: '08:00', close: '13:00' }] },
          { on: 'bridge-day', hours: [{ open: '09:00', close: '12:00' }] },
        ],
        bridgeDays: ['2026-01-05', '2026-05-15'],
      },
    ];
    const people = area.units.slice(0, scaled(25)).map((unit, k) => ({
      id: `person-${k + 1}`,
      name: `${pick(['Anna', 'Erik', 'Maria', 'Johan', 'Sara', 'Ali', 'Elin', 'Mohammed', 'Karin', 'Lars'])} ${pick(['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson'])}`,
      role: text(['Enhetschef', 'Head of unit']),
      unit: unit.id,
      phone: `016-710 ${String(int(10, 99))} ${String(int(10, 99))}`,
      email: `${unit.id}@kommun.example`,
    }));
    feed.contacts.push({
      id: fresh(`kontakt-${area.slug}`),
      name: text(area.adminName),
      description: text([
        `Kontakt med ${area.adminName[0].toLowerCase()}.`,
        `Contact the ${area.adminName[1].toLowerCase()}.`,
      ]),
      channels: [
        {
          id: 'telefon',
          type: 'phone',
          label: text(['Ring oss', 'Call us']),
          value: '016-710 10 00',
          href: 'tel:+46167101000',
          schedule: 'telefontid',
        },
        {
          id: 'e-post',
          type: 'email',
          label: text(['E-post', 'E-mail']),
          href: `mailto:${area.slug}@kommun.example`,
        },
      ],
      offices,
      schedules,
      people,
    });
  }

  return feed;
}

// ---------------------------------------------------------------------------------------------
// Seed and validation helpers (used by this CLI and by bench/run.mjs)

/**
 * `validateFeed` from src/feed/validate.ts, bundled for Node with esbuild in memory and imported
 * from a data: URL, so nothing is written and the check is the one the browser runs.
 */
export async function loadValidator() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'src/feed/validate.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.validateFeed;
}

/** The seed: demo/feed.json when it parses and validates, else test/fixtures/minimal.json. */
export function chooseSeed(validateFeed, explicit) {
  const candidates = explicit ? [explicit] : ['demo/feed.json', 'test/fixtures/minimal.json'];
  for (const file of candidates) {
    const full = path.resolve(root, file);
    if (!existsSync(full)) continue;
    try {
      const doc = JSON.parse(readFileSync(full, 'utf8'));
      const result = validateFeed(doc);
      if (result.ok) return { file: path.relative(root, full), doc };
      console.warn(`make-large-feed: ${file} is not a valid feed (${result.problems[0]?.message}); skipped.`);
    } catch (error) {
      console.warn(`make-large-feed: ${file} could not be read (${error.message}); skipped.`);
    }
  }
  throw new Error('No valid seed feed found.');
}

/** Counts for reports. */
export function describeFeed(feed, bytes) {
  const levels = {};
  for (const g of feed.goals ?? []) levels[g.level] = (levels[g.level] ?? 0) + 1;
  const values = (feed.indicators ?? []).reduce(
    (n, i) => n + i.values.length + (i.comparisons ?? []).reduce((m, c) => m + c.values.length, 0),
    0,
  );
  return {
    bytes,
    units: feed.organization?.units?.length ?? 0,
    goals: feed.goals?.length ?? 0,
    levels,
    indicators: feed.indicators?.length ?? 0,
    observations: values,
    budgetYears: feed.budget?.years.length ?? 0,
    contacts: feed.contacts?.length ?? 0,
  };
}

/**
 * Everything a benchmark needs: the seed, the feed text (minified JSON, as a CMS would serve
 * it), its size, counts and hash, after checking it is a valid feed. Throws when it is not.
 */
export async function buildLargeFeed({ seedFile, seed, scale } = {}) {
  const validateFeed = await loadValidator();
  const seedFeed = chooseSeed(validateFeed, seedFile);
  const feed = makeLargeFeed(seedFeed.doc, { seed, scale });
  const text = JSON.stringify(feed);
  const bytes = Buffer.byteLength(text);
  const result = validateFeed(JSON.parse(text));
  if (!result.ok) {
    const list = result.problems
      .slice(0, 10)
      .map((p) => `  ${p.path} ${p.code}: ${p.message}`)
      .join('\n');
    throw new Error(`The generated feed is not valid (${result.problems.length} problems):\n${list}`);
  }
  return {
    seedFile: seedFeed.file,
    text,
    bytes,
    sha256: createHash('sha256').update(text).digest('hex'),
    stats: describeFeed(feed, bytes),
  };
}

function argValue(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const out = path.resolve(root, argValue(args, '--out') ?? 'bench/results/large-feed.json');
  const scale = Number(argValue(args, '--scale') ?? 1);
  try {
    const large = await buildLargeFeed({ seedFile: argValue(args, '--seed'), scale });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, large.text);
    const { stats } = large;
    console.log(
      `${path.relative(root, out)}: ${(large.bytes / 1e6).toFixed(2)} MB, valid; seed ${large.seedFile}\n` +
        `  ${stats.units} units, ${stats.goals} goals ${JSON.stringify(stats.levels)}, ${stats.indicators} indicators ` +
        `(${stats.observations} observations), ${stats.budgetYears} budget years, ${stats.contacts} contacts\n` +
        `  sha256 ${large.sha256}`,
    );
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}

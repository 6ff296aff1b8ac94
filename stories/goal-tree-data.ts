/**
 * A large, valid goal feed for the "Large" story: a made-up municipality with about 2,000 goals
 * (vision → strategic and process goals → committees' commitments → units' commitments →
 * activities). Deterministic: a seeded PRNG, no Math.random, no clock, so the story looks the
 * same on every run and in every screenshot.
 */

/** mulberry32: a small seeded PRNG, good enough for made-up data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = [
  'achieved',
  'on-track',
  'on-track',
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
] as const;

const COMMITTEES = [
  ['fsn', 'Förskolenämnden', 'Preschool Committee'],
  ['bun', 'Barn- och utbildningsnämnden', 'Children and Education Committee'],
  ['von', 'Vård- och omsorgsnämnden', 'Health and Social Care Committee'],
  ['sn', 'Socialnämnden', 'Social Services Committee'],
  ['kfn', 'Kultur- och fritidsnämnden', 'Culture and Leisure Committee'],
  ['sbn', 'Stadsbyggnadsnämnden', 'Urban Planning Committee'],
  ['mrn', 'Miljö- och räddningstjänstnämnden', 'Environment and Rescue Committee'],
  ['avn', 'Arbetsmarknads- och vuxenutbildningsnämnden', 'Labour Market Committee'],
] as const;

const GOALS = [
  ['Fler i jobb', 'More people in work'],
  ['Fler barn och unga lyckas i skolan', 'More children succeed at school'],
  ['Tryggt för alla', 'Safe for everyone'],
  ['Hållbar tillväxt', 'Sustainable growth'],
  ['Ett gott liv för äldre', 'A good life for older people'],
  ['Öppen och tillgänglig kommun', 'An open and accessible municipality'],
] as const;

const PROCESS_GOALS = [
  ['Stabil ekonomi', 'Sound finances'],
  ['Attraktiv arbetsgivare', 'Attractive employer'],
  ['Digital service', 'Digital services'],
] as const;

const VERBS = [
  ['Öka', 'Increase'],
  ['Minska', 'Reduce'],
  ['Förbättra', 'Improve'],
  ['Utveckla', 'Develop'],
  ['Säkra', 'Secure'],
  ['Ändra', 'Change'],
] as const;

const THINGS = [
  ['läsförståelsen', 'reading comprehension'],
  ['väntetiderna', 'waiting times'],
  ['tryggheten i området', 'safety in the area'],
  ['kontinuiteten i hemtjänsten', 'continuity in home care'],
  ['energianvändningen', 'energy use'],
  ['sjukfrånvaron', 'sickness absence'],
  ['närvaron i skolan', 'school attendance'],
  ['återkopplingen till invånarna', 'feedback to residents'],
] as const;

/**
 * A valid feed with about `size` goals (default 2,000), owners for every goal and a handful of
 * indicators. The same `seed` gives the same feed.
 */
export function largeGoalFeed(size = 2000, seed = 484): Record<string, unknown> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const units: Record<string, unknown>[] = [
    { id: 'kf', name: { sv: 'Kommunfullmäktige', en: 'Municipal Council' }, type: 'council' },
  ];
  for (const [id, sv, en] of COMMITTEES) {
    units.push({ id, name: { sv, en }, type: 'committee', parent: 'kf' });
    for (let u = 1; u <= 6; u++) {
      units.push({
        id: `${id}-e${u}`,
        name: { sv: `${sv}, enhet ${u}`, en: `${en}, unit ${u}` },
        type: 'unit',
        parent: id,
      });
    }
  }
  const indicators = [1, 2, 3, 4, 5, 6].map((i) => ({
    id: `ind-${i}`,
    title: { sv: `Nyckeltal ${i}`, en: `Indicator ${i}` },
    unit: 'percent',
    decimals: 1,
    better: i % 3 === 0 ? 'lower' : 'higher',
    values: [
      { period: '2024', value: Math.round(500 + next() * 400) / 10 },
      { period: '2025', value: Math.round(500 + next() * 400) / 10 },
    ],
    targets: [{ period: '2025', value: 70 }],
  }));

  const goals: Record<string, unknown>[] = [
    {
      id: 'vision',
      level: 'vision',
      title: { sv: 'Vision 2030: en stad för alla', en: 'Vision 2030: a city for everyone' },
      owner: 'kf',
    },
  ];
  const top = [
    ...GOALS.map(([sv, en], i) => ({ id: `sm-${i + 1}`, level: 'strategic-goal', sv, en })),
    ...PROCESS_GOALS.map(([sv, en], i) => ({ id: `pm-${i + 1}`, level: 'process-goal', sv, en })),
  ];
  for (const goal of top) {
    goals.push({
      id: goal.id,
      level: goal.level,
      parent: 'vision',
      title: { sv: goal.sv, en: goal.en },
      owner: 'kf',
      period: { from: '2023', to: '2026' },
      progress: Math.round(next() * 100),
      indicators: [pick(indicators).id],
    });
  }
  // Commitments, unit commitments and activities, round-robin until the size is reached.
  let n = 0;
  outer: for (let round = 0; ; round++) {
    for (const goal of top) {
      for (const [committee] of COMMITTEES) {
        if (goals.length >= size) break outer;
        const cid = `at-${++n}`;
        const [verbSv, verbEn] = pick(VERBS);
        const [thingSv, thingEn] = pick(THINGS);
        const status = pick(STATUSES);
        goals.push({
          id: cid,
          level: 'commitment',
          parent: goal.id,
          title: {
            sv: `${verbSv} ${thingSv} (${committee.toUpperCase()} ${round + 1})`,
            en: `${verbEn} ${thingEn} (${committee.toUpperCase()} ${round + 1})`,
          },
          owner: committee,
          period: '2026',
          status,
          progress: Math.round(next() * 100),
          ...(next() < 0.15
            ? { verdict: { status: pick(STATUSES), text: 'Bedömning vid tertial 2.', period: '2026-T2' } }
            : {}),
        });
        const unitCount = 1 + Math.floor(next() * 4);
        for (let u = 0; u < unitCount && goals.length < size; u++) {
          const uid = `${cid}-e${u + 1}`;
          const unit = `${committee}-e${1 + Math.floor(next() * 6)}`;
          goals.push({
            id: uid,
            level: 'unit-commitment',
            parent: cid,
            title: {
              sv: `Enhetens åtagande ${u + 1}: ${thingSv}`,
              en: `Unit commitment ${u + 1}: ${thingEn}`,
            },
            owner: unit,
            period: '2026',
            status: pick(STATUSES),
          });
          const activityCount = Math.floor(next() * 5);
          for (let a = 0; a < activityCount && goals.length < size; a++) {
            goals.push({
              id: `${uid}-a${a + 1}`,
              level: 'activity',
              parent: uid,
              title: {
                sv: `Aktivitet ${a + 1}: ${pick(VERBS)[0].toLowerCase()} ${thingSv}`,
                en: `Activity ${a + 1}`,
              },
              owner: unit,
              period: `2026-T${1 + Math.floor(next() * 3)}`,
              status: pick(STATUSES),
            });
          }
        }
      }
    }
  }
  return {
    version: 1,
    exampleData: true,
    organization: { name: { sv: 'Storstads kommun', en: 'Big City Municipality' }, units },
    goals,
    indicators,
  };
}

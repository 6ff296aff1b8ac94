/**
 * The editor-mistake table of issue 14, message by message in Swedish and English: each case
 * breaks the minimal fixture in one way an editor does and checks the whole line an editor reads
 * (the item by id and title, the path, what is wrong and what to write instead).
 */
import { expect } from '@open-wc/testing';
import type { FeedProblem } from '../../src/feed/errors.js';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import { closestId, editDistance } from '../../src/feed/closest.js';
import { itemLabel } from '../../src/feed/item-context.js';
import { problemLine, problemMessage, wordProblem } from '../../src/feed/messages.js';
import { isRealDate } from '../../src/feed/dates.js';
import { validateFeed } from '../../src/feed/validate.js';

const minimal = (await (await fetch(new URL('../fixtures/minimal.json', import.meta.url))).json()) as Feed;

type Change = (feed: Feed) => void;

/** The lines validation gives for the minimal feed with one change, in a language. */
function lines(change: Change, lang: 'sv' | 'en', kind: 'problems' | 'warnings' = 'problems'): string[] {
  const feed = structuredClone(minimal);
  change(feed);
  return validateFeed(feed, { lang })[kind].map(problemLine);
}

interface Case {
  name: string;
  change: Change;
  sv: string;
  en: string;
}

const CASES: Case[] = [
  {
    name: 'a status written in Swedish quotes it and lists the allowed ones with their words',
    change: (f) => ((f.goals![1] as { status: string }).status = 'grön'),
    sv:
      'Målet "sm-1" (Fler elever klarar skolan), /goals/1/status: "grön" är inte en giltig status. ' +
      'Använd "achieved" (Uppnått), "on-track" (På väg att nås), "at-risk" (Delvis), ' +
      '"off-track" (Nås inte), "not-started" (Ej påbörjat) eller "no-data" (Uppgift saknas).',
    en:
      'The goal "sm-1" (More pupils complete school), /goals/1/status: "grön" is not a valid status. ' +
      'Use "achieved" (Achieved), "on-track" (On track), "at-risk" (Partly), ' +
      '"off-track" (Not on track), "not-started" (Not started) or "no-data" (No data).',
  },
  {
    name: 'a verdict status too',
    change: (f) => ((f.goals![2]!.verdict as { status: string }).status = 'röd'),
    sv:
      'Målet "at-1" (Stärka läsningen i lågstadiet), /goals/2/verdict/status: "röd" är inte en giltig status. ' +
      'Använd "achieved" (Uppnått), "on-track" (På väg att nås), "at-risk" (Delvis), ' +
      '"off-track" (Nås inte), "not-started" (Ej påbörjat) eller "no-data" (Uppgift saknas).',
    en:
      'The goal "at-1" (Strengthen reading in the early years), /goals/2/verdict/status: "röd" is not a valid status. ' +
      'Use "achieved" (Achieved), "on-track" (On track), "at-risk" (Partly), ' +
      '"off-track" (Not on track), "not-started" (Not started) or "no-data" (No data).',
  },
  {
    name: 'a goal level lists the levels with their words',
    change: (f) => ((f.goals![2] as { level: string }).level = 'åtagande'),
    sv:
      'Målet "at-1" (Stärka läsningen i lågstadiet), /goals/2/level: "åtagande" är inte en giltig nivå. ' +
      'Använd "vision" (Vision), "strategic-goal" (Strategiskt mål), "process-goal" (Processmål), ' +
      '"commitment" (Åtagande), "unit-commitment" (Enhetens åtagande) eller "activity" (Aktivitet).',
    en:
      'The goal "at-1" (Strengthen reading in the early years), /goals/2/level: "åtagande" is not a valid level. ' +
      'Use "vision" (Vision), "strategic-goal" (Strategic goal), "process-goal" (Process goal), ' +
      '"commitment" (Commitment), "unit-commitment" (Unit commitment) or "activity" (Activity).',
  },
  {
    name: 'a value of another list quotes it and lists the allowed values',
    change: (f) => ((f.budget as { unit: string }).unit = 'miljarder'),
    sv: '/budget/unit: "miljarder" är inte ett giltigt värde här. Använd "kr", "tkr" eller "mnkr".',
    en: '/budget/unit: "miljarder" is not a valid value here. Use "kr", "tkr" or "mnkr".',
  },
  {
    name: 'a dangling parent suggests the closest goal id',
    change: (f) => (f.goals![2]!.parent = 'sm-11'),
    sv: 'Målet "at-1" (Stärka läsningen i lågstadiet), /goals/2/parent: "sm-11" finns inte bland målen. Menade du "sm-1"?',
    en: 'The goal "at-1" (Strengthen reading in the early years), /goals/2/parent: "sm-11" is not among the goals. Did you mean "sm-1"?',
  },
  {
    name: 'a dangling reference far from every id suggests nothing',
    change: (f) => (f.goals![2]!.parent = 'trygg-stad'),
    sv: 'Målet "at-1" (Stärka läsningen i lågstadiet), /goals/2/parent: "trygg-stad" finns inte bland målen.',
    en: 'The goal "at-1" (Strengthen reading in the early years), /goals/2/parent: "trygg-stad" is not among the goals.',
  },
  {
    name: 'an indicator id in a goal, with a letter in the wrong case',
    change: (f) => (f.goals![1]!.indicators = ['ind-Behorighet']),
    sv: 'Målet "sm-1" (Fler elever klarar skolan), /goals/1/indicators/0: "ind-Behorighet" finns inte bland indikatorerna. Menade du "ind-behorighet"?',
    en: 'The goal "sm-1" (More pupils complete school), /goals/1/indicators/0: "ind-Behorighet" is not among the indicators. Did you mean "ind-behorighet"?',
  },
  {
    name: 'an owner that is not a unit names the indicator',
    change: (f) => (f.indicators![0]!.owner = 'bunn'),
    sv: 'Indikatorn "ind-behorighet" (Behörighet till gymnasiet), /indicators/0/owner: "bunn" finns inte bland enheterna. Menade du "bun"?',
    en: 'The indicator "ind-behorighet" (Eligible for upper secondary school), /indicators/0/owner: "bunn" is not among the units. Did you mean "bun"?',
  },
  {
    name: 'an office a schedule names, inside a contact point',
    change: (f) => (f.contacts![0]!.schedules![0]!.office = 'nowhere'),
    sv: 'Öppettiderna "besokstid" (Besökstid), /contacts/0/schedules/0/office: "nowhere" finns inte bland kontaktpunktens kontor.',
    en: 'The schedule "besokstid" (Besökstid), /contacts/0/schedules/0/office: "nowhere" is not among the contact point’s offices.',
  },
  {
    name: 'a month that does not exist, caught by the schema’s pattern',
    change: (f) => (f.contacts![0]!.schedules![0]!.exceptions![0]!.date = '2026-13-01'),
    sv: 'Öppettiderna "besokstid" (Besökstid), /contacts/0/schedules/0/exceptions/0/date: "2026-13-01" är inget riktigt datum',
    en: 'The schedule "besokstid" (Besökstid), /contacts/0/schedules/0/exceptions/0/date: "2026-13-01" is not a real date',
  },
  {
    name: 'a day that does not exist, caught by the check beyond the schema',
    change: (f) => (f.goals![2]!.verdict!.date = '2026-02-30'),
    sv: 'Målet "at-1" (Stärka läsningen i lågstadiet), /goals/2/verdict/date: "2026-02-30" är inget riktigt datum',
    en: 'The goal "at-1" (Strengthen reading in the early years), /goals/2/verdict/date: "2026-02-30" is not a real date',
  },
  {
    name: 'an impossible date in a date and time',
    change: (f) => (f.generated = '2026-13-04T08:00:00+02:00'),
    sv: '/generated: "2026-13-04" är inget riktigt datum',
    en: '/generated: "2026-13-04" is not a real date',
  },
  {
    name: 'a date in the wrong shape still says the shape',
    change: (f) => (f.goals![2]!.verdict!.date = '4 maj 2026'),
    sv: 'Målet "at-1" (Stärka läsningen i lågstadiet), /goals/2/verdict/date: ska vara ett datum, ÅÅÅÅ-MM-DD',
    en: 'The goal "at-1" (Strengthen reading in the early years), /goals/2/verdict/date: must be a date, YYYY-MM-DD',
  },
  {
    name: 'a budget item is named, the innermost one',
    change: (f) => (f.budget!.years[0].costs![0]!.children![1]!.amount = 900),
    sv: 'Budgetposten "utbildning" (Utbildning), /budget/years/0/costs/0/amount: beloppet 3500 är inte summan av underposterna (3400)',
    en: 'The budget item "utbildning" (Education), /budget/years/0/costs/0/amount: the amount 3500 is not the sum of its children (3400)',
  },
  {
    name: 'a budget year is named by year and kind',
    change: (f) => (f.budget!.years[0].taxRate = 0),
    sv: 'Budgetåret 2026 (budget), /budget/years/0/taxRate: ska vara större än 0',
    en: 'The budget year 2026 (budget), /budget/years/0/taxRate: must be greater than 0',
  },
  {
    name: 'an item whose id is broken is left unnamed; the item around it is named',
    change: (f) => ((f.indicators![0]!.comparisons![0] as { id: unknown }).id = 7),
    sv: 'Indikatorn "ind-behorighet" (Behörighet till gymnasiet), /indicators/0/comparisons/0/id: ska vara text, inte ett heltal',
    en: 'The indicator "ind-behorighet" (Eligible for upper secondary school), /indicators/0/comparisons/0/id: must be a string, not a whole number',
  },
];

describe('problem messages an editor understands', () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(lines(c.change, 'sv')).to.deep.equal([c.sv]);
      expect(lines(c.change, 'en')).to.deep.equal([c.en]);
    });
  }

  it('keeps path, code and message, and names the item in its own field and at the start of the message', () => {
    const feed = structuredClone(minimal);
    (feed.goals![1] as { status: string }).status = 'grön';
    const [problem] = validateFeed(feed).problems;
    expect(problem!.path).to.equal('/goals/1/status');
    expect(problem!.code).to.equal('not-allowed');
    expect(problem!.item).to.equal('Målet "sm-1" (Fler elever klarar skolan)');
    expect(problem!.message).to.match(
      /^Målet "sm-1" \(Fler elever klarar skolan\): "grön" är inte en giltig status\./,
    );
  });

  it('a problem outside any named item has no item and its message is the bare words', () => {
    const [problem] = validateFeed({ ...structuredClone(minimal), version: 2 }, { lang: 'en' }).problems;
    expect(problem).to.deep.equal({ path: '/version', code: 'wrong-value', message: 'must be 1' });
    expect(problemLine(problem!)).to.equal('/version: must be 1');
  });

  it('wordProblem and problemLine agree on the form', () => {
    const raw = { path: '/goals/0/x', code: 'required', params: {} };
    const worded: FeedProblem = wordProblem(raw, 'en', 'The goal "g"');
    expect(worded.message).to.equal('The goal "g": is missing but required');
    expect(problemLine(worded)).to.equal('The goal "g", /goals/0/x: is missing but required');
    expect(problemLine({ path: '', code: 'x', message: 'y' })).to.equal('/: y');
  });

  it('an enum problem without the value still reads as words', () => {
    expect(problemMessage('not-allowed', { allowed: ['a', 'b'] }, 'sv')).to.equal(
      'Värdet är inte ett giltigt värde här. Använd "a" eller "b".',
    );
  });
});

describe('warnings for missing optional data', () => {
  const cases: Case[] = [
    {
      name: 'a budget year without a price base amount turns the tax calculator off',
      change: (f) => {
        delete f.budget!.years[0].priceBaseAmount;
        f.indicators![1]!.baseline = '2026-T1';
        f.budget!.years[0].investments = [{ id: 'skola', title: 'Ny skola', amount: 100 }];
      },
      sv: 'Budgetåret 2026 (budget), /budget/years/0/priceBaseAmount: prisbasbeloppet (priceBaseAmount) saknas, så räknaren för den egna skatten är avstängd för året',
      en: 'The budget year 2026 (budget), /budget/years/0/priceBaseAmount: the price base amount (priceBaseAmount) is missing, so the own-tax calculator is off for the year',
    },
    {
      name: 'a budget year without a tax rate too',
      change: (f) => {
        delete f.budget!.years[0].taxRate;
        f.indicators![1]!.baseline = '2026-T1';
        f.budget!.years[0].investments = [{ id: 'skola', title: 'Ny skola', amount: 100 }];
      },
      sv: 'Budgetåret 2026 (budget), /budget/years/0/taxRate: skattesatsen (taxRate) saknas, så räknaren för den egna skatten är avstängd för året',
      en: 'The budget year 2026 (budget), /budget/years/0/taxRate: the tax rate (taxRate) is missing, so the own-tax calculator is off for the year',
    },
    {
      name: 'a budget without investments in any year',
      change: (f) => (f.indicators![1]!.baseline = '2026-T1'),
      sv: '/budget: inget år har investeringar (investments), så investeringarna kan inte visas',
      en: '/budget: no year has investments, so investments cannot be shown',
    },
    {
      name: 'an indicator without a baseline: the trend starts at the first value, in period order',
      change: (f) => {
        f.indicators![1]!.values.reverse();
        f.budget!.years[0].investments = [{ id: 'skola', title: 'Ny skola', amount: 100 }];
      },
      sv: 'Indikatorn "ind-vantetid" (Väntetid i telefon), /indicators/1/baseline: ingen basperiod (baseline) är angiven, så trenden räknas från det första värdet (2026-T1)',
      en: 'The indicator "ind-vantetid" (Väntetid i telefon), /indicators/1/baseline: no baseline period is given, so the trend is counted from the first value (2026-T1)',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(lines(c.change, 'sv', 'warnings')).to.deep.equal([c.sv]);
      expect(lines(c.change, 'en', 'warnings')).to.deep.equal([c.en]);
    });
  }

  it('do not make the feed invalid', () => {
    const result = validateFeed(structuredClone(minimal), { lang: 'en' });
    expect(result.ok).to.be.true;
    expect(result.problems).to.deep.equal([]);
    expect(result.warnings.map((w) => [w.path, w.code])).to.deep.equal([
      ['/indicators/1/baseline', 'no-baseline'],
      ['/budget', 'no-investments'],
    ]);
  });

  it('say nothing about an indicator with fewer than two values (there is no trend)', () => {
    const feed = structuredClone(minimal);
    feed.indicators![1]!.values = [
      { period: '2026', value: 3 },
      { period: '2027', value: null },
    ];
    const result = validateFeed(feed, { lang: 'en' });
    expect(result.warnings.map((w) => w.code)).to.not.include('no-baseline');
  });

  it('are also given beside problems, for the sections that passed the schema', () => {
    const feed = structuredClone(minimal);
    (feed.goals![1] as { status: string }).status = 'grön';
    const result = validateFeed(feed, { lang: 'en' });
    expect(result.ok).to.be.false;
    expect(result.warnings.map((w) => w.code)).to.deep.equal(['no-baseline', 'no-investments']);
  });

  it('are left out for a section that breaks the schema', () => {
    const feed = structuredClone(minimal);
    (feed.budget as { unit: string }).unit = 'miljarder';
    const result = validateFeed(feed, { lang: 'en' });
    expect(result.warnings.map((w) => w.code)).to.deep.equal(['no-baseline']);
  });
});

describe('itemLabel', () => {
  it('names the innermost item with an id, in the language, Swedish when the language is missing', () => {
    const doc = { goals: [{ id: 'g', title: { sv: 'Mål' } }] };
    expect(itemLabel(doc, '/goals/0/title/sv', 'en')).to.equal('The goal "g" (Mål)');
    expect(itemLabel(doc, '/goals', 'en')).to.equal(undefined);
    expect(itemLabel(doc, '', 'en')).to.equal(undefined);
  });

  it('falls back to the outer item when the inner one has no id', () => {
    const doc = { contacts: [{ id: 'kc', name: 'Kontaktcenter', people: [{ name: 'Anna' }] }] };
    expect(itemLabel(doc, '/contacts/0/people/0/name', 'sv')).to.equal('Kontaktpunkten "kc" (Kontaktcenter)');
  });

  it('cuts a long title and leaves out an empty one', () => {
    const doc = {
      goals: [
        { id: 'g', title: 'x'.repeat(200) },
        { id: 'h', title: ' ' },
      ],
    };
    expect(itemLabel(doc, '/goals/0/level', 'sv')).to.equal(`Målet "g" (${'x'.repeat(59)}…)`);
    expect(itemLabel(doc, '/goals/1/level', 'sv')).to.equal('Målet "h"');
  });

  it('reads nothing from the prototype and survives odd values', () => {
    expect(itemLabel({ goals: [null, 5, ['x']] }, '/goals/0/id', 'sv')).to.equal(undefined);
    expect(itemLabel({ goals: [{ id: 'g' }] }, '/goals/0/constructor/name', 'sv')).to.equal('Målet "g"');
    expect(itemLabel({}, '/__proto__/x', 'sv')).to.equal(undefined);
  });
});

describe('closestId', () => {
  it('suggests an id one slip away', () => {
    expect(closestId('mal-22', ['mal-1', 'mal-2', 'mal-3'])).to.equal('mal-2');
    expect(closestId('trygg-stadd', ['trygg-stad'])).to.equal('trygg-stad');
    expect(closestId('Mal-2', ['mal-2'])).to.equal('mal-2');
  });

  it('suggests nothing when no id is close enough', () => {
    expect(closestId('a', ['b'])).to.equal(undefined);
    expect(closestId('ab', ['ac'])).to.equal(undefined);
    expect(closestId('trygg-stad', ['mal-2', 'vision'])).to.equal(undefined);
    expect(closestId('mal-2', [])).to.equal(undefined);
    expect(closestId('abcdef', ['uvwxyz'])).to.equal(undefined);
  });

  it('picks the nearest, the first on a tie', () => {
    expect(closestId('mal-12', ['mal-1', 'mal-12x', 'mal-2'])).to.equal('mal-1');
    expect(closestId('mal-123', ['mal-124', 'mal-12'])).to.equal('mal-124');
  });

  it('editDistance counts edits and stops beyond the limit', () => {
    expect(editDistance('kitten', 'sitting', 5)).to.equal(3);
    expect(editDistance('', 'abc', 5)).to.equal(3);
    expect(editDistance('abc', 'abc', 0)).to.equal(0);
    expect(editDistance('abcdef', 'a', 2)).to.equal(3);
    expect(editDistance('kitten', 'sitting', 1)).to.equal(2);
  });
});

describe('isRealDate', () => {
  it('knows month lengths and leap years', () => {
    expect(isRealDate('2026-02-28')).to.equal(true);
    expect(isRealDate('2026-02-29')).to.equal(false);
    expect(isRealDate('2028-02-29')).to.equal(true);
    expect(isRealDate('2100-02-29')).to.equal(false);
    expect(isRealDate('2000-02-29')).to.equal(true);
    expect(isRealDate('2026-04-31')).to.equal(false);
    expect(isRealDate('2026-13-01')).to.equal(false);
    expect(isRealDate('2026-00-10')).to.equal(false);
    expect(isRealDate('2026-01-00')).to.equal(false);
    expect(isRealDate('0050-01-01')).to.equal(true);
    expect(isRealDate('2026-05-04T08:00:00+02:00')).to.equal(true);
    expect(isRealDate('4 maj')).to.equal(undefined);
  });
});

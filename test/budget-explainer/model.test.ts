import { expect } from '@open-wc/testing';
import { BUDGET_EXPLAINER_TEXTS } from '../../src/budget-explainer/budget-explainer.texts.js';
import {
  apportion,
  availableParts,
  budgetYearOf,
  chapterTheme,
  changeText,
  costsSummary,
  daysInYear,
  demographySummary,
  flowSummary,
  inSentence,
  investmentsSummary,
  itemTree,
  moneyFlow,
  myTax,
  nodeAt,
  operationsAndInvestments,
  pathOf,
  per100Split,
  per100Summary,
  pickYear,
  shownYears,
  themeHasData,
  THEMES,
  trendOf,
  trendSummary,
  videoEmbed,
  type Per100Split,
} from '../../src/budget-explainer/model.js';
import type { Budget, BudgetItem, BudgetYear } from '../../src/feed/generated/feed-types.js';

const SV = BUDGET_EXPLAINER_TEXTS.sv;
const EN = BUDGET_EXPLAINER_TEXTS.en;
const NBSP = '\u00a0';
/** Swedish text with plain spaces, for readable expectations ("4 139 mnkr"). */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

let demo: Budget;

before(async () => {
  const feed = (await (await fetch('/demo/feed.json')).json()) as { budget: Budget };
  demo = feed.budget;
});

const year = (y: number, kind: BudgetYear['kind'], extra: Partial<BudgetYear> = {}): BudgetYear => ({
  year: y,
  kind,
  ...extra,
});
const budgetOf = (...years: BudgetYear[]): Budget => ({ unit: 'mnkr', years: years as Budget['years'] });
const item = (id: string, amount?: number, extra: Partial<BudgetItem> = {}): BudgetItem => ({
  id,
  title: id,
  ...(amount === undefined ? {} : { amount }),
  ...extra,
});

describe('model: which entry of a year is shown', () => {
  it('the budget year is the latest year with a budget entry', () => {
    expect(budgetYearOf(budgetOf(year(2024, 'outcome'), year(2025, 'budget'), year(2026, 'plan')))).to.equal(
      2025,
    );
  });

  it('without a budget entry, the budget year is the latest year', () => {
    expect(budgetYearOf(budgetOf(year(2023, 'outcome'), year(2024, 'outcome')))).to.equal(2024);
  });

  it('past years prefer outcome > forecast > budget > plan', () => {
    const shown = shownYears(
      budgetOf(
        year(2024, 'budget'),
        year(2024, 'forecast'),
        year(2025, 'plan'),
        year(2025, 'budget'),
        year(2023, 'forecast'),
        year(2023, 'outcome'),
        year(2026, 'budget'),
      ),
    );
    expect(shown.map((y) => `${y.year} ${y.kind}`)).to.deep.equal([
      '2023 outcome',
      '2024 forecast',
      '2025 budget',
      '2026 budget',
    ]);
    expect(shown[1]!.otherKinds).to.deep.equal(['budget']);
  });

  it('the budget year prefers its budget to a forecast, but an outcome wins', () => {
    const shown = shownYears(budgetOf(year(2026, 'forecast'), year(2026, 'budget'), year(2027, 'plan')));
    expect(shown.map((y) => y.kind)).to.deep.equal(['budget', 'plan']);
    const closed = shownYears(budgetOf(year(2026, 'budget'), year(2026, 'outcome')));
    expect(closed[0]!.kind).to.equal('outcome');
  });

  it('years come out ascending, one per calendar year (the demo: 2024–2028)', () => {
    expect(shownYears(demo).map((y) => `${y.year} ${y.kind}`)).to.deep.equal([
      '2024 outcome',
      '2025 outcome',
      '2026 budget',
      '2027 plan',
      '2028 plan',
    ]);
  });

  it('picks the requested year, else the budget year, and says which year was missing', () => {
    const years = shownYears(demo);
    expect(pickYear(years, demo).shown.year).to.equal(2026);
    const found = pickYear(years, demo, 2024);
    expect(found.shown.year).to.equal(2024);
    expect(found.missing).to.equal(undefined);
    const missing = pickYear(years, demo, 2031);
    expect(missing.shown.year).to.equal(2026);
    expect(missing.missing).to.equal(2031);
    expect(pickYear(years, demo, Number.NaN).missing).to.equal(undefined);
  });
});

describe('model: the cost tree', () => {
  const items = [
    item('a', undefined, {
      children: [
        item('a1', 10),
        item('a2', 30, { feeFunded: true, children: [item('a2x', 20), item('a2y', 10)] }),
      ],
    }),
    item('b', 40),
    item('c', 40),
    item('d', -5),
  ];

  it('sums the leaves (d3 sum), largest first, ties in feed order', () => {
    const root = itemTree(items, 'sv');
    expect(root.value).to.equal(10 + 30 + 40 + 40 - 5);
    expect(root.children!.map((c) => `${c.data.id}=${c.value}`)).to.deep.equal([
      'a=40',
      'b=40',
      'c=40',
      'd=-5',
    ]);
    const sorted = itemTree([item('small', 1), item('big', 9)], 'sv');
    expect(sorted.children!.map((c) => c.data.id)).to.deep.equal(['big', 'small']);
  });

  it('passes feeFunded down to the children', () => {
    const root = itemTree(items, 'sv');
    const a2 = nodeAt(root, ['a', 'a2']);
    expect(a2.children!.every((c) => c.data.feeFunded)).to.be.true;
    expect(nodeAt(root, ['a', 'a1']).data.feeFunded).to.be.false;
  });

  it('picks texts in the language asked for', () => {
    const root = itemTree(
      [item('x', 1, { title: { sv: 'Skola', en: 'School' }, description: { sv: 'Ja', en: 'Yes' } })],
      'en',
    );
    expect(root.children![0]!.data).to.include({ title: 'School', description: 'Yes' });
  });

  it('finds a node by path, stopping where the path no longer matches', () => {
    const root = itemTree(items, 'sv');
    expect(pathOf(nodeAt(root, ['a', 'a2', 'a2y']))).to.deep.equal(['a', 'a2', 'a2y']);
    expect(pathOf(nodeAt(root, ['a', 'missing', 'a2y']))).to.deep.equal(['a']);
    expect(nodeAt(root, [])).to.equal(root);
  });

  it('the demo 2026: 12 areas adding up to 11 542 mnkr, two levels deep', () => {
    const root = itemTree(demo.years.find((y) => y.year === 2026)!.costs, 'sv');
    expect(root.children).to.have.length(12);
    expect(root.value).to.equal(11542);
    expect(root.height).to.equal(2);
  });
});

describe('model: revenue, costs and the result', () => {
  it('sums revenue by category, leaves taking their nearest category, negative items included', () => {
    const entry = year(2026, 'budget', {
      revenue: [
        item('skatt', 100, { category: 'tax' }),
        item('bidrag', undefined, { category: 'grants', children: [item('x', 30), item('lss', -5)] }),
        item('blandat', undefined, { children: [item('avg', 10, { category: 'fees' }), item('ovr', 7)] }),
      ],
      costs: [item('k', 120)],
    });
    const flow = moneyFlow(entry, itemTree(entry.costs, 'sv'));
    expect(flow.categories).to.deep.equal([
      { category: 'tax', amount: 100 },
      { category: 'grants', amount: 25 },
      { category: 'fees', amount: 10 },
      { category: 'other', amount: 7 },
    ]);
    expect(flow).to.include({ revenue: 142, costs: 120, result: 22, resultDiffers: false });
  });

  it('keeps a given result and says when it differs from revenue minus costs', () => {
    const entry = year(2026, 'budget', {
      revenue: [item('s', 100, { category: 'tax' })],
      costs: [item('k', 90)],
      result: 4,
    });
    expect(moneyFlow(entry, itemTree(entry.costs, 'sv'))).to.include({ result: 4, resultDiffers: true });
    const same = { ...entry, result: 10.4 };
    expect(moneyFlow(same, itemTree(same.costs, 'sv')).resultDiffers).to.be.false;
  });

  it('the demo 2026: 11 682 in, 11 542 out, result 140 as given', () => {
    const entry = demo.years.find((y) => y.year === 2026)!;
    const flow = moneyFlow(entry, itemTree(entry.costs, 'sv'));
    expect(flow).to.include({ revenue: 11682, costs: 11542, result: 140, resultDiffers: false });
    expect(flow.categories.map((c) => c.category)).to.deep.equal(['tax', 'grants', 'fees', 'other']);
  });
});

describe('model: operations and investments', () => {
  it('lists the largest investments with their years and totals', () => {
    const budget = budgetOf(
      year(2025, 'outcome', { investments: [item('skola', 50), item('gata', 20)] }),
      year(2026, 'budget', {
        investments: [item('skola', 80), item('gata', 10), item('ny', 30)],
        costs: [item('k', 900)],
      }),
      year(2027, 'plan', { investments: [item('skola', 60)] }),
    );
    const years = shownYears(budget);
    const shown = years[1]!;
    const ops = operationsAndInvestments(shown, years, itemTree(shown.entry.costs, 'sv'), 'sv', 2);
    expect(ops.operations).to.equal(900);
    expect(ops.investments).to.equal(120);
    expect(ops.largest.map((r) => [r.id, r.amount, r.total, r.years.join(',')])).to.deep.equal([
      ['skola', 80, 190, '2025,2026,2027'],
      ['ny', 30, 30, '2026'],
    ]);
  });
});

describe('model: years side by side', () => {
  it('gives totals per year and each area, undefined where an area is missing', () => {
    const budget = budgetOf(
      year(2025, 'outcome', { costs: [item('a', 10), item('b', 5)], population: 1000 }),
      year(2026, 'budget', { costs: [item('a', 12), item('c', 1)], population: 1000 }),
    );
    const years = shownYears(budget);
    const trend = trendOf(years, years[1]!, 'tkr', 'sv');
    expect(trend.points.map((p) => [p.year, p.kind, p.costs, p.costPerResident])).to.deep.equal([
      [2025, 'outcome', 15, 15],
      [2026, 'budget', 13, 13],
    ]);
    expect(trend.areas.map((a) => [a.id, ...a.values])).to.deep.equal([
      ['a', 10, 12],
      ['c', undefined, 1],
      ['b', 5, undefined],
    ]);
  });

  it('writes the change over the years from the data', () => {
    const years = shownYears(demo);
    const trend = trendOf(years, years[2]!, 'mnkr', 'sv');
    const costs = trend.points.map((p) => p.costs);
    expect(plain(trendSummary(trend.points, costs, 'Alla kostnader', 'mnkr', SV, 'sv'))).to.equal(
      'Alla kostnader: från 10 728 mnkr 2024 (utfall) till 12 425 mnkr 2028 (plan), 16 % mer.',
    );
    expect(trendSummary(trend.points.slice(0, 1), costs.slice(0, 1), 'x', 'mnkr', SV, 'sv')).to.equal(
      SV.trendOne,
    );
  });

  it('changeText: more, less, unchanged', () => {
    expect(plain(changeText(100, 112, SV, 'sv'))).to.equal('12 % mer');
    expect(plain(changeText(100, 97, SV, 'sv'))).to.equal('3 % mindre');
    expect(changeText(100, 100.2, SV, 'sv')).to.equal('oförändrat');
    expect(changeText(100, 88, EN, 'en')).to.equal('12% less');
  });

  it('writes the residents summary, or says the population is missing', () => {
    const years = shownYears(demo);
    const trend = trendOf(years, years[2]!, 'mnkr', 'sv');
    expect(plain(demographySummary(trend.points, SV, 'sv'))).to.match(
      /^Antalet invånare går från 107 590 år 2024 till 108 850 år 2028, och kostnaden per invånare från 99 712 kr till 114 148 kr\.$/,
    );
    expect(demographySummary([], SV, 'sv')).to.equal(SV.demoNone);
  });

  it('a year without costs has unknown costs, not 0, and no cost per resident', () => {
    const budget = budgetOf(
      year(2025, 'outcome', { revenue: [item('skatt', 10, { category: 'tax' })], population: 1000 }),
      year(2026, 'budget', { costs: [item('a', 12)], population: 1000 }),
    );
    const years = shownYears(budget);
    const trend = trendOf(years, years[1]!, 'tkr', 'sv');
    expect(trend.points.map((p) => [p.year, p.costs, p.costPerResident])).to.deep.equal([
      [2025, undefined, undefined],
      [2026, 12, 12],
    ]);
    // One year with figures: no "change" over the years is made up from the empty one.
    expect(
      trendSummary(
        trend.points,
        trend.points.map((p) => p.costs),
        'Alla kostnader',
        'tkr',
        SV,
        'sv',
      ),
    ).to.equal(SV.trendOne);
  });

  it('residents in one year: that year in words, not "one year only"', () => {
    const years = shownYears(budgetOf(year(2026, 'budget', { costs: [item('a', 300)], population: 10000 })));
    const trend = trendOf(years, years[0]!, 'mnkr', 'sv');
    expect(plain(demographySummary(trend.points, SV, 'sv'))).to.equal(
      'Kommunen har 10 000 invånare 2026, och kostnaden per invånare är 30 000 kr.',
    );
    expect(plain(demographySummary(trend.points, EN, 'en'))).to.equal(
      'The municipality has 10,000 residents in 2026, and the cost per resident is SEK 30,000.',
    );
  });
});

describe('model: what the feed has data for', () => {
  const parts = (budget: Budget) => {
    const years = shownYears(budget);
    const { shown } = pickYear(years, budget);
    const costs = itemTree(shown.entry.costs, 'sv');
    const split = per100Split(costs);
    return availableParts(shown, costs, split, trendOf(years, shown, budget.unit, 'sv'));
  };

  it('the demo feed has data for every part and every theme', () => {
    const available = parts(demo);
    expect(available).to.deep.equal({
      costs: true,
      per100: true,
      myTax: true,
      revenue: true,
      investments: true,
      trend: true,
      demography: true,
    });
    expect(THEMES.filter((theme) => themeHasData(theme, available))).to.deep.equal(THEMES);
  });

  it('another municipality with only costs per area for one year: costs and every 100 kr, nothing else', () => {
    const available = parts(
      budgetOf(year(2026, 'budget', { costs: [item('skola', 500), item('omsorg', 300)] })),
    );
    expect(available).to.deep.equal({
      costs: true,
      per100: true,
      myTax: false,
      revenue: false,
      investments: false,
      trend: false,
      demography: false,
    });
    expect(THEMES.filter((theme) => themeHasData(theme, available))).to.deep.equal(['value']);
  });

  it('the calculator needs both the tax rate and the price base amount', () => {
    const costs = [item('skola', 500)];
    expect(parts(budgetOf(year(2026, 'budget', { costs, taxRate: 22 }))).myTax).to.equal(false);
    expect(parts(budgetOf(year(2026, 'budget', { costs, priceBaseAmount: 59200 }))).myTax).to.equal(false);
    expect(
      parts(budgetOf(year(2026, 'budget', { costs, taxRate: 22, priceBaseAmount: 59200 }))).myTax,
    ).to.equal(true);
  });

  it('comparisons need two years with costs; a year with only revenue does not count', () => {
    const two = budgetOf(
      year(2025, 'outcome', { revenue: [item('skatt', 10, { category: 'tax' })] }),
      year(2026, 'budget', { costs: [item('a', 12)] }),
    );
    expect(parts(two).trend).to.equal(false);
    const both = budgetOf(
      year(2025, 'outcome', { costs: [item('a', 10)] }),
      year(2026, 'budget', { costs: [item('a', 12)] }),
    );
    expect(parts(both).trend).to.equal(true);
  });

  it('investments and revenue of the shown year, not of another', () => {
    const budget = budgetOf(
      year(2025, 'outcome', {
        costs: [item('a', 10)],
        investments: [item('skola', 5)],
        revenue: [item('s', 9)],
      }),
      year(2026, 'budget', { costs: [item('a', 12)] }),
    );
    expect(parts(budget)).to.include({ investments: false, revenue: false, trend: true });
  });

  it('every 100 kr with only fee-funded costs: offered for the fee-funded list, with no split', () => {
    const available = parts(
      budgetOf(year(2026, 'budget', { costs: [item('va', 100, { feeFunded: true })] })),
    );
    expect(available.per100).to.equal(true);
    expect(parts(budgetOf(year(2026, 'budget', { revenue: [item('s', 9)] }))).per100).to.equal(false);
  });
});

describe('model: every 100 kr of tax', () => {
  it('splits over tax-funded costs, keeps fee-funded items apart, adds up to exactly 10 000 öre', () => {
    const root = itemTree(
      [
        item('skola', 300),
        item('omsorg', 200),
        item('va', 100, { feeFunded: true, children: [item('vatten', 60), item('avfall', 40)] }),
        item('gata', undefined, { children: [item('vag', 90), item('parkering', 10, { feeFunded: true })] }),
      ],
      'sv',
    );
    const split = per100Split(root) as Extract<Per100Split, { ok: true }>;
    expect(split.ok).to.be.true;
    expect(split.rows.map((r) => [r.id, r.ore])).to.deep.equal([
      ['skola', 5085],
      ['omsorg', 3390],
      ['gata', 1525],
    ]);
    expect(split.rows.reduce((s, r) => s + r.ore, 0)).to.equal(10000);
    expect(split.taxFunded).to.equal(590);
    expect(split.feeFunded.map((r) => [r.id, r.amount])).to.deep.equal([
      ['va', 100],
      ['parkering', 10],
    ]);
    expect(split.feeFundedTotal).to.equal(110);
  });

  it('refuses a negative tax-funded area rather than showing a wrong split', () => {
    const split = per100Split(
      itemTree([item('a', 100), item('b', -10, { title: 'Interna intäkter' })], 'sv'),
    );
    expect(split.ok).to.be.false;
    expect(split).to.deep.include({ reason: 'negative', negative: ['Interna intäkter'] });
    expect(per100Summary(split, 2026, SV, 'sv')).to.equal(
      'Fördelningen kan inte visas: Interna intäkter har ett negativt belopp.',
    );
  });

  it('says there is nothing to split when everything is fee-funded', () => {
    const split = per100Split(itemTree([item('va', 100, { feeFunded: true })], 'sv'));
    expect(split).to.deep.include({ ok: false, reason: 'nothing' });
    expect(per100Summary(split, 2026, SV, 'sv')).to.equal(
      'Det finns inga skattefinansierade kostnader att fördela för 2026.',
    );
  });

  it('the demo, every year: adds up to 100,00 kr, water and waste kept apart', () => {
    for (const entry of demo.years) {
      const split = per100Split(itemTree(entry.costs, 'sv'));
      expect(split.ok, `${entry.year}`).to.be.true;
      if (!split.ok) continue;
      expect(
        split.rows.reduce((s, r) => s + r.ore, 0),
        `${entry.year}`,
      ).to.equal(10000);
      expect(split.rows.map((r) => r.id)).not.to.include('va-avfall');
      expect(split.feeFunded.map((r) => r.id)).to.deep.equal(['va-avfall']);
    }
  });

  it('writes the summary from the two largest areas', () => {
    const split = per100Split(itemTree(demo.years.find((y) => y.year === 2026)!.costs, 'sv'));
    expect(plain(per100Summary(split, 2026, SV, 'sv'))).to.equal(
      'Av varje 100-lapp går 37,99 kr till förskola och skola och 17,48 kr till äldreomsorg.',
    );
  });
});

describe('model: apportion (largest remainder in whole units)', () => {
  it('adds up to the total exactly', () => {
    for (const total of [0, 1, 7, 100, 59567, 163_20]) {
      const parts = apportion(total, [3333, 3333, 3334]);
      expect(
        parts.reduce((a, b) => a + b, 0),
        String(total),
      ).to.equal(total);
    }
  });

  it('gives the units left over to the largest remainders, ties to the earlier weight', () => {
    expect(apportion(10, [1, 1, 1])).to.deep.equal([4, 3, 3]);
    expect(apportion(5, [0.7, 0.3])).to.deep.equal([4, 1]); // 3.5 / 1.5: a tie, the earlier wins
  });

  it('zero weights or a bad total give zeros', () => {
    expect(apportion(10, [0, 0])).to.deep.equal([0, 0]);
    expect(apportion(-1, [1, 2])).to.deep.equal([0, 0]);
    expect(apportion(1.5, [1, 2])).to.deep.equal([0, 0]);
  });
});

describe('model: my tax', () => {
  const split = per100Split(itemTree([item('skola', 600), item('omsorg', 400)], 'sv'));
  const y2025 = year(2025, 'outcome', { taxRate: 22.36, priceBaseAmount: 58800 });

  it('300 000 kr a year in 2025: 59 567 kr a year, 4 964 a month, 163,20 a day, split exactly', () => {
    const result = myTax(300_000, y2025, split);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.tax).to.deep.equal({ income: 300000, allowance: 33600, taxable: 266400, tax: 59567 });
    expect([result.perYear, result.perMonth, result.perDayOre]).to.deep.equal([59567, 4964, 16320]);
    expect(result.areas!.map((a) => [a.id, a.perYear, a.perMonth, a.perDayOre])).to.deep.equal([
      ['skola', 35740, 2978, 9792],
      ['omsorg', 23827, 1986, 6528],
    ]);
  });

  it('a leap year has 366 days', () => {
    expect(daysInYear(2028)).to.equal(366);
    expect(daysInYear(2100)).to.equal(365);
    expect(daysInYear(2000)).to.equal(366);
    const result = myTax(300_000, { ...y2025, year: 2028 }, split);
    expect(result.ok && result.perDayOre).to.equal(Math.round(5956700 / 366));
  });

  it('cannot estimate without a tax rate or price base amount, and says which is missing', () => {
    expect(myTax(300_000, year(2026, 'budget', { taxRate: 22.36 }), split)).to.deep.equal({
      ok: false,
      missing: ['priceBaseAmount'],
    });
    expect(myTax(300_000, year(2026, 'budget'), split)).to.deep.equal({
      ok: false,
      missing: ['taxRate', 'priceBaseAmount'],
    });
    expect(myTax(300_000, year(2026, 'budget', { taxRate: 0, priceBaseAmount: 59200 }), split)).to.deep.equal(
      {
        ok: false,
        missing: ['taxRate'],
      },
    );
  });

  it('without a split by area, the totals still come, areas null', () => {
    const none = per100Split(itemTree([item('va', 1, { feeFunded: true })], 'sv'));
    const result = myTax(300_000, y2025, none);
    expect(result.ok && result.areas).to.equal(null);
  });
});

describe('model: chapters and films', () => {
  it('ties the demo chapters to the five themes by their ids and titles', () => {
    expect(demo.chapters!.map(chapterTheme)).to.deep.equal([
      'revenue',
      'demography',
      'investments',
      'planning',
      'value',
    ]);
  });

  it('matches English titles and leaves unknown chapters without a theme', () => {
    expect(chapterTheme({ id: 'film-3', title: { en: 'Investments and operations' } })).to.equal(
      'investments',
    );
    expect(chapterTheme({ id: 'film-9', title: 'Om kommunen' })).to.equal(undefined);
  });

  it('embeds files, YouTube (no-cookie) and Vimeo (dnt); links anything else; refuses other schemes', () => {
    expect(videoEmbed('https://kommun.example/film.mp4')).to.deep.equal({
      kind: 'file',
      src: 'https://kommun.example/film.mp4',
      host: 'kommun.example',
    });
    expect(videoEmbed('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).to.deep.equal({
      kind: 'frame',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
      host: 'youtube.com',
    });
    expect(videoEmbed('https://youtu.be/dQw4w9WgXcQ')?.src).to.equal(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    );
    expect(videoEmbed('https://vimeo.com/123456')?.src).to.equal(
      'https://player.vimeo.com/video/123456?dnt=1&autoplay=1',
    );
    expect(videoEmbed('https://play.kommun.example/v/42')).to.deep.include({ kind: 'link' });
    expect(videoEmbed('/filmer/intakter.webm')).to.deep.include({ kind: 'file', host: '' });
    expect(videoEmbed('javascript:alert(1)')).to.equal(undefined);
    expect(videoEmbed('mailto:film@kommun.example')).to.equal(undefined);
    expect(videoEmbed('https://www.youtube.com/watch?v=<script>')).to.deep.include({ kind: 'link' });
  });
});

describe('model: summaries', () => {
  const costs2026 = (): ReturnType<typeof itemTree> =>
    itemTree(demo.years.find((y) => y.year === 2026)!.costs, 'sv');

  it('costs, top level, Swedish: the two largest areas and their share', () => {
    expect(plain(costsSummary(costs2026(), 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Förskola och skola (36 %) och äldreomsorg (17 %) är de största områdena: 52 % av kostnaderna på 11 542 mnkr 2026.',
    );
  });

  it('costs, top level, English', () => {
    const root = itemTree(demo.years.find((y) => y.year === 2026)!.costs, 'en');
    expect(costsSummary(root, 2026, 'mnkr', EN, 'en')).to.equal(
      `Preschool and school (36%) and care of older people (17%) are the largest areas: 52% of the costs of SEK${NBSP}11,542${NBSP}million in 2026.`,
    );
  });

  it('costs, a level down', () => {
    const node = nodeAt(costs2026(), ['forskola-skola']);
    expect(plain(costsSummary(node, 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Inom förskola och skola är grundskola och förskoleklass (45 %) och förskola (25 %) störst: 71 % av 4 139 mnkr 2026.',
    );
  });

  it('costs: one area, or none', () => {
    expect(plain(costsSummary(itemTree([item('Skola', 5)], 'sv'), 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Skola är det enda området: 5 mnkr 2026.',
    );
    expect(costsSummary(itemTree([], 'sv'), 2026, 'mnkr', SV, 'sv')).to.equal(
      'Det finns inga kostnader att visa för 2026.',
    );
  });

  it('revenue and costs, with the result in words', () => {
    const entry = demo.years.find((y) => y.year === 2026)!;
    const flow = moneyFlow(entry, itemTree(entry.costs, 'sv'));
    expect(plain(flowSummary(flow, 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Kommunen får in 11 682 mnkr 2026, varav 53 % är skatt. Kostnaderna är 11 542 mnkr. Det blir ett överskott på 140 mnkr.',
    );
    expect(plain(flowSummary({ ...flow, result: -20 }, 2026, 'mnkr', SV, 'sv'))).to.include(
      'Det blir ett underskott på 20 mnkr.',
    );
  });

  it('revenue without costs: no "costs 0" and no result made up from it', () => {
    const entry = year(2026, 'budget', {
      revenue: [item('skatt', 600, { category: 'tax' }), item('avg', 400)],
    });
    const flow = moneyFlow(entry, itemTree(entry.costs, 'sv'));
    expect(flow).to.include({ hasRevenue: true, hasCosts: false, hasResult: false, resultDiffers: false });
    expect(plain(flowSummary(flow, 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Kommunen får in 1 000 mnkr 2026, varav 60 % är skatt.',
    );
    // The feed's own result is said even without costs; it is not "different" from an unknown one.
    const given = moneyFlow({ ...entry, result: 25 }, itemTree(undefined, 'sv'));
    expect(given).to.include({ hasResult: true, resultDiffers: false });
    expect(plain(flowSummary(given, 2026, 'mnkr', EN, 'en'))).to.equal(
      'The municipality takes in SEK 1,000 million in 2026, of which 60% is tax. That leaves a surplus of SEK 25 million.',
    );
  });

  it('revenue with no tax marked: no "0 % is tax"; costs without revenue: the costs alone', () => {
    const entry = year(2026, 'budget', { revenue: [item('intakter', 900)] });
    expect(plain(flowSummary(moneyFlow(entry, itemTree(undefined, 'sv')), 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Kommunen får in 900 mnkr 2026.',
    );
    const costs = itemTree([item('skola', 700)], 'sv');
    expect(plain(flowSummary(moneyFlow(year(2026, 'budget'), costs), 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Kostnaderna är 700 mnkr 2026.',
    );
  });

  it('operations and investments', () => {
    const years = shownYears(demo);
    const shown = years[2]!;
    const ops = operationsAndInvestments(shown, years, itemTree(shown.entry.costs, 'sv'), 'sv');
    expect(plain(investmentsSummary(ops, 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Driften kostar 11 542 mnkr och investeringarna 885 mnkr 2026. Den största investeringen är skolor, 350 mnkr.',
    );
  });

  it('investments without costs: no "operations 0"', () => {
    const years = shownYears(budgetOf(year(2026, 'budget', { investments: [item('Skolor', 40)] })));
    const ops = operationsAndInvestments(years[0]!, years, itemTree(undefined, 'sv'), 'sv');
    expect(ops.operations).to.equal(undefined);
    expect(plain(investmentsSummary(ops, 2026, 'mnkr', SV, 'sv'))).to.equal(
      'Investeringarna är 40 mnkr 2026. Den största investeringen är skolor, 40 mnkr.',
    );
    expect(plain(investmentsSummary(ops, 2026, 'mnkr', EN, 'en'))).to.equal(
      'Investments are SEK 40 million in 2026. The largest investment is skolor, SEK 40 million.',
    );
  });

  it('inSentence lowers ordinary words only', () => {
    expect(inSentence('Äldreomsorg')).to.equal('äldreomsorg');
    expect(inSentence('Förskola och skola')).to.equal('förskola och skola');
    expect(inSentence('IT och digitalisering')).to.equal('IT och digitalisering');
    expect(inSentence('LSS-utjämning')).to.equal('LSS-utjämning');
    expect(inSentence('Eskilstuna Energi och Miljö')).to.equal('Eskilstuna Energi och Miljö');
    expect(inSentence('Care of older people')).to.equal('care of older people');
  });
});

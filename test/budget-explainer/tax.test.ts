import { expect } from '@open-wc/testing';
import {
  basicAllowance,
  municipalTax,
  parseIncome,
  per100,
  per100Ore,
} from '../../src/budget-explainer/tax.js';

// Worked examples for 2025: prisbasbelopp 58 800 kr, Eskilstuna's municipal rate 22.36 %.
// Breakpoints (IL 63 kap. 3 §): 0.99 PBB = 58 212, 2.72 PBB = 159 936, 3.11 PBB = 182 868,
// 7.88 PBB = 463 344. Allowance at its lowest 0.423 PBB = 24 872.4 → 24 900; at its highest
// 0.77 PBB = 45 276 → 45 300; above 7.88 PBB 0.293 PBB = 17 228.4 → 17 300.
const Y2025 = { taxRate: 22.36, priceBaseAmount: 58_800 };

describe('municipalTax: the basic allowance at its breakpoints (2025)', () => {
  const cases: [string, number, number][] = [
    ['no income: no allowance, nothing to tax', 0, 0],
    ['an income below the lowest allowance: the allowance is the income', 20_000, 20_000],
    ['exactly 0.99 PBB rounded down: the lowest allowance', 58_200, 24_900],
    ['just past 0.99 PBB: 24 872.4 + 20 % of 788 = 25 030 → 25 100', 59_000, 25_100],
    ['at 2.72 PBB rounded down (159 900): 24 872.4 + 20 % × 101 688 = 45 210 → 45 300', 159_900, 45_300],
    ['between 2.72 and 3.11 PBB: the highest allowance, 45 300', 170_000, 45_300],
    ['at 3.11 PBB rounded down (182 800): still 45 276 → 45 300', 182_800, 45_300],
    ['300 000: 45 276 − 10 % × 117 132 = 33 562.8 → 33 600', 300_000, 33_600],
    ['at 7.88 PBB rounded down (463 300): 45 276 − 28 043.2 = 17 232.8 → 17 300', 463_300, 17_300],
    ['far above 7.88 PBB: 0.293 PBB = 17 228.4 → 17 300', 1_000_000, 17_300],
  ];
  for (const [name, income, allowance] of cases) {
    it(name, () => {
      expect(municipalTax(income, Y2025).allowance).to.equal(allowance);
    });
  }

  it('the allowance curve is continuous at 0.99, 3.11 and 7.88 PBB (before rounding)', () => {
    const pbb = Y2025.priceBaseAmount;
    for (const factor of [0.99, 3.11, 7.88]) {
      const at = factor * pbb;
      expect(basicAllowance(at + 0.01, pbb)).to.be.closeTo(basicAllowance(at, pbb), 0.01);
    }
  });

  it("steps up by 0.001 PBB at 2.72 PBB, as the law's own figures do (0.769 → 0.77)", () => {
    const pbb = Y2025.priceBaseAmount;
    const at = 2.72 * pbb;
    expect(basicAllowance(at, pbb)).to.be.closeTo(0.769 * pbb, 1e-6);
    expect(basicAllowance(at + 0.01, pbb)).to.be.closeTo(0.77 * pbb, 1e-6);
  });
});

describe('municipalTax: the tax', () => {
  it('300 000 kr a year in Eskilstuna 2025: taxable 266 400, tax 59 567', () => {
    expect(municipalTax(300_000, Y2025)).to.deep.equal({
      income: 300_000,
      allowance: 33_600,
      taxable: 266_400,
      tax: 59_567,
    });
  });

  it('rounds the income down to whole hundreds first, as the tax office does', () => {
    expect(municipalTax(300_099, Y2025)).to.deep.equal(municipalTax(300_000, Y2025));
  });

  it('an income below the allowance pays no municipal tax', () => {
    expect(municipalTax(24_000, Y2025)).to.deep.equal({
      income: 24_000,
      allowance: 24_000,
      taxable: 0,
      tax: 0,
    });
  });

  it('a monthly 35 000 kr (420 000 a year), 2026 figures (PBB 59 200, 22.36 %)', () => {
    // 0.77 × 59 200 − 0.1 × (420 000 − 3.11 × 59 200) = 45 584 − 23 588.8 = 21 995.2 → 22 000
    const result = municipalTax(35_000 * 12, { taxRate: 22.36, priceBaseAmount: 59_200 });
    expect(result.allowance).to.equal(22_000);
    expect(result.taxable).to.equal(398_000);
    expect(result.tax).to.equal(88_993); // 398 000 × 22.36 % = 88 992.8
  });

  for (const [name, income, input] of [
    ['a negative income', -1, Y2025],
    ['an income of Infinity', Infinity, Y2025],
    ['NaN', NaN, Y2025],
    ['a tax rate of 0', 300_000, { ...Y2025, taxRate: 0 }],
    ['a tax rate above 100 %', 300_000, { ...Y2025, taxRate: 120 }],
    [
      'a missing price base amount',
      300_000,
      { taxRate: 22.36, priceBaseAmount: undefined as unknown as number },
    ],
    ['a price base amount of 0', 300_000, { ...Y2025, priceBaseAmount: 0 }],
  ] as const) {
    it(`refuses ${name} rather than guess`, () => {
      expect(() => municipalTax(income, input)).to.throw(RangeError);
    });
  }
});

describe('per100: every 100 kr split by area', () => {
  const sumOre = (ore: number[]) => ore.reduce((a, b) => a + b, 0);

  it('adds up to exactly 100,00 kr after rounding (largest remainder)', () => {
    const ore = per100Ore([1, 1, 1]);
    expect(ore).to.deep.equal([3334, 3333, 3333]);
    expect(sumOre(ore)).to.equal(10_000);
    expect(per100([1, 1, 1])).to.deep.equal([33.34, 33.33, 33.33]);
  });

  it('gives the left-over öre to the largest remainders, not the largest amounts', () => {
    // exact shares: 66.6667, 16.6667 … in öre: 6666.67, 1666.67, 1666.67 → floors 6666+1666+1666 = 9998
    expect(per100Ore([4, 1, 1])).to.deep.equal([6667, 1667, 1666]);
  });

  it('keeps exact shares exact', () => {
    expect(per100([250, 250, 500])).to.deep.equal([25, 25, 50]);
  });

  it('adds up for realistic budgets of many areas', () => {
    const amounts = [2412.3, 1804.9, 1211.7, 903.2, 655.5, 401.1, 377.9, 210.4, 150.0, 99.9, 42.7, 12.3];
    expect(sumOre(per100Ore(amounts))).to.equal(10_000);
    expect(per100Ore(amounts).every((ore) => Number.isInteger(ore) && ore >= 0)).to.equal(true);
  });

  it('a zero amount gets 0 öre', () => {
    expect(per100Ore([0, 3, 1])).to.deep.equal([0, 7500, 2500]);
  });

  for (const [name, amounts] of [
    ['negative amounts', [10, -1]],
    ['non-finite amounts', [10, Infinity]],
    ['amounts that add up to nothing', [0, 0]],
    ['no amounts', []],
  ] as const) {
    it(`refuses ${name}`, () => {
      expect(() => per100Ore(amounts)).to.throw(RangeError);
    });
  }
});

describe('parseIncome: what a resident types', () => {
  for (const [text, value] of [
    ['25000', 25_000],
    ['25 000', 25_000],
    ['25\u00a0000', 25_000],
    ['25.000', 25_000],
    ['25 000 kr', 25_000],
    ['25 000,50', 25_000.5],
    ['  420 000 ', 420_000],
  ] as const) {
    it(`reads "${text}" as ${value}`, () => {
      expect(parseIncome(text)).to.deep.equal({ ok: true, value });
    });
  }

  for (const [text, problem] of [
    ['', 'empty'],
    ['   ', 'empty'],
    ['25k', 'not-a-number'],
    ['tjugofem tusen', 'not-a-number'],
    ['25 000 kr/mån', 'not-a-number'],
    ['-25 000', 'negative'],
    ['−25000', 'negative'],
    ['25,000.50', 'not-a-number'],
    ['kr', 'not-a-number'],
    ['99999999999', 'too-large'],
  ] as const) {
    it(`refuses "${text}" (${problem}) rather than guess`, () => {
      expect(parseIncome(text)).to.deep.equal({ ok: false, problem });
    });
  }
});

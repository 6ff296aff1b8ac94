/**
 * What a resident's municipal tax is and what it pays for (`insyn/budget`). Pure: no DOM, no Lit.
 * Nothing here sends anything anywhere: the income a resident types stays in the page.
 *
 * The municipal tax estimate follows Inkomstskattelagen (1999:1229), 63 kap. 3 §: the basic
 * allowance (grundavdrag) for people under 66, from the year's price base amount
 * (prisbasbelopp, PBB) and the assessed earned income (fastställd förvärvsinkomst). As the law
 * prescribes, the allowance is rounded UP to whole hundreds of kronor, and the assessed and
 * the taxable income DOWN to whole hundreds.
 * Left out on purpose (and said so in the view): the job tax credit (jobbskatteavdrag), the
 * regional tax, state income tax, burial and church fees, and the higher allowance from 66.
 */

export interface TaxInput {
  /** The municipal tax rate in percent, as municipalities state it, e.g. 22.36. */
  readonly taxRate: number;
  /** The year's price base amount (prisbasbelopp) in kronor, e.g. 58 800 for 2025. */
  readonly priceBaseAmount: number;
}

export interface MunicipalTax {
  /** The yearly income as assessed: rounded down to whole hundreds of kronor. */
  readonly income: number;
  /** The basic allowance (grundavdrag), rounded up to whole hundreds, never above the income. */
  readonly allowance: number;
  /** Taxable income: income minus allowance, rounded down to whole hundreds. */
  readonly taxable: number;
  /** Municipal tax in kronor (taxable × rate), rounded to whole kronor. */
  readonly tax: number;
}

const roundDownToHundreds = (kronor: number): number => Math.floor(kronor / 100 + 1e-9) * 100;
const roundUpToHundreds = (kronor: number): number => Math.ceil(kronor / 100 - 1e-9) * 100;

/**
 * The basic allowance for people under 66 (IL 63 kap. 3 §), before rounding, for an assessed
 * yearly income and price base amount. The breakpoints are fractions of the price base amount.
 * The law's own curve steps up by 0.001 PBB at 2.72 PBB (0.769 → 0.77); it is kept as written.
 */
export function basicAllowance(income: number, priceBaseAmount: number): number {
  const pbb = priceBaseAmount;
  if (income <= 0.99 * pbb) return 0.423 * pbb;
  if (income <= 2.72 * pbb) return 0.423 * pbb + 0.2 * (income - 0.99 * pbb);
  if (income <= 3.11 * pbb) return 0.77 * pbb;
  if (income <= 7.88 * pbb) return 0.77 * pbb - 0.1 * (income - 3.11 * pbb);
  return 0.293 * pbb;
}

/**
 * Estimates the municipal tax on a yearly earned income. Throws a RangeError for input that
 * would give a wrong figure (a negative or non-finite income, a tax rate outside (0, 100],
 * a missing or non-positive price base amount): the caller says it cannot estimate.
 */
export function municipalTax(yearlyIncome: number, { taxRate, priceBaseAmount }: TaxInput): MunicipalTax {
  if (!Number.isFinite(yearlyIncome) || yearlyIncome < 0) {
    throw new RangeError(`income must be a finite number ≥ 0, not ${yearlyIncome}`);
  }
  if (!Number.isFinite(taxRate) || taxRate <= 0 || taxRate > 100) {
    throw new RangeError(`taxRate must be a percentage above 0 and at most 100, not ${taxRate}`);
  }
  if (!Number.isFinite(priceBaseAmount) || priceBaseAmount <= 0) {
    throw new RangeError(`priceBaseAmount must be a positive number, not ${priceBaseAmount}`);
  }
  const income = roundDownToHundreds(yearlyIncome);
  const allowance = Math.min(income, roundUpToHundreds(basicAllowance(income, priceBaseAmount)));
  const taxable = roundDownToHundreds(income - allowance);
  // Öre arithmetic keeps 22.36 % of 342 100 exact before rounding to whole kronor.
  const tax = Math.round((taxable * Math.round(taxRate * 100)) / 10000);
  return { income, allowance, taxable, tax };
}

/**
 * Splits 100 kronor over amounts in proportion, in öre (integers) that add up to exactly
 * 10 000: each share is rounded down, and the öre left over go one each to the largest
 * remainders (ties to the earlier amount). Throws a RangeError for negative or non-finite
 * amounts, or when they add up to nothing.
 */
export function per100Ore(amounts: readonly number[]): number[] {
  for (const amount of amounts) {
    if (!Number.isFinite(amount) || amount < 0) {
      throw new RangeError(`amounts must be finite and ≥ 0, not ${amount}`);
    }
  }
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (total <= 0) throw new RangeError('the amounts add up to nothing');
  const exact = amounts.map((amount) => (amount / total) * 10000);
  const ore = exact.map((share) => Math.floor(share));
  let left = 10000 - ore.reduce((sum, share) => sum + share, 0);
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    // Remainders equal but for floating-point noise are ties, settled by order.
    .sort((a, b) =>
      Math.abs(b.remainder - a.remainder) > 1e-9 ? b.remainder - a.remainder : a.index - b.index,
    );
  for (const { index } of byRemainder) {
    if (left === 0) break;
    ore[index]! += 1;
    left -= 1;
  }
  return ore;
}

/**
 * The same split in kronor with two decimals (öre-exact): 12.34 means 12 kronor 34 öre. The
 * öre add up to exactly 100 kronor; add {@link per100Ore} instead when summing in code, since
 * floating-point sums of kronor can be off in the last binary digit.
 */
export function per100(amounts: readonly number[]): number[] {
  return per100Ore(amounts).map((ore) => ore / 100);
}

/** Why a typed income could not be read. */
export type IncomeProblem = 'empty' | 'not-a-number' | 'negative' | 'too-large';

export type ParsedIncome =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: IncomeProblem };

/**
 * Reads an amount a resident typed: digits with spaces (also no-break and thin spaces) or
 * dots as thousands separators, an optional decimal comma, and an optional "kr". Anything
 * else ("25k", "tjugo", "25 000 kr/mån") is refused, so the view can ask again rather than
 * guess: a wrong figure shown as right is worse than a question.
 */
export function parseIncome(text: string): ParsedIncome {
  const trimmed = text.trim().replace(/\s*(kr|kronor|sek)\.?$/i, '');
  if (trimmed === '') return { ok: false, problem: text.trim() === '' ? 'empty' : 'not-a-number' };
  if (/^[-−–]/.test(trimmed)) return { ok: false, problem: 'negative' };
  const compact = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  // 25.000 or 25 000 (thousands), then an optional decimal comma: 25000,50.
  if (!/^\d{1,3}(\.\d{3})+(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(compact))
    return { ok: false, problem: 'not-a-number' };
  const value = Number(compact.replace(/\./g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (value > 1e9) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

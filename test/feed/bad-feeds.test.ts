/**
 * Bad feeds, one mistake each: every case clones the minimal fixture, breaks one thing and checks
 * that validation says where (JSON Pointer), what (code) and in words (English and Swedish).
 */
import { expect } from '@open-wc/testing';
import type { FeedProblem } from '../../src/feed/errors.js';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import { validateFeed } from '../../src/feed/validate.js';

/** The smallest valid feed with every section (fetched: the test server serves JSON as JSON). */
const minimal = (await (await fetch(new URL('../fixtures/minimal.json', import.meta.url))).json()) as Feed;

/** Marks a change that deletes the value at its path. */
const REMOVE = Symbol('remove');

type Node = Record<string, unknown>;

/** The parent object or array of a pointer's last token, and that token. */
function locate(doc: unknown, path: string): [Node, string] {
  const tokens = path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = tokens.pop()!;
  let node = doc;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object') throw new Error(`test bug: nothing at ${path}`);
    node = (node as Node)[token];
  }
  if (node === null || typeof node !== 'object') throw new Error(`test bug: nothing at ${path}`);
  return [node as Node, key];
}

/**
 * A copy of the minimal feed with changes applied in order: each key is a JSON Pointer, each
 * value the new value (REMOVE deletes; a last token "-" appends to an array).
 */
function changed(changes: Record<string, unknown>): unknown {
  const doc = structuredClone(minimal) as unknown;
  for (const [path, value] of Object.entries(changes)) {
    const [node, key] = locate(doc, path);
    if (value === REMOVE) delete node[key];
    else if (Array.isArray(node) && key === '-') node.push(value);
    else node[key] = value;
  }
  return doc;
}

const describeProblems = (problems: readonly FeedProblem[]): string =>
  problems.map((p) => `${p.path || '/'} [${p.code}] ${p.message}`).join('\n');

/**
 * Validates in English and Swedish; expects a problem at `path` with `code`, worded (not the bare
 * code), and worded differently in the two languages. Returns the English problems.
 */
function expectProblem(doc: unknown, path: string, code: string): readonly FeedProblem[] {
  const en = validateFeed(doc, { lang: 'en' });
  const sv = validateFeed(doc, { lang: 'sv' });
  expect(en.ok, 'the feed should be refused').to.be.false;
  expect(sv.ok).to.be.false;
  const found = en.problems.find((p) => p.path === path && p.code === code);
  expect(found, `expected ${path || '/'} [${code}] among:\n${describeProblems(en.problems)}`).to.exist;
  expect(found!.message).to.not.equal(code);
  expect(found!.message, 'the message should be words').to.match(/[a-z]{2,}\s+\S+/i);
  const inSwedish = sv.problems.find((p) => p.path === path && p.code === code);
  expect(inSwedish, 'the Swedish run should find the same problem').to.exist;
  expect(inSwedish!.message).to.not.equal(found!.message);
  expect(inSwedish!.message).to.not.equal(code);
  return en.problems;
}

describe('bad feeds', () => {
  it('the minimal fixture itself is valid (the baseline every case breaks)', () => {
    const result = validateFeed(structuredClone(minimal), { lang: 'en' });
    expect(describeProblems(result.problems)).to.equal('');
    expect(result.ok).to.be.true;
  });

  describe('the document as a whole', () => {
    it('version 2 is refused', () => {
      expectProblem(changed({ '/version': 2 }), '/version', 'wrong-value');
    });

    it('version as the string "1" is refused', () => {
      expectProblem(changed({ '/version': '1' }), '/version', 'wrong-value');
    });

    it('a feed without a version', () => {
      expectProblem(changed({ '/version': REMOVE }), '/version', 'required');
    });

    it('a feed that is an array', () => {
      expectProblem([minimal], '', 'wrong-type');
    });

    it('a feed that is null', () => {
      expectProblem(null, '', 'wrong-type');
    });

    it('a string feed', () => {
      expectProblem(JSON.stringify(minimal), '', 'wrong-type');
    });

    it('an unknown section: the typo "goal"', () => {
      const doc = changed({ '/goal': [] });
      expectProblem(doc, '/goal', 'unknown-property');
    });

    it('constructor as a top-level key', () => {
      const doc = JSON.parse('{"version": 1, "constructor": {"prototype": {"polluted": true}}}') as unknown;
      expectProblem(doc, '/constructor', 'unknown-property');
      expect(({} as Node).polluted).to.be.undefined;
    });

    it('a generated time that is not a date and time with offset', () => {
      expectProblem(changed({ '/generated': '2026-05-04 08:00' }), '/generated', 'bad-format');
    });

    it('February 30 as the generated date', () => {
      expectProblem(changed({ '/generated': '2026-02-30T08:00:00+01:00' }), '/generated', 'invalid-date');
    });
  });

  describe('texts', () => {
    it('text as a number', () => {
      expectProblem(changed({ '/goals/0/title': 42 }), '/goals/0/title', 'wrong-type');
    });

    it('a missing required title', () => {
      expectProblem(changed({ '/goals/0/title': REMOVE }), '/goals/0/title', 'required');
    });

    it('a bad language tag key "EN"', () => {
      expectProblem(changed({ '/goals/0/title/EN': 'A good place' }), '/goals/0/title/EN', 'bad-key');
    });

    it('an empty text map', () => {
      expectProblem(changed({ '/goals/0/title': {} }), '/goals/0/title', 'too-few');
    });

    it('a number inside a text map', () => {
      expectProblem(changed({ '/goals/0/title/en': 7 }), '/goals/0/title/en', 'wrong-type');
    });

    it('a text longer than 5000 characters', () => {
      expectProblem(
        changed({ '/goals/1/description': 'x'.repeat(5001) }),
        '/goals/1/description',
        'too-long',
      );
    });

    it('an HTML string is kept as text, not refused', () => {
      const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
      const result = validateFeed(changed({ '/goals/0/title': html }), { lang: 'en' });
      expect(describeProblems(result.problems)).to.equal('');
      expect(result.ok).to.be.true;
      expect(result.feed?.goals?.[0]?.title).to.equal(html);
    });

    it('a __proto__ key in a text map changes nothing global', () => {
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
      const text = JSON.stringify(minimal).replace(
        '"title":{"sv":"En bra plats att leva på"',
        '"title":{"__proto__":{"polluted":true},"sv":"En bra plats att leva på"',
      );
      expect(text).to.contain('__proto__');
      const doc = JSON.parse(text) as unknown;
      const problems = expectProblem(doc, '/goals/0/title/__proto__', 'bad-key');
      expect(problems).to.have.length(1);
      expect(({} as Node).polluted).to.be.undefined;
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeKeys);
    });
  });

  describe('organization', () => {
    it('an unknown time zone', () => {
      expectProblem(
        changed({ '/organization/timeZone': 'Europe/Atlantis' }),
        '/organization/timeZone',
        'invalid-time-zone',
      );
    });

    it('a time zone with a space', () => {
      expectProblem(
        changed({ '/organization/timeZone': 'Europe/New York' }),
        '/organization/timeZone',
        'bad-format',
      );
    });

    it('a three-digit municipality code', () => {
      expectProblem(
        changed({ '/organization/municipalityCode': '484' }),
        '/organization/municipalityCode',
        'bad-format',
      );
    });

    it('an unknown unit parent', () => {
      expectProblem(
        changed({ '/organization/units/1/parent': 'kommunstyrelsen' }),
        '/organization/units/1/parent',
        'unknown-reference',
      );
    });

    it('two units that are each other’s parent', () => {
      expectProblem(
        changed({ '/organization/units/0/parent': 'bun' }),
        '/organization/units/1/parent',
        'cycle',
      );
    });

    it('an unknown unit type', () => {
      expectProblem(
        changed({ '/organization/units/1/type': 'nämnd' }),
        '/organization/units/1/type',
        'not-allowed',
      );
    });

    it('an id with a space', () => {
      expectProblem(
        changed({
          '/organization/units/1/id': 'barn och utbildning',
          '/organization/units/1/parent': REMOVE,
        }),
        '/organization/units/1/id',
        'bad-format',
      );
    });
  });

  describe('goals', () => {
    it('a goal whose parent does not exist', () => {
      expectProblem(changed({ '/goals/1/parent': 'visionen' }), '/goals/1/parent', 'unknown-reference');
    });

    it('a goal that is its own parent', () => {
      expectProblem(changed({ '/goals/1/parent': 'sm-1' }), '/goals/1/parent', 'self-parent');
    });

    it('a cycle of three goals', () => {
      const problems = expectProblem(changed({ '/goals/0/parent': 'at-1' }), '/goals/1/parent', 'cycle');
      expect(problems.filter((p) => p.code === 'cycle')).to.have.length(1);
      expect(problems[0]!.message).to.contain('vision → at-1 → sm-1 → vision');
    });

    it('a duplicate goal id', () => {
      const doc = changed({
        '/goals/-': { id: 'sm-1', level: 'strategic-goal', parent: 'vision', title: 'Igen' },
      });
      const problems = expectProblem(doc, '/goals/3/id', 'duplicate-id');
      expect(problems[0]!.message).to.contain('/goals/1/id');
    });

    it('an unknown goal level', () => {
      expectProblem(changed({ '/goals/2/level': 'åtagande' }), '/goals/2/level', 'not-allowed');
    });

    it('an unknown indicator reference from a goal', () => {
      expectProblem(
        changed({ '/goals/1/indicators/0': 'ind-behörighet' }),
        '/goals/1/indicators/0',
        'bad-format',
      );
      expectProblem(
        changed({ '/goals/1/indicators/0': 'ind-saknas' }),
        '/goals/1/indicators/0',
        'unknown-reference',
      );
    });

    it('an unknown owner', () => {
      expectProblem(changed({ '/goals/0/owner': 'ks' }), '/goals/0/owner', 'unknown-reference');
    });

    it('negative progress', () => {
      expectProblem(changed({ '/goals/2/progress': -5 }), '/goals/2/progress', 'too-small');
    });

    it('progress over 100', () => {
      expectProblem(changed({ '/goals/2/progress': 100.5 }), '/goals/2/progress', 'too-large');
    });

    it('progress as a string with a percent sign', () => {
      expectProblem(changed({ '/goals/2/progress': '40 %' }), '/goals/2/progress', 'wrong-type');
    });

    it('a term of office that ends before it starts', () => {
      expectProblem(
        changed({ '/goals/1/period': { from: '2026', to: '2023' } }),
        '/goals/1/period',
        'range-order',
      );
    });

    it('a tertial T4', () => {
      expectProblem(
        changed({ '/goals/2/verdict/period': '2026-T4' }),
        '/goals/2/verdict/period',
        'bad-format',
      );
    });

    it('a verdict without a status', () => {
      expectProblem(changed({ '/goals/2/verdict/status': REMOVE }), '/goals/2/verdict/status', 'required');
    });

    it('an unknown status', () => {
      expectProblem(changed({ '/goals/1/status': 'green' }), '/goals/1/status', 'not-allowed');
    });
  });

  describe('indicators', () => {
    it('a duplicate indicator id', () => {
      const doc = changed({ '/indicators/1/id': 'ind-behorighet' });
      expectProblem(doc, '/indicators/1/id', 'duplicate-id');
    });

    it('month 13', () => {
      expectProblem(
        changed({ '/indicators/1/values/1/period': '2026-13' }),
        '/indicators/1/values/1/period',
        'bad-format',
      );
    });

    it('a duplicate period in values', () => {
      expectProblem(
        changed({ '/indicators/0/values/1/period': '2023' }),
        '/indicators/0/values/1/period',
        'duplicate-period',
      );
    });

    it('a duplicate period in targets', () => {
      expectProblem(
        changed({ '/indicators/0/targets/1/period': '2025' }),
        '/indicators/0/targets/1/period',
        'duplicate-period',
      );
    });

    it('a percent value of Infinity (1e999 in JSON text)', () => {
      const text = JSON.stringify(changed({ '/indicators/0/values/1/value': 'INFINITY' })).replace(
        '"INFINITY"',
        '1e999',
      );
      const doc = JSON.parse(text) as unknown;
      expect(JSON.stringify(doc)).to.contain('"value":null'); // JSON.parse made it Infinity
      expectProblem(doc, '/indicators/0/values/1/value', 'not-finite');
    });

    it('NaN as a target (an object built in code, not JSON)', () => {
      expectProblem(
        changed({ '/indicators/0/targets/0/value': Number.NaN }),
        '/indicators/0/targets/0/value',
        'not-finite',
      );
    });

    it('wrong type for values', () => {
      expectProblem(
        changed({ '/indicators/0/values': { 2023: 80.1 } }),
        '/indicators/0/values',
        'wrong-type',
      );
    });

    it('missing values', () => {
      expectProblem(changed({ '/indicators/1/values': REMOVE }), '/indicators/1/values', 'required');
    });

    it('an observation without a period', () => {
      expectProblem(
        changed({ '/indicators/0/values/0/period': REMOVE }),
        '/indicators/0/values/0/period',
        'required',
      );
    });

    it('min above max in a target', () => {
      expectProblem(
        changed({ '/indicators/0/targets/1/min': 95 }),
        '/indicators/0/targets/1',
        'min-above-max',
      );
    });

    it('a target with nothing but a period', () => {
      expectProblem(
        changed({ '/indicators/0/targets/0/value': REMOVE }),
        '/indicators/0/targets/0',
        'too-few',
      );
    });

    it('a baseline without a value', () => {
      expectProblem(
        changed({ '/indicators/0/baseline': '2025' }),
        '/indicators/0/baseline',
        'missing-baseline',
      );
    });

    it('ranges not ascending', () => {
      expectProblem(
        changed({ '/indicators/0/ranges/1/to': 75 }),
        '/indicators/0/ranges/1/to',
        'ranges-order',
      );
    });

    it('a negative share', () => {
      expectProblem(
        changed({ '/indicators/0/values/1/value': -3 }),
        '/indicators/0/values/1/value',
        'negative-value',
      );
    });

    it('a negative value for women in a comparison series', () => {
      expectProblem(
        changed({ '/indicators/0/comparisons/0/values/0/women': -1 }),
        '/indicators/0/comparisons/0/values/0/women',
        'negative-value',
      );
    });

    it('a negative amount of money is allowed (a deficit)', () => {
      const feed = changed({ '/indicators/0/unit': 'mnkr', '/indicators/0/values/1/value': -12.5 });
      expect(validateFeed(feed).ok).to.equal(true);
    });

    it('an unknown unit of measure', () => {
      expectProblem(changed({ '/indicators/0/unit': '%' }), '/indicators/0/unit', 'not-allowed');
    });

    it('decimals as a fraction', () => {
      expectProblem(changed({ '/indicators/0/decimals': 1.5 }), '/indicators/0/decimals', 'wrong-type');
    });

    it('a Kolada id in lower case', () => {
      expectProblem(
        changed({ '/indicators/0/source/kolada': 'n15419' }),
        '/indicators/0/source/kolada',
        'bad-format',
      );
    });
  });

  describe('budget', () => {
    it('a budget leaf without amount', () => {
      expectProblem(
        changed({ '/budget/years/0/costs/1/amount': REMOVE }),
        '/budget/years/0/costs/1',
        'missing-amount',
      );
    });

    it('a parent amount that is not the sum of its children', () => {
      const problems = expectProblem(
        changed({ '/budget/years/0/costs/0/amount': 3600 }),
        '/budget/years/0/costs/0/amount',
        'sum-mismatch',
      );
      expect(problems[0]!.message).to.contain('3500');
    });

    it('a duplicate budget year and kind', () => {
      const doc = changed({ '/budget/years/-': { year: 2026, kind: 'budget' } });
      expectProblem(doc, '/budget/years/1/year', 'duplicate-year');
    });

    it('a budget item linking an unknown goal', () => {
      expectProblem(
        changed({ '/budget/years/0/costs/0/goals/0': 'sm-9' }),
        '/budget/years/0/costs/0/goals/0',
        'unknown-reference',
      );
    });

    it('a duplicate budget item id across revenue and costs', () => {
      expectProblem(
        changed({ '/budget/years/0/costs/1/id': 'skatt' }),
        '/budget/years/0/costs/1/id',
        'duplicate-id',
      );
    });

    it('null where a number is required', () => {
      expectProblem(
        changed({ '/budget/years/0/revenue/0/amount': null }),
        '/budget/years/0/revenue/0/amount',
        'wrong-type',
      );
    });

    it('a tax rate of 0', () => {
      expectProblem(changed({ '/budget/years/0/taxRate': 0 }), '/budget/years/0/taxRate', 'not-above');
    });

    it('an empty years list', () => {
      expectProblem(changed({ '/budget/years': [] }), '/budget/years', 'too-few');
    });

    it('a year as a string', () => {
      expectProblem(changed({ '/budget/years/0/year': '2026' }), '/budget/years/0/year', 'wrong-type');
    });

    it('an amount unit that is not kr, tkr or mnkr', () => {
      expectProblem(changed({ '/budget/unit': 'SEK' }), '/budget/unit', 'not-allowed');
    });
  });

  describe('contacts', () => {
    const schedule = '/contacts/0/schedules/0';
    const firstInterval = `${schedule}/weekly/0/hours/0`;

    it('a contact schedule pointing to an unknown office', () => {
      expectProblem(changed({ [`${schedule}/office`]: 'varjan' }), `${schedule}/office`, 'unknown-reference');
    });

    it('a channel staffed by an unknown schedule', () => {
      expectProblem(
        changed({ '/contacts/0/channels/0/schedule': 'chattid' }),
        '/contacts/0/channels/0/schedule',
        'unknown-reference',
      );
    });

    it('a channel with a javascript: href', () => {
      expectProblem(
        changed({ '/contacts/0/channels/1/href': 'javascript:alert(1)' }),
        '/contacts/0/channels/1/href',
        'bad-format',
      );
    });

    it('a channel href with a data: URL', () => {
      expectProblem(
        changed({ '/contacts/0/channels/1/href': 'data:text/html,<script>alert(1)</script>' }),
        '/contacts/0/channels/1/href',
        'bad-format',
      );
    });

    it('a protocol-relative link //evil.example', () => {
      expectProblem(
        changed({ '/feedback/endpoint': '//evil.example/collect' }),
        '/feedback/endpoint',
        'bad-format',
      );
    });

    it('a link with a space in it', () => {
      expectProblem(
        changed({ '/organization/website': 'https://kommun.example/om oss' }),
        '/organization/website',
        'bad-format',
      );
    });

    it('an invalid time 25:00', () => {
      expectProblem(changed({ [`${firstInterval}/close`]: '25:00' }), `${firstInterval}/close`, 'bad-format');
    });

    it('a time without a leading zero, 8:00', () => {
      expectProblem(changed({ [`${firstInterval}/open`]: '8:00' }), `${firstInterval}/open`, 'bad-format');
    });

    it('opening at 24:00', () => {
      expectProblem(
        changed({ [`${firstInterval}/open`]: '24:00' }),
        `${firstInterval}/open`,
        'open-at-midnight-end',
      );
    });

    it('the same open and close time', () => {
      expectProblem(changed({ [`${firstInterval}/close`]: '08:00' }), firstInterval, 'empty-interval');
    });

    it('an unknown weekday', () => {
      expectProblem(
        changed({ [`${schedule}/weekly/0/days/0`]: 'mån' }),
        `${schedule}/weekly/0/days/0`,
        'not-allowed',
      );
    });

    it('a weekday named twice in one rule', () => {
      expectProblem(
        changed({ [`${schedule}/weekly/0/days/-`]: 'mon' }),
        `${schedule}/weekly/0/days/5`,
        'duplicate',
      );
    });

    it('February 30 as an exception date', () => {
      expectProblem(
        changed({ [`${schedule}/exceptions/0/date`]: '2026-02-30' }),
        `${schedule}/exceptions/0/date`,
        'invalid-date',
      );
    });

    it('the same exception date twice', () => {
      const doc = changed({ [`${schedule}/exceptions/-`]: { date: '2026-12-28', hours: [] } });
      const problems = expectProblem(doc, `${schedule}/exceptions/1/date`, 'duplicate-date');
      expect(problems[0]!.message).to.contain('2026-12-28');
    });

    it('a bridge day that is not a real date', () => {
      expectProblem(
        changed({ [`${schedule}/bridgeDays/0`]: '2026-04-31' }),
        `${schedule}/bridgeDays/0`,
        'invalid-date',
      );
    });

    it('an unknown kind of day in a rule', () => {
      expectProblem(
        changed({ [`${schedule}/rules/0/on`]: 'christmas' }),
        `${schedule}/rules/0/on`,
        'not-allowed',
      );
    });

    it('a schedule without weekly hours', () => {
      expectProblem(changed({ [`${schedule}/weekly`]: REMOVE }), `${schedule}/weekly`, 'required');
    });

    it('a postal code with letters', () => {
      expectProblem(
        changed({ '/contacts/0/offices/0/address/postalCode': 'SE-632 20' }),
        '/contacts/0/offices/0/address/postalCode',
        'bad-format',
      );
    });

    it('a person in an unknown unit', () => {
      expectProblem(
        changed({ '/contacts/0/people/0/unit': 'ks' }),
        '/contacts/0/people/0/unit',
        'unknown-reference',
      );
    });

    it('an e-mail address without a domain', () => {
      expectProblem(
        changed({ '/contacts/0/people/0/email': 'anna.andersson' }),
        '/contacts/0/people/0/email',
        'bad-format',
      );
    });

    it('an unknown schedule time zone', () => {
      expectProblem(
        changed({ '/contacts/0/schedules/1/timeZone': 'Mars/Olympus_Mons' }),
        '/contacts/0/schedules/1/timeZone',
        'invalid-time-zone',
      );
    });
  });

  describe('feedback', () => {
    it('a negative comment length', () => {
      expectProblem(changed({ '/feedback/commentMaxLength': -1 }), '/feedback/commentMaxLength', 'too-small');
    });

    it('an unknown feedback field', () => {
      expectProblem(
        changed({ '/feedback/email': 'kontakt@kommun.example' }),
        '/feedback/email',
        'unknown-property',
      );
    });
  });
});

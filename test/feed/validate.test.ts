import { expect } from '@open-wc/testing';
import { checkFeed } from '../../src/feed/check.js';
import type { FeedProblem } from '../../src/feed/errors.js';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import { validateContactsSection } from '../../src/feed/generated/validate-contacts-section.js';
import { PROBLEM_CODES, problemMessage } from '../../src/feed/messages.js';
import { validateFeed } from '../../src/feed/validate.js';

/** The smallest valid feed with every section (fetched: the test server serves JSON as JSON). */
const minimal = (await (await fetch(new URL('../fixtures/minimal.json', import.meta.url))).json()) as Feed;

/** A copy of the minimal feed with values set at JSON Pointers (the parents must exist). */
function changed(changes: Record<string, unknown>): unknown {
  const doc = structuredClone(minimal) as unknown;
  for (const [path, value] of Object.entries(changes)) {
    const tokens = path.slice(1).split('/');
    const key = tokens.pop()!;
    let node = doc as Record<string, unknown>;
    for (const token of tokens) node = node[token] as Record<string, unknown>;
    node[key] = value;
  }
  return doc;
}

const describeProblems = (problems: readonly FeedProblem[]): string =>
  problems.map((p) => `${p.path || '/'} [${p.code}] ${p.message}`).join('\n');

/** Parameters that every message template can put in words. */
const SAMPLE_PARAMS = {
  expected: 'number',
  actual: 'string',
  allowed: ['a', 'b'],
  format: 'date',
  limit: 2,
  of: 'items',
  id: 'x',
  first: '/goals/0/id',
  target: '/goals',
  ids: ['a', 'b', 'a'],
  from: '2026',
  to: '2023',
  period: '2026',
  date: '2026-02-30',
  zone: 'Mars/Base',
  amount: 10,
  sum: 9,
  year: 2026,
  kind: 'budget',
  value: -3,
  unit: 'percent',
};

describe('validateFeed', () => {
  it('passes the minimal fixture with no problems, in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      const result = validateFeed(structuredClone(minimal), { lang });
      expect(describeProblems(result.problems)).to.equal('');
      expect(result.ok).to.be.true;
      expect(result.feed?.version).to.equal(1);
    }
  });

  it('passes the demo feed (demo/feed.json)', async () => {
    const response = await fetch('/demo/feed.json');
    expect(response.ok, 'demo/feed.json should exist').to.be.true;
    const result = validateFeed(await response.json(), { lang: 'en' });
    expect(describeProblems(result.problems)).to.equal('');
    expect(result.ok).to.be.true;
  });

  it('defaults to Swedish messages', () => {
    const result = validateFeed({ version: 2 });
    expect(result.problems[0]!.message).to.equal(problemMessage('wrong-value', { expected: 1 }, 'sv'));
  });

  describe('messages', () => {
    it('has distinct Swedish and English words for every problem code', () => {
      expect(PROBLEM_CODES.length).to.be.greaterThan(20);
      for (const code of PROBLEM_CODES) {
        const sv = problemMessage(code, SAMPLE_PARAMS, 'sv');
        const en = problemMessage(code, SAMPLE_PARAMS, 'en');
        expect(sv, code).to.not.equal(code);
        expect(en, code).to.not.equal(code);
        expect(sv, code).to.not.equal(en);
        expect(en, code).to.not.contain('undefined');
        expect(sv, code).to.not.contain('undefined');
      }
    });

    it('codes are unique', () => {
      expect(new Set(PROBLEM_CODES).size).to.equal(PROBLEM_CODES.length);
    });

    it('shows an unknown code as is rather than losing it', () => {
      expect(problemMessage('no-such-code', {}, 'en')).to.equal('no-such-code');
    });
  });

  describe('section-limited checking', () => {
    const sections = ['organization', 'contacts'] as const;

    it('ignores a broken goal reference when only organization and contacts are checked', () => {
      const doc = structuredClone(minimal) as unknown as { goals: { parent?: string }[] };
      doc.goals[1]!.parent = 'no-such-goal';
      expect(validateFeed(doc).ok, 'the whole feed is refused').to.be.false;
      const result = checkFeed(doc, validateContactsSection, { sections, lang: 'en' });
      expect(describeProblems(result.problems)).to.equal('');
      expect(result.ok).to.be.true;
    });

    it('ignores a goals section that is not even a list', () => {
      const doc = { ...structuredClone(minimal), goals: 'not a list', indicators: [null, 5] };
      const result = checkFeed(doc, validateContactsSection, { sections, lang: 'en' });
      expect(describeProblems(result.problems)).to.equal('');
      expect(result.ok).to.be.true;
    });

    it('still catches an unknown top-level key', () => {
      const doc = { ...structuredClone(minimal), contact: [] };
      const result = checkFeed(doc, validateContactsSection, { sections, lang: 'en' });
      expect(result.ok).to.be.false;
      expect(result.problems.map((p) => [p.path, p.code])).to.deep.include(['/contact', 'unknown-property']);
    });

    it('still catches a broken reference inside contacts', () => {
      const doc = structuredClone(minimal);
      doc.contacts![0]!.schedules![0]!.office = 'varjan';
      const result = checkFeed(doc, validateContactsSection, { sections, lang: 'en' });
      expect(result.problems.map((p) => [p.path, p.code])).to.deep.equal([
        ['/contacts/0/schedules/0/office', 'unknown-reference'],
      ]);
    });
  });

  describe('problems are unique per path', () => {
    it('in a feed with many mistakes', () => {
      const doc = changed({
        '/goal': [],
        '/goals/0/title': { EN: 5, sv: 7, de: 'x'.repeat(6000) },
        '/goals/1/progress': '50',
        '/indicators/0/values/0/value': 'high',
        '/indicators/0/values/0/period': '2026-T4',
        '/budget/years/0/taxRate': -1,
        '/contacts/0/channels/1/href': 'javascript:void(0)',
      });
      const result = validateFeed(doc, { lang: 'en' });
      expect(result.ok).to.be.false;
      const paths = result.problems.map((p) => p.path);
      expect(paths.length).to.be.greaterThan(6);
      expect(new Set(paths).size, describeProblems(result.problems)).to.equal(paths.length);
    });

    it('when one date is both impossible and repeated', () => {
      const doc = structuredClone(minimal);
      const exceptions = doc.contacts![0]!.schedules![0]!.exceptions!;
      exceptions[0]!.date = '2026-02-30';
      exceptions.push({ date: '2026-02-30', hours: [], note: 'Igen' });
      const result = validateFeed(doc, { lang: 'en' });
      const paths = result.problems.map((p) => p.path);
      expect(paths).to.include('/contacts/0/schedules/0/exceptions/1/date');
      expect(new Set(paths).size, describeProblems(result.problems)).to.equal(paths.length);
    });
  });

  describe('never throws', () => {
    const deepArray = (): unknown => {
      let value: unknown = [];
      for (let i = 0; i < 10_000; i++) value = [value];
      return value;
    };
    const deepBudget = (): unknown => {
      let item: Record<string, unknown> = { id: 'leaf', title: 'x', amount: 1 };
      for (let i = 0; i < 10_000; i++) item = { id: `n${i}`, title: 'x', children: [item] };
      return { version: 1, budget: { unit: 'kr', years: [{ year: 2026, kind: 'budget', costs: [item] }] } };
    };
    const selfContaining = (): unknown => {
      const item: Record<string, unknown> = { id: 'loop', title: 'x' };
      item.children = [item];
      return { version: 1, budget: { unit: 'kr', years: [{ year: 2026, kind: 'budget', costs: [item] }] } };
    };
    const throwingGetter = (): unknown => ({
      get version(): number {
        throw new Error('boom');
      },
    });
    const weird: [string, () => unknown][] = [
      ['undefined', () => undefined],
      ['a function', () => () => 1],
      ['a symbol', () => Symbol('feed')],
      ['a bigint', () => 10n],
      ['NaN', () => Number.NaN],
      ['a 10 000-deep nested array', deepArray],
      ['a 10 000-deep nested array as the goals', () => ({ version: 1, goals: deepArray() })],
      ['a 10 000-deep budget tree', deepBudget],
      ['a budget item that contains itself', selfContaining],
      ['a huge string', () => 'x'.repeat(5_000_000)],
      [
        'a huge string as a title',
        () => ({ version: 1, goals: [{ id: 'a', level: 'vision', title: 'x'.repeat(5_000_000) }] }),
      ],
      ['an object without a prototype', () => Object.assign(Object.create(null) as object, { version: 1 })],
      ['a Date', () => new Date(0)],
      ['a Map', () => new Map([['version', 1]])],
      ['a getter that throws', throwingGetter],
    ];
    for (const [name, make] of weird) {
      it(`for ${name}`, () => {
        const doc = make();
        for (const lang of ['sv', 'en'] as const) {
          const result = validateFeed(doc, { lang });
          expect(result.problems).to.be.an('array');
          for (const p of result.problems) {
            expect(p.path).to.be.a('string');
            expect(p.message).to.be.a('string').and.not.equal('');
          }
        }
      });
    }

    it('and a prototype-less object with a version is accepted', () => {
      const doc = Object.assign(Object.create(null) as object, { version: 1 });
      expect(validateFeed(doc).ok).to.be.true;
    });
  });
});

import { expect } from '@open-wc/testing';
import { checkFeed } from '../../src/feed/check.js';
import type { Feed } from '../../src/feed/generated/feed-types.js';
import { validateFeed as validateFeedSchema } from '../../src/feed/generated/validate-feed.js';
import { check as checkWithWholeFeed } from '../../src/feed/sections/all.js';
import { check as checkGoals } from '../../src/feed/sections/goals.js';
import type { GeneratedValidator } from '../../src/feed/validator-types.js';

const minimal = (await (await fetch(new URL('../fixtures/minimal.json', import.meta.url))).json()) as Feed;

/** The whole-feed validator, counting how often it runs. */
function counting(): GeneratedValidator & { calls: number } {
  const validator = Object.assign(
    (data: unknown) => {
      validator.calls++;
      const ok = validateFeedSchema(data);
      validator.errors = validateFeedSchema.errors;
      return ok;
    },
    { calls: 0, errors: null as GeneratedValidator['errors'] },
  );
  return validator;
}

describe('checkFeed with sections', () => {
  it('validates one shared document once, however many elements check it', () => {
    const doc = structuredClone(minimal);
    const validator = counting();
    for (const sections of [['goals'], ['budget'], ['contacts'], ['feedback'], ['goals']] as const) {
      expect(checkFeed(doc, validator, { sections: ['organization', ...sections] }).ok).to.equal(true);
    }
    expect(validator.calls).to.equal(1);
  });

  it('a new document is validated again', () => {
    const validator = counting();
    checkFeed(structuredClone(minimal), validator);
    checkFeed(structuredClone(minimal), validator);
    expect(validator.calls).to.equal(2);
  });

  it('a broken budget does not stop the goals, with the whole-feed validator of the all-in-one bundle', () => {
    const doc = structuredClone(minimal);
    (doc.budget as unknown as { unit: string }).unit = 'miljarder';
    const goals = checkWithWholeFeed(doc, { sections: ['organization', 'goals', 'indicators'] });
    expect(goals.ok).to.equal(true);
    const budget = checkWithWholeFeed(doc, { sections: ['organization', 'budget'] });
    expect(budget.ok).to.equal(false);
    expect(budget.problems.map((p) => p.path)).to.deep.equal(['/budget/unit']);
  });

  it('gives the same verdict with the whole-feed validator as with the section validator', () => {
    const doc = structuredClone(minimal);
    doc.goals![1]!.parent = 'nowhere';
    (doc.budget as unknown as { unit: string }).unit = 'miljarder';
    const options = { lang: 'en' as const, sections: ['organization', 'goals', 'indicators'] as const };
    expect(checkWithWholeFeed(doc, options).problems).to.deep.equal(checkGoals(doc, options).problems);
    expect(checkGoals(doc, options).problems.map((p) => p.path)).to.deep.equal(['/goals/1/parent']);
  });

  it('a problem with the document itself counts for every element', () => {
    const doc = { ...structuredClone(minimal), version: 2 };
    for (const sections of [['goals'], ['budget'], ['contacts'], ['feedback']] as const) {
      const result = checkWithWholeFeed(doc, { sections });
      expect(result.problems.map((p) => p.path)).to.deep.equal(['/version']);
    }
  });

  it('an unknown top-level key counts for every element (a typo in a section name)', () => {
    const doc = { ...structuredClone(minimal), goal: [] };
    expect(checkWithWholeFeed(doc, { sections: ['contacts'] }).problems.map((p) => p.path)).to.deep.equal([
      '/goal',
    ]);
  });
});

import { expect } from '@open-wc/testing';
import { checkFeed } from '../../src/feed/check.js';
import { checkSections } from '../../src/feed/check-sections.js';
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

  it('a broken budget does not stop the goals, with the whole-feed validator of the all-in-one bundle', async () => {
    const doc = structuredClone(minimal);
    (doc.budget as unknown as { unit: string }).unit = 'miljarder';
    const goals = await checkWithWholeFeed(doc, { sections: ['organization', 'goals', 'indicators'] });
    expect(goals.ok).to.equal(true);
    const budget = await checkWithWholeFeed(doc, { sections: ['organization', 'budget'] });
    expect(budget.ok).to.equal(false);
    expect(budget.problems.map((p) => p.path)).to.deep.equal(['/budget/unit']);
  });

  it('gives the same verdict with the whole-feed validator as with the section validator', async () => {
    const doc = structuredClone(minimal);
    doc.goals![1]!.parent = 'nowhere';
    (doc.budget as unknown as { unit: string }).unit = 'miljarder';
    const options = { lang: 'en' as const, sections: ['organization', 'goals', 'indicators'] as const };
    expect((await checkWithWholeFeed(doc, options)).problems).to.deep.equal(
      (await checkGoals(doc, options)).problems,
    );
    expect((await checkGoals(doc, options)).problems.map((p) => p.path)).to.deep.equal(['/goals/1/parent']);
  });

  it('a problem with the document itself counts for every element', async () => {
    const doc = { ...structuredClone(minimal), version: 2 };
    for (const sections of [['goals'], ['budget'], ['contacts'], ['feedback']] as const) {
      const result = await checkWithWholeFeed(doc, { sections });
      expect(result.problems.map((p) => p.path)).to.deep.equal(['/version']);
    }
  });

  it('an unknown top-level key counts for every element (a typo in a section name)', async () => {
    const doc = { ...structuredClone(minimal), goal: [] };
    expect(
      (await checkWithWholeFeed(doc, { sections: ['contacts'] })).problems.map((p) => p.path),
    ).to.deep.equal(['/goal']);
  });

  it('reports problems in sections the element does not read as elsewhere, not as its own', async () => {
    const doc = structuredClone(minimal);
    (doc.budget as unknown as { unit: string }).unit = 'miljarder';
    const goals = await checkWithWholeFeed(doc, { sections: ['organization', 'goals'] });
    expect(goals.ok).to.equal(true);
    expect(goals.elsewhere.map((p) => p.path)).to.deep.equal(['/budget/unit']);
    expect(goals.omitted).to.deep.equal([]);
  });
});

describe('checkFeed with optional sections', () => {
  const budgetOptions = {
    sections: ['organization', 'budget'],
    optional: ['goals', 'indicators'],
  } as const;

  it('a broken optional section is left out of the feed, and its problems do not fail the check', async () => {
    const doc = structuredClone(minimal);
    (doc.goals![0] as unknown as { status: string }).status = 'grön';
    for (const check of [
      checkWithWholeFeed,
      (d: unknown, o: typeof budgetOptions) => checkFeed(d, validateFeedSchema, o),
    ]) {
      const result = await check(doc, budgetOptions);
      expect(result.ok).to.equal(true);
      expect(result.omitted).to.deep.equal(['goals']);
      expect(result.elsewhere.map((p) => p.path)).to.deep.equal(['/goals/0/status']);
      expect(result.feed!.goals).to.equal(undefined);
      expect(result.feed!.indicators).to.equal(doc.indicators);
      expect(result.feed!.budget).to.equal(doc.budget);
    }
    // The document itself is not changed: other elements on the page share it.
    expect(doc.goals).to.have.length(minimal.goals!.length);
  });

  it('references into a valid optional section are followed, into a left-out one not', () => {
    const doc = structuredClone(minimal);
    doc.budget!.years[0].costs![0]!.goals = ['finns-inte'];
    const kept = checkFeed(doc, validateFeedSchema, budgetOptions);
    expect(kept.ok).to.equal(false);
    expect(kept.problems.map((p) => p.path)).to.deep.equal(['/budget/years/0/costs/0/goals/0']);
    // A new document: checks are cached per document, which is treated as read-only.
    const broken = structuredClone(doc);
    (broken.goals![0] as unknown as { status: string }).status = 'grön';
    const left = checkFeed(broken, validateFeedSchema, budgetOptions);
    expect(left.ok).to.equal(true);
    expect(left.omitted).to.deep.equal(['goals']);
  });

  it('a valid optional section is kept, and a broken needed section still fails', () => {
    const doc = structuredClone(minimal);
    doc.budget!.years[0].costs![0]!.amount = 1;
    const result = checkFeed(doc, validateFeedSchema, budgetOptions);
    expect(result.ok).to.equal(false);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['/budget/years/0/costs/0/amount']);
    expect(result.omitted).to.deep.equal([]);
  });

  it('elements sharing a document share the copy without the broken section', () => {
    const doc = structuredClone(minimal);
    (doc.goals![0] as unknown as { status: string }).status = 'grön';
    const first = checkFeed(doc, validateFeedSchema, budgetOptions);
    const second = checkFeed(doc, validateFeedSchema, budgetOptions);
    expect(first.feed).to.equal(second.feed);
  });

  it('without sections, optional means nothing: the whole feed counts', () => {
    const doc = structuredClone(minimal);
    (doc.goals![0] as unknown as { status: string }).status = 'grön';
    const result = checkFeed(doc, validateFeedSchema, { optional: ['goals'] });
    expect(result.ok).to.equal(false);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['/goals/0/status']);
  });
});

describe('checkSections (what elements run)', () => {
  it('checks a valid feed with one run of the validator, and gives what checkFeed gives without warnings', async () => {
    const doc = structuredClone(minimal);
    const validator = counting();
    const options = { sections: ['organization', 'goals', 'indicators'] as const };
    const quick = await checkSections(doc, validator, options);
    expect(validator.calls).to.equal(1);
    const full = checkFeed(structuredClone(minimal), validateFeedSchema, { ...options, warnings: false });
    expect({ ...quick, feed: undefined }).to.deep.equal({ ...full, feed: undefined });
    expect(quick.feed).to.equal(doc);
  });

  it('words schema problems, problems beyond the schema and problems elsewhere like checkFeed', async () => {
    const doc = structuredClone(minimal);
    doc.goals![1]!.parent = 'nowhere';
    (doc.budget as unknown as { unit: string }).unit = 'miljarder';
    for (const options of [
      { lang: 'en', sections: ['organization', 'goals', 'indicators'] },
      { lang: 'sv', sections: ['organization', 'budget'] },
      { lang: 'sv', sections: ['organization', 'budget'], optional: ['goals'] },
    ] as const) {
      const lazy = await checkSections(doc, validateFeedSchema, options);
      const full = checkFeed(doc, validateFeedSchema, { ...options, warnings: false });
      expect(lazy).to.deep.equal(full);
      expect(lazy.ok ? lazy.elsewhere : lazy.problems).not.to.be.empty;
    }
  });

  it('turns a document that is not an object into a problem, not a rejection', async () => {
    for (const doc of [null, 42, 'feed', []]) {
      const result = await checkSections(doc, validateFeedSchema, { sections: ['goals'] });
      expect(result.ok).to.equal(false);
      expect(result.problems[0]!.message).to.be.a('string').and.not.be.empty;
    }
  });
});

describe('checkFeed warnings option', () => {
  it('finds warnings by default and none with warnings: false', () => {
    const doc = structuredClone(minimal);
    delete (doc.indicators![0] as { baseline?: unknown }).baseline;
    const options = { sections: ['organization', 'goals', 'indicators'] as const };
    const withWarnings = checkFeed(doc, validateFeedSchema, options);
    expect(withWarnings.warnings.map((w) => w.code)).to.include('no-baseline');
    const without = checkFeed(structuredClone(doc), validateFeedSchema, { ...options, warnings: false });
    expect(without.ok).to.equal(true);
    expect(without.warnings).to.deep.equal([]);
  });
});

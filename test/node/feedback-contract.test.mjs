// The feedback wire contract (src/feedback-prompt/contract.ts, `insyn/feedback-contract`): what
// <feedback-prompt> sends passes the schema the service validates with, and what the schema
// refuses is what the service refuses. The schema is compiled as Fastify compiles it (Ajv 8 with
// ajv-formats, nothing removed or coerced). Needs lib/ built (`node scripts/build-lib.mjs`).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import {
  acceptableText,
  EARLIEST_CREATED_AT,
  FEEDBACK_BODY_SCHEMA,
  FEEDBACK_LANGS,
  MAX_COMMENT_LENGTH,
  MAX_PAGE_LENGTH,
  maskComment,
  VERSION,
} from 'insyn/feedback-contract';
import { pagePath } from '../../lib/feedback-prompt/page-path.js';

const ajv = new Ajv({ removeAdditional: false, coerceTypes: false, useDefaults: false });
addFormats(ajv);
const valid = ajv.compile(FEEDBACK_BODY_SCHEMA);

/** A body built as feedback-flow.ts builds it: the answer ('' comment), or a comment on it. */
function elementBody({ comment = '', answerKey, ...rest } = {}) {
  return {
    idempotencyKey: randomUUID(),
    page: pagePath('https://kommun.example/bo-och-leva/skola?q=1#top'),
    answer: 'yes',
    comment,
    ...(comment ? { answerKey: answerKey ?? randomUUID() } : {}),
    lang: 'sv',
    version: VERSION,
    createdAt: new Date().toISOString(),
    ...rest,
  };
}

describe('the feedback wire contract', () => {
  it('accepts the answer and the comment as the element sends them, in both languages', () => {
    for (const lang of FEEDBACK_LANGS) {
      assert.ok(valid(elementBody({ lang })), JSON.stringify(valid.errors));
      assert.ok(valid(elementBody({ lang, comment: 'Bra sida' })), JSON.stringify(valid.errors));
    }
    assert.deepEqual(FEEDBACK_LANGS, ['sv', 'en']);
  });

  it('accepts a body without a comment (another client), and refuses a language the element never sends', () => {
    const withoutComment = elementBody();
    delete withoutComment.comment;
    assert.ok(valid(withoutComment));
    for (const lang of ['de', 'sv-SE', 'SV', ''])
      assert.ok(!valid(elementBody({ lang })), `lang ${JSON.stringify(lang)}`);
  });

  it('refuses unknown fields, missing fields and wrong types', () => {
    assert.ok(!valid({ ...elementBody(), email: 'a@b.se' }));
    for (const field of ['idempotencyKey', 'page', 'answer', 'lang', 'version', 'createdAt']) {
      const body = elementBody();
      delete body[field];
      assert.ok(!valid(body), field);
    }
    assert.ok(!valid(elementBody({ answer: 'maybe' })));
    assert.ok(!valid(elementBody({ comment: 5 })));
    assert.ok(!valid(elementBody({ createdAt: 'yesterday' })));
  });

  it('counts lengths in characters, as the element counts them: 5,000 emoji are a full comment', () => {
    assert.ok(valid(elementBody({ comment: '👍'.repeat(MAX_COMMENT_LENGTH) })));
    assert.ok(!valid(elementBody({ comment: '👍'.repeat(MAX_COMMENT_LENGTH + 1) })));
    assert.ok(valid(elementBody({ page: `/${'å'.repeat(MAX_PAGE_LENGTH - 1)}` })));
    assert.ok(!valid(elementBody({ page: `/${'å'.repeat(MAX_PAGE_LENGTH)}` })));
  });

  it('the element cuts a long path at a character, never inside one: what it sends is text the service takes', () => {
    const path = pagePath(`/${'a'.repeat(MAX_PAGE_LENGTH - 2)}${'😀'.repeat(5)}`);
    assert.equal([...path].length, MAX_PAGE_LENGTH);
    assert.ok(acceptableText(path));
    assert.ok(valid(elementBody({ page: path })));
  });

  it('tells text from what is not: NUL and lone surrogates', () => {
    for (const text of ['', 'åäö', '👍', 'a\tb\nc', '\u00a0', '\ufffd'])
      assert.ok(acceptableText(text), JSON.stringify(text));
    for (const text of [
      '\0',
      'a\0',
      '\ud800',
      'x\udc00',
      '\udc00\ud800',
      '👍'.slice(0, 1),
      `a${'👍'.slice(1)}`,
    ])
      assert.ok(!acceptableText(text), JSON.stringify(text));
  });

  it('dates from EARLIEST_CREATED_AT on, an instant in UTC', () => {
    assert.equal(new Date(EARLIEST_CREATED_AT).toISOString(), EARLIEST_CREATED_AT);
  });

  it('masks a comment as the element does', () => {
    assert.equal(
      maskComment('Ring 070-123 45 67 eller anna@example.se'),
      'Ring [telefonnummer] eller [e-post]',
    );
  });
});

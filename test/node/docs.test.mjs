// The guides hold: every relative link in README.md and docs/**/*.md reaches a file (and a
// heading, for #anchors, by GitHub's slug rules), and every example feed — the files in
// docs/examples/ and each ```json block in the docs that is a whole feed — passes the
// library's validator. Needs lib/ built first (`node scripts/build-lib.mjs`; `npm test`
// builds before it runs this).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateFeed } from '../../lib/feed/index.js';
import { check as checkBudget } from '../../lib/feed/sections/budget.js';
import { check as checkContacts } from '../../lib/feed/sections/contacts.js';
import { check as checkFeedback } from '../../lib/feed/sections/feedback.js';
import { check as checkGoals } from '../../lib/feed/sections/goals.js';
import { publishedSchemaUrl } from '../../scripts/feed-reference.mjs';
import { markdownAnchors, outsideFences } from '../../scripts/markdown-anchors.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = join(root, 'docs');

const markdownFiles = [
  join(root, 'README.md'),
  ...readdirSync(docs, { recursive: true })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(docs, file))
    .sort(),
];

/** The document without fenced code blocks and inline code, where a link is only text. */
function prose(markdown) {
  return outsideFences(markdown).map((line) => line.replace(/(`+)[^`]*?\1/g, ''));
}

/** Link targets with their line numbers: Markdown links, reference definitions, href/src. */
function links(markdown) {
  const found = [];
  prose(markdown).forEach((line, index) => {
    const patterns = [
      /\]\(\s*<([^>]+)>/g, // [text](<target with spaces>)
      /\]\(\s*([^\s)<]+)(?:\s+"[^"]*")?\s*\)/g, // [text](target "title")
      /^\s*\[[^\]]+\]:\s*(\S+)/g, // [ref]: target
      /\s(?:href|src)="([^"]+)"/g,
    ];
    for (const pattern of patterns) {
      for (const match of line.matchAll(pattern)) found.push({ target: match[1], line: index + 1 });
    }
  });
  return found;
}

const isExternal = (target) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** Problems with a file's relative links, as "file:line target: why". */
function brokenLinks(file, markdown = readFileSync(file, 'utf8')) {
  const problems = [];
  for (const { target, line } of links(markdown)) {
    if (isExternal(target)) continue;
    const [pathPart, anchor] = target.split('#', 2);
    const path = decodeURIComponent(pathPart);
    const where = `${relative(root, file)}:${line} ${target}`;
    let anchors = () => markdownAnchors(markdown);
    if (path !== '') {
      const targetFile = resolve(dirname(file), path.startsWith('/') ? join(root, path) : path);
      if (!existsSync(targetFile)) {
        problems.push(`${where}: no such file`);
        continue;
      }
      // Anchors are only checked in Markdown files; a folder or a JSON file has none to check.
      if (!targetFile.endsWith('.md') || statSync(targetFile).isDirectory()) continue;
      anchors = () => markdownAnchors(readFileSync(targetFile, 'utf8'));
    }
    if (anchor && !anchors().has(decodeURIComponent(anchor))) {
      problems.push(`${where}: no heading for #${anchor}`);
    }
  }
  return problems;
}

/**
 * The ```json blocks of a document that are a whole feed (an object with "version"), with
 * their line numbers; a block that mentions "version" but is not JSON is one too, so that a
 * broken example is reported rather than skipped.
 */
function feedBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```json\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end])) end++;
    const text = lines.slice(start, end).join('\n');
    let doc;
    try {
      doc = JSON.parse(text);
    } catch {
      doc = undefined;
    }
    const isFeed = doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'version' in doc;
    if (isFeed || (doc === undefined && text.includes('"version"')))
      blocks.push({ text, doc, line: start + 1 });
    i = end;
  }
  return blocks;
}

function problemsOf(doc) {
  const result = validateFeed(doc, { lang: 'en' });
  return result.problems.map((problem) => `${problem.path || '/'}: ${problem.message}`);
}

describe('links in the docs', () => {
  for (const file of markdownFiles) {
    it(`${relative(root, file)}: relative links reach a file and heading`, () => {
      assert.deepEqual(brokenLinks(file), []);
    });
  }

  it('the anchor rules match GitHub', () => {
    const anchors = markdownAnchors(
      '# Feed reference\n## `goals[]` and `budget.years`\n## Åtgärder & mål\n## Step 1\n## Step 1\n```md\n# not a heading\n```\n',
    );
    assert.deepEqual(
      [...anchors],
      ['feed-reference', 'goals-and-budgetyears', 'åtgärder--mål', 'step-1', 'step-1-1'],
    );
  });

  it('reports a link to a missing file or heading, and ignores code and external links', () => {
    const file = join(docs, 'check.md');
    const markdown = [
      '# Check',
      '[ok](feed-reference.md#top-level) [self](#check) [web](https://example.org/missing.md)',
      '[gone](nowhere.md) `[code](ignored.md)` [bad](feed-reference.md#no-such-heading)',
      '```md',
      '[in a fence](also-ignored.md)',
      '```',
    ].join('\n');
    assert.deepEqual(brokenLinks(file, markdown), [
      'docs/check.md:3 nowhere.md: no such file',
      'docs/check.md:3 feed-reference.md#no-such-heading: no heading for #no-such-heading',
    ]);
  });
});

describe('example feeds', () => {
  const examples = readdirSync(join(docs, 'examples')).filter((file) => file.endsWith('.json'));

  it('there is a minimal and a full example for each element', () => {
    const elements = ['budget-explainer', 'contact-card', 'feedback-prompt', 'goal-tree', 'scorecard-chart'];
    assert.deepEqual(
      examples.sort(),
      elements.flatMap((name) => [`${name}.full.json`, `${name}.minimal.json`]),
    );
  });

  // The check each element runs on the sections it reads (src/feed/sections/).
  const elementCheck = {
    'goal-tree': checkGoals,
    'scorecard-chart': checkGoals,
    'budget-explainer': checkBudget,
    'contact-card': checkContacts,
    'feedback-prompt': checkFeedback,
  };

  for (const file of examples) {
    it(`docs/examples/${file} validates, as a whole and for its element`, async () => {
      const doc = JSON.parse(readFileSync(join(docs, 'examples', file), 'utf8'));
      assert.deepEqual(problemsOf(doc), []);
      const result = await elementCheck[file.split('.')[0]](doc, { lang: 'en' });
      assert.deepEqual(result.problems, []);
    });
  }

  it('every whole feed in a ```json block of the docs validates', () => {
    let count = 0;
    const problems = [];
    for (const file of markdownFiles) {
      for (const block of feedBlocks(readFileSync(file, 'utf8'))) {
        count++;
        const where = `${relative(root, file)}:${block.line}`;
        if (block.doc === undefined) problems.push(`${where}: a feed example that is not JSON`);
        else problems.push(...problemsOf(block.doc).map((problem) => `${where} ${problem}`));
      }
    }
    assert.ok(count > 0, 'the docs show at least one whole feed');
    assert.deepEqual(problems, []);
  });

  it('every example feed points $schema at the published schema of this version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const url = publishedSchemaUrl(version);
    assert.equal(url, `https://unpkg.com/insyn@${version}/lib/feed/feed.schema.json`);
    const feeds = [...examples.map((file) => join(docs, 'examples', file)), join(root, 'demo/feed.json')];
    for (const file of feeds) {
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).$schema, url, relative(root, file));
    }
    // The docs that spell out a version use this one (a placeholder such as <version> is fine).
    const stale = [];
    for (const file of markdownFiles) {
      for (const match of readFileSync(file, 'utf8').matchAll(/unpkg\.com\/insyn@(\d[^/\s]*)\//g)) {
        if (match[1] !== version) stale.push(`${relative(root, file)}: insyn@${match[1]}`);
      }
    }
    assert.deepEqual(stale, []);
  });

  it('a feed validates with and without $schema, and $schema must be a string', () => {
    const feed = JSON.parse(readFileSync(join(docs, 'examples', 'contact-card.minimal.json'), 'utf8'));
    assert.ok('$schema' in feed);
    assert.deepEqual(problemsOf(feed), []);
    const withoutSchema = { ...feed };
    delete withoutSchema.$schema;
    assert.deepEqual(problemsOf(withoutSchema), []);
    assert.notDeepEqual(problemsOf({ ...feed, $schema: 42 }), []);
    assert.notDeepEqual(problemsOf({ ...feed, $shema: feed.$schema }), [], 'a misspelt key is still unknown');
  });
});

// The editor data in the package (html-custom-data.json for VS Code, web-types.json for
// JetBrains) offers every tag and attribute of custom-elements.json, and is what the
// generator makes of the current manifest. `npm run analyze` writes all three.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const manifest = read('custom-elements.json');
const vsCode = read('html-custom-data.json');
const webTypes = read('web-types.json');

/** Tag name → the manifest's declaration of it. */
const elements = new Map(
  manifest.modules
    .flatMap((mod) => mod.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);
const vsCodeTags = new Map(vsCode.tags.map((tag) => [tag.name, tag]));
const webTypesTags = new Map(webTypes.contributions.html.elements.map((tag) => [tag.name, tag]));

/** The string literals of a union type such as `'auto' | 'light' | 'dark' | undefined`. */
function literals(typeText = '') {
  const parts = typeText.split('|').map((part) => part.trim());
  const strings = parts.filter((part) => /^(['"]).*\1$/.test(part)).map((part) => part.slice(1, -1));
  return strings.length === parts.filter((part) => part !== 'undefined').length ? strings : [];
}

describe('editor data', () => {
  it('covers the five elements', () => {
    assert.deepEqual([...elements.keys()].sort(), [
      'budget-explainer',
      'contact-card',
      'feedback-prompt',
      'goal-tree',
      'scorecard-chart',
    ]);
  });

  for (const [name, tags] of [
    ['VS Code', vsCodeTags],
    ['JetBrains', webTypesTags],
  ]) {
    it(`${name}: names every tag of the manifest, each with its description`, () => {
      assert.deepEqual([...tags.keys()].sort(), [...elements.keys()].sort());
      for (const [tagName, declaration] of elements) {
        const summary = declaration.summary ?? declaration.description;
        assert.ok(summary, `${tagName} has a summary in the manifest`);
        assert.ok(tags.get(tagName).description.startsWith(summary), `${tagName}: description`);
      }
    });

    it(`${name}: offers every attribute of each tag, with its description`, () => {
      for (const [tagName, declaration] of elements) {
        const offered = new Map(tags.get(tagName).attributes.map((attribute) => [attribute.name, attribute]));
        const expected = (declaration.attributes ?? []).map((attribute) => attribute.name);
        assert.deepEqual([...offered.keys()].sort(), [...new Set(expected)].sort(), tagName);
        for (const attribute of declaration.attributes ?? []) {
          assert.equal(
            offered.get(attribute.name).description,
            attribute.description,
            `${tagName} ${attribute.name}`,
          );
        }
      }
    });
  }

  it('VS Code completes enumerated values and inserts boolean attributes without a value', () => {
    for (const [tagName, declaration] of elements) {
      const offered = new Map(
        vsCodeTags.get(tagName).attributes.map((attribute) => [attribute.name, attribute]),
      );
      for (const attribute of declaration.attributes ?? []) {
        const entry = offered.get(attribute.name);
        const values = literals(attribute.type?.text);
        if (values.length > 0) {
          assert.deepEqual(
            entry.values.map((value) => value.name),
            values,
            `${tagName} ${attribute.name}`,
          );
        }
        assert.equal(
          entry.valueSet === 'v',
          attribute.type?.text === 'boolean',
          `${tagName} ${attribute.name}`,
        );
      }
    }
  });

  it('both complete the theme attribute of every element with auto, light and dark', () => {
    for (const tagName of elements.keys()) {
      const vsCodeTheme = vsCodeTags.get(tagName).attributes.find((attribute) => attribute.name === 'theme');
      assert.deepEqual(
        vsCodeTheme?.values.map((value) => value.name),
        ['auto', 'light', 'dark'],
        tagName,
      );
      const webTypesTheme = webTypesTags
        .get(tagName)
        .attributes.find((attribute) => attribute.name === 'theme');
      assert.deepEqual(literals(webTypesTheme?.value.type), ['auto', 'light', 'dark'], tagName);
    }
  });

  it('JetBrains lists only public, documented properties', () => {
    for (const [tagName, declaration] of elements) {
      const hidden = new Set(
        (declaration.members ?? [])
          .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
          .map((member) => member.name),
      );
      for (const property of webTypesTags.get(tagName).js.properties) {
        assert.ok(!hidden.has(property.name), `${tagName}: ${property.name} is not public`);
        assert.ok(property.description, `${tagName}: ${property.name} has a description`);
      }
    }
    assert.equal(webTypes.name, 'insyn');
    assert.equal(webTypes.version, read('package.json').version);
  });

  it('is what the generator makes of the current manifest', () => {
    const result = spawnSync(process.execPath, ['scripts/editor-data.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(result.status, 0, result.stderr);
  });
});

// The lint rule of eslint.config.mjs that keeps style attributes out of what ships (a strict CSP
// without 'unsafe-inline' in style-src blocks them): it catches `style=${…}` and styleMap, and
// leaves the CSSOM way (styleProps) and other attributes alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import config from '../../../eslint.config.mjs';

// Only the blocks that hold the rules under test, with the TypeScript parser but no type
// information (the probe is not a file of the project).
const blocks = config.filter(
  (block) => block.rules?.['no-restricted-syntax'] || block.rules?.['no-restricted-imports'],
);
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...blocks],
});

async function problems(code) {
  const [result] = await eslint.lintText(code, { filePath: 'src/probe/probe.ts' });
  return result.messages.map((m) => m.message);
}

describe('no style attribute bindings in src/', () => {
  it('is configured for src/**/*.ts', () => {
    assert.ok(blocks.length > 0 && blocks.every((b) => b.files?.includes('src/**/*.ts')));
  });

  const caught = {
    'an unquoted binding': 'html`<div style=${s}></div>`',
    'a quoted binding': 'html`<div style="${s}"></div>`',
    'a binding inside the value': 'html`<div class="a" style="width: ${w}%"></div>`',
    'an SVG template': 'svg`<rect style=${s}></rect>`',
    'a styleMap import': "import { styleMap } from 'lit/directives/style-map.js';",
  };
  for (const [what, code] of Object.entries(caught)) {
    it(`catches ${what}`, async () => {
      const found = await problems(code);
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0], /styleProps/);
    });
  }

  const allowed = {
    'styleProps on the element': 'html`<div ${styleProps({ width: w })}></div>`',
    'a constant style attribute': 'html`<div style="display: none" class=${c}></div>`',
    'a data-style attribute': 'html`<div data-style=${s}></div>`',
    'the style property': 'html`<div .style=${s}></div>`',
    'an element named style': 'html`<style>${s}</style>`',
    'a plain template string': 'const s = `style=${x}`;',
  };
  for (const [what, code] of Object.entries(allowed)) {
    it(`allows ${what}`, async () => {
      assert.deepEqual(await problems(code), []);
    });
  }
});

import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'lib/**',
      'server/lib/**',
      'storybook-static/**',
      'src/feed/generated/**',
      'custom-elements.json',
    ],
  },
  // TypeScript: type-aware rules, plus Lit and web-component rules.
  {
    files: ['**/*.ts'],
    extends: [
      ...tseslint.configs.recommendedTypeChecked,
      litConfigs['flat/recommended'],
      wcConfigs['flat/recommended'],
    ],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lit binds `this` for event listeners in templates.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // What ships runs under a Content Security Policy without 'unsafe-inline' in style-src, which
    // blocks writing the style attribute: a `style=${…}` binding or Lit's styleMap (it writes the
    // attribute on first render). Set styles through the CSSOM with src/core/style-props.ts.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // A template part that ends inside a style attribute, right before a binding.
          selector:
            'TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[tail=false][value.raw=/(^|[^\\w.:-])style\\s*=\\s*["\']?[^"\'<>]*$/]',
          message:
            'No style=${…} in templates: a strict CSP blocks the style attribute. Use styleProps() from core/style-props.ts.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['lit/directives/style-map.js', 'lit-html/directives/style-map.js'].map((name) => ({
            name,
            message:
              'styleMap writes the style attribute, which a strict CSP blocks. Use styleProps() from core/style-props.ts.',
          })),
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // chai's expect(x).to.be.true reads as an unused expression; @open-wc's chai types are thenable.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Node scripts, configs, the CLI entry and Node tests: plain JavaScript.
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // Browser code: the demo, and the functions these scripts hand to page.evaluate().
    files: [
      'demo/**/*.js',
      'scripts/**/*.mjs',
      'test/node/**/*.mjs',
      'test/embedding/**/*.js',
      'bench/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
);

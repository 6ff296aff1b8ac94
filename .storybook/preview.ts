/**
 * Every story: the elements defined once, docs and controls from custom-elements.json, and
 * toolbar globals for the language (sv/en) and the theme (light, dark, the high-contrast and
 * example-brand files of src/themes/). The theme is set the way a site would set it: `--insyn-*`
 * custom properties on an ancestor.
 */
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import { defineElements } from '../src/define/registry.js';
import exampleBrandCss from '../src/themes/example-brand.css?raw';
import highContrastCss from '../src/themes/high-contrast.css?raw';

// What src/define/all.ts does, as a call: package.json "sideEffects" names only lib/define/*.js,
// so the bundler drops a bare `import '../src/define/all.js'` of the sources.
defineElements();

interface Member {
  privacy?: string;
  static?: boolean;
}

/** The manifest without private, protected and static members: they are not for site authors. */
function publicOnly<T>(value: T): T {
  const copy = JSON.parse(JSON.stringify(value)) as {
    modules?: { declarations?: { members?: Member[] }[] }[];
  };
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        (member) => !member.static && (member.privacy ?? 'public') === 'public',
      );
    }
  }
  return copy as T;
}

setCustomElementsManifest(publicOnly(manifest));

type Theme = 'light' | 'dark' | 'contrast' | 'contrast-light' | 'brand';

/**
 * The `--insyn-*` declarations of a theme file (src/themes/), so the toolbar shows what a site
 * that links the file gets. Values may be light-dark(): the wrapper's color-scheme picks the side.
 */
function themeTokens(css: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const [, name, value] of css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .matchAll(/(--insyn-[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens[name!] = value!.trim();
  }
  return tokens;
}

/**
 * Global tokens per theme. Light and dark are the built-in colours (the wrapper's color-scheme
 * picks them, so the OS setting cannot leak in); the others load the theme files themselves.
 */
const THEMES: Record<Theme, { colorScheme: string; tokens: Record<string, string> }> = {
  light: { colorScheme: 'light', tokens: {} },
  dark: { colorScheme: 'dark', tokens: {} },
  contrast: { colorScheme: 'dark', tokens: themeTokens(highContrastCss) },
  'contrast-light': { colorScheme: 'light', tokens: themeTokens(highContrastCss) },
  brand: { colorScheme: 'light', tokens: themeTokens(exampleBrandCss) },
};

/** Wraps the story in the language and theme chosen in the toolbar. */
const withLangAndTheme: Decorator = (story, context) => {
  const lang = context.globals.lang === 'en' ? 'en' : 'sv';
  const theme = THEMES[(context.globals.theme as Theme | undefined) ?? 'light'] ?? THEMES.light;
  const style = {
    ...theme.tokens,
    'color-scheme': theme.colorScheme,
    // The page around the story: the theme's surface, else the built-in one (src/core/theme.styles.ts).
    color: 'var(--insyn-color-text, light-dark(#1b1b1f, #ececf1))',
    background: 'var(--insyn-color-surface, light-dark(#ffffff, #1b1b1f))',
    padding: '1rem',
    // A full-height background in the canvas; in docs each story keeps its own height.
    'min-height': context.viewMode === 'docs' ? 'auto' : '100vh',
    'box-sizing': 'border-box',
  };
  return html`<div class="insyn-story" lang=${lang} style=${styleMap(style)}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLangAndTheme, withActions],
  globalTypes: {
    lang: {
      description: 'Language of the page around the element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'sv', right: 'sv', title: 'Svenska' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: --insyn-* custom properties set on an ancestor (src/themes/*.css)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'contrast', title: 'High contrast (dark)' },
          { value: 'contrast-light', title: 'High contrast (light)' },
          { value: 'brand', title: 'Example brand (Exempelstad)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Every element's events, in the Actions panel.
    actions: { handles: ['insyn-feed-load', 'insyn-feed-error'] },
    controls: { expanded: true },
  },
};

export default preview;

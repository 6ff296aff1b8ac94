/**
 * Every story: the elements defined once, docs and controls from custom-elements.json, and
 * toolbar globals for the language (sv/en) and the theme (light/dark/high contrast). The
 * theme is set the way a site would set it: `--insyn-*` custom properties on an ancestor.
 */
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import { defineElements } from '../src/define/registry.js';

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

type Theme = 'light' | 'dark' | 'contrast';

/** Global tokens per theme. Light repeats the built-in fallbacks so the OS colour scheme cannot leak in. */
const THEMES: Record<Theme, { colorScheme: string; tokens: Record<string, string> }> = {
  light: {
    colorScheme: 'light',
    tokens: {
      '--insyn-color-text': '#1b1b1f',
      '--insyn-color-text-muted': '#4f5160',
      '--insyn-color-surface': '#ffffff',
      '--insyn-color-surface-subtle': '#f3f4f7',
      '--insyn-color-border': '#8a8d99',
      '--insyn-color-accent': '#0b5cad',
      '--insyn-color-danger': '#b3261e',
      '--insyn-color-focus': '#0b5cad',
      '--insyn-color-status-achieved': '#1a7f37',
      '--insyn-color-status-on-track': '#0b5cad',
      '--insyn-color-status-at-risk': '#9a6700',
      '--insyn-color-status-off-track': '#b3261e',
      '--insyn-color-status-neutral': '#5f6270',
    },
  },
  dark: {
    colorScheme: 'dark',
    tokens: {
      '--insyn-color-text': '#ececf1',
      '--insyn-color-text-muted': '#b9bbc6',
      '--insyn-color-surface': '#1b1b1f',
      '--insyn-color-surface-subtle': '#26272d',
      '--insyn-color-border': '#8a8d99',
      '--insyn-color-accent': '#8cc4ff',
      '--insyn-color-danger': '#ffb4ab',
      '--insyn-color-focus': '#8cc4ff',
      '--insyn-color-status-achieved': '#6fdd8b',
      '--insyn-color-status-on-track': '#8cc4ff',
      '--insyn-color-status-at-risk': '#e3b341',
      '--insyn-color-status-off-track': '#ff8a80',
      '--insyn-color-status-neutral': '#b9bbc6',
    },
  },
  contrast: {
    colorScheme: 'dark',
    tokens: {
      '--insyn-color-text': '#ffffff',
      '--insyn-color-text-muted': '#ffffff',
      '--insyn-color-surface': '#000000',
      '--insyn-color-surface-subtle': '#000000',
      '--insyn-color-border': '#ffffff',
      '--insyn-color-accent': '#ffff00',
      '--insyn-color-danger': '#ff9e9e',
      '--insyn-color-focus': '#ffff00',
      '--insyn-color-status-achieved': '#7dff9b',
      '--insyn-color-status-on-track': '#80e5ff',
      '--insyn-color-status-at-risk': '#ffe066',
      '--insyn-color-status-off-track': '#ff9e9e',
      '--insyn-color-status-neutral': '#ffffff',
    },
  },
};

/** Wraps the story in the language and theme chosen in the toolbar. */
const withLangAndTheme: Decorator = (story, context) => {
  const lang = context.globals.lang === 'en' ? 'en' : 'sv';
  const theme = THEMES[(context.globals.theme as Theme | undefined) ?? 'light'] ?? THEMES.light;
  const style = {
    ...theme.tokens,
    'color-scheme': theme.colorScheme,
    color: 'var(--insyn-color-text)',
    background: 'var(--insyn-color-surface)',
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
      description: 'Theme: --insyn-* custom properties set on an ancestor',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'contrast', title: 'High contrast' },
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

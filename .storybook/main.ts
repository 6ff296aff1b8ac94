/**
 * Storybook for the five Insyn elements: stories in stories/, the feeds they load served from
 * test/fixtures (as /fixtures) and demo (as /demo). Telemetry is off here and in the npm scripts.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

const require = createRequire(import.meta.url);
const here = (path: string): string => new URL(path, import.meta.url).pathname;

/** Whether a package can be resolved from the project (optional addons). */
function installed(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/** The demo page's dev-server plugin (redirects / to /demo/) must not reach Storybook's server. */
const PROJECT_ONLY_PLUGINS = new Set(['insyn-demo-page']);

function withoutProjectOnlyPlugins(plugins: PluginOption[]): PluginOption[] {
  return plugins.flatMap((plugin): PluginOption[] => {
    if (Array.isArray(plugin)) return [withoutProjectOnlyPlugins(plugin)];
    const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : undefined;
    return name && PROJECT_ONLY_PLUGINS.has(name) ? [] : [plugin];
  });
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Autodocs pages (tag 'autodocs' in preview.ts) need @storybook/addon-docs; without it the
  // docs are the Controls panel, filled from custom-elements.json.
  addons: installed('@storybook/addon-docs') ? ['@storybook/addon-docs'] : [],
  core: { disableTelemetry: true },
  staticDirs: [
    { from: '../test/fixtures', to: '/fixtures' },
    ...(existsSync(here('../demo')) ? [{ from: '../demo', to: '/demo' }] : []),
  ],
  viteFinal(viteConfig) {
    viteConfig.plugins = withoutProjectOnlyPlugins(viteConfig.plugins ?? []);
    return viteConfig;
  },
};

export default config;

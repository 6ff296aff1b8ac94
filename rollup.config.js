// What ships to CDNs and CMS pages: dist/insyn.js (all five tags) and dist/<tag>.js (one tag
// alone), each self-contained with Lit bundled and minified. Each element's validator is a
// lazily loaded chunk in dist/chunks/, fetched alongside the feed. npm users get unbundled
// ESM with types from `tsc -p tsconfig.build.json` (lib/).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';

// Chunk names carry content hashes: start from an empty dist/ so old chunks do not linger.
rmSync('dist', { recursive: true, force: true });

/**
 * Terser leaves template literals alone, so the CSS in Lit's css`` would ship with its
 * indentation and comments. This folds it; our styles use no constructs where the removed
 * spaces matter (no descendant combinator before a pseudo-class).
 */
function minifyCssLiterals() {
  return {
    name: 'insyn-minify-css-literals',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      const folded = code.replace(
        /css`([^`]*)`/g,
        (_, body) =>
          `css\`${body
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .trim()}\``,
      );
      return { code: folded, map: null };
    },
  };
}

/**
 * In the all-in-one bundle, every element's lazily loaded section check becomes the one
 * whole-feed check (src/feed/sections/all.ts): one chunk, one validation per shared feed.
 */
function oneCheckForAllSections() {
  const all = fileURLToPath(new URL('src/feed/sections/all.ts', import.meta.url));
  return {
    name: 'insyn-one-check-for-all-sections',
    resolveId(source, importer) {
      if (importer && /\/feed\/sections\/(goals|budget|contacts|feedback)\.js$/.test(source)) return all;
      return null;
    },
  };
}

/**
 * Themes are plain CSS files of custom properties (src/themes/*.css), shipped as they are in
 * dist/themes/ for a site to link (package export `insyn/themes/*`).
 */
function copyThemes() {
  const dir = fileURLToPath(new URL('src/themes/', import.meta.url));
  const files = () => readdirSync(dir).filter((name) => name.endsWith('.css'));
  return {
    name: 'insyn-copy-themes',
    buildStart() {
      for (const file of files()) this.addWatchFile(dir + file);
    },
    generateBundle() {
      for (const file of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `themes/${file}`,
          source: readFileSync(dir + file, 'utf8'),
        });
      }
    },
  };
}

/**
 * The web validator (demo/validate.html) ships as dist/validate.html, dist/validate.css and
 * dist/validate.js, for `npx insyn serve` to serve. Its script imports the sources by their
 * dev-server paths (/src/…, as `npm start` serves them); here they are files in src/.
 */
function validatorPage() {
  const root = fileURLToPath(new URL('./', import.meta.url));
  return {
    name: 'insyn-validator-page',
    resolveId(source) {
      if (source.startsWith('/src/')) return root + source.slice(1);
      return null;
    },
    buildStart() {
      for (const file of ['validate.html', 'validate.css']) this.addWatchFile(`${root}demo/${file}`);
    },
    generateBundle() {
      for (const file of ['validate.html', 'validate.css']) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`${root}demo/${file}`, 'utf8') });
      }
    },
  };
}

const TAGS = ['goal-tree', 'scorecard-chart', 'budget-explainer', 'contact-card', 'feedback-prompt'];

const entries = [
  { name: 'insyn', input: 'src/define/all.ts' },
  ...TAGS.map((tag) => ({ name: tag, input: `src/define/${tag}.ts` })),
  { name: 'validate', input: 'demo/validate.js' },
];

/** One build per file, so each tag's bundle stands alone (no chunk shared with another tag). */
export default entries.map(({ name, input }) => ({
  input,
  // A lazily loaded chunk may import from the entry; without this rollup moves the entry's code
  // into a chunk and leaves a re-exporting stub, one more request before anything shows.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: 'chunks/[name]-[hash].js',
    // A chunk of a few hundred bytes (a helper shared by the check and its words) costs a request
    // more than its bytes: rollup merges it into a chunk that is loaded with it anyway. Not higher:
    // at 2 KB it merged the contact card's Swedish texts into its entry, so English pages paid
    // for them.
    experimentalMinChunkSize: 1000,
    sourcemap: true,
  },
  plugins: [
    ...(name === 'insyn' ? [oneCheckForAllSections(), copyThemes()] : []),
    ...(name === 'validate' ? [oneCheckForAllSections(), validatorPage()] : []),
    minifyCssLiterals(),
    nodeResolve({ exportConditions: ['production'] }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    terser({ module: true, ecma: 2021, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));

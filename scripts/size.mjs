#!/usr/bin/env node
// Prints what a page with each element loads in all (measured in Chromium, scripts/page-weight.mjs),
// and the gzip size of every file in dist/ with, for each entry, everything it can ever load.
// `--check` exits 1 when a page or an entry passes its budget; `--write` writes docs/size.md.
// Sizes are deterministic (the same build loads the same files), so this is a test, not a benchmark.
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGES, measurePages } from './page-weight.mjs';

const DIST = 'dist';
const KB = 1024;

// Budgets on the file a page loads first (what must arrive before the element can show
// anything): the measured sizes plus a little headroom, so growth fails the check. What a page
// loads in all is budgeted by PAGE_BUDGETS below, measured in Chromium; "with lazy chunks" (every
// chunk an entry may ever import) is printed for reading only, since it counts chunks only a
// failure, an option or a reader's action loads. See docs/decisions/0002-bundle-budgets.md.
const BUDGETS = {
  'insyn.js': { entry: 56 * KB },
  'goal-tree.js': { entry: 37 * KB },
  'scorecard-chart.js': { entry: 17 * KB },
  'budget-explainer.js': { entry: 34.2 * KB },
  'contact-card.js': { entry: 15.5 * KB },
  'feedback-prompt.js': { entry: 15.4 * KB },
};

// What a page with the element and a valid feed loads in all (scripts/page-weight.mjs, measured
// in Chromium): the numbers residents pay for. `aim` is issue 15's; `budget` is the measured size
// plus a little headroom, so growth fails the check while the aims are open work (decision 0002).
const PAGE_BUDGETS = {
  'goal-tree': { aim: 35 * KB, budget: 46.8 * KB },
  'scorecard-chart (table)': { aim: 30 * KB, budget: 38 * KB },
  'scorecard-chart (one indicator)': { aim: 30 * KB, budget: 42 * KB },
  'budget-explainer': { aim: 35 * KB, budget: 47 * KB },
  'contact-card': { aim: 20 * KB, budget: 36.2 * KB },
  'feedback-prompt': { aim: 15 * KB, budget: 24.3 * KB },
  'all five (insyn.js)': { aim: 70 * KB, budget: 97.2 * KB },
};

const gzipped = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

/** The chunk files a file imports, statically or with import(). */
async function imports(file) {
  const code = await readFile(file, 'utf8');
  const found = new Set();
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(path.join(path.dirname(file), match[1]));
  }
  return [...found];
}

async function reachable(entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const next of await imports(queue.shift())) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

const fmt = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const entries = (await readdir(DIST)).filter((f) => f.endsWith('.js')).sort();
const chunks = (await readdir(path.join(DIST, 'chunks'))).filter((f) => f.endsWith('.js')).sort();
const rows = [];
const failures = [];
for (const name of entries) {
  const file = path.join(DIST, name);
  const entry = await gzipped(file);
  let total = 0;
  for (const part of await reachable(file)) total += await gzipped(part);
  const budget = BUDGETS[name]?.entry;
  if (budget && entry > budget) failures.push(`${name}: entry ${fmt(entry)} > ${fmt(budget)}`);
  rows.push([`dist/${name}`, fmt(entry), fmt(total), budget ? `entry ≤ ${fmt(budget)}` : '–']);
}
// The pages measured in Chromium: what each loads, and which chunks none of them loads: those
// come only with a failure, an option such as json-ld or a reader's action such as an answer
// sent, or belong to validate.js (the web validator).
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const pages = existsSync(chromium) ? await measurePages({ executablePath: chromium }) : undefined;
if (!pages && process.argv.includes('--check'))
  failures.push(`no Chromium at ${chromium} to measure the pages`);
const loadedBy = new Map();
for (const page of pages ?? []) {
  for (const file of page.files) loadedBy.set(file, [...(loadedBy.get(file) ?? []), page.name]);
}
for (const name of chunks) {
  const users = loadedBy.get(`chunks/${name}`);
  rows.push([
    `dist/chunks/${name}`,
    fmt(await gzipped(path.join(DIST, 'chunks', name))),
    '',
    !pages ? 'loaded lazily' : users ? 'loaded lazily, on a measured page' : 'not on the measured pages',
  ]);
}
const pageRows = (pages ?? []).map(({ name, files, bytes }) => {
  const { aim, budget } = PAGE_BUDGETS[name] ?? {};
  if (budget && bytes > budget) failures.push(`page with ${name}: ${fmt(bytes)} > ${fmt(budget)}`);
  return [
    name,
    fmt(bytes),
    String(files.length),
    aim ? `≤ ${fmt(aim)}` : '–',
    budget ? `≤ ${fmt(budget)}` : '–',
  ];
});
for (const page of PAGES) {
  if (pages && !PAGE_BUDGETS[page.name]) failures.push(`page ${page.name} has no budget`);
}

function markdownTable(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
const table = markdownTable(['file', 'gzip', 'with lazy chunks', 'budget'], rows);
const pageTable = pages
  ? markdownTable(['page with', 'loads in all (gzip)', 'files', 'aim (issue 15)', 'budget'], pageRows)
  : `Not measured: no Chromium at ${chromium}.`;
console.log(`${pageTable}\n\n${table}`);

if (process.argv.includes('--check')) {
  if (failures.length) {
    console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nAll bundles within budget.');
}
if (process.argv.includes('--write')) {
  await writeFile(
    'docs/size.md',
    `# Bundle sizes

Written by \`node scripts/size.mjs --write\` after \`npm run build\` (gzip level 9). Budgets are checked by \`npm test\`; decision 0002 has the aims and what is left.

## What a page loads

A plain page with the element and the demo feed (\`demo/feed.json\`), opened in headless Chromium at 1280 px (\`scripts/page-weight.mjs\`): every script file it fetched from \`dist/\` until the element showed the feed and the network was idle.

${pageTable}

## Files

"gzip" is the file a page loads; "with lazy chunks" adds every chunk it may fetch later, also those only a failure, an option or a reader's action fetches.

${table}
`,
  );
}

#!/usr/bin/env node
// Browser benchmarks, each beside its baseline in the same run, reported as ratios.
//
//   npm run bench [-- --iterations 15] [--warmup 3] [--only feed-load] [--write]
//
// Bundles every bench/*.bench.ts with esbuild, serves the bundles, a blank page and the large
// generated feed (bench/make-large-feed.mjs) from a node:http server on 127.0.0.1, runs each
// benchmark's exported `run()` in headless Chromium (playwright-core; CHROME_PATH, default
// /usr/bin/chromium) and prints median, IQR and min per variant and the ratio of medians
// candidate / baseline with a 95 % bootstrap interval. `--write` also writes docs/benchmarks.md.
// Node-side benchmarks (NODE_BENCHES: bench/<name>.mjs, e.g. the feedback service under load)
// run first, with no browser open, and are reported the same way. See bench/README.md.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildLargeFeed, mulberry32 } from './make-large-feed.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const benchDir = path.join(root, 'bench');
const FEED_PATH = '/large-feed.json';
/** The pages' time zone: the feeds' (and opening_hours needs the page in the schedule's zone). */
const TIME_ZONE = 'Europe/Stockholm';
/** Watchdog, per benchmark in the run: a hung page must not hang CI (goal-tree takes minutes on a busy machine). */
const WATCHDOG_MS = 10 * 60_000;
const BOOTSTRAP_RESAMPLES = 2000;
/**
 * Benchmarks that run in Node, not in the page: bench/<name>.mjs exporting `run(options)` with
 * the same result as a page benchmark's. They pick their own rounds (`--iterations` would make a
 * load test take an hour) and ignore the large feed.
 */
const NODE_BENCHES = ['feedback-load'];
/** Set on Ctrl-C: the errors that follow from closing the browser are expected. */
let interrupted = false;

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    only: { type: 'string' },
    write: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('node bench/run.mjs [--iterations 15] [--warmup 3] [--only <bench name>] [--write]');
  process.exit(0);
}
const iterations = positiveInt(args.iterations, '--iterations');
const warmup = positiveInt(args.warmup, '--warmup', true);

function positiveInt(value, name, zeroOk = false) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) {
    console.error(`${name} must be a ${zeroOk ? 'non-negative' : 'positive'} integer, not "${value}".`);
    process.exit(2);
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Statistics

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
  };
}

const median = (values) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * Ratio of medians candidate / baseline and a 95 % percentile-bootstrap interval. Rounds are
 * resampled in pairs (a candidate and the baseline of the same round ran side by side), with a
 * fixed PRNG seed so the same timings always give the same interval.
 */
function ratio(candidate, baseline) {
  const n = Math.min(candidate.length, baseline.length);
  const random = mulberry32(1);
  const ratios = [];
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    const c = [];
    const b = [];
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      c.push(candidate[k]);
      b.push(baseline[k]);
    }
    ratios.push(median(c) / median(b));
  }
  ratios.sort((x, y) => x - y);
  return {
    value: median(candidate) / median(baseline),
    low: quantile(ratios, 0.025),
    high: quantile(ratios, 0.975),
  };
}

// ---------------------------------------------------------------------------------------------
// Bundles, page and server

async function bundle(files) {
  const result = await build({
    entryPoints: Object.fromEntries(files.map((f) => [path.basename(f, '.ts'), f])),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: false,
    // A peer's stylesheet imported as text, e.g. Shoelace's theme (bench/assets.d.ts types it).
    loader: { '.css': 'text' },
    outdir: path.join(root, 'bench/.out'), // not written: write is false
    write: false,
    logLevel: 'warning',
  });
  return new Map(result.outputFiles.map((f) => [`/${path.basename(f.path)}`, f.contents]));
}

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Insyn benchmarks</title></head>
  <body><p>Insyn benchmarks: run by bench/run.mjs.</p></body>
</html>
`;

function startServer(routes) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = routes.get(pathname);
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': route.type,
      'Content-Length': route.body.length,
      // Every load goes to the network: the candidate and the baseline both pay for the bytes.
      'Cache-Control': 'no-store',
      // Cross-origin isolation gives performance.now() its finest resolution.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    response.end(route.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function stopServer(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------------------------------------
// Output

const ms = (x) => x.toFixed(1);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

function rowsOf(result) {
  return result.groups.map((group) => {
    const base = summary(group.baseline.samples);
    return {
      group,
      baseline: { label: group.baseline.label, stats: base },
      candidates: group.candidates.map((c) => ({
        label: c.label,
        stats: summary(c.samples),
        ratio: ratio(c.samples, group.baseline.samples),
      })),
    };
  });
}

/**
 * What a benchmark ran on, long (the heading) and short (each headline): its own `subject` when it
 * gives one (a benchmark that does not use the large feed), else the large feed's size.
 */
const subjectOf = (result, feed) =>
  result.subject === undefined
    ? { long: `${mb(feed.bytes)} feed`, short: ` (${mb(feed.bytes)})` }
    : { long: result.subject, short: '' };

const unitOf = (group) => group.unit ?? 'ms';

/** A benchmark's own lines after its table (`notes: string[]` in its result), e.g. aims met or not. */
function printNotes(result) {
  for (const note of result.notes ?? []) console.log(`  ${note}`);
}

function printBench(name, rows, subject) {
  console.log(`\n${name} (${subject.long})`);
  const labelWidth = Math.max(
    ...rows.flatMap((r) => [r.baseline, ...r.candidates].map((v) => v.label.length)),
  );
  // A group's samples are ms unless it names another unit (e.g. `unit: 'MB'` for heap sizes).
  const cell = (s, unit) =>
    `median ${ms(s.median).padStart(7)} ${unit.padEnd(2)}  IQR ${`${ms(s.q1)}–${ms(s.q3)}`.padStart(13)}  min ${ms(s.min).padStart(7)}`;
  for (const row of rows) {
    const unit = unitOf(row.group);
    console.log(`  ${row.group.title}`);
    console.log(`    baseline   ${row.baseline.label.padEnd(labelWidth)}  ${cell(row.baseline.stats, unit)}`);
    for (const c of row.candidates) {
      const r = c.ratio;
      console.log(
        `    candidate  ${c.label.padEnd(labelWidth)}  ${cell(c.stats, unit)}  ratio ${r.value.toFixed(2)}× ` +
          `(95% CI ${r.low.toFixed(2)}–${r.high.toFixed(2)}); of mins ${(c.stats.min / row.baseline.stats.min).toFixed(2)}×`,
      );
    }
  }
  // The headline pair of each group, in one line.
  for (const row of rows) {
    const c = row.candidates[0];
    const unit = unitOf(row.group);
    console.log(
      `  ${name} ${row.group.id}${subject.short}: ${c.label} median ${ms(c.stats.median)} ${unit} | ` +
        `${row.baseline.label} median ${ms(row.baseline.stats.median)} ${unit} | ratio ${c.ratio.value.toFixed(2)}× ` +
        `(95% CI ${c.ratio.low.toFixed(2)}–${c.ratio.high.toFixed(2)})`,
    );
  }
}

async function writeDocs(report) {
  const { feed, machine, results } = report;
  // The page benchmarks' method and feed; a run of Node benchmarks alone has neither.
  const pageEnv = results.find((r) => r.env?.timerResolutionMs !== undefined)?.env;
  const lines = [
    '# Benchmarks',
    '',
    'Latest results of `node bench/run.mjs --write` (`npm run bench -- --write`). What each benchmark',
    'measures and how to read the ratios: [bench/README.md](../bench/README.md). Compare ratios between',
    'runs and machines, not milliseconds.',
    '',
    `- Date: ${report.date}`,
    `- Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB RAM, ${machine.os}; 1-minute load average ${machine.load} at the start`,
    `- Node ${machine.node}${machine.chromium ? `; Chromium ${machine.chromium} (headless)` : ''}`,
    ...(pageEnv
      ? [
          `- Method: ${report.iterations} measured rounds after ${report.warmup} warm-up rounds; every variant of a group runs once per round, in rotated order; GC before each timed run: ${pageEnv.gcBetweenRuns ? 'yes' : 'no'}; timer resolution ${pageEnv.timerResolutionMs.toFixed(3)} ms; run took ${report.seconds} s`,
        ]
      : [`- Run took ${report.seconds} s`]),
    ...(feed
      ? [
          `- Feed: ${mb(feed.bytes)} (${feed.bytes.toLocaleString('en')} bytes, minified JSON), generated by \`bench/make-large-feed.mjs\` from \`${feed.seedFile}\`: ${feed.stats.goals.toLocaleString('en')} goals, ${feed.stats.indicators.toLocaleString('en')} indicators (${feed.stats.observations.toLocaleString('en')} observations), ${feed.stats.units} organization units, ${feed.stats.budgetYears} budget years, ${feed.stats.contacts} contact points; valid (checked with \`validateFeed\` before timing); SHA-256 \`${feed.sha256.slice(0, 16)}…\``,
        ]
      : []),
    '',
  ];
  const sections = new Map();
  for (const { name, rows, subject, notes } of results) {
    const start = lines.length;
    lines.push(`## ${name}`, '');
    // Written alone (--only): the file's header describes another run, so the section says its own.
    if (report.only)
      lines.push(
        `Run alone (\`--only ${name}\`) on ${report.date}: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, 1-minute load average ${machine.load} at the start, ${report.seconds} s.`,
        '',
      );
    if (subject) lines.push(`On ${subject}.`, '');
    // All in ms: the units in the header. Otherwise (e.g. heap sizes in MB) in each cell.
    const mixed = rows.some((row) => unitOf(row.group) !== 'ms');
    const head = mixed ? '' : ' (ms)';
    lines.push(
      `| Group | Variant | Median${head} | IQR${head} | Min${head} | Ratio of medians (95% CI) | Ratio of mins |`,
    );
    lines.push('| --- | --- | --: | --: | --: | --: | --: |');
    for (const row of rows) {
      const s = row.baseline.stats;
      const label = (l) => l.replace(/\|/g, '\\|');
      const u = mixed ? ` ${unitOf(row.group)}` : '';
      const ms = (x) => `${x.toFixed(1)}${u}`;
      lines.push(
        `| ${row.group.title} | ${label(row.baseline.label)} | ${ms(s.median)} | ${ms(s.q1)}–${ms(s.q3)} | ${ms(s.min)} | 1 (baseline) | 1 |`,
      );
      for (const c of row.candidates) {
        lines.push(
          `| | ${label(c.label)} | ${ms(c.stats.median)} | ${ms(c.stats.q1)}–${ms(c.stats.q3)} | ${ms(c.stats.min)} | ` +
            `**${c.ratio.value.toFixed(2)}×** (${c.ratio.low.toFixed(2)}–${c.ratio.high.toFixed(2)}) | ` +
            `${(c.stats.min / s.min).toFixed(2)}× |`,
        );
      }
    }
    for (const note of notes ?? []) lines.push(`- ${note}`);
    lines.push('');
    sections.set(name, lines.slice(start).join('\n'));
  }
  const file = path.join(root, 'docs/benchmarks.md');
  let markdown = lines.join('\n');
  // `--only <name> --write` replaces that benchmark's section and keeps the others' results.
  if (report.only && existsSync(file)) {
    markdown = readFileSync(file, 'utf8');
    for (const [name, section] of sections) {
      const at = markdown.search(new RegExp(`^## ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      if (at < 0) {
        markdown = `${markdown.trimEnd()}\n\n${section}\n`;
        continue;
      }
      const next = markdown.slice(at + 1).search(/^## /m);
      const end = next < 0 ? markdown.length : at + 1 + next;
      markdown = `${markdown.slice(0, at)}${section}\n${markdown.slice(end)}`;
    }
  }
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    markdown = await prettier.format(markdown, { ...config, parser: 'markdown' });
  } catch (error) {
    console.warn(`Could not format ${path.relative(root, file)} with prettier: ${error.message}`);
  }
  writeFileSync(file, markdown);
  console.log(`\nWrote ${path.relative(root, file)}`);
}

/**
 * A benchmark's own feed: `bench/make-<name>.mjs` exporting `buildFeed()` (which returns
 * `{ text, bytes, summary }` of a valid feed) gives `bench/<name>.bench.ts` that feed at
 * `/<name>-feed.json` as its `feedUrl`; the others get the large feed.
 */
async function buildOwnFeeds(files) {
  const feeds = new Map();
  for (const file of files) {
    const bench = path.basename(file, '.bench.ts');
    const maker = path.join(benchDir, `make-${bench}.mjs`);
    if (!existsSync(maker)) continue;
    const mod = await import(pathToFileURL(maker).href);
    if (typeof mod.buildFeed !== 'function') continue;
    const built = await mod.buildFeed();
    feeds.set(bench, { ...built, bench, url: `/${bench}-feed.json` });
  }
  return feeds;
}

// ---------------------------------------------------------------------------------------------
// Main

const today = () => new Date().toISOString().slice(0, 10);

function machineOf(loadAtStart) {
  const cpus = os.cpus();
  return {
    node: process.version,
    chromium: null,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    load: loadAtStart.toFixed(1),
  };
}

async function main() {
  const started = Date.now();
  // Other processes add noise: the load average is reported beside the results.
  const loadAtStart = os.loadavg()[0];
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => !args.only || f === `${args.only}.bench.ts`)
    .sort()
    .map((f) => path.join(benchDir, f));
  const nodeBenches = NODE_BENCHES.filter((name) => !args.only || name === args.only);
  if (files.length === 0 && nodeBenches.length === 0)
    throw new Error(`No benchmark matches ${args.only ?? 'bench/*.bench.ts'}.`);

  // Node benchmarks first, before the browser starts: a load test wants the CPUs to itself.
  const nodeResults = [];
  for (const name of nodeBenches) {
    let result;
    try {
      const mod = await import(pathToFileURL(path.join(benchDir, `${name}.mjs`)).href);
      result = await mod.run({ log: (line) => console.error(line) });
    } catch (error) {
      // One broken benchmark must not cost the others' results; the exit status still says so.
      console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
      process.exitCode = 1;
      continue;
    }
    const rows = rowsOf(result);
    printBench(name, rows, subjectOf(result, undefined));
    printNotes(result);
    nodeResults.push({ name, env: result.env, rows, subject: result.subject, notes: result.notes });
  }
  if (files.length === 0) {
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(
      `\nnode ${process.version}, ${os.cpus().length} CPUs; load average ${loadAtStart.toFixed(1)}; ${seconds} s.`,
    );
    if (args.write)
      await writeDocs({
        date: today(),
        only: args.only,
        iterations,
        warmup,
        seconds,
        machine: machineOf(loadAtStart),
        results: nodeResults,
      });
    return;
  }

  const [feed, bundles, ownFeeds] = await Promise.all([
    buildLargeFeed(),
    bundle(files),
    buildOwnFeeds(files),
  ]);
  console.log(
    `Feed: ${mb(feed.bytes)} from ${feed.seedFile} (${feed.stats.goals} goals, ${feed.stats.indicators} indicators), ` +
      `valid. ${iterations} rounds + ${warmup} warm-up.`,
  );

  const routes = new Map([
    ['/', { type: 'text/html; charset=utf-8', body: Buffer.from(PAGE) }],
    [FEED_PATH, { type: 'application/json; charset=utf-8', body: Buffer.from(feed.text) }],
  ]);
  for (const [route, body] of bundles) routes.set(route, { type: 'text/javascript; charset=utf-8', body });
  for (const own of ownFeeds.values()) {
    routes.set(own.url, { type: 'application/json; charset=utf-8', body: Buffer.from(own.text) });
    console.log(`Feed for ${own.bench}: ${mb(own.bytes)}, ${own.summary}, valid.`);
  }

  let server;
  let browser;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    if (server) await stopServer(server);
    browser = undefined;
    server = undefined;
  };
  const onSignal = (signal) => {
    interrupted = true;
    console.error(`\n${signal}: stopping the browser and the server.`);
    cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const watchdog = setTimeout(() => {
    console.error(
      `Benchmarks did not finish within ${(WATCHDOG_MS * files.length) / 60_000} minutes; stopping.`,
    );
    cleanUp().finally(() => process.exit(1));
  }, WATCHDOG_MS * files.length);

  try {
    server = await startServer(routes);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      // This script stops the browser itself, also on Ctrl-C (see onSignal).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Memory: performance.memory exact and current, not bucketed and cached.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
        // performance.measureUserAgentSpecificMemory() (JS + DOM) answers at once, not at the next GC.
        '--enable-blink-features=ForceEagerMeasureMemory',
      ],
    });
    const chromiumVersion = browser.version();
    const results = [];
    for (const file of files) {
      const name = path.basename(file, '.bench.ts');
      // Pinned, so results do not depend on the machine's zone (opening_hours computes in it).
      const page = await browser.newPage({ timezoneId: TIME_ZONE });
      page.on('console', (message) => {
        // console.info from a benchmark is progress for long runs: to stderr, beside the problems.
        if (message.type() === 'error' || message.type() === 'warning' || message.type() === 'info')
          console.error(`[${name}] ${message.text()}`);
      });
      page.on('pageerror', (error) => console.error(`[${name}] page error: ${error.message}`));
      await page.goto(`${origin}/`);
      const result = await page.evaluate(async ({ src, options }) => (await import(src)).run(options), {
        src: `/${name}.bench.js`,
        options: { feedUrl: ownFeeds.get(name)?.url ?? FEED_PATH, iterations, warmup },
      });
      await page.close();
      const rows = rowsOf(result);
      printBench(name, rows, subjectOf(result, feed));
      printNotes(result);
      results.push({ name, env: result.env, rows, subject: result.subject, notes: result.notes });
    }
    results.push(...nodeResults);
    const seconds = Math.round((Date.now() - started) / 1000);
    const env = results[0]?.env;
    const feedEnv = results.find((r) => r.env.lastGoodCopyStored !== undefined)?.env;
    console.log(
      `\nChromium ${chromiumVersion}, node ${process.version}, ${os.cpus().length} CPUs; ` +
        `GC between runs: ${env?.gcBetweenRuns ? 'yes' : 'no'}; timer resolution ${env?.timerResolutionMs.toFixed(3)} ms; ` +
        (feedEnv ? `last good copy stored: ${feedEnv.lastGoodCopyStored ? 'yes' : 'no'}; ` : '') +
        `time zone ${TIME_ZONE}; load average ${loadAtStart.toFixed(1)}; ${seconds} s.`,
    );
    if (args.write) {
      await writeDocs({
        date: today(),
        only: args.only,
        iterations,
        warmup,
        seconds,
        feed,
        machine: { ...machineOf(loadAtStart), chromium: chromiumVersion },
        results,
      });
    }
  } finally {
    clearTimeout(watchdog);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}

main().catch((error) => {
  if (interrupted) return;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});

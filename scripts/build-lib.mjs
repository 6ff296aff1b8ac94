#!/usr/bin/env node
// lib/: unbundled ESM with types for npm users. tsc compiles src/**/*.ts; the generated
// validators are already JavaScript (with hand-written .d.ts), so they are copied as they are,
// and so is the schema, which `insyn/schema.json` exports.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

await rm('lib', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});

const from = 'src/feed/generated';
const to = 'lib/feed/generated';
await mkdir(to, { recursive: true });
for (const file of await readdir(from)) {
  if (file.endsWith('.js') || file.endsWith('.d.ts'))
    await copyFile(path.join(from, file), path.join(to, file));
}
await copyFile('src/feed/feed.schema.json', 'lib/feed/feed.schema.json');
console.log('lib/ built');

#!/usr/bin/env node
// The `insyn` command: `insyn validate my-feed.json`. The CLI itself is src/cli/main.ts,
// compiled to lib/cli/main.js by `tsc -p tsconfig.build.json`.
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The service's own command, the same as `insyn serve`: settings from the environment
// (`insyn-feedback-service --help`). The code is server/src/main.ts, compiled to lib/main.js.
import { serve } from '../lib/main.js';

const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
process.exitCode = await serve(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  },
  locale.toLowerCase().startsWith('sv') ? 'sv' : 'en',
);

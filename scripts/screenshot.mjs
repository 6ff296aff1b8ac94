#!/usr/bin/env node
// Screenshots a page as a person would see it: node scripts/screenshot.mjs URL OUT.png
//   [--width 1280] [--height 2000] [--dark] [--forced-colors] [--full] [--reduced-motion]
// Uses Debian's Chromium through playwright-core (no browser download).
import { chromium } from 'playwright-core';

const [url, out = 'screenshot.png', ...rest] = process.argv.slice(2);
if (!url) {
  console.error(
    'usage: node scripts/screenshot.mjs URL OUT.png [--width N] [--height N] [--dark] [--forced-colors] [--full]',
  );
  process.exit(2);
}
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};
const flag = (name) => rest.includes(`--${name}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({
    viewport: { width: option('width', 1280), height: option('height', 2000) },
    colorScheme: flag('dark') ? 'dark' : 'light',
    forcedColors: flag('forced-colors') ? 'active' : 'none',
    reducedMotion: flag('reduced-motion') ? 'reduce' : 'no-preference',
  });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(option('wait', 500));
  await page.screenshot({ path: out, fullPage: flag('full') });
  console.log(`${out}${problems.length ? `\n${problems.join('\n')}` : ''}`);
} finally {
  await browser.close();
}

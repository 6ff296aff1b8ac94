// Throwaway: screenshots and checks of the demo page (delete when done).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const base = process.argv[2];
const axeSource = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [name, width, scheme, lang] of [
  ['wide-light-sv', 1280, 'light', 'sv'],
  ['narrow-dark-en', 320, 'dark', 'en'],
]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  const logs = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  await page.goto(`${base}demo/?lang=${lang}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const info = await page.evaluate(() => ({
    mainLang: document.querySelector('main').lang,
    htmlClass: document.documentElement.className,
    formHidden: document.getElementById('settings').hidden,
    defined: ['goal-tree', 'scorecard-chart', 'budget-explainer', 'feedback-prompt', 'contact-card'].map((t) => `${t}:${!!customElements.get(t)}`),
    scrollWidth: document.documentElement.scrollWidth,
    h1: document.querySelector('h1').innerText,
  }));
  console.log(name, JSON.stringify(info));
  await page.screenshot({ path: `/tmp/insyn-gen/${name}.png`, fullPage: true });
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  console.log(' axe:', res.length ? res.join('\n  ') : 'no violations');
  console.log(' console:', logs.slice(0, 10).join('\n  ') || 'none');
  // Toggle theme by clicking "dark" then check the class.
  if (name === 'wide-light-sv') {
    await page.check('input[name=theme][value=dark]');
    await page.check('input[name=lang][value=en]');
    console.log(' after toggle:', await page.evaluate(() => document.documentElement.className + ' ' + document.querySelector('main').lang));
    await page.screenshot({ path: `/tmp/insyn-gen/wide-dark-en.png`, fullPage: false });
  }
  await ctx.close();
}
await browser.close();

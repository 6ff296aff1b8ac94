// The gallery: every element in every theme and state, built here so the 150-odd tags are not
// written out by hand. Runs on the vite dev server (`npm start`, then /demo/gallery.html) and in
// test/node/gallery.test.mjs. Everything is made with DOM calls, never HTML strings.
import { acquireFeed } from '/src/feed/loader.ts';

/** A feed URL that never answers: the elements pointed at it stay in their loading state. */
const LOADING_URL = new URL('./gallery-never-answers.json', location.href).href;

/**
 * The loader shares one load per URL and the first claim sets its options, so this claim
 * decides for every element that asks for LOADING_URL later: no deadline, and a fetch that
 * never settles (no server needed, and the claim is never released).
 */
acquireFeed(LOADING_URL, { timeoutMs: 0, retries: 0, persist: false, fetch: () => new Promise(() => {}) });

/**
 * The themes: `file` is a theme from src/themes/ (its :root rules are scoped to the section, as
 * docs/theming.md shows for a part of a page); `scheme` is the section's color-scheme, as a page
 * would declare it; `page` the section's own background, as the page around the elements.
 */
const THEMES = [
  { id: 'light', title: 'Standard, ljust (default, light)', scheme: 'light' },
  { id: 'dark', title: 'Standard, mörkt (default, dark)', scheme: 'dark' },
  {
    id: 'dark-css',
    title: 'dark.css på en mörk sida utan color-scheme (dark.css, page without color-scheme)',
    file: 'dark.css',
    scheme: 'light',
    page: '#16181d',
  },
  {
    id: 'high-contrast-light',
    title: 'Hög kontrast, ljust (high contrast, light)',
    file: 'high-contrast.css',
    scheme: 'light',
  },
  {
    id: 'high-contrast-dark',
    title: 'Hög kontrast, mörkt (high contrast, dark)',
    file: 'high-contrast.css',
    scheme: 'dark',
  },
  {
    id: 'brand-light',
    title: 'Exempelstad, ljust (example brand, light)',
    file: 'example-brand.css',
    scheme: 'light',
  },
  {
    id: 'brand-dark',
    title: 'Exempelstad, mörkt (example brand, dark)',
    file: 'example-brand.css',
    scheme: 'dark',
  },
];

/** The elements, each with the attributes its ready state needs from the demo feed. */
const ELEMENTS = [
  { tag: 'goal-tree', title: '<goal-tree>' },
  { tag: 'scorecard-chart', title: '<scorecard-chart>' },
  { tag: 'scorecard-chart', title: '<scorecard-chart indicator>', attrs: { indicator: 'forvarvsarbetande' } },
  { tag: 'budget-explainer', title: '<budget-explainer>' },
  { tag: 'contact-card', title: '<contact-card>', attrs: { contact: 'eskilstuna-direkt' } },
  { tag: 'feedback-prompt', title: '<feedback-prompt>' },
];

/** An inline feed that breaks the schema: the error state, with its list of problems. */
const INVALID_FEED = JSON.stringify({
  version: 1,
  goals: 'inga',
  indicators: [{ id: 1 }],
  budget: [],
  contacts: {},
  feedback: 'nej',
});
/** A valid feed without any section: every element shows its empty state. */
const EMPTY_FEED = JSON.stringify({ version: 1 });

const STATES = [
  { state: 'loading', title: 'Laddar (loading)', src: LOADING_URL },
  { state: 'error', title: 'Fel (error)', inline: INVALID_FEED },
  { state: 'empty', title: 'Tom (empty)', inline: EMPTY_FEED },
];

const params = new URLSearchParams(location.search);
const only = params.get('theme');
const lang = params.get('lang') === 'en' ? 'en' : 'sv';

function el(name, attrs = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** One element in one state; `data-expect` is the state the test waits for. */
function widget({ tag, attrs = {} }, state) {
  const node = el(tag, { ...attrs, 'data-expect': state.state, 'heading-level': '4' });
  if (state.src) node.setAttribute('src', state.src);
  if (state.inline) node.append(el('script', { type: 'application/json' }, state.inline));
  return node;
}

/** The theme file's rules, with :root scoped to one section of the page. */
async function scopedSheet(theme) {
  const response = await fetch(new URL(`../src/themes/${theme.file}`, import.meta.url), {
    headers: { accept: 'text/css' },
  });
  if (!response.ok) throw new Error(`gallery: ${theme.file}: HTTP ${response.status}`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync((await response.text()).replaceAll(':root', `[data-theme='${theme.id}']`));
  return sheet;
}

function section(theme) {
  const heading = `t-${theme.id}`;
  const body = el('section', { class: 'theme', 'data-theme': theme.id, 'aria-labelledby': heading });
  body.style.colorScheme = theme.scheme;
  if (theme.page) body.style.setProperty('--gallery-page', theme.page);
  body.append(el('h2', { id: heading }, theme.title));
  for (const element of ELEMENTS) {
    const states = el('div', { class: 'states' });
    for (const state of STATES) {
      states.append(
        el('figure', { class: 'state' }, el('figcaption', {}, state.title), widget(element, state)),
      );
    }
    body.append(
      el(
        'article',
        { class: 'element' },
        el('h3', {}, el('code', {}, element.title)),
        el('div', { class: 'ready' }, widget(element, { state: 'ready', src: './feed.json' })),
        states,
      ),
    );
  }
  return body;
}

const themes = THEMES.filter((theme) => !only || theme.id === only);
const nav = document.getElementById('themes');
nav.append(
  el(
    'ul',
    {},
    ...THEMES.map((theme) => el('li', {}, el('a', { href: `?theme=${theme.id}&lang=${lang}` }, theme.id))),
  ),
);
const main = document.getElementById('gallery');
main.setAttribute('lang', lang);
document.adoptedStyleSheets = [
  ...document.adoptedStyleSheets,
  ...(await Promise.all(themes.filter((theme) => theme.file).map(scopedSheet))),
];
main.append(...themes.map(section));

await import('/src/define/all.ts');

// The web validator (demo/validate.html): an editor pastes, drops or fetches a feed and sees
// every problem with its line, in Swedish or English, and the five elements fed with it.
// Problems come from the public feed API (validateFeed, parseJson); lines from locatePointers.
// Feed text is only ever set as text (textContent, value), never as HTML.
//
// `npm start` serves this file as it is (/demo/validate.html); `npm run build` bundles it into
// dist/validate.js beside dist/validate.html and dist/validate.css (rollup.config.js).
import '/src/define/all.ts';
import { FeedParseError, parseErrorMessage, parseJson, validateFeed } from '/src/feed/index.ts';
import { locatePointers } from '/src/feed/json-positions.ts';

const TEXTS = {
  sv: {
    pageTitle: 'Kontrollera ett Insyn-flöde',
    skip: 'Hoppa till flödet',
    title: 'Kontrollera ett Insyn-flöde',
    lead: 'Klistra in flödet, släpp en JSON-fil här eller hämta det från en adress. Sidan visar varje fel med radnummer och hur komponenterna ser ut med flödet. Flödet lämnar aldrig din dator.',
    inputHeading: 'Flödet',
    fileLabel: 'Välj en JSON-fil',
    urlLabel: 'eller hämta från en adress',
    urlButton: 'Hämta',
    textLabel: 'Flödet som JSON',
    textHint: 'Klistra in texten här, eller släpp en fil i rutan. Kontrollen körs när du slutar skriva.',
    reportHeading: 'Resultat',
    previewHeading: 'Förhandsvisning',
    previewWaiting: 'Komponenterna visas här när texten är giltig JSON.',
    previewShown: 'Komponenterna med flödet. En komponent visar bara de delar av flödet den läser.',
    caret: 'Markören: rad {line}, kolumn {column}',
    empty: 'Klistra in ett flöde, välj en fil eller hämta från en adress.',
    valid: 'Flödet är giltigt.',
    validWithWarnings: 'Flödet är giltigt, med {warnings}.',
    invalid: 'Flödet har {errors}.',
    invalidWithWarnings: 'Flödet har {errors} och {warnings}.',
    notJson: 'Texten är inte giltig JSON: rad {line}, kolumn {column}.',
    errorsOne: '1 fel',
    errorsMany: '{n} fel',
    warningsOne: '1 varning',
    warningsMany: '{n} varningar',
    errorsHeading: 'Fel',
    warningsHeading: 'Varningar',
    errorWord: 'Fel',
    warningWord: 'Varning',
    where: 'Rad {line}, kolumn {column}',
    whereNear: 'Nära rad {line}, kolumn {column}',
    whole: 'Hela flödet',
    selectHint: 'Välj ett fel för att markera dess rad i textrutan.',
    more: '… och {n} till. Rätta de första och kontrollera igen.',
    loadingUrl: 'Hämtar {url} …',
    urlFailed: 'Kunde inte hämta {url}: {reason}',
    urlHttp: 'servern svarade {status}. Stämmer adressen?',
    urlNetwork:
      'inget svar. Adressen kan vara fel, eller så tillåter servern inte att flödet läses från den här sidan (CORS). Öppna adressen i en ny flik och klistra in texten i stället.',
    urlBad: 'det är ingen fullständig adress (https://…).',
    fileFailed: 'Kunde inte läsa filen {name}.',
    loaded: 'Läste in {name}.',
    tooBig:
      '{name} är för stor för att redigeras här ({size} MB). Felen visas nedan med sina rader; rätta dem i din textredigerare och läs in filen igen.',
  },
  en: {
    pageTitle: 'Check an Insyn feed',
    skip: 'Skip to the feed',
    title: 'Check an Insyn feed',
    lead: 'Paste the feed, drop a JSON file here or fetch it from an address. The page shows every problem with its line number and how the elements look with the feed. The feed never leaves your computer.',
    inputHeading: 'The feed',
    fileLabel: 'Choose a JSON file',
    urlLabel: 'or fetch it from an address',
    urlButton: 'Fetch',
    textLabel: 'The feed as JSON',
    textHint: 'Paste the text here, or drop a file on the box. The check runs when you stop typing.',
    reportHeading: 'Result',
    previewHeading: 'Preview',
    previewWaiting: 'The elements show here once the text is valid JSON.',
    previewShown: 'The elements with the feed. Each element shows only the parts of the feed it reads.',
    caret: 'Cursor: line {line}, column {column}',
    empty: 'Paste a feed, choose a file or fetch one from an address.',
    valid: 'The feed is valid.',
    validWithWarnings: 'The feed is valid, with {warnings}.',
    invalid: 'The feed has {errors}.',
    invalidWithWarnings: 'The feed has {errors} and {warnings}.',
    notJson: 'The text is not valid JSON: line {line}, column {column}.',
    errorsOne: '1 error',
    errorsMany: '{n} errors',
    warningsOne: '1 warning',
    warningsMany: '{n} warnings',
    errorsHeading: 'Errors',
    warningsHeading: 'Warnings',
    errorWord: 'Error',
    warningWord: 'Warning',
    where: 'Line {line}, column {column}',
    whereNear: 'Near line {line}, column {column}',
    whole: 'The whole feed',
    selectHint: 'Choose a problem to select its line in the text box.',
    more: '… and {n} more. Fix the first ones and check again.',
    loadingUrl: 'Fetching {url} …',
    urlFailed: 'Could not fetch {url}: {reason}',
    urlHttp: 'the server answered {status}. Is the address right?',
    urlNetwork:
      'no answer. The address may be wrong, or the server does not let this page read the feed (CORS). Open the address in a new tab and paste the text instead.',
    urlBad: 'it is not a full address (https://…).',
    fileFailed: 'Could not read the file {name}.',
    loaded: 'Read {name}.',
    tooBig:
      '{name} is too large to edit here ({size} MB). The problems are listed below with their lines; fix them in your text editor and read the file again.',
  },
};

/**
 * A file or download larger than this is checked without being put in the text box: a browser
 * needs many seconds to lay out megabytes of text in a textarea, and nobody edits them there.
 */
const EDIT_LIMIT = 1_000_000;
/** At most this many problems of each kind are listed; a feed with thousands needs the first ones fixed. */
const LIST_LIMIT = 500;
const LANGS = ['sv', 'en'];
const STORAGE_KEY = 'insyn-validate-lang';

const textarea = /** @type {HTMLTextAreaElement} */ (document.getElementById('flode'));
const summary = document.getElementById('summary');
const problemsBox = document.getElementById('problems');
const preview = document.getElementById('preview');
const previewHint = document.getElementById('preview-hint');
const caret = document.getElementById('caret');
const langForm = /** @type {HTMLFormElement} */ (document.getElementById('lang'));
const fileInput = /** @type {HTMLInputElement} */ (document.getElementById('file'));
const urlForm = /** @type {HTMLFormElement} */ (document.getElementById('url-form'));
const dropZone = document.getElementById('drop-zone');

function storedLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGS.includes(stored) ? stored : 'sv';
  } catch {
    return 'sv';
  }
}

let lang = storedLang();

/** A text in the current language with {name} filled in. */
function t(key, values = {}) {
  return TEXTS[lang][key].replace(/\{(\w+)\}/g, (whole, name) =>
    name in values ? String(values[name]) : whole,
  );
}

function count(n, one, many) {
  return n === 1 ? t(one) : t(many, { n });
}

function el(name, attrs = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** Nodes with a space between each, so their text reads as words (a grid drops the spaces from view). */
function spaced(...nodes) {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [' ', node]));
}

/* ---- Checking -------------------------------------------------------------------------- */

/** The last check's outcome, kept so a language switch can re-word it. */
let state = { kind: 'empty' };
/** A feed too large for the text box, checked from here instead; null when the box holds the feed. */
let source = null;
let generation = 0;
let timer;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Longer pauses for longer texts: a 5 MB feed is checked once typing has stopped for about a second. */
function delayFor(text) {
  return Math.min(1200, 250 + Math.round(text.length / 5000));
}

function schedule() {
  clearTimeout(timer);
  generation++;
  timer = setTimeout(() => void check(), delayFor(textarea.value));
}

/**
 * Parses, validates and locates, one step per task so typing is never held up for long; a
 * newer edit makes an older check stop where it is.
 */
async function check() {
  const mine = ++generation;
  const text = source?.text ?? textarea.value;
  if (text.trim() === '') {
    state = { kind: 'empty' };
    source = null;
    render();
    return;
  }
  summary.dataset.busy = 'true';
  let doc;
  try {
    doc = parseJson(text);
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    state = { kind: 'syntax', text, error };
    render();
    return;
  }
  await nextTask();
  if (mine !== generation) return;
  const result = validateFeed(doc, { lang });
  const warnings = result.warnings ?? [];
  await nextTask();
  if (mine !== generation) return;
  const locations = locatePointers(
    text,
    [...result.problems, ...warnings].map((problem) => problem.path),
  );
  state = { kind: 'checked', text, doc, problems: result.problems, warnings, locations };
  render();
  await nextTask();
  if (mine !== generation) return;
  showPreview(doc);
}

/** Re-words the problems in the current language (the validator words them; lines stay). */
function reword() {
  if (state.kind !== 'checked') return;
  const result = validateFeed(state.doc, { lang });
  state = { ...state, problems: result.problems, warnings: result.warnings ?? [] };
}

/* ---- Showing --------------------------------------------------------------------------- */

function render() {
  delete summary.dataset.busy;
  problemsBox.replaceChildren();
  if (state.kind === 'empty') {
    summary.textContent = t('empty');
    summary.dataset.result = 'empty';
    hidePreview();
    return;
  }
  if (state.kind === 'syntax') {
    const { line, column } = state.error;
    summary.textContent = t('notJson', { line, column });
    summary.dataset.result = 'invalid';
    problemsBox.append(syntaxProblem(state.text, state.error));
    hidePreview();
    return;
  }
  const { problems, warnings } = state;
  const errors = count(problems.length, 'errorsOne', 'errorsMany');
  const warned = count(warnings.length, 'warningsOne', 'warningsMany');
  if (problems.length === 0) {
    summary.textContent = warnings.length === 0 ? t('valid') : t('validWithWarnings', { warnings: warned });
    summary.dataset.result = 'valid';
  } else {
    summary.textContent =
      warnings.length === 0
        ? t('invalid', { errors })
        : t('invalidWithWarnings', { errors, warnings: warned });
    summary.dataset.result = 'invalid';
  }
  if (problems.length > 0 || warnings.length > 0)
    problemsBox.append(el('p', { class: 'hint' }, t('selectHint')));
  if (problems.length > 0) problemsBox.append(problemList('error', problems));
  if (warnings.length > 0) problemsBox.append(problemList('warning', warnings));
}

/** One list of problems (errors or warnings) under its own heading, each a button that selects its line. */
function problemList(kind, list) {
  const headingId = `${kind}s-heading`;
  const heading = t(kind === 'error' ? 'errorsHeading' : 'warningsHeading');
  const items = list.slice(0, LIST_LIMIT).map((problem) => {
    const location = state.locations.get(problem.path);
    const span = location ? (location.key ?? location.value) : undefined;
    const where = span
      ? t(location.exact ? 'where' : 'whereNear', { line: span.line, column: span.column })
      : t('whole');
    const button = el(
      source ? 'div' : 'button',
      source ? { class: 'problem__go' } : { type: 'button', class: 'problem__go' },
      ...spaced(
        el(
          'span',
          { class: 'problem__kind' },
          el('span', { 'aria-hidden': 'true' }, kind === 'error' ? '✕ ' : '⚠ '),
          `${t(kind === 'error' ? 'errorWord' : 'warningWord')}:`,
        ),
        el('span', { class: 'problem__where' }, `${where}.`),
        el('code', { class: 'problem__path' }, problem.path || '/'),
        el('span', { class: 'problem__message' }, problem.message),
      ),
    );
    if (span) {
      button.dataset.line = String(span.line);
      button.append(' ', el('code', { class: 'problem__excerpt' }, excerpt(state.text, span.start)));
      if (!source) button.addEventListener('click', () => select(location));
    } else if (!source) {
      button.disabled = true;
    }
    return el('li', { class: `problem problem--${kind}`, 'data-code': problem.code }, button);
  });
  const box = el(
    'section',
    { class: `problems problems--${kind}`, 'aria-labelledby': headingId },
    el('h3', { id: headingId }, `${heading} (${list.length})`),
    el('ol', { class: 'problem-list' }, ...items),
  );
  if (list.length > LIST_LIMIT)
    box.append(el('p', { class: 'hint' }, t('more', { n: list.length - LIST_LIMIT })));
  return box;
}

/** The line a problem is on, trimmed and cut at 160 characters: the editor sees what it refers to. */
function excerpt(text, offset) {
  const before = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const newline = text.slice(offset, offset + 2000).search(/[\r\n]/);
  const end = newline < 0 ? Math.min(text.length, offset + 2000) : offset + newline;
  const line = text.slice(before, end).trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** A JSON syntax error: where to fix it, what is wrong in words, and the line itself. */
function syntaxProblem(text, error) {
  const empty = text.trim() === '';
  const offset = offsetOf(text, error.line, error.column);
  const button = el(
    source ? 'div' : 'button',
    source
      ? { class: 'problem__go', 'data-line': String(error.line) }
      : { type: 'button', class: 'problem__go', 'data-line': String(error.line) },
    ...spaced(
      el(
        'span',
        { class: 'problem__kind' },
        el('span', { 'aria-hidden': 'true' }, '✕ '),
        `${t('errorWord')}:`,
      ),
      el('span', { class: 'problem__where' }, `${t('where', { line: error.line, column: error.column })}.`),
      el('span', { class: 'problem__message' }, parseErrorMessage(error, lang)),
    ),
  );
  if (!empty) button.append(' ', el('code', { class: 'problem__excerpt' }, excerpt(text, offset)));
  if (!source)
    button.addEventListener('click', () =>
      selectRange(offset, Math.min(text.length, offset + 1), error.line),
    );
  return el(
    'section',
    { class: 'problems problems--error', 'aria-labelledby': 'errors-heading' },
    el('h3', { id: 'errors-heading' }, `${t('errorsHeading')} (1)`),
    el(
      'ol',
      { class: 'problem-list' },
      el('li', { class: 'problem problem--error', 'data-code': 'json' }, button),
    ),
  );
}

/** The 0-based offset of a 1-based line and column (a leading BOM is not a column). */
function offsetOf(text, line, column) {
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let current = 1; current < line; current++) {
    const next = text.slice(offset).search(/\r\n|\n|\r/);
    if (next < 0) break;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  return Math.min(text.length, offset + column - 1);
}

/** Selects a problem's member name and value (or the first line of an object or list). */
function select(location) {
  const start = (location.key ?? location.value).start;
  const { value } = location;
  const text = textarea.value;
  const newline = text.slice(value.start, value.end).search(/[\r\n]/);
  const end = newline < 0 ? value.end : value.start + newline;
  selectRange(start, end, (location.key ?? location.value).line);
}

function selectRange(start, end, line) {
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  // Scroll the box so the line sits a few lines from the top, then the box into view.
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (line - 4) * lineHeight);
  textarea.scrollIntoView({ block: 'nearest' });
  showCaret();
}

/** "Cursor: line 7, column 3" under the box, so an editor can find a line the list names. */
function showCaret() {
  const text = textarea.value;
  const at = textarea.selectionStart;
  let line = 1;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < at; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  caret.textContent = t('caret', { line, column: at - lineStart + 1 });
}

/** Each element is made on the first feed, so none of them reports "no feed" before there is one. */
const HEADING_LEVEL = { 'scorecard-chart': '4', 'budget-explainer': '4', 'contact-card': '4' };

function showPreview(doc) {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return hidePreview();
  for (const slot of preview.querySelectorAll('[data-preview-slot]')) {
    const tag = slot.dataset.previewSlot;
    let element = slot.firstElementChild;
    if (!element) {
      element = document.createElement(tag);
      element.dataset.preview = '';
      if (HEADING_LEVEL[tag]) element.setAttribute('heading-level', HEADING_LEVEL[tag]);
      element.feed = doc;
      slot.append(element);
    }
    element.feed = doc;
  }
  preview.hidden = false;
  previewHint.textContent = t('previewShown');
}

function hidePreview() {
  preview.hidden = true;
  previewHint.textContent = t('previewWaiting');
}

/** The page's own words, in the current language. */
function applyLang() {
  document.documentElement.lang = lang;
  document.title = t('pageTitle');
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
  langForm.elements.namedItem('lang').value = lang;
  previewHint.textContent = t(preview.hidden ? 'previewWaiting' : 'previewShown');
}

/* ---- Input ----------------------------------------------------------------------------- */

/** Puts a feed's text in the box (or, when it is too large for that, keeps it here) and checks it at once. */
function load(text, name) {
  let note = t('loaded', { name });
  if (text.length > EDIT_LIMIT) {
    source = { text, name };
    textarea.value = '';
    note = t('tooBig', {
      name,
      size: (text.length / 1e6).toLocaleString(lang, { maximumFractionDigits: 1 }),
    });
    caret.textContent = note;
  } else {
    source = null;
    textarea.value = text;
  }
  clearTimeout(timer);
  generation++;
  if (note) summary.textContent = note;
  void check();
}

async function readFile(file) {
  try {
    load(await file.text(), file.name);
  } catch {
    summary.textContent = t('fileFailed', { name: file.name });
  }
}

async function fetchFeed(address) {
  let url;
  try {
    url = new URL(address);
    if (!/^https?:$/.test(url.protocol)) throw new TypeError('not http');
  } catch {
    summary.textContent = t('urlFailed', { url: address, reason: t('urlBad') });
    return;
  }
  summary.textContent = t('loadingUrl', { url: url.href });
  let response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit' });
  } catch {
    summary.textContent = t('urlFailed', { url: url.href, reason: t('urlNetwork') });
    return;
  }
  if (!response.ok) {
    summary.textContent = t('urlFailed', {
      url: url.href,
      reason: t('urlHttp', { status: response.status }),
    });
    return;
  }
  load(await response.text(), url.href);
}

textarea.addEventListener('input', () => {
  source = null;
  // Marked busy, not re-worded: the summary is a live region, and a screen reader would say
  // "Checking" after every key.
  summary.dataset.busy = 'true';
  schedule();
});
for (const type of ['keyup', 'click', 'select']) textarea.addEventListener(type, showCaret);

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void readFile(file);
});

dropZone.addEventListener('dragover', (event) => {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  dropZone.dataset.dragging = 'true';
});
dropZone.addEventListener('dragleave', (event) => {
  if (!dropZone.contains(/** @type {Node | null} */ (event.relatedTarget))) delete dropZone.dataset.dragging;
});
dropZone.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files?.[0];
  delete dropZone.dataset.dragging;
  if (!file) return;
  event.preventDefault();
  void readFile(file);
});

urlForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const address = urlForm.elements.namedItem('url').value.trim();
  if (address) void fetchFeed(address);
});

langForm.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !LANGS.includes(input.value)) return;
  lang = input.value;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Blocked storage: the choice lasts for this page view.
  }
  applyLang();
  reword();
  render();
});
langForm.addEventListener('submit', (event) => event.preventDefault());

applyLang();
langForm.hidden = false;
render();

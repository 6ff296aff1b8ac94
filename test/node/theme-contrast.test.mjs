// Contrast of every text and chart colour, in the default theme (light and dark) and in each
// theme file (src/themes/*.css), by WCAG 2.1's formula: text 4.5:1 against the surfaces it sits
// on, marks (status, chart series, bars, borders, focus) 3:1 against the surfaces and neighbours.
//
// The colours are read from the sources, not copied here: every colour literal in
// src/**/*.styles.ts is either a token's fallback (`var(--insyn-…, light-dark(a, b))`), a
// colour of its own with a role below, or on the short list of colours that are not for reading
// (with the reason). A new colour that is none of these fails the first test, so it cannot slip
// past untested.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Color from 'colorjs.io';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEXT = 4.5;
const MARK = 3;

/* ---- Reading the styles ----------------------------------------------------------------- */

/** Files under src/ whose name ends with `suffix`, as repo-relative paths. */
function sourceFiles(dir, suffix) {
  return readdirSync(join(ROOT, dir), { recursive: true })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name))
    .sort();
}

/** The bodies of the css`…` literals in a TypeScript file. */
function cssLiterals(source) {
  return [...source.matchAll(/css`((?:\\[\s\S]|[^\\`])*)`/g)].map((m) => m[1].replace(/\$\{[^}]*\}/g, ''));
}

/** Rules with their selector and enclosing at-rules; @keyframes are skipped (no colours). */
function* rules(css, at = []) {
  css = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) return;
    let depth = 1;
    let j = open + 1;
    for (; depth > 0 && j < css.length; j++) depth += css[j] === '{' ? 1 : css[j] === '}' ? -1 : 0;
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open + 1, j - 1);
    if (prelude.startsWith('@')) {
      if (!prelude.startsWith('@keyframes')) yield* rules(body, [...at, prelude]);
    } else yield { selector: prelude.replace(/\s+/g, ' '), at, body };
    i = j;
  }
}

/** Splits at top-level commas or semicolons (not inside parentheses). */
function splitTop(text, separator) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Every declaration of every styles file: { where, selector, at, prop, value }. */
function declarations(files) {
  const out = [];
  for (const file of files) {
    for (const css of cssLiterals(readFileSync(join(ROOT, file), 'utf8'))) {
      for (const rule of rules(css)) {
        for (const declaration of splitTop(rule.body, ';')) {
          const colon = declaration.indexOf(':');
          if (colon < 0) continue;
          const prop = declaration.slice(0, colon).trim();
          const value = declaration
            .slice(colon + 1)
            .trim()
            .replace(/\s+/g, ' ');
          out.push({
            file,
            selector: rule.selector,
            at: rule.at,
            prop,
            value,
            where: `${file} ${rule.selector} { ${prop} }`,
          });
        }
      }
    }
  }
  return out;
}

/** Words that are not colours, and the system colours of forced-colours mode (the OS picks those). */
const NOT_LITERAL = new Set(
  'transparent currentcolor inherit initial unset none canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field fieldtext highlight highlighttext selecteditem selecteditemtext mark marktext graytext accentcolor accentcolortext'.split(
    ' ',
  ),
);

/** Colour literals in a value: hex, colour functions, and named colours (`red`). */
function colourLiterals(value) {
  const found = [
    ...value.matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)/gi),
  ].map((m) => m[0]);
  const words =
    value.replace(/#[0-9a-f]+|var\([^,)]*|--[\w-]+|\b[\w-]+\(/gi, ' ').match(/\b[a-z]+\b/gi) ?? [];
  for (const word of words) {
    if (NOT_LITERAL.has(word.toLowerCase())) continue;
    try {
      new Color(word);
      found.push(word);
    } catch {
      // not a colour name
    }
  }
  return found;
}

/**
 * A CSS value as a tree: var(--x, fallback), light-dark(a, b), color-mix(…), a colour, or other.
 */
function parse(value) {
  value = value.trim();
  const call = /^([\w-]+)\(([\s\S]*)\)$/.exec(value);
  if (call && call[1] === 'var') {
    const [name, ...rest] = splitTop(call[2], ',');
    return { var: name, fallback: rest.length ? parse(rest.join(', ')) : undefined };
  }
  if (call && call[1] === 'light-dark') {
    const [light, dark] = splitTop(call[2], ',');
    return { light: parse(light), dark: parse(dark) };
  }
  if (call && call[1] === 'color-mix') return { mix: value };
  try {
    return {
      color: new Color(value).to('srgb').toString({ format: 'hex', collapse: false }),
      literal: value,
    };
  } catch {
    return { other: value };
  }
}

/* ---- What the sources say ---------------------------------------------------------------- */

const STYLE_FILES = sourceFiles('src', '.styles.ts');
const DECLARATIONS = declarations(STYLE_FILES);

/**
 * The role of every colour token. text: read as text (4.5:1 on the surfaces); surface: what
 * text and marks sit on; mark: a shape that carries meaning (3:1 on the surfaces); highlight: a
 * background under text (the text needs 4.5:1 on it). A token missing here fails the test.
 */
const TOKEN_ROLES = {
  '--insyn-color-text': 'text',
  '--insyn-color-text-muted': 'text',
  // Links, outline buttons and error messages are written in these.
  '--insyn-color-accent': 'text',
  '--insyn-color-danger': 'text',
  '--insyn-color-surface': 'surface',
  '--insyn-color-surface-subtle': 'surface',
  // Frames inputs and treemap tiles, so 3:1 like a mark (WCAG 1.4.11).
  '--insyn-color-border': 'mark',
  '--insyn-color-focus': 'mark',
  '--insyn-color-status-achieved': 'mark',
  '--insyn-color-status-on-track': 'mark',
  '--insyn-color-status-at-risk': 'mark',
  '--insyn-color-status-off-track': 'mark',
  '--insyn-color-status-neutral': 'mark',
  '--insyn-scorecard-chart-total': 'mark',
  '--insyn-scorecard-chart-women': 'mark',
  '--insyn-scorecard-chart-men': 'mark',
  '--insyn-scorecard-chart-comparison': 'mark',
  '--insyn-scorecard-chart-target': 'mark',
  '--insyn-budget-explainer-bar': 'mark',
  '--insyn-contact-card-open-color': 'mark',
  '--insyn-contact-card-closed-color': 'mark',
  '--insyn-color-mark': 'highlight',
  '--insyn-goal-tree-selected': 'highlight',
};

/** Colours that are no token, by `selector custom-property`: their role, like TOKEN_ROLES. */
const OWN_COLOUR_ROLES = [
  // The budget treemap's tiles (and their legend swatches): text sits on them.
  { match: /^\.tint-\d+ --_tint$/, role: 'tile' },
  // The second and third comparison series of the indicator chart.
  { match: /^\.c-cmp\d+ --_c$/, role: 'mark' },
];

/** Colour literals that are not for reading, by `file selector { prop }`, with the reason. */
const NOT_CHECKED = {
  'src/budget-explainer/budget-explainer.styles.ts .player { background }':
    'the film player’s letterbox, behind a video frame; no text or mark sits on it',
  'src/budget-explainer/budget-explainer.styles.ts .cell button { border-color }':
    'print only: black tile borders on paper',
};

/** Private properties of the base styles and the token behind each: `--_accent` → accent. */
const PRIVATE_TOKENS = new Map();
/** Private properties set per class from one of several tokens (`--_status-color`). */
const PRIVATE_CHOICES = new Map();
/** Each colour token's built-in value (its fallback), as a parsed expression. */
const TOKEN_DEFAULTS = new Map();
/** Colours with no token, by slot (`.tint-0 --_tint`). */
const OWN_COLOURS = new Map();
/** Where each literal was classified, for the "nothing slips past" test. */
const UNCLASSIFIED = [];
const INCONSISTENT = [];

function isColourExpr(expr) {
  if (!expr) return false;
  if (expr.color || expr.light) return true;
  if (expr.var?.startsWith('--insyn-')) return TOKEN_DEFAULTS.has(expr.var) || isColourExpr(expr.fallback);
  if (expr.var?.startsWith('--_')) return PRIVATE_TOKENS.has(expr.var) || isColourExpr(expr.fallback);
  return false;
}

/** Records the built-in value of each colour token an expression falls back through. */
function recordTokens(expr, where) {
  if (!expr?.var?.startsWith('--insyn-')) return;
  recordTokens(expr.fallback, where);
  if (!isColourExpr(expr.fallback)) return;
  const known = TOKEN_DEFAULTS.get(expr.var);
  if (known && JSON.stringify(known.expr) !== JSON.stringify(expr.fallback)) {
    INCONSISTENT.push(`${expr.var}: fallback in ${where} differs from the one in ${known.where}`);
  } else if (!known) TOKEN_DEFAULTS.set(expr.var, { expr: expr.fallback, where });
}

// Two passes: private properties first, so `var(--_accent)` is known to be a colour.
for (const d of DECLARATIONS) {
  const expr = parse(d.value);
  if (d.selector === ':host' && d.prop.startsWith('--_') && expr.var?.startsWith('--insyn-')) {
    recordTokens(expr, d.where);
    if (isColourExpr(expr)) PRIVATE_TOKENS.set(d.prop, expr.var);
  }
}
for (let pass = 0; pass < 2; pass++) {
  for (const d of DECLARATIONS) recordTokens(parse(d.value), d.where);
}
for (const d of DECLARATIONS) {
  const expr = parse(d.value);
  if (d.selector !== ':host' && d.prop.startsWith('--_') && TOKEN_DEFAULTS.has(expr.var)) {
    PRIVATE_CHOICES.set(d.prop, [...(PRIVATE_CHOICES.get(d.prop) ?? []), expr.var]);
  }
}
/** The light built-in value(s) a private property can have. */
function privateDefaults(name) {
  const tokens = PRIVATE_TOKENS.has(name) ? [PRIVATE_TOKENS.get(name)] : (PRIVATE_CHOICES.get(name) ?? []);
  return tokens.map((t) => {
    const { expr } = TOKEN_DEFAULTS.get(t);
    return (expr.light ?? expr).color;
  });
}
for (const d of DECLARATIONS) {
  const literals = colourLiterals(d.value);
  if (literals.length === 0) continue;
  if (d.at.some((at) => at.includes('forced-colors'))) continue; // system colours only there
  const expr = parse(d.value);
  const slot = `${d.selector} ${d.prop}`;
  // A token's fallback: recorded above.
  if (expr.var?.startsWith('--insyn-') && TOKEN_DEFAULTS.has(expr.var)) continue;
  // A repeated fallback of a base private property (`var(--_bg, #ffffff)`): must match it.
  const privates = [...d.value.matchAll(/var\(\s*(--_[\w-]+)\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi)];
  const own = OWN_COLOUR_ROLES.find((entry) => entry.match.test(slot));
  if (own && d.prop.startsWith('--_')) {
    OWN_COLOURS.set(slot, { role: own.role, expr, where: d.where });
  } else if (privates.length && privates.every(([, name]) => privateDefaults(name).length)) {
    // Composites of these (the overview's colour-mix) are checked as composites below.
    for (const [, name, literal] of privates) {
      const hex = new Color(literal).to('srgb').toString({ format: 'hex', collapse: false });
      if (!privateDefaults(name).includes(hex))
        INCONSISTENT.push(`${d.where}: fallback ${literal} of ${name} is none of its defaults`);
    }
  } else if (!NOT_CHECKED[d.where]) {
    UNCLASSIFIED.push(`${d.where}: ${d.value}`);
  }
}

/* ---- Themes ------------------------------------------------------------------------------ */

/** The custom properties a theme file sets, as parsed expressions. */
function themeTokens(file) {
  const tokens = new Map();
  for (const rule of rules(readFileSync(join(ROOT, file), 'utf8'))) {
    for (const declaration of splitTop(rule.body, ';')) {
      const colon = declaration.indexOf(':');
      const prop = declaration.slice(0, colon).trim();
      if (prop.startsWith('--')) tokens.set(prop, parse(declaration.slice(colon + 1)));
    }
  }
  return tokens;
}

const THEME_FILES = sourceFiles('src/themes', '.css');
const BASE_STYLES = readFileSync(join(ROOT, 'src/core/theme.styles.ts'), 'utf8');
/**
 * A theme can ask for a colour scheme with --insyn-color-scheme, so the few colours that are no
 * token follow it; that works only when the base styles read the token.
 */
const SCHEME_TOKEN_READ = /color-scheme:\s*var\(\s*--insyn-color-scheme\b/.test(BASE_STYLES);

/**
 * The situations to check: each theme on a light page and on a dark page (`scheme` is the
 * colour scheme the elements end up with, which picks the light-dark() side).
 */
const SITUATIONS = [
  { name: 'default theme, light', tokens: new Map(), scheme: 'light' },
  { name: 'default theme, dark', tokens: new Map(), scheme: 'dark' },
  ...THEME_FILES.flatMap((file) => {
    const tokens = themeTokens(file);
    const asked = tokens.get('--insyn-color-scheme')?.other;
    return ['light', 'dark'].map((page) => ({
      name: `${relative('src/themes', file)} on a ${page} page`,
      file,
      tokens,
      scheme: asked && SCHEME_TOKEN_READ ? asked : page,
    }));
  }),
];

/** Resolves an expression to a hex colour in a situation. */
function resolve(expr, situation, seen = []) {
  if (!expr) return undefined;
  if (expr.color) return expr.color;
  if (expr.light) return resolve(expr[situation.scheme], situation, seen);
  if (expr.var) {
    if (seen.includes(expr.var)) throw new Error(`cycle through ${expr.var}`);
    const next = [...seen, expr.var];
    if (expr.var.startsWith('--_')) return resolve({ var: PRIVATE_TOKENS.get(expr.var) }, situation, next);
    const set = situation.tokens.get(expr.var);
    if (set) return resolve(set, situation, next);
    return resolve(expr.fallback ?? TOKEN_DEFAULTS.get(expr.var)?.expr, situation, next);
  }
  throw new Error(`cannot resolve ${JSON.stringify(expr)}`);
}

const token = (name, situation) => resolve({ var: name }, situation);
const own = (slot, situation) => resolve(OWN_COLOURS.get(slot).expr, situation);

/** WCAG 2.1 contrast ratio, rounded down to two decimals so 4.499 never passes as 4.5. */
const ratio = (a, b) => Math.floor(new Color(a).contrast(new Color(b), 'WCAG21') * 100) / 100;

/** A colour drawn at an opacity over another, as the browser composites it (sRGB). */
const over = (colour, alpha, under) =>
  new Color(under).mix(colour, alpha, { space: 'srgb' }).toString({ format: 'hex', collapse: false });

const short = (name) => name.replace(/^--insyn-(color-)?/, '');

/**
 * The pairs to check in one situation: [foreground label, fg, background label, bg, minimum, why].
 */
function pairs(s) {
  const out = [];
  const add = (fgName, fg, bgName, bg, min, why) => out.push({ fgName, fg, bgName, bg, min, why });
  const surfaces = ['--insyn-color-surface', '--insyn-color-surface-subtle'];
  const byRole = (role) => Object.keys(TOKEN_ROLES).filter((name) => TOKEN_ROLES[name] === role);

  for (const bg of surfaces) {
    for (const fg of byRole('text')) add(short(fg), token(fg, s), short(bg), token(bg, s), TEXT, 'text');
    for (const fg of byRole('mark')) add(short(fg), token(fg, s), short(bg), token(bg, s), MARK, 'mark');
    for (const [slot, entry] of OWN_COLOURS)
      if (entry.role === 'mark') add(slot, own(slot, s), short(bg), token(bg, s), MARK, 'chart series');
  }
  // Highlights: search hits and the selected tree row carry text, the row also its accent edge.
  for (const bg of byRole('highlight')) {
    for (const fg of ['--insyn-color-text', '--insyn-color-text-muted'])
      add(short(fg), token(fg, s), short(bg), token(bg, s), TEXT, 'text on a highlight');
  }
  for (const fg of ['--insyn-color-accent', '--insyn-color-focus'])
    add(
      short(fg),
      token(fg, s),
      'goal-tree-selected',
      token('--insyn-goal-tree-selected', s),
      MARK,
      'selected row edge, focus ring',
    );
  // Filled buttons: surface-coloured text on the accent.
  add(
    'surface',
    token('--insyn-color-surface', s),
    'accent',
    token('--insyn-color-accent', s),
    TEXT,
    'filled button',
  );
  // Treemap tiles and legend swatches: text on the tint; the tile outline against the gap.
  for (const [slot, entry] of OWN_COLOURS) {
    if (entry.role !== 'tile') continue;
    add('text', token('--insyn-color-text', s), slot, own(slot, s), TEXT, 'tile label');
  }
  // Goal overview: each cell is its status colour at 22 % over the surface; the cell's title
  // is text on it, its icon a mark on it.
  const bg = token('--insyn-color-surface', s);
  for (const status of byRole('mark').filter((name) => name.includes('status-'))) {
    const fill = over(token(status, s), 0.22, bg);
    add('text', token('--insyn-color-text', s), `overview cell (${short(status)})`, fill, TEXT, 'cell title');
    add(short(status), token(status, s), `overview cell (${short(status)})`, fill, MARK, 'cell icon');
  }
  // Bullet chart: qualitative ranges are the text colour at falling opacities (shades of one
  // hue, described in words beside the chart); the measure bar and the target lines sit on them.
  for (const alpha of BULLET_RANGE_OPACITIES) {
    const range = over(token('--insyn-color-text', s), alpha, bg);
    add(
      'scorecard-chart-total',
      token('--insyn-scorecard-chart-total', s),
      `bullet range ${alpha}`,
      range,
      MARK,
      'measure bar',
    );
    add('text', token('--insyn-color-text', s), `bullet range ${alpha}`, range, MARK, 'target line');
  }
  return out;
}

const INDICATOR_STYLES = readFileSync(join(ROOT, 'src/scorecard-chart/indicator-view.styles.ts'), 'utf8');
const BULLET_RANGE_OPACITIES = [
  ...INDICATOR_STYLES.matchAll(/\.iv-range--\d+ \{\s*fill-opacity: ([\d.]+)/g),
].map((m) => Number(m[1]));

/* ---- Tests ------------------------------------------------------------------------------- */

describe('theme contrast', () => {
  it('knows every colour in the styles (a new one needs a role here)', () => {
    assert.ok(DECLARATIONS.length > 100, 'the styles were read');
    assert.deepEqual(
      UNCLASSIFIED,
      [],
      'colour literals with no role: give each a token or a role in this test',
    );
    assert.deepEqual(INCONSISTENT, [], 'one token, one built-in value');
    const tokens = [...TOKEN_DEFAULTS.keys()].sort();
    assert.deepEqual(
      tokens.filter((name) => !TOKEN_ROLES[name]),
      [],
      'colour tokens with no role in TOKEN_ROLES',
    );
    assert.deepEqual(
      Object.keys(TOKEN_ROLES).filter((name) => !TOKEN_DEFAULTS.has(name)),
      [],
      'TOKEN_ROLES names a token no style reads',
    );
    assert.ok(OWN_COLOURS.size >= 6, 'the treemap tints and comparison series were found');
  });

  it('keeps colours in the styles files, where the test above finds them', () => {
    // The admin page of the feedback service is not embedded on residents' pages.
    const elsewhere = sourceFiles('src', '.ts')
      .filter((file) => !file.endsWith('.styles.ts') && !/^src\/(server|feed\/generated)\//.test(file))
      .filter((file) => /#[0-9a-f]{3,8}\b|light-dark\(/i.test(readFileSync(join(ROOT, file), 'utf8')));
    assert.deepEqual(elsewhere, [], 'move these colours into a *.styles.ts file');
  });

  for (const file of THEME_FILES) {
    it(`${file} sets only custom properties the elements read`, () => {
      const css = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const props = [...css.matchAll(/([\w-]+)\s*:(?!root)/g)].map((m) => m[1]);
      assert.deepEqual(
        props.filter((prop) => !prop.startsWith('--insyn-')),
        [],
        'a theme is custom properties only',
      );
      const read = new Set(
        STYLE_FILES.flatMap((f) =>
          [...readFileSync(join(ROOT, f), 'utf8').matchAll(/var\(\s*(--insyn-[\w-]+)/g)].map((m) => m[1]),
        ),
      );
      assert.deepEqual(
        [...themeTokens(file).keys()].filter((name) => !read.has(name)),
        [],
        'tokens no element reads (a typo?)',
      );
    });
  }

  for (const situation of SITUATIONS) {
    it(`${situation.name}: text 4.5:1, marks 3:1`, () => {
      const failures = pairs(situation)
        .map((p) => ({ ...p, ratio: ratio(p.fg, p.bg) }))
        .filter((p) => p.ratio < p.min)
        .map((p) => `${p.fgName} ${p.fg} on ${p.bgName} ${p.bg}: ${p.ratio}:1, needs ${p.min}:1 (${p.why})`);
      assert.deepEqual(failures, [], `${situation.name}${situation.file ? ` (${situation.file})` : ''}`);
    });
  }

  it('docs/theming.md lists every colour token with its built-in values', () => {
    const docs = readFileSync(join(ROOT, 'docs/theming.md'), 'utf8');
    const rows = new Map(
      [...docs.matchAll(/^\| `(--insyn-[\w-]+)` *\|[^|]*\| *([^|]+?) *\| *([^|]+?) *\|$/gm)].map((m) => [
        m[1],
        [m[2], m[3]],
      ]),
    );
    const wrong = [];
    for (const name of Object.keys(TOKEN_ROLES)) {
      if (!rows.has(name)) {
        wrong.push(`${name}: not in the table`);
        continue;
      }
      ['light', 'dark'].forEach((scheme, i) => {
        const cell = rows.get(name)[i];
        // A hex value, or the short name of the colour token it defaults to ("accent").
        const hex = /^`(#[0-9a-f]{6})`$/i.exec(cell)?.[1];
        const shown = hex ? hex.toLowerCase() : token(`--insyn-color-${cell}`, { tokens: new Map(), scheme });
        const actual = token(name, { tokens: new Map(), scheme });
        if (shown !== actual) wrong.push(`${name} (${scheme}): docs say ${cell}, the styles ${actual}`);
      });
    }
    assert.deepEqual(wrong, []);
  });

  /*
   * Neighbours. Colours that touch must differ by 3:1 or be told apart another way; each way
   * the design uses is checked here against the source, so a change of design fails this test.
   */
  it('treemap tiles are told apart by a gap and a border, not by their tints', () => {
    // Tints next to each other are pale (or dark) shades of different hues, far below 3:1 from
    // each other; each tile is outlined by the border colour, with a gap of the surface between
    // tiles, and names its area in text. The border's 3:1 to the surfaces is checked above.
    const treemap = readFileSync(join(ROOT, 'src/budget-explainer/treemap.ts'), 'utf8');
    assert.match(treemap, /gap = [1-9]/, 'tiles keep a gap between them');
    assert.match(treemap, /paddingInner\(gap\)/);
    const tile = DECLARATIONS.find(
      (d) => d.selector === '.cell button' && d.prop === 'border' && !d.at.length,
    );
    assert.match(tile?.value ?? '', /var\(--_border\)/, 'each tile has a border in the border colour');
  });

  it('goal overview cells are separated by a line of the surface colour', () => {
    // Status colours of neighbouring cells may be close (amber and red in dark mode); a stroke of
    // the surface colour runs between cells, and each cell has its status icon shape and name.
    const line = DECLARATIONS.find((d) => d.prop === '--_cell-line');
    assert.match(line?.value ?? '', /^var\(--_bg\b/);
    const stroke = DECLARATIONS.find((d) => d.selector === '.cell > rect' && d.prop === 'stroke');
    assert.equal(stroke?.value, 'var(--_cell-line)');
  });

  it('chart series are told apart by dash and marker shape, not colour alone (WCAG 1.4.1)', () => {
    // Lines cross, so any two series may touch; their colours do not reach 3:1 from each other
    // (no palette of seven can on both a light and a dark surface). Each series has its own dash
    // pattern and marker shape instead, for as many series as there are colours and more.
    const source = readFileSync(join(ROOT, 'src/scorecard-chart/indicator-view.ts'), 'utf8');
    const list = (name) =>
      [
        ...(new RegExp(`const ${name} = \\[([\\s\\S]*?)\\];`).exec(source)?.[1] ?? '').matchAll(/'([^']*)'/g),
      ].map((m) => m[1]);
    const dashes = list('DASHES');
    const shapes = list('SHAPES');
    const series = 3 + [...OWN_COLOURS.keys()].filter((slot) => slot.startsWith('.c-cmp')).length + 1;
    assert.ok(
      dashes.length >= series && shapes.length >= series,
      `${series} series, ${dashes.length} dashes`,
    );
    assert.equal(new Set(dashes).size, dashes.length, 'dashes differ');
    assert.equal(new Set(shapes).size, shapes.length, 'shapes differ');
  });
});

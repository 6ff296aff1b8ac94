// What ships runs under a strict Content Security Policy (no 'unsafe-eval') and Trusted Types:
// no string ever becomes code, and no string becomes HTML except through Lit's own template
// (which goes through its "lit-html" policy). Reads every file in dist/ as a syntax tree, so
// minified names and odd spacing cannot hide a call. Needs dist/ built first.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { REPO_ROOT } from '../support/static-server.mjs';

const DIST = join(REPO_ROOT, 'dist');

async function jsFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return jsFiles(path);
      return entry.name.endsWith('.js') ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Calls f(node, ancestors) for every node of an ESTree tree. */
function walk(node, f, ancestors = []) {
  f(node, ancestors);
  const inner = [...ancestors, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, f, inner);
    } else if (value && typeof value.type === 'string') walk(value, f, inner);
  }
}

const propertyName = (member) =>
  member.type === 'MemberExpression'
    ? member.computed
      ? member.property.type === 'Literal' && member.property.value
      : member.property.name
    : undefined;

/** A string whose content is fixed in the source (no expression inside). */
const isConstantString = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string') ||
  (node.type === 'TemplateLiteral' && node.expressions.length === 0);

/** Could be a string built at run time: a literal, a template, or a concatenation. */
const isStringCode = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string') ||
  node.type === 'TemplateLiteral' ||
  (node.type === 'BinaryExpression' && node.operator === '+');

/**
 * Lit's Template: `const el = d.createElement("template"); el.innerHTML = html;` where `html`
 * has been through the "lit-html" Trusted Types policy. The one HTML sink we ship.
 */
function isLitTemplate(assignment, ancestors) {
  if (assignment.left.object.type !== 'Identifier') return false;
  const name = assignment.left.object.name;
  const fn = [...ancestors].reverse().find((n) => /Function/.test(n.type));
  if (!fn) return false;
  let found = false;
  walk(fn.body, (node) => {
    if (
      node.type === 'VariableDeclarator' &&
      node.id.type === 'Identifier' &&
      node.id.name === name &&
      node.init?.type === 'CallExpression' &&
      propertyName(node.init.callee) === 'createElement' &&
      node.init.arguments[0]?.value === 'template'
    ) {
      found = true;
    }
  });
  return found;
}

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML', 'srcdoc']);
const HTML_METHODS = new Set([
  'insertAdjacentHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
]);
const TIMERS = new Set(['setTimeout', 'setInterval']);

/** Every use of a string as code or as HTML in one file, as "what (offset)". */
function findSinks(code) {
  const ast = parseAst(code);
  const found = [];
  let litTemplates = 0;
  // Names a minifier gave `document` (`const N = document`), so N.write is caught too.
  const documents = new Set(['document']);
  walk(ast, (node) => {
    if (
      node.type === 'VariableDeclarator' &&
      node.init?.type === 'Identifier' &&
      node.init.name === 'document'
    )
      documents.add(node.id.name);
  });
  walk(ast, (node, ancestors) => {
    const at = `(offset ${node.start})`;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = node.callee;
      const name = callee.type === 'Identifier' ? callee.name : propertyName(callee);
      if (name === 'eval' && node.type === 'CallExpression') found.push(`eval() ${at}`);
      if (name === 'Function' && callee.type === 'Identifier') found.push(`Function() from a string ${at}`);
      if (TIMERS.has(name) && node.arguments[0] && isStringCode(node.arguments[0]))
        found.push(`${name}() with a string ${at}`);
      if (
        (name === 'write' || name === 'writeln') &&
        callee.type === 'MemberExpression' &&
        callee.object.type === 'Identifier' &&
        documents.has(callee.object.name)
      )
        found.push(`document.${name}() ${at}`);
      if (HTML_METHODS.has(name) && !node.arguments.every(isConstantString)) found.push(`${name}() ${at}`);
    }
    if (node.type === 'AssignmentExpression' && HTML_PROPERTIES.has(propertyName(node.left))) {
      if (node.operator === '=' && isConstantString(node.right)) return;
      if (
        propertyName(node.left) === 'innerHTML' &&
        node.operator === '=' &&
        isLitTemplate(node, ancestors)
      ) {
        litTemplates++;
        return;
      }
      found.push(`${propertyName(node.left)} ${node.operator} (not a constant) ${at}`);
    }
    if (node.type === 'Literal' && typeof node.value === 'string' && /^\s*javascript:/i.test(node.value))
      found.push(`a javascript: URL ${at}`);
  });
  return { found, litTemplates };
}

describe('dist/ turns no string into code or HTML', () => {
  it('finds what it looks for (the check itself works)', () => {
    const bad = [
      'eval("1")',
      'new Function("return 1")',
      'Function("a", "return a")',
      'setTimeout("alert(1)", 1)',
      'setInterval(`x${y}`, 1)',
      'const N = document; N.write(x)',
      'el.innerHTML = html',
      'el.outerHTML += x',
      'el.insertAdjacentHTML("beforeend", x)',
      'frame.srcdoc = x',
      'a.href = "javascript:void 0"',
    ];
    for (const code of bad) assert.equal(findSinks(code).found.length, 1, code);
    const fine = [
      'setTimeout(() => f(), 1)',
      'el.innerHTML = ""',
      'el.textContent = x',
      'writer.write(x)',
      'function c(h){const t=document.createElement("template");return t.innerHTML=h,t}',
    ];
    for (const code of fine) assert.deepEqual(findSinks(code).found, [], code);
  });

  it('holds for every file in dist/', async () => {
    const files = await jsFiles(DIST).catch(() => []);
    assert.ok(files.length > 0, 'dist/ is empty: run `npx rollup -c --silent` first');
    const problems = [];
    for (const file of files) {
      const { found, litTemplates } = findSinks(await readFile(file, 'utf8'));
      const name = relative(REPO_ROOT, file);
      for (const what of found) problems.push(`${name}: ${what}`);
      // One copy of Lit per bundle at most: more would mean an HTML sink we did not expect.
      if (litTemplates > 1) problems.push(`${name}: ${litTemplates} innerHTML writes like Lit's`);
    }
    assert.deepEqual(problems, []);
  });
});

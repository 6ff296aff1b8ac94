// No module of src/ imports itself through others: a cycle makes the evaluation order depend on
// which file a page happens to load first (an undefined class at import time), and stops rollup
// from splitting chunks cleanly. Static imports and re-exports count, `import type` too (a type
// cycle is a design smell the next value import turns into a real one); dynamic `import()` does
// not, as it runs later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The src files a file imports statically (relative specifiers, `.js` written for `.ts`). */
function staticImports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const out = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const target = resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts'));
    if (target.startsWith(src) && target.endsWith('.ts')) out.push(target);
  }
  return out;
}

/** Every cycle's files, found by a depth-first search (one report per cycle's entry point). */
function findCycles(graph) {
  const cycles = [];
  const state = new Map(); // file -> 'open' | 'done'
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

test('the cycle finder finds a cycle of three and none in a diamond', () => {
  const cycle = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
  ]);
  assert.deepEqual(findCycles(cycle), [['a', 'b', 'c', 'a']]);
  const diamond = new Map([
    ['a', ['b', 'c']],
    ['b', ['d']],
    ['c', ['d']],
    ['d', []],
  ]);
  assert.deepEqual(findCycles(diamond), []);
});

test('no import cycles in src/', () => {
  const files = sourceFiles(src);
  assert.ok(files.length > 50, `found only ${files.length} source files`);
  const graph = new Map(files.map((file) => [file, staticImports(file)]));
  const cycles = findCycles(graph).map((cycle) => cycle.map((f) => relative(root, f)).join(' → '));
  assert.deepEqual(cycles, []);
});

#!/usr/bin/env node
// Editor data from the custom-elements manifest, so tags and attributes autocomplete:
//   html-custom-data.json   VS Code (`html.customData`), by custom-element-vs-code-integration
//   web-types.json          JetBrains IDEs (found through package.json "web-types"),
//                           by custom-element-jet-brains-integration
// `npm run analyze` runs this through custom-elements-manifest.config.mjs, handing it the
// manifest on standard input. By hand:
//   node scripts/editor-data.mjs           regenerate both from custom-elements.json
//   node scripts/editor-data.mjs --check   fail when either is out of date
// Run from the repository root: the JetBrains package reads ./package.json for name and version.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import prettier from 'prettier';
import ts from 'typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

/**
 * Type aliases in src/ that are unions of string literals (`type ThemeOption = 'auto' | …`),
 * by name. The manifest keeps an attribute's type as written (`ThemeOption | undefined`);
 * editors can only offer the values once the alias is spelled out.
 */
async function literalAliases() {
  const aliases = new Map();
  const files = (await readdir(path.join(root, 'src'), { recursive: true })).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.d.ts'),
  );
  for (const file of files) {
    const text = await readFile(path.join(root, 'src', file), 'utf8');
    if (!text.includes('type ')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
    for (const node of source.statements) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) continue;
      const members = node.type.types;
      if (members.every((m) => ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal))) {
        aliases.set(node.name.text, members.map((m) => `'${m.literal.text}'`).join(' | '));
      }
    }
  }
  return aliases;
}

function expandAliases(type, aliases) {
  if (!type?.text) return type;
  const text = type.text
    .split('|')
    .map((part) => aliases.get(part.trim()) ?? part.trim())
    .join(' | ');
  return { ...type, text };
}

const isPublic = (member) =>
  (member.privacy === undefined || member.privacy === 'public') &&
  !member.static &&
  !/^[_#]/.test(member.name) &&
  Boolean(member.description);

/**
 * The manifest as an editor user should see it: only documented public members, only
 * named, documented events, and string-literal type aliases spelled out. The analyzer also
 * lists protected members (the integrations print them as "undefined" lines) and an event
 * called `type` wherever an element dispatches `new CustomEvent(type)` from a helper.
 */
export function publicManifest(manifest, aliases = new Map()) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.tagName) continue;
      declaration.members = (declaration.members ?? []).filter(isPublic);
      declaration.events = (declaration.events ?? []).filter((event) => event.name && event.description);
      for (const item of [...(declaration.attributes ?? []), ...declaration.members]) {
        if (item.type) item.type = expandAliases(item.type, aliases);
      }
    }
  }
  return copy;
}

const COMMON = { hideLogs: true };

// The integrations write "_(default: undefined)_" after every CSS property without a default.
const withoutUndefinedDefaults = (text) => text?.replaceAll(' _(default: undefined)_', '');

function vsCodeData(manifest) {
  const data = JSON.parse(getVsCodeHtmlCustomData(manifest, { ...COMMON, cssFileName: null }));
  for (const tag of data.tags) {
    tag.description = withoutUndefinedDefaults(tag.description);
    for (const attribute of tag.attributes) {
      // "v" is VS Code's value set for boolean attributes: completing `compact` inserts no `=""`.
      if (findAttribute(manifest, tag.name, attribute.name)?.type?.text === 'boolean') {
        attribute.valueSet = 'v';
      }
    }
  }
  return data;
}

function webTypesData(manifest) {
  const data = JSON.parse(getWebTypesData(manifest, COMMON));
  // Read here by path rather than from the working directory, and no empty doc links.
  data.name = pkg.name;
  data.version = pkg.version;
  for (const element of data.contributions.html.elements) {
    element.description = withoutUndefinedDefaults(element.description);
    if (!element['doc-url']) delete element['doc-url'];
  }
  return data;
}

function findAttribute(manifest, tagName, name) {
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.tagName === tagName) {
        return declaration.attributes?.find((attribute) => attribute.name === name);
      }
    }
  }
  return undefined;
}

async function format(file, data) {
  const options = (await prettier.resolveConfig(path.join(root, file))) ?? {};
  return prettier.format(JSON.stringify(data), { ...options, filepath: file });
}

/** File name (relative to the root) → its content, for a manifest. */
export async function editorDataFiles(manifest) {
  const visible = publicManifest(manifest, await literalAliases());
  return {
    'html-custom-data.json': await format('html-custom-data.json', vsCodeData(visible)),
    'web-types.json': await format('web-types.json', webTypesData(visible)),
  };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const source = process.argv.includes('--stdin')
    ? await readStdin()
    : await readFile(path.join(root, 'custom-elements.json'), 'utf8');
  const files = await editorDataFiles(JSON.parse(source));
  let stale = 0;
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, file);
    if (check) {
      const current = await readFile(target, 'utf8').catch(() => '');
      if (current !== text) {
        console.error(`${file} is out of date: run npm run analyze (or node scripts/editor-data.mjs)`);
        stale++;
      }
    } else {
      await writeFile(target, text);
    }
  }
  if (stale) process.exit(1);
}

// docs/feed-reference.md from src/feed/feed.schema.json: every field of the feed by its JSON
// path, with type, whether it is required, what it means and the values it takes. Run by
// scripts/generate.mjs (so `node scripts/generate.mjs --check` in `npm test` fails when the
// page is stale); the hand-written parts of the page live here too.
import { githubSlug } from './markdown-anchors.mjs';

/** The examples in docs/examples/, per element, and the sections each element reads. */
export const EXAMPLES = [
  { element: 'goal-tree', sections: ['organization', 'goals', 'indicators'] },
  { element: 'scorecard-chart', sections: ['organization', 'goals', 'indicators'] },
  { element: 'budget-explainer', sections: ['organization', 'budget', 'goals', 'indicators'] },
  { element: 'contact-card', sections: ['organization', 'contacts'] },
  { element: 'feedback-prompt', sections: ['organization', 'feedback'] },
];

const code = (value) => `\`${value}\``;
// Table cells: a pipe ends the cell and a bare <tag> would be read as HTML.
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .replace(/</g, '&lt;');

export function feedReference(schema) {
  const defs = schema.$defs;
  const defName = (ref) => ref.replace('#/$defs/', '');
  const isObject = (def) => def.type === 'object' && Boolean(def.properties);
  const objectItems = (def) =>
    def.type === 'array' && def.items?.$ref && isObject(defs[defName(def.items.$ref)]);
  // Value types (strings, numbers, text, lists of ids) get their own entry and are linked;
  // objects and lists of objects are spelled out field by field under the path that uses them.
  const isValueType = (def) => !isObject(def) && !objectItems(def);
  const valueTypes = Object.entries(defs).filter(([, def]) => isValueType(def));
  const valueLink = (name) => `[${defs[name].title}](#${githubSlug(defs[name].title)})`;

  const firstPath = new Map(); // object definition → the first path that spells it out
  const rows = [];

  function constraints(node) {
    const parts = [];
    if (node.const !== undefined) parts.push(`always ${code(JSON.stringify(node.const))}`);
    if (node.enum) parts.push(`one of ${node.enum.map(code).join(', ')}`);
    if (node.pattern) parts.push(`pattern ${code(node.pattern)}`);
    const limits = [
      ['minimum', 'at least N'],
      ['exclusiveMinimum', 'more than N'],
      ['maximum', 'at most N'],
      ['minLength', 'at least N character(s)'],
      ['maxLength', 'at most N character(s)'],
      ['minItems', 'at least N item(s)'],
      ['maxItems', 'at most N item(s)'],
      ['minProperties', 'at least N field(s)'],
    ];
    for (const [key, words] of limits) {
      if (node[key] === undefined) continue;
      parts.push(words.replace('N', node[key]).replace('(s)', node[key] === 1 ? '' : 's'));
    }
    if (node.uniqueItems) parts.push('no repeats');
    return parts;
  }

  /** A list of what `inner` describes: an item's own limits apply to each item. */
  function list(inner) {
    const values = inner.object ? inner.values.map((value) => `each: ${value}`) : inner.values;
    const type = inner.type === 'object' ? 'list of objects' : `list of ${inner.type}`;
    return { type, values, object: inner.object, list: true };
  }

  /** Type, allowed values and the object definition (if any) a node stands for. */
  function describe(node) {
    if (node.$ref) {
      const name = defName(node.$ref);
      const def = defs[name];
      if (isValueType(def)) {
        const values = def.enum ? [`one of ${def.enum.map(code).join(', ')}`] : [];
        const items = def.type === 'array' && def.items?.$ref ? defName(def.items.$ref) : null;
        const type = items ? `list of ${valueLink(items)}` : valueLink(name);
        return {
          type,
          values: [...values, ...constraints({ ...def, enum: undefined, pattern: undefined })],
          object: null,
        };
      }
      if (objectItems(def)) {
        const inner = list(describe(def.items));
        return { ...inner, values: [...constraints(def), ...inner.values], listDescription: def.description };
      }
      return { type: 'object', values: constraints(def), object: name };
    }
    if (node.anyOf) {
      const options = node.anyOf.map(describe);
      return {
        type: options.map((option) => option.type).join(' or '),
        values: options.flatMap((option) => option.values),
        object: options.find((option) => option.object)?.object ?? null,
        either: options.filter((option) => !option.object).map((option) => option.type),
      };
    }
    if (node.type === 'array') {
      const inner = list(describe(node.items));
      return { ...inner, values: [...constraints(node), ...inner.values] };
    }
    const type = Array.isArray(node.type)
      ? node.type.join(' or ')
      : (node.type ?? (node.const !== undefined ? typeof node.const : ''));
    return { type, values: constraints(node), object: null };
  }

  function walk(properties, required, prefix) {
    for (const [name, node] of Object.entries(properties)) {
      const path = prefix ? `${prefix}.${name}` : name;
      const info = describe(node);
      const target = info.object ? defs[info.object] : null;
      const childPath = info.list ? `${path}[]` : path;
      const objectText = target?.description
        ? info.either?.length
          ? `Either ${info.either.join(' or ')}, or an object: ${target.description.charAt(0).toLowerCase()}${target.description.slice(1)}`
          : target.description
        : '';
      let description = [node.description ?? info.listDescription, objectText].filter(Boolean).join(' ');
      const seenAt = info.object ? firstPath.get(info.object) : undefined;
      if (seenAt) description = [description, `Same fields as ${code(seenAt)}.`].filter(Boolean).join(' ');
      rows.push({
        path,
        type: info.type,
        required: required.includes(name),
        description,
        values: info.values,
      });
      if (target && !seenAt) {
        firstPath.set(info.object, childPath);
        walk(target.properties, target.required ?? [], childPath);
      }
    }
  }

  const table = (entries) => [
    '| JSON path | type | required | description | allowed values, format |',
    '| --- | --- | --- | --- | --- |',
    ...entries.map(
      (row) =>
        `| ${code(row.path)} | ${row.type} | ${row.required ? 'yes' : ''} | ${cell(row.description)} | ${cell(row.values.join('; '))} |`,
    ),
  ];

  const out = [
    '# Feed reference',
    '',
    '<!-- Generated by scripts/generate.mjs (scripts/feed-reference.mjs) from src/feed/feed.schema.json. Do not edit: edit the schema or the generator. -->',
    '',
    schema.description,
    '',
    'This page lists every field of a version 1 feed by its JSON path (`goals[].verdict.status` is the `status` of the `verdict` of any goal). **Required** means required whenever the object around the field is present: every section is optional, but a goal without an `id` is not a goal.',
    '',
    '- The schema is `insyn/schema.json` in the package (file `lib/feed/feed.schema.json`, JSON Schema draft 2020-12, `$id` ' +
      code(schema.$id) +
      ').',
    '- Check a feed with `npx insyn validate feed.json`: it reports every problem with its JSON path, in Swedish or English.',
    '- Text fields take a string or a map from language to string (`{"sv": "…", "en": "…"}`). Elements show text as plain text, never as HTML.',
    "- Beyond the schema, the validator checks that ids are unique, references resolve (references into a section the feed leaves out are not checked), goal and unit parents form no cycles, period ranges run forwards, dates are real, time zones are known, values are not negative where the unit cannot be (shares, counts, durations, rates, quantities; money, numbers, indices and scores can), and a budget parent's amount equals its children's sum (±0.5).",
    '',
    '## Autocompletion in editors',
    '',
    'Add `"$schema"` at the top of a feed and VS Code, JetBrains IDEs and other editors with JSON Schema support complete field names and values and underline mistakes as you type:',
    '',
    '```json',
    '{',
    '  "$schema": "https://unpkg.com/insyn@<version>/lib/feed/feed.schema.json",',
    '  "version": 1',
    '}',
    '```',
    '',
    'Replace `<version>` with the Insyn version you use, or point at the installed package with a path relative to the feed, e.g. `"./node_modules/insyn/lib/feed/feed.schema.json"`. The validator accepts and ignores `$schema`. To map feeds to the schema without touching them, see [Editor support](editors.md).',
    '',
    '## Examples',
    '',
    'A minimal and a full feed for each element, with Eskilstuna-like example data (`exampleData` is true). Each holds only the sections its element reads; all of them validate (the docs test checks).',
    '',
    '| element | sections it reads | minimal | full |',
    '| --- | --- | --- | --- |',
    ...EXAMPLES.map(
      ({ element, sections }) =>
        `| ${code(`<${element}>`)} | ${sections.map(code).join(', ')} | [${element}.minimal.json](examples/${element}.minimal.json) | [${element}.full.json](examples/${element}.full.json) |`,
    ),
    '',
    '## Top level',
    '',
  ];

  walk(schema.properties, schema.required ?? [], '');
  const sectionOf = (row) => row.path.split(/[.[]/, 1)[0];
  const top = rows.filter((row) => !row.path.includes('.') && !row.path.includes('['));
  out.push(
    ...table(
      top.map((row) => {
        const nested = rows.some((other) => other !== row && sectionOf(other) === row.path);
        return nested
          ? { ...row, description: `${row.description} See [${row.path}](#${githubSlug(row.path)}).`.trim() }
          : row;
      }),
    ),
  );
  for (const section of Object.keys(schema.properties)) {
    const own = rows.filter((row) => sectionOf(row) === section && row.path !== section);
    if (own.length === 0) continue;
    out.push('', `## ${section}`, '', ...table(own));
  }

  out.push('', '## Value types', '', 'Formats shared by many fields.', '');
  for (const [name, def] of valueTypes) {
    out.push(`### ${def.title}`, '');
    if (def.description) out.push(def.description, '');
    const info = describe({ $ref: `#/$defs/${name}` });
    const base = def.anyOf
      ? def.anyOf.map((option) => option.type).join(' or ')
      : def.type === 'array'
        ? info.type
        : def.type;
    const facts = [`Type: ${base}.`];
    if (def.pattern) facts.push(`Pattern: ${code(def.pattern)}.`);
    const values = info.values.filter(Boolean);
    if (values.length > 0) facts.push(`Values: ${values.join('; ')}.`);
    out.push(facts.join(' '), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

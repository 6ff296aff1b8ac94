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

/**
 * The address of the published schema for a version of the package. The example feeds' `$schema`
 * (written by scripts/generate.mjs from package.json's version) and the Swedish guide use it.
 */
export const publishedSchemaUrl = (version) => `https://unpkg.com/insyn@${version}/lib/feed/feed.schema.json`;

/** The generator's own words, per language of the page. */
const WORDS = {
  en: {
    always: 'always',
    oneOf: 'one of',
    pattern: 'pattern',
    limits: {
      minimum: 'at least N',
      exclusiveMinimum: 'more than N',
      maximum: 'at most N',
      minLength: ['at least N character', 'at least N characters'],
      maxLength: ['at most N character', 'at most N characters'],
      minItems: ['at least N item', 'at least N items'],
      maxItems: ['at most N item', 'at most N items'],
      minProperties: ['at least N field', 'at least N fields'],
    },
    noRepeats: 'no repeats',
    each: 'each',
    listOf: 'list of',
    objects: 'objects',
    object: 'object',
    or: 'or',
    either: (options, text) =>
      `Either ${options}, or an object: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
    sameFields: (path) => `Same fields as ${path}.`,
    see: 'See',
    columns: ['JSON path', 'type', 'required', 'description', 'allowed values, format'],
    yes: 'yes',
    topLevel: 'Top level',
    valueTypes: 'Value types',
    valueTypesLead: 'Formats shared by many fields.',
    type: 'Type',
    values: 'Values',
    types: {},
  },
  sv: {
    always: 'alltid',
    oneOf: 'ett av',
    pattern: 'mönster',
    limits: {
      minimum: 'minst N',
      exclusiveMinimum: 'mer än N',
      maximum: 'högst N',
      minLength: ['minst N tecken', 'minst N tecken'],
      maxLength: ['högst N tecken', 'högst N tecken'],
      minItems: ['minst N värde', 'minst N värden'],
      maxItems: ['högst N värde', 'högst N värden'],
      minProperties: ['minst N fält', 'minst N fält'],
    },
    noRepeats: 'inga upprepningar',
    each: 'varje',
    listOf: 'lista av',
    objects: 'objekt',
    object: 'objekt',
    or: 'eller',
    either: (options, text) =>
      `Antingen ${options} eller ett objekt: ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
    sameFields: (path) => `Samma fält som ${path}.`,
    see: 'Se',
    columns: ['JSON-sökväg', 'typ', 'krävs', 'beskrivning', 'tillåtna värden, format'],
    yes: 'ja',
    topLevel: 'Översta nivån',
    valueTypes: 'Värdetyper',
    valueTypesLead: 'Format som många fält delar.',
    type: 'Typ',
    values: 'Värden',
    types: {
      string: 'text',
      number: 'tal',
      integer: 'heltal',
      boolean: 'true eller false',
      object: 'objekt',
      null: 'null',
    },
  },
};
// Table cells: a pipe ends the cell and a bare <tag> would be read as HTML.
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ')
    .replace(/</g, '&lt;');

/**
 * The feed reference in English (docs/feed-reference.md), or in Swedish (docs/feed-reference.sv.md)
 * with `lang: 'sv'`, the schema's descriptions put into Swedish by `translate`, the published
 * schema's URL in `schemaUrl` and the Swedish words of each status and goal level in `vocabulary`.
 */
export function feedReference(
  schema,
  { lang = 'en', translate = (text) => text, schemaUrl, vocabulary } = {},
) {
  const w = WORDS[lang];
  const typeWord = (type) => w.types[type] ?? type;
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
  const describeText = (text) => (text ? translate(text) : text);

  const firstPath = new Map(); // object definition → the first path that spells it out
  const rows = [];

  function constraints(node) {
    const parts = [];
    if (node.const !== undefined) parts.push(`${w.always} ${code(JSON.stringify(node.const))}`);
    if (node.enum) parts.push(`${w.oneOf} ${node.enum.map(code).join(', ')}`);
    if (node.pattern) parts.push(`${w.pattern} ${code(node.pattern)}`);
    for (const [key, words] of Object.entries(w.limits)) {
      if (node[key] === undefined) continue;
      const form = Array.isArray(words) ? words[node[key] === 1 ? 0 : 1] : words;
      parts.push(form.replace('N', node[key]));
    }
    if (node.uniqueItems) parts.push(w.noRepeats);
    return parts;
  }

  /** A list of what `inner` describes: an item's own limits apply to each item. */
  function list(inner) {
    const values = inner.object ? inner.values.map((value) => `${w.each}: ${value}`) : inner.values;
    const type = inner.object ? `${w.listOf} ${w.objects}` : `${w.listOf} ${inner.type}`;
    return { type, values, object: inner.object, list: true };
  }

  /** Type, allowed values and the object definition (if any) a node stands for. */
  function describe(node) {
    if (node.$ref) {
      const name = defName(node.$ref);
      const def = defs[name];
      if (isValueType(def)) {
        const values = def.enum ? [`${w.oneOf} ${def.enum.map(code).join(', ')}`] : [];
        const items = def.type === 'array' && def.items?.$ref ? defName(def.items.$ref) : null;
        const type = items ? `${w.listOf} ${valueLink(items)}` : valueLink(name);
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
      return { type: w.object, values: constraints(def), object: name };
    }
    if (node.anyOf) {
      const options = node.anyOf.map(describe);
      return {
        type: options.map((option) => option.type).join(` ${w.or} `),
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
      ? node.type.map(typeWord).join(` ${w.or} `)
      : typeWord(node.type ?? (node.const !== undefined ? typeof node.const : ''));
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
          ? w.either(info.either.join(` ${w.or} `), describeText(target.description))
          : describeText(target.description)
        : '';
      let description = [describeText(node.description ?? info.listDescription), objectText]
        .filter(Boolean)
        .join(' ');
      const seenAt = info.object ? firstPath.get(info.object) : undefined;
      if (seenAt) description = [description, w.sameFields(code(seenAt))].filter(Boolean).join(' ');
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
    `| ${w.columns.join(' | ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...entries.map(
      (row) =>
        `| ${code(row.path)} | ${row.type} | ${row.required ? w.yes : ''} | ${cell(row.description)} | ${cell(row.values.join('; '))} |`,
    ),
  ];

  const out =
    lang === 'sv'
      ? swedishIntro(schema, { translate, schemaUrl, vocabulary })
      : [
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
  if (lang === 'sv') out.push(`## ${w.topLevel}`, '');

  walk(schema.properties, schema.required ?? [], '');
  const sectionOf = (row) => row.path.split(/[.[]/, 1)[0];
  const top = rows.filter((row) => !row.path.includes('.') && !row.path.includes('['));
  out.push(
    ...table(
      top.map((row) => {
        const nested = rows.some((other) => other !== row && sectionOf(other) === row.path);
        return nested
          ? {
              ...row,
              description: `${row.description} ${w.see} [${row.path}](#${githubSlug(row.path)}).`.trim(),
            }
          : row;
      }),
    ),
  );
  for (const section of Object.keys(schema.properties)) {
    const own = rows.filter((row) => sectionOf(row) === section && row.path !== section);
    if (own.length === 0) continue;
    out.push('', `## ${section}`, '', ...table(own));
  }

  out.push('', `## ${w.valueTypes}`, '', w.valueTypesLead, '');
  for (const [name, def] of valueTypes) {
    out.push(`### ${def.title}`, '');
    if (def.description) out.push(describeText(def.description), '');
    const info = describe({ $ref: `#/$defs/${name}` });
    const base = def.anyOf
      ? def.anyOf.map((option) => typeWord(option.type)).join(` ${w.or} `)
      : def.type === 'array'
        ? info.type
        : typeWord(def.type);
    const facts = [`${w.type}: ${base}.`];
    if (def.pattern)
      facts.push(`${w.pattern.charAt(0).toUpperCase()}${w.pattern.slice(1)}: ${code(def.pattern)}.`);
    const values = info.values.filter(Boolean);
    if (values.length > 0) facts.push(`${w.values}: ${values.join('; ')}.`);
    out.push(facts.join(' '), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * The Swedish page's opening: what the guide is, how to check a feed, the status and goal-level
 * values with the words the elements show for them, `$schema`, and the examples.
 */
function swedishIntro(schema, { translate, schemaUrl, vocabulary }) {
  const vocabularyTable = (column, values) => [
    `| ${column} | på svenska | in English |`,
    '| --- | --- | --- |',
    ...values.map(({ value, sv, en }) => `| ${code(value)} | ${cell(sv)} | ${cell(en)} |`),
  ];
  return [
    '# Flödet, fält för fält',
    '',
    '<!-- Generated by scripts/generate.mjs (scripts/feed-reference.mjs, scripts/feed-reference.sv.json) from src/feed/feed.schema.json. Do not edit: edit the schema, the translations or the generator. -->',
    '',
    '[In English](feed-reference.md)',
    '',
    translate(schema.description),
    '',
    'Sidan listar varje fält i ett flöde av version 1 med dess JSON-sökväg (`goals[].verdict.status` är `status` i `verdict` hos vilket mål som helst). Fältnamn och värden skrivs alltid på engelska, precis som här; texterna som invånarna läser skriver ni på svenska. **Krävs** betyder att fältet krävs när objektet runt det finns: varje del av flödet är frivillig, men ett mål utan `id` är inget mål.',
    '',
    '- Kontrollera ett flöde i webbläsaren med webbkontrollen ([demo/validate.html](../demo/validate.html), som också `npx insyn serve` visar): klistra in eller släpp filen så visas varje fel med radnummer och en förhandsvisning av varje komponent. Med Node: `npx insyn validate flöde.json`.',
    '- Textfält tar en sträng eller ett objekt från språkkod till sträng (`{"sv": "…", "en": "…"}`). Komponenterna visar text som ren text, aldrig som HTML.',
    '- Utöver schemat kontrollerar valideringen att id är unika, att hänvisningar pekar på något som finns (hänvisningar till en del som flödet saknar kontrolleras inte), att mål och enheter inte är sina egna förfäder, att periodspann går framåt, att datum finns på riktigt, att tidszoner finns, att värden inte är negativa där enheten inte tillåter det (andelar, antal, tider, kvoter, mängder; pengar, tal, index och poäng får vara negativa) och att en överordnad budgetpost är lika med summan av sina underposter (±0,5).',
    '',
    '## Status och nivåer',
    '',
    'Värdet i flödet är alltid det engelska ordet; komponenterna visar det svenska (eller engelska) ordet bredvid en symbol. Orden kommer från komponenternas texttabeller (`src/core/texts.ts` och `src/goal-tree/goal-tree.texts.ts`) och kan bytas ut med `.texts`.',
    '',
    '### Status',
    '',
    '`goals[].status` och `goals[].verdict.status`: var ett mål står. Indikatorernas status räknar komponenterna fram ur värden och målvärden, med samma ord.',
    '',
    ...vocabularyTable('status', vocabulary.statuses),
    '',
    '### Målnivåer',
    '',
    '`goals[].level`: var i den röda tråden ett mål hör hemma.',
    '',
    ...vocabularyTable('level', vocabulary.levels),
    '',
    '## Autokomplettering i textredigerare',
    '',
    'Med `"$schema"` överst i flödet fyller VS Code, JetBrains-program och andra redigerare med stöd för JSON Schema i fältnamn och värden och stryker under fel medan du skriver:',
    '',
    '```json',
    '{',
    `  "$schema": "${schemaUrl}",`,
    '  "version": 1',
    '}',
    '```',
    '',
    'Byt versionen i adressen mot den Insyn-version ni använder. Valideringen godtar `$schema` och bortser från det. Mer om redigerare: [Editor support](editors.md) (på engelska).',
    '',
    '## Exempel',
    '',
    'Ett minsta och ett fullständigt flöde för varje komponent, med påhittade siffror i Eskilstunas stil (`exampleData` är true). Vart och ett innehåller bara de delar som komponenten läser, och alla är giltiga (dokumentationstestet kontrollerar det).',
    '',
    '| komponent | delar den läser | minsta | fullständigt |',
    '| --- | --- | --- | --- |',
    ...EXAMPLES.map(
      ({ element, sections }) =>
        `| ${code(`<${element}>`)} | ${sections.map(code).join(', ')} | [${element}.minimal.json](examples/${element}.minimal.json) | [${element}.full.json](examples/${element}.full.json) |`,
    ),
    '',
  ];
}

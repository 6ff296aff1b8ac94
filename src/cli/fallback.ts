/// <reference types="node" />
/**
 * `insyn fallback <file|-> --element <tag> [attribute options…]`: the static HTML to paste inside
 * an element's tag (docs/fallback.md). The feed is checked first, as the element checks it (its
 * sections, the same JSON-Pointer messages as `insyn validate`); the HTML itself is written by
 * the pure src/fallback/.
 *
 * Exit status: 0 written, 1 the feed has problems or lacks what the element needs, 2 the input
 * could not be read or parsed, or the command was used wrongly. The HTML goes to stdout (or
 * --out); everything else to stderr, so `> fallback.html` never catches a message.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { checkFeed } from '../feed/check.js';
import { FeedParseError } from '../feed/errors.js';
import { validateFeed as wholeFeedValidator } from '../feed/generated/validate-feed.js';
import { parseErrorMessage, problemLine, type MessageLang } from '../feed/messages.js';
import { parseJson } from '../feed/parse-json.js';
import {
  FALLBACK_ELEMENTS,
  FALLBACK_SECTIONS,
  FallbackError,
  isFallbackElement,
  renderFallback,
  type FallbackElement,
  type FallbackOptions,
} from '../fallback/index.js';
import type { CliIo } from './io.js';

const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

type Words = Record<MessageLang, string>;

/** The element's attributes that pick what it shows, as options; names as on the tag. */
const ATTRIBUTES: Readonly<Record<FallbackElement, readonly string[]>> = {
  'goal-tree': ['root', 'levels'],
  'scorecard-chart': ['goal', 'owner', 'indicators', 'indicator', 'period'],
  'budget-explainer': ['year', 'report'],
  'contact-card': ['contact', 'office', 'schedule', 'heading-level'],
  'feedback-prompt': ['endpoint', 'page'],
};

const ALL_ATTRIBUTES = new Set(Object.values(ATTRIBUTES).flat());

export const FALLBACK_USAGE: Words = {
  en: `Usage: insyn fallback <file|-> --element <tag> [options] [--lang sv|en] [--out <file>]

Writes static HTML from a feed, to paste inside the element's tag in a CMS. Readers see it
before the script has loaded, without JavaScript, and when the feed cannot be loaded; the
element hides it once it shows the feed. The feed is checked first, as the element checks it.

  <file|->             the feed (JSON); "-" reads standard input
  --element <tag>      ${FALLBACK_ELEMENTS.join(', ')}
  --lang sv|en         the language of the HTML and of the messages (default: sv for the HTML)
  --out <file>         write the HTML to a file instead of standard output

The element's own attributes, as options:
  goal-tree            --root <goal id>  --levels "<level …>"
  scorecard-chart      --goal <id>  --owner <unit id>  --indicators "<id …>"  --indicator <id>
                       --period <period>
  budget-explainer     --year <year>  --report <url of the annual report (PDF)>
  contact-card         --contact <id>  --office <id>  --schedule <id>  --heading-level <1–6>
  feedback-prompt      --endpoint <url>  --page <the page's path or id>

Exit status: 0 written, 1 the feed has problems (one line each: <JSON Pointer>: <message>) or
lacks what the element needs, 2 the input could not be read or is not JSON, or wrong usage.
`,
  sv: `Användning: insyn fallback <fil|-> --element <tagg> [flaggor] [--lang sv|en] [--out <fil>]

Skriver statisk HTML ur ett flöde, att klistra in i elementets tagg i ett publiceringssystem.
Läsarna ser den innan skriptet har laddats, utan JavaScript och när flödet inte går att hämta;
elementet döljer den när det visar flödet. Flödet kontrolleras först, som elementet gör.

  <fil|->              flödet (JSON); "-" läser från standard in
  --element <tagg>     ${FALLBACK_ELEMENTS.join(', ')}
  --lang sv|en         språket i HTML:en och i meddelandena (standard: sv för HTML:en)
  --out <fil>          skriv HTML:en till en fil i stället för till standard ut

Elementets egna attribut, som flaggor:
  goal-tree            --root <mål-id>  --levels "<nivå …>"
  scorecard-chart      --goal <id>  --owner <enhets-id>  --indicators "<id …>"  --indicator <id>
                       --period <period>
  budget-explainer     --year <år>  --report <adress till årsredovisningen (pdf)>
  contact-card         --contact <id>  --office <id>  --schedule <id>  --heading-level <1–6>
  feedback-prompt      --endpoint <adress>  --page <sidans sökväg eller id>

Slutstatus: 0 skrivet, 1 flödet har fel (en rad per fel: <JSON Pointer>: <meddelande>) eller
saknar det elementet behöver, 2 indata gick inte att läsa eller är inte JSON, eller fel användning.
`,
};

const SAY = {
  unknownOption: { en: 'unknown option', sv: 'okänd flagga' },
  needsValue: { en: 'needs a value', sv: 'behöver ett värde' },
  badLang: { en: '--lang must be sv or en', sv: '--lang ska vara sv eller en' },
  noFile: {
    en: 'fallback needs a feed file, or - for standard input',
    sv: 'fallback behöver en flödesfil, eller - för standard in',
  },
  tooMany: {
    en: 'fallback takes one feed file; extra argument',
    sv: 'fallback tar en flödesfil; överflödigt argument',
  },
  noElement: { en: 'fallback needs --element', sv: 'fallback behöver --element' },
  badElement: { en: '--element must be one of', sv: '--element ska vara en av' },
  notForElement: { en: 'is not an attribute of', sv: 'är inte ett attribut för' },
  badYear: { en: '--year must be a year, e.g. 2026', sv: '--year ska vara ett år, t.ex. 2026' },
  badLevel: { en: '--heading-level must be 1 to 6', sv: '--heading-level ska vara 1 till 6' },
  twice: { en: 'is given twice', sv: 'anges två gånger' },
  cannotRead: { en: 'cannot read', sv: 'kan inte läsa' },
  cannotWrite: { en: 'cannot write', sv: 'kan inte skriva' },
  invalidJson: { en: 'invalid JSON', sv: 'ogiltig JSON' },
  problemsOne: { en: 'problem', sv: 'fel' },
  problemsMany: { en: 'problems', sv: 'fel' },
  noPage: {
    en: "warning: no --page. The service learns the page from the Referer header, which browsers cut to the site's address when the endpoint is on another origin: answers then cannot be stored. Give --page, or serve the endpoint from the site's own origin (docs/fallback.md).",
    sv: 'varning: ingen --page. Tjänsten får då veta sidan från Referer-huvudet, som webbläsare kortar till webbplatsens adress när adressen som svaren skickas till är på ett annat ursprung: svaren kan då inte sparas. Ange --page, eller lägg tjänsten på webbplatsens eget ursprung (docs/fallback.md).',
  },
  moreHelp: { en: 'Run "insyn fallback --help" for more.', sv: 'Kör "insyn fallback --help" för mer.' },
} satisfies Record<string, Words>;

interface Args {
  file?: string;
  element?: string;
  lang?: MessageLang;
  out?: string;
  help: boolean;
  attributes: Map<string, string>;
  /** Worded once --lang is known, which may come after the mistake. */
  errors: ((lang: MessageLang) => string)[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { help: false, attributes: new Map(), errors: [] };
  const pending = args.errors;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (options && arg === '--') {
      options = false;
      continue;
    }
    if (!options || !arg.startsWith('-') || arg === '-') {
      if (args.file === undefined) args.file = arg;
      else pending.push((l) => `${SAY.tooMany[l]}: ${arg}`);
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg];
    // A value may start with "-" only when given inline (--page=-x): otherwise it is the next option.
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) return undefined;
      i++;
      return next;
    };
    const key = name!.slice(2);
    if ((name === '--help' || name === '-h') && inline === undefined) args.help = true;
    else if (name === '--lang') {
      const lang = value();
      if (lang === 'sv' || lang === 'en') args.lang = lang;
      else pending.push((l) => SAY.badLang[l]);
    } else if (
      name === '--element' ||
      name === '--out' ||
      (name!.startsWith('--') && ALL_ATTRIBUTES.has(key))
    ) {
      const given = value();
      if (given === undefined) pending.push((l) => `${name}: ${SAY.needsValue[l]}`);
      else if (name === '--element') args.element = given;
      else if (name === '--out') args.out = given;
      else if (args.attributes.has(key)) pending.push((l) => `${name} ${SAY.twice[l]}`);
      else args.attributes.set(key, given);
    } else pending.push((l) => `${SAY.unknownOption[l]}: ${arg}`);
  }
  return args;
}

/** The options for renderFallback, or the usage errors of the element's attributes. */
function fallbackOptions(element: FallbackElement, args: Args): FallbackOptions {
  const allowed = ATTRIBUTES[element];
  for (const key of args.attributes.keys())
    if (!allowed.includes(key)) args.errors.push((l) => `--${key} ${SAY.notForElement[l]} <${element}>`);
  const get = (key: string): string | undefined => args.attributes.get(key);
  let year: number | undefined;
  const yearText = get('year');
  if (yearText !== undefined) {
    year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText) : undefined;
    if (year === undefined) args.errors.push((l) => `${SAY.badYear[l]}: ${yearText}`);
  }
  let headingLevel: number | undefined;
  const levelText = get('heading-level');
  if (levelText !== undefined) {
    headingLevel = /^[1-6]$/.test(levelText.trim()) ? Number(levelText) : undefined;
    if (headingLevel === undefined) args.errors.push((l) => `${SAY.badLevel[l]}: ${levelText}`);
  }
  return {
    root: get('root'),
    levels: get('levels'),
    goal: get('goal'),
    owner: get('owner'),
    indicators: get('indicators'),
    indicator: get('indicator'),
    period: get('period'),
    year,
    report: get('report'),
    contact: get('contact'),
    office: get('office'),
    schedule: get('schedule'),
    headingLevel,
    endpoint: get('endpoint'),
    page: get('page'),
  };
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

/** Runs `insyn fallback` with the arguments after "fallback"; resolves to the exit status. */
export async function fallbackCommand(
  argv: readonly string[],
  io: CliIo,
  envLang: MessageLang,
): Promise<number> {
  const args = parseArgs(argv);
  const lang = args.lang ?? envLang;
  if (args.help) {
    io.stdout(FALLBACK_USAGE[lang]);
    return EXIT.ok;
  }
  let element: FallbackElement | undefined;
  if (args.element === undefined) args.errors.push((l) => SAY.noElement[l]);
  else if (!isFallbackElement(args.element))
    args.errors.push((l) => `${SAY.badElement[l]} ${FALLBACK_ELEMENTS.join(', ')}: ${args.element}`);
  else element = args.element;
  if (args.file === undefined) args.errors.push((l) => SAY.noFile[l]);
  const options = element ? fallbackOptions(element, args) : {};
  if (args.errors.length > 0 || !element || args.file === undefined) {
    const lines = args.errors.map((word) => `insyn fallback: ${word(lang)}\n`).join('');
    io.stderr(`${lines}${SAY.moreHelp[lang]}\n`);
    return EXIT.usage;
  }

  const name = args.file === '-' ? '<stdin>' : args.file;
  let text: string;
  try {
    text = args.file === '-' ? await io.readStdin() : await readFile(args.file, 'utf8');
  } catch (error) {
    io.stderr(`insyn fallback: ${SAY.cannotRead[lang]} ${name}: ${readFailure(error)}\n`);
    return EXIT.usage;
  }
  let doc: unknown;
  try {
    doc = parseJson(text);
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    io.stderr(
      `${name}:${error.line}:${error.column}: ${SAY.invalidJson[lang]}: ${parseErrorMessage(error, lang)}\n`,
    );
    return EXIT.usage;
  }
  const check = checkFeed(doc, wholeFeedValidator, { lang, sections: FALLBACK_SECTIONS[element] });
  if (!check.ok) {
    const lines = check.problems.map((p) => `${problemLine(p)}\n`).join('');
    const count = check.problems.length;
    io.stderr(`${lines}${name}: ${count} ${count === 1 ? SAY.problemsOne[lang] : SAY.problemsMany[lang]}\n`);
    return EXIT.problems;
  }

  let html: string;
  try {
    // The HTML's language: --lang when given, else Swedish (the messages may follow LANG instead).
    html = renderFallback(check.feed, element, { ...options, lang: args.lang ?? 'sv' });
  } catch (error) {
    if (!(error instanceof FallbackError)) throw error;
    io.stderr(`insyn fallback: ${error.messageIn(lang)}\n`);
    return EXIT.problems;
  }
  const endpoint = options.endpoint ?? check.feed.feedback?.endpoint ?? '';
  if (element === 'feedback-prompt' && !options.page && /^https?:/i.test(endpoint))
    io.stderr(`insyn fallback: ${SAY.noPage[lang]}\n`);
  if (args.out === undefined) {
    io.stdout(html);
    return EXIT.ok;
  }
  try {
    await writeFile(args.out, html, 'utf8');
  } catch (error) {
    io.stderr(`insyn fallback: ${SAY.cannotWrite[lang]} ${args.out}: ${readFailure(error)}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}

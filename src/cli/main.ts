/// <reference types="node" />
/**
 * The feed validator on the command line: `insyn validate <file|->`. Node only, no dependencies.
 *
 * Exit status: 0 the feed is valid (with or without warnings), 1 it has problems (or warnings,
 * with --strict), 2 the input could not be read or parsed, or the command was used wrongly. Results go to stdout, everything else to stderr.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { FeedParseError } from '../feed/errors.js';
import type { Feed, Goal, Text } from '../feed/generated/feed-types.js';
import { parseErrorMessage, problemLine, type MessageLang } from '../feed/messages.js';
import { parseJson } from '../feed/parse-json.js';
import { validateFeed } from '../feed/validate.js';
import { fallbackCommand } from './fallback.js';
import type { CliIo } from './io.js';
import { koladaCommand } from './kolada.js';

export type { CliIo };

/** What `insyn validate --json` prints for a valid feed (besides `ok` and `file`). */
export interface FeedSummary {
  readonly version: number;
  readonly organization: string | null;
  readonly exampleData: boolean;
  readonly goals: { readonly total: number; readonly byLevel: Readonly<Record<string, number>> } | null;
  readonly indicators: number | null;
  readonly budget: { readonly from: number; readonly to: number; readonly years: number } | null;
  readonly contacts: number | null;
  readonly feedback: { readonly endpoint: string | null } | null;
  /** The same summary in words, as printed without --json. */
  readonly text: string;
}

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  env: process.env,
};

const EXIT = { valid: 0, problems: 1, trouble: 2 } as const;

type Words = Record<MessageLang, string>;

const USAGE: Words = {
  en: `Usage: insyn validate <file|-> [--lang sv|en] [--json] [--strict]
       insyn kolada <kpi id…> --municipality <code> [--compare <code>…] [--api <url>] [--title-from-api]
       insyn fallback <file|-> --element <tag> [--lang sv|en] [--out <file>] [attribute options]
       insyn serve
       insyn help | --help | --version

Checks an Insyn feed (JSON, version 1) against the feed contract: the JSON Schema and the
checks beyond it (ids, references, dates, sums).

Commands:
  validate <file|->  check one feed file; "-" reads standard input
  kolada <kpi id…>   write feed indicators from the Kolada API as JSON (insyn kolada --help)
  fallback <file|->  write static HTML to paste inside an element's tag (insyn fallback --help)
  serve              start the feedback service (settings from the environment: insyn serve --help)
  help               show this text

Options:
  --lang sv|en       language of the messages (default: from LC_ALL or LANG; sv* gives sv, else en)
  --json             print the result as JSON: {"ok", "file", "summary", "warnings"} or
                     {"ok", "file", "problems", "warnings"}
  --strict           treat warnings as problems: exit 1 when there are any
  --help, -h         show this text
  --version          show the version

Problems make a feed invalid; each is one line: [<item>, ]<JSON Pointer>: <message>, the item
named by id and title when the problem lies in one. Warnings do not: they say which optional
data is missing and which feature is off for it (the own-tax calculator without a price base
amount, a trend counted from the first value without a baseline, a budget without investments),
one line each, starting "warning:".

Exit status: 0 the feed is valid (warnings or not), 1 it has problems (or warnings, with
--strict), 2 the input could not be read or is not JSON, or the command was used wrongly.
`,
  sv: `Användning: insyn validate <fil|-> [--lang sv|en] [--json] [--strict]
             insyn kolada <nyckeltal…> --municipality <kod> [--compare <kod>…] [--api <url>] [--title-from-api]
             insyn fallback <fil|-> --element <tagg> [--lang sv|en] [--out <fil>] [attributflaggor]
             insyn serve
             insyn help | --help | --version

Kontrollerar ett Insyn-flöde (JSON, version 1) mot flödets kontrakt: JSON Schema och
kontrollerna utöver det (id, hänvisningar, datum, summor).

Kommandon:
  validate <fil|->   kontrollera en flödesfil; "-" läser från standard in
  kolada <nyckeltal…> skriv flödesindikatorer från Koladas API som JSON (insyn kolada --help)
  fallback <fil|->   skriv statisk HTML att klistra in i ett elements tagg (insyn fallback --help)
  serve              starta återkopplingstjänsten (inställningar från miljön: insyn serve --help)
  help               visa den här texten

Flaggor:
  --lang sv|en       meddelandenas språk (standard: från LC_ALL eller LANG; sv* ger sv, annars en)
  --json             skriv resultatet som JSON: {"ok", "file", "summary", "warnings"} eller
                     {"ok", "file", "problems", "warnings"}
  --strict           räkna varningar som fel: slutstatus 1 när det finns några
  --help, -h         visa den här texten
  --version          visa versionen

Fel gör flödet ogiltigt; vart och ett är en rad: [<post>, ]<JSON Pointer>: <meddelande>, med
posten namngiven med id och titel när felet ligger i en. Varningar gör det inte: de säger vilka
frivilliga uppgifter som saknas och vad som då är avstängt (skatteräknaren utan prisbasbelopp,
en trend räknad från första värdet utan basperiod, en budget utan investeringar), en rad var,
som börjar med "varning:".

Slutstatus: 0 flödet är giltigt (med eller utan varningar), 1 det har fel (eller varningar, med
--strict), 2 indata gick inte att läsa eller är inte JSON, eller kommandot användes fel.
`,
};

const SAY = {
  unknownCommand: { en: 'unknown command', sv: 'okänt kommando' },
  unknownOption: { en: 'unknown option', sv: 'okänd flagga' },
  badLang: { en: '--lang must be sv or en', sv: '--lang ska vara sv eller en' },
  noFile: {
    en: 'validate needs a file, or - for standard input',
    sv: 'validate behöver en fil, eller - för standard in',
  },
  tooMany: { en: 'validate takes one file; extra argument', sv: 'validate tar en fil; överflödigt argument' },
  noCommand: { en: 'no command given', sv: 'inget kommando angivet' },
  cannotRead: { en: 'cannot read', sv: 'kan inte läsa' },
  notFound: { en: 'no such file', sv: 'filen finns inte' },
  isDirectory: { en: 'it is a directory, not a file', sv: 'det är en mapp, inte en fil' },
  denied: { en: 'permission denied', sv: 'åtkomst nekad' },
  invalidJson: { en: 'invalid JSON', sv: 'ogiltig JSON' },
  valid: { en: 'valid Insyn feed', sv: 'giltigt Insyn-flöde' },
  exampleData: { en: 'example data', sv: 'exempeldata' },
  nothing: { en: 'no sections', sv: 'inga avsnitt' },
  moreHelp: { en: 'Run "insyn --help" for more.', sv: 'Kör "insyn --help" för mer.' },
  warning: { en: 'warning', sv: 'varning' },
} satisfies Record<string, Words>;

/** Singular and plural of what the summary counts. */
const NOUNS = {
  goal: { en: ['goal', 'goals'], sv: ['mål', 'mål'] },
  vision: { en: ['vision', 'visions'], sv: ['vision', 'visioner'] },
  'strategic-goal': { en: ['strategic goal', 'strategic goals'], sv: ['strategiskt mål', 'strategiska mål'] },
  'process-goal': { en: ['process goal', 'process goals'], sv: ['processmål', 'processmål'] },
  commitment: { en: ['commitment', 'commitments'], sv: ['åtagande', 'åtaganden'] },
  'unit-commitment': {
    en: ['unit commitment', 'unit commitments'],
    sv: ['enhetsåtagande', 'enhetsåtaganden'],
  },
  activity: { en: ['activity', 'activities'], sv: ['aktivitet', 'aktiviteter'] },
  indicator: { en: ['indicator', 'indicators'], sv: ['indikator', 'indikatorer'] },
  year: { en: ['year', 'years'], sv: ['år', 'år'] },
  contact: { en: ['contact point', 'contact points'], sv: ['kontaktpunkt', 'kontaktpunkter'] },
  problem: { en: ['problem', 'problems'], sv: ['fel', 'fel'] },
  warning: { en: ['warning', 'warnings'], sv: ['varning', 'varningar'] },
} satisfies Record<string, Record<MessageLang, [string, string]>>;

const GOAL_LEVELS: readonly Goal['level'][] = [
  'vision',
  'strategic-goal',
  'process-goal',
  'commitment',
  'unit-commitment',
  'activity',
];

function counted(n: number, noun: keyof typeof NOUNS, lang: MessageLang): string {
  return `${n} ${NOUNS[noun][lang][n === 1 ? 0 : 1]}`;
}

/** The language from the environment: sv when LC_ALL (or LC_MESSAGES, or LANG) starts with sv. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): MessageLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function textIn(text: Text | undefined, lang: MessageLang): string | null {
  if (text === undefined) return null;
  if (typeof text === 'string') return text;
  return text[lang] ?? text.sv ?? Object.values(text)[0] ?? null;
}

/** What a valid feed holds, counted and in words. */
export function summarize(feed: Feed, lang: MessageLang): FeedSummary {
  const parts: string[] = [];
  let goals: FeedSummary['goals'] = null;
  if (feed.goals) {
    const byLevel: Record<string, number> = {};
    for (const goal of feed.goals) byLevel[goal.level] = (byLevel[goal.level] ?? 0) + 1;
    goals = { total: feed.goals.length, byLevel };
    const levels = GOAL_LEVELS.filter((level) => byLevel[level]).map((level) =>
      counted(byLevel[level]!, level, lang),
    );
    parts.push(counted(feed.goals.length, 'goal', lang) + (levels.length ? ` (${levels.join(', ')})` : ''));
  }
  const indicators = feed.indicators?.length ?? null;
  if (indicators !== null) parts.push(counted(indicators, 'indicator', lang));
  let budget: FeedSummary['budget'] = null;
  if (feed.budget) {
    const years = [...new Set(feed.budget.years.map((y) => y.year))].sort((a, b) => a - b);
    const from = years[0]!;
    const to = years[years.length - 1]!;
    budget = { from, to, years: years.length };
    parts.push(`budget ${from === to ? from : `${from}–${to}`} (${counted(years.length, 'year', lang)})`);
  }
  const contacts = feed.contacts?.length ?? null;
  if (contacts !== null) parts.push(counted(contacts, 'contact', lang));
  let feedback: FeedSummary['feedback'] = null;
  if (feed.feedback) {
    feedback = { endpoint: feed.feedback.endpoint ?? null };
    const words = feedback.endpoint
      ? { en: 'feedback endpoint', sv: 'adress för återkoppling' }
      : { en: 'feedback settings (no endpoint)', sv: 'inställningar för återkoppling (utan adress)' };
    parts.push(words[lang]);
  }
  const organization = textIn(feed.organization?.name, lang);
  const exampleData = feed.exampleData === true;
  const text =
    `${SAY.valid[lang]} v${feed.version}` +
    (organization ? ` — ${organization}` : '') +
    `: ${parts.length ? parts.join(', ') : SAY.nothing[lang]}` +
    (exampleData ? ` (${SAY.exampleData[lang]})` : '');
  return {
    version: feed.version,
    organization,
    exampleData,
    goals,
    indicators,
    budget,
    contacts,
    feedback,
    text,
  };
}

interface Parsed {
  command?: string;
  files: string[];
  lang?: MessageLang;
  json: boolean;
  strict: boolean;
  help: boolean;
  version: boolean;
  errors: (keyof typeof SAY | [keyof typeof SAY, string])[];
}

function parseArgs(argv: readonly string[]): Parsed {
  const parsed: Parsed = { files: [], json: false, strict: false, help: false, version: false, errors: [] };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (options && arg === '--') {
      options = false;
    } else if (options && arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg];
      if (name === '--json' && inline === undefined) parsed.json = true;
      else if (name === '--strict' && inline === undefined) parsed.strict = true;
      else if ((name === '--help' || name === '-h') && inline === undefined) parsed.help = true;
      else if (name === '--version' && inline === undefined) parsed.version = true;
      else if (name === '--lang') {
        const value = inline ?? argv[++i];
        if (value === 'sv' || value === 'en') parsed.lang = value;
        else parsed.errors.push('badLang');
      } else parsed.errors.push(['unknownOption', arg]);
    } else if (parsed.command === undefined) {
      parsed.command = arg;
    } else {
      parsed.files.push(arg);
    }
  }
  return parsed;
}

/** Why a file could not be read, in words. */
function readFailure(error: unknown, lang: MessageLang): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return SAY.notFound[lang];
  if (code === 'EISDIR') return SAY.isDirectory[lang];
  if (code === 'EACCES' || code === 'EPERM') return SAY.denied[lang];
  return error instanceof Error ? error.message : String(error);
}

/** A parse error in words; the CLI prints the position before it as file:line:column. */
function parseReason(error: FeedParseError, lang: MessageLang): string {
  return `${SAY.invalidJson[lang]}: ${parseErrorMessage(error, lang)}`;
}

interface ValidateOptions {
  readonly lang: MessageLang;
  readonly json: boolean;
  readonly strict: boolean;
}

async function validateCommand(file: string, options: ValidateOptions, io: CliIo): Promise<number> {
  const { lang, json, strict } = options;
  const name = file === '-' ? '<stdin>' : file;
  const trouble = (error: Record<string, unknown>, line: string): number => {
    if (json) io.stdout(`${JSON.stringify({ ok: false, file: name, error }, null, 2)}\n`);
    io.stderr(`${line}\n`);
    return EXIT.trouble;
  };
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    const message = `${SAY.cannotRead[lang]} ${name}: ${readFailure(error, lang)}`;
    return trouble({ kind: 'read', message }, `insyn: ${message}\n${SAY.moreHelp[lang]}`);
  }
  let doc: unknown;
  try {
    doc = parseJson(text);
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    const message = parseReason(error, lang);
    return trouble(
      { kind: 'parse', code: error.code, line: error.line, column: error.column, message },
      `${name}:${error.line}:${error.column}: ${message}`,
    );
  }
  const result = validateFeed(doc, { lang });
  const { warnings } = result;
  const warningLines = warnings.map((w) => `${SAY.warning[lang]}: ${problemLine(w)}\n`).join('');
  const failed = !result.ok || (strict && warnings.length > 0);
  const counts = [
    ...(result.ok ? [] : [counted(result.problems.length, 'problem', lang)]),
    ...(warnings.length > 0 ? [counted(warnings.length, 'warning', lang)] : []),
  ];
  if (result.ok) {
    const summary = summarize(result.feed, lang);
    if (json) io.stdout(`${JSON.stringify({ ok: true, file: name, summary, warnings }, null, 2)}\n`);
    else io.stdout(`${name}: ${summary.text}\n${warningLines}`);
  } else if (json) {
    io.stdout(`${JSON.stringify({ ok: false, file: name, problems: result.problems, warnings }, null, 2)}\n`);
  } else {
    io.stdout(result.problems.map((p) => `${problemLine(p)}\n`).join('') + warningLines);
  }
  if (!json && counts.length > 0) io.stderr(`${name}: ${counts.join(', ')}\n`);
  return failed ? EXIT.problems : EXIT.valid;
}

/** What `insyn serve` needs of @insyn/feedback-service (its lib/main.js). */
interface ServicePackage {
  serve(args: readonly string[], io: CliIo, lang: MessageLang): Promise<number>;
}

/** The service package's name; a variable, so neither tsc nor a bundler goes looking for it. */
export const SERVICE_PACKAGE = '@insyn/feedback-service';

const NO_SERVICE: Record<MessageLang, string> = {
  en: `insyn serve: the feedback service is a package of its own. Install it beside insyn:

  npm install ${SERVICE_PACKAGE}

then run \`npx insyn serve\` again (or \`npx insyn-feedback-service\`).
`,
  sv: `insyn serve: återkopplingstjänsten är ett eget paket. Installera det bredvid insyn:

  npm install ${SERVICE_PACKAGE}

och kör \`npx insyn serve\` igen (eller \`npx insyn-feedback-service\`).
`,
};

/**
 * `insyn serve`: hands off to @insyn/feedback-service when it is installed (only this command
 * loads Fastify and a database driver), or says how to install it and exits 2.
 */
export async function serveCommand(
  args: readonly string[],
  io: CliIo,
  lang: MessageLang,
  load: (name: string) => Promise<unknown> = (name) => import(name),
): Promise<number> {
  let service: ServicePackage;
  try {
    service = (await load(SERVICE_PACKAGE)) as ServicePackage;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // Only "not installed" means install it; a broken install is reported as it is.
    if (code !== 'ERR_MODULE_NOT_FOUND' || !String((error as Error).message).includes(SERVICE_PACKAGE))
      throw error;
    io.stderr(NO_SERVICE[lang]);
    return EXIT.trouble;
  }
  return service.serve(args, io, lang);
}

/**
 * Runs the CLI with the arguments after `node insyn.js`; resolves to the exit status.
 * Never rejects for bad input: only a bug in the CLI itself would.
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  // kolada and fallback have options of their own, so they parse their arguments themselves.
  if (argv[0] === 'kolada') return koladaCommand(argv.slice(1), io, langFromEnv(io.env));
  if (argv[0] === 'fallback') return fallbackCommand(argv.slice(1), io, langFromEnv(io.env));
  if (argv[0] === 'serve') return serveCommand(argv.slice(1), io, langFromEnv(io.env));
  const args = parseArgs(argv);
  const lang = args.lang ?? langFromEnv(io.env);
  if (args.errors.length === 0) {
    if (args.version) {
      io.stdout(`${version()}\n`);
      return EXIT.valid;
    }
    if (args.help || args.command === 'help') {
      io.stdout(USAGE[lang]);
      return EXIT.valid;
    }
    if (args.command === undefined) args.errors.push('noCommand');
    else if (args.command !== 'validate') args.errors.push(['unknownCommand', args.command]);
    else if (args.files.length === 0) args.errors.push('noFile');
    else if (args.files.length > 1) args.errors.push(['tooMany', args.files[1]!]);
  }
  const [error] = args.errors;
  if (error !== undefined) {
    const line = Array.isArray(error) ? `${SAY[error[0]][lang]}: ${error[1]}` : SAY[error][lang];
    io.stderr(`insyn: ${line}\n\n${USAGE[lang]}`);
    return EXIT.trouble;
  }
  return validateCommand(args.files[0]!, { lang, json: args.json, strict: args.strict }, io);
}

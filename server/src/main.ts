/// <reference types="node" />
/**
 * `insyn serve`: starts the feedback service from the environment, prints one line to stdout
 * once it listens, and shuts down gracefully on SIGTERM or SIGINT (a second signal ends it at
 * once). Loaded by the CLI only for this command, so `insyn validate` never loads Fastify.
 *
 * Exit status: 0 after a clean shutdown, 1 when it cannot start (bad settings, a database that
 * cannot be opened or reached, a port in use) or did not shut down cleanly.
 */
import { startServer } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { demoBuilt } from './demo.js';
import { describeUrl } from './store/postgres.js';
import { StoreError } from './store/errors.js';

export interface ServeIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

/** Why the service could not start, in one line that says what to change. */
function startFailure(error: unknown, env: ServeIo['env']): string {
  if (error instanceof ConfigError || error instanceof StoreError) return error.message;
  const e = error as { code?: string; message?: string } | null;
  const where = `${env.HOST?.trim() || '127.0.0.1'}:${env.PORT?.trim() || 8080}`;
  if (e?.code === 'EADDRINUSE')
    return `port in use: ${where} (set PORT to another port, or 0 for any free one)`;
  if (e?.code === 'EACCES') return `not allowed to listen on ${where} (ports below 1024 need privileges)`;
  if (e?.code === 'EADDRNOTAVAIL' || e?.code === 'ENOTFOUND')
    return `HOST is not an address of this machine: ${where}`;
  return e?.message ?? String(error);
}

const HELP = {
  en: `Usage: insyn serve

Starts the feedback service that <feedback-prompt> posts to, with the demo page. Settings come
from the environment:
  PORT                  port (default 8080; 0: any free port)
  HOST                  address to listen on (default 127.0.0.1)
  INSYN_DATA_DIR        folder of the SQLite file feedback.sqlite (default ./data)
  DATABASE_URL          postgres://user:password@host:5432/db: PostgreSQL instead of SQLite
  INSYN_ADMIN_TOKEN     bearer token of the read side (summary, export, /admin); unset: read side off
  INSYN_CORS_ORIGINS    origins that may post from other sites, comma-separated (default: none)
  INSYN_RATE_LIMIT      answers per client and minute (default 30; 0: no limit)
  INSYN_PUBLIC_SUMMARY  pages whose share of "Ja" is public: paths, prefix*, or * (default: none)
  INSYN_SERVE_DEMO      serve the demo page and dist/ at / (default 1)
  INSYN_TRUST_PROXY     behind a proxy: 1, a hop count, or its addresses (default 0)
  INSYN_LOG_LEVEL       info (default), warn, error, silent, …

Prints one line when it listens; stops gracefully on SIGTERM or Ctrl-C. Exit status 1 when it
cannot start.
`,
  sv: `Användning: insyn serve

Startar återkopplingstjänsten som <feedback-prompt> skickar svaren till, med exempelsidan.
Inställningarna kommer från miljövariabler:
  PORT                  port (standard 8080; 0: valfri ledig port)
  HOST                  adress att lyssna på (standard 127.0.0.1)
  INSYN_DATA_DIR        mapp för SQLite-filen feedback.sqlite (standard ./data)
  DATABASE_URL          postgres://användare:lösenord@värd:5432/db: PostgreSQL i stället för SQLite
  INSYN_ADMIN_TOKEN     nyckel (bearer token) för läsdelen (summering, export, /admin); utan: avstängd
  INSYN_CORS_ORIGINS    ursprung som får skicka från andra webbplatser, kommaseparerade (standard: inga)
  INSYN_RATE_LIMIT      svar per klient och minut (standard 30; 0: ingen gräns)
  INSYN_PUBLIC_SUMMARY  sidor vars andel "Ja" är offentlig: sökvägar, prefix*, eller * (standard: inga)
  INSYN_SERVE_DEMO      visa exempelsidan och dist/ på / (standard 1)
  INSYN_TRUST_PROXY     bakom en proxy: 1, antal led, eller dess adresser (standard 0)
  INSYN_LOG_LEVEL       info (standard), warn, error, silent, …

Skriver en rad när den lyssnar; stänger ordnat vid SIGTERM eller Ctrl-C. Slutstatus 1 när den
inte kan starta.
`,
};

export async function serve(args: readonly string[], io: ServeIo, lang: 'sv' | 'en' = 'en'): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.stdout(HELP[lang]);
    return 0;
  }
  if (args.length > 0) {
    io.stderr(
      `insyn serve: ${lang === 'sv' ? 'tar inga argument; inställningar ges i miljön' : 'takes no arguments; settings come from the environment'}\n\n${HELP[lang]}`,
    );
    return 2;
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(io.env);
    server = await startServer(config);
  } catch (error) {
    io.stderr(`insyn serve: ${startFailure(error, io.env)}\n`);
    return 1;
  }
  const where = config.databaseUrl ? 'postgresql' : `sqlite: ${config.sqlitePath}`;
  io.stdout(`Insyn feedback service listening on ${server.url} (${where})\n`);
  if (config.databaseUrl) io.stderr(`insyn serve: PostgreSQL at ${describeUrl(config.databaseUrl)}\n`);
  if (config.adminToken !== null && config.adminToken.length < 16)
    io.stderr('insyn serve: INSYN_ADMIN_TOKEN is short; use 32 random characters or more\n');
  if (config.serveDemo && !demoBuilt())
    io.stderr('insyn serve: dist/ is not built, so the demo page has no components: run `npm run build`\n');
  if (config.serveDemo)
    io.stderr(`insyn serve: demo page ${server.url}/demo/, editors' page ${server.url}/admin\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        io.stderr(`insyn serve: ${signal} again, stopping now\n`);
        process.exit(1);
      }
      stopping = true;
      server.close().then(
        () => resolve(0),
        (error: unknown) => {
          io.stderr(
            `insyn serve: shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

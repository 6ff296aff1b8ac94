/// <reference types="node" />
/**
 * The feedback service: the write side that <feedback-prompt> posts to, the read side for
 * editors behind a bearer token, an opt-in public share per page, health, and (for
 * `insyn serve`) the demo page. buildApp() makes the Fastify instance for a given store, so
 * tests can inject requests; startServer() opens the store, listens and closes it all again.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import Fastify, {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { ADMIN_CSP, ADMIN_CSS, ADMIN_JS, adminHtml } from './admin-page.js';
import { ClientKeys, FailureLimiter, hitAnswers } from './rate-limit.js';
import type { ServerConfig } from './config.js';
import { csvLines } from './csv.js';
import { registerDemo, registerValidator } from './demo.js';
import {
  backLink,
  fingerprint,
  formBodies,
  formBody,
  formKey,
  formLang,
  isFormType,
  parseFormFields,
  problemPage,
  refererPage,
  returnUrl,
  thanksLocation,
  thanksPage,
  FORM_TYPE,
  type FormFields,
  type FormProblem,
} from './form-post.js';
import {
  BODY_LIMIT,
  FEEDBACK_BODY_SCHEMA,
  normalisePage,
  toStoredAnswer,
  type FeedbackBody,
} from './schema.js';
import { acceptableText, EARLIEST_CREATED_AT } from 'insyn/feedback-contract';
import { openStore } from './store/index.js';
import type { FeedbackStore } from './store/types.js';
import { isPublic, PUBLIC_MINIMUM, summarise } from './summary.js';

const FEEDBACK = '/api/feedback';
/** Routes another origin may call: the answers, and the public share. */
const CORS_PATHS = new Set([FEEDBACK, `${FEEDBACK}/share`]);

const DAY_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

const EARLIEST = Date.parse(EARLIEST_CREATED_AT);
/** Wrong admin tokens a client may send per minute before every attempt is refused with 429. */
export const FAILED_TOKEN_LIMIT = 20;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The bytes as UTF-8 text, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Buffer): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Whether every run of %XX escapes in a form body decodes as UTF-8 (URLSearchParams would put U+FFFD instead). */
function percentUtf8(text: string): boolean {
  for (const [run] of text.matchAll(/(?:%[0-9A-Fa-f]{2})+/g)) {
    try {
      decodeURIComponent(run);
    } catch {
      return false;
    }
  }
  return true;
}

/** Whether every string in a parsed body, keys included, is text (contract.ts: acceptableText). */
function textOnly(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return acceptableText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return true;
  return Object.entries(value).every(([key, item]) => acceptableText(key) && textOnly(item, depth + 1));
}

/** A 400 whose message is shown as it is (errorMessage). */
function badText(message: string): FastifyError {
  const error: FastifyError = Object.assign(new Error(message), { statusCode: 400, code: 'INSYN_BAD_TEXT' });
  return error;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Compares hashes, so neither the length nor the content of the token leaks through timing. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

/** The path without the query string: the log never shows what was asked for. */
function pathOf(url: string): string {
  return url.split('?', 1)[0]!;
}

function errorMessage(error: FastifyError): { status: number; message: string } {
  if (error.validation?.length) {
    const [first] = error.validation;
    const where = `${error.validationContext ?? 'body'}${first!.instancePath}`;
    const extra = (first!.params as { additionalProperty?: string }).additionalProperty;
    return { status: 400, message: `${where} ${first!.message ?? 'is invalid'}${extra ? `: ${extra}` : ''}` };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, message: `the body is larger than ${BODY_LIMIT} bytes` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: 'send the answer as application/json (or text/plain holding JSON)' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'the body is empty' };
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) return { status, message: 'internal error' };
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return { status: 400, message: 'the body is not valid JSON' };
  return { status, message: error.message };
}

/** The service's own origin as the browser sees it (behind a trusted proxy, the proxy's). */
function serviceOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** A validation error of a form post, as what the resident can do about it. */
function formProblem(error: FastifyError, status: number, body: unknown): FormProblem {
  if (status === 429) return 'tooMany';
  if (status >= 500) return 'failed';
  if (status === 413) return 'tooLong';
  // The one thing a resident can get wrong comes first, whatever else the schema found.
  const answer = (body as { answer?: unknown } | null | undefined)?.answer;
  if (error.validation && answer !== 'yes' && answer !== 'no') return 'chooseAnswer';
  const first = error.validation?.[0];
  const field =
    first?.instancePath.slice(1) ||
    (first?.params as { missingProperty?: string } | undefined)?.missingProperty;
  if (field === 'comment' && first?.keyword === 'maxLength') return 'tooLong';
  if (field === 'page') return 'noPage';
  return 'invalid';
}

/** An HTML page for a resident who posted the form (the JSON API's errors are for programs). */
function sendFormPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .send(html);
}

export interface AppOptions {
  /** Where the demo page, feed and bundles are read from; the package root by default. */
  readonly root?: string;
  /** The clock of the limits and the daily salt, for tests. */
  readonly now?: () => number;
}

export async function buildApp(
  config: ServerConfig,
  store: FeedbackStore,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // A hop count trusts that many proxies nearest to the service.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    // One line per request, written by the onResponse hook below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A request must finish in time, and a slow client cannot hold a connection open for ever.
    requestTimeout: 30_000,
    // The schema is the contract: unknown fields fail rather than being removed, and nothing is coerced.
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false },
    },
    logger: {
      level: config.logLevel,
      // stdout carries the one "listening" line; the log goes to stderr.
      stream: process.stderr,
      // No bodies, no addresses, no query strings (summary filters, pages): method and path only.
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, url: pathOf(req.url ?? '') }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });

  const readSideOn = config.adminToken !== null;
  const now = options.now ?? Date.now;
  // The keys, counts and fingerprints live in the store, shared by every process on the database.
  const keys = new ClientKeys(store, now);
  const tokenFailures = new FailureLimiter(store, FAILED_TOKEN_LIMIT, now);
  /** Form posts whose honeypot was filled in: thanked, never stored. */
  const spam = new WeakSet<FastifyRequest>();

  await app.register(helmet, {
    // JSON needs no sources at all; the demo and admin pages set their own policy.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
  });

  await app.register(cors, {
    delegator: (request: FastifyRequest, callback: (error: Error | null, options: object) => void) => {
      const origin = request.headers.origin;
      const allowed = CORS_PATHS.has(pathOf(request.url)) && !!origin && config.corsOrigins.includes(origin);
      // The client omits cookies, so credentials are never allowed.
      callback(null, {
        origin: allowed ? origin : false,
        methods: ['GET', 'POST'],
        allowedHeaders: ['Content-Type'],
        credentials: false,
        maxAge: 600,
      });
    },
  });

  // While closing, a keep-alive connection ends with the answer in flight, rather than idling
  // until its timeout holds the shutdown up.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        url: pathOf(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, message } = errorMessage(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (pathOf(request.url) === FEEDBACK && isFormType(request.headers['content-type'])) {
      const lang = formLang(request.body, request.headers['accept-language']);
      return sendFormPage(
        reply,
        status,
        problemPage(lang, formProblem(error, status, request.body), { status }),
      );
    }
    return reply.code(status).type('application/json; charset=utf-8').send({ error: message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not found' }));

  // Bodies are read as bytes and decoded strictly: invalid UTF-8 is a 400, not text with
  // replacement characters in it. Beacons send the JSON as text/plain (no CORS preflight), so
  // text/plain is read as JSON too.
  const json = app.getDefaultJsonParser('error', 'error');
  const strictJson = (
    request: FastifyRequest,
    body: string | Buffer,
    done: (error: Error | null, body?: unknown) => void,
  ) => {
    const text = strictUtf8(body as Buffer);
    if (text === null) return done(badText('the body is not valid UTF-8'));
    void json(request, text, done);
  };
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, strictJson);
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, strictJson);
  // The no-JavaScript form (insyn fallback --element feedback-prompt); mapped onto the JSON body below.
  app.addContentTypeParser(FORM_TYPE, { parseAs: 'buffer' }, (_request, body, done) => {
    const text = strictUtf8(body as Buffer);
    if (text === null || !percentUtf8(text)) return done(badText('the body is not valid UTF-8'));
    done(null, parseFormFields(text));
  });

  // --- the write side ---------------------------------------------------------------------

  app.post<{ Body: FeedbackBody }>(
    FEEDBACK,
    {
      schema: { body: FEEDBACK_BODY_SCHEMA },
      // Before the body is read: a flood costs no parsing, masking or writing.
      onRequest: async (request, reply) => {
        if (config.rateLimit === 0) return;
        const hit = await hitAnswers(store, await keys.key(request.ip), config.rateLimit, now());
        void reply
          .header('x-ratelimit-limit', hit.limit)
          .header('x-ratelimit-remaining', hit.remaining)
          .header('x-ratelimit-reset', hit.resetSeconds);
        if (hit.allowed) return;
        void reply.code(429).header('retry-after', hit.resetSeconds);
        if (isFormType(request.headers['content-type'])) {
          const lang = formLang(undefined, request.headers['accept-language']);
          return sendFormPage(
            reply,
            429,
            problemPage(lang, 'tooMany', { status: 429, seconds: hit.resetSeconds }),
          );
        }
        return reply.send({
          error: `too many answers from this client; try again in ${hit.resetSeconds} s`,
        });
      },
      // A form's fields become the element's body here, so the schema below checks both alike.
      preValidation: async (request) => {
        // NUL and lone surrogates pass JSON.parse and the schema but are not text: refused
        // (PostgreSQL cannot store a NUL; a lone surrogate cannot be written as UTF-8).
        if (!textOnly(request.body))
          throw badText('the body holds a NUL character or a lone surrogate, which are not text');
        if (!isFormType(request.headers['content-type'])) return;
        const fields = (request.body ?? {}) as unknown as FormFields;
        // A form's own key wins (formBody), so only a form without one needs the fingerprint.
        const key =
          fields.idempotencyKey === undefined
            ? await formKey(store, fingerprint(await keys.key(request.ip), fields), now())
            : '';
        const submission = formBody(fields, {
          key,
          received: new Date(),
          refererPage: refererPage(request.headers.referer, serviceOrigin(request)),
        });
        if (submission.spam) spam.add(request);
        request.body = submission.body as unknown as FeedbackBody;
      },
      // After the schema: createdAt is a date-time; one before the earliest is a broken clock.
      preHandler: (request, _reply, done) => {
        if (new Date(request.body.createdAt).getTime() < EARLIEST)
          return done(badText(`body/createdAt is before ${EARLIEST_CREATED_AT}`));
        done();
      },
    },
    async (request, reply) => {
      if (isFormType(request.headers['content-type'])) {
        // The answer, then the comment naming it: stored as the element stores them.
        if (!spam.has(request))
          for (const body of formBodies(request.body)) await store.insert(toStoredAnswer(body, new Date()));
        const back = returnUrl({
          page: request.body.page,
          origin: request.headers.origin,
          referer: request.headers.referer,
          serviceOrigin: serviceOrigin(request),
          allowedOrigins: config.corsOrigins,
        });
        // Post/Redirect/Get: the resident sees the answer arrived, and a reload does not post again.
        return reply
          .code(303)
          .header('location', thanksLocation(request.body.lang, back))
          .header('cache-control', 'no-store')
          .send();
      }
      const { status, answer } = await store.insert(toStoredAnswer(request.body, new Date()));
      return reply
        .code(status === 'created' ? 201 : 200)
        .header('cache-control', 'no-store')
        .header('cross-origin-resource-policy', 'cross-origin')
        .send({
          status: status === 'created' ? 'stored' : 'duplicate',
          idempotencyKey: answer.idempotencyKey,
          receivedAt: answer.receivedAt,
        });
    },
  );

  // Where a form post is sent on to; `back` is checked again, as anyone can write the query string.
  app.get<{ Querystring: { lang?: unknown; back?: unknown } }>(`${FEEDBACK}/thanks`, (request, reply) => {
    const lang = request.query.lang === 'en' ? 'en' : 'sv';
    const back = backLink(request.query.back, serviceOrigin(request), config.corsOrigins);
    return sendFormPage(reply, 200, thanksPage(lang, back));
  });

  // --- health -----------------------------------------------------------------------------

  app.get('/health', async (request, reply) => {
    try {
      await store.ping();
      return reply.header('cache-control', 'no-store').send({ status: 'ok', store: store.kind });
    } catch (error) {
      request.log.error({ err: error }, 'health: the database does not answer');
      return reply
        .code(503)
        .header('cache-control', 'no-store')
        .send({ error: 'the database does not answer' });
    }
  });

  // --- the public share -------------------------------------------------------------------

  app.get<{ Querystring: { page: string } }>(
    `${FEEDBACK}/share`,
    {
      schema: {
        querystring: {
          type: 'object',
          required: ['page'],
          properties: { page: { type: 'string', minLength: 1, maxLength: 500 } },
        },
      },
    },
    async (request, reply) => {
      const page = normalisePage(request.query.page);
      if (!isPublic(page, config.publicSummary))
        return reply.code(404).send({ error: 'this page has no public summary' });
      const { total } = summarise(await store.summary({ page }));
      const enough = total.total >= PUBLIC_MINIMUM;
      return reply
        .header('cache-control', 'public, max-age=300')
        .header('cross-origin-resource-policy', 'cross-origin')
        .send({
          page,
          yes: enough ? total.yes : null,
          total: enough ? total.total : null,
          share: enough ? total.share : null,
          minimum: PUBLIC_MINIMUM,
        });
    },
  );

  // --- the read side ----------------------------------------------------------------------

  await app.register((read, _options, done) => {
    read.addHook('onRequest', async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      const token = config.adminToken;
      if (token === null)
        return reply
          .code(503)
          .send({ error: 'the read side is off: start the service with INSYN_ADMIN_TOKEN set' });
      const client = await keys.key(request.ip);
      const given = request.headers.authorization;
      const right = tokenMatches(given, token);
      // A wrong token is counted in the same step that checks the count, so a burst of guesses
      // sent at once (to one process or several) gets no more than the limit's answers. A request
      // without the header is not a guess (a browser opening the URL), and is not counted.
      const wait =
        given && !right ? await tokenFailures.fail(client) : await tokenFailures.waitSeconds(client);
      if (wait > 0)
        return reply
          .code(429)
          .header('retry-after', wait)
          .send({ error: `too many wrong tokens from this client; try again in ${wait} s` });
      if (!right)
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="insyn"')
          .send({ error: 'send Authorization: Bearer <INSYN_ADMIN_TOKEN>' });
    });

    read.get<{ Querystring: { page?: string; from?: string; to?: string } }>(
      `${FEEDBACK}/summary`,
      {
        schema: {
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              page: { type: 'string', minLength: 1, maxLength: 500 },
              from: { type: 'string', pattern: DAY_PATTERN },
              to: { type: 'string', pattern: DAY_PATTERN },
            },
          },
        },
      },
      async (request, reply) => {
        const { from, to } = request.query;
        if (from && to && from > to) return reply.code(400).send({ error: 'from is after to' });
        const page = request.query.page === undefined ? undefined : normalisePage(request.query.page);
        const rows = await store.summary({ page, from, to });
        return { page: page ?? null, from: from ?? null, to: to ?? null, ...summarise(rows) };
      },
    );

    read.get(`${FEEDBACK}/export.csv`, (_request, reply) => {
      const name = `feedback-${new Date().toISOString().slice(0, 10)}.csv`;
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(Readable.from(csvLines(store.exportRows())));
    });

    read.get<{ Querystring: { limit?: string } }>(
      `${FEEDBACK}/overview`,
      {
        schema: {
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { limit: { type: 'string', pattern: '^[1-9]\\d{0,2}$' } },
          },
        },
      },
      async (request) => {
        const limit = Number(request.query.limit ?? 20);
        const [lowest, comments] = await Promise.all([store.lowestShare(limit), store.latestComments(limit)]);
        return {
          lowest,
          comments: comments.map((c) => ({
            page: c.page,
            answer: c.answer,
            comment: c.comment,
            createdAt: c.createdAt,
            lang: c.lang,
          })),
        };
      },
    );
    done();
  });

  // --- the editors' page (a shell; its script brings the token) ------------------------------

  const page = (type: string, body: string) => (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .type(type)
      .header('content-security-policy', ADMIN_CSP)
      .header('cache-control', 'no-store')
      .header('x-robots-tag', 'noindex')
      .send(body);
  app.get('/admin', page('text/html; charset=utf-8', adminHtml({ readSideOn })));
  app.get('/admin/', (_request, reply) => reply.redirect('/admin'));
  app.get('/admin/admin.js', page('text/javascript; charset=utf-8', ADMIN_JS));
  app.get('/admin/admin.css', page('text/css; charset=utf-8', ADMIN_CSS));

  // Browsers ask for it on every page; a 404 would fill the log.
  app.get('/favicon.ico', (_request, reply) =>
    reply.code(204).header('cache-control', 'public, max-age=86400').send(),
  );

  registerValidator(app, options.root);
  if (config.serveDemo) registerDemo(app, options.root);

  return app;
}

export interface RunningServer {
  /** http://host:port, with the port actually bound. */
  readonly url: string;
  readonly store: FeedbackStore;
  /** Stops accepting, lets requests in flight finish (their writes included), closes the store. */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig, options: AppOptions = {}): Promise<RunningServer> {
  const store = await openStore(config);
  let app: FastifyInstance;
  try {
    app = await buildApp(config, store, options);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  if (!readSideOn(config))
    app.log.warn("INSYN_ADMIN_TOKEN is not set: the read side (summary, export, editors' page) answers 503");
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    store,
    close() {
      closing ??= app.close().then(() => store.close());
      return closing;
    },
  };
}

function readSideOn(config: ServerConfig): boolean {
  return config.adminToken !== null;
}

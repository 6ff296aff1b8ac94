/// <reference types="node" />
/**
 * Answers from the plain form that `insyn fallback --element feedback-prompt` writes: for readers
 * without JavaScript. The browser posts `application/x-www-form-urlencoded` and navigates to the
 * answer, so the service maps the fields onto the element's JSON body (and the same schema,
 * masking and rate limit), and answers with a redirect to a thank-you page of its own (Post/Redirect/Get:
 * the resident sees that the answer arrived, and a reload posts nothing), which links back to the page.
 *
 * The idempotency key (docs/fallback.md, "Double submits"): a static form cannot carry a fresh
 * random key, so the service makes one. A submission is fingerprinted (the client's daily
 * rate-limit key, the page, the answer, the comment, the language) and the fingerprint (a hash) is
 * kept in the store for {@link FORM_REPEAT_WINDOW_MS} with the random key the first submission
 * got: the same submission again within that time (a double click, a resend after a slow answer),
 * to this process or another on the same database, gets the same key and is stored once. A form
 * whose page is rendered per view may send a UUID of its own in `idempotencyKey`, which then wins.
 */
import { createHash, randomUUID } from 'node:crypto';
import { VERSION } from 'insyn/feedback-contract';
import type { FeedbackBody } from './schema.js';
import type { FeedbackStore } from './store/types.js';

/** Stored as the answer's `version`: the service's version, marked as coming from the form. */
export const FORM_VERSION = `${VERSION}+form`;

export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** How long the same submission from the same client counts as a repeat. */
export const FORM_REPEAT_WINDOW_MS = 2 * 60_000;

/** Whether a request's Content-Type is the form's (parameters such as charset allowed). */
export function isFormType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase() === FORM_TYPE;
}

/** A field given once is a string; given more often, every value (which the schema then refuses). */
export type FormFields = Readonly<Record<string, string | readonly string[]>>;

export function parseFormFields(text: string): FormFields {
  const params = new URLSearchParams(text);
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    fields[name] = values.length === 1 ? values[0]! : values;
  }
  return fields;
}

/**
 * The page a Referer names, as a path; undefined when there is none, or when it may be a cut one:
 * for a post to another origin browsers send only `https://site/` by default, which cannot be
 * told from the home page, so the form must say (its `page` field).
 */
export function refererPage(referer: string | undefined, serviceOrigin: string): string | undefined {
  if (!referer) return undefined;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return undefined;
  }
  if (url.pathname === '/' && !url.search && url.origin !== serviceOrigin) return undefined;
  return url.pathname;
}

export interface FormSubmission {
  /** The fields as the JSON body the schema checks (the comment included, for its length). */
  readonly body: Record<string, unknown>;
  /** The honeypot was filled in: thank, and store nothing (as the element does). */
  readonly spam: boolean;
}

/**
 * The form's fields as the element's body. Unknown fields are ignored (a CMS may add its own);
 * a missing `lang` is Swedish; the page is the `page` field, else the Referer's path.
 */
export function formBody(
  fields: FormFields,
  context: { readonly key: string; readonly received: Date; readonly refererPage?: string | undefined },
): FormSubmission {
  const given = (name: string): string | readonly string[] | undefined => fields[name];
  const body: Record<string, unknown> = {
    idempotencyKey: given('idempotencyKey') ?? context.key,
    answer: given('answer'),
    lang: given('lang') ?? 'sv',
    version: FORM_VERSION,
    createdAt: context.received.toISOString(),
  };
  const page = given('page');
  if (page !== undefined && page !== '') body.page = page;
  else if (context.refererPage !== undefined) body.page = context.refererPage;
  const comment = given('comment');
  if (typeof comment !== 'string' || comment.trim() !== '') body.comment = comment;
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  const honeypot = given('website');
  return { body, spam: honeypot !== undefined && honeypot !== '' };
}

/** What identifies "the same submission again" (hashed: the text itself is not kept). */
export function fingerprint(clientKey: string, fields: FormFields): string {
  const part = (name: string): string => JSON.stringify(fields[name] ?? null);
  return createHash('sha256')
    .update([clientKey, part('page'), part('answer'), part('comment'), part('lang')].join('\u0000'))
    .digest('base64url');
}

/**
 * The idempotency key of a form submission: a new random one, or for a repeat within `windowMs`
 * the key the first submission got. The store remembers the fingerprint, so a repeat that
 * reaches another process sharing the database gets the same key.
 */
export async function formKey(
  store: Pick<FeedbackStore, 'claimFingerprint'>,
  print: string,
  now: number,
  windowMs = FORM_REPEAT_WINDOW_MS,
): Promise<string> {
  return (await store.claimFingerprint(print, randomUUID(), windowMs, now)).key;
}

/** The comment's own key, derived from its answer's: a repeat of the form repeats both. */
export function commentKey(answerKey: string): string {
  const hex = createHash('sha256').update(`${answerKey.toLowerCase()}:comment`).digest('hex');
  // Shaped as a UUID v4 (the schema's pattern), variant 10xx.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The answer, and the comment when there is one, as the element would have sent them. */
export function formBodies(body: FeedbackBody): FeedbackBody[] {
  const { comment, ...answer } = body;
  const bodies: FeedbackBody[] = [answer];
  if (comment !== undefined && comment.trim() !== '')
    bodies.push({
      ...answer,
      idempotencyKey: commentKey(answer.idempotencyKey),
      answerKey: answer.idempotencyKey,
      comment,
    });
  return bodies;
}

/** The origins the service links readers back to: its own, and INSYN_CORS_ORIGINS. */
function isAllowedOrigin(origin: string, serviceOrigin: string, allowedOrigins: readonly string[]): boolean {
  return origin === serviceOrigin || allowedOrigins.includes(origin);
}

/**
 * The page to link back to from the thank-you page: the page the post came from (the Referer),
 * else the form's `page` path on the origin it came from; only on the service's own origin or one
 * of INSYN_CORS_ORIGINS. null otherwise: the thank-you page then points to the back button.
 */
export function returnUrl(input: {
  readonly page: unknown;
  readonly origin: string | undefined;
  readonly referer: string | undefined;
  readonly serviceOrigin: string;
  readonly allowedOrigins: readonly string[];
}): string | null {
  const allowed = (origin: string): boolean =>
    isAllowedOrigin(origin, input.serviceOrigin, input.allowedOrigins);
  let referer: URL | undefined;
  try {
    referer = input.referer ? new URL(input.referer) : undefined;
  } catch {
    referer = undefined;
  }
  // The page the resident was on, as the browser says, unless the browser cut it to the origin.
  if (referer && (referer.protocol === 'https:' || referer.protocol === 'http:') && allowed(referer.origin)) {
    const cut = referer.pathname === '/' && !referer.search && referer.origin !== input.serviceOrigin;
    if (!cut) return referer.href;
  }
  // Else the page field, when it is a path, on the origin the post came from.
  const from = input.origin && input.origin !== 'null' ? input.origin : referer?.origin;
  if (from && allowed(from) && typeof input.page === 'string' && /^\/(?![/\\])/.test(input.page)) {
    try {
      const url = new URL(input.page, from);
      if (url.origin === from) return url.href;
    } catch {
      // not a usable path
    }
  }
  return null;
}

/**
 * The `back` of a request for the thank-you page, when it may be linked to: an absolute http(s)
 * URL on an allowed origin. The query string is anyone's to write, so it is checked again here
 * (no link to another site, no `javascript:`); null for anything else.
 */
export function backLink(
  back: unknown,
  serviceOrigin: string,
  allowedOrigins: readonly string[],
): string | null {
  if (typeof back !== 'string') return null;
  let url: URL;
  try {
    url = new URL(back); // no base: a relative or protocol-relative URL is refused
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return isAllowedOrigin(url.origin, serviceOrigin, allowedOrigins) ? url.href : null;
}

/**
 * Where a form post is sent on to: the thank-you page, beside the post's own route. Relative, so a
 * service behind a reverse proxy under a path prefix (`/insyn/api/feedback`) sends the browser to
 * `/insyn/api/feedback/thanks`, which an absolute path written here would miss.
 */
export function thanksLocation(lang: FormLang, back: string | null): string {
  const query = new URLSearchParams({ lang });
  if (back !== null) query.set('back', back);
  return `feedback/thanks?${query.toString()}`;
}

// --- the service's own pages for the form -----------------------------------------------------

const PAGE_TEXTS = {
  sv: {
    thanksTitle: 'Tack för ditt svar!',
    saved: 'Ditt svar är sparat.',
    backButton: 'Gå tillbaka till sidan du kom från med webbläsarens bakåtknapp.',
    backLink: 'Tillbaka till sidan',
    errorTitle: 'Svaret kunde inte tas emot',
    chooseAnswer: 'Välj Ja eller Nej och skicka igen.',
    tooLong: 'Kommentaren är för lång. Korta den och skicka igen.',
    noPage: 'Formuläret säger inte vilken sida svaret gäller. Felet ligger hos webbplatsen, inte hos dig.',
    invalid: 'Svaret togs inte emot (fel {status}). Felet ligger hos webbplatsen, inte hos dig.',
    tooMany: 'Många svar har skickats härifrån på kort tid. Vänta {seconds} sekunder och skicka igen.',
    failed: 'Något gick fel hos oss (fel {status}). Försök igen om en stund.',
    back: 'Gå tillbaka till sidan med webbläsarens bakåtknapp.',
  },
  en: {
    thanksTitle: 'Thank you for your answer!',
    saved: 'Your answer has been saved.',
    backButton: "Go back to the page you came from with the browser's back button.",
    backLink: 'Back to the page',
    errorTitle: 'The answer could not be received',
    chooseAnswer: 'Choose Yes or No and send again.',
    tooLong: 'The comment is too long. Shorten it and send again.',
    noPage:
      'The form does not say which page the answer is about. The fault is with the website, not with you.',
    invalid: 'The answer was not accepted (error {status}). The fault is with the website, not with you.',
    tooMany: 'Many answers have been sent from here in a short time. Wait {seconds} seconds and send again.',
    failed: 'Something went wrong on our side (error {status}). Try again in a while.',
    back: "Go back to the page with the browser's back button.",
  },
} as const;

export type FormLang = keyof typeof PAGE_TEXTS;
export type FormProblem = 'chooseAnswer' | 'tooLong' | 'noPage' | 'invalid' | 'tooMany' | 'failed';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A paragraph of text, or a link (its href already checked). */
type Line = string | { readonly href: string; readonly text: string };

function page(lang: FormLang, title: string, lines: readonly Line[]): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${lines
  .map((line) =>
    typeof line === 'string'
      ? `<p>${escapeHtml(line)}</p>`
      : `<p><a href="${escapeHtml(line.href)}">${escapeHtml(line.text)}</a></p>`,
  )
  .join('\n')}
</main>
</body>
</html>
`;
}

/** The thank-you page after a form post: a link back to the page when there is an allowed one. */
export function thanksPage(lang: FormLang, back: string | null): string {
  const t = PAGE_TEXTS[lang];
  return page(lang, t.thanksTitle, [
    t.saved,
    back === null ? t.backButton : { href: back, text: t.backLink },
  ]);
}

/** What went wrong, in words for a resident. */
export function problemPage(
  lang: FormLang,
  problem: FormProblem,
  values: { status: number; seconds?: number },
): string {
  const t = PAGE_TEXTS[lang];
  const text = t[problem]
    .replace('{status}', String(values.status))
    .replace('{seconds}', String(values.seconds ?? ''));
  return page(lang, t.errorTitle, problem === 'tooMany' || problem === 'failed' ? [text] : [text, t.back]);
}

/** The language of the form's pages: its `lang` field, else the browser's first language, else Swedish. */
export function formLang(body: unknown, acceptLanguage: string | undefined): FormLang {
  const field = (body as { lang?: unknown } | null | undefined)?.lang;
  if (field === 'sv' || field === 'en') return field;
  const first = (acceptLanguage ?? '').split(',', 1)[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'sv';
}

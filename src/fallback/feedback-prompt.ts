/**
 * The fallback of <feedback-prompt>: a plain form that works without JavaScript. It posts
 * `application/x-www-form-urlencoded` to the same endpoint the element posts JSON to; the feedback
 * service stores it like the element's answer (and the comment, when there is one) and shows a
 * thank-you page that links back to the page (docs/fallback.md). The question, the answers and
 * the note on handling are the element's own words.
 *
 * Fields: `answer` (yes/no), `comment`, `page` (hidden, with the `page` option), `lang` (hidden)
 * and `website`, a honeypot that people never see (its box is `hidden`) and bots fill in.
 */
import type { Feed } from '../feed/generated/feed-types.js';
import { pickText } from '../core/locale.js';
import { FallbackError } from './error.js';
import { safeUrl } from './escape.js';
import { h, type HtmlNode } from './html.js';
import type { ResolvedOptions } from './options.js';
import { FALLBACK_TEXTS } from './texts.js';
import { FLOW_TEXTS } from '../feedback-prompt/feedback-flow.texts.js';
import { VIEW_TEXTS } from '../feedback-prompt/feedback-view.texts.js';

/** The element's default limit, and the service's hard one. */
const DEFAULT_COMMENT = 1000;
const MAX_COMMENT = 5000;

/** Ids in the page's DOM: prefixed, so they do not clash with the CMS's own. */
const COMMENT_ID = 'insyn-feedback-comment';
const HANDLING_ID = 'insyn-feedback-handling';

/** Where the form posts: an http(s) URL or a path on the same site; nothing else. */
export function formEndpoint(feed: Feed, options: ResolvedOptions): string {
  const given = options.endpoint ?? feed.feedback?.endpoint;
  const endpoint = safeUrl(given);
  if (!given) throw new FallbackError('noEndpoint', options.lang);
  if (!endpoint || /^(mailto|tel):/i.test(endpoint))
    throw new FallbackError('badUrl', options.lang, {
      what: options.endpoint !== undefined ? '--endpoint' : 'feedback.endpoint',
      url: given,
    });
  return endpoint;
}

export function feedbackPromptFallback(feed: Feed, options: ResolvedOptions): HtmlNode[] {
  const { lang } = options;
  const t = { ...VIEW_TEXTS[lang], ...FLOW_TEXTS[lang], ...FALLBACK_TEXTS[lang] };
  const settings = feed.feedback ?? {};
  const action = formEndpoint(feed, options);
  const question = pickText(settings.question, lang) || t.question;
  const handling = pickText(settings.handling, lang) || t.handling;
  const privacy = safeUrl(settings.privacyUrl);
  const max = Math.min(MAX_COMMENT, Math.max(1, Math.trunc(settings.commentMaxLength ?? DEFAULT_COMMENT)));
  const radio = (value: 'yes' | 'no', label: string): HtmlNode =>
    h(
      'p',
      {},
      h('label', {}, h('input', { type: 'radio', name: 'answer', value, required: true }), ` ${label}`),
    );
  return [
    h(
      'form',
      { method: 'post', action },
      h('fieldset', {}, h('legend', {}, question), radio('yes', t.yes), radio('no', t.no)),
      h(
        'p',
        {},
        h('label', { for: COMMENT_ID }, t.comment),
        h('br'),
        h('textarea', {
          id: COMMENT_ID,
          name: 'comment',
          rows: 4,
          cols: 40,
          maxlength: max,
          'aria-describedby': HANDLING_ID,
        }),
      ),
      h('p', { id: HANDLING_ID }, handling),
      privacy ? h('p', {}, h('a', { href: privacy }, t.privacy)) : null,
      options.page ? h('input', { type: 'hidden', name: 'page', value: options.page }) : null,
      h('input', { type: 'hidden', name: 'lang', value: lang }),
      h(
        'p',
        { hidden: true },
        h(
          'label',
          {},
          `${t.honeypot} `,
          h('input', { type: 'text', name: 'website', tabindex: -1, autocomplete: 'off' }),
        ),
      ),
      h('p', {}, h('button', { type: 'submit' }, t.send)),
    ),
  ];
}

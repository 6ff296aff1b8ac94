/**
 * What happens after "Ja" or "Nej": the answer is sent (or queued), then the optional comment
 * is written, masked and sent. Loaded lazily by <feedback-prompt> when a resident reaches for
 * the buttons (or when the outbox has answers to send), so a page that only shows the
 * question pays for nothing more than the question.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { pickText, type Lang } from '../core/locale.js';
import { Announcer } from '../core/announcer.js';
import { emit } from '../core/events.js';
import { fill } from '../core/texts.js';
import { MAX_COMMENT_LENGTH } from './contract.js';
import { maskPersonalData, type MaskKind } from './masking.js';
import { pagePath } from './page-path.js';
import type { FeedbackBody, SendResult } from './queue.js';
import { newKey, pageOutbox, resolveEndpoint } from './transport.js';
import { VERSION } from './version.js';
import { feedbackFlowStyles } from './feedback-flow.styles.js';
import { addStyles, focusAfterUpdate, honeypotFilled, type Answer, type FlowHost } from './flow-host.js';

export type { Answer, FlowHost };

/** Where a send stands. `status` 0: the endpoint is not an http(s) URL. */
type Delivery =
  | { readonly kind: 'idle' | 'sending' | 'sent' | 'queued' }
  | { readonly kind: 'refused'; readonly status: number };
import { FLOW_TEXTS, type FlowTextKey } from './feedback-flow.texts.js';

export type { FlowTextKey };

/** The keys of the texts shown after an answer; every one can be overridden with `texts`. */

/** Comments are at most this long whatever the feed says (the wire contract's maximum). */
const MAX_COMMENT = MAX_COMMENT_LENGTH;
/** Statuses that refuse what was written, not where it was sent: the resident can change it. */
const CONTENT_REFUSALS = [400, 413, 415, 422];
/** Used when the feed gives no commentMaxLength. */
const DEFAULT_COMMENT = 1000;

/** A whole number as the language writes it: "1 000" (no-break space) in Swedish, "1,000" in English. */
const formatNumber = (n: number, lang: Lang): string => n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');

/** Characters as a reader counts them (an emoji is one), not UTF-16 units. */
const length = (text: string): number => [...text].length;

/** How close the comment is to its limit: announcements happen when this changes. */
function band(count: number, max: number): 'ok' | 'few' | 'over' {
  if (count > max) return 'over';
  return max - count <= Math.max(10, Math.round(max / 10)) ? 'few' : 'ok';
}

export class FeedbackFlow implements ReactiveController {
  private t: Readonly<Record<FlowTextKey, string>> = FLOW_TEXTS.sv;
  private answerValue?: Answer;
  private answerKey = '';
  /** Set when the answer looked automated: nothing is sent, nothing is said. */
  private spam = false;
  private answerDelivery: Delivery = { kind: 'idle' };
  private commentDelivery: Delivery = { kind: 'idle' };
  private comment = '';
  private commentError?: string;
  /** What was masked in the comment that was sent. */
  private masked?: Readonly<Record<MaskKind, number>>;
  /** Says the character count when it nears or passes the limit, and "sending". */
  private readonly live: Announcer;
  private countBand: 'ok' | 'few' | 'over' = 'ok';
  private commentShownAt = 0;
  private warnedNoEndpoint = false;

  constructor(private readonly host: FlowHost) {
    host.addController(this);
    this.live = new Announcer(host);
    // The comment form's styles come with this module: added to the element's own.
    addStyles(host.renderRoot as ShadowRoot, feedbackFlowStyles);
    // The page's outbox: made now, so what an earlier page left is sent now.
    pageOutbox(host.sendTimeout);
  }

  hostUpdate(): void {
    const overrides = this.host.texts ?? {};
    const own = FLOW_TEXTS[this.host.resolvedLang];
    this.t = Object.fromEntries(
      Object.entries(own).map(([key, value]) => [key, overrides[key] ?? value]),
    ) as Record<FlowTextKey, string>;
  }

  hostUpdated(): void {
    if (this.showsForm() && !this.commentShownAt) this.commentShownAt = Date.now();
  }

  private get maxLength(): number {
    const max = this.host.feedbackSettings().commentMaxLength;
    return Math.min(MAX_COMMENT, max ?? DEFAULT_COMMENT);
  }

  /** Starts the flow for an answer the resident just gave. */
  answer(answer: Answer, spam: boolean): void {
    if (this.answerValue) return;
    this.answerValue = answer;
    this.answerKey = newKey();
    this.spam = spam;
    if (!spam) void this.deliver(this.body(''), 'answer');
    this.host.requestUpdate();
  }

  private body(comment: string): FeedbackBody {
    const page = pagePath(this.host.page ?? location.pathname);
    // Frozen: listeners of insyn-feedback-submit get the very object that is sent.
    return Object.freeze({
      idempotencyKey: comment ? newKey() : this.answerKey,
      page,
      answer: this.answerValue!,
      comment,
      ...(comment ? { answerKey: this.answerKey } : {}),
      lang: this.host.resolvedLang,
      version: VERSION,
      createdAt: new Date().toISOString(),
    });
  }

  private set(which: 'answer' | 'comment', delivery: Delivery): void {
    if (which === 'answer') this.answerDelivery = delivery;
    else {
      this.commentDelivery = delivery;
      if (delivery.kind === 'sending') this.live.announce(this.t.sending);
      else this.live.clear();
    }
    this.host.requestUpdate();
  }

  /** Fires insyn-feedback-submit, then sends unless a listener cancelled it. */
  private async deliver(body: FeedbackBody, which: 'answer' | 'comment'): Promise<void> {
    const host = this.host;
    // Cancelled: the host routes answers elsewhere (e.g. Matomo); for the resident it is sent.
    if (!emit(host, 'insyn-feedback-submit', body, { cancelable: true }))
      return this.set(which, { kind: 'sent' });
    const raw = host.endpoint ?? host.feedbackSettings().endpoint;
    if (!raw) {
      if (!this.warnedNoEndpoint) {
        this.warnedNoEndpoint = true;
        console.warn('[insyn] <feedback-prompt>: no endpoint; answers go to insyn-feedback-submit only.');
      }
      return this.set(which, { kind: 'sent' });
    }
    const endpoint = resolveEndpoint(raw, document.baseURI);
    if (!endpoint) {
      console.error(
        `[insyn] <feedback-prompt>: the endpoint "${raw}" is not an http(s) URL; nothing was sent.`,
      );
      return this.set(which, { kind: 'refused', status: 0 });
    }
    this.set(which, { kind: 'sending' });
    const result: SendResult = await pageOutbox(host.sendTimeout).submit(endpoint, body);
    if (result.outcome === 'refused') {
      // The content (the resident can change it) is a warning; anything else is the site's fault.
      const log = CONTENT_REFUSALS.includes(result.status) ? console.warn : console.error;
      log(
        `[insyn] <feedback-prompt>: ${endpoint} refused the ${which} (${result.status})` +
          (result.message ? `: ${result.message}` : '.'),
      );
      this.set(which, { kind: 'refused', status: result.status });
    } else {
      this.set(which, { kind: result.outcome === 'sent' ? 'sent' : 'queued' });
    }
    if (which === 'comment') focusAfterUpdate(host, result.outcome === 'refused' ? '#error' : '.done');
  }

  // Arrow functions: Lit calls template listeners with the element as `this`, not this controller.
  private readonly handleInput = (event: InputEvent): void => {
    this.comment = (event.target as HTMLTextAreaElement).value;
    const now = band(length(this.comment), this.maxLength);
    if (now !== this.countBand) {
      this.countBand = now;
      if (now === 'ok') this.live.clear();
      else this.live.announce(this.countText());
    }
    this.host.requestUpdate();
  };

  private countText(): string {
    const count = length(this.comment);
    const max = this.maxLength;
    const lang = this.host.resolvedLang;
    return count > max
      ? fill(this.t.countOver, { count: formatNumber(count - max, lang) })
      : fill(this.t.countLeft, { count: formatNumber(max - count, lang) });
  }

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.commentDelivery.kind === 'sending') return; // a double click sends once
    this.commentDelivery = { kind: 'idle' }; // a refusal shown before is replaced by what happens now
    const text = this.comment.trim();
    const max = this.maxLength;
    const lang = this.host.resolvedLang;
    this.commentError = !text
      ? this.t.commentEmpty
      : length(text) > max
        ? fill(this.t.commentTooLong, {
            count: formatNumber(length(text) - max, lang),
            max: formatNumber(max, lang),
          })
        : undefined;
    if (this.commentError) {
      this.host.requestUpdate();
      focusAfterUpdate(this.host, '#error');
      return;
    }
    // Automated (honeypot filled, or faster than a person types): thank and send nothing.
    if (this.spam || honeypotFilled(this.host) || Date.now() - this.commentShownAt < this.host.minTime) {
      this.set('comment', { kind: 'sent' });
      focusAfterUpdate(this.host, '.done');
      return;
    }
    const { text: masked, found } = maskPersonalData(text);
    this.masked = found;
    void this.deliver(this.body(masked), 'comment');
  };

  /** The status of the answer itself, inside the thank-you (a live region). */
  renderAnswerStatus(): TemplateResult | typeof nothing {
    const d = this.answerDelivery;
    const c = this.commentDelivery.kind;
    if (c === 'sent' || c === 'queued') return nothing; // what became of the comment says it all
    if (d.kind === 'queued') return html`<p class="note">${this.t.queued}</p>`;
    if (d.kind === 'refused') return html`<p class="error">${this.refusedText(d.status, false)}</p>`;
    return nothing;
  }

  private refusedText(status: number, comment: boolean): string {
    if (!status) return this.t.badEndpoint;
    const text = !comment
      ? this.t.refused
      : status === 413
        ? this.t.refusedTooLarge
        : CONTENT_REFUSALS.includes(status)
          ? this.t.refusedInvalid
          : this.t.refused;
    return fill(text, { status });
  }

  private showsForm(): boolean {
    const a = this.answerDelivery.kind;
    const c = this.commentDelivery.kind;
    return !!this.answerValue && this.maxLength > 0 && a !== 'refused' && c !== 'sent' && c !== 'queued';
  }

  private maskedText(): string {
    const found = this.masked;
    if (!found) return '';
    const words = (['email', 'phone', 'identity', 'number'] as const)
      .filter((kind) => found[kind] > 0)
      .map((kind) => this.t[`masked${kind[0]!.toUpperCase()}${kind.slice(1)}` as FlowTextKey]);
    if (!words.length) return '';
    const list = new Intl.ListFormat(this.host.resolvedLang, { type: 'conjunction' }).format(words);
    return fill(this.t.masked, { list });
  }

  /** The comment field, or what became of the comment. */
  renderComment(): TemplateResult | typeof nothing {
    const c = this.commentDelivery;
    if (c.kind === 'sent' || c.kind === 'queued') {
      const masked = this.maskedText();
      return html`<div class="done" role="status" tabindex="-1">
        <p>${c.kind === 'sent' ? this.t.sent : this.t.queued}</p>
        ${masked ? html`<p class="note">${masked}</p>` : nothing}
      </div>`;
    }
    if (!this.showsForm()) return nothing;
    const t = this.t;
    const settings = this.host.feedbackSettings();
    const lang = this.host.resolvedLang;
    const sending = c.kind === 'sending';
    const error = c.kind === 'refused' ? this.refusedText(c.status, true) : this.commentError;
    const count = length(this.comment);
    const max = this.maxLength;
    const over = count > max;
    const privacy = settings.privacyUrl;
    return html`<form class="comment" novalidate @submit=${this.handleSubmit}>
      <label for="comment" class="label"
        >${this.answerValue === 'no' ? t.commentNo : t.commentYes}
        <span class="optional">${t.optional}</span></label
      >
      <p id="handling" class="hint">
        ${this.host.texts?.handling ?? (pickText(settings.handling, lang) || t.handling)}
        ${
          privacy && /^(https?:\/\/|\/(?!\/))/.test(privacy)
            ? html`<a href=${privacy}>${t.privacy}</a>`
            : nothing
        }
      </p>
      ${error ? html`<p id="error" class="error" tabindex="-1">${error}</p>` : nothing}
      <textarea
        id="comment"
        name="comment"
        rows="4"
        .value=${this.comment}
        aria-describedby=${error ? 'error handling count' : 'handling count'}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${this.handleInput}
      ></textarea>
      <p id="count" class=${over ? 'count count--over' : 'count'}>
        ${
          over
            ? this.countText()
            : fill(t.count, { count: formatNumber(count, lang), max: formatNumber(max, lang) })
        }
      </p>
      ${this.live.render()}
      <button type="submit" class="send" part="button" aria-disabled=${sending ? 'true' : 'false'}>
        ${sending ? t.sending : t.send}
      </button>
    </form>`;
  }
}

/**
 * The question and the thank-you of <feedback-prompt>: "Ja" and "Nej", the answer remembered
 * for the page, the honeypot. A chunk the element fetches as it connects, alongside the feed
 * (docs/decisions/0005-feedback-prompt.md), so the entry stays small; what happens after an
 * answer (sending, the outbox, the comment) is a further chunk, fetched when a resident reaches
 * for the buttons.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { pickText } from '../core/locale.js';
import type { FeedbackFlow } from './feedback-flow.js';
import { addStyles, focusAfterUpdate, honeypotFilled, type Answer, type FlowHost } from './flow-host.js';
import { feedbackViewStyles } from './feedback-view.styles.js';
import { OUTBOX_KEY, pickStorage, readJson, rememberAnswered, wasAnswered } from './storage.js';
import type { formatShare } from './share.js';
import { VIEW_TEXTS, type ViewTextKey } from './feedback-view.texts.js';

export type { ViewTextKey };

export class FeedbackView implements ReactiveController {
  private t: Readonly<Record<ViewTextKey, string>> = VIEW_TEXTS.sv;
  private answer?: Answer;
  private answeredBefore = false;
  /** The flow module could not be loaded (offline before it was needed): waits for `online`. */
  private waiting = false;
  private questionShownAt = 0;
  private flow?: FeedbackFlow;
  private flowLoading?: Promise<FeedbackFlow>;
  /** The page's public share of "Ja" (0–1) and its formatter, once fetched (`show-share` only). */
  private share?: { value: number; format: typeof formatShare };
  private shareRequested = false;

  constructor(private readonly host: FlowHost) {
    host.addController(this);
    addStyles(host.renderRoot as ShadowRoot, feedbackViewStyles);
    // Answers left in the outbox by an earlier page: send them now.
    if (readJson(pickStorage(), OUTBOX_KEY)) this.loadFlow().catch(() => undefined);
  }

  hostUpdate(): void {
    const overrides = this.host.texts ?? {};
    this.t = Object.fromEntries(
      Object.entries(VIEW_TEXTS[this.host.resolvedLang]).map(([key, value]) => [
        key,
        overrides[key] ?? value,
      ]),
    ) as Record<ViewTextKey, string>;
    if (!this.answer) this.answeredBefore = wasAnswered(pickStorage(), this.storageKey());
    this.requestShare();
  }

  /** Fetches the public share once, when opted in and the endpoint is known (it may come with the feed). */
  private requestShare(): void {
    const endpoint = this.host.endpoint ?? this.host.feedbackSettings().endpoint;
    if (this.shareRequested || !this.host.showShare || !endpoint) return;
    this.shareRequested = true;
    import('./share.js')
      .then(async ({ loadShare, formatShare }) => {
        const value = await loadShare(endpoint, this.storageKey());
        if (value === null) return;
        this.share = { value, format: formatShare };
        this.host.requestUpdate();
      })
      .catch(() => undefined); // offline: the figure is a nicety, the question works without it
  }

  hostUpdated(): void {
    if (!this.questionShownAt && this.host.renderRoot.querySelector('.answers')) {
      this.questionShownAt = Date.now();
    }
  }

  /** The page as remembered locally (never sent: the flow sends a cleaned path). */
  private storageKey(): string {
    return this.host.page ?? location.pathname;
  }

  /** Loads what happens after an answer; also called at once when the outbox holds answers. */
  loadFlow(): Promise<FeedbackFlow> {
    this.flowLoading ??= import('./feedback-flow.js').then(
      ({ FeedbackFlow }) => {
        this.flow = new FeedbackFlow(this.host);
        this.host.requestUpdate();
        return this.flow;
      },
      (error: unknown) => {
        this.flowLoading = undefined;
        throw error;
      },
    );
    return this.flowLoading;
  }

  /** A text the feed may set: the host's `texts` first, then the feed, then the element's own. */
  private feedText(key: 'question' | 'thanks'): string {
    const value = this.host.feedbackSettings()[key];
    return this.host.texts?.[key] ?? (pickText(value, this.host.resolvedLang) || this.t[key]);
  }

  // Arrow functions: Lit calls template listeners with the element as `this`, not this controller.
  private readonly handleApproach = (): void => {
    void this.loadFlow().catch(() => undefined);
  };

  private handleAnswer(answer: Answer): void {
    if (this.answer) return; // a double click answers once
    this.answer = answer;
    const spam = honeypotFilled(this.host) || Date.now() - this.questionShownAt < this.host.minTime;
    rememberAnswered(pickStorage(), this.storageKey());
    this.host.requestUpdate();
    focusAfterUpdate(this.host, '.thanks');
    const start = (): void => {
      this.loadFlow().then(
        (flow) => {
          this.waiting = false;
          flow.answer(answer, spam);
        },
        () => {
          this.waiting = true;
          this.host.requestUpdate();
          addEventListener('online', start, { once: true });
        },
      );
    };
    start();
  }

  render(): TemplateResult {
    const t = this.t;
    let content: TemplateResult;
    if (this.answer) {
      content = html`<div class="thanks" role="status" tabindex="-1">
          <p>${this.feedText('thanks')}</p>
          ${this.waiting ? html`<p class="note">${t.later}</p>` : (this.flow?.renderAnswerStatus() ?? nothing)}
        </div>
        ${this.flow?.renderComment() ?? nothing}`;
    } else if (this.answeredBefore) {
      content = html`<p class="thanks">${t.answered}</p>`;
    } else {
      content = html`<div
        class="ask"
        role="group"
        aria-labelledby="question"
        @pointerover=${this.handleApproach}
        @focusin=${this.handleApproach}
      >
        <p id="question" class="question">${this.feedText('question')}</p>
        <div class="answers">
          <button type="button" part="button" @click=${() => this.handleAnswer('yes')}>${t.yes}</button>
          <button type="button" part="button" @click=${() => this.handleAnswer('no')}>${t.no}</button>
        </div>
      </div>`;
    }
    // The honeypot: a field only bots fill in. Not rendered, not in the accessibility tree, not
    // focusable. Its label is for bots, so it asks for something they like to give, in one language.
    const share = this.share?.format(this.share.value, this.host.resolvedLang, this.host.texts);
    return html`<div class="box" part="base">
      ${content} ${share ? html`<p class="note share">${share}</p>` : nothing}
      <div class="hp" hidden aria-hidden="true" .inert=${true}>
        <label>Webbplats <input name="website" tabindex="-1" autocomplete="off" /></label>
      </div>
    </div>`;
  }
}

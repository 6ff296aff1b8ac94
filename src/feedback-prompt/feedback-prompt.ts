import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, FeedbackSettings } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import { InsynElement } from '../core/insyn-element.js';
import { resolveLang } from '../core/locale.js';
import { resolveTexts } from '../core/texts.js';
import type { FeedbackBody } from './contract.js';
import type { FlowTextKey } from './feedback-flow.js';
import { feedbackPromptStyles } from './feedback-prompt.styles.js';
import type { FeedbackView, ViewTextKey } from './feedback-view.js';
import type { ShareTextKey } from './share.js';

type FeedbackPromptTextKey = ViewTextKey | FlowTextKey | ShareTextKey;

declare global {
  interface HTMLElementEventMap {
    /** Cancelable: `preventDefault()` and the host sends the answer itself (the resident sees it as sent). */
    'insyn-feedback-submit': CustomEvent<FeedbackBody>;
  }
}

/**
 * "Did the information on this page help you?", answered yes or no, with an optional comment,
 * sent to the municipality's endpoint and never lost: what cannot be sent waits in a small
 * outbox in the browser. Works with a feed (`feedback` section) or with `endpoint` alone.
 *
 * @tagname feedback-prompt
 * @summary "Did the information on this page help you?", answered yes or no, with an optional comment.
 * @event insyn-feedback-submit - Before each answer and each comment is sent; cancelable (the
 * host then routes it itself, e.g. to Matomo). `detail`: the body (idempotencyKey, page,
 * answer, comment, answerKey on a comment, lang, version, createdAt).
 * @event insyn-feed-load - The feed loaded and is valid. `detail: { feed, stale }`.
 * @event insyn-feed-error - The feed could not be loaded or is invalid. `detail: { error }`.
 * @csspart base - The box around the question, the thank-you and the comment.
 * @csspart button - The "Ja", "Nej" and send buttons.
 * @csspart loading - The loading state.
 * @csspart error - The error state (message and JSON paths).
 * @csspart empty - Shown when the feed has no feedback settings and no `endpoint` is set.
 * @csspart notice - Notices such as "example data" or "saved copy".
 * @cssprop --insyn-feedback-prompt-min-height - Space reserved for the element (default 6rem).
 * @attr {boolean} plain - No frame: the box's border, background and padding are gone. (The
 * prompt has no heading of its own; the question is its content and stays.)
 * @attr {boolean} static - Renders nothing and takes no space: a question no one can answer has
 * no place on paper or in a PDF (printing hides the prompt too).
 * @attr {boolean} compact - Tighter spacing, smaller buttons and slightly smaller type.
 */
export class FeedbackPrompt extends InsynElement<FeedbackPromptTextKey> {
  static override styles = [...InsynElement.styles, feedbackPromptStyles];

  /** Where answers are POSTed as JSON (http or https); wins over the feed's `feedback.endpoint`. */
  @property() endpoint?: string;

  /** The page the answers are about, e.g. a CMS page id; the path of the page when absent. */
  @property() page?: string;

  /**
   * Shows the page's share of "Ja" from the service (`GET <endpoint>/share?page=`), e.g. "78 %
   * tyckte att sidan hjälpte", when the municipality made it public and enough have answered.
   * Read once, when the endpoint is known.
   */
  @property({ type: Boolean, attribute: 'show-share' }) showShare = false;

  /** How long a POST may take (ms) before the answer waits in the outbox. Read when sending. */
  sendTimeout = 10_000;

  /**
   * The shortest time (ms) from showing the question, or the comment field, to an answer a
   * person could give. Faster ones are taken for a bot: thanked, and not sent. Read when answering.
   */
  minTime = 1500;

  protected static override readonly unavailable = {
    sv: 'Frågan om sidan kan inte visas just nu.',
    en: 'The question about this page cannot be shown right now.',
  };

  readonly feedSections: readonly FeedSection[] = ['organization', 'feedback'];

  /** The question and the thank-you: a chunk fetched as the element connects, alongside the feed. */
  private view?: FeedbackView;
  private viewLoading?: Promise<FeedbackView>;
  /** No feed source, but an endpoint: the element needs no feed. */
  private standalone = false;
  private settings: FeedbackSettings = {};

  /** The check of the feed's sections, and the view: the element is ready when both are here. */
  loadCheck(): Promise<SectionCheck> {
    return Promise.all([import('../feed/sections/feedback.js'), this.loadView()]).then(([m]) => m.check);
  }

  protected isEmpty(feed: Feed): boolean {
    return !feed.feedback && !this.endpoint;
  }

  /** @internal The feed's `feedback` section, {} without one. */
  feedbackSettings(): FeedbackSettings {
    return this.settings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Offline before the view arrived: try again when the connection is back.
    this.loadView().catch(() => addEventListener('online', () => this.requestUpdate(), { once: true }));
  }

  private loadView(): Promise<FeedbackView> {
    this.viewLoading ??= import('./feedback-view.js').then(
      ({ FeedbackView }) => {
        this.view = new FeedbackView(this);
        this.requestUpdate();
        return this.view;
      },
      (error: unknown) => {
        this.viewLoading = undefined;
        throw error;
      },
    );
    return this.viewLoading;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.standalone =
      !!this.endpoint &&
      this.feed == null &&
      !this.src &&
      !this.querySelector(':scope > script[type="application/json"]');
    if (this.standalone) {
      // What the base does, minus loading a feed: without a source it would report one missing.
      this.resolvedLang = resolveLang(this);
      this.t = resolveTexts(this.resolvedLang, undefined, this.texts);
      if (!this.view) void this.loadView().catch(() => undefined);
    } else {
      super.willUpdate(changed);
    }
    const state = this.feedController.state;
    this.settings = (!this.standalone && state.kind === 'ready' && state.feed.feedback) || {};
  }

  override render(): TemplateResult {
    if (this.isStatic) return html``; // see the class's @attr static
    const state = this.feedController.state;
    // Without a feed: the loading state until the view is here. Ready: the question alone, as
    // the base's notices ("example data", "saved copy") are about figures and the prompt has none.
    if (this.view && (this.standalone || (state.kind === 'ready' && !this.isEmpty(state.feed)))) {
      return this.view.render();
    }
    return super.render();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.standalone) super.updated(changed);
    else if (this.dataset.state !== (this.view ? 'ready' : 'loading'))
      this.dataset.state = this.view ? 'ready' : 'loading';
  }

  protected renderReady(_feed: Feed): TemplateResult {
    return this.view!.render(); // the check waited for the view
  }
}

/**
 * The base of every Insyn element: feed loading, language, texts, the loading, error and empty
 * states, the editors' embed options (`theme`, `plain`, `static`, `compact`) and the fallback
 * content a page puts inside the tag. An element supplies its sections, its validator, its texts
 * and `renderReady`.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedValidationError, type FeedError } from '../feed/errors.js';
import type { Feed } from '../feed/generated/feed-types.js';
import type { FeedSection } from '../feed/semantic.js';
import type { SectionCheck } from '../feed/check.js';
import type { FailureTextKey } from './failure-cause.js';
import { emit, type InsynEventDetail, type InsynEventName } from './events.js';
import { FeedController, type FeedState } from './feed-controller.js';
import { lazyModule } from './lazy-module.js';
import type { LazyTexts, TextTable } from './lazy-texts.js';
import { formatDateTime } from './format.js';
import { observeLang, resolveLang, type Lang } from './locale.js';
import { fill, resolveTexts, type TextSet } from './texts.js';
import { baseStyles } from './theme.styles.js';
import { VERSION, VERSION_KEY } from './version.js';

/** How many problems the editors' details list; the console has them all. */
const SHOWN_PROBLEMS = 20;

export type ThemeOption = 'auto' | 'light' | 'dark';

/** The editors' details (causes and their words), fetched the first time an element shows them. */
const failureChunk = lazyModule(() => import('./failure-cause.js'));

/** `?insyn-debug` (or `#insyn-debug`) in the page's address: editors' details on every element. */
function pageAsksForDebug(): boolean {
  return /[?&#]insyn-debug(?:[=&]|$)/.test(location.search + location.hash);
}

/** Whether a node is fallback content for readers: not the inline feed, not blank text. */
const isFallbackContent = (node: Node): boolean =>
  node instanceof Element
    ? node.localName !== 'script' && node.localName !== 'template'
    : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim();

/**
 * @attr theme - `auto` follows the reader's system setting, `light` or `dark` forces one; absent,
 *   the element follows the page's `color-scheme`. With a theme set the element paints its own surface.
 * @attr plain - No heading and no frame, so the element blends into the page's column.
 * @attr static - No interaction, for print and PDF: no buttons or tab stops, everything shown open.
 * @attr compact - Tighter spacing and type, for sidebars and cards.
 * @slot - Fallback content (a table, a list, a form, a link to the PDF). Shown before the script
 *   runs, while the feed loads and when it fails; hidden once the element shows the feed.
 * @csspart fallback - The wrapper around the fallback content.
 * @attr debug - Shows editors why the element cannot show its content (the address and likely
 *   cause, every problem in the feed with its place), under the one plain sentence residents see.
 *   `?insyn-debug` in the page's address does the same for every element on the page.
 * @csspart debug - The editors' details of a failure (with `debug` or `?insyn-debug`).
 */
export abstract class InsynElement<K extends string = never> extends LitElement {
  static override styles = [baseStyles];

  /** Tells this copy's classes from another library's when two copies of Insyn share a page. */
  static readonly [VERSION_KEY] = VERSION;

  /** URL of the feed (JSON). Ignored when `feed` is set or an inline JSON script is present. */
  @property({ reflect: true }) src?: string;

  /** The feed as an object, for hosts that have it already. Wins over `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** Overrides for any visible string, by key, e.g. `{ loading: 'Laddar…' }`. */
  @property({ attribute: false }) texts?: Partial<Record<K | keyof TextSet | FailureTextKey, string>>;

  /** Colour scheme: absent follows the page, `auto` the reader's system, `light`/`dark` forced. */
  @property({ reflect: true }) theme?: ThemeOption;

  /** No heading and no frame. */
  @property({ type: Boolean, reflect: true }) plain = false;

  /** No interaction (print, PDF): views render no controls and show everything open. */
  @property({ type: Boolean, reflect: true, attribute: 'static' }) isStatic = false;

  /** Tighter spacing and type. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Shows the editors' details of a failure; `?insyn-debug` in the page address does too. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /**
   * The one sentence residents see when the element cannot show its content ("Målen kan inte
   * visas just nu."), in the entry bundle because the element's other texts may be what failed
   * to load. Overridable like every text (`texts.unavailable`).
   */
  protected static readonly unavailable?: Readonly<Record<Lang, string>>;

  /** The language in use: the element's `lang`, else the nearest `[lang]` ancestor's. */
  resolvedLang: Lang = 'sv';

  /** The sections this element needs: a problem in one of them stops it (the error state). */
  abstract readonly feedSections: readonly FeedSection[];

  /**
   * Sections the element reads when they are valid and does without when they are not (left
   * out, with a console warning): a broken `goals` must not blank a budget that links goals.
   */
  get optionalSections(): readonly FeedSection[] {
    return [];
  }

  /** Loads the check of the element's sections (a separate chunk, fetched alongside the feed). */
  abstract loadCheck(): Promise<SectionCheck>;

  protected readonly feedController = new FeedController(this);
  /** Texts for the current language, computed once per update. */
  protected t!: TextSet<K>;

  private stopObservingLang?: () => void;
  /** The own strings the element shows: kept while another language's table loads. */
  private ownTable?: TextTable<K>;

  /** The element's own strings, one chunk per language (see lazy-texts.ts); override in subclasses. */
  protected ownTexts(): LazyTexts<K> | undefined {
    return undefined;
  }

  /**
   * Fetches the own strings of the language the element speaks now. `loadCheck` awaits this
   * alongside the check, so the first render of the feed has its words without a further round trip.
   */
  protected loadOwnTexts(): Promise<unknown> {
    return this.ownTexts()?.load(resolveLang(this)) ?? Promise.resolve();
  }

  /** Whether a valid feed has nothing for this element (shows the empty state). */
  protected abstract isEmpty(feed: Feed): boolean;

  /** The element's content once the feed is loaded and valid. */
  protected abstract renderReady(feed: Feed): TemplateResult;

  /** Fires one of Insyn's events on this element (bubbling, composed; typed by its name). */
  protected emit<E extends InsynEventName>(
    type: E,
    detail: InsynEventDetail<E>,
    options?: { cancelable?: boolean },
  ): boolean {
    return emit(this, type, detail, options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopObservingLang = observeLang(this, () => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolvedLang = resolveLang(this);
    const sentence = (this.constructor as typeof InsynElement).unavailable?.[this.resolvedLang];
    const overrides = sentence ? { unavailable: sentence, ...this.texts } : this.texts;
    this.t = resolveTexts(this.resolvedLang, this.currentOwnTable(), overrides);
    this.feedController.sync();
  }

  /**
   * The own strings for the language in use. After a change of language the other table is
   * fetched and the element renders again when it arrives; until then it keeps the words it shows.
   * Before the feed is shown `loadCheck` fetches them, and the loading and error states need none.
   */
  private currentOwnTable(): TextTable<K> | undefined {
    const own = this.ownTexts();
    if (!own) return undefined;
    const table = own.get(this.resolvedLang);
    if (!table && this.feedController.state.kind === 'ready') {
      own.load(this.resolvedLang).then(
        () => this.requestUpdate(),
        () => undefined, // offline: the words shown stay; the next update tries again
      );
    }
    this.ownTable = table ?? this.ownTable ?? own.anyLoaded();
    return this.ownTable;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Lets page CSS and tests see the state without reaching into the shadow root.
    const state = this.feedController.state;
    const name = state.kind === 'ready' && this.isEmpty(state.feed) ? 'empty' : state.kind;
    if (this.dataset.state !== name) this.dataset.state = name;
  }

  override render(): TemplateResult {
    const state: FeedState = this.feedController.state;
    switch (state.kind) {
      case 'loading':
        // Content the page gave us beats a spinner: the reader can start reading at once.
        return this.hasFallback()
          ? this.renderFallback()
          : html`<div class="state state--loading" part="loading" role="status">
              <span class="spinner" aria-hidden="true"></span><span>${this.t.loading}</span>
            </div>`;
      case 'error':
        return this.hasFallback()
          ? html`${this.renderFallback()}${this.renderError(state.error)}`
          : this.renderError(state.error);
      case 'ready':
        return html`${this.renderNotices(state.feed, state.savedAt)}${
          this.isEmpty(state.feed)
            ? html`<p class="state state--empty" part="empty">${this.t.empty}</p>`
            : this.renderReady(state.feed)
        }`;
    }
  }

  /** Whether the page put fallback content inside the tag. */
  protected hasFallback(): boolean {
    return Array.from(this.childNodes).some(isFallbackContent);
  }

  private renderFallback(): TemplateResult {
    // A change of the light DOM re-renders, so fallback added after the first render shows too.
    return html`<div class="fallback" part="fallback">
      <slot @slotchange=${() => this.requestUpdate()}></slot>
    </div>`;
  }

  private renderNotices(feed: Feed, savedAt?: Date): TemplateResult | typeof nothing {
    if (!savedAt && !feed.exampleData) return nothing;
    return html`${
      savedAt
        ? html`<p class="notice" part="notice" role="status">
            ${fill(this.t.stale, { date: formatDateTime(savedAt, this.resolvedLang) })}
          </p>`
        : nothing
    }${feed.exampleData ? html`<p class="notice" part="notice">${this.t.exampleData}</p>` : nothing}`;
  }

  private renderError(error: FeedError): TemplateResult {
    const retryable = ['timeout', 'network', 'http', 'aborted'].includes(error.kind);
    // Residents get one plain sentence (and the fallback content above it); what went wrong is
    // for editors, in the console and, on request, in the page.
    return html`<div class="state state--error" part="error" role="status">
      <p class="state__heading">${this.t.unavailable}</p>
      ${retryable ? html`<button type="button" @click=${() => this.feedController.reload()}>${this.t.retry}</button>` : nothing}
      ${this.debug || pageAsksForDebug() ? this.renderDebug(error) : nothing}
    </div>`;
  }

  private renderDebug(error: FeedError): TemplateResult | typeof nothing {
    const failureModule = failureChunk.module;
    if (!failureModule) {
      // Offline, the details stay away; the resident's sentence and the retry button are shown.
      failureChunk.load().then(
        () => this.requestUpdate(),
        () => undefined,
      );
      return nothing;
    }
    const problems = error instanceof FeedValidationError ? error.problems : [];
    const { key, params } = failureModule.failureCause(
      error,
      location.href,
      navigator.onLine,
      this.resolvedLang,
    );
    const t = failureModule.failureTexts(this.resolvedLang, this.texts);
    return html`<div class="debug" part="debug">
      <p class="state__heading">${t.debugHeading}</p>
      <p>${fill(t[key], params)}</p>
      ${
        problems.length > 0
          ? html`<ul class="problems">
              ${problems
                .slice(0, SHOWN_PROBLEMS)
                .map((p) => html`<li><code>${p.path || '/'}</code>: ${p.message}</li>`)}
            </ul>`
          : nothing
      }
      ${
        problems.length > SHOWN_PROBLEMS
          ? html`<p>${fill(t.debugMore, { count: problems.length - SHOWN_PROBLEMS })}</p>`
          : nothing
      }
      <p class="debug__note">${t.debugNote}</p>
    </div>`;
  }
}

/**
 * Gets an element its feed: from the `.feed` property, an inline
 * `<script type="application/json">` child, or the `src` URL (in that order), then checks the
 * sections the element reads. Widgets never fetch on their own: URLs go through the shared loader,
 * so several elements on a page share one request.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SectionCheck } from '../feed/check.js';
import { FeedError, FeedLoadError, FeedValidationError, type FeedProblem } from '../feed/errors.js';
import type { Feed } from '../feed/generated/feed-types.js';
import { acquireFeed, type FeedLease } from '../feed/loader.js';
import { parseFeedText } from '../feed/parse-feed-text.js';
import type { FeedSection } from '../feed/semantic.js';
import { emit } from './events.js';
import type { Lang } from './locale.js';

export type FeedState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: FeedError }
  | { readonly kind: 'ready'; readonly feed: Feed; readonly savedAt?: Date };

/** What the controller needs from its element. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string | undefined;
  readonly feed?: unknown;
  readonly feedSections: readonly FeedSection[];
  readonly optionalSections: readonly FeedSection[];
  readonly resolvedLang: Lang;
  loadCheck(): Promise<SectionCheck>;
}

/** Where editors find the details on the page itself. */
const DEBUG_HINT =
  'Add ?insyn-debug to the page address (or the debug attribute to the tag) to see this in the page.';

type Source =
  { kind: 'property'; doc: unknown } | { kind: 'inline'; text: string } | { kind: 'url'; url: string };

function sameSource(a: Source | undefined, b: Source | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'property') return b.kind === 'property' && a.doc === b.doc;
  if (a.kind === 'inline') return b.kind === 'inline' && a.text === b.text;
  return b.kind === 'url' && a.url === b.url;
}

export class FeedController implements ReactiveController {
  state: FeedState = { kind: 'loading' };

  private lease?: FeedLease;
  /** The source last loaded; null until the first load (and after a reconnect or reload). */
  private source: Source | undefined | null = null;
  /** Increases with every new load; results of older loads are dropped. */
  private generation = 0;
  /** The last document and language checked, so a change of language re-words problems. */
  private checked?: { doc: unknown; lang: Lang; stale?: Date };

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.source = null; // a reconnected element loads again: its lease was released
  }

  hostDisconnected(): void {
    this.generation++;
    this.releaseLease();
  }

  /** Called by the host before each update: loads when the source changed, re-words on a new language. */
  sync(): void {
    const source = this.currentSource();
    if (this.source === null || !sameSource(source, this.source)) {
      this.source = source;
      void this.load(source);
    } else if (this.checked && this.checked.lang !== this.host.resolvedLang) {
      void this.check(this.checked.doc, this.generation, this.checked.stale);
    }
  }

  /** Loads again from the same source, e.g. after a network error. */
  reload(): void {
    this.source = null;
    this.host.requestUpdate();
  }

  private currentSource(): Source | undefined {
    if (this.host.feed !== undefined && this.host.feed !== null)
      return { kind: 'property', doc: this.host.feed };
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    if (this.host.src) return { kind: 'url', url: this.host.src };
    return undefined;
  }

  private async load(source: Source | undefined): Promise<void> {
    const generation = ++this.generation;
    this.releaseLease();
    this.checked = undefined;
    this.setState({ kind: 'loading' });
    try {
      if (!source) {
        throw new FeedLoadError('No feed: set src, add an inline JSON script, or set .feed', 'missing', '');
      }
      if (source.kind === 'property') return await this.check(source.doc, generation);
      if (source.kind === 'inline') return await this.check(await parseFeedText(source.text), generation);
      this.lease = acquireFeed(source.url);
      const loaded = await this.lease.promise;
      await this.check(loaded.data, generation, loaded.stale ? loaded.fetchedAt : undefined);
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail(
        error instanceof FeedError ? error : new FeedError(String(error), 'network', { cause: error }),
      );
    }
  }

  private async check(doc: unknown, generation: number, stale?: Date): Promise<void> {
    const check = await this.host.loadCheck();
    if (generation !== this.generation) return;
    const lang = this.host.resolvedLang;
    this.checked = { doc, lang, stale };
    const result = await check(doc, {
      lang,
      sections: this.host.feedSections,
      optional: this.host.optionalSections,
    });
    if (generation !== this.generation) return; // a newer feed arrived while the words loaded
    this.warnElsewhere(result.omitted, result.elsewhere);
    if (!result.ok) {
      const summary =
        lang === 'sv' ? 'Uppgifterna följer inte formatet' : 'The information does not follow the format';
      return this.fail(new FeedValidationError(summary, result.problems));
    }
    this.setState({ kind: 'ready', feed: result.feed, savedAt: stale });
    emit(this.host, 'insyn-feed-load', { feed: result.feed, stale: stale !== undefined });
  }

  private fail(error: FeedError): void {
    this.setState({ kind: 'error', error });
    // The element shows a short version; the console gets every detail, with paths.
    const tag = this.host.localName;
    if (error instanceof FeedValidationError) {
      const lines = error.problems.map((p) => `  ${p.path || '/'}: ${p.message}`).join('\n');
      console.error(
        `[insyn] <${tag}>: ${error.message} (${error.problems.length}):\n${lines}\n${DEBUG_HINT}`,
      );
    } else if (error.kind !== 'aborted') {
      console.error(`[insyn] <${tag}>: ${error.message}`, error);
    }
    emit(this.host, 'insyn-feed-error', { error });
  }

  /**
   * Problems that do not stop this element (in a section it can do without, or does not read)
   * are for the editor, in the console; residents see the element working.
   */
  private warnElsewhere(omitted: readonly FeedSection[], problems: readonly FeedProblem[]): void {
    if (problems.length === 0) return;
    const tag = this.host.localName;
    const lines = problems.map((p) => `  ${p.path || '/'}: ${p.message}`).join('\n');
    const left = omitted.length > 0 ? ` Shown without ${omitted.map((s) => `/${s}`).join(', ')}.` : '';
    console.warn(
      `[insyn] <${tag}>: problems in parts of the feed it does not need (${problems.length}).${left}\n${lines}`,
    );
  }

  private setState(state: FeedState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private releaseLease(): void {
    this.lease?.release();
    this.lease = undefined;
  }
}

/**
 * Typed errors for everything that can go wrong between a feed URL and a model.
 * Pure: no DOM, no Lit. Each has `name` set, so `console.error` and `instanceof` both tell them apart.
 */

/** One problem in a feed, at a JSON Pointer path ("" is the whole document). */
export interface FeedProblem {
  /** JSON Pointer (RFC 6901) to the value, e.g. "/goals/3/parent". */
  readonly path: string;
  /** Stable machine-readable code, e.g. "required", "unknown-reference". */
  readonly code: string;
  /**
   * Human-readable message in the requested language. When the problem lies in an item with an
   * id, it starts with that item's name (`item`) and ": ".
   */
  readonly message: string;
  /** The item the problem lies in, named by kind, id and title: `Målet "mal-2" (Trygg stad)`. */
  readonly item?: string;
}

export type FeedErrorKind =
  'timeout' | 'network' | 'http' | 'content-type' | 'parse' | 'aborted' | 'invalid' | 'missing';

/** Base class: every feed error has a kind, so views can pick a plain message. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    readonly kind: FeedErrorKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The feed could not be fetched: timeout, network failure, HTTP error, wrong content type, abort. */
export class FeedLoadError extends FeedError {
  override name = 'FeedLoadError';
  constructor(
    message: string,
    kind: 'timeout' | 'network' | 'http' | 'content-type' | 'aborted' | 'missing',
    readonly url: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, kind, options);
  }
}

/**
 * The text is not JSON. `line` and `column` are 1-based and point where to fix it (for a missing
 * comma: just after the value it should follow). `code` says what is wrong, stably, with
 * `params`, so the mistake can be put in words per language (`parseErrorMessage`).
 */
export class FeedParseError extends FeedError {
  override name = 'FeedParseError';
  /** E.g. "missing-comma", "trailing-comma", "unexpected-end" (see ParseErrorCode). */
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    options?: { cause?: unknown; code?: string; params?: Readonly<Record<string, unknown>> },
  ) {
    super(message, 'parse', options);
    this.code = options?.code ?? 'syntax';
    this.params = options?.params ?? {};
  }
}

/** The JSON does not follow the feed contract. `problems` lists each one with its path. */
export class FeedValidationError extends FeedError {
  override name = 'FeedValidationError';
  constructor(
    message: string,
    readonly problems: readonly FeedProblem[],
  ) {
    super(message, 'invalid');
  }
}

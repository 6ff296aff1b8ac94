/** The feed API (`insyn/feed`): types, loading, parsing and validation. No Lit, no elements. */
export type * from './generated/feed-types.js';
export { FeedError, FeedLoadError, FeedParseError, FeedValidationError } from './errors.js';
export type { FeedProblem, FeedErrorKind } from './errors.js';
export { validateFeed } from './validate.js';
export { checkFeed, type CheckOptions, type CheckResult } from './check.js';
export { parseJson } from './parse-json.js';
export { acquireFeed, clearFeedCache } from './loader.js';
export type { LoadedFeed, FeedLease, LoadOptions } from './loader.js';
export { parsePeriod, comparePeriods, type ParsedPeriod, type PeriodKind } from './period.js';
export type { FeedSection } from './semantic.js';
export {
  PROBLEM_CODES,
  WARNING_CODES,
  PARSE_ERROR_CODES,
  problemMessage,
  problemLine,
  parseErrorMessage,
  type MessageLang,
} from './messages.js';
export type { ParseErrorCode } from './parse-json.js';

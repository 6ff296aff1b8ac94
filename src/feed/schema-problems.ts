/**
 * Turns Ajv's errors into feed problems: one per real mistake, with the JSON Pointer of the
 * value at fault, a stable code and parameters for the message. Pure.
 */
import { PATTERN_NAMES } from './generated/pattern-names.js';
import { pointer, valueAt } from './pointer.js';
import type { GeneratedValidatorError } from './validator-types.js';
import type { ProblemParams } from './messages.js';

/** A problem before it is put in words. */
export interface RawProblem {
  readonly path: string;
  readonly code: string;
  readonly params: ProblemParams;
}

/** The JSON type of a value as JSON Schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function limit(error: GeneratedValidatorError): unknown {
  return error.params.limit;
}

/** One Ajv error, not part of an anyOf, as a problem (or null for errors said elsewhere). */
function toProblem(error: GeneratedValidatorError, doc: unknown): RawProblem | null {
  const at = error.instancePath;
  const p = error.params;
  // Errors about a property *name* (propertyNames) carry the name; point at that key.
  if (error.propertyName !== undefined) {
    const path = pointer(at, error.propertyName);
    if (error.keyword === 'enum') return { path, code: 'unknown-property', params: {} };
    return { path, code: 'bad-key', params: { format: PATTERN_NAMES[String(p.pattern)] ?? 'key' } };
  }
  switch (error.keyword) {
    case 'required':
      return { path: pointer(at, String(p.missingProperty)), code: 'required', params: {} };
    case 'additionalProperties':
      return { path: pointer(at, String(p.additionalProperty)), code: 'unknown-property', params: {} };
    case 'type': {
      const value = valueAt(doc, at);
      if (typeof value === 'number' && !Number.isFinite(value))
        return { path: at, code: 'not-finite', params: {} };
      return { path: at, code: 'wrong-type', params: { expected: p.type, actual: jsonType(value) } };
    }
    case 'enum': {
      // The field's name picks the words for the allowed values (a status, a goal level).
      const field = at.slice(at.lastIndexOf('/') + 1);
      return {
        path: at,
        code: 'not-allowed',
        params: { allowed: p.allowedValues, value: valueAt(doc, at), field },
      };
    }
    case 'const':
      return { path: at, code: 'wrong-value', params: { expected: p.allowedValue } };
    case 'pattern':
      return {
        path: at,
        code: 'bad-format',
        params: { format: PATTERN_NAMES[String(p.pattern)] ?? 'pattern', value: valueAt(doc, at) },
      };
    case 'minLength':
      return { path: at, code: 'too-short', params: { limit: limit(error) } };
    case 'maxLength':
      return { path: at, code: 'too-long', params: { limit: limit(error) } };
    case 'minItems':
      return { path: at, code: 'too-few', params: { limit: limit(error), of: 'items' } };
    case 'minProperties':
      return { path: at, code: 'too-few', params: { limit: limit(error), of: 'fields' } };
    case 'maxItems':
      return { path: at, code: 'too-many', params: { limit: limit(error), of: 'items' } };
    case 'maxProperties':
      return { path: at, code: 'too-many', params: { limit: limit(error), of: 'fields' } };
    case 'minimum':
      return { path: at, code: 'too-small', params: { limit: limit(error) } };
    case 'maximum':
      return { path: at, code: 'too-large', params: { limit: limit(error) } };
    case 'exclusiveMinimum':
      return { path: at, code: 'not-above', params: { limit: limit(error) } };
    case 'uniqueItems':
      return { path: pointer(at, Number(p.i)), code: 'duplicate', params: {} };
    default:
      return { path: at, code: error.keyword, params: p };
  }
}

const isUnder = (path: string, base: string): boolean => path === base || path.startsWith(`${base}/`);

/**
 * Ajv reports a failed anyOf after the errors of each branch. Where the value's type fits a
 * branch (a text map with a number inside), that branch's errors are the useful ones; where it
 * fits none (a number where text belongs), one "wrong type" says it all.
 */
function anyOfProblems(
  anyOf: GeneratedValidatorError,
  branch: GeneratedValidatorError[],
  doc: unknown,
): RawProblem[] {
  const at = anyOf.instancePath;
  const typeMisses = branch.filter((e) => e.keyword === 'type' && e.instancePath === at);
  const inBranchThatFits = branch.filter((e) => !typeMisses.includes(e));
  if (inBranchThatFits.length > 0) return collect(inBranchThatFits, doc);
  const expected = [
    ...new Set(
      typeMisses.flatMap((e) =>
        Array.isArray(e.params.type) ? (e.params.type as unknown[]) : [e.params.type],
      ),
    ),
  ];
  const value = valueAt(doc, at);
  if (typeof value === 'number' && !Number.isFinite(value))
    return [{ path: at, code: 'not-finite', params: {} }];
  return [{ path: at, code: 'wrong-type', params: { expected, actual: jsonType(value) } }];
}

function collect(errors: readonly GeneratedValidatorError[], doc: unknown): RawProblem[] {
  const out: RawProblem[] = [];
  const pending: GeneratedValidatorError[] = [];
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      // The branch errors are the run of errors just before, at or below this path.
      let start = pending.length;
      while (start > 0 && isUnder(pending[start - 1]!.instancePath, error.instancePath)) start--;
      const branch = pending.splice(start);
      flush(pending, out, doc);
      out.push(...anyOfProblems(error, branch, doc));
    } else {
      pending.push(error);
    }
  }
  flush(pending, out, doc);
  return out;
}

function flush(pending: GeneratedValidatorError[], out: RawProblem[], doc: unknown): void {
  const errors = pending.splice(0);
  errors.forEach((error, i) => {
    if (error.keyword === 'propertyNames') {
      out.push(keyProblem(error, errors.slice(0, i)));
      return;
    }
    // A pattern that failed on a key (via a $ref'd propertyNames schema) arrives without the
    // key's name, at the object's path; the propertyNames error after it says it properly.
    if (error.keyword === 'pattern' && typeof valueAt(doc, error.instancePath) !== 'string') return;
    const problem = toProblem(error, doc);
    if (problem) out.push(problem);
  });
}

function keyProblem(error: GeneratedValidatorError, before: GeneratedValidatorError[]): RawProblem {
  const path = pointer(error.instancePath, String(error.params.propertyName));
  const cause = before
    .reverse()
    .find((e) => e.instancePath === error.instancePath && e.keyword === 'pattern');
  return { path, code: 'bad-key', params: { format: PATTERN_NAMES[String(cause?.params.pattern)] ?? 'key' } };
}

/** Ajv errors → problems, one per path. */
export function schemaProblems(errors: readonly GeneratedValidatorError[], doc: unknown): RawProblem[] {
  const seen = new Set<string>();
  return collect(errors, doc).filter((p) => {
    if (seen.has(p.path)) return false;
    seen.add(p.path);
    return true;
  });
}

import { expect } from '@open-wc/testing';
import { FeedError, FeedParseError } from '../../src/feed/errors.js';
import { findSyntaxError, parseJson, positionAt } from '../../src/feed/parse-json.js';

/** Runs parseJson on text that must fail and returns the error. */
function parseError(text: string): FeedParseError {
  try {
    parseJson(text);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedParseError);
    return error as FeedParseError;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

function at(error: FeedParseError): [number, number] {
  return [error.line, error.column];
}

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"version": 1, "goals": [{"id": "g1"}]}')).to.deep.equal({
      version: 1,
      goals: [{ id: 'g1' }],
    });
    expect(parseJson(' [1, 2.5e3, true, null, "å"] ')).to.deep.equal([1, 2500, true, null, 'å']);
  });

  it('ignores a leading UTF-8 byte order mark', () => {
    expect(parseJson('\uFEFF{"version": 1}')).to.deep.equal({ version: 1 });
  });

  it('counts positions after a byte order mark as if it were not there', () => {
    expect(at(parseError('\uFEFF{"a": 1,}'))).to.deep.equal([1, 9]);
  });

  it('keeps a byte order mark that is not leading as an error', () => {
    expect(at(parseError('{"a": 1}\uFEFF'))).to.deep.equal([1, 9]);
  });

  it('throws a FeedParseError of kind parse with the engine error as cause', () => {
    const error = parseError('{"a": }');
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('parse');
    expect(error.name).to.equal('FeedParseError');
    expect(error.cause).to.be.instanceOf(SyntaxError);
    expect(error.message).to.match(/^Invalid JSON at line 1, column 7: /);
  });

  it('points at a missing comma on a later line', () => {
    const text =
      '{\n  "version": 1,\n  "organization": {\n    "name": "Eskilstuna"\n    "code": "0484"\n  }\n}';
    const error = parseError(text);
    expect(at(error)).to.deep.equal([5, 5]);
    expect(error.message).to.contain('line 5, column 5');
    expect(error.message).not.to.contain('position');
  });

  it('points at a trailing comma', () => {
    expect(at(parseError('{\n  "goals": [\n    "a",\n  ]\n}'))).to.deep.equal([4, 3]);
  });

  it('points at an unexpected token, which V8 reports without a position', () => {
    // V8 says `Unexpected token 'x', "…" is not valid JSON`: the position comes from the scanner.
    expect(at(parseError('[\n  1,\n    x\n]'))).to.deep.equal([3, 5]);
    expect(at(parseError('{"a": tru}'))).to.deep.equal([1, 10]);
    const error = parseError('[1, x]');
    expect(error.message).to.equal("Invalid JSON at line 1, column 5: Unexpected token 'x'.");
  });

  it('points at HTML served instead of JSON', () => {
    expect(at(parseError('<!doctype html>\n<html>'))).to.deep.equal([1, 1]);
  });

  it('counts CRLF and CR as one line break each', () => {
    expect(at(parseError('{\r\n"a": 1\r\n"b": 2}'))).to.deep.equal([3, 1]);
    expect(at(parseError('{\r"a": 1\r"b": 2}'))).to.deep.equal([3, 1]);
  });

  it('counts columns in UTF-16 code units', () => {
    expect(at(parseError('["åäö", "😀", 1 2]'))).to.deep.equal([1, 17]);
  });

  it('points just past the end for truncated text', () => {
    expect(at(parseError('{\n  "goals": [\n    {"id": "g1"'))).to.deep.equal([3, 16]);
    expect(at(parseError('{"a":'))).to.deep.equal([1, 6]);
    expect(at(parseError('[1, 2'))).to.deep.equal([1, 6]);
  });

  it('points just past the end when the text ends in a line break', () => {
    expect(at(parseError('{"a": 1,\n'))).to.deep.equal([2, 1]);
  });

  it('reports an empty text at line 1, column 1', () => {
    const error = parseError('');
    expect(at(error)).to.deep.equal([1, 1]);
    expect(error.message).to.equal('Invalid JSON at line 1, column 1: the text is empty.');
  });

  it('reports a text of only whitespace as empty, at its end', () => {
    const error = parseError('  \n ');
    expect(at(error)).to.deep.equal([2, 2]);
    expect(error.message).to.contain('empty');
  });

  it('reports text after the JSON value', () => {
    expect(at(parseError('{"a": 1}\n}'))).to.deep.equal([2, 1]);
  });

  it('reports a raw line break inside a string at the line break', () => {
    expect(at(parseError('{"a": "one\ntwo"}'))).to.deep.equal([1, 11]);
  });
});

describe('positionAt', () => {
  it('is 1-based and counts the offset just past the end', () => {
    expect(positionAt('', 0)).to.deep.equal({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 3)).to.deep.equal({ line: 2, column: 1 });
    expect(positionAt('ab\ncd', 5)).to.deep.equal({ line: 2, column: 3 });
    expect(positionAt('ab', 99)).to.deep.equal({ line: 1, column: 3 });
  });
});

describe('findSyntaxError (the fallback when the engine gives no position)', () => {
  const cases: [string, number | undefined][] = [
    ['{"a": [1, 2, {"b": null}], "c": "\\u00e5\\n"}', undefined],
    ['-0.5e+10', undefined],
    ['  "x"  ', undefined],
    ['{}', undefined],
    ['[[], {}]', undefined],
    ['', 0],
    ['[', 1],
    ['[1,]', 3],
    ['{,}', 1],
    ['{"a" 1}', 5],
    ['{"a": 1 "b": 2}', 8],
    ['[01]', 2],
    ['[1.]', 3],
    ['[-]', 2],
    ['[1e]', 3],
    ['["\\q"]', 3],
    ['["\\u12G4"]', 6],
    ['["a\tb"]', 3],
    ['nul', 3],
    ['nulx', 3],
    ['[true false]', 6],
    ['{"a": 1}}', 8],
    ["{'a': 1}", 1],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${String(expected)}`, () => {
      expect(findSyntaxError(text)).to.equal(expected);
    });
  }

  it('agrees with JSON.parse on which texts are valid', () => {
    for (const [text, expected] of cases) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(expected === undefined, JSON.stringify(text)).to.equal(valid);
    }
  });

  it('survives deep nesting without a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(99_999);
    expect(findSyntaxError(deep)).to.equal(deep.length);
  });
});

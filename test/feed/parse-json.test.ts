import { expect } from '@open-wc/testing';
import { FeedError, FeedParseError } from '../../src/feed/errors.js';
import { parseErrorMessage } from '../../src/feed/messages.js';
import { diagnoseJson, findSyntaxError, parseJson, positionAt } from '../../src/feed/parse-json.js';

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
    expect(at(parseError('\uFEFF{"a": 1,}'))).to.deep.equal([1, 8]);
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
    expect(error.message).to.match(/^Invalid JSON at line 1, column 7 /);
  });

  it('points at a missing comma where it is missing: the end of the line before the next value', () => {
    const text =
      '{\n  "version": 1,\n  "organization": {\n    "name": "Eskilstuna"\n    "code": "0484"\n  }\n}';
    const error = parseError(text);
    expect(at(error)).to.deep.equal([4, 25]);
    expect(error.code).to.equal('missing-comma');
    expect(error.params).to.deep.include({ atLineEnd: true });
    expect(error.message).to.contain('line 4, column 25');
    expect(error.message).not.to.contain('position');
  });

  it('points at a trailing comma itself', () => {
    const error = parseError('{\n  "goals": [\n    "a",\n  ]\n}');
    expect(at(error)).to.deep.equal([3, 8]);
    expect(error.code).to.equal('trailing-comma');
  });

  it('points at an unexpected token, which V8 reports without a position', () => {
    // V8 says `Unexpected token 'x', "…" is not valid JSON`: the position comes from the scanner.
    expect(at(parseError('[\n  1,\n    x\n]'))).to.deep.equal([3, 5]);
    expect(at(parseError('{"a": tru}'))).to.deep.equal([1, 10]);
    const error = parseError('[1, x]');
    expect(error.message).to.equal('Invalid JSON at line 1, column 5 (unquoted-text).');
    expect(error.code).to.equal('unquoted-text');
  });

  it('points at HTML served instead of JSON', () => {
    expect(at(parseError('<!doctype html>\n<html>'))).to.deep.equal([1, 1]);
  });

  it('counts CRLF and CR as one line break each', () => {
    expect(at(parseError('{\r\n"a": 1,\r\n"b": x}'))).to.deep.equal([3, 6]);
    expect(at(parseError('{\r"a": 1,\r"b": x}'))).to.deep.equal([3, 6]);
    expect(at(parseError('{\r\n"a": 1\r\n"b": 2}'))).to.deep.equal([2, 7]);
  });

  it('counts columns in UTF-16 code units', () => {
    expect(at(parseError('["åäö", "😀", x]'))).to.deep.equal([1, 15]);
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
    expect(error.message).to.equal('Invalid JSON at line 1, column 1 (empty).');
    expect(error.code).to.equal('empty');
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

/** Each kind of JSON mistake an editor makes: its code, where to fix it, and the words in sv and en. */
const MISTAKES: { name: string; text: string; code: string; at: [number, number]; sv: string; en: string }[] =
  [
    {
      name: 'a missing comma at the end of a line',
      text: '{\n  "version": 1\n  "goals": []\n}',
      code: 'missing-comma',
      at: [2, 15],
      sv: 'Ett kommatecken saknas i slutet av rad 2',
      en: 'A comma is missing at the end of line 2',
    },
    {
      name: 'a missing comma between two objects in a list, after trailing spaces',
      text: '[\n  {"id": "a"}  \n  {"id": "b"}\n]',
      code: 'missing-comma',
      at: [2, 14],
      sv: 'Ett kommatecken saknas i slutet av rad 2',
      en: 'A comma is missing at the end of line 2',
    },
    {
      name: 'a missing comma inside a line',
      text: '{"a": 1 "b": 2}',
      code: 'missing-comma',
      at: [1, 8],
      sv: 'Ett kommatecken saknas på rad 1, kolumn 8',
      en: 'A comma is missing on line 1, column 8',
    },
    {
      name: 'a comma after the last value',
      text: '{\n  "goals": [],\n}',
      code: 'trailing-comma',
      at: [2, 14],
      sv: 'Kommatecknet på rad 2 ska bort: efter det sista värdet i en lista eller ett objekt kommer inget kommatecken',
      en: 'Remove the comma on line 2: no comma comes after the last value of a list or an object',
    },
    {
      name: 'a file cut short',
      text: '{"goals": [\n  {"id": "a"}',
      code: 'unexpected-end',
      at: [2, 14],
      sv: 'Texten tar slut för tidigt: ett avslutande ] saknas',
      en: 'The text ends too early: a closing ] is missing',
    },
    {
      name: 'an empty file',
      text: '',
      code: 'empty',
      at: [1, 1],
      sv: 'Texten är tom. Ett flöde är ett JSON-objekt: { "version": 1, … }',
      en: 'The text is empty. A feed is a JSON object: { "version": 1, … }',
    },
    {
      name: 'a name without quotes',
      text: '{ version: 1 }',
      code: 'key-not-quoted',
      at: [1, 3],
      sv: 'Namnet ska stå inom dubbla citattecken, som "title"',
      en: 'The name must be in double quotes, like "title"',
    },
    {
      name: 'typographic quotes from a word processor',
      text: '{"title": \u201dTrygg stad\u201d}',
      code: 'wrong-quotes',
      at: [1, 11],
      sv: 'JSON använder raka dubbla citattecken ("), inte \u201d',
      en: 'JSON uses straight double quotes ("), not \u201d',
    },
    {
      name: 'single quotes',
      text: "{'version': 1}",
      code: 'wrong-quotes',
      at: [1, 2],
      sv: 'JSON använder raka dubbla citattecken ("), inte \'',
      en: 'JSON uses straight double quotes ("), not \'',
    },
    {
      name: 'a decimal comma',
      text: '{"value": 4,5}',
      code: 'decimal-comma',
      at: [1, 12],
      sv: 'Decimaltal skrivs med punkt i JSON (4.5), inte med komma',
      en: 'Decimal numbers are written with a point in JSON (4.5), not a comma',
    },
    {
      name: 'a missing colon',
      text: '{"version" 1}',
      code: 'missing-colon',
      at: [1, 11],
      sv: 'Ett kolon (:) saknas efter namnet',
      en: 'A colon (:) is missing after the name',
    },
    {
      name: 'a string that does not end on its line',
      text: '{"title": "Trygg stad,\n"level": "vision"}',
      code: 'line-break-in-string',
      at: [1, 23],
      sv: 'En text tar inte slut på raden: ett avslutande " saknas (skriv \\n för en radbrytning i texten)',
      en: 'A string does not end on its line: a closing " is missing (write \\n for a line break in the text)',
    },
    {
      name: 'a tab inside a string',
      text: '["a\tb"]',
      code: 'control-character',
      at: [1, 4],
      sv: 'Ett osynligt styrtecken (som tabb) står i en text: ta bort det eller skriv \\t',
      en: 'An invisible control character (such as a tab) is in a string: remove it or write \\t',
    },
    {
      name: 'a Windows path with single backslashes',
      text: '{"file": "C:\\dokument"}',
      code: 'bad-escape',
      at: [1, 14],
      sv: 'Efter \\ kan bara ", \\, /, b, f, n, r, t eller u stå; skriv \\\\ för ett omvänt snedstreck',
      en: 'After \\ only ", \\, /, b, f, n, r, t or u may follow; write \\\\ for a backslash',
    },
    {
      name: 'a number with a leading zero',
      text: '{"code": 0484}',
      code: 'bad-number',
      at: [1, 11],
      sv: 'Talet är inte skrivet som i JSON: till exempel 12, -3 eller 4.5, utan inledande nollor',
      en: 'The number is not written the JSON way: for example 12, -3 or 4.5, no leading zeros',
    },
    {
      name: 'text without quotes',
      text: '{"status": achieved}',
      code: 'unquoted-text',
      at: [1, 12],
      sv: 'Text ska stå inom dubbla citattecken ("…"); bara true, false och null skrivs utan',
      en: 'Text must be in double quotes ("…"); only true, false and null are written without',
    },
    {
      name: 'True with a capital letter',
      text: '{"exampleData": True}',
      code: 'unquoted-text',
      at: [1, 17],
      sv: 'Text ska stå inom dubbla citattecken ("…"); bara true, false och null skrivs utan',
      en: 'Text must be in double quotes ("…"); only true, false and null are written without',
    },
    {
      name: 'one closing brace too many',
      text: '{"version": 1}\n}',
      code: 'extra-text',
      at: [2, 1],
      sv: 'Texten fortsätter efter att flödet har slutat (en } eller ] för mycket?)',
      en: 'The text goes on after the feed has ended (one } or ] too many?)',
    },
    {
      name: 'a stray character',
      text: '{"version": 1;}',
      code: 'unexpected-character',
      at: [1, 14],
      sv: 'Tecknet ; kan inte stå här',
      en: 'The character ; cannot be here',
    },
  ];

describe('JSON mistakes in words', () => {
  for (const m of MISTAKES) {
    it(m.name, () => {
      const error = parseError(m.text);
      expect(error.code).to.equal(m.code);
      expect(at(error), 'line and column of where to fix it').to.deep.equal(m.at);
      expect(parseErrorMessage(error, 'sv')).to.equal(m.sv);
      expect(parseErrorMessage(error, 'en')).to.equal(m.en);
    });
  }

  it('an unknown code falls back to a plain sentence', () => {
    const info = { code: 'nope', params: {}, line: 1, column: 1 };
    expect(parseErrorMessage(info, 'sv')).to.equal('Texten är inte giltig JSON');
    expect(parseErrorMessage(info, 'en')).to.equal('The text is not valid JSON');
  });

  it('diagnoseJson finds nothing wrong with valid JSON', () => {
    expect(diagnoseJson('{"a": [1, 2.5e3, -0, true, null, "\\u00e5"]}')).to.equal(undefined);
  });
});

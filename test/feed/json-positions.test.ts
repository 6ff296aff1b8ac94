import { expect } from '@open-wc/testing';
import { locatePointer, locatePointers } from '../../src/feed/json-positions.js';

/** [line, column] of a pointer's value, and the text of the value. */
function at(text: string, pointer: string): [number, number, string] {
  const found = locatePointer(text, pointer);
  if (!found) throw new Error(`${pointer} not found`);
  return [found.value.line, found.value.column, text.slice(found.value.start, found.value.end)];
}

const FEED = [
  '{',
  '  "version": 1,',
  '  "goals": [',
  '    { "id": "vision", "level": "vision", "title": "Vision" },',
  '    {',
  '      "id": "mal-1",',
  '      "status": "grön",',
  '      "title": { "sv": "Mål", "en": "Goal" }',
  '    }',
  '  ]',
  '}',
].join('\n');

describe('locatePointer', () => {
  it('finds a member of an object inside a list, with its line and column', () => {
    expect(at(FEED, '/goals/1/status')).to.deep.equal([7, 17, '"grön"']);
    expect(at(FEED, '/version')).to.deep.equal([2, 14, '1']);
  });

  it('gives the member name as well as the value', () => {
    const found = locatePointer(FEED, '/goals/1/status')!;
    expect(found.key).to.include({ line: 7, column: 7 });
    expect(FEED.slice(found.key!.start, found.key!.end)).to.equal('"status"');
  });

  it('finds a list item, which has no member name', () => {
    const found = locatePointer(FEED, '/goals/0')!;
    expect(found.key).to.equal(undefined);
    expect([found.value.line, found.value.column]).to.deep.equal([4, 5]);
    expect(FEED.slice(found.value.start, found.value.end)).to.equal(
      '{ "id": "vision", "level": "vision", "title": "Vision" }',
    );
  });

  it('finds the whole document at the empty pointer', () => {
    expect(at('  [1]', '')).to.deep.equal([1, 3, '[1]']);
  });

  it('falls back to the nearest ancestor for a member that is missing', () => {
    const found = locatePointer(FEED, '/goals/1/level')!;
    expect(found.exact).to.equal(false);
    expect(found.pointer).to.equal('/goals/1');
    expect(found.value.line).to.equal(5);
    expect(locatePointer(FEED, '/goals/7/id')!.pointer).to.equal('/goals');
  });

  it('counts CRLF, LF and lone CR as one line end each', () => {
    const crlf = FEED.replace(/\n/g, '\r\n');
    expect(at(crlf, '/goals/1/status')).to.deep.equal([7, 17, '"grön"']);
    expect(at('{\r"a":\r\r1}', '/a')).to.deep.equal([4, 1, '1']);
  });

  it('does not count a leading byte order mark as a column, but keeps it in offsets', () => {
    const text = '\uFEFF{"a": true}';
    const found = locatePointer(text, '/a')!;
    expect([found.value.line, found.value.column]).to.deep.equal([1, 7]);
    expect(text.slice(found.value.start, found.value.end)).to.equal('true');
  });

  it('reads escaped member names and pointer tokens (~0, ~1)', () => {
    const text = '{"a/b": {"c~d": 1}, "\\u00e5r": 2, "q\\"": 3}';
    expect(at(text, '/a~1b/c~0d')[2]).to.equal('1');
    expect(at(text, '/år')[2]).to.equal('2');
    expect(at(text, '/q"')[2]).to.equal('3');
  });

  it('is not misled by brackets, quotes and backslashes inside skipped strings', () => {
    const text = '{"skip": ["]}\\\\", "\\"{["], "x": {"y": [0, "a,b", {"z": -1.5e3}]}}';
    expect(at(text, '/x/y/2/z')[2]).to.equal('-1.5e3');
    expect(at(text, '/x/y/1')[2]).to.equal('"a,b"');
  });

  it('takes the last of two members with the same name, as JSON.parse does', () => {
    expect(at('{"a": 1, "a": 2}', '/a')[2]).to.equal('2');
  });

  it('handles empty objects and lists, and values with no whitespace', () => {
    expect(at('{"a":{},"b":[],"c":[[],{}]}', '/c/1')[2]).to.equal('{}');
    expect(locatePointer('{"a":{}}', '/a/b')!.pointer).to.equal('/a');
  });

  it('ignores strings that are not pointers', () => {
    expect(locatePointers(FEED, ['goals', '/version']).has('goals')).to.equal(false);
  });

  it('never throws on text that is not JSON: it finds what comes before the mistake', () => {
    expect(locatePointer('', '/a')).to.equal(undefined);
    expect(locatePointer('{"a": 1 "b": 2}', '/b')!.pointer).to.equal('');
    expect(at('{"a": 1, "b": ', '/a')[2]).to.equal('1');
    expect(() => locatePointers('{"a": "unterminated', ['/a', '/b'])).not.to.throw();
  });

  it('finds many pointers in one pass, each with its own line', () => {
    const items = Array.from({ length: 2000 }, (_, i) => `  {"id": "g${i}", "n": ${i}}`);
    const text = `[\n${items.join(',\n')}\n]`;
    const pointers = Array.from({ length: 2000 }, (_, i) => `/${i}/n`);
    const found = locatePointers(text, pointers);
    expect(found.size).to.equal(2000);
    for (const i of [0, 1, 999, 1999]) {
      const location = found.get(`/${i}/n`)!;
      expect(location.value.line).to.equal(i + 2);
      expect(text.slice(location.value.start, location.value.end)).to.equal(String(i));
    }
  });
});

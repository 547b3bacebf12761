import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineColumn } from './jsonSyntax';

describe('findJsonSyntaxError', () => {
  // [text, line, column, reason], each position counted by hand (1-based).
  const cases: [string, number, number, string][] = [
    ['{\n  "format": "orgsim",\n  "version": 1,\n', 4, 1, 'unexpected end'],
    ['{"a": 1,}', 1, 9, 'a comma before “}” has nothing after it'],
    ['[1, 2,]', 1, 7, 'a comma before “]” has nothing after it'],
    ['{"a" 1}', 1, 6, 'expected “:” after the field name'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected a comma or “}”'],
    ['[1 2]', 1, 4, 'expected a comma or “]”'],
    ['{"a": [1, 2}', 1, 12, 'expected “]” to close the list opened with “[”, found “}”'],
    ["{'a': 1}", 1, 2, 'text must be in double quotes (") rather than single quotes'],
    ['{a: 1}', 1, 2, 'expected a field name in double quotes'],
    ['{"level": senior}', 1, 11, 'unexpected word “senior” (text must be in double quotes)'],
    ['{"level": NaN}', 1, 11, 'unexpected word “NaN” (text must be in double quotes)'],
    ['{"a": tru}', 1, 7, 'unexpected word “tru” (text must be in double quotes)'],
    ['{\n  // note\n  "a": 1\n}', 2, 3, 'comments are not allowed in JSON'],
    ['{"a": "one\ntwo"}', 1, 11, 'a line break inside quoted text (a text may be missing its closing ")'],
    ['{"a": "\\q"}', 1, 8, 'an invalid escape “\\q” in quoted text'],
    ['{"a": "\\u12G4"}', 1, 8, 'an invalid \\u escape in quoted text'],
    ['{"a": "open', 1, 12, 'unexpected end (a quoted text is never closed)'],
    ['{"a": 01}', 1, 8, 'a malformed number'],
    ['{"a": 1.}', 1, 8, 'a malformed number'],
    ['{"a": -}', 1, 7, 'a malformed number'],
    ['{"a": 1} {"b": 2}', 1, 10, 'unexpected text after the end of the data'],
    ['{"a": 1}}', 1, 9, 'unexpected text after the end of the data'],
    ['\uFEFF{}', 1, 1, 'unexpected “\uFEFF”'],
    ['{"a": 1}\r\n  x', 2, 3, 'unexpected text after the end of the data'],
  ];
  it.each(cases)('%j → line %i, column %i: %s', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found && { line: found.line, column: found.column, reason: found.reason }).toEqual({ line, column, reason });
  });

  it.each(['{}', '[]', '0', '-1.5e+3', '"x"', 'true', ' null ', '{"a": [1, {"b": "\\u00e9\\n"}], "c": {}}', '\t\r\n[ ]'])(
    'finds nothing wrong in %j',
    (text) => {
      expect(findJsonSyntaxError(text)).toBeNull();
    },
  );

  it('copes with nesting far deeper than the call stack', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ reason: 'unexpected end', offset: 200_000 });
    expect(findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeNull();
  });

  it('agrees with JSON.parse on what is valid, for any text and for broken JSON', () => {
    const valid = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const agrees = (text: string): void => {
      expect(findJsonSyntaxError(text) === null).toBe(valid(text));
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), agrees), { numRuns: 500 });
    fc.assert(fc.property(fc.json(), agrees), { numRuns: 300 });
    // Valid JSON with one character deleted, inserted or replaced: mostly invalid, in every way.
    const broken = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ':', '"', '{', '}', '[', ']', ' ', 'a', '0', '-', '.', 'e', '\\', '\n'), fc.constantFrom(0, 1))
      .map(([text, at, insert, remove]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + remove);
      });
    fc.assert(fc.property(broken, agrees), { numRuns: 2000 });
  });
});

describe('lineColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 3, 1, 4],
    ['a\nbc', 2, 2, 1],
    ['a\nbc', 3, 2, 2],
    ['a\n\n', 3, 3, 1],
  ])('%j at %i → line %i, column %i', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});

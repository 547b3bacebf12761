/**
 * Where and why a text is not valid JSON, in words a non-programmer can act on. The engines' own
 * `JSON.parse` messages differ between engines and versions ("Unexpected end of JSON input" carries no
 * position at all), so a small scanner of its own finds the first mistake.
 */

/** The first syntax mistake in a text: its offset, 1-based line and column, and a plain reason. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** Lower-case phrase, e.g. `unexpected end` or `expected a comma or “}”`. */
  readonly reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** 1-based line and column of `offset` in `text`: `lineColumn('a\nbc', 3)` → `{ line: 2, column: 2 }`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The first syntax mistake in `text`, or null when it is valid JSON.
 * `findJsonSyntaxError('{"a": 1,}')` → `{ offset: 8, line: 1, column: 9, reason: 'a comma before “}” has nothing after it' }`.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  // The open containers, innermost last. Iterative, so deep nesting can't overflow the call stack.
  const open: ('{' | '[')[] = [];
  let mode: 'value' | 'key' | 'after' = 'value';

  const fail = (reason: string, at = i): JsonSyntaxError => ({ offset: at, ...lineColumn(text, at), reason });
  const skipSpace = (): void => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const sticky = (pattern: RegExp): string | null => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    return match ? match[0] : null;
  };
  /** A mistake at a character where a value, a key or punctuation was due. */
  const unexpected = (): JsonSyntaxError => {
    const c = text[i];
    if (c === undefined) return fail('unexpected end');
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail('comments are not allowed in JSON');
    if (c === "'") return fail('text must be in double quotes (") rather than single quotes');
    const word = sticky(WORD);
    if (word !== null) return fail(`unexpected word “${word}” (text must be in double quotes)`);
    return fail(`unexpected “${c}”`);
  };
  /** Reads a quoted string starting at `i`; null when it is well formed. */
  const readString = (): JsonSyntaxError | null => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) return fail('unexpected end (a quoted text is never closed)');
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          i += 2;
          if (sticky(HEX4) === null) return fail('an invalid \\u escape in quoted text', i - 2);
          i += 4;
        } else if (next !== undefined && ESCAPES.has(next)) i += 2;
        else return fail(next === undefined ? 'unexpected end (a quoted text is never closed)' : `an invalid escape “\\${next}” in quoted text`);
        continue;
      }
      if (c.charCodeAt(0) < 0x20)
        return fail(
          c === '\n' || c === '\r' ? 'a line break inside quoted text (a text may be missing its closing ")' : 'a control character inside quoted text',
        );
      i++;
    }
  };

  for (;;) {
    skipSpace();
    if (mode === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        open.push(c);
        i++;
        skipSpace();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) {
          open.pop();
          i++;
          mode = 'after';
        } else mode = c === '{' ? 'key' : 'value';
        continue;
      }
      if (c === '"') {
        const problem = readString();
        if (problem) return problem;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        const number = sticky(NUMBER);
        if (number === null) return fail('a malformed number');
        i += number.length;
        if (/[0-9.eE+-]/.test(text[i] ?? '')) return fail('a malformed number');
      } else {
        const word = sticky(WORD);
        if (word === 'true' || word === 'false' || word === 'null') i += word.length;
        else return unexpected();
      }
      mode = 'after';
    } else if (mode === 'key') {
      const c = text[i];
      if (c === '}') return fail('a comma before “}” has nothing after it');
      if (c !== '"') {
        if (c === undefined || c === "'" || c === '/') return unexpected();
        return fail('expected a field name in double quotes');
      }
      const problem = readString();
      if (problem) return problem;
      skipSpace();
      if (text[i] !== ':') return text[i] === undefined ? unexpected() : fail('expected “:” after the field name');
      i++;
      mode = 'value';
    } else {
      const top = open[open.length - 1];
      const c = text[i];
      if (top === undefined) return c === undefined ? null : fail('unexpected text after the end of the data');
      const close = top === '{' ? '}' : ']';
      if (c === ',') {
        i++;
        skipSpace();
        if (top === '[' && text[i] === ']') return fail('a comma before “]” has nothing after it');
        mode = top === '{' ? 'key' : 'value';
      } else if (c === close) {
        open.pop();
        i++;
      } else if (c === undefined) return unexpected();
      else if (c === '}' || c === ']')
        return fail(`expected “${close}” to close the ${top === '{' ? 'group opened with “{”' : 'list opened with “[”'}, found “${c}”`);
      else return fail(`expected a comma or “${close}”`);
    }
  }
}

/**
 * A JSON reader that remembers where each object starts (1-based line), so every exported item can be
 * named by file and line, and that reports syntax errors with line and column. Also reads JSON lines
 * (one value per line), where a bad line does not stop the others. No I/O here.
 */

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** A parsed value with the line of every object and array in it. */
export interface Located {
  value: unknown;
  /** 1-based line where an object or array of `value` starts. */
  lineOf(v: object): number | undefined;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

class Parser {
  private i = 0;
  /** Nesting depth of the value being read (0 = the document). */
  private depth = 0;
  private line: number;
  private lineStart = 0;

  constructor(
    private readonly s: string,
    firstLine: number,
    private readonly lines: WeakMap<object, number>,
    /** Containers deeper than this get no line (items of an export sit at depth 0 to 2; recording all is slow). */
    private readonly maxDepth: number,
  ) {
    this.line = firstLine;
  }

  fail(message: string, at = this.i): never {
    // Newlines are only consumed as whitespace, so `at` is on the current line or after newlines not yet counted.
    let line = this.line;
    let start = Math.min(this.lineStart, at);
    for (let k = start; k < at; k++) {
      if (this.s.charCodeAt(k) === 0x0a) {
        line++;
        start = k + 1;
      }
    }
    throw new JsonSyntaxError(message, line, at - start + 1);
  }

  private ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (!WS.has(c)) break;
      if (c === 0x0a) {
        this.line++;
        this.lineStart = this.i + 1;
      }
      this.i++;
    }
  }

  document(): unknown {
    this.ws();
    if (this.i < this.s.length && this.s.charCodeAt(this.i) === 0xfeff) {
      this.i++;
      this.ws();
    }
    if (this.i >= this.s.length) this.fail('unexpected end of input: no JSON value');
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) this.fail(`unexpected ${JSON.stringify(this.s[this.i])} after the JSON value`);
    return v;
  }

  private value(): unknown {
    this.ws();
    const s = this.s;
    if (this.i >= s.length) this.fail('unexpected end of input');
    const c = s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === 't') return this.word('true', true);
    if (c === 'f') return this.word('false', false);
    if (c === 'n') return this.word('null', null);
    if (c === '-' || (c! >= '0' && c! <= '9')) return this.number();
    return this.fail(`unexpected ${JSON.stringify(c)}`);
  }

  private word<T>(w: string, v: T): T {
    if (this.s.startsWith(w, this.i)) {
      this.i += w.length;
      return v;
    }
    return this.fail(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 8))}`);
  }

  private number(): number {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.i;
    const r = m.exec(this.s);
    if (!r || r[0] === '-' || r[0].length === 0) this.fail('invalid number');
    this.i += r[0].length;
    return Number(r[0]);
  }

  private string(): string {
    const s = this.s;
    const start = this.i;
    let j = this.i + 1;
    let escaped = false;
    for (;;) {
      if (j >= s.length) this.fail('unterminated string', start);
      const c = s.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        j += 2;
        continue;
      }
      if (c < 0x20) this.fail('control character in string', j);
      j++;
    }
    this.i = j + 1;
    if (!escaped) return s.slice(start + 1, j);
    try {
      return JSON.parse(s.slice(start, j + 1)) as string;
    } catch {
      return this.fail('invalid escape in string', start);
    }
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.depth <= this.maxDepth) this.lines.set(out, this.line);
    this.depth++;
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail(this.i >= this.s.length ? 'unexpected end of input in object' : 'expected a property name in double quotes');
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail("expected ':' after property name");
      this.i++;
      const v = this.value();
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === '}') {
        this.i++;
        this.depth--;
        return out;
      }
      this.fail(this.i >= this.s.length ? 'unexpected end of input in object' : "expected ',' or '}' in object");
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    if (this.depth <= this.maxDepth) this.lines.set(out, this.line);
    this.depth++;
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      this.depth--;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.s[this.i];
      if (c === ',') {
        this.i++;
        continue;
      }
      if (c === ']') {
        this.i++;
        this.depth--;
        return out;
      }
      this.fail(this.i >= this.s.length ? 'unexpected end of input in array' : "expected ',' or ']' in array");
    }
  }
}

/** How deep containers get their line recorded by default: the items of every supported export are within it. */
export const LOCATED_DEPTH = 3;

/** Parses one JSON document; throws JsonSyntaxError with line and column. */
export function parseLocated(text: string, firstLine = 1, lines = new WeakMap<object, number>(), maxDepth = LOCATED_DEPTH): Located {
  const value = new Parser(text, firstLine, lines, maxDepth).document();
  return { value, lineOf: (v) => lines.get(v) };
}

/** One value of a JSON-lines file, or why its line failed. */
export type JsonLine = { ok: true; value: unknown; line: number } | { ok: false; error: JsonSyntaxError };

/** Each non-blank line parsed on its own; lines share one position map. */
export function parseJsonLines(text: string): { lines: JsonLine[]; lineOf(v: object): number | undefined } {
  const positions = new WeakMap<object, number>();
  const out: JsonLine[] = [];
  let lineNo = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const raw = text.slice(start, end);
    if (raw.trim() !== '') {
      try {
        out.push({ ok: true, value: new Parser(raw, lineNo, positions, LOCATED_DEPTH).document(), line: lineNo });
      } catch (e) {
        if (e instanceof JsonSyntaxError) out.push({ ok: false, error: e });
        else throw e;
      }
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return { lines: out, lineOf: (v) => positions.get(v) };
}

/**
 * Whether `text` looks like JSON lines: its first non-blank line starts an object on that line (a
 * pretty-printed document starts with a lone `{` or `[`) and is either complete or followed by another
 * line that starts an object (so a malformed first record does not hide the others).
 */
export function looksLikeJsonLines(text: string): boolean {
  const lines: string[] = [];
  for (const m of text.slice(0, 64 * 1024).matchAll(/[^\n]+/g)) {
    const t = m[0].replace(/^\uFEFF/, '').trim();
    if (t) lines.push(t);
    if (lines.length === 2) break;
  }
  const [first, second] = lines;
  if (!first?.startsWith('{') || first === '{') return false;
  // A document's first line opens a container or continues a list: `{ "items": [`, `{ "a": 1,`.
  return first.endsWith('}') || (!/[[{,:]$/.test(first) && (second?.startsWith('{') ?? false));
}

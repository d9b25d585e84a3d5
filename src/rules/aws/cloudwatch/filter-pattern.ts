/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = CreateTrail) || ... }`): parsed into an
 * expression tree and evaluated against CloudTrail events. The CIS monitoring rules judge a metric
 * filter by what it matches, not by its text, so quoting, spacing, clause order and extra clauses
 * that do not narrow the match all make no difference.
 *
 * Supported: `=`/`!=` with quoted, bare, `*`-wildcard and `%regex%` values; numeric `<`, `>`, `<=`,
 * `>=`; `IS NULL`, `IS TRUE`, `IS FALSE`, `EXISTS`, `NOT EXISTS`; `&&`, `||` (with `&&` binding
 * tighter) and parentheses; selectors `$.a.b` and `$.a[0]`. Space-delimited term patterns and metric
 * filters on non-JSON logs are not CloudTrail monitoring filters and are reported as unsupported.
 */

export type FilterExpr =
  | { kind: 'or' | 'and'; items: FilterExpr[] }
  | { kind: 'compare'; path: string[]; op: '=' | '!=' | '<' | '>' | '<=' | '>='; value: string; quoted: boolean }
  | { kind: 'test'; path: string[]; test: 'null' | 'true' | 'false' | 'exists' | 'not-exists' };

export type ParseResult = { ok: true; expr: FilterExpr } | { ok: false; error: string };

export function parseFilterPattern(pattern: string): ParseResult {
  const text = pattern.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return { ok: false, error: 'not a JSON filter pattern (must be enclosed in { })' };
  try {
    const p = new Parser(text.slice(1, -1));
    const expr = p.expr();
    p.end();
    return { ok: true, expr };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Whether the expression matches a JSON log event. A comparison on a missing field never matches. */
export function matchesEvent(expr: FilterExpr, event: unknown): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.items.some((e) => matchesEvent(e, event));
    case 'and':
      return expr.items.every((e) => matchesEvent(e, event));
    case 'test':
      return runTest(expr.test, select(event, expr.path));
    case 'compare':
      return compare(select(event, expr.path), expr.op, expr.value, expr.quoted);
  }
}

const MISSING = Symbol('missing');

function select(event: unknown, path: string[]): unknown {
  let cur: unknown = event;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !(key in (cur as object))) return MISSING;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function runTest(test: 'null' | 'true' | 'false' | 'exists' | 'not-exists', v: unknown): boolean {
  if (test === 'not-exists') return v === MISSING;
  if (test === 'exists') return v !== MISSING;
  if (test === 'null') return v === null;
  return v === (test === 'true');
}

function compare(v: unknown, op: string, value: string, quoted: boolean): boolean {
  if (v === MISSING || v === null || typeof v === 'object') return false;
  if (op === '=' || op === '!=') {
    const equal = valueMatches(String(v), value, quoted);
    return op === '=' ? equal : !equal;
  }
  const n = Number(v);
  const target = Number(value);
  if (Number.isNaN(n) || Number.isNaN(target)) return false;
  return op === '<' ? n < target : op === '>' ? n > target : op === '<=' ? n <= target : n >= target;
}

function valueMatches(actual: string, expected: string, quoted: boolean): boolean {
  if (!quoted && expected.length > 1 && expected.startsWith('%') && expected.endsWith('%')) {
    return new RegExp(expected.slice(1, -1)).test(actual);
  }
  if (!expected.includes('*')) return actual === expected;
  const glob = expected.split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${glob}$`, 's').test(actual);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Recursive descent over the text between the outer braces. */
class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  expr(): FilterExpr {
    const items = [this.and()];
    while (this.eat('||')) items.push(this.and());
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  end(): void {
    this.ws();
    if (this.pos < this.src.length) throw new Error(`unexpected "${this.src.slice(this.pos, this.pos + 20)}"`);
  }

  private and(): FilterExpr {
    const items = [this.unary()];
    while (this.eat('&&')) items.push(this.unary());
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private unary(): FilterExpr {
    if (this.eat('(')) {
      const e = this.expr();
      if (!this.eat(')')) throw new Error(`missing ) at ${this.pos}`);
      return e;
    }
    return this.comparison();
  }

  private comparison(): FilterExpr {
    const path = this.selector();
    if (this.eatWord('IS')) {
      if (this.eatWord('NULL')) return { kind: 'test', path, test: 'null' };
      if (this.eatWord('TRUE')) return { kind: 'test', path, test: 'true' };
      if (this.eatWord('FALSE')) return { kind: 'test', path, test: 'false' };
      throw new Error(`expected NULL, TRUE or FALSE after IS at ${this.pos}`);
    }
    if (this.eatWord('NOT')) {
      if (!this.eatWord('EXISTS')) throw new Error(`expected EXISTS after NOT at ${this.pos}`);
      return { kind: 'test', path, test: 'not-exists' };
    }
    if (this.eatWord('EXISTS')) return { kind: 'test', path, test: 'exists' };
    const op = (['!=', '<=', '>=', '=', '<', '>'] as const).find((o) => this.eat(o));
    if (!op) throw new Error(`expected an operator at ${this.pos}`);
    const { value, quoted } = this.value();
    return { kind: 'compare', path, op, value, quoted };
  }

  private selector(): string[] {
    this.ws();
    if (!this.src.startsWith('$.', this.pos)) throw new Error(`expected a $. selector at ${this.pos}`);
    this.pos += 2;
    const m = /^[A-Za-z0-9_\-.[\]]+/.exec(this.src.slice(this.pos));
    if (!m) throw new Error(`empty selector at ${this.pos}`);
    this.pos += m[0].length;
    return m[0].split(/\.|\[|\]/).filter((s) => s !== '');
  }

  private value(): { value: string; quoted: boolean } {
    this.ws();
    if (this.src[this.pos] === '"') {
      let out = '';
      for (this.pos++; this.pos < this.src.length; this.pos++) {
        const c = this.src[this.pos]!;
        if (c === '\\') out += this.src[++this.pos] ?? '';
        else if (c === '"') {
          this.pos++;
          return { value: out, quoted: true };
        } else out += c;
      }
      throw new Error('unterminated string');
    }
    if (this.src[this.pos] === '%') {
      const close = this.src.indexOf('%', this.pos + 1);
      if (close < 0) throw new Error('unterminated regular expression');
      const value = this.src.slice(this.pos, close + 1);
      this.pos = close + 1;
      return { value, quoted: false };
    }
    // A bare value runs to the next closing parenthesis or logical operator (it may contain spaces).
    const m = /^[^)&|]+/.exec(this.src.slice(this.pos));
    const value = m?.[0].trim() ?? '';
    if (value === '') throw new Error(`expected a value at ${this.pos}`);
    this.pos += m![0].length;
    return { value, quoted: false };
  }

  private ws(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }

  private eat(token: string): boolean {
    this.ws();
    if (!this.src.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  private eatWord(word: string): boolean {
    this.ws();
    const next = this.src.slice(this.pos, this.pos + word.length);
    if (next.toUpperCase() !== word || /[A-Za-z]/.test(this.src[this.pos + word.length] ?? '')) return false;
    this.pos += word.length;
    return true;
  }
}

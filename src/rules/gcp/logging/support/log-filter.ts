/**
 * A small evaluator for the Cloud Logging query language, enough to decide whether a log-based metric's filter
 * matches the audit log entries a CIS control is about: comparisons (`=`, `!=`, `:`, `=~`, `!~`, `<`, `<=`,
 * `>`, `>=`), `:*` presence, bare words (global search), `AND` / `OR` / `NOT` / `-`, implicit AND and
 * parentheses. As in Cloud Logging, OR binds tighter than AND. Functions (`LOG_ID()`, `SEARCH()`, ...) are
 * not supported: such filters fail to parse and rules say they could not judge them.
 */

type Node =
  | { kind: 'and' | 'or'; items: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'cmp'; path: string; op: string; value: string; quoted: boolean }
  | { kind: 'word'; value: string };

export interface ParsedFilter {
  matches(entry: unknown): boolean;
}

const OPS = ['>=', '<=', '!=', '=~', '!~', '=', ':', '<', '>'];

type Token = { t: 'op' | 'lp' | 'rp' | 'str' | 'word'; v: string };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { out.push({ t: 'lp', v: c }); i++; continue; }
    if (c === ')') { out.push({ t: 'rp', v: c }); i++; continue; }
    if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        s += text[j];
        j++;
      }
      if (j >= text.length) throw new Error('unterminated string');
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op) { out.push({ t: 'op', v: op }); i += op.length; continue; }
    let j = i;
    while (j < text.length && !/[\s()"]/.test(text[j]!) && !OPS.some((o) => text.startsWith(o, j))) j++;
    out.push({ t: 'word', v: text.slice(i, j) });
    i = j;
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const n = this.and();
    if (this.i < this.tokens.length) throw new Error(`unexpected "${this.tokens[this.i]!.v}"`);
    return n;
  }

  private peek(): Token | undefined { return this.tokens[this.i]; }
  private isWord(v: string): boolean { const t = this.peek(); return t?.t === 'word' && t.v === v; }

  /** AND (explicit or implicit) has the lowest precedence. */
  private and(): Node {
    const items = [this.or()];
    for (;;) {
      const t = this.peek();
      if (!t || t.t === 'rp') break;
      if (this.isWord('AND')) this.i++;
      items.push(this.or());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private or(): Node {
    const items = [this.unary()];
    while (this.isWord('OR')) { this.i++; items.push(this.unary()); }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private unary(): Node {
    if (this.isWord('NOT')) { this.i++; return { kind: 'not', item: this.unary() }; }
    const t = this.peek();
    if (t?.t === 'word' && t.v.startsWith('-') && t.v.length > 1) {
      // `-field=value` / `-word`: negation written as a prefix.
      this.tokens[this.i] = { t: 'word', v: t.v.slice(1) };
      return { kind: 'not', item: this.primary() };
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.tokens[this.i++];
    if (!t) throw new Error('unexpected end of filter');
    if (t.t === 'lp') {
      const n = this.and();
      if (this.tokens[this.i++]?.t !== 'rp') throw new Error('missing )');
      return n;
    }
    if (t.t === 'str') return { kind: 'word', value: t.v };
    if (t.t !== 'word') throw new Error(`unexpected "${t.v}"`);
    const next = this.peek();
    if (next?.t === 'lp') throw new Error(`functions such as ${t.v}() are not supported`);
    if (next?.t !== 'op') return { kind: 'word', value: t.v };
    this.i++;
    const value = this.tokens[this.i++];
    if (!value || (value.t !== 'word' && value.t !== 'str')) throw new Error(`missing value after ${t.v}${next.v}`);
    return { kind: 'cmp', path: t.v, op: next.v, value: value.v, quoted: value.t === 'str' };
  }
}

/** Every leaf value at a dotted path, looking through arrays (`bindingDeltas.role` reads each delta). */
function valuesAt(entry: unknown, path: string): unknown[] {
  let current: unknown[] = [entry];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const v of current) {
      for (const item of Array.isArray(v) ? v : [v]) {
        if (item && typeof item === 'object' && key in item) next.push((item as Record<string, unknown>)[key]);
      }
    }
    current = next.flatMap((v) => (Array.isArray(v) ? v : [v]));
  }
  return current.filter((v) => v !== undefined && v !== null);
}

function leaves(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).flatMap(leaves);
  return [String(v)];
}

function compare(values: unknown[], op: string, want: string): boolean {
  const strings = values.flatMap(leaves);
  const lower = want.toLowerCase();
  switch (op) {
    case ':':
      return want === '*' ? values.length > 0 : strings.some((s) => s.toLowerCase().includes(lower));
    case '=':
      return strings.some((s) => s === want);
    case '!=':
      return !strings.some((s) => s === want);
    case '=~':
      return strings.some((s) => new RegExp(want).test(s));
    case '!~':
      return !strings.some((s) => new RegExp(want).test(s));
    default: {
      const num = Number(want);
      const cmp = (s: string) => (Number.isNaN(num) || Number.isNaN(Number(s)) ? s.localeCompare(want) : Number(s) - num);
      return strings.some((s) => (op === '<' ? cmp(s) < 0 : op === '<=' ? cmp(s) <= 0 : op === '>' ? cmp(s) > 0 : cmp(s) >= 0));
    }
  }
}

function evaluate(n: Node, entry: unknown): boolean {
  switch (n.kind) {
    case 'and':
      return n.items.every((i) => evaluate(i, entry));
    case 'or':
      return n.items.some((i) => evaluate(i, entry));
    case 'not':
      return !evaluate(n.item, entry);
    case 'word': {
      const w = n.value.toLowerCase();
      return leaves(entry).some((s) => s.toLowerCase().includes(w));
    }
    case 'cmp':
      return compare(valuesAt(entry, n.path), n.op, n.value);
  }
}

/** Parses a filter; throws an Error saying what it could not read. An empty filter matches everything. */
export function parseFilter(text: string): ParsedFilter {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { matches: () => true };
  const root = new Parser(tokens).parse();
  return { matches: (entry) => evaluate(root, entry) };
}

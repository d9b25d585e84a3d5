/**
 * A hand-written parser for HCL native syntax (Terraform `.tf` and `.tfvars` files), producing the tree of
 * ./ast.ts with source positions. No library offers both positions and an expression AST, hence this file.
 *
 * Scannerless recursive descent over the text: HCL's lexical structure depends on context (templates,
 * heredocs, newline-sensitivity inside and outside brackets), so characters are read directly.
 * Newlines end attributes and object items; inside `( )`, `[ ]`, `${ }` and for expressions they are ignored.
 *
 * Bad input never throws: a syntax error becomes an `HclSyntax` diagnostic (1-based line and column, what was
 * expected and what was found) and parsing resumes at the next top-level item (a line starting at column 1
 * with an identifier). The broken item is dropped rather than kept half-parsed, so a partial resource never
 * reaches a mapper. Linear time; recursion depth is bounded.
 */
import type { Diagnostic } from '../../model.js';
import type { Attribute, BinaryOp, Block, Comment, ConfigFile, Expr, Pos, Range, TemplatePart } from './ast.js';

export function parseHcl(text: string, file: string): { config: ConfigFile; diagnostics: Diagnostic[] } {
  return new Parser(text, file).parseFile();
}

const MAX_DEPTH = 200;

/** Block types that only occur at the top level of a Terraform module: seen at column 1 inside a block, they mean a missing `}`. */
const TOP_LEVEL_KEYWORDS = new Set(['resource', 'data', 'module', 'provider', 'variable', 'output', 'locals', 'terraform', 'moved', 'import', 'check', 'removed']);

const BINARY_PRECEDENCE: Record<BinaryOp, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

const ID_START = /[\p{ID_Start}]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;

// Character codes.
const NL = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const BANG = 33; // !
const DQUOTE = 34; // "
const HASH = 35; // #
const DOLLAR = 36; // $
const PERCENT = 37; // %
const AMP = 38; // &
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const LT = 60;
const EQ = 61;
const GT = 62;
const QUESTION = 63;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;
const TILDE = 126;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Thrown inside the parser, caught per top-level item. Not an Error: no stack trace to capture. */
class HclError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** A template piece before directives are nested and strip markers applied. */
type FlatTok =
  | { kind: 'lit'; value: string }
  | { kind: 'interp'; expr: Expr; range: Range; stripL: boolean; stripR: boolean }
  | { kind: 'if'; cond: Expr; range: Range; stripL: boolean; stripR: boolean }
  | { kind: 'else' | 'endif' | 'endfor'; range: Range; stripL: boolean; stripR: boolean }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; range: Range; stripL: boolean; stripR: boolean };

class Parser {
  private i = 0;
  /** Exclusive end of what may be read now: the text's length, or the end of the heredoc being read. */
  private end: number;
  /** True where newlines are significant (bodies, object constructors); false inside ( ), [ ], ${ }. */
  private nl = true;
  private depth = 0;
  private lastLine = 0;
  private lastPos: Pos | undefined;
  private readonly lineStarts: number[] = [0];
  private comments: Comment[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly reportedComments = new Set<number>();

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.end = text.length;
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) this.lineStarts.push(k + 1);
  }

  // ---------------------------------------------------------------- positions and errors

  private lineIndex(offset: number): number {
    const ls = this.lineStarts;
    // Offsets are asked for mostly in increasing order: try the last line found and the next one first.
    const h = this.lastLine;
    if (ls[h]! <= offset) {
      if (h + 1 >= ls.length || ls[h + 1]! > offset) return h;
      if (h + 2 >= ls.length || ls[h + 2]! > offset) return (this.lastLine = h + 1);
    }
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.lastLine = lo);
  }

  private pos(offset: number): Pos {
    const last = this.lastPos;
    if (last !== undefined && last.offset === offset) return last;
    const l = this.lineIndex(offset);
    return (this.lastPos = { line: l + 1, column: offset - this.lineStarts[l]! + 1, offset });
  }

  /** Positions are shared between nodes where they coincide (a parent starting where its first child starts). */
  private range(start: number | Pos, end: number | Pos): Range {
    return { start: typeof start === 'number' ? this.pos(start) : start, end: typeof end === 'number' ? this.pos(end) : end };
  }

  private lineOf(offset: number): number {
    return this.lineIndex(offset) + 1;
  }

  private at(offset: number): string {
    const p = this.pos(offset);
    return `line ${p.line} column ${p.column}`;
  }

  private fail(expected: string, offset = this.i): never {
    throw new HclError(`expected ${expected}, found ${this.describe(offset)}`, offset);
  }

  private describe(offset: number): string {
    if (offset >= this.text.length) return 'end of file';
    if (offset >= this.end) return 'end of heredoc';
    const c = this.text.charCodeAt(offset);
    if (c === NL || (c === CR && this.text.charCodeAt(offset + 1) === NL)) return 'newline';
    if (this.isIdStartAt(offset)) {
      const save = this.i;
      this.i = offset;
      const word = this.ident();
      this.i = save;
      return `'${word.length > 40 ? `${word.slice(0, 40)}…` : word}'`;
    }
    if (isDigit(c)) {
      let k = offset;
      while (k < this.end && k - offset < 40 && isDigit(this.text.charCodeAt(k))) k++;
      return `number ${this.text.slice(offset, k)}`;
    }
    const cp = this.text.codePointAt(offset)!;
    if (cp < 32) return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return `'${String.fromCodePoint(cp)}'`;
  }

  // ---------------------------------------------------------------- characters

  private peek(k = 0): number {
    const j = this.i + k;
    return j < this.end ? this.text.charCodeAt(j) : -1;
  }

  private isIdStartAt(offset: number): boolean {
    if (offset >= this.end) return false;
    const c = this.text.charCodeAt(offset);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) return true;
    if (c < 128) return false;
    return ID_START.test(String.fromCodePoint(this.text.codePointAt(offset)!));
  }

  private isIdContinueAt(offset: number): boolean {
    if (offset >= this.end) return false;
    const c = this.text.charCodeAt(offset);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === MINUS || isDigit(c)) return true;
    if (c < 128) return false;
    return ID_CONTINUE.test(String.fromCodePoint(this.text.codePointAt(offset)!));
  }

  /** Reads an identifier at the cursor (the caller checked isIdStartAt). */
  private ident(): string {
    const start = this.i;
    this.i += (this.text.codePointAt(this.i) ?? 0) > 0xffff ? 2 : 1;
    while (this.isIdContinueAt(this.i)) this.i += (this.text.codePointAt(this.i) ?? 0) > 0xffff ? 2 : 1;
    return this.text.slice(start, this.i);
  }

  /** The identifier at the cursor without consuming it, or undefined. */
  private peekIdent(): string | undefined {
    if (!this.isIdStartAt(this.i)) return undefined;
    const save = this.i;
    const w = this.ident();
    this.i = save;
    return w;
  }

  /** Skips spaces, tabs and comments; newlines too when `newlines` (default: where they are insignificant). */
  private ws(newlines = !this.nl): void {
    const t = this.text;
    for (;;) {
      if (this.i >= this.end) return;
      const c = t.charCodeAt(this.i);
      if (c === SPACE || c === TAB || c === CR) this.i++;
      else if (c === NL) {
        if (!newlines) return;
        this.i++;
      } else if (c === HASH) this.lineComment(1);
      else if (c === SLASH && this.peek(1) === SLASH) this.lineComment(2);
      else if (c === SLASH && this.peek(1) === STAR) this.blockComment();
      else if (c === 0xfeff && this.i === 0) this.i++;
      else return;
    }
  }

  private lineComment(markerLength: number): void {
    const start = this.i;
    let e = this.text.indexOf('\n', start);
    if (e === -1 || e > this.end) e = this.end;
    const line = this.lineOf(start);
    this.comments.push({ text: this.text.slice(start + markerLength, e).trim(), line, endLine: line });
    this.i = e;
  }

  private blockComment(): void {
    const start = this.i;
    let e = this.text.indexOf('*/', start + 2);
    if (e === -1 || e + 2 > this.end) {
      if (!this.reportedComments.has(start)) {
        this.reportedComments.add(start);
        const p = this.pos(start);
        this.diagnostics.push({
          severity: 'error',
          file: this.file,
          line: p.line,
          column: p.column,
          code: 'HclSyntax',
          message: `unterminated comment: expected '*/' to close the comment opened at line ${p.line} column ${p.column}, found ${this.describe(this.end)}`,
        });
      }
      e = this.end;
      this.comments.push({ text: this.text.slice(start + 2, e).trim(), line: this.lineOf(start), endLine: this.lineOf(Math.max(start, e - 1)) });
      this.i = e;
      return;
    }
    this.comments.push({ text: this.text.slice(start + 2, e).trim(), line: this.lineOf(start), endLine: this.lineOf(e) });
    this.i = e + 2;
  }

  /** `what` is a function so that the message (with its positions) is only built on failure. */
  private expectChar(code: number, what: () => string): void {
    if (this.peek() !== code) this.fail(what());
    this.i++;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new HclError(`nesting too deep: more than ${MAX_DEPTH} levels of nested expressions or blocks`, this.i);
  }

  private leave(): void {
    this.depth--;
  }

  // ---------------------------------------------------------------- file and bodies

  parseFile(): { config: ConfigFile; diagnostics: Diagnostic[] } {
    const items: Array<Attribute | Block> = [];
    for (;;) {
      this.ws(true);
      if (this.i >= this.text.length) break;
      const itemStart = this.i;
      try {
        if (this.peek() === RBRACE) throw new HclError(`expected an attribute name or block type, found '}' with no block open`, this.i);
        items.push(this.parseItem(false));
      } catch (e) {
        const offset = e instanceof HclError ? Math.min(e.offset, this.text.length) : this.i;
        const message = e instanceof HclError ? e.message : `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
        this.report(message, offset);
        this.nl = true;
        this.end = this.text.length;
        this.depth = 0;
        this.i = this.recover(offset, itemStart);
      }
    }
    const comments = this.comments.sort((a, b) => a.line - b.line).filter((c, k, all) => k === 0 || c.line !== all[k - 1]!.line || c.text !== all[k - 1]!.text);
    return {
      config: { file: this.file, body: { items, range: this.range(0, this.text.length) }, comments },
      diagnostics: this.diagnostics,
    };
  }

  private report(message: string, offset: number): void {
    const p = this.pos(offset);
    this.diagnostics.push({ severity: 'error', file: this.file, line: p.line, column: p.column, code: 'HclSyntax', message });
  }

  /**
   * Where to resume after an error: the next line starting at column 1 with an identifier, after the error's
   * line (or the error's own line when the error is such a line start past the failed item's first line).
   * Whole-line comments skipped on the way are still collected (a suppression above the next block counts).
   */
  private recover(errOffset: number, itemStart: number): number {
    const errLine = this.lineIndex(errOffset);
    const itemLine = this.lineIndex(itemStart);
    if (errOffset === this.lineStarts[errLine] && errLine > itemLine && this.isIdStartAt(errOffset)) return errOffset;
    for (let l = Math.max(errLine, itemLine) + 1; l < this.lineStarts.length; l++) {
      const s = this.lineStarts[l]!;
      if (this.isIdStartAt(s)) return s;
      let k = s;
      while (k < this.text.length && (this.text.charCodeAt(k) === SPACE || this.text.charCodeAt(k) === TAB)) k++;
      const c = this.text.charCodeAt(k);
      if (c === HASH || (c === SLASH && this.text.charCodeAt(k + 1) === SLASH)) {
        this.i = k;
        this.lineComment(c === HASH ? 1 : 2);
      }
    }
    return this.text.length;
  }

  /** An attribute or a block at the cursor (which is at an identifier, or this fails). */
  private parseItem(inBlock: boolean): Attribute | Block {
    const start = this.i;
    if (!this.isIdStartAt(this.i)) this.fail(inBlock ? "an attribute name, a block type or '}'" : 'an attribute name or block type');
    const name = this.ident();
    this.ws(false);
    if (this.peek() === EQ && this.peek(1) !== EQ) {
      this.i++;
      this.ws(false);
      const expr = this.parseExpr();
      const attr: Attribute = { kind: 'attribute', name, expr, range: this.range(start, expr.range.end) };
      this.expectItemEnd(inBlock, () => `the value of attribute '${name}'`);
      return attr;
    }
    const labels: string[] = [];
    for (;;) {
      if (this.peek() === DQUOTE) {
        const labelStart = this.i;
        const t = this.parseQuoted();
        if (t.type !== 'template' || t.parts.some((p) => p.type !== 'string')) throw new HclError(`expected a literal block label, found a template with interpolation`, labelStart);
        labels.push(t.parts.map((p) => (p.type === 'string' ? p.value : '')).join(''));
      } else if (this.isIdStartAt(this.i)) labels.push(this.ident());
      else break;
      this.ws(false);
    }
    if (this.peek() !== LBRACE) this.fail(labels.length === 0 ? `'=' or '{' after '${name}'` : `'{' to open block '${name}'`);
    const open = this.i;
    this.i++;
    this.enter();
    const items = this.parseBlockBody(open, name);
    this.leave();
    const block: Block = { kind: 'block', type: name, labels, body: { items, range: this.range(open, this.i) }, range: this.range(start, this.i) };
    this.expectItemEnd(inBlock, () => `the closing '}' of block '${name}'`);
    return block;
  }

  /** Items up to and including the `}` closing the block opened at `open`. */
  private parseBlockBody(open: number, name: string): Array<Attribute | Block> {
    const items: Array<Attribute | Block> = [];
    const openLine = this.lineOf(open);
    for (;;) {
      this.ws(true);
      if (this.i >= this.text.length) this.fail(`'}' to close the block '${name}' opened at line ${openLine}`);
      if (this.peek() === RBRACE) {
        this.i++;
        return items;
      }
      if (this.lineStarts[this.lineIndex(this.i)] === this.i) {
        const word = this.peekIdent();
        if (word !== undefined && TOP_LEVEL_KEYWORDS.has(word)) {
          let k = this.i + word.length;
          while (this.text.charCodeAt(k) === SPACE || this.text.charCodeAt(k) === TAB) k++;
          const c = this.text.charCodeAt(k);
          if (c === DQUOTE || c === LBRACE || this.isIdStartAt(k)) {
            throw new HclError(`expected '}' to close the block '${name}' opened at line ${openLine}, found '${word}' block at the start of line ${this.lineOf(this.i)}`, this.i);
          }
        }
      }
      items.push(this.parseItem(true));
    }
  }

  /** After an attribute or a block: a newline, the end of the file, or (inside a block) its closing `}`. */
  private expectItemEnd(inBlock: boolean, after: () => string): void {
    this.ws(false);
    if (this.i >= this.text.length) return;
    const c = this.peek();
    if (c === NL) {
      this.i++;
      return;
    }
    if (c === RBRACE && inBlock) return;
    this.fail(`a newline after ${after()}`);
  }

  // ---------------------------------------------------------------- expressions

  /** A full expression, conditional included. The cursor is at its first character. */
  private parseExpr(): Expr {
    this.enter();
    const start = this.i;
    const cond = this.parseBinary(1);
    this.ws();
    if (this.peek() !== QUESTION) {
      this.leave();
      return cond;
    }
    this.i++;
    this.ws();
    const then = this.parseExpr();
    this.ws();
    this.expectChar(COLON, () => `':' in the conditional expression started at ${this.at(start)}`);
    this.ws();
    const els = this.parseExpr();
    this.leave();
    return { type: 'conditional', cond, then, else: els, range: this.range(cond.range.start, els.range.end) };
  }

  private peekBinaryOp(): BinaryOp | undefined {
    const c = this.peek();
    const d = this.peek(1);
    switch (c) {
      case PIPE:
        return d === PIPE ? '||' : undefined;
      case AMP:
        return d === AMP ? '&&' : undefined;
      case EQ:
        return d === EQ ? '==' : undefined;
      case BANG:
        return d === EQ ? '!=' : undefined;
      case LT:
        return d === EQ ? '<=' : d === LT ? undefined : '<';
      case GT:
        return d === EQ ? '>=' : '>';
      case PLUS:
        return '+';
      case MINUS:
        return '-';
      case STAR:
        return '*';
      case SLASH:
        return '/';
      case PERCENT:
        return '%';
      default:
        return undefined;
    }
  }

  private parseBinary(minPrec: number): Expr {
    let left = this.parseUnary();
    for (;;) {
      this.ws();
      const op = this.peekBinaryOp();
      if (op === undefined) return left;
      const prec = BINARY_PRECEDENCE[op];
      if (prec < minPrec) return left;
      this.i += op.length;
      this.ws();
      if (this.i >= this.end) this.fail(`an expression after '${op}'`);
      const right = this.parseBinary(prec + 1);
      left = { type: 'binary', op, left, right, range: this.range(left.range.start, right.range.end) };
    }
  }

  private parseUnary(): Expr {
    const c = this.peek();
    if ((c === BANG && this.peek(1) !== EQ) || c === MINUS) {
      const start = this.i;
      this.i++;
      this.ws();
      this.enter();
      const operand = this.parseUnary();
      this.leave();
      const range = this.range(start, operand.range.end);
      if (c === MINUS && operand.type === 'literal' && typeof operand.value === 'number') return { type: 'literal', value: -operand.value, range };
      return { type: 'unary', op: c === BANG ? '!' : '-', operand, range };
    }
    return this.parsePostfix(this.parseTerm(), false);
  }

  private parseTerm(): Expr {
    const start = this.i;
    const c = this.peek();
    if (isDigit(c)) return this.parseNumber();
    if (c === DQUOTE) return this.parseQuoted();
    if (c === LT && this.peek(1) === LT) return this.parseHeredoc();
    if (c === LPAREN) {
      this.i++;
      const prevNl = this.nl;
      this.nl = false;
      this.ws();
      const expr = this.parseExpr();
      this.ws();
      this.expectChar(RPAREN, () => `')' to close the '(' at ${this.at(start)}`);
      this.nl = prevNl;
      return { type: 'parens', expr, range: this.range(start, this.i) };
    }
    if (c === LBRACKET) return this.parseTuple();
    if (c === LBRACE) return this.parseObject();
    if (this.isIdStartAt(this.i)) {
      let name = this.ident();
      if (name === 'true' || name === 'false') return { type: 'literal', value: name === 'true', range: this.range(start, this.i) };
      if (name === 'null') return { type: 'literal', value: null, range: this.range(start, this.i) };
      let namespaced = false;
      while (this.peek() === COLON && this.peek(1) === COLON) {
        this.i += 2;
        if (!this.isIdStartAt(this.i)) this.fail(`a name after '::' in function name '${name}::'`);
        name = `${name}::${this.ident()}`;
        namespaced = true;
      }
      const nameEnd = this.i;
      let k = this.i;
      while (k < this.end && (this.text.charCodeAt(k) === SPACE || this.text.charCodeAt(k) === TAB)) k++;
      if (this.text.charCodeAt(k) === LPAREN && k < this.end) {
        this.i = k;
        return this.parseCall(name, start);
      }
      if (namespaced) this.fail(`'(' after the provider function name '${name}'`);
      return { type: 'variable', name, range: this.range(start, nameEnd) };
    }
    this.fail('an expression');
  }

  private parseNumber(): Expr {
    const start = this.i;
    while (isDigit(this.peek())) this.i++;
    if (this.peek() === DOT && isDigit(this.peek(1))) {
      this.i++;
      while (isDigit(this.peek())) this.i++;
    }
    const e = this.peek();
    if (e === 101 || e === 69) {
      const s = this.peek(1);
      if (isDigit(s) || ((s === PLUS || s === MINUS) && isDigit(this.peek(2)))) {
        this.i += isDigit(s) ? 1 : 2;
        while (isDigit(this.peek())) this.i++;
      }
    }
    return { type: 'literal', value: Number(this.text.slice(start, this.i)), range: this.range(start, this.i) };
  }

  private parseCall(name: string, start: number): Expr {
    const open = this.i;
    this.i++;
    const prevNl = this.nl;
    this.nl = false;
    const args: Expr[] = [];
    let expandFinal = false;
    for (;;) {
      this.ws();
      if (this.peek() === RPAREN) break;
      if (expandFinal) this.fail(`')' after the expanded final argument of '${name}'`);
      args.push(this.parseExpr());
      this.ws();
      if (this.peek() === DOT && this.peek(1) === DOT && this.peek(2) === DOT) {
        this.i += 3;
        expandFinal = true;
        this.ws();
      }
      if (this.peek() === COMMA) {
        this.i++;
        continue;
      }
      if (this.peek() !== RPAREN) this.fail(`',' or ')' in the call to '${name}' opened at ${this.at(open)}`);
    }
    this.i++;
    this.nl = prevNl;
    return { type: 'call', name, args, expandFinal, range: this.range(start, this.i) };
  }

  /**
   * Traversals after a term: `.name`, legacy `.0`, `[key]`, and splats. `attrOnly`: inside an attribute
   * splat's traversal, where only `.name` / `.0` steps belong to each element.
   */
  private parsePostfix(expr: Expr, attrOnly: boolean): Expr {
    const start = expr.range.start;
    for (;;) {
      // Whitespace skipped here is harmless to leave consumed: every caller skips it next anyway.
      this.ws();
      const c = this.peek();
      if (c === DOT && this.peek(1) !== DOT) {
        const dotAt = this.i;
        this.i++;
        const n = this.peek();
        if (isDigit(n)) {
          const ns = this.i;
          while (isDigit(this.peek())) this.i++;
          expr = { type: 'getattr', object: expr, name: this.text.slice(ns, this.i), range: this.range(start, this.i) };
        } else if (n === STAR) {
          if (attrOnly) {
            this.i = dotAt;
            return expr;
          }
          const starAt = this.i;
          this.i++;
          const item: Expr = { type: 'splat-item', range: this.range(dotAt, this.i) };
          this.enter();
          const each = this.parsePostfix(item, true);
          this.leave();
          expr = { type: 'splat', object: expr, each, range: this.range(start, each.type === 'splat-item' ? starAt + 1 : each.range.end) };
        } else if (this.isIdStartAt(this.i)) {
          const name = this.ident();
          expr = { type: 'getattr', object: expr, name, range: this.range(start, this.i) };
        } else this.fail("an attribute name, a digit or '*' after '.'");
      } else if (c === LBRACKET) {
        if (attrOnly) return expr;
        const open = this.i;
        this.i++;
        const prevNl = this.nl;
        this.nl = false;
        this.ws();
        if (this.peek() === STAR) {
          let k = this.i + 1;
          while (k < this.end && /\s/.test(this.text[k]!)) k++;
          if (this.text.charCodeAt(k) === RBRACKET) {
            this.i = k + 1;
            this.nl = prevNl;
            const item: Expr = { type: 'splat-item', range: this.range(open, this.i) };
            this.enter();
            const each = this.parsePostfix(item, false);
            this.leave();
            expr = { type: 'splat', object: expr, each, range: this.range(start, each.type === 'splat-item' ? item.range.end : each.range.end) };
            continue;
          }
        }
        const key = this.parseExpr();
        this.ws();
        this.expectChar(RBRACKET, () => `']' to close the index opened at ${this.at(open)}`);
        this.nl = prevNl;
        expr = { type: 'index', object: expr, key, range: this.range(start, this.i) };
      } else return expr;
    }
  }

  /** At `for` followed by a variable name: the start of a for expression. */
  private atForKeyword(): boolean {
    if (this.peekIdent() !== 'for') return false;
    let k = this.i + 3;
    let sawSpace = false;
    while (k < this.end) {
      const c = this.text.charCodeAt(k);
      if (c !== SPACE && c !== TAB && c !== NL && c !== CR) break;
      sawSpace = true;
      k++;
    }
    return sawSpace && this.isIdStartAt(k);
  }

  private parseTuple(): Expr {
    const start = this.i;
    this.i++;
    const prevNl = this.nl;
    this.nl = false;
    this.ws();
    if (this.atForKeyword()) {
      const e = this.parseFor(start, false);
      this.nl = prevNl;
      return e;
    }
    const items: Expr[] = [];
    for (;;) {
      this.ws();
      if (this.peek() === RBRACKET) break;
      items.push(this.parseExpr());
      this.ws();
      if (this.peek() === COMMA) {
        this.i++;
        continue;
      }
      if (this.peek() !== RBRACKET) this.fail(`',' or ']' in the list opened at ${this.at(start)}`);
    }
    this.i++;
    this.nl = prevNl;
    return { type: 'tuple', items, range: this.range(start, this.i) };
  }

  private parseObject(): Expr {
    const start = this.i;
    this.i++;
    const prevNl = this.nl;
    this.nl = true;
    this.ws(true);
    if (this.atForKeyword()) {
      this.nl = false;
      const e = this.parseFor(start, true);
      this.nl = prevNl;
      return e;
    }
    const items: Array<{ key: Expr; value: Expr }> = [];
    for (;;) {
      this.ws(true);
      if (this.peek() === RBRACE) break;
      if (this.i >= this.end) this.fail(`'}' to close the object opened at ${this.at(start)}`);
      let key: Expr;
      const word = this.peekIdent();
      let k = this.i + (word?.length ?? 0);
      while (word !== undefined && (this.text.charCodeAt(k) === SPACE || this.text.charCodeAt(k) === TAB)) k++;
      const after = this.text.charCodeAt(k);
      if (word !== undefined && k < this.end && ((after === EQ && this.text.charCodeAt(k + 1) !== EQ) || after === COLON) && this.text.charCodeAt(k + 1) !== COLON) {
        const ks = this.i;
        this.i += word.length;
        key = { type: 'literal', value: word, range: this.range(ks, this.i) };
      } else {
        key = this.parseExpr();
        if (key.type === 'parens') key = key.expr;
      }
      this.ws(false);
      const sep = this.peek();
      if (!((sep === EQ && this.peek(1) !== EQ) || sep === COLON)) this.fail(`'=' or ':' after the key in the object opened at ${this.at(start)}`);
      this.i++;
      this.ws(false);
      const value = this.parseExpr();
      items.push({ key, value });
      this.ws(false);
      const c = this.peek();
      if (c === COMMA || c === NL) this.i++;
      else if (c !== RBRACE) this.fail(`',', a newline or '}' after the item in the object opened at ${this.at(start)}`);
    }
    this.i++;
    this.nl = prevNl;
    return { type: 'object', items, range: this.range(start, this.i) };
  }

  /** `for k, v in coll` of a for expression or a `%{for}` directive (the cursor is at `for`). */
  private parseForHeader(what: 'expression' | 'directive'): { keyVar?: string; valueVar: string; collection: Expr } {
    this.i += 3;
    this.ws();
    if (!this.isIdStartAt(this.i)) this.fail("a variable name after 'for'");
    let valueVar = this.ident();
    let keyVar: string | undefined;
    this.ws();
    if (this.peek() === COMMA) {
      this.i++;
      this.ws();
      if (!this.isIdStartAt(this.i)) this.fail("a second variable name after ','");
      keyVar = valueVar;
      valueVar = this.ident();
      this.ws();
    }
    if (this.peekIdent() !== 'in') this.fail(`'in' after the for ${what}'s variables`);
    this.i += 2;
    this.ws();
    return { ...(keyVar !== undefined ? { keyVar } : {}), valueVar, collection: this.parseExpr() };
  }

  /** `for k, v in coll : ...` up to and including the closing `]` or `}` (the cursor is at `for`). */
  private parseFor(start: number, object: boolean): Expr {
    const close = object ? '}' : ']';
    const { keyVar, valueVar, collection } = this.parseForHeader('expression');
    this.ws();
    this.expectChar(COLON, () => `':' after the collection of the for expression opened at ${this.at(start)}`);
    this.ws();
    let key: Expr | undefined;
    if (object) {
      key = this.parseExpr();
      this.ws();
      if (!(this.peek() === EQ && this.peek(1) === GT)) this.fail(`'=>' after the key of the for expression opened at ${this.at(start)}`);
      this.i += 2;
      this.ws();
    }
    const value = this.parseExpr();
    this.ws();
    let grouping = false;
    if (object && this.peek() === DOT && this.peek(1) === DOT && this.peek(2) === DOT) {
      this.i += 3;
      grouping = true;
      this.ws();
    }
    let cond: Expr | undefined;
    if (this.peekIdent() === 'if') {
      this.i += 2;
      this.ws();
      cond = this.parseExpr();
      this.ws();
    }
    if (this.peek() !== (object ? RBRACE : RBRACKET)) this.fail(`'${close}' to close the for expression opened at ${this.at(start)}`);
    this.i++;
    const e: Expr = { type: 'for', valueVar, collection, value, grouping, object, range: this.range(start, this.i) };
    if (keyVar !== undefined) e.keyVar = keyVar;
    if (key !== undefined) e.key = key;
    if (cond !== undefined) e.cond = cond;
    return e;
  }

  // ---------------------------------------------------------------- templates

  private parseQuoted(): Expr {
    const start = this.i;
    this.i++;
    const toks = this.scanTemplate(start, false, 0);
    return { type: 'template', parts: this.buildTemplate(toks), heredoc: false, range: this.range(start, this.i) };
  }

  private parseHeredoc(): Expr {
    const start = this.i;
    this.i += 2;
    let flush = false;
    if (this.peek() === MINUS) {
      flush = true;
      this.i++;
    }
    if (!this.isIdStartAt(this.i)) this.fail("a heredoc marker (an identifier) after '<<'");
    const marker = this.ident();
    while (this.peek() === SPACE || this.peek() === TAB || this.peek() === CR) this.i++;
    if (this.peek() !== NL) this.fail(`a newline after the heredoc marker '${marker}'`);
    const contentStart = this.i + 1;
    // The closing line, found through an index of candidate lines (built once per file) so that unterminated
    // heredocs do not make the parse quadratic.
    const closeLine = this.closingLine(marker, contentStart);
    if (closeLine === undefined) {
      throw new HclError(`unterminated heredoc: expected a line '${marker}' to close the heredoc opened at ${this.at(start)}, found ${this.describe(this.end)}`, start);
    }
    const contentEnd = closeLine;
    const closeEnd = this.text.indexOf(marker, closeLine) + marker.length;
    let indent = Infinity;
    if (flush) {
      for (let ls = contentStart; ls < contentEnd; ) {
        let le = this.text.indexOf('\n', ls);
        if (le === -1 || le > contentEnd) le = contentEnd;
        let k = ls;
        while (k < le && (this.text.charCodeAt(k) === SPACE || this.text.charCodeAt(k) === TAB)) k++;
        let te = le;
        while (te > k && (this.text.charCodeAt(te - 1) === CR || this.text.charCodeAt(te - 1) === SPACE || this.text.charCodeAt(te - 1) === TAB)) te--;
        if (te > k) indent = Math.min(indent, k - ls);
        ls = le + 1;
      }
    }
    const prevEnd = this.end;
    this.end = contentEnd;
    this.i = contentStart;
    const toks = this.scanTemplate(start, true, flush && indent !== Infinity ? indent : 0);
    this.end = prevEnd;
    this.i = closeEnd;
    return { type: 'template', parts: this.buildTemplate(toks), heredoc: true, range: this.range(start, closeEnd) };
  }

  /** Start offsets of the lines whose trimmed text could be a heredoc marker, by that text. */
  private markerLines: Map<string, number[]> | undefined;

  /** The start of the first line at or after `from` (and before this.end) that consists of `marker` alone. */
  private closingLine(marker: string, from: number): number | undefined {
    if (this.markerLines === undefined) {
      this.markerLines = new Map();
      const ls = this.lineStarts;
      for (let l = 0; l < ls.length; l++) {
        const s = ls[l]!;
        const e = l + 1 < ls.length ? ls[l + 1]! - 1 : this.text.length;
        if (e - s > 200) continue;
        const w = this.text.slice(s, e).replace(/^[ \t]+|[ \t\r]+$/g, '');
        if (w === '' || !/^[\p{ID_Start}_][\p{ID_Continue}-]*$/u.test(w)) continue;
        const list = this.markerLines.get(w);
        if (list) list.push(s);
        else this.markerLines.set(w, [s]);
      }
    }
    const list = this.markerLines.get(marker);
    if (list === undefined) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const found = list[lo];
    return found !== undefined && found < this.end ? found : undefined;
  }

  /**
   * The pieces of a template up to the closing quote (quoted) or the end of the heredoc content (this.end).
   * `indent`: for flush heredocs, the whitespace to strip at the start of each line.
   */
  private scanTemplate(start: number, heredoc: boolean, indent: number): FlatTok[] {
    const t = this.text;
    const toks: FlatTok[] = [];
    let lit = '';
    const skipIndent = (): void => {
      for (let n = 0; n < indent && (this.peek() === SPACE || this.peek() === TAB); n++) this.i++;
    };
    if (heredoc) skipIndent();
    let run = this.i;
    const flushRun = (): void => {
      if (this.i > run) lit += t.slice(run, this.i);
    };
    for (;;) {
      if (this.i >= this.end) {
        if (!heredoc) {
          throw new HclError(`unterminated string: expected '"' to close the string opened at ${this.at(start)}, found ${this.describe(this.i)}`, this.i);
        }
        flushRun();
        break;
      }
      const c = t.charCodeAt(this.i);
      if (!heredoc && c === DQUOTE) {
        flushRun();
        this.i++;
        break;
      }
      if (c === NL) {
        if (!heredoc) {
          throw new HclError(`unterminated string: expected '"' to close the string opened at ${this.at(start)}, found newline`, this.i);
        }
        this.i++;
        flushRun();
        skipIndent();
        run = this.i;
        continue;
      }
      if (c === BACKSLASH && !heredoc) {
        flushRun();
        lit += this.escape();
        run = this.i;
        continue;
      }
      if ((c === DOLLAR || c === PERCENT) && this.peek(1) === c && this.peek(2) === LBRACE) {
        // `$${` and `%%{` are literal `${` and `%{`.
        flushRun();
        lit += c === DOLLAR ? '${' : '%{';
        this.i += 3;
        run = this.i;
        continue;
      }
      if ((c === DOLLAR || c === PERCENT) && this.peek(1) === LBRACE) {
        flushRun();
        if (lit !== '') toks.push({ kind: 'lit', value: lit });
        lit = '';
        toks.push(c === DOLLAR ? this.interpolation() : this.directive());
        run = this.i;
        continue;
      }
      this.i++;
    }
    if (lit !== '') toks.push({ kind: 'lit', value: lit });
    return toks;
  }

  private escape(): string {
    const at = this.i;
    const c = this.peek(1);
    this.i += 2;
    switch (c) {
      case 110: // n
        return '\n';
      case 116: // t
        return '\t';
      case 114: // r
        return '\r';
      case DQUOTE:
        return '"';
      case BACKSLASH:
        return '\\';
      case 117: // u
      case 85: {
        // U
        const n = c === 117 ? 4 : 8;
        const hex = this.text.slice(this.i, this.i + n);
        if (this.i + n > this.end || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) {
          throw new HclError(`expected ${n} hexadecimal digits after '\\${String.fromCharCode(c)}', found ${this.describe(this.i)}`, this.i);
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) throw new HclError(`invalid Unicode code point \\${String.fromCharCode(c)}${hex}`, at);
        this.i += n;
        return String.fromCodePoint(cp);
      }
      default:
        throw new HclError(`expected an escape sequence (\\n, \\t, \\r, \\", \\\\, \\uNNNN or \\UNNNNNNNN) after '\\', found ${this.describe(at + 1)}`, at);
    }
  }

  /**
   * Steps over `${` or `%{` and a `~` strip marker, and makes newlines insignificant inside; returns where the
   * sequence started, whether it strips to the left, and the newline mode to restore at its `}`.
   */
  private openTemplateSequence(): { start: number; stripL: boolean; prevNl: boolean } {
    const start = this.i;
    this.i += 2;
    const stripL = this.peek() === TILDE;
    if (stripL) this.i++;
    const prevNl = this.nl;
    this.nl = false;
    this.ws();
    return { start, stripL, prevNl };
  }

  /** `${ expr }` with strip markers; the cursor is at `$`. */
  private interpolation(): FlatTok {
    const { start, stripL, prevNl } = this.openTemplateSequence();
    const expr = this.parseExpr();
    this.ws();
    const stripR = this.peek() === TILDE;
    if (stripR) this.i++;
    this.expectChar(RBRACE, () => `'}' to close the interpolation opened at ${this.at(start)}`);
    this.nl = prevNl;
    return { kind: 'interp', expr, range: this.range(start, this.i), stripL, stripR };
  }

  /** `%{ if c }`, `%{ else }`, `%{ endif }`, `%{ for k, v in c }`, `%{ endfor }`; the cursor is at `%`. */
  private directive(): FlatTok {
    const { start, stripL, prevNl } = this.openTemplateSequence();
    const word = this.peekIdent();
    let tok: FlatTok;
    const finish = (): { range: Range; stripL: boolean; stripR: boolean } => {
      this.ws();
      const stripR = this.peek() === TILDE;
      if (stripR) this.i++;
      this.expectChar(RBRACE, () => `'}' to close the template directive opened at ${this.at(start)}`);
      return { range: this.range(start, this.i), stripL, stripR };
    };
    if (word === 'if') {
      this.i += 2;
      this.ws();
      const cond = this.parseExpr();
      tok = { kind: 'if', cond, ...finish() };
    } else if (word === 'else' || word === 'endif' || word === 'endfor') {
      this.i += word.length;
      tok = { kind: word, ...finish() };
    } else if (word === 'for') {
      const { keyVar, valueVar, collection } = this.parseForHeader('directive');
      tok = { kind: 'for', valueVar, collection, ...finish() };
      if (keyVar !== undefined) tok.keyVar = keyVar;
    } else {
      this.fail("'if', 'else', 'endif', 'for' or 'endfor' in the template directive");
    }
    this.nl = prevNl;
    return tok;
  }

  /** Applies strip markers to the neighbouring literals and nests the directives. */
  private buildTemplate(toks: FlatTok[]): TemplatePart[] {
    for (let k = 0; k < toks.length; k++) {
      const tok = toks[k]!;
      if (tok.kind === 'lit') continue;
      const prev = toks[k - 1];
      const next = toks[k + 1];
      if (tok.stripL && prev?.kind === 'lit') prev.value = prev.value.replace(/[ \t\r\n]+$/, '');
      if (tok.stripR && next?.kind === 'lit') next.value = next.value.replace(/^[ \t\r\n]+/, '');
    }
    type Frame = { parts: TemplatePart[]; node?: Extract<TemplatePart, { type: 'if' | 'for' }>; open?: FlatTok; hasElse?: boolean };
    const root: Frame = { parts: [] };
    const stack: Frame[] = [root];
    const push = (parts: TemplatePart[], part: TemplatePart): void => {
      const last = parts[parts.length - 1];
      if (part.type === 'string' && last?.type === 'string') last.value += part.value;
      else parts.push(part);
    };
    for (const tok of toks) {
      const top = stack[stack.length - 1]!;
      switch (tok.kind) {
        case 'lit':
          if (tok.value !== '') push(top.parts, { type: 'string', value: tok.value });
          break;
        case 'interp':
          top.parts.push({ type: 'interp', expr: tok.expr, range: tok.range });
          break;
        case 'if': {
          const node: TemplatePart = { type: 'if', cond: tok.cond, then: [], range: tok.range };
          top.parts.push(node);
          stack.push({ parts: node.then, node, open: tok });
          break;
        }
        case 'for': {
          const node: TemplatePart = { type: 'for', valueVar: tok.valueVar, collection: tok.collection, body: [], range: tok.range };
          if (tok.keyVar !== undefined) node.keyVar = tok.keyVar;
          top.parts.push(node);
          stack.push({ parts: node.body, node, open: tok });
          break;
        }
        case 'else':
          if (top.node?.type !== 'if' || top.hasElse) throw new HclError(`expected %{else} only inside %{if}, found %{else} at ${this.at(tok.range.start.offset)}`, tok.range.start.offset);
          top.hasElse = true;
          top.node.else = [];
          top.parts = top.node.else;
          break;
        case 'endif':
        case 'endfor': {
          const want = tok.kind === 'endif' ? 'if' : 'for';
          if (top.node?.type !== want) {
            const open = top.node ? `%{end${top.node.type}} for the %{${top.node.type}} at ${this.at(top.node.range.start.offset)}` : `no %{${tok.kind}} (nothing is open)`;
            throw new HclError(`expected ${open}, found %{${tok.kind}}`, tok.range.start.offset);
          }
          top.node.range = { start: top.node.range.start, end: tok.range.end };
          stack.pop();
          break;
        }
      }
    }
    if (stack.length > 1) {
      const top = stack[stack.length - 1]!;
      const node = top.node!;
      throw new HclError(`expected %{end${node.type}} for the %{${node.type}} opened at ${this.at(node.range.start.offset)}, found end of template`, node.range.start.offset);
    }
    if (root.parts.length === 0) root.parts.push({ type: 'string', value: '' });
    return root.parts;
  }
}

import { describe, expect, it } from 'vitest';
import type { Attribute, Block, Expr, TemplatePart } from './ast.js';
import { parseHcl } from './parser.js';

/** The tree without ranges, for structural comparison. */
function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== 'range') out[k] = strip(x);
    return out;
  }
  return v;
}

function ok(text: string) {
  const r = parseHcl(text, 'main.tf');
  expect(r.diagnostics).toEqual([]);
  return r.config;
}

/** The expression of `a = <text>`, without ranges. */
function expr(text: string): unknown {
  const c = ok(`a = ${text}\n`);
  return strip((c.body.items[0] as Attribute).expr);
}

const lit = (value: string | number | boolean | null) => ({ type: 'literal', value });
const v = (name: string) => ({ type: 'variable', name });
const get = (object: unknown, name: string) => ({ type: 'getattr', object, name });
const str = (value: string) => ({ type: 'template', parts: [{ type: 'string', value }], heredoc: false });
const bin = (op: string, left: unknown, right: unknown) => ({ type: 'binary', op, left, right });

describe('parseHcl: bodies', () => {
  it('parses attributes and blocks with quoted and bare labels, with positions', () => {
    const c = ok(`resource "aws_s3_bucket" "b" {
  bucket = "x"

  versioning {
    enabled = true
  }
}

module net {
  source = "./net"
}
`);
    expect(c.file).toBe('main.tf');
    const [res, mod] = c.body.items as Block[];
    expect(res).toMatchObject({ kind: 'block', type: 'resource', labels: ['aws_s3_bucket', 'b'] });
    expect(res!.range.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(res!.range.end).toMatchObject({ line: 7, column: 2 });
    const [bucket, versioning] = res!.body.items;
    expect(bucket).toMatchObject({ kind: 'attribute', name: 'bucket', range: { start: { line: 2, column: 3 }, end: { line: 2, column: 15 } } });
    expect(versioning).toMatchObject({ kind: 'block', type: 'versioning', labels: [], range: { start: { line: 4, column: 3 }, end: { line: 6, column: 4 } } });
    expect(strip((versioning as Block).body.items[0])).toEqual({ kind: 'attribute', name: 'enabled', expr: lit(true) });
    expect(mod).toMatchObject({ type: 'module', labels: ['net'], range: { start: { line: 9, column: 1 } } });
  });

  it('parses one-line blocks and empty blocks', () => {
    const c = ok('a { b = 1 }\nc "x" {}\nd {\n  e { f = "g" }\n}\n');
    expect(strip(c.body.items)).toEqual([
      { kind: 'block', type: 'a', labels: [], body: { items: [{ kind: 'attribute', name: 'b', expr: lit(1) }] } },
      { kind: 'block', type: 'c', labels: ['x'], body: { items: [] } },
      { kind: 'block', type: 'd', labels: [], body: { items: [{ kind: 'block', type: 'e', labels: [], body: { items: [{ kind: 'attribute', name: 'f', expr: str('g') }] } }] } },
    ]);
  });

  it('parses .tfvars (attributes only), CRLF line ends and a file without a final newline', () => {
    const c = ok('region = "eu-west-1"\r\ncount = 3\r\nflags = [true, false]');
    expect(strip(c.body.items)).toEqual([
      { kind: 'attribute', name: 'region', expr: str('eu-west-1') },
      { kind: 'attribute', name: 'count', expr: lit(3) },
      { kind: 'attribute', name: 'flags', expr: { type: 'tuple', items: [lit(true), lit(false)] } },
    ]);
  });

  it('collects #, // and /* */ comments without their markers, with line spans', () => {
    const c = ok(`# parapet:ignore rule-x because
// second
resource "a" "b" { # on the block line
  /* multi
     line */
  x = 1 // after
}
`);
    expect(c.comments).toEqual([
      { text: 'parapet:ignore rule-x because', line: 1, endLine: 1 },
      { text: 'second', line: 2, endLine: 2 },
      { text: 'on the block line', line: 3, endLine: 3 },
      { text: 'multi\n     line', line: 4, endLine: 5 },
      { text: 'after', line: 6, endLine: 6 },
    ]);
    expect(((c.body.items[0] as Block).body.items[0] as Attribute).name).toBe('x');
  });

  it('does not take # or // inside strings and heredocs for comments', () => {
    const c = ok('a = "x # y // z"\nb = <<EOT\n# not a comment\nEOT\n');
    expect(c.comments).toEqual([]);
    expect(strip((c.body.items[0] as Attribute).expr)).toEqual(str('x # y // z'));
  });
});

describe('parseHcl: literals and strings', () => {
  it('parses numbers: integers, decimals, exponents, negatives', () => {
    expect(expr('42')).toEqual(lit(42));
    expect(expr('3.25')).toEqual(lit(3.25));
    expect(expr('1e3')).toEqual(lit(1000));
    expect(expr('2.5E-2')).toEqual(lit(0.025));
    expect(expr('-1')).toEqual(lit(-1));
    expect(expr('null')).toEqual(lit(null));
    expect(expr('false')).toEqual(lit(false));
  });

  it('decodes escapes and the literal $${ and %%{', () => {
    expect(expr(String.raw`"a\nb\tc\"d\\e\u00e9\U0001F600"`)).toEqual(str('a\nb\tc"d\\eé😀'));
    expect(expr('"$${x} %%{y}"')).toEqual(str('${x} %{y}'));
    expect(expr('""')).toEqual(str(''));
  });

  it('parses interpolations inside quoted strings, nested quotes included', () => {
    expect(expr('"pre-${var.env}-${upper("x}")}"')).toEqual({
      type: 'template',
      heredoc: false,
      parts: [
        { type: 'string', value: 'pre-' },
        { type: 'interp', expr: get(v('var'), 'env') },
        { type: 'string', value: '-' },
        { type: 'interp', expr: { type: 'call', name: 'upper', args: [str('x}')], expandFinal: false } },
      ],
    });
  });

  it('parses %{if}/%{else}/%{endif} and %{for} directives, applying strip markers to adjacent whitespace', () => {
    const t = expr('"a %{ if var.x ~}  yes  %{~ else ~}  no  %{~ endif } b"') as { parts: TemplatePart[] };
    expect(t.parts).toEqual([
      { type: 'string', value: 'a ' },
      { type: 'if', cond: get(v('var'), 'x'), then: [{ type: 'string', value: 'yes' }], else: [{ type: 'string', value: 'no' }] },
      { type: 'string', value: ' b' },
    ]);
    const f = expr('"%{for k, v in var.m}${k}=${v},%{endfor}"') as { parts: TemplatePart[] };
    expect(f.parts).toEqual([
      { type: 'for', keyVar: 'k', valueVar: 'v', collection: get(v('var'), 'm'), body: [{ type: 'interp', expr: v('k') }, { type: 'string', value: '=' }, { type: 'interp', expr: v('v') }, { type: 'string', value: ',' }] },
    ]);
    const s = expr('"x  ${~ 1 ~}  y"') as { parts: TemplatePart[] };
    expect(s.parts).toEqual([{ type: 'string', value: 'x' }, { type: 'interp', expr: lit(1) }, { type: 'string', value: 'y' }]);
  });

  it('parses heredocs, keeping the final newline, and flushes <<- heredocs by the least indentation', () => {
    const c = ok('a = <<EOT\n  keep\n    this\nEOT\nb = <<-EOT\n    {\n      "k": "${var.v}"\n    }\n\n    EOT\nc = 1\n');
    const [a, b, cc] = c.body.items as Attribute[];
    expect(strip(a!.expr)).toEqual({ type: 'template', heredoc: true, parts: [{ type: 'string', value: '  keep\n    this\n' }] });
    expect(strip(b!.expr)).toEqual({
      type: 'template',
      heredoc: true,
      parts: [{ type: 'string', value: '{\n  "k": "' }, { type: 'interp', expr: get(v('var'), 'v') }, { type: 'string', value: '"\n}\n\n' }],
    });
    expect(b!.range.end).toMatchObject({ line: 10, column: 8 });
    expect(cc).toMatchObject({ name: 'c', range: { start: { line: 11 } } });
    // Backslashes are literal in heredocs.
    expect(strip((ok('a = <<X\n\\n\nX\n').body.items[0] as Attribute).expr)).toEqual({ type: 'template', heredoc: true, parts: [{ type: 'string', value: '\\n\n' }] });
  });
});

describe('parseHcl: expressions', () => {
  it('follows HCL precedence: unary, * / %, + -, comparisons, equality, &&, ||, then ?:', () => {
    expect(expr('1 + 2 * 3')).toEqual(bin('+', lit(1), bin('*', lit(2), lit(3))));
    expect(expr('1 - 2 - 3')).toEqual(bin('-', bin('-', lit(1), lit(2)), lit(3)));
    expect(expr('a || b && c == d')).toEqual(bin('||', v('a'), bin('&&', v('b'), bin('==', v('c'), v('d')))));
    expect(expr('a < b == c >= d')).toEqual(bin('==', bin('<', v('a'), v('b')), bin('>=', v('c'), v('d'))));
    expect(expr('!a && -b.c % 2 != 0')).toEqual(
      bin('&&', { type: 'unary', op: '!', operand: v('a') }, bin('!=', bin('%', { type: 'unary', op: '-', operand: get(v('b'), 'c') }, lit(2)), lit(0))),
    );
    expect(expr('a ? b : c ? d : e')).toEqual({ type: 'conditional', cond: v('a'), then: v('b'), else: { type: 'conditional', cond: v('c'), then: v('d'), else: v('e') } });
    expect(expr('x > 1 || y ? 1 : 2')).toEqual({ type: 'conditional', cond: bin('||', bin('>', v('x'), lit(1)), v('y')), then: lit(1), else: lit(2) });
    expect(expr('(1 + 2) * 3')).toEqual(bin('*', { type: 'parens', expr: bin('+', lit(1), lit(2)) }, lit(3)));
    expect(expr('a <= b')).toEqual(bin('<=', v('a'), v('b')));
    expect(expr('a / b')).toEqual(bin('/', v('a'), v('b')));
  });

  it('parses tuples and objects over several lines, with = or : and the three kinds of key', () => {
    expect(expr('[\n  1,\n  "two",\n  [3],\n]')).toEqual({ type: 'tuple', items: [lit(1), str('two'), { type: 'tuple', items: [lit(3)] }] });
    expect(expr('{\n  a = 1\n  "b": 2, (var.k) = 3\n  c = {\n    d = [1,\n 2]\n  }\n}')).toEqual({
      type: 'object',
      items: [
        { key: lit('a'), value: lit(1) },
        { key: str('b'), value: lit(2) },
        { key: get(v('var'), 'k'), value: lit(3) },
        { key: lit('c'), value: { type: 'object', items: [{ key: lit('d'), value: { type: 'tuple', items: [lit(1), lit(2)] } }] } },
      ],
    });
    expect(expr('{}')).toEqual({ type: 'object', items: [] });
    expect(expr('[]')).toEqual({ type: 'tuple', items: [] });
  });

  it('parses for expressions: tuple and object, key variable, if, grouping', () => {
    expect(expr('[for s in var.list : upper(s) if s != ""]')).toEqual({
      type: 'for',
      valueVar: 's',
      collection: get(v('var'), 'list'),
      value: { type: 'call', name: 'upper', args: [v('s')], expandFinal: false },
      cond: bin('!=', v('s'), str('')),
      grouping: false,
      object: false,
    });
    expect(expr('{\n  for k, u in var.users :\n    u.role => k...\n}')).toEqual({
      type: 'for',
      keyVar: 'k',
      valueVar: 'u',
      collection: get(v('var'), 'users'),
      key: get(v('u'), 'role'),
      value: v('k'),
      grouping: true,
      object: true,
    });
    // `for` as an ordinary object key is not a for expression.
    expect(expr('{ for = 1 }')).toEqual({ type: 'object', items: [{ key: lit('for'), value: lit(1) }] });
  });

  it('parses traversals: getattr, index, legacy .0, full and attribute splats', () => {
    expect(expr('aws_instance.web[0].id')).toEqual(get({ type: 'index', object: get(v('aws_instance'), 'web'), key: lit(0) }, 'id'));
    expect(expr('var.list.0.name')).toEqual(get(get(get(v('var'), 'list'), '0'), 'name'));
    expect(expr('var.m["k"]')).toEqual({ type: 'index', object: get(v('var'), 'm'), key: str('k') });
    expect(expr('aws_instance.web[*].network_interface[0].id')).toEqual({
      type: 'splat',
      object: get(v('aws_instance'), 'web'),
      each: get({ type: 'index', object: get({ type: 'splat-item' }, 'network_interface'), key: lit(0) }, 'id'),
    });
    expect(expr('var.l[*]')).toEqual({ type: 'splat', object: get(v('var'), 'l'), each: { type: 'splat-item' } });
    // Attribute splat: only .name steps belong to each element; an index applies to the result.
    expect(expr('aws_instance.web.*.id[0]')).toEqual({
      type: 'index',
      object: { type: 'splat', object: get(v('aws_instance'), 'web'), each: get({ type: 'splat-item' }, 'id') },
      key: lit(0),
    });
  });

  it('parses function calls, expansion of the final argument and provider functions', () => {
    expect(expr('merge(local.a,\n  { b = 1 },\n)')).toEqual({ type: 'call', name: 'merge', args: [get(v('local'), 'a'), { type: 'object', items: [{ key: lit('b'), value: lit(1) }] }], expandFinal: false });
    expect(expr('concat(var.a, var.lists...)')).toEqual({ type: 'call', name: 'concat', args: [get(v('var'), 'a'), get(v('var'), 'lists')], expandFinal: true });
    expect(expr('provider::aws::arn_parse(var.arn).account_id')).toEqual(get({ type: 'call', name: 'provider::aws::arn_parse', args: [get(v('var'), 'arn')], expandFinal: false }, 'account_id'));
    expect(expr('timestamp()')).toEqual({ type: 'call', name: 'timestamp', args: [], expandFinal: false });
  });

  it('gives expressions accurate ranges', () => {
    const c = ok('x = var.a + foo(1)\n');
    const e = (c.body.items[0] as Attribute).expr as Extract<Expr, { type: 'binary' }>;
    expect(e.range.start).toEqual({ line: 1, column: 5, offset: 4 });
    expect(e.range.end).toEqual({ line: 1, column: 19, offset: 18 });
    expect(e.right.range.start.column).toBe(13);
  });
});

describe('parseHcl: errors and recovery', () => {
  function bad(text: string) {
    const r = parseHcl(text, 'bad.tf');
    expect(r.diagnostics.length).toBeGreaterThan(0);
    for (const d of r.diagnostics) expect(d).toMatchObject({ severity: 'error', file: 'bad.tf', code: 'HclSyntax' });
    return r;
  }

  it('reports an unclosed block at end of file with the line it was opened at', () => {
    const r = bad('a = 1\n\nresource "x" "y" {\n  b = 2\n');
    expect(r.diagnostics).toEqual([
      { severity: 'error', file: 'bad.tf', line: 5, column: 1, code: 'HclSyntax', message: "expected '}' to close the block 'resource' opened at line 3, found end of file" },
    ]);
    expect(r.config.body.items.map((i) => (i.kind === 'attribute' ? i.name : i.type))).toEqual(['a']);
  });

  it('recovers at the next top-level item so later blocks still parse', () => {
    const r = bad(`resource "a" "one" {
  x = = 1
  y = 2
}

# parapet:ignore some.rule kept after recovery
resource "a" "two" {
  z = 3
}
`);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 7, message: "expected an expression, found '='" });
    const blocks = r.config.body.items as Block[];
    expect(blocks.map((b) => b.labels[1])).toEqual(['two']);
    expect(blocks[0]!.range.start.line).toBe(7);
    // Comments in the skipped region are still collected (a suppression above the next block counts).
    expect(r.config.comments).toEqual([{ text: 'parapet:ignore some.rule kept after recovery', line: 6, endLine: 6 }]);
  });

  it('treats a top-level block keyword at column 1 inside a block as a missing }', () => {
    const r = bad('resource "a" "one" {\n  x = 1\n\nresource "a" "two" {\n  y = 2\n}\n');
    expect(r.diagnostics[0]).toMatchObject({ line: 4, column: 1 });
    expect(r.diagnostics[0]!.message).toContain("expected '}' to close the block 'resource' opened at line 1");
    expect((r.config.body.items as Block[]).map((b) => b.labels[1])).toEqual(['two']);
  });

  it('reports unterminated strings, heredocs and comments', () => {
    const s = bad('a = "abc\nb = 1\n');
    expect(s.diagnostics[0]).toMatchObject({ line: 1, column: 9, message: `unterminated string: expected '"' to close the string opened at line 1 column 5, found newline` });
    expect((s.config.body.items[0] as Attribute).name).toBe('b');
    const h = bad('x = 1\na = <<EOT\nhello\nb = 2\n');
    expect(h.diagnostics[0]).toMatchObject({ line: 2, column: 5 });
    expect(h.diagnostics[0]!.message).toContain("unterminated heredoc: expected a line 'EOT'");
    expect(h.config.body.items.map((i) => (i as Attribute).name)).toEqual(['x', 'b']);
    const c = bad('a = 1\n/* never closed\nb = 2\n');
    expect(c.diagnostics[0]).toMatchObject({ line: 2, column: 1, message: "unterminated comment: expected '*/' to close the comment opened at line 2 column 1, found end of file" });
    expect(c.config.body.items).toHaveLength(1);
  });

  it('names what was expected and found', () => {
    expect(bad('a = [1, 2\nb = 3\n').diagnostics[0]!.message).toBe("expected ',' or ']' in the list opened at line 1 column 5, found 'b'");
    expect(bad('a = f(1 2)\n').diagnostics[0]).toMatchObject({ line: 1, column: 9, message: "expected ',' or ')' in the call to 'f' opened at line 1 column 6, found number 2" });
    expect(bad('a = 1 2\n').diagnostics[0]!.message).toBe("expected a newline after the value of attribute 'a', found number 2");
    expect(bad('block label\n').diagnostics[0]!.message).toBe("expected '{' to open block 'block', found newline");
    expect(bad('}\n').diagnostics[0]!.message).toContain("found '}'");
    expect(bad('a = "${x"\n').diagnostics[0]!.message).toContain("expected '}' to close the interpolation opened at line 1 column 6");
    expect(bad('a = "%{if x}y"\n').diagnostics[0]!.message).toBe('expected %{endif} for the %{if} opened at line 1 column 6, found end of template');
    expect(bad('a = "%{endfor}"\n').diagnostics[0]!.message).toContain('found %{endfor}');
    expect(bad('a = "\\q"\n').diagnostics[0]!.message).toContain('expected an escape sequence');
    expect(bad('r "${x}" {}\n').diagnostics[0]!.message).toBe('expected a literal block label, found a template with interpolation');
    expect(bad('a = x.\n').diagnostics[0]!.message).toBe("expected an attribute name, a digit or '*' after '.', found newline");
    expect(bad('a = { b 1 }\n').diagnostics[0]!.message).toContain("expected '=' or ':' after the key");
    expect(bad('a = [for x in y]\n').diagnostics[0]!.message).toContain("expected ':' after the collection of the for expression");
    expect(bad('a = provider::aws::x\n').diagnostics[0]!.message).toContain("expected '(' after the provider function name");
  });

  it('bounds nesting instead of overflowing the stack', () => {
    const r = bad(`a = ${'('.repeat(5000)}1${')'.repeat(5000)}\nb = 2\n`);
    expect(r.diagnostics[0]!.message).toContain('nesting too deep');
    expect((r.config.body.items[0] as Attribute).name).toBe('b');
    const blocks = bad('a {\n'.repeat(3000));
    expect(blocks.diagnostics.length).toBeGreaterThan(0);
  });

  it('parses a 1 MB file in linear time', () => {
    const unit = (n: number) => `resource "aws_s3_bucket" "b${n}" {
  bucket = "my-\${var.env}-bucket-${n}" // trailing
  tags   = merge(local.tags, { Name = "x", Env = var.env })
  versioning {
    enabled = true
  }
  count  = var.n > 1 ? -1 : 2 + 3 * 4
  list   = [for i, v in var.l : upper(v) if v != ""]
  policy = <<-EOT
    {"a": "\${aws_s3_bucket.x.arn}"}
  EOT
}
`;
    const build = (bytes: number): { text: string; count: number } => {
      const parts: string[] = [];
      let size = 0;
      for (let n = 0; size < bytes; n++) {
        const u = unit(n);
        parts.push(u);
        size += u.length;
      }
      return { text: parts.join(''), count: parts.length };
    };
    const quarter = build(250_000);
    parseHcl(quarter.text, 'warm.tf');
    let t = performance.now();
    expect(parseHcl(quarter.text, 'quarter.tf').config.body.items).toHaveLength(quarter.count);
    const tQuarter = performance.now() - t;
    const big = build(1_000_000);
    t = performance.now();
    const r = parseHcl(big.text, 'big.tf');
    const tBig = performance.now() - t;
    expect(r.diagnostics).toEqual([]);
    expect(r.config.body.items).toHaveLength(big.count);
    // Linear: four times the text takes about four times as long (not sixteen). The absolute figure is
    // ~60-100 ms on an idle machine; the bound only guards against pathologies on loaded runners.
    expect(tBig).toBeLessThan(8 * tQuarter + 50);
    expect(tBig).toBeLessThan(5000);
    // Unterminated heredocs must not make it quadratic.
    const t2 = performance.now();
    const h = parseHcl('x = <<EOT\n'.repeat(10_000), 'h.tf');
    expect(h.diagnostics).toHaveLength(10_000);
    expect(performance.now() - t2).toBeLessThan(3000);
  });
});

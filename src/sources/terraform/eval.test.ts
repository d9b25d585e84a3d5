import { describe, expect, it } from 'vitest';
import { Unknown, type Diagnostic } from '../model.js';
import { evaluate, evaluateValue, type EvalEnv } from './eval.js';
import { parseHcl } from './hcl/parser.js';
import { Lazy } from './values.js';

function expr(src: string) {
  const { config, diagnostics } = parseHcl(`v = ${src}\n`, 'test.tf');
  expect(diagnostics).toEqual([]);
  const item = config.body.items[0];
  if (item?.kind !== 'attribute') throw new Error('no attribute');
  return item.expr;
}

function env(names: Record<string, unknown> = {}, extra: Partial<EvalEnv> = {}): EvalEnv & { diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  return {
    file: 'test.tf',
    diag: (d) => diags.push(d),
    root: (n) => names[n],
    fn: { rootDir: '/nonexistent', moduleDir: '/nonexistent', template: () => '' },
    diags,
    ...extra,
  };
}

function ev(src: string, names: Record<string, unknown> = {}, extra: Partial<EvalEnv> = {}) {
  const e = env(names, extra);
  const v = evaluateValue(expr(src), e);
  return { v, diags: e.diags };
}

const unk = (refs: string[]) => new Unknown('computed', refs);

describe('expressions', () => {
  it('evaluates arithmetic, comparison and logic with Terraform conversions', () => {
    expect(ev('1 + 2 * 3').v).toBe(7);
    expect(ev('"4" + 1').v).toBe(5);
    expect(ev('7 % 3').v).toBe(1);
    expect(ev('10 / 4').v).toBe(2.5);
    expect(ev('1 == "1"').v).toBe(false);
    expect(ev('[1, "a"] == [1, "a"]').v).toBe(true);
    expect(ev('3 >= 3 && !false').v).toBe(true);
    expect(ev('-(2)').v).toBe(-2);
    expect(ev('"true" || false').v).toBe(true);
  });

  it('formats numbers and bools in templates and returns a lone interpolation unconverted', () => {
    expect(ev('"n=${1 + 1} f=${1.5} b=${true}"').v).toBe('n=2 f=1.5 b=true');
    expect(ev('"${[1, 2]}"').v).toEqual([1, 2]);
    expect(ev('"%{if true}yes%{else}no%{endif}"').v).toBe('yes');
    expect(ev('"%{for x in ["a", "b"]}${x};%{endfor}"').v).toBe('a;b;');
  });

  it('reports type errors at file:line:column with an Unknown value', () => {
    const { v, diags } = ev('"x" * 2');
    expect(v).toBeInstanceOf(Unknown);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ code: 'EvaluationError', file: 'test.tf', line: 1, column: 5, severity: 'error' });
    const nullTpl = ev('"a${null}"');
    expect(nullTpl.v).toBeInstanceOf(Unknown);
    expect(nullTpl.diags[0]?.message).toMatch(/null/);
  });

  it('propagates Unknown with the union of refs', () => {
    const names = { var: new Lazy('var', (n) => ({ a: unk(['aws_s3_bucket.a']), b: unk(['aws_s3_bucket.b']), k: 'known' })[n], () => ({})) };
    const sum = ev('"${var.a}-${var.b}"', names).v as Unknown;
    expect(sum).toBeInstanceOf(Unknown);
    expect([...sum.refs].sort()).toEqual(['aws_s3_bucket.a', 'aws_s3_bucket.b']);
    const arith = ev('var.a + 1', names).v as Unknown;
    expect(arith.refs).toEqual(['aws_s3_bucket.a']);
    expect(ev('upper(var.k)', names).v).toBe('KNOWN');
    const fn = ev('upper(var.b)', names).v as Unknown;
    expect(fn.refs).toEqual(['aws_s3_bucket.b']);
    // short-circuit on known operands
    expect(ev('false && var.a', names).v).toBe(false);
    expect(ev('var.a || true', names).v).toBe(true);
  });

  it('conditional with unknown condition is unknown unless both branches agree', () => {
    const names = { var: new Lazy('var', (n) => ({ c: unk(['aws_vpc.v']) })[n], () => ({})) };
    expect(ev('var.c ? "x" : "x"', names).v).toBe('x');
    const u = ev('var.c ? "x" : "y"', names).v as Unknown;
    expect(u).toBeInstanceOf(Unknown);
    expect(u.refs).toEqual(['aws_vpc.v']);
    // only the chosen branch is evaluated when the condition is known
    expect(ev('true ? 1 : "x" * 2').diags).toEqual([]);
  });

  it('evaluates for expressions over lists and maps (sorted keys, grouping, filters)', () => {
    expect(ev('[for i, x in ["a", "b"] : "${i}${x}"]').v).toEqual(['0a', '1b']);
    expect(ev('{for k, v in {b = 2, a = 1} : v => k}').v).toEqual({ 1: 'a', 2: 'b' });
    expect(ev('[for k, v in {b = 2, a = 1} : k]').v).toEqual(['a', 'b']);
    expect(ev('{for x in ["a", "b", "a"] : x => 1...}').v).toEqual({ a: [1, 1], b: [1] });
    expect(ev('[for x in [1, 2, 3, 4] : x if x % 2 == 0]').v).toEqual([2, 4]);
    const dup = ev('{for x in ["a", "a"] : x => 1}');
    expect(dup.v).toBeInstanceOf(Unknown);
    expect(dup.diags[0]?.message).toMatch(/Duplicate object key/);
  });

  it('splats: list, null → [], single value → [value]', () => {
    const names = { local: new Lazy('local', (n) => ({ l: [{ id: 'a' }, { id: 'b' }], o: { id: 'c' }, n: null })[n], () => ({})) };
    expect(ev('local.l[*].id', names).v).toEqual(['a', 'b']);
    expect(ev('local.l.*.id', names).v).toEqual(['a', 'b']);
    expect(ev('local.n[*]', names).v).toEqual([]);
    expect(ev('local.o[*].id', names).v).toEqual(['c']);
  });

  it('indexes and reads attributes; missing keys are errors', () => {
    expect(ev('{a = [1, 2]}.a[1]').v).toBe(2);
    expect(ev('{a = {b = "c"}}["a"].b').v).toBe('c');
    expect(ev('[1, 2][5]').diags[0]?.code).toBe('EvaluationError');
    expect(ev('{a = 1}.b').diags[0]?.message).toMatch(/does not have an attribute named "b"/);
  });

  it('binds count.index and each.*; rejects them elsewhere', () => {
    expect(ev('"i-${count.index}"', {}, { count: 3 }).v).toBe('i-3');
    expect(ev('"${count.index}"', {}, { count: 3 }).v).toBe(3);
    expect(ev('"${each.key}=${each.value}"', {}, { each: { key: 'a', value: 'b' } }).v).toBe('a=b');
    expect(ev('count.index').diags[0]?.message).toMatch(/count/);
  });

  it('try and can catch dynamic errors', () => {
    expect(ev('try({a = 1}.b, "fallback")').v).toBe('fallback');
    expect(ev('can({a = 1}.b)').v).toBe(false);
    expect(ev('can({a = 1}.a)').v).toBe(true);
    const e = env();
    expect(evaluate(expr('try({}.x, [][0])'), e)).toBeInstanceOf(Unknown);
    expect(e.diags[0]?.code).toBe('EvaluationError');
  });

  it('unknown functions give a warning and an Unknown', () => {
    const { v, diags } = ev('provider::aws::arn_parse("x")');
    expect(v).toBeInstanceOf(Unknown);
    expect(diags).toMatchObject([{ code: 'UnknownFunction', severity: 'warning', line: 1 }]);
  });

  it('expands a final list argument', () => {
    expect(ev('max([1, 5, 3]...)').v).toBe(5);
  });
});

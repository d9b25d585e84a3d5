import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Unknown } from '../model.js';
import { callFunction, hasFunction, type FnContext } from './functions.js';
import { EvalError } from './values.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-fn-'));
writeFileSync(join(dir, 'hello.txt'), 'hello\n');
const ctx: FnContext = { rootDir: dir, moduleDir: dir, template: (text, _f, vars) => `${text.trim()}|${JSON.stringify(vars)}` };
const call = (name: string, ...args: unknown[]) => callFunction(name, args, ctx);
const u = (ref: string) => new Unknown(`computed ${ref}`, [ref]);

describe('terraform functions', () => {
  it('numeric', () => {
    expect(call('abs', -3)).toBe(3);
    expect(call('ceil', 1.2)).toBe(2);
    expect(call('floor', 1.8)).toBe(1);
    expect(call('max', 1, 9, 3)).toBe(9);
    expect(call('min', 4, 2)).toBe(2);
    expect(call('pow', 2, 10)).toBe(1024);
    expect(call('signum', -7)).toBe(-1);
    expect(call('parseint', 'ff', 16)).toBe(255);
    expect(call('parseint', '-101', 2)).toBe(-5);
    expect(() => call('parseint', 'zz', 10)).toThrow(EvalError);
  });

  it('strings', () => {
    expect(call('chomp', 'a\n\n')).toBe('a');
    expect(call('format', '%s-%03d-%.2f-%t-%q', 'x', 7, 3.14159, true, 'q')).toBe('x-007-3.14-true-"q"');
    expect(call('format', '%v %%', [1])).toBe('[1] %');
    expect(call('formatlist', '%s=%s', ['a', 'b'], 'v')).toEqual(['a=v', 'b=v']);
    expect(call('indent', 2, 'a\nb')).toBe('a\n  b');
    expect(call('join', ',', ['a', 'b'], ['c'])).toBe('a,b,c');
    expect(call('lower', 'AbC')).toBe('abc');
    expect(call('upper', 'abc')).toBe('ABC');
    expect(call('regex', '[a-z]+', '123abc456')).toBe('abc');
    expect(call('regex', '(\\d+)-(\\d+)', 'x 12-34')).toEqual(['12', '34']);
    expect(call('regex', '(?P<y>\\d{4})', 'in 2024')).toEqual({ y: '2024' });
    expect(() => call('regex', 'z', 'abc')).toThrow(EvalError);
    expect(call('regexall', '\\d', 'a1b2')).toEqual(['1', '2']);
    expect(call('replace', 'a-b-c', '-', '_')).toBe('a_b_c');
    expect(call('replace', 'a1b22', '/(\\d+)/', '<$1>')).toBe('a<1>b<22>');
    expect(call('split', ',', 'a,b')).toEqual(['a', 'b']);
    expect(call('startswith', 'hello', 'he')).toBe(true);
    expect(call('endswith', 'hello', 'he')).toBe(false);
    expect(call('strrev', 'abc')).toBe('cba');
    expect(call('substr', 'hello world', 1, 4)).toBe('ello');
    expect(call('substr', 'hello', -3, -1)).toBe('llo');
    expect(call('title', 'hello world')).toBe('Hello World');
    expect(call('trim', '?!hello?!', '!?')).toBe('hello');
    expect(call('trimprefix', 'helloworld', 'hello')).toBe('world');
    expect(call('trimsuffix', 'helloworld', 'world')).toBe('hello');
    expect(call('trimspace', '  x \n')).toBe('x');
  });

  it('collections', () => {
    expect(call('alltrue', [true, 'true'])).toBe(true);
    expect(call('anytrue', [false])).toBe(false);
    expect(call('chunklist', [1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(call('coalesce', null, '', 'b')).toBe('b');
    expect(call('coalescelist', [], ['x'])).toEqual(['x']);
    expect(call('compact', ['a', '', null, 'b'])).toEqual(['a', 'b']);
    expect(call('concat', [1], [2, 3])).toEqual([1, 2, 3]);
    expect(call('contains', ['a'], 'a')).toBe(true);
    expect(call('distinct', [1, 2, 1])).toEqual([1, 2]);
    expect(call('element', ['a', 'b'], 3)).toBe('b');
    expect(call('flatten', [[1, [2]], 3])).toEqual([1, 2, 3]);
    expect(call('index', ['a', 'b'], 'b')).toBe(1);
    expect(call('keys', { b: 1, a: 2 })).toEqual(['a', 'b']);
    expect(call('values', { b: 1, a: 2 })).toEqual([2, 1]);
    expect(call('length', 'héllo')).toBe(5);
    expect(call('length', { a: 1 })).toBe(1);
    expect(call('lookup', { a: 1 }, 'b', 0)).toBe(0);
    expect(() => call('lookup', { a: 1 }, 'b')).toThrow(EvalError);
    expect(call('matchkeys', ['i1', 'i2'], ['a', 'b'], ['b'])).toEqual(['i2']);
    expect(call('merge', { a: 1, b: 1 }, null, { b: 2 })).toEqual({ a: 1, b: 2 });
    expect(call('one', [])).toBe(null);
    expect(call('one', ['x'])).toBe('x');
    expect(() => call('one', [1, 2])).toThrow(EvalError);
    expect(call('range', 3)).toEqual([0, 1, 2]);
    expect(call('range', 1, 10, 4)).toEqual([1, 5, 9]);
    expect(call('reverse', [1, 2])).toEqual([2, 1]);
    expect(call('setintersection', ['a', 'b'], ['b', 'c'])).toEqual(['b']);
    expect(call('setproduct', ['a'], [1, 2])).toEqual([['a', 1], ['a', 2]]);
    expect(call('setsubtract', ['a', 'b'], ['a'])).toEqual(['b']);
    expect(call('setunion', ['b'], ['a', 'b'])).toEqual(['a', 'b']);
    expect(call('slice', [1, 2, 3], 1, 3)).toEqual([2, 3]);
    expect(call('sort', ['b', 'a'])).toEqual(['a', 'b']);
    expect(call('sum', [1, 2.5])).toBe(3.5);
    expect(call('transpose', { a: ['1', '2'], b: ['1'] })).toEqual({ 1: ['a', 'b'], 2: ['a'] });
    expect(call('zipmap', ['a', 'b'], [1, 2])).toEqual({ a: 1, b: 2 });
  });

  it('encoding, conversion, network, hashes', () => {
    expect(call('base64encode', 'hi')).toBe('aGk=');
    expect(call('base64decode', 'aGk=')).toBe('hi');
    expect(call('jsonencode', { b: [1, true], a: '<x>' })).toBe('{"a":"\\u003cx\\u003e","b":[1,true]}');
    expect(call('jsondecode', '{"a":[1]}')).toEqual({ a: [1] });
    expect(call('urlencode', 'a b/c')).toBe('a+b%2Fc');
    expect(call('csvdecode', 'a,b\n1,"x,y"\n')).toEqual([{ a: '1', b: 'x,y' }]);
    expect(call('tobool', 'true')).toBe(true);
    expect(call('tonumber', '42')).toBe(42);
    expect(call('tostring', 5)).toBe('5');
    expect(call('toset', ['b', 'a', 'b'])).toEqual(['a', 'b']);
    expect(call('tolist', ['a'])).toEqual(['a']);
    expect(call('tomap', { a: 1 })).toEqual({ a: 1 });
    expect(() => call('tonumber', 'x')).toThrow(EvalError);
    expect(call('cidrhost', '10.12.112.0/20', 16)).toBe('10.12.112.16');
    expect(call('cidrhost', '10.0.0.0/24', -2)).toBe('10.0.0.254');
    expect(call('cidrnetmask', '172.16.0.0/12')).toBe('255.240.0.0');
    expect(call('cidrsubnet', '172.16.0.0/12', 4, 2)).toBe('172.18.0.0/16');
    expect(call('cidrsubnet', 'fd00:fd12:3456:7890::/56', 16, 162)).toBe('fd00:fd12:3456:7800:a200::/72');
    expect(call('cidrsubnets', '10.1.0.0/16', 4, 4, 8, 4)).toEqual(['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']);
    expect(call('md5', 'hello')).toBe('5d41402abc4b2a76b9719d911017c592');
    expect(call('sha1', 'hello')).toBe('aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d');
    expect(call('sha256', 'hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(call('uuid')).toBeInstanceOf(Unknown);
    expect(call('timestamp')).toBeInstanceOf(Unknown);
    expect(call('bcrypt', 'x')).toBeInstanceOf(Unknown);
  });

  it('files resolve against the root then the module directory; missing files are errors', () => {
    expect(call('file', 'hello.txt')).toBe('hello\n');
    expect(call('fileexists', 'hello.txt')).toBe(true);
    expect(call('fileexists', 'nope.txt')).toBe(false);
    expect(() => call('file', 'nope.txt')).toThrow(/no file exists/);
    expect(call('templatefile', 'hello.txt', { a: 1 })).toBe('hello|{"a":1}');
  });

  it('propagates Unknown (refs united) and keeps Unknown elements for structural functions', () => {
    const r = call('join', ',', [u('a.x'), u('b.y')]) as Unknown;
    expect(r).toBeInstanceOf(Unknown);
    expect([...r.refs].sort()).toEqual(['a.x', 'b.y']);
    expect(call('length', [u('a.x'), 1])).toBe(2);
    const merged = call('merge', { a: u('a.x') }, { b: 1 }) as Record<string, unknown>;
    expect(merged.a).toBeInstanceOf(Unknown);
    expect(merged.b).toBe(1);
    expect(call('concat', [u('a.x')], [1])).toHaveLength(2);
    expect(call('upper', u('a.x'))).toBeInstanceOf(Unknown);
    expect(call('coalesce', null, u('a.x'), 'z')).toBeInstanceOf(Unknown);
    expect(call('coalesce', 'first', u('a.x'))).toBe('first');
    expect(call('alltrue', [false, u('a.x')])).toBe(false);
    expect(call('alltrue', [true, u('a.x')])).toBeInstanceOf(Unknown);
  });

  it('checks arity and knows its function names', () => {
    expect(hasFunction('cidrsubnet')).toBe(true);
    expect(hasFunction('nonexistent')).toBe(false);
    expect(() => call('upper')).toThrow(/Not enough/);
    expect(() => call('upper', 'a', 'b')).toThrow(/Too many/);
  });
});

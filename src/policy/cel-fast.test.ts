/**
 * Differential tests of the CEL fast path (`cel-fast.ts`) against the CEL library: random assets (nested
 * maps and lists, numbers, strings, bools, nulls, missing keys) and a corpus of expressions covering every
 * construct the fast path supports, error cases and error absorption included. On every (expression, asset)
 * pair the fast path must give the library's value, or DEFER exactly when the library throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableOf } from '../../bench/rules.js';
import type { Asset } from '../core/asset.js';
import { celVerdict, compileCel } from './cel.js';
import type { CompiledCel } from './cel.js';
import { DEFER, translateCel } from './cel-fast.js';

/** Every construct of the subset, with error cases (missing keys, type mismatches, non-bool operands). */
const CORPUS = [
  // Values, field and index access, equality.
  'asset.config.b',
  'asset.config.b == true',
  "asset.config.s == 'a'",
  "'a' == asset.config.s",
  'asset.config.n == 1',
  'asset.config.n == 1.0',
  'asset.config.n != 2',
  'asset.config.x == null',
  'asset.config.x != null',
  'asset.config.l == asset.config.m',
  'asset.config.a == asset.config.b',
  'asset.config.a != asset.config.l',
  'asset.config["s"] == "x"',
  'asset.config.l[0] == 1',
  "asset.config.l[1.0] == 'a'",
  'asset.config.m[asset.config.k] == 1',
  'asset.config.l[size(asset.config.m)] != null',
  "asset.tags.env == 'prod'",
  'asset.config.l == [1.0, 2.0]',
  // Ordering.
  'asset.config.n < 3',
  'asset.config.n >= 1.5',
  "asset.config.s < 'b'",
  'asset.config.a <= asset.config.b',
  'asset.config.b > false',
  '3 > asset.config.n',
  // Logic, with absorption of errors.
  'asset.config.b && asset.facets.b',
  'asset.config.b || asset.facets.b',
  '!asset.config.b',
  'asset.config.x.y == 1 || true',
  'false && asset.config.x.y == 1',
  'asset.config.x.y == 1 || asset.config.b',
  "asset.config.n > 1 && asset.config.s == 'a'",
  "asset.config.b ? asset.config.n > 1 : asset.config.s == 'x'",
  '(asset.config.b ? 1 : 2) == 1',
  // Arithmetic.
  'asset.config.n + 1.0 > 2.0',
  'asset.config.n - asset.config.a < 1.0',
  "asset.config.s + 'x' == 'ax'",
  'asset.config.l + asset.config.a == [1.0]',
  "(asset.config.l + ['z'])[0] == 'z'",
  'asset.config.n * 2.0 == 4.0',
  'asset.config.n / 2.0 > 0.5',
  'size(asset.config.l) + 1 == 2',
  'size(asset.config.s) % 2 == 0',
  'size(asset.config.l) / (size(asset.config.s) - 1) == 0',
  '-asset.config.n < 0.0',
  '9223372036854775807 + size(asset.config.l) > 0',
  // Membership.
  "asset.config.s in ['a', 'b', 'x']",
  'asset.config.n in [1.0, 2.0]',
  "'a' in asset.config.l",
  'asset.config.a in asset.config.l',
  "'s' in asset.config.m",
  'asset.config.k in asset.config',
  'asset.config.a in asset.config.m',
  // has().
  'has(asset.config.m)',
  'has(asset.config.m.x)',
  'has(asset.config.m.x.y)',
  "has(asset.tags.owner) && asset.tags.owner != ''",
  '!has(asset.facets.b) || asset.facets.b',
  // size().
  'size(asset.config.l) == 0',
  'asset.config.m.size() > 1',
  'size(asset.config.s) <= 2',
  'size(asset.config.a) == size(asset.config.b)',
  '1 < size(asset.config.a)',
  // Strings.
  "asset.config.s.startsWith('a')",
  'asset.name.endsWith(asset.config.s)',
  "asset.config.s.contains('b')",
  "asset.config.s.matches('^[a-z]+$')",
  'asset.name.matches(asset.config.s)',
  "asset.config.s.lowerAscii() == 'ab-1'",
  "asset.config.s.upperAscii().trim() == 'A'",
  "!asset.name.contains('tmp')",
  "asset.name.startsWith(asset.tags.env + '-')",
  // Macros.
  'asset.config.l.exists(x, x == 1)',
  'asset.config.l.all(x, x > 0)',
  "asset.config.l.exists_one(x, x == 'a')",
  "asset.config.m.exists(k, k == 's')",
  'asset.config.l.exists(x, x.a == 1)',
  'asset.config.l.all(x, has(x.a))',
  'asset.config.l.exists(x, x)',
  'asset.config.l.map(x, x) == asset.config.l',
  'asset.config.l.filter(x, x == 1).size() == 1',
  'asset.config.l.map(x, x == 1, x).size() > 0',
  'asset.config.l.exists(x, asset.config.m.exists(y, y == x))',
  'asset.config.l.all(x, asset.config.l.exists(y, y == x))',
  '[1, 2, 3].exists(x, x == size(asset.config.l))',
  "asset.facets.entries.exists(e, e.direction == 'ingress' && e.action == 'allow' && e.peers.exists(p, p == '0.0.0.0/0' || p == '::/0') && e.ports.exists(r, r.from <= 22 && r.to >= 22))",
  "asset.facets.entries.all(e, e.direction != 'ingress' || e.ports.all(r, r.to - r.from < 1000.0))",
  "!asset.facets.entries.exists(e, e.protocol == 'all' && '0.0.0.0/0' in e.peers)",
];

/** Outside the subset: these must fall back to the library for the whole expression. */
const UNSUPPORTED = [
  'now < timestamp("2025-01-01T00:00:00Z")',
  'asset.config.?x.hasValue()',
  '{"a": 1}.size() > 0',
  'type(asset.name) == string',
  'int(asset.config.n) > 1',
  "asset.name.split('-').size() > 1",
  'b"abc" == b"abc"',
  '1u == 1u',
  'cel.bind(x, asset.name, x == "a")',
];

const KEY = fc.constantFrom('a', 'b', 's', 'n', 'l', 'm', 'k', 'x', 'y', 'owner', 'env');
const STRING = fc.constantFrom('a', 'b', 'x', '', 's', 'l', 'm', 'ab-1', 'A ', 'prod', '0.0.0.0/0', '::/0', 'ingress', '[', 'héllo', '🙂x', 'tmp');
const NUMBER = fc.oneof(fc.constantFrom(0, 1, 2, 3, -1, 1.5, 22, 1000, Number.NaN, -0, 2 ** 53 + 2), fc.double({ noNaN: true, min: -5, max: 5 }));
const LEAF = fc.oneof(STRING, NUMBER, fc.boolean(), fc.constant(null));
const { value: VALUE } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    LEAF,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(KEY, tie('value'), { maxKeys: 4 }),
  ),
}));
const PORT = fc.record({ from: fc.oneof(fc.constantFrom(0, 22, 80, 1024), STRING), to: fc.oneof(fc.constantFrom(22, 443, 65535), fc.constant(null)) }, { requiredKeys: ['from'] });
const ENTRY = fc.record(
  {
    direction: fc.constantFrom('ingress', 'egress', 3),
    action: fc.constantFrom('allow', 'deny'),
    protocol: fc.constantFrom('tcp', 'all', 'udp'),
    peers: fc.oneof(fc.array(fc.constantFrom('0.0.0.0/0', '::/0', '10.0.0.0/8', 1), { maxLength: 3 }), fc.constant('x')),
    ports: fc.array(PORT, { maxLength: 3 }),
  },
  { requiredKeys: ['direction', 'ports'] },
);
/** Config keys that the corpus reads, each often of the type the corpus expects, sometimes anything or missing. */
const CONFIG = fc.record(
  {
    a: VALUE,
    b: fc.oneof(fc.boolean(), VALUE),
    s: fc.oneof(STRING, VALUE),
    n: fc.oneof(NUMBER, VALUE),
    l: fc.oneof(fc.array(fc.oneof(LEAF, fc.constantFrom(1, 2), fc.dictionary(KEY, LEAF, { maxKeys: 2 })), { maxLength: 4 }), VALUE),
    m: fc.oneof(fc.dictionary(KEY, fc.oneof(LEAF, fc.constant(1)), { maxKeys: 4 }), VALUE),
    k: fc.oneof(KEY, VALUE),
    x: VALUE,
  },
  { requiredKeys: [] },
);
/** The CEL view of an asset, as `cel.ts` builds it. */
const VIEW = fc.record({
  id: fc.constant('arn:aws:s3:::b1'),
  provider: fc.constantFrom('aws', 'gcp'),
  account: fc.constant('111122223333'),
  region: fc.constant('eu-west-1'),
  type: fc.constant('AWS::S3::Bucket'),
  kind: fc.constant('storage.bucket'),
  name: fc.oneof(STRING, fc.constantFrom('prod-web-tmp-1', 'dev-a', 'ab-1')),
  tags: fc.dictionary(KEY, STRING, { maxKeys: 4 }),
  facets: fc.record({ b: VALUE, entries: fc.oneof(fc.array(ENTRY, { maxLength: 4 }), VALUE) }, { requiredKeys: [] }),
  config: fc.oneof({ weight: 4, arbitrary: CONFIG }, { weight: 1, arbitrary: fc.dictionary(KEY, VALUE, { maxKeys: 7 }) }),
});

const NOW = new Date('2026-01-01T00:00:00Z');

type Outcome = { error: true } | { error: false; value: unknown };

function library(c: CompiledCel, view: Record<string, unknown>): Outcome {
  try {
    return { error: false, value: c.fn({ asset: view, now: NOW }) };
  } catch {
    return { error: true };
  }
}

function fast(c: CompiledCel, view: Record<string, unknown>): Outcome {
  const v = c.fast!(view, NOW);
  return v === DEFER ? { error: true } : { error: false, value: v };
}

/** Same CEL value: same type and value (NaN equals NaN, -0 equals 0), deeply for lists and maps. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== typeof b) return false;
  if (typeof a === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (a === null || b === null || typeof a !== 'object') return a === b;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const RUNS_PER_EXPRESSION = 300;

describe('CEL fast path against the CEL library', () => {
  it(`has a corpus of at least 60 expressions, all on the fast path`, () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    const slow = CORPUS.filter((e) => compileCel(e).fast === undefined);
    expect(slow).toEqual([]);
  });

  it('falls back to the library, per expression, for anything outside the subset', () => {
    for (const e of UNSUPPORTED) expect({ e, fast: compileCel(e).fast }).toEqual({ e, fast: undefined });
    // A supported expression with one unsupported part falls back as a whole.
    expect(compileCel('asset.name == "a" && int(asset.config.n) > 1').fast).toBeUndefined();
    expect(translateCel(compileCel('asset.name == "a"').fn.ast)).toBeTypeOf('function');
  });

  it(`gives the library's outcome on ${CORPUS.length * RUNS_PER_EXPRESSION} (expression, asset) pairs`, () => {
    let pairs = 0;
    let errors = 0;
    const compiled = CORPUS.map((e) => compileCel(e));
    compiled.forEach((c, i) => {
      fc.assert(
        fc.property(VIEW, (view) => {
          const lib = library(c, view);
          const got = fast(c, view);
          pairs++;
          if (lib.error) errors++;
          if (lib.error !== got.error) return false;
          return lib.error || got.error || same(lib.value, got.value);
        }),
        { numRuns: RUNS_PER_EXPRESSION, seed: 1000 + i, endOnFailure: true, examples: [] },
      );
    });
    expect(pairs).toBeGreaterThanOrEqual(20_000);
    // The random assets exercise both sides: values and errors.
    expect(errors).toBeGreaterThan(pairs / 10);
    expect(errors).toBeLessThan(pairs * 0.9);
  }, 120_000);

  it('covers every corpus expression with both values and errors across the runs (absorption cases included)', () => {
    const outcomes = new Map<string, Set<string>>();
    for (const e of ['asset.config.x.y == 1 || true', 'false && asset.config.x.y == 1', 'asset.config.l.exists(x, x == 1)', 'asset.config.l.all(x, x > 0)']) {
      const c = compileCel(e);
      const seen = new Set<string>();
      fc.assert(
        fc.property(VIEW, (view) => {
          const r = fast(c, view);
          seen.add(r.error ? 'error' : String(r.value));
        }),
        { numRuns: 300, seed: 7 },
      );
      outcomes.set(e, seen);
    }
    // Absorption: an error on one side never matters when the other side decides.
    expect([...outcomes.get('asset.config.x.y == 1 || true')!]).toEqual(['true']);
    expect([...outcomes.get('false && asset.config.x.y == 1')!]).toEqual(['false']);
    // `exists` is true when any element is, even if others error; `all` is false when any element is false.
    expect(outcomes.get('asset.config.l.exists(x, x == 1)')).toEqual(new Set(['true', 'false', 'error']));
    expect(outcomes.get('asset.config.l.all(x, x > 0)')).toEqual(new Set(['true', 'false', 'error']));
  });

  it('absorbs errors in exists and all exactly as the library does', () => {
    const c = (e: string) => compileCel(e);
    const view = (config: Record<string, unknown>) => ({ name: 'n', tags: {}, facets: {}, config });
    const cases: Array<[string, Record<string, unknown>, unknown]> = [
      ['asset.config.l.exists(x, x > 1)', { l: ['a', 2] }, true],
      ['asset.config.l.exists(x, x > 1)', { l: ['a', 0] }, DEFER],
      ['asset.config.l.all(x, x > 1)', { l: ['a', 0] }, false],
      ['asset.config.l.all(x, x > 1)', { l: ['a', 2] }, DEFER],
      ['asset.config.l.exists_one(x, x > 1)', { l: ['a', 2] }, DEFER],
      ['asset.config.l.exists_one(x, x > 1)', { l: [0, 2] }, true],
      ['asset.config.m.x || asset.config.b', { b: true }, true],
      ['asset.config.m.x || asset.config.b', { b: false }, DEFER],
      ['asset.config.m.x && asset.config.b', { b: false }, false],
      ['has(asset.config.m.x)', { m: { x: 1 } }, true],
      ['has(asset.config.m.x)', { m: 'str' }, false],
      ['has(asset.config.m.x)', {}, DEFER],
      ['asset.config.n == 3', { n: 3 }, true],
      ['asset.config.n < "a"', { n: 3 }, DEFER],
      ['size(asset.config.s) == 2', { s: '🙂x' }, true],
    ];
    for (const [e, config, want] of cases) {
      const compiled = c(e);
      expect({ e, config, got: compiled.fast!(view(config), NOW) }).toEqual({ e, config, got: want });
      const lib = library(compiled, view(config));
      expect({ e, config, libError: lib.error }).toEqual({ e, config, libError: want === DEFER });
    }
  });

  it('never embeds expression text in generated code: quotes and backslashes are data', () => {
    const tricky = compileCel(`asset.config["a\\"); throw 1; //"] == "\\"); x(\\"" || asset.name == "\\u2028"`);
    expect(tricky.fast).toBeTypeOf('function');
    expect(tricky.fast!({ name: '\u2028', config: {} }, NOW)).toBe(true);
    expect(tricky.fast!({ name: 'n', config: { 'a"); throw 1; //': '"); x("' } }, NOW)).toBe(true);
  });
});

describe('celVerdict with and without the fast path', () => {
  const denied = { provider: 'aws', account: '1', region: 'r', service: 's3', operation: 'Get', code: 'AccessDenied', message: 'no' };
  /** Gaps on some of the aspects the corpus reads (facets by `facets.<name>`, config by the aspect name). */
  const GAPS = fc.subarray(['facets.b', 'facets.entries', 's', 'l', 'm', 'n', 'x'], { maxLength: 2 });
  const asset = (view: Record<string, unknown>, gaps: string[] = []): Asset =>
    ({ ...view, gaps: Object.fromEntries(gaps.map((k) => [k, denied])), source: { type: 'api' }, observedAt: '2026-01-01T00:00:00.000Z' }) as unknown as Asset;
  /** The same compiled expression with every fast path removed: the generic path and the CEL library only. */
  const slow = (c: CompiledCel): CompiledCel => ({ ...c, fast: undefined, hot: undefined, fused: undefined });

  it('gives the same verdict, reason and evidence (errors come from the library either way), gaps included', () => {
    let checked = 0;
    CORPUS.forEach((e, i) => {
      const c = compileCel(e);
      const s = slow(c);
      fc.assert(
        fc.property(VIEW, GAPS, (view, gaps) => {
          const a = asset(view, gaps);
          checked++;
          expect(celVerdict({ id: 'acme.t', assert: c }, a, NOW)).toEqual(celVerdict({ id: 'acme.t', assert: s }, a, NOW));
        }),
        { numRuns: 40, seed: 5000 + i },
      );
    });
    expect(checked).toBe(CORPUS.length * 40);
  }, 120_000);

  it('gives the same verdict with a `when` (not_applicable, errors and gaps of the precondition included)', () => {
    let checked = 0;
    CORPUS.forEach((e, i) => {
      const assert = compileCel(e);
      const when = compileCel(CORPUS[(i * 7 + 3) % CORPUS.length]!);
      const [sa, sw] = [slow(assert), slow(when)];
      fc.assert(
        fc.property(VIEW, GAPS, (view, gaps) => {
          const a = asset(view, gaps);
          checked++;
          expect(celVerdict({ id: 'acme.w', assert, when }, a, NOW)).toEqual(celVerdict({ id: 'acme.w', assert: sa, when: sw }, a, NOW));
        }),
        { numRuns: 25, seed: 9000 + i },
      );
    });
    expect(checked).toBe(CORPUS.length * 25);
  }, 120_000);

  it('treats a view key without a value (an asset field left undefined) as the library does', () => {
    const a = asset({ name: 'n', region: undefined, tags: {}, facets: {}, config: {} });
    for (const e of ['has(asset.region)', '!has(asset.region)', "asset.region == 'x'", "has(asset.tags.x) || asset.region.startsWith('eu')", 'has(asset.region.x)']) {
      const c = compileCel(e);
      expect({ e, v: celVerdict({ id: 'acme.u', assert: c }, a, NOW) }).toEqual({ e, v: celVerdict({ id: 'acme.u', assert: slow(c) }, a, NOW) });
    }
    expect(celVerdict({ id: 'acme.u', assert: compileCel('has(asset.region)') }, a, NOW).status).toBe('fail');
    expect(celVerdict({ id: 'acme.u', assert: compileCel("asset.region == 'x'") }, a, NOW).reason).toBe('rule acme.u: CEL evaluation failed: No such key: region');
  });

  it('keeps one fused function per precondition when rules share an assert', () => {
    const assert = compileCel('asset.config.n > 1.0');
    const yes = compileCel('true');
    const no = compileCel('false');
    const a = asset({ name: 'n', tags: {}, facets: {}, config: { n: 2 } });
    for (let i = 0; i < 3; i++) {
      expect(celVerdict({ id: 'r1', assert, when: yes }, a, NOW).status).toBe('pass');
      expect(celVerdict({ id: 'r2', assert, when: no }, a, NOW).status).toBe('not_applicable');
      expect(celVerdict({ id: 'r3', assert }, a, NOW).status).toBe('pass');
    }
  });
});

describe('the rules benchmark', () => {
  it('runs every one of its 100 rules (assert and when) on the fast path', () => {
    const rows = tableOf();
    expect(rows).toHaveLength(100);
    const exprs = rows.flatMap((r) => [r.assert, ...(r.when ? [r.when] : [])]);
    const slow = exprs.filter((e) => compileCel(e).fast === undefined);
    expect(slow).toEqual([]);
    expect(exprs.length).toBeGreaterThan(100);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Asset, CollectionError } from '../core/asset.js';
import { CelCompileError, celVerdict, compileCel, shortExpr } from './cel.js';

const OWNER = 'has(asset.tags.owner) && asset.tags.owner != ""';

function bucket(over: Partial<Asset> = {}): Asset {
  return {
    id: 'arn:aws:s3:::b1',
    provider: 'aws',
    account: '111122223333',
    region: 'eu-west-1',
    type: 'AWS::S3::Bucket',
    kind: 'storage.bucket',
    name: 'b1',
    tags: {},
    facets: {},
    config: {},
    gaps: {},
    source: { type: 'api' },
    observedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const denied: CollectionError = {
  provider: 'aws',
  account: '111122223333',
  region: 'eu-west-1',
  service: 's3',
  operation: 'GetBucketPolicyStatus',
  code: 'AccessDenied',
  message: 'not authorized',
};
const DENIED_TEXT = 'aws:s3:GetBucketPolicyStatus AccessDenied (account 111122223333, region eu-west-1): not authorized';

const rule = (assert: string, when?: string) => ({ id: 'acme.t', assert: compileCel(assert), ...(when ? { when: compileCel(when) } : {}) });

describe('celVerdict: the owner-tag example', () => {
  const r = rule(OWNER);

  it('passes with a non-empty owner tag, with the tag as evidence', () => {
    const v = celVerdict(r, bucket({ tags: { owner: 'team-a' } }));
    expect(v).toEqual({
      status: 'pass',
      reason: `assert holds: ${OWNER}`,
      evidence: [{ path: 'tags.owner', observed: 'team-a', expected: `assert: ${OWNER}` }],
    });
  });

  it('fails with an empty owner tag', () => {
    const v = celVerdict(r, bucket({ tags: { owner: '' } }));
    expect(v.status).toBe('fail');
    expect(v.reason).toBe(`assert does not hold: ${OWNER}`);
    expect(v.evidence).toEqual([{ path: 'tags.owner', observed: '', expected: `assert: ${OWNER}` }]);
  });

  it('fails without an owner tag; the missing value is observed as null', () => {
    const v = celVerdict(r, bucket({ tags: { env: 'prod' } }));
    expect(v.status).toBe('fail');
    expect(v.evidence).toEqual([{ path: 'tags.owner', observed: null, expected: `assert: ${OWNER}` }]);
  });
});

describe('celVerdict: when', () => {
  const r = rule('asset.facets.publicRead == false', 'asset.provider == "aws"');

  it('is not_applicable when the precondition is false, naming it', () => {
    expect(celVerdict(r, bucket({ provider: 'gcp', facets: { publicRead: true } }))).toEqual({
      status: 'not_applicable',
      reason: 'precondition `asset.provider == "aws"` is false',
      evidence: [],
    });
  });

  it('evaluates assert when the precondition holds', () => {
    expect(celVerdict(r, bucket({ facets: { publicRead: true } })).status).toBe('fail');
    expect(celVerdict(r, bucket({ facets: { publicRead: false } })).status).toBe('pass');
  });

  it('is unknown when the precondition fails to evaluate', () => {
    const v = celVerdict(rule('true', 'asset.config.policy.Status == "on"'), bucket());
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('rule acme.t: CEL evaluation of when failed: No such key: policy');
  });

  it('is unknown when the precondition reads an aspect that has a gap', () => {
    const v = celVerdict(rule('true', 'asset.facets.publicRead'), bucket({ gaps: { 'facets.publicRead': denied } }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe(`facets.publicRead could not be collected: ${DENIED_TEXT}`);
  });

  it('ignores gaps of assert when the precondition is false', () => {
    const v = celVerdict(r, bucket({ provider: 'azure', gaps: { 'facets.publicRead': denied } }));
    expect(v.status).toBe('not_applicable');
  });
});

describe('celVerdict: never a silent pass', () => {
  it('a facet gap makes the verdict unknown even when has() would make the expression true', () => {
    const r = rule('!has(asset.facets.publicRead) || asset.facets.publicRead == false');
    const asset = bucket({ gaps: { 'facets.publicRead': denied } });
    const v = celVerdict(r, asset);
    expect(v).toEqual({
      status: 'unknown',
      reason: `facets.publicRead could not be collected: ${DENIED_TEXT}`,
      evidence: [{ path: 'facets.publicRead', observed: null, expected: 'collected' }],
    });
    // Without the gap the same asset passes: the gap, not the expression, made it unknown.
    expect(celVerdict(r, bucket()).status).toBe('pass');
  });

  it('a config gap (keyed by the aspect name) makes the verdict unknown, also through ["x"] access', () => {
    const r = rule('asset.config["bucketPolicy"] == null');
    const v = celVerdict(r, bucket({ gaps: { bucketPolicy: denied } }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe(`config.bucketPolicy could not be collected: ${DENIED_TEXT}`);
  });

  it('a gap of an aspect the expression does not read does not matter', () => {
    const v = celVerdict(rule(OWNER), bucket({ tags: { owner: 'x' }, gaps: { 'facets.publicRead': denied, acl: denied } }));
    expect(v.status).toBe('pass');
  });

  it('reading a whole map (facets or config) makes any gap of that map count', () => {
    const facetsAll = rule('asset.facets.all(k, k != "publicRead")');
    expect(celVerdict(facetsAll, bucket({ gaps: { 'facets.publicRead': denied } })).status).toBe('unknown');
    expect(celVerdict(facetsAll, bucket({ gaps: { acl: denied } })).status).toBe('pass');
    const configSize = rule('size(asset.config) == 0');
    const v = celVerdict(configSize, bucket({ gaps: { acl: denied } }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('config.acl could not be collected');
    const computed = rule('asset.config[asset.name] == null');
    const membership = rule('!("publicRead" in asset.facets)');
    expect(celVerdict(membership, bucket({ gaps: { 'facets.publicRead': denied } })).status).toBe('unknown');
    expect(celVerdict(computed, bucket({ gaps: { acl: denied } })).status).toBe('unknown');
  });

  it('an evaluation error is unknown naming the rule and the first line of the error, not a throw', () => {
    const r = rule('asset.config.versioning.Status == "Enabled"');
    const v = celVerdict(r, bucket());
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('rule acme.t: CEL evaluation failed: No such key: versioning');
    expect(v.reason).not.toContain('\n');
  });

  it('a non-boolean result is unknown saying which type came back', () => {
    const v = celVerdict(rule('asset.tags.owner'), bucket({ tags: { owner: 'team-a' } }));
    expect(v.status).toBe('unknown');
    expect(v.reason).toBe('rule acme.t: assert returned string, not a bool: asset.tags.owner');
    const n = celVerdict(rule('asset.config.n'), bucket({ config: { n: 3 } }));
    expect(n.reason).toContain('assert returned double');
    const nul = celVerdict(rule('asset.config.p'), bucket({ config: { p: null } }));
    expect(nul.reason).toContain('assert returned null');
  });
});

describe('celVerdict: values and evidence', () => {
  it('reads nested config, lists with macros, numbers and timestamps', () => {
    const a = bucket({ config: { acl: { Grants: [{ Grantee: 'owner' }, { Grantee: 'AllUsers' }] }, days: 30 } });
    expect(celVerdict(rule('asset.config.acl.Grants.exists(g, g.Grantee == "AllUsers")'), a).status).toBe('pass');
    expect(celVerdict(rule('asset.config.days >= 90'), a).status).toBe('fail');
    const r = rule('now < timestamp("2025-01-01T00:00:00Z")');
    expect(celVerdict(r, a, new Date('2024-06-01T00:00:00Z')).status).toBe('pass');
    expect(celVerdict(r, a, new Date('2026-06-01T00:00:00Z')).status).toBe('fail');
  });

  it('does not expose gaps, source or provenance to CEL', () => {
    const v = celVerdict(rule('has(asset.gaps)'), bucket({ gaps: { x: denied } }));
    expect(v.status).toBe('fail');
  });

  it('gives one evidence per path, large values as a JSON string of at most 300 characters', () => {
    const grants = Array.from({ length: 50 }, (_, i) => ({ Grantee: `user-${i}`, Permission: 'READ' }));
    const expr = 'asset.config.acl.Grants.size() < 10 && asset.name == "b1"';
    const v = celVerdict(rule(expr), bucket({ config: { acl: { Grants: grants } } }));
    expect(v.status).toBe('fail');
    expect(v.evidence.map((e) => e.path)).toEqual(['config.acl.Grants', 'name']);
    const observed = v.evidence[0]!.observed;
    expect(typeof observed).toBe('string');
    expect((observed as string).length).toBeLessThanOrEqual(300);
    expect((observed as string).startsWith('[{"Grantee":"user-0"')).toBe(true);
    expect(v.evidence[1]).toEqual({ path: 'name', observed: 'b1', expected: `assert: ${expr}` });
  });

  it('caps a huge value at exactly the first 299 characters of its JSON and an ellipsis, however often it is observed', () => {
    const grants = Array.from({ length: 5000 }, (_, i) => ({ Grantee: `user-${i}`, Permission: 'READ' }));
    const a = bucket({ config: { acl: { Grants: grants } } });
    const want = `${JSON.stringify(grants).slice(0, 299)}…`;
    for (const expr of ['asset.config.acl.Grants.size() < 10', 'asset.config.acl.Grants.exists(g, g.Grantee == "x")', 'size(asset.config.acl.Grants) > 0']) {
      expect(celVerdict(rule(expr), a).evidence[0]!.observed).toBe(want);
    }
  });

  it('keeps objects whose JSON fits in 300 characters by reference, as built-in rules do', () => {
    const versioning = { Status: 'Suspended', MfaDelete: 'Disabled' };
    const v = celVerdict(rule('asset.config.versioning.Status == "Enabled"'), bucket({ config: { versioning } }));
    expect(v.evidence).toEqual([{ path: 'config.versioning.Status', observed: 'Suspended', expected: 'assert: asset.config.versioning.Status == "Enabled"' }]);
    const whole = celVerdict(rule('has(asset.config.versioning.Status)'), bucket({ config: { versioning } }));
    expect(whole.status).toBe('pass');
    const list = celVerdict(rule('asset.config.versioning != null'), bucket({ config: { versioning } }));
    expect(list.evidence[0]!.observed).toBe(versioning);
  });

  it('observes any value as JSON.stringify would cut it (bigints as strings, undefined skipped)', () => {
    const leaf = fc.oneof(fc.string({ maxLength: 40 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }));
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', maxDepth: 4 }, leaf, fc.array(tie('value'), { maxLength: 12 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 12 })),
    }));
    const r = rule('asset.config.v == null');
    fc.assert(
      fc.property(fc.oneof(fc.array(value, { maxLength: 30 }), fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 30 })), (v) => {
        const observed = celVerdict(r, bucket({ config: { v } })).evidence[0]!.observed;
        const json = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
        if (json.length <= 300) expect(observed).toBe(v);
        else expect(observed).toBe(`${json.slice(0, 299)}…`);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('keeps small objects as they are', () => {
    const v = celVerdict(rule('asset.config.versioning.Status == "Enabled"'), bucket({ config: { versioning: { Status: 'Suspended' } } }));
    expect(v.evidence).toEqual([{ path: 'config.versioning.Status', observed: 'Suspended', expected: 'assert: asset.config.versioning.Status == "Enabled"' }]);
  });

  it('shortens long expressions in reasons to 200 characters on one line', () => {
    const long = `asset.name != ""\n  && ${Array.from({ length: 40 }, (_, i) => `asset.name != "n${i}"`).join(' && ')}`;
    const s = shortExpr(long);
    expect(s.length).toBe(200);
    expect(s).not.toContain('\n');
    expect(celVerdict(rule(long), bucket()).reason).toBe(`assert holds: ${s}`);
  });
});

describe('compileCel', () => {
  it('finds the asset paths an expression reads, through dots, ["x"] and optional access', () => {
    const c = compileCel('asset.facets["publicRead"] == true && asset.config.acl.Grants.exists(g, g.x) && asset.tags[asset.name] == "x" && asset.config.?policy.hasValue()');
    expect(c.paths).toEqual(['facets.publicRead', 'config.acl.Grants', 'tags', 'name', 'config.policy']);
    expect(c.gapKeys.map((g) => g.key)).toEqual(['facets.publicRead', 'acl', 'policy']);
    expect(c.wholeConfig).toBe(false);
    expect(c.wholeFacets).toBe(false);
  });

  it('throws CelSyntax with the caret snippet and the offset', () => {
    let err: unknown;
    try {
      compileCel('asset.name == ');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CelCompileError);
    const c = err as CelCompileError;
    expect(c.code).toBe('CelSyntax');
    expect(c.message).toContain('Unexpected token: EOF');
    expect(c.message).toContain('^');
    expect(c.offset).toBe(14);
  });

  it('throws CelType for type errors, unknown variables and non-bool results', () => {
    const code = (expr: string): [string, string] => {
      try {
        compileCel(expr);
        return ['none', ''];
      } catch (e) {
        return [(e as CelCompileError).code, (e as CelCompileError).message];
      }
    };
    expect(code('1 + "a" == 2')).toEqual(['CelType', expect.stringContaining('no such overload: int + string')]);
    expect(code('resource.name == "x"')).toEqual(['CelType', expect.stringContaining('Unknown variable: resource')]);
    expect(code('"yes"')).toEqual(['CelType', 'the expression must be a bool, but its type is string']);
    expect(code('   ')).toEqual(['CelSyntax', 'the expression is empty']);
    expect(code(OWNER)).toEqual(['none', '']);
  });
});

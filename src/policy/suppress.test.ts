import { describe, expect, it } from 'vitest';
import type { Asset } from '../core/asset.js';
import { findingId } from '../core/finding.js';
import { inlineSuppression } from '../core/finding.js';
import { combinedSuppressor, SuppressionSet, untilEnd } from './suppress.js';
import type { SuppressionSpec } from './types.js';

const NOW = new Date('2026-03-15T12:00:00Z');

function asset(over: Partial<Asset> = {}): Asset {
  return {
    id: 'arn:aws:s3:::logs-prod',
    provider: 'aws',
    account: '111122223333',
    region: 'us-east-1',
    type: 'AWS::S3::Bucket',
    kind: 'storage.bucket',
    name: 'logs-prod',
    tags: { env: 'prod', owner: 'platform' },
    facets: {},
    config: {},
    gaps: {},
    source: { type: 'api' },
    observedAt: '2026-03-15T00:00:00Z',
    ...over,
  };
}

let n = 0;
function spec(over: Partial<SuppressionSpec> = {}): SuppressionSpec {
  n++;
  return { id: `sup-${n}`, reason: 'accepted risk', owner: 'sec@example.com', until: '2026-12-31', source: `parapet.yaml:${10 + n}`, ...over };
}

describe('SuppressionSet.match', () => {
  it('returns the active spec as a config suppression with id, reason, source, owner and until', () => {
    const s = spec({ rule: 'aws.s3.bucket-versioning', reason: 'log bucket, versioning not needed', owner: 'alice' });
    const set = new SuppressionSet([s], NOW);
    expect(set.match('aws.s3.bucket-versioning', asset())).toEqual({ kind: 'config', id: s.id, reason: 'log bucket, versioning not needed', source: s.source, owner: 'alice', until: '2026-12-31' });
    expect(set.match('aws.s3.bucket-encrypted', asset())).toBeUndefined();
  });

  it('holds through the end of the until day (UTC) and lapses the next day', () => {
    const today = spec({ rule: 'r', until: '2026-03-15' });
    const yesterday = spec({ rule: 'r', until: '2026-03-14' });
    expect(new SuppressionSet([today], new Date('2026-03-15T23:59:59.999Z')).match('r', asset())?.id).toBe(today.id);
    expect(new SuppressionSet([today], new Date('2026-03-16T00:00:00.000Z')).match('r', asset())).toBeUndefined();
    expect(new SuppressionSet([yesterday], NOW).match('r', asset())).toBeUndefined();
  });

  it('skips an expired spec and lets a later active one accept the verdict (first active match wins)', () => {
    const expired = spec({ rule: 'r', until: '2025-01-01' });
    const first = spec({ rule: 'r', reason: 'first' });
    const second = spec({ rule: 'r', reason: 'second' });
    const set = new SuppressionSet([expired, first, second], NOW);
    expect(set.match('r', asset())?.id).toBe(first.id);
  });

  it('keeps file order between exact and glob rule specs', () => {
    const glob = spec({ rule: 'aws.s3.*', reason: 'glob' });
    const exact = spec({ rule: 'aws.s3.bucket-versioning', reason: 'exact' });
    expect(new SuppressionSet([glob, exact], NOW).match('aws.s3.bucket-versioning', asset())?.reason).toBe('glob');
    expect(new SuppressionSet([exact, glob], NOW).match('aws.s3.bucket-versioning', asset())?.reason).toBe('exact');
  });

  it('needs every field it sets to match: each mismatch alone rejects the verdict', () => {
    const full: Partial<SuppressionSpec> = {
      rule: 'aws.s3.bucket-versioning',
      asset: 'arn:aws:s3:::logs-*',
      finding: findingId('aws.s3.bucket-versioning', 'arn:aws:s3:::logs-prod'),
      accounts: ['999999999999', '111122223333'],
      regions: ['eu-west-1', 'us-east-1'],
      tags: { env: 'prod', owner: '*' },
    };
    expect(new SuppressionSet([spec(full)], NOW).match('aws.s3.bucket-versioning', asset())).toBeDefined();
    const mismatches: Array<[string, Partial<SuppressionSpec>]> = [
      ['rule', { rule: 'aws.s3.bucket-encrypted' }],
      ['rule glob', { rule: 'azure.*' }],
      ['asset', { asset: 'arn:aws:s3:::data-*' }],
      ['finding', { finding: findingId('aws.s3.bucket-versioning', 'arn:aws:s3:::other') }],
      ['accounts', { accounts: ['999999999999'] }],
      ['regions', { regions: ['eu-west-1'] }],
      ['tag value', { tags: { env: 'dev' } }],
      ['tag absent', { tags: { owner: '*', costcenter: '*' } }],
    ];
    for (const [field, over] of mismatches) {
      const set = new SuppressionSet([spec({ ...full, ...over })], NOW);
      expect(set.match('aws.s3.bucket-versioning', asset()), field).toBeUndefined();
    }
  });

  it('matches globs across / and : in ARNs and Azure ids, for assets and rules', () => {
    const azureId = '/subscriptions/0000-1111/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/stprod';
    const set = new SuppressionSet([spec({ asset: '/subscriptions/*/resourceGroups/rg-prod/*' }), spec({ rule: 'aws.*', asset: 'arn:aws:iam::*:role/*' })], NOW);
    expect(set.match('azure.storage.https-only', asset({ id: azureId }))).toBeDefined();
    expect(set.match('azure.storage.https-only', asset({ id: azureId.replace('rg-prod', 'rg-dev') }))).toBeUndefined();
    expect(set.match('aws.iam.role-unused', asset({ id: 'arn:aws:iam::111122223333:role/service-role/ci' }))).toBeDefined();
    expect(set.match('aws.iam.role-unused', asset({ id: 'arn:aws:iam::111122223333:user/ci' }))).toBeUndefined();
    // `aws.*` spans the dots of the whole rule id, but not another provider's rules.
    expect(set.match('gcp.iam.role-unused', asset({ id: 'arn:aws:iam::111122223333:role/ci' }))).toBeUndefined();
    // `?` is exactly one character.
    const q = new SuppressionSet([spec({ asset: 'arn:aws:s3:::logs-pro?' })], NOW);
    expect(q.match('r', asset())).toBeDefined();
    expect(q.match('r', asset({ id: 'arn:aws:s3:::logs-pr' }))).toBeUndefined();
    // Regular-expression characters in a pattern are literal.
    const lit = new SuppressionSet([spec({ asset: 'arn:aws:s3:::logs.prod+1*' })], NOW);
    expect(lit.match('r', asset({ id: 'arn:aws:s3:::logs.prod+1/x' }))).toBeDefined();
    expect(lit.match('r', asset({ id: 'arn:aws:s3:::logsXprod+1' }))).toBeUndefined();
    expect(lit.match('r', asset({ id: 'arn:aws:s3:::logs.prodd1' }))).toBeUndefined();
  });

  it('treats tag * as present with any value, even empty', () => {
    const set = new SuppressionSet([spec({ tags: { 'parapet:exception': '*' } })], NOW);
    expect(set.match('r', asset({ tags: { 'parapet:exception': '' } }))).toBeDefined();
    expect(set.match('r', asset({ tags: { 'parapet:exception': 'JIRA-12' } }))).toBeDefined();
    expect(set.match('r', asset({ tags: {} }))).toBeUndefined();
  });

  it('matches a global asset only when global is among the regions', () => {
    const g = asset({ region: 'global', id: 'arn:aws:iam::111122223333:root' });
    expect(new SuppressionSet([spec({ regions: ['us-east-1'] })], NOW).match('r', g)).toBeUndefined();
    expect(new SuppressionSet([spec({ regions: ['us-east-1', 'global'] })], NOW).match('r', g)).toBeDefined();
  });

  it('matches a finding-id spec on that rule and asset only', () => {
    const set = new SuppressionSet([spec({ finding: findingId('aws.s3.bucket-versioning', 'arn:aws:s3:::logs-prod') })], NOW);
    expect(set.match('aws.s3.bucket-versioning', asset())).toBeDefined();
    expect(set.match('aws.s3.bucket-encrypted', asset())).toBeUndefined();
    expect(set.match('aws.s3.bucket-versioning', asset({ id: 'arn:aws:s3:::logs-dev' }))).toBeUndefined();
  });

  it('rejects an until that is not a real YYYY-MM-DD day, naming the source', () => {
    expect(() => new SuppressionSet([spec({ id: 'sup-bad', until: '2026-02-30', source: 'parapet.yaml:7' })], NOW)).toThrow(/parapet\.yaml:7: suppression sup-bad has until '2026-02-30'/);
    expect(() => untilEnd({ id: 'x', until: '31/12/2026', source: 'p.yaml:1' })).toThrow(/not a date written YYYY-MM-DD/);
    expect(untilEnd({ id: 'x', until: '2026-12-31', source: 'p.yaml:1' })).toBe(Date.parse('2026-12-31T23:59:59.999Z'));
  });
});

describe('SuppressionSet.report', () => {
  it('counts applied, expired and unused specs', () => {
    const applied = spec({ rule: 'aws.s3.*' });
    const expired = spec({ rule: 'aws.ec2.sg-open', until: '2026-03-14' });
    const unused = spec({ rule: 'gcp.storage.*' });
    const expiredUnmatched = spec({ rule: 'azure.x', until: '2020-01-01' });
    const shadowed = spec({ rule: 'aws.s3.bucket-versioning' });
    const set = new SuppressionSet([applied, expired, unused, expiredUnmatched, shadowed], NOW);
    set.match('aws.s3.bucket-versioning', asset());
    set.match('aws.s3.bucket-encrypted', asset());
    set.match('aws.s3.bucket-encrypted', asset({ id: 'arn:aws:s3:::other' }));
    set.match('aws.ec2.sg-open', asset({ id: 'sg-1' }));
    set.match('aws.ec2.sg-open', asset({ id: 'sg-2' }));
    set.match('azure.y', asset());
    const r = set.report();
    expect(r.applied).toEqual([{ spec: applied, findings: 3 }]);
    expect(r.expired).toEqual([{ spec: expired, findings: 2 }]);
    expect(r.unused).toEqual([unused, shadowed]);
  });

  it('counts an expired spec that an active one after it overrides', () => {
    const expired = spec({ rule: 'r', until: '2026-01-01' });
    const active = spec({ rule: 'r' });
    const set = new SuppressionSet([expired, active], NOW);
    expect(set.match('r', asset())?.id).toBe(active.id);
    expect(set.report()).toEqual({ expired: [{ spec: expired, findings: 1 }], unused: [], applied: [{ spec: active, findings: 1 }] });
  });
});

describe('inline suppressions', () => {
  const iac = asset({
    source: {
      type: 'iac',
      file: 'main.tf',
      line: 10,
      address: 'aws_s3_bucket.logs',
      suppressions: [
        { ruleId: 'aws.s3.bucket-versioning', reason: 'logs are immutable', line: 9 },
        { ruleId: 'aws.s3.bucket-logging', reason: 'this is the log bucket', line: 3, file: 'logging.tf' },
      ],
    },
  });

  it('returns the parapet:ignore of the rule with its file:line', () => {
    expect(inlineSuppression('aws.s3.bucket-versioning', iac)).toEqual({ kind: 'inline', reason: 'logs are immutable', source: 'main.tf:9' });
    expect(inlineSuppression('aws.s3.bucket-logging', iac)).toEqual({ kind: 'inline', reason: 'this is the log bucket', source: 'logging.tf:3' });
    expect(inlineSuppression('aws.s3.bucket-encrypted', iac)).toBeUndefined();
    expect(inlineSuppression('aws.s3.bucket-versioning', asset())).toBeUndefined();
  });

  it('combinedSuppressor prefers inline, then the set, and works without a set', () => {
    const set = new SuppressionSet([spec({ rule: 'aws.s3.*', reason: 'config' })], NOW);
    const both = combinedSuppressor(set);
    expect(both.match('aws.s3.bucket-versioning', iac)?.kind).toBe('inline');
    expect(both.match('aws.s3.bucket-encrypted', iac)).toMatchObject({ kind: 'config', reason: 'config' });
    expect(both.match('gcp.x', iac)).toBeUndefined();
    const inlineOnly = combinedSuppressor();
    expect(inlineOnly.match('aws.s3.bucket-versioning', iac)?.source).toBe('main.tf:9');
    expect(inlineOnly.match('aws.s3.bucket-encrypted', iac)).toBeUndefined();
  });
});

import type { DBInstance } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-multi-az.js';

const asset = (v: Partial<DBInstance>) => awsAsset({ type: 'AWS::RDS::DBInstance', config: { instance: { DBInstanceIdentifier: 'x1', ...v } } });

const cases: Array<{ name: string; value: Partial<DBInstance>; expect: Status; reason?: RegExp }> = [
  { name: 'multi-AZ', value: { MultiAZ: true, SecondaryAvailabilityZone: 'us-east-1b' }, expect: 'pass', reason: /us-east-1b/ },
  { name: 'single-AZ', value: { MultiAZ: false, AvailabilityZone: 'us-east-1a' }, expect: 'fail', reason: /us-east-1a/ },
  { name: 'Aurora member (MultiAZ is always false on members)', value: { MultiAZ: false, DBClusterIdentifier: 'aurora-1' }, expect: 'not_applicable' },
  { name: 'flag missing', value: {}, expect: 'unknown' },
];

describe(rule.id, () => {
  it.each(cases)('$name -> $expect', (c) => {
    const v = runRule(rule, asset(c.value), fixtureContext([]));
    expect(v.status).toBe(c.expect);
    if (c.reason) expect(v.reason).toMatch(c.reason);
    if (v.status === 'pass' || v.status === 'fail') expect(v.evidence[0]?.path).toMatch(/^config\.instance\./);
  });

  it('is unknown when the instance record could not be collected', () => {
    const v = runRule(rule, awsAsset({ type: 'AWS::RDS::DBInstance', gaps: { instance: deniedGap('rds', 'DescribeDBInstances') } }), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeDBInstances');
  });
});

import type { DBCluster } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './cluster-multi-az.js';

const asset = (v: Partial<DBCluster>) => awsAsset({ type: 'AWS::RDS::DBCluster', config: { cluster: { DBClusterIdentifier: 'x1', ...v } } });

const cases: Array<{ name: string; value: Partial<DBCluster>; expect: Status; reason?: RegExp }> = [
  { name: 'multi-AZ', value: { MultiAZ: true, DBClusterMembers: [{ DBInstanceIdentifier: 'a' }, { DBInstanceIdentifier: 'b' }] }, expect: 'pass', reason: /2 member/ },
  { name: 'single AZ', value: { MultiAZ: false, DBClusterMembers: [{ DBInstanceIdentifier: 'a' }] }, expect: 'fail', reason: /1 member/ },
  { name: 'flag missing', value: {}, expect: 'unknown' },
];

describe(rule.id, () => {
  it.each(cases)('$name -> $expect', (c) => {
    const v = runRule(rule, asset(c.value), fixtureContext([]));
    expect(v.status).toBe(c.expect);
    if (c.reason) expect(v.reason).toMatch(c.reason);
    if (v.status === 'pass' || v.status === 'fail') expect(v.evidence[0]?.path).toMatch(/^config\.cluster\./);
  });

  it('is unknown when the cluster record could not be collected', () => {
    const v = runRule(rule, awsAsset({ type: 'AWS::RDS::DBCluster', gaps: { cluster: deniedGap('rds', 'DescribeDBClusters') } }), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeDBClusters');
  });
});

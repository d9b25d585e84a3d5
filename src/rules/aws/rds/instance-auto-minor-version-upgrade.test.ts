import type { DBInstance } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-auto-minor-version-upgrade.js';

const asset = (v: Partial<DBInstance>) => awsAsset({ type: 'AWS::RDS::DBInstance', config: { instance: { DBInstanceIdentifier: 'x1', ...v } } });

const cases: Array<{ name: string; value: Partial<DBInstance>; expect: Status; reason?: RegExp }> = [
  { name: 'auto minor upgrade on', value: { AutoMinorVersionUpgrade: true }, expect: 'pass' },
  { name: 'auto minor upgrade off', value: { AutoMinorVersionUpgrade: false, Engine: 'postgres', EngineVersion: '13.4' }, expect: 'fail', reason: /postgres 13\.4/ },
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

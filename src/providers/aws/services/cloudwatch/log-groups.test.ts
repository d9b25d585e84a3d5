import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { runRule } from '../../../../core/rule.js';
import { rule as kmsEncrypted } from '../../../../rules/aws/cloudwatch/log-group-kms-encrypted.js';
import { rule as retentionSet } from '../../../../rules/aws/cloudwatch/log-group-retention-set.js';
import { logGroupsCollector } from './log-groups.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from './test-estate.js';

const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`;

describe('aws.cloudwatch.log-groups collector', () => {
  it('lists every log group across DescribeLogGroups pages of 50', async () => {
    const logGroups = names('/app/svc', 120).map((logGroupName) => ({ logGroupName }));
    const sim = await startSimulator({ estate: regionalEstate({ logs: { logGroups } }) });
    try {
      const out = await scanWith(sim, [logGroupsCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(120);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(120);
      expect(sim.stats().byOperation['logs:DescribeLogGroups']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('keeps the listing entry as the logGroup aspect, under the ARN without ":*"', async () => {
    const out = await collectFrom(
      regionalEstate({ logs: { logGroups: [{ logGroupName: '/aws/cloudtrail', retentionInDays: 365, kmsKeyId: KEY, creationTime: '2025-01-02T03:04:05Z' }, { logGroupName: '/app/debug' }] } }),
      logGroupsCollector,
    );
    const trail = byName(out.assets, '/aws/cloudtrail');
    expect(trail).toMatchObject({ id: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/cloudtrail`, type: 'AWS::Logs::LogGroup', kind: 'logging.log-group', account: ACCOUNT, region: REGION });
    expect(trail.config.logGroup).toMatchObject({ retentionInDays: 365, kmsKeyId: KEY, creationTime: Date.parse('2025-01-02T03:04:05Z'), arn: `${trail.id}:*` });
    const debug = byName(out.assets, '/app/debug');
    expect(debug.config.logGroup).not.toHaveProperty('retentionInDays');

    const ctx = fixtureContext(out.assets);
    expect(runRule(retentionSet, trail, ctx).status).toBe('pass');
    expect(runRule(retentionSet, debug, ctx).status).toBe('fail');
    expect(runRule(kmsEncrypted, trail, ctx).status).toBe('pass');
    expect(runRule(kmsEncrypted, debug, ctx).status).toBe('fail');
  });

  it('reports a denied listing as incomplete coverage naming the call', async () => {
    const out = await collectFrom(regionalEstate({ logs: { logGroups: [{ logGroupName: '/app/x' }] } }), logGroupsCollector, { faults: [{ effect: 'deny', service: 'logs', operation: 'DescribeLogGroups' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'logs', operation: 'DescribeLogGroups', code: 'AccessDeniedException' })]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.cloudwatch.log-groups', ok: false })]);
  });
});

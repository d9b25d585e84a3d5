import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './log-group-kms-encrypted.js';

const key = 'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const group = (logGroup: Record<string, unknown>) => awsAsset({ type: 'AWS::Logs::LogGroup', config: { logGroup: { logGroupName: '/app/api', ...logGroup } } });

describe(rule.id, () => {
  it.each([
    ['a KMS key', { kmsKeyId: key }, 'pass', key],
    ['no key', {}, 'fail', null],
    ['an empty key id', { kmsKeyId: '' }, 'fail', null],
  ])('%s -> %s', (_name, logGroup, status, observed) => {
    const v = runRule(rule, group(logGroup), fixtureContext([]));
    expect(v).toMatchObject({ status, evidence: [{ path: 'config.logGroup.kmsKeyId', observed }] });
  });

  it('is unknown when DescribeLogGroups was denied', () => {
    const a = awsAsset({ type: 'AWS::Logs::LogGroup', gaps: { logGroup: deniedGap('logs', 'DescribeLogGroups') } });
    expect(runRule(rule, a, fixtureContext([])).status).toBe('unknown');
  });
});

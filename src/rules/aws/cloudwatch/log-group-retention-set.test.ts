import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './log-group-retention-set.js';

const group = (logGroup: Record<string, unknown>) => awsAsset({ type: 'AWS::Logs::LogGroup', config: { logGroup: { logGroupName: '/app/web', ...logGroup } } });

describe(rule.id, () => {
  it.each([
    ['a 30-day retention', { retentionInDays: 30 }, 'pass', 30],
    ['a 10-year retention', { retentionInDays: 3653 }, 'pass', 3653],
    ['never expire (no retentionInDays)', {}, 'fail', null],
  ])('%s -> %s', (_name, logGroup, status, observed) => {
    const v = runRule(rule, group(logGroup), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toMatchObject({ path: 'config.logGroup.retentionInDays', observed });
  });

  it('is unknown when the log group was not described', () => {
    const a = awsAsset({ type: 'AWS::Logs::LogGroup', gaps: { logGroup: deniedGap('logs', 'DescribeLogGroups') } });
    expect(runRule(rule, a, fixtureContext([]))).toMatchObject({ status: 'unknown', reason: expect.stringContaining('DescribeLogGroups') });
  });
});

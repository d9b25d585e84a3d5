import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './log-group-retention-one-year.js';

const group = (logGroup: Record<string, unknown>) => awsAsset({ type: 'AWS::Logs::LogGroup', config: { logGroup: { logGroupName: '/aws/cloudtrail', ...logGroup } } });

describe(rule.id, () => {
  it.each([
    ['exactly 365 days', { retentionInDays: 365 }, 'pass'],
    ['400 days', { retentionInDays: 400 }, 'pass'],
    ['never expire', {}, 'pass'],
    ['180 days', { retentionInDays: 180 }, 'fail'],
    ['1 day', { retentionInDays: 1 }, 'fail'],
  ])('%s -> %s', (_name, logGroup, status) => {
    const v = runRule(rule, group(logGroup), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.logGroup.retentionInDays');
  });

  it('is unknown when the log group aspect was never collected', () => {
    expect(runRule(rule, awsAsset({ type: 'AWS::Logs::LogGroup' }), fixtureContext([])).status).toBe('unknown');
  });
});

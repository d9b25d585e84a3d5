import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './alarm-actions-enabled.js';

const alarm = (a: Record<string, unknown>) => awsAsset({ type: 'AWS::CloudWatch::Alarm', config: { alarm: { AlarmName: 'root-usage', ...a } } });

describe(rule.id, () => {
  it.each([
    ['actions enabled', { ActionsEnabled: true }, 'pass'],
    ['actions disabled', { ActionsEnabled: false }, 'fail'],
    ['ActionsEnabled not reported', {}, 'unknown'],
  ])('%s -> %s', (_name, a, status) => {
    const v = runRule(rule, alarm(a), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.alarm.ActionsEnabled');
  });

  it('is unknown when the alarm aspect is missing', () => {
    expect(runRule(rule, awsAsset({ type: 'AWS::CloudWatch::Alarm' }), fixtureContext([])).status).toBe('unknown');
  });
});

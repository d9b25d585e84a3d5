import { describe, expect, it } from 'vitest';
import { awsAsset } from '../../../../test/support/assets.js';
import { rule, stoppedAt } from './stopped-instance-removed.js';
import { instanceAsset, verdict } from './support/fixtures.js';

const observedAt = '2026-11-29T00:00:00.000Z';
const stopped = (reason: string | undefined) => instanceAsset({ State: { Name: 'stopped', Code: 80 }, StateTransitionReason: reason }, observedAt);

describe(rule.id, () => {
  it.each([
    ['stopped 58 days before the scan', stopped('User initiated (2026-10-01 09:30:00 GMT)'), 'fail'],
    ['stopped 10 days before the scan', stopped('User initiated (2026-11-19 09:30:00 GMT)'), 'pass'],
    ['stopped exactly 30 days before the scan', stopped('User initiated (2026-10-30 00:00:00 GMT)'), 'pass'],
    ['running', instanceAsset({ State: { Name: 'running', Code: 16 } }, observedAt), 'pass'],
    ['terminated', instanceAsset({ State: { Name: 'terminated', Code: 48 } }, observedAt), 'not_applicable'],
    ['stopped with no stop time reported', stopped(''), 'unknown'],
    ['not collected', awsAsset({ type: 'AWS::EC2::Instance' }), 'unknown'],
  ])('%s -> %s', (_name, asset, status) => {
    expect(verdict(rule, asset).status).toBe(status);
  });

  it('reports the days stopped as evidence', () => {
    const v = verdict(rule, stopped('User initiated (2026-10-01 09:30:00 GMT)'));
    expect(v.evidence[1]).toMatchObject({ observed: { stoppedAt: '2026-10-01T09:30:00.000Z', daysStopped: 58 } });
  });

  it('parses the stop time out of StateTransitionReason', () => {
    expect(stoppedAt('Service initiated (2025-01-02 03:04:05 GMT)')?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
    expect(stoppedAt('User initiated')).toBeUndefined();
  });
});

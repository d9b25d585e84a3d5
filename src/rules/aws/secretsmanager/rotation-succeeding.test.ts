import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './rotation-succeeding.js';
import { daysBefore, deniedSecret, secretAsset } from './support/fixtures.js';
import { rotationIntervalDays } from './support/schedule.js';

const every = (AutomaticallyAfterDays: number) => ({ RotationEnabled: true, RotationRules: { AutomaticallyAfterDays } });

describe(rule.id, () => {
  it.each([
    ['30-day schedule, rotated 10 days ago', { ...every(30), LastRotatedDate: daysBefore(10) }, 'pass'],
    ['30-day schedule, rotated 32 days ago (inside the grace)', { ...every(30), LastRotatedDate: daysBefore(32) }, 'pass'],
    ['30-day schedule, rotated 45 days ago', { ...every(30), LastRotatedDate: daysBefore(45) }, 'fail'],
    ['rate(7 days), rotated 20 days ago', { RotationEnabled: true, RotationRules: { ScheduleExpression: 'rate(7 days)' }, LastRotatedDate: daysBefore(20) }, 'fail'],
    ['enabled but never rotated in 400 days', every(30), 'fail'],
    ['rotation off', { RotationEnabled: false, LastRotatedDate: daysBefore(500) }, 'not_applicable'],
    ['cron schedule', { RotationEnabled: true, RotationRules: { ScheduleExpression: 'cron(0 16 1,15 * ? *)' }, LastRotatedDate: daysBefore(5) }, 'unknown'],
  ])('%s -> %s', (_name, secret, status) => {
    expect(runRule(rule, secretAsset(secret), fixtureContext([])).status).toBe(status);
  });

  it('is unknown when the secret could not be collected', () => {
    expect(runRule(rule, deniedSecret(), fixtureContext([])).status).toBe('unknown');
  });

  it.each([
    [{ AutomaticallyAfterDays: 30 }, 30],
    [{ ScheduleExpression: 'rate(10 days)' }, 10],
    [{ ScheduleExpression: 'rate(12 hours)' }, 0.5],
    [{ ScheduleExpression: 'cron(0 8 ? * MON *)' }, undefined],
  ])('reads the interval of %j as %s days', (rules, days) => {
    expect(rotationIntervalDays(rules)).toBe(days);
  });
});

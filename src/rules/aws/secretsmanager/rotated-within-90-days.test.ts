import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './rotated-within-90-days.js';
import { daysBefore, deniedSecret, secretAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['rotated last month', { LastRotatedDate: daysBefore(30) }, 'pass'],
    ['rotated 120 days ago', { LastRotatedDate: daysBefore(120), RotationEnabled: true }, 'fail'],
    ['never rotated, created 400 days ago', {}, 'fail'],
    ['never rotated, created 10 days ago', { CreatedDate: daysBefore(10) }, 'pass'],
  ])('%s -> %s', (_name, secret, status) => {
    const v = runRule(rule, secretAsset(secret), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBe(1);
  });

  it('is unknown without any date or when the secret could not be collected', () => {
    expect(runRule(rule, secretAsset({ CreatedDate: undefined }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, deniedSecret(), fixtureContext([])).status).toBe('unknown');
  });
});

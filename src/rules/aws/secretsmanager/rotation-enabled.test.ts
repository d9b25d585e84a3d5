import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './rotation-enabled.js';
import { deniedSecret, secretAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['rotating every 30 days', { RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 } }, 'pass'],
    ['rotation turned off', { RotationEnabled: false }, 'fail'],
    ['never configured (ListSecrets leaves the field out)', {}, 'fail'],
  ])('%s -> %s', (_name, secret, status) => {
    const v = runRule(rule, secretAsset(secret), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toMatchObject({ path: 'config.secret.RotationEnabled', expected: true });
  });

  it('is unknown when the secret could not be collected', () => {
    expect(runRule(rule, deniedSecret(), fixtureContext([])).status).toBe('unknown');
  });
});

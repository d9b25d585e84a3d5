import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './password-policy-min-length.js';
import { passwordPolicyAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['14 characters', { MinimumPasswordLength: 14 }, 'pass'],
    ['20 characters', { MinimumPasswordLength: 20 }, 'pass'],
    ['13 characters', { MinimumPasswordLength: 13 }, 'fail'],
    ['no password policy (NoSuchEntity)', null, 'fail'],
  ] as const)('%s -> %s', (_name, policy, status) => {
    const v = runRule(rule, passwordPolicyAsset(policy), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('reports the observed length', () => {
    expect(runRule(rule, passwordPolicyAsset({ MinimumPasswordLength: 8 }), fixtureContext([])).evidence[0]).toMatchObject({ observed: 8, expected: '>= 14' });
  });

  it('is unknown when the policy could not be read (denied is not "absent")', () => {
    const v = runRule(rule, passwordPolicyAsset(undefined, { policy: deniedGap('iam', 'GetAccountPasswordPolicy') }), fixtureContext([]));
    expect(v.status).toBe('unknown');
  });
});

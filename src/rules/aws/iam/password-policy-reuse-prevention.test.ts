import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './password-policy-reuse-prevention.js';
import { passwordPolicyAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['24 remembered', { MinimumPasswordLength: 14, PasswordReusePrevention: 24 }, 'pass'],
    ['5 remembered', { MinimumPasswordLength: 14, PasswordReusePrevention: 5 }, 'fail'],
    ['reuse prevention not set', { MinimumPasswordLength: 14 }, 'fail'],
    ['no password policy', null, 'fail'],
  ] as const)('%s -> %s', (_name, policy, status) => {
    expect(runRule(rule, passwordPolicyAsset(policy), fixtureContext([])).status).toBe(status);
  });

  it('is unknown when the policy is missing data', () => {
    expect(runRule(rule, passwordPolicyAsset(undefined, { policy: deniedGap('iam', 'GetAccountPasswordPolicy') }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, passwordPolicyAsset(undefined), fixtureContext([])).status).toBe('unknown');
  });
});

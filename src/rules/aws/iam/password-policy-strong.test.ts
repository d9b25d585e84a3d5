import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './password-policy-strong.js';
import { passwordPolicyAsset } from './support/test-fixtures.js';

const strong = { MinimumPasswordLength: 14, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, RequireNumbers: true, RequireSymbols: true };

describe(rule.id, () => {
  it.each([
    ['all classes, 14 characters', strong, 'pass'],
    ['no symbols', { ...strong, RequireSymbols: false }, 'fail'],
    ['all classes but 6 characters', { ...strong, MinimumPasswordLength: 6 }, 'fail'],
    ['no password policy', null, 'fail'],
  ] as const)('%s -> %s', (_name, policy, status) => {
    expect(runRule(rule, passwordPolicyAsset(policy), fixtureContext([])).status).toBe(status);
  });

  it('names what is not required', () => {
    const v = runRule(rule, passwordPolicyAsset({ ...strong, RequireNumbers: false }), fixtureContext([]));
    expect(v.reason).toContain('RequireNumbers');
    expect(v.evidence).toContainEqual({ path: 'config.policy.PasswordPolicy.RequireNumbers', observed: false, expected: true });
  });

  it('is unknown when the policy could not be read', () => {
    expect(runRule(rule, passwordPolicyAsset(undefined, { policy: deniedGap('iam', 'GetAccountPasswordPolicy') }), fixtureContext([])).status).toBe('unknown');
  });
});

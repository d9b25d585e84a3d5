import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './user-console-mfa.js';
import { row, userAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['password and MFA', {}, 'pass'],
    ['password without MFA', { mfa_active: 'false' }, 'fail'],
    ['no password, no MFA (programmatic user)', { password_enabled: 'false', mfa_active: 'false' }, 'pass'],
  ] as const)('%s -> %s', (_name, cols, status) => {
    const v = runRule(rule, userAsset({ credentials: row(cols) }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence).toContainEqual(expect.objectContaining({ path: 'config.credentials.mfa_active' }));
  });

  it('is unknown when the credential report failed', () => {
    const v = runRule(rule, userAsset({}, { credentials: deniedGap('iam', 'GetCredentialReport') }), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetCredentialReport');
  });
});

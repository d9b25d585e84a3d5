import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './user-credentials-unused-90-days.js';
import { row, userAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['password used 60 days ago (fails CIS 45, passes FSBP 90)', { password_last_used: '2026-09-30T00:00:00+00:00' }, 'pass'],
    ['password used 120 days ago', { password_last_used: '2026-08-01T00:00:00+00:00' }, 'fail'],
    ['active key unused for 91 days', { access_key_1_last_used_date: '2026-08-30T00:00:00+00:00' }, 'fail'],
  ] as const)('%s -> %s', (_name, cols, status) => {
    expect(runRule(rule, userAsset({ credentials: row(cols) }), fixtureContext([])).status).toBe(status);
  });

  it('is unknown without the credential report', () => {
    expect(runRule(rule, userAsset({}, { credentials: deniedGap('iam', 'GenerateCredentialReport') }), fixtureContext([])).status).toBe('unknown');
  });
});

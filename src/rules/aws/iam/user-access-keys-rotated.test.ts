import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './user-access-keys-rotated.js';
import { row, userAsset } from './support/test-fixtures.js';

// Observed at 2026-11-29: 90 days before is 2026-08-31.
describe(rule.id, () => {
  it.each([
    ['key 45 days old', {}, 'pass'],
    ['key exactly 90 days old', { access_key_1_last_rotated: '2026-08-31T00:00:00+00:00' }, 'pass'],
    ['key 91 days old', { access_key_1_last_rotated: '2026-08-30T00:00:00+00:00' }, 'fail'],
    ['old key but inactive', { access_key_1_active: 'false', access_key_1_last_rotated: '2024-01-01T00:00:00+00:00' }, 'pass'],
    ['second active key is old', { access_key_2_active: 'true', access_key_2_last_rotated: '2025-06-01T00:00:00+00:00' }, 'fail'],
    ['active key without a rotation date', { access_key_1_last_rotated: 'N/A' }, 'unknown'],
  ] as const)('%s -> %s', (_name, cols, status) => {
    const v = runRule(rule, userAsset({ credentials: row(cols) }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown without the credential report', () => {
    expect(runRule(rule, userAsset({}, { credentials: deniedGap('iam', 'GetCredentialReport') }), fixtureContext([])).status).toBe('unknown');
  });
});

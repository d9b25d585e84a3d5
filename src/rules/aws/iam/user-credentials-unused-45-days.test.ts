import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './user-credentials-unused-45-days.js';
import { row, userAsset } from './support/test-fixtures.js';

// Observed at 2026-11-29: 45 days before is 2026-10-15.
describe(rule.id, () => {
  it.each([
    ['everything used recently', {}, 'pass'],
    ['password last used 44 days ago', { password_last_used: '2026-10-16T00:00:00+00:00' }, 'pass'],
    ['password last used exactly 45 days ago', { password_last_used: '2026-10-15T00:00:00+00:00' }, 'fail'],
    ['password never used, set 100 days ago', { password_last_used: 'no_information', password_last_changed: '2026-08-21T00:00:00+00:00' }, 'fail'],
    ['password never used, set 10 days ago', { password_last_used: 'N/A', password_last_changed: '2026-11-19T00:00:00+00:00' }, 'pass'],
    ['stale password but disabled', { password_enabled: 'false', password_last_used: '2025-01-01T00:00:00+00:00' }, 'pass'],
    ['active key 1 unused for 60 days', { access_key_1_last_used_date: '2026-09-30T00:00:00+00:00' }, 'fail'],
    ['active key never used, created 50 days ago', { access_key_1_last_used_date: 'N/A', access_key_1_last_rotated: '2026-10-10T00:00:00+00:00' }, 'fail'],
    ['inactive key unused for a year', { access_key_2_active: 'false', access_key_2_last_rotated: '2025-01-01T00:00:00+00:00', access_key_2_last_used_date: '2025-02-01T00:00:00+00:00' }, 'pass'],
    ['no credentials at all', { password_enabled: 'false', access_key_1_active: 'false' }, 'pass'],
  ] as const)('%s -> %s', (_name, cols, status) => {
    const v = runRule(rule, userAsset({ credentials: row(cols) }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('evidence points at the column that decided', () => {
    const v = runRule(rule, userAsset({ credentials: row({ access_key_1_last_used_date: '2026-09-30T00:00:00+00:00' }) }), fixtureContext([]));
    expect(v.evidence).toContainEqual({ path: 'config.credentials.access_key_1_last_used_date', observed: '2026-09-30T00:00:00+00:00', expected: 'used within 45 days' });
  });

  it('is unknown when the user is missing from the report', () => {
    const gap = { ...deniedGap('iam', 'GetCredentialReport'), code: 'NotInCredentialReport' };
    expect(runRule(rule, userAsset({}, { credentials: gap }), fixtureContext([])).status).toBe('unknown');
  });
});

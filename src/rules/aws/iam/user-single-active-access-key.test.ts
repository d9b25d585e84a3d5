import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './user-single-active-access-key.js';
import { row, userAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['one active key', {}, 'pass'],
    ['no keys', { access_key_1_active: 'false' }, 'pass'],
    ['two keys, second inactive', { access_key_2_active: 'false', access_key_2_last_rotated: '2026-01-01T00:00:00+00:00' }, 'pass'],
    ['two active keys', { access_key_2_active: 'true', access_key_2_last_rotated: '2026-11-01T00:00:00+00:00' }, 'fail'],
  ] as const)('%s -> %s', (_name, cols, status) => {
    const v = runRule(rule, userAsset({ credentials: row(cols) }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.map((e) => e.path)).toEqual(['config.credentials.access_key_1_active', 'config.credentials.access_key_2_active']);
  });

  it('is unknown without the credential report', () => {
    expect(runRule(rule, userAsset({}, { credentials: deniedGap('iam', 'GetCredentialReport') }), fixtureContext([])).status).toBe('unknown');
  });
});

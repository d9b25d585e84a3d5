import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './service-account-no-user-managed-keys.js';
import { key, serviceAccount } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['only system-managed keys', [key('a', 'SYSTEM_MANAGED')], 'pass'],
    ['no keys listed (null)', null, 'pass'],
    ['a user-managed key', [key('a', 'SYSTEM_MANAGED'), key('b', 'USER_MANAGED', '2026-11-01T00:00:00Z')], 'fail'],
  ])('%s -> %s', (_n, keys, status) => {
    const v = runRule(rule, serviceAccount(keys), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when keys could not be listed', () => {
    const v = runRule(rule, serviceAccount(undefined, true), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('keys.list');
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './service-account-keys-rotated.js';
import { key, serviceAccount } from './support/fixtures.js';

// Observed at 2026-11-29: 90 days before is 2026-08-31.
describe(rule.id, () => {
  it.each([
    ['recent user key', [key('a', 'USER_MANAGED', '2026-11-01T00:00:00Z')], 'pass'],
    ['exactly 90 days', [key('a', 'USER_MANAGED', '2026-08-31T00:00:00Z')], 'pass'],
    ['91 days', [key('a', 'USER_MANAGED', '2026-08-30T00:00:00Z')], 'fail'],
    ['old system-managed key is ignored', [key('a', 'SYSTEM_MANAGED', '2020-01-01T00:00:00Z')], 'pass'],
    ['no validAfterTime', [key('a', 'USER_MANAGED')], 'unknown'],
    ['no keys', [], 'pass'],
  ])('%s -> %s', (_n, keys, status) => {
    const v = runRule(rule, serviceAccount(keys), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when keys could not be listed', () => {
    expect(runRule(rule, serviceAccount(undefined, true), fixtureContext([])).status).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-mfa-delete-enabled.js';
import { bucket } from './support/fixtures.js';

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['versioning with MFA delete passes', bucket({ versioning: { Status: 'Enabled', MFADelete: 'Enabled' } }), 'pass'],
    ['versioning without MFA delete fails', bucket({ versioning: { Status: 'Enabled', MFADelete: 'Disabled' } }), 'fail'],
    ['never versioned fails', bucket({ versioning: {} }), 'fail'],
    ['denied GetBucketVersioning is unknown', bucket({}, { versioning: 'GetBucketVersioning' }), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

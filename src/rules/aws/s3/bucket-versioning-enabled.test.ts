import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-versioning-enabled.js';
import { bucket } from './support/fixtures.js';

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['enabled passes', bucket({ versioning: { Status: 'Enabled' } }), 'pass'],
    ['suspended fails', bucket({ versioning: { Status: 'Suspended' } }), 'fail'],
    ['never versioned (no Status) fails', bucket({ versioning: {} }), 'fail'],
    ['denied GetBucketVersioning is unknown', bucket({}, { versioning: 'GetBucketVersioning' }), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

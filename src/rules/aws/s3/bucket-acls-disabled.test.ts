import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-acls-disabled.js';
import { bucket } from './support/fixtures.js';

const ownership = (o: string) => ({ Rules: [{ ObjectOwnership: o }] });

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['BucketOwnerEnforced passes', bucket({ ownershipControls: ownership('BucketOwnerEnforced') }), 'pass'],
    ['BucketOwnerPreferred fails (ACLs still apply)', bucket({ ownershipControls: ownership('BucketOwnerPreferred') }), 'fail'],
    ['ObjectWriter fails', bucket({ ownershipControls: ownership('ObjectWriter') }), 'fail'],
    ['no ownership controls fails', bucket({ ownershipControls: null }), 'fail'],
    ['denied GetBucketOwnershipControls is unknown', bucket({}, { ownershipControls: 'GetBucketOwnershipControls' }), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './user-no-direct-policies.js';
import { userAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['only groups', { GroupList: ['developers'], AttachedManagedPolicies: [], UserPolicyList: [] }, 'pass'],
    ['lists absent', { GroupList: ['developers'] }, 'pass'],
    ['managed policy attached', { AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }], UserPolicyList: [] }, 'fail'],
    ['inline policy', { AttachedManagedPolicies: [], UserPolicyList: [{ PolicyName: 'inline-s3', PolicyDocument: { Statement: [] } }] }, 'fail'],
  ] as const)('%s -> %s', (_name, details, status) => {
    expect(runRule(rule, userAsset({ details }), fixtureContext([])).status).toBe(status);
  });

  it('lists the offending policies as evidence', () => {
    const v = runRule(rule, userAsset({ details: { UserPolicyList: [{ PolicyName: 'inline-s3' }] } }), fixtureContext([]));
    expect(v.evidence).toContainEqual({ path: 'config.details.UserPolicyList', observed: ['inline-s3'], expected: [] });
  });

  it('is unknown without details', () => {
    expect(runRule(rule, userAsset({}, { details: deniedGap('iam', 'GetAccountAuthorizationDetails') }), fixtureContext([])).status).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './policy-no-service-wildcard.js';
import { managedPolicyAsset } from './support/test-fixtures.js';

describe(rule.id, () => {
  it.each([
    ['s3:* as a string', { Statement: { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' } }, 'fail'],
    ['iam:* among others', { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'iam:*'], Resource: '*' }] }, 'fail'],
    ['prefix wildcard s3:Get* is fine', { Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] }, 'pass'],
    ['Deny s3:* is fine', { Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] }, 'pass'],
    ['explicit actions', { Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: '*' }] }, 'pass'],
  ] as const)('%s -> %s', (_name, document, status) => {
    expect(runRule(rule, managedPolicyAsset(document), fixtureContext([])).status).toBe(status);
  });

  it('is unknown without the policy', () => {
    expect(runRule(rule, managedPolicyAsset(undefined, 1, { policy: deniedGap('iam', 'GetAccountAuthorizationDetails') }), fixtureContext([])).status).toBe('unknown');
  });
});

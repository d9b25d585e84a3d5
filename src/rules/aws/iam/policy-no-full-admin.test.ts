import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './policy-no-full-admin.js';
import { managedPolicyAsset } from './support/test-fixtures.js';

const doc = (statement: unknown) => ({ Version: '2012-10-17', Statement: statement });

describe(rule.id, () => {
  it.each([
    ['Action "*" on "*" as a single statement object', doc({ Effect: 'Allow', Action: '*', Resource: '*' }), 'fail'],
    ['Action ["*:*"] on ["*"] in an array', doc([{ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }]), 'fail'],
    ['admin behind a condition still counts', doc([{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }]), 'fail'],
    ['NotAction excluding one S3 action (IAM still allowed)', doc([{ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: '*' }]), 'fail'],
    ['Action "*" with NotResource', doc([{ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::audit-logs/*' }]), 'fail'],
    ['PowerUserAccess shape: NotAction excludes iam:*', doc([{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' }]), 'pass'],
    ['Deny "*" on "*"', doc([{ Effect: 'Deny', Action: '*', Resource: '*' }]), 'pass'],
    ['Action "*" on one bucket', doc([{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }]), 'pass'],
    ['scoped actions on "*"', doc([{ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:Describe*'], Resource: '*' }]), 'pass'],
    ['empty statement list', doc([]), 'pass'],
  ] as const)('%s -> %s', (_name, document, status) => {
    const v = runRule(rule, managedPolicyAsset(document), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.policy.PolicyVersionList.0.Document.Statement');
  });

  it('passes an admin policy that is attached to nothing, saying so', () => {
    const v = runRule(rule, managedPolicyAsset(doc({ Effect: 'Allow', Action: '*', Resource: '*' }), 0), fixtureContext([]));
    expect(v.status).toBe('pass');
    expect(v.reason).toContain('attached to nothing');
  });

  it('is unknown when the document is not parseable', () => {
    expect(runRule(rule, managedPolicyAsset('%7B not json'), fixtureContext([])).status).toBe('unknown');
  });

  it('is unknown when the policy was not collected', () => {
    expect(runRule(rule, managedPolicyAsset(undefined, 1, { policy: deniedGap('iam', 'GetAccountAuthorizationDetails') }), fixtureContext([])).status).toBe('unknown');
  });
});

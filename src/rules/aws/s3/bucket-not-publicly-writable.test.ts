import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-not-publicly-writable.js';
import { accountBlock, aclWith, ALL_ON, bucket, ownerOnlyAcl, policy } from './support/fixtures.js';

const forEveryone = (Action: string | string[], extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal: '*', Action, Resource: 'arn:aws:s3:::fixture-bucket/*', ...extra });
const open = (config: Record<string, unknown>, denied: Record<string, string> = {}) =>
  bucket({ publicAccessBlock: null, acl: ownerOnlyAcl, policy: null, ownershipControls: null, ...config }, denied);
const noAccountBlock = fixtureContext([accountBlock(null)]);

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, ReturnType<typeof fixtureContext>, string]> = [
    ['private bucket passes', open({}), noAccountBlock, 'pass'],
    ['ACL WRITE to AllUsers fails', open({ acl: aclWith('AllUsers', 'WRITE') }), noAccountBlock, 'fail'],
    ['ACL WRITE_ACP to AuthenticatedUsers fails', open({ acl: aclWith('AuthenticatedUsers', 'WRITE_ACP') }), noAccountBlock, 'fail'],
    ['ACL FULL_CONTROL to AllUsers fails', open({ acl: aclWith('AllUsers', 'FULL_CONTROL') }), noAccountBlock, 'fail'],
    ['ACL READ to AllUsers is not a write exposure', open({ acl: aclWith('AllUsers', 'READ') }), noAccountBlock, 'pass'],
    ['public WRITE ACL ignored by account IgnorePublicAcls passes', open({ acl: aclWith('AllUsers', 'WRITE') }), fixtureContext([accountBlock(ALL_ON)]), 'pass'],
    ['policy Allow s3:PutObject to "*" fails', open({ policy: policy(forEveryone('s3:PutObject')) }), noAccountBlock, 'fail'],
    ['policy Allow s3:Delete* to "*" fails', open({ policy: policy(forEveryone('s3:Delete*')) }), noAccountBlock, 'fail'],
    ['policy Allow s3:* to "*" fails', open({ policy: policy(forEveryone('s3:*')) }), noAccountBlock, 'fail'],
    ['policy Allow "*" action to "*" fails', open({ policy: policy(forEveryone('*')) }), noAccountBlock, 'fail'],
    ['policy Allow NotAction s3:Get* to "*" fails (grants everything else)', open({ policy: policy({ Effect: 'Allow', Principal: '*', NotAction: 's3:Get*', Resource: '*' }) }), noAccountBlock, 'fail'],
    ['policy Allow s3:GetObject to "*" is not a write exposure', open({ policy: policy(forEveryone('s3:GetObject')) }), noAccountBlock, 'pass'],
    ['public write confined to an organization passes', open({ policy: policy(forEveryone('s3:PutObject', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })) }), noAccountBlock, 'pass'],
    ['public write neutralised by bucket RestrictPublicBuckets passes', open({ policy: policy(forEveryone('s3:PutObject')), publicAccessBlock: { RestrictPublicBuckets: true } }), noAccountBlock, 'pass'],
    ['public write cancelled by an outright Deny of s3:PutObject passes', open({ policy: policy(forEveryone('s3:PutObject'), { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:Put*', Resource: 'arn:aws:s3:::fixture-bucket/*' }) }), noAccountBlock, 'pass'],
    ['Deny conditioned on aws:SecureTransport does not cancel public write', open({ policy: policy(forEveryone('s3:PutObject'), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }) }), noAccountBlock, 'fail'],
    ['denied GetBucketAcl is unknown', open({}, { acl: 'GetBucketAcl' }), noAccountBlock, 'unknown'],
    ['denied GetBucketPolicy is unknown', open({}, { policy: 'GetBucketPolicy' }), noAccountBlock, 'unknown'],
  ];

  it.each(cases)('%s', (_name, asset, ctx, status) => {
    const v = runRule(rule, asset, ctx);
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-not-publicly-readable.js';
import { ACCOUNT_BLOCK_TYPE } from '../../../analysis/aws/s3/block-settings.js';
import { accountBlock, aclWith, ALL_OFF, ALL_ON, bucket, OTHER, ownerOnlyAcl, policy } from './support/fixtures.js';

const getObjectForEveryone = (extra: Record<string, unknown> = {}) => ({ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::fixture-bucket/*', ...extra });

/** A bucket with no blocks anywhere: only its ACL and policy decide. */
const open = (config: Record<string, unknown>, denied: Record<string, string> = {}) =>
  bucket({ publicAccessBlock: null, acl: ownerOnlyAcl, policy: null, ownershipControls: null, ...config }, denied);
const noAccountBlock = fixtureContext([accountBlock(null)]);

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, ReturnType<typeof fixtureContext>, string]> = [
    ['private bucket with every block on passes', bucket({ publicAccessBlock: ALL_ON, acl: ownerOnlyAcl, policy: null, ownershipControls: null }), fixtureContext([accountBlock(ALL_ON)]), 'pass'],
    ['private bucket with no blocks passes (nothing to neutralise)', open({}), noAccountBlock, 'pass'],
    ['ACL READ to AllUsers fails', open({ acl: aclWith('AllUsers', 'READ') }), noAccountBlock, 'fail'],
    ['ACL READ to AuthenticatedUsers fails', open({ acl: aclWith('AuthenticatedUsers', 'READ') }), noAccountBlock, 'fail'],
    ['ACL READ_ACP to AllUsers fails', open({ acl: aclWith('AllUsers', 'READ_ACP') }), noAccountBlock, 'fail'],
    ['ACL WRITE_ACP to AllUsers fails (the public can grant itself READ)', open({ acl: aclWith('AllUsers', 'WRITE_ACP') }), noAccountBlock, 'fail'],
    ['ACL WRITE only to AllUsers is not a read exposure', open({ acl: aclWith('AllUsers', 'WRITE') }), noAccountBlock, 'pass'],
    ['ACL grant to LogDelivery is not public', open({ acl: aclWith('LogDelivery', 'READ_ACP') }), noAccountBlock, 'pass'],
    ['public ACL neutralised by bucket IgnorePublicAcls passes', open({ acl: aclWith('AllUsers', 'READ'), publicAccessBlock: { IgnorePublicAcls: true } }), noAccountBlock, 'pass'],
    ['public ACL neutralised by account IgnorePublicAcls passes', open({ acl: aclWith('AllUsers', 'READ') }), fixtureContext([accountBlock({ IgnorePublicAcls: true })]), 'pass'],
    ['BlockPublicAcls alone does not void an existing public ACL', open({ acl: aclWith('AllUsers', 'READ'), publicAccessBlock: { BlockPublicAcls: true } }), noAccountBlock, 'fail'],
    ['public ACL is void once ACLs are disabled (BucketOwnerEnforced)', open({ acl: aclWith('AllUsers', 'READ'), ownershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }), noAccountBlock, 'pass'],
    ['denied GetBucketAcl with no block is unknown, never pass', open({}, { acl: 'GetBucketAcl' }), noAccountBlock, 'unknown'],
    ['denied GetBucketAcl is settled by account IgnorePublicAcls', open({}, { acl: 'GetBucketAcl' }), fixtureContext([accountBlock(ALL_ON)]), 'pass'],
    ['denied GetBucketAcl is settled by BucketOwnerEnforced', open({ ownershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }, { acl: 'GetBucketAcl' }), noAccountBlock, 'pass'],
    ['public ACL with the bucket block denied and no account block is unknown', open({ acl: aclWith('AllUsers', 'READ') }, { publicAccessBlock: 'GetPublicAccessBlock' }), noAccountBlock, 'unknown'],
    ['public ACL with the account block denied is unknown', open({ acl: aclWith('AllUsers', 'READ') }), fixtureContext([accountBlock('denied')]), 'unknown'],
    ['public ACL with the account block never collected is unknown', open({ acl: aclWith('AllUsers', 'READ') }), fixtureContext([]), 'unknown'],
    ['public ACL with the account listing failed is unknown', open({ acl: aclWith('AllUsers', 'READ') }), fixtureContext([], { [ACCOUNT_BLOCK_TYPE]: [deniedGap('s3control', 'GetPublicAccessBlock')] }), 'unknown'],
    ['public ACL with bucket block off everywhere fails', open({ acl: aclWith('AllUsers', 'READ'), publicAccessBlock: ALL_OFF }), fixtureContext([accountBlock(ALL_OFF)]), 'fail'],
    ['policy Allow GetObject to "*" fails', open({ policy: policy(getObjectForEveryone()) }), noAccountBlock, 'fail'],
    ['policy Allow GetObject to {"AWS": "*"} fails', open({ policy: policy(getObjectForEveryone({ Principal: { AWS: ['*'] } })) }), noAccountBlock, 'fail'],
    ['policy Allow with NotPrincipal fails', open({ policy: policy({ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 's3:GetObject', Resource: '*' }) }), noAccountBlock, 'fail'],
    ['policy Allow s3:Get* to "*" fails', open({ policy: policy(getObjectForEveryone({ Action: 's3:Get*' })) }), noAccountBlock, 'fail'],
    ['policy Allow to a fixed account is not public', open({ policy: policy(getObjectForEveryone({ Principal: { AWS: `arn:aws:iam::${OTHER}:root` } })) }), noAccountBlock, 'pass'],
    ['"*" confined by aws:SourceVpce passes', open({ policy: policy(getObjectForEveryone({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })) }), noAccountBlock, 'pass'],
    ['"*" confined by aws:PrincipalOrgID passes', open({ policy: policy(getObjectForEveryone({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })) }), noAccountBlock, 'pass'],
    ['"*" confined by a narrow aws:SourceIp passes', open({ policy: policy(getObjectForEveryone({ Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/48'] } } })) }), noAccountBlock, 'pass'],
    ['"*" with aws:SourceIp 0.0.0.0/0 fails', open({ policy: policy(getObjectForEveryone({ Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })) }), noAccountBlock, 'fail'],
    ['"*" with aws:SourceIp ::/0 fails', open({ policy: policy(getObjectForEveryone({ Condition: { IpAddress: { 'aws:SourceIp': '::/0' } } })) }), noAccountBlock, 'fail'],
    ['"*" with ...IfExists on aws:SourceVpce fails (absent key passes)', open({ policy: policy(getObjectForEveryone({ Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } } })) }), noAccountBlock, 'fail'],
    ['"*" with a wildcard aws:SourceArn fails', open({ policy: policy(getObjectForEveryone({ Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:*' } } })) }), noAccountBlock, 'fail'],
    ['"*" with only aws:SecureTransport is still public', open({ policy: policy(getObjectForEveryone({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })) }), noAccountBlock, 'fail'],
    ['"*" with a negated aws:SourceVpce in the Allow is still public', open({ policy: policy(getObjectForEveryone({ Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } } })) }), noAccountBlock, 'fail'],
    [
      'public Allow cancelled by Deny-unless-aws:SourceVpce passes',
      open({
        policy: policy(getObjectForEveryone(), {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::fixture-bucket', 'arn:aws:s3:::fixture-bucket/*'],
          Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
        }),
      }),
      noAccountBlock,
      'pass',
    ],
    [
      'public Allow cancelled by Deny-unless-trusted passes even when S3 reports the policy public',
      open({
        policyStatus: { IsPublic: true },
        policy: policy(getObjectForEveryone(), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
      }),
      noAccountBlock,
      'pass',
    ],
    [
      'Deny-unless covering only the bucket level leaves object reads public',
      open({ policy: policy(getObjectForEveryone(), { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::fixture-bucket', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } } }) }),
      noAccountBlock,
      'fail',
    ],
    ['public policy neutralised by account RestrictPublicBuckets passes', open({ policy: policy(getObjectForEveryone()) }), fixtureContext([accountBlock({ RestrictPublicBuckets: true })]), 'pass'],
    ['BlockPublicPolicy alone does not void an existing public policy', open({ policy: policy(getObjectForEveryone()), publicAccessBlock: { BlockPublicPolicy: true } }), noAccountBlock, 'fail'],
    ['public policy with RestrictPublicBuckets unknown is unknown', open({ policy: policy(getObjectForEveryone()) }, { publicAccessBlock: 'GetPublicAccessBlock' }), noAccountBlock, 'unknown'],
    ['Allow PutObject to "*" is not a read exposure', open({ policy: policy(getObjectForEveryone({ Action: 's3:PutObject' })) }), noAccountBlock, 'pass'],
    ['denied GetBucketPolicy is unknown', open({}, { policy: 'GetBucketPolicy' }), noAccountBlock, 'unknown'],
    ['denied GetBucketPolicy settled by S3 policy status IsPublic=false', open({ policyStatus: { IsPublic: false } }, { policy: 'GetBucketPolicy' }), noAccountBlock, 'pass'],
    ['policy S3 calls public but no public statement identified is unknown', open({ policy: policy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 's3:GetObject', Resource: '*' }), policyStatus: { IsPublic: true } }), noAccountBlock, 'unknown'],
    ['a proven public policy fails even when the ACL is unknown', open({ policy: policy(getObjectForEveryone()) }, { acl: 'GetBucketAcl' }), noAccountBlock, 'fail'],
    ['never-collected ACL is unknown', bucket({ publicAccessBlock: null, policy: null }), noAccountBlock, 'unknown'],
  ];

  it.each(cases)('%s', (_name, asset, ctx, status) => {
    const v = runRule(rule, asset, ctx);
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('names the failed call when the ACL could not be read', () => {
    const v = runRule(rule, open({}, { acl: 'GetBucketAcl' }), noAccountBlock);
    expect(v.reason).toContain('GetBucketAcl');
    expect(v.reason).toContain('AccessDenied');
  });

  it('names the offending grant and statement in evidence', () => {
    const v = runRule(rule, open({ acl: aclWith('AllUsers', 'READ'), policy: policy(getObjectForEveryone()) }), noAccountBlock);
    expect(v.evidence.map((e) => e.path)).toEqual(expect.arrayContaining(['config.acl.Grants[1]', 'config.policy.Statement[0]']));
  });
});

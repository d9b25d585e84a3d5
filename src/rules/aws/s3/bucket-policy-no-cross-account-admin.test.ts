import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-policy-no-cross-account-admin.js';
import { bucket, OTHER, OWNER, policy } from './support/fixtures.js';

const allow = (Principal: unknown, Action: string | string[], extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal,
  Action,
  Resource: ['arn:aws:s3:::fixture-bucket', 'arn:aws:s3:::fixture-bucket/*'],
  ...extra,
});

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['no policy passes', bucket({ policy: null }), 'pass'],
    ['other account with data actions only passes', bucket({ policy: policy(allow({ AWS: `arn:aws:iam::${OTHER}:role/reader` }, ['s3:GetObject', 's3:ListBucket'])) }), 'pass'],
    ['own account with s3:* passes', bucket({ policy: policy(allow({ AWS: `arn:aws:iam::${OWNER}:role/admin` }, 's3:*')) }), 'pass'],
    ['service principal with PutObject passes', bucket({ policy: policy(allow({ Service: 'logging.s3.amazonaws.com' }, 's3:PutObject')) }), 'pass'],
    ['other account with s3:* fails', bucket({ policy: policy(allow({ AWS: `arn:aws:iam::${OTHER}:root` }, 's3:*')) }), 'fail'],
    ['other account id with s3:PutBucketPolicy fails', bucket({ policy: policy(allow({ AWS: OTHER }, 's3:PutBucketPolicy')) }), 'fail'],
    ['other account with s3:Put* fails (covers PutBucketAcl)', bucket({ policy: policy(allow({ AWS: [`arn:aws:iam::${OWNER}:root`, `arn:aws:iam::${OTHER}:root`] }, 's3:Put*')) }), 'fail'],
    ['other account with s3:Delete* fails (covers DeleteBucketPolicy)', bucket({ policy: policy(allow({ AWS: `arn:aws:iam::${OTHER}:root` }, 's3:Delete*')) }), 'fail'],
    ['"*" with s3:PutObjectAcl fails', bucket({ policy: policy(allow('*', 's3:PutObjectAcl')) }), 'fail'],
    ['"*" pinned to the own account passes', bucket({ policy: policy(allow('*', 's3:*', { Condition: { StringEquals: { 'aws:PrincipalAccount': OWNER } } })) }), 'pass'],
    ['"*" confined to an organization still fails (other member accounts)', bucket({ policy: policy(allow('*', 's3:*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })) }), 'fail'],
    ['grant removed by an outright Deny to everyone passes', bucket({ policy: policy(allow({ AWS: OTHER }, 's3:PutBucketPolicy'), { Effect: 'Deny', Principal: '*', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::fixture-bucket' }) }), 'pass'],
    ['Deny statements are not grants', bucket({ policy: policy({ Effect: 'Deny', Principal: { AWS: OTHER }, Action: 's3:*', Resource: '*' }) }), 'pass'],
    ['denied GetBucketPolicy is unknown', bucket({}, { policy: 'GetBucketPolicy' }), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

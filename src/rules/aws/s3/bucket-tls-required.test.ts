import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-tls-required.js';
import { bucket, policy } from './support/fixtures.js';

const BOTH = ['arn:aws:s3:::fixture-bucket', 'arn:aws:s3:::fixture-bucket/*'];
const denyHttp = (extra: Record<string, unknown> = {}) => ({ Sid: 'DenyHttp', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: BOTH, Condition: { Bool: { 'aws:SecureTransport': 'false' } }, ...extra });

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['the standard deny passes', bucket({ policy: policy(denyHttp()) }), 'pass'],
    ['boolean false and {"AWS": "*"} pass', bucket({ policy: policy(denyHttp({ Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': false } } })) }), 'pass'],
    ['Action "*" and Resource bucket* pass', bucket({ policy: policy(denyHttp({ Action: '*', Resource: 'arn:aws:s3:::fixture-bucket*' })) }), 'pass'],
    ['no policy fails', bucket({ policy: null }), 'fail'],
    ['a policy without the deny fails', bucket({ policy: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::fixture-bucket/*' }) }), 'fail'],
    ['an Allow on SecureTransport true does not deny HTTP', bucket({ policy: policy(denyHttp({ Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } })) }), 'fail'],
    ['a deny covering only objects fails', bucket({ policy: policy(denyHttp({ Resource: 'arn:aws:s3:::fixture-bucket/*' })) }), 'fail'],
    ['a deny of s3:GetObject only fails', bucket({ policy: policy(denyHttp({ Action: 's3:GetObject' })) }), 'fail'],
    ['a deny narrowed by an extra condition fails', bucket({ policy: policy(denyHttp({ Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpce': 'vpce-1' } } })) }), 'fail'],
    ['a deny for one principal only fails', bucket({ policy: policy(denyHttp({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } })) }), 'fail'],
    ['denied GetBucketPolicy is unknown', bucket({}, { policy: 'GetBucketPolicy' }), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './key-policy-not-public.js';

const ROOT = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Id: 'key-default-1', Statement: [ROOT, ...statements] });
const key = (document: string | null, manager = 'CUSTOMER') =>
  awsAsset({ type: 'AWS::KMS::Key', config: { metadata: { KeyId: 'k1', KeyManager: manager }, policy: document === null ? null : { Policy: document, PolicyName: 'default' } } });
const open = (extra: object = {}) => ({ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: ['kms:Decrypt'], Resource: '*', ...extra });

describe(rule.id, () => {
  it.each<{ name: string; document: string | null; expect: Status; manager?: string }>([
    { name: 'default policy (account root only)', document: policy(), expect: 'pass' },
    { name: 'Principal "*" without condition', document: policy(open()), expect: 'fail' },
    { name: 'Principal {AWS: "*"} without condition', document: policy(open({ Principal: { AWS: '*' } })), expect: 'fail' },
    { name: 'Principal {AWS: ["*"]} in a list', document: policy(open({ Principal: { AWS: ['arn:aws:iam::111122223333:role/r', '*'] } })), expect: 'fail' },
    { name: '"*" limited by kms:CallerAccount', document: policy(open({ Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } })), expect: 'pass' },
    { name: '"*" limited by aws:PrincipalOrgID', document: policy(open({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })), expect: 'pass' },
    { name: '"*" with only kms:ViaService (any account through the service)', document: policy(open({ Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } })), expect: 'fail' },
    { name: '"*" with CallerAccount wildcard', document: policy(open({ Condition: { StringLike: { 'kms:CallerAccount': '*' } } })), expect: 'fail' },
    { name: '"*" with negated account condition', document: policy(open({ Condition: { StringNotEquals: { 'aws:PrincipalAccount': '999988887777' } } })), expect: 'fail' },
    { name: 'Deny with "*" is not a grant', document: policy({ Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' }), expect: 'pass' },
    { name: 'Allow with NotPrincipal', document: policy({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:Decrypt', Resource: '*' }), expect: 'fail' },
    { name: 'single statement object, not a list', document: JSON.stringify({ Statement: open() }), expect: 'fail' },
    { name: 'service principal is not public', document: policy({ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'kms:GenerateDataKey*', Resource: '*' }), expect: 'pass' },
    { name: 'AWS managed key', document: policy(open()), expect: 'not_applicable', manager: 'AWS' },
    { name: 'no policy document returned', document: null, expect: 'unknown' },
    { name: 'unparseable policy', document: '{not json', expect: 'unknown' },
  ])('$name -> $expect', ({ document, expect: status, manager }) => {
    const v = runRule(rule, key(document, manager), fixtureContext([]));
    expect(v.status).toBe(status);
    if (status === 'fail') expect(v.evidence[0]?.path).toMatch(/^config\.policy\.Policy\.Statement\[[01]\]$/);
  });

  it('names the open statement and its actions in the evidence', () => {
    const v = runRule(rule, key(policy(open())), fixtureContext([]));
    expect(v.evidence[0]?.observed).toEqual({ Sid: 'Open', Principal: '*', Action: ['kms:Decrypt'] });
    expect(v.reason).toContain('kms:Decrypt');
  });

  it('is unknown when GetKeyPolicy was denied', () => {
    const asset = awsAsset({ type: 'AWS::KMS::Key', config: { metadata: { KeyId: 'k1', KeyManager: 'CUSTOMER' } }, gaps: { policy: deniedGap('kms', 'GetKeyPolicy') } });
    expect(runRule(rule, asset, fixtureContext([])).status).toBe('unknown');
  });
});

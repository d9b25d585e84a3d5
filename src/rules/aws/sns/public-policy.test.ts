import { describe, expect, it } from 'vitest';
import { publicStatements } from './public-policy.js';

const TOPIC = 'arn:aws:sns:us-east-1:111122223333:orders';
const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allow = (extra: object) => ({ Effect: 'Allow', Action: 'SNS:Publish', Resource: TOPIC, ...extra });

describe('publicStatements', () => {
  it.each<[string, string | undefined, number]>([
    ['no policy', undefined, 0],
    ['Principal "*" without conditions', policy(allow({ Sid: 'open', Principal: '*' })), 1],
    ['Principal {AWS: "*"}', policy(allow({ Principal: { AWS: '*' } })), 1],
    ['Principal {AWS: ["*"]}', policy(allow({ Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } })), 1],
    ['a single statement object (not an array)', JSON.stringify({ Statement: allow({ Principal: '*' }) }), 1],
    ['NotPrincipal with Allow', policy(allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } })), 1],
    ['the default SNS policy (AWS:SourceOwner pins the account)', policy(allow({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } } })), 0],
    ['aws:SourceArn of one bucket (S3 event notifications)', policy(allow({ Principal: { Service: 's3.amazonaws.com' } }), allow({ Principal: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:uploads-bucket' } } })), 0],
    ['aws:SourceArn wildcard over every account', policy(allow({ Principal: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } } })), 1],
    ['aws:PrincipalOrgID', policy(allow({ Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } })), 0],
    ['a restricting key only IfExists', policy(allow({ Principal: '*', Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } } })), 1],
    ['StringNotEquals on the source account', policy(allow({ Principal: '*', Condition: { StringNotEquals: { 'aws:SourceAccount': '444455556666' } } })), 1],
    ['a non-restricting condition only (SecureTransport)', policy(allow({ Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } })), 1],
    ['aws:SourceIp of one /24', policy(allow({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } })), 0],
    ['aws:SourceIp 0.0.0.0/0', policy(allow({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } })), 1],
    ['aws:SourceIp ::/0 (IPv6 everywhere)', policy(allow({ Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '::/0'] } } })), 1],
    ['aws:PrincipalIsAWSService true', policy(allow({ Principal: '*', Condition: { Bool: { 'aws:PrincipalIsAWSService': 'true' } } })), 0],
    ['a wildcard account in SourceAccount', policy(allow({ Principal: '*', Condition: { StringLike: { 'aws:SourceAccount': '*' } } })), 1],
    ['Deny with Principal "*"', policy({ Effect: 'Deny', Principal: '*', Action: 'SNS:*', Resource: TOPIC }), 0],
    ['a service principal', policy(allow({ Principal: { Service: 'events.amazonaws.com' } })), 0],
    ['an account principal', policy(allow({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } })), 0],
  ])('%s -> %i public statement(s)', (_name, doc, count) => {
    const r = publicStatements(doc);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.statements).toHaveLength(count);
  });

  it('names the statement and its actions', () => {
    const r = publicStatements(policy({ Sid: 'AnyoneSubscribe', Effect: 'Allow', Principal: '*', Action: ['SNS:Subscribe', 'SNS:Receive'], Resource: TOPIC }));
    expect(r).toEqual({ ok: true, statements: [{ sid: 'AnyoneSubscribe', actions: ['SNS:Subscribe', 'SNS:Receive'], why: 'Principal is "*" with no condition' }] });
  });

  it('reports a policy that is not JSON', () => {
    expect(publicStatements('{not json').ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './no-administrator-access-attached.js';

const principal = (type: string, arns: string[] | undefined) =>
  awsAsset({ type, region: 'global', config: arns ? { details: { AttachedManagedPolicies: arns.map((PolicyArn) => ({ PolicyArn, PolicyName: PolicyArn.split('/').pop() })) } } : {}, gaps: arns ? {} : { details: deniedGap('iam', 'GetAccountAuthorizationDetails') } });

describe(rule.id, () => {
  it.each([
    ['role with AdministratorAccess', 'AWS::IAM::Role', ['arn:aws:iam::aws:policy/AdministratorAccess'], 'fail'],
    ['group with AdministratorAccess among others', 'AWS::IAM::Group', ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AdministratorAccess'], 'fail'],
    ['user with a customer policy named AdministratorAccess (judged by policy-no-full-admin instead)', 'AWS::IAM::User', ['arn:aws:iam::111122223333:policy/AdministratorAccess'], 'pass'],
    ['AdministratorAccess-Amplify is a different, scoped policy', 'AWS::IAM::Role', ['arn:aws:iam::aws:policy/AdministratorAccess-Amplify'], 'pass'],
    ['nothing attached', 'AWS::IAM::Role', [], 'pass'],
    ['details not collected', 'AWS::IAM::Role', undefined, 'unknown'],
  ] as const)('%s -> %s', (_name, type, arns, status) => {
    const v = runRule(rule, principal(type, arns ? [...arns] : undefined), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});

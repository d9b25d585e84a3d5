import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './no-cloudshell-full-access.js';

const principal = (type: string, arns: string[] | undefined) =>
  awsAsset({ type, region: 'global', config: arns ? { details: { AttachedManagedPolicies: arns.map((PolicyArn) => ({ PolicyArn })) } } : {}, gaps: arns ? {} : { details: deniedGap('iam', 'GetAccountAuthorizationDetails') } });

describe(rule.id, () => {
  it.each([
    ['role with the policy', 'AWS::IAM::Role', ['arn:aws:iam::aws:policy/AWSCloudShellFullAccess'], 'fail'],
    ['group with the policy (GovCloud partition)', 'AWS::IAM::Group', ['arn:aws-us-gov:iam::aws:policy/AWSCloudShellFullAccess'], 'fail'],
    ['user with other policies', 'AWS::IAM::User', ['arn:aws:iam::aws:policy/ReadOnlyAccess'], 'pass'],
    ['role without attachments', 'AWS::IAM::Role', [], 'pass'],
    ['details not collected', 'AWS::IAM::Role', undefined, 'unknown'],
  ] as const)('%s -> %s', (_name, type, arns, status) => {
    expect(runRule(rule, principal(type, arns ? [...arns] : undefined), fixtureContext([])).status).toBe(status);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { awsAsset, fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { rule as cloudshell } from '../../../../rules/aws/iam/no-cloudshell-full-access.js';
import { rule as supportRole } from '../../../../rules/aws/iam/support-role-exists.js';
import { rolesCollector } from './roles.js';
import { ACCOUNT, daysAgo, iamEstate } from './test-estate.js';

const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }] };
const account = awsAsset({ type: 'AWS::::Account', kind: 'account', region: 'global', account: ACCOUNT, id: `arn:aws:::account/${ACCOUNT}` });

describe('aws.iam.roles', () => {
  it('decodes trust and inline policies and keeps last use and tags', async () => {
    const { assets, errors } = await collectFrom(
      iamEstate({
        roles: [
          { RoleName: 'vendor-audit', AssumeRolePolicyDocument: TRUST, RolePolicyList: [{ PolicyName: 'read', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] } }], RoleLastUsed: { LastUsedDate: daysAgo(3), Region: 'eu-west-1' }, Tags: [{ Key: 'owner', Value: 'sec' }] },
        ],
      }),
      rolesCollector,
    );
    expect(errors).toEqual([]);
    expect(assets[0]).toMatchObject({ id: `arn:aws:iam::${ACCOUNT}:role/vendor-audit`, type: 'AWS::IAM::Role', kind: 'identity.role', region: 'global', tags: { owner: 'sec' } });
    expect(assets[0]!.config.details).toMatchObject({ AssumeRolePolicyDocument: TRUST, RolePolicyList: [{ PolicyName: 'read', PolicyDocument: { Statement: [{ Action: 's3:Get*' }] } }], RoleLastUsed: { Region: 'eu-west-1' } });
  });

  it('feeds the support-role lookup and the CloudShell rule', async () => {
    const withSupport = await collectFrom(iamEstate({ roles: [{ RoleName: 'app' }, { RoleName: 'support', AttachedManagedPolicies: ['arn:aws:iam::aws:policy/AWSSupportAccess'] }] }), rolesCollector);
    expect(runRule(supportRole, account, fixtureContext(withSupport.assets)).status).toBe('pass');
    const without = await collectFrom(iamEstate({ roles: [{ RoleName: 'shell', AttachedManagedPolicies: ['arn:aws:iam::aws:policy/AWSCloudShellFullAccess'] }] }), rolesCollector);
    expect(runRule(supportRole, account, fixtureContext(without.assets)).status).toBe('fail');
    expect(runRule(cloudshell, without.assets[0]!, fixtureContext(without.assets)).status).toBe('fail');
  });

  it('lists every role across pages', async () => {
    const roles = Array.from({ length: 1500 }, (_, i) => ({ RoleName: `r-${i}` }));
    const { assets, errors } = await collectFrom(iamEstate({ roles }), rolesCollector);
    expect(errors).toEqual([]);
    expect(new Set(assets.map((a) => a.id)).size).toBe(1500);
  });

  it('makes the support-role rule unknown when the role listing is denied', async () => {
    const { assets, coverage } = await collectFrom(iamEstate({ roles: [{ RoleName: 'support', AttachedManagedPolicies: ['arn:aws:iam::aws:policy/AWSSupportAccess'] }] }), rolesCollector, { faults: [{ service: 'iam', operation: 'GetAccountAuthorizationDetails', effect: 'deny' }] });
    expect(assets).toEqual([]);
    const error = coverage[0]!.error!;
    expect(error).toMatchObject({ provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'iam', operation: 'GetAccountAuthorizationDetails', code: 'AccessDenied' });
    expect(runRule(supportRole, account, fixtureContext(assets, { 'AWS::IAM::Role': [error] })).status).toBe('unknown');
  });
});

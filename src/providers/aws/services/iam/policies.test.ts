import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import type { IamManagedPolicy } from '../../../../../sim/aws/services/iam.js';
import { rule as noFullAdmin } from '../../../../rules/aws/iam/policy-no-full-admin.js';
import { rule as noServiceWildcard } from '../../../../rules/aws/iam/policy-no-service-wildcard.js';
import { policiesCollector } from './policies.js';
import { ACCOUNT, iamEstate } from './test-estate.js';

const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const READ = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' } };

const policies: IamManagedPolicy[] = [
  // v1 was admin, v2 (the default now) is scoped: only the default version counts.
  { PolicyName: 'was-admin', PolicyVersionList: [{ VersionId: 'v1', Document: ADMIN }, { VersionId: 'v2', Document: READ, IsDefaultVersion: true }] },
  { PolicyName: 'break-glass', Document: ADMIN },
  { PolicyName: 'unused-admin', Document: ADMIN },
  { PolicyName: 'queues', Document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] } },
];

const estate = (extra: IamManagedPolicy[] = []) =>
  iamEstate({ policies: [...policies, ...extra], roles: [{ RoleName: 'ops', AttachedManagedPolicies: ['break-glass', 'was-admin', 'queues'] }] });

describe('aws.iam.policies', () => {
  it('keeps only the default version, decoded and parsed, with its attachment count', async () => {
    const { assets, errors } = await collectFrom(estate(), policiesCollector);
    expect(errors).toEqual([]);
    expect(assets.map((a) => a.name)).toEqual(['was-admin', 'break-glass', 'unused-admin', 'queues']);
    const wasAdmin = assets[0]!;
    expect(wasAdmin).toMatchObject({ id: `arn:aws:iam::${ACCOUNT}:policy/was-admin`, type: 'AWS::IAM::Policy', kind: 'identity.policy', region: 'global' });
    expect(wasAdmin.config.policy).toMatchObject({ DefaultVersionId: 'v2', AttachmentCount: 1, PolicyVersionList: [{ VersionId: 'v2', IsDefaultVersion: true, Document: READ }] });
  });

  it('lets the policy rules judge collected documents', async () => {
    const { assets } = await collectFrom(estate(), policiesCollector);
    const by = (name: string) => assets.find((a) => a.name === name)!;
    const ctx = fixtureContext(assets);
    expect(runRule(noFullAdmin, by('break-glass'), ctx).status).toBe('fail');
    expect(runRule(noFullAdmin, by('was-admin'), ctx).status).toBe('pass');
    expect(runRule(noFullAdmin, by('unused-admin'), ctx).status).toBe('pass');
    expect(runRule(noServiceWildcard, by('queues'), ctx).status).toBe('fail');
  });

  it('lists every policy across pages', async () => {
    const many = Array.from({ length: 1100 }, (_, i) => ({ PolicyName: `p-${i}`, Document: READ }));
    const { assets, errors } = await collectFrom(estate(many), policiesCollector);
    expect(errors).toEqual([]);
    expect(new Set(assets.map((a) => a.id)).size).toBe(1104);
  });

  it('fails the listing when denied', async () => {
    const { assets, coverage } = await collectFrom(estate(), policiesCollector, { faults: [{ service: 'iam', operation: 'GetAccountAuthorizationDetails', effect: 'deny' }] });
    expect(assets).toEqual([]);
    expect(coverage[0]).toMatchObject({ ok: false, error: { provider: 'aws', account: ACCOUNT, service: 'iam', operation: 'GetAccountAuthorizationDetails', code: 'AccessDenied' } });
  });
});

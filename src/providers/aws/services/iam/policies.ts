import { IAMClient, type ManagedPolicyDetail } from '@aws-sdk/client-iam';
import type { AwsCollector } from '../../collector.js';
import { authorizationDetails } from './support/authorization-details.js';
import { decodePolicyDocument } from './support/documents.js';

/**
 * The policy as stored: only the default version is kept (the one IAM enforces), its document decoded and
 * parsed. Older versions are not in force and can be many.
 */
export function normalizeManagedPolicy(p: ManagedPolicyDetail) {
  const byDefault = (p.PolicyVersionList ?? []).filter((v) => v.IsDefaultVersion || v.VersionId === p.DefaultVersionId);
  return { ...p, PolicyVersionList: byDefault.map((v) => ({ ...v, Document: decodePolicyDocument(v.Document) })) };
}

/** Customer managed policies with their default version document (aspect `policy`: ManagedPolicyDetail). */
export const policiesCollector: AwsCollector = {
  id: 'aws.iam.policies',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::Policy'],
  permissions: ['iam:GetAccountAuthorizationDetails'],
  async *collect(ctx) {
    const iam = ctx.client(IAMClient);
    for await (const page of authorizationDetails(ctx, iam, 'LocalManagedPolicy')) {
      for (const p of page.Policies ?? []) {
        if (!p.Arn || !p.PolicyName) continue;
        const asset = ctx.asset({ id: p.Arn, type: 'AWS::IAM::Policy', kind: 'identity.policy', name: p.PolicyName, region: 'global' });
        ctx.aspect(asset, 'policy', { ok: true, value: normalizeManagedPolicy(p) });
        ctx.progress(1);
        yield asset;
      }
    }
  },
};

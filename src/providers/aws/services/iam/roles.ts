import { IAMClient, type RoleDetail } from '@aws-sdk/client-iam';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { authorizationDetails } from './support/authorization-details.js';
import { decodeInlinePolicies, decodePolicyDocument } from './support/documents.js';

/** Trust and inline policy documents decoded; instance profiles kept as AWS lists them. */
export function normalizeRoleDetail(r: RoleDetail) {
  return { ...r, AssumeRolePolicyDocument: decodePolicyDocument(r.AssumeRolePolicyDocument), RolePolicyList: decodeInlinePolicies(r.RolePolicyList) };
}

/** IAM roles: trust policy, inline and attached policies, last use (aspect `details`: RoleDetail, documents decoded). */
export const rolesCollector: AwsCollector = {
  id: 'aws.iam.roles',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::Role'],
  permissions: ['iam:GetAccountAuthorizationDetails'],
  async *collect(ctx) {
    const iam = ctx.client(IAMClient);
    for await (const page of authorizationDetails(ctx, iam, 'Role')) {
      for (const r of page.RoleDetailList ?? []) {
        if (!r.Arn || !r.RoleName) continue;
        const asset = ctx.asset({ id: r.Arn, type: 'AWS::IAM::Role', kind: 'identity.role', name: r.RoleName, region: 'global', tags: tagsFromList(r.Tags) });
        ctx.aspect(asset, 'details', { ok: true, value: normalizeRoleDetail(r) });
        ctx.progress(1);
        yield asset;
      }
    }
  },
};

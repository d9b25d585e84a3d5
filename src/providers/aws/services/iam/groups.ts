import { IAMClient, type GroupDetail } from '@aws-sdk/client-iam';
import type { AwsCollector } from '../../collector.js';
import { authorizationDetails } from './support/authorization-details.js';
import { decodeInlinePolicies } from './support/documents.js';

export function normalizeGroupDetail(g: GroupDetail) {
  return { ...g, GroupPolicyList: decodeInlinePolicies(g.GroupPolicyList) };
}

/** IAM groups with their inline and attached policies (aspect `details`: GroupDetail, documents decoded). */
export const groupsCollector: AwsCollector = {
  id: 'aws.iam.groups',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::Group'],
  permissions: ['iam:GetAccountAuthorizationDetails'],
  async *collect(ctx) {
    const iam = ctx.client(IAMClient);
    for await (const page of authorizationDetails(ctx, iam, 'Group')) {
      for (const g of page.GroupDetailList ?? []) {
        if (!g.Arn || !g.GroupName) continue;
        const asset = ctx.asset({ id: g.Arn, type: 'AWS::IAM::Group', kind: 'identity.group', name: g.GroupName, region: 'global' });
        ctx.aspect(asset, 'details', { ok: true, value: normalizeGroupDetail(g) });
        ctx.progress(1);
        yield asset;
      }
    }
  },
};

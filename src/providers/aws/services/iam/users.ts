import { IAMClient, type UserDetail } from '@aws-sdk/client-iam';
import type { Asset, CollectionError } from '../../../../core/asset.js';
import { tagsFromList, type AwsCollectContext, type AwsCollector, type CallResult } from '../../collector.js';
import { authorizationDetails } from './support/authorization-details.js';
import { fetchCredentialReport, type CredentialReport } from './support/credential-report.js';
import { decodeInlinePolicies } from './support/documents.js';

/** The user's details as stored: inline policy documents decoded and parsed. */
export function normalizeUserDetail(u: UserDetail) {
  return { ...u, UserPolicyList: decodeInlinePolicies(u.UserPolicyList) };
}

/** The user's credential report row, or why there is none. */
function rowFor(ctx: AwsCollectContext, report: CallResult<CredentialReport>, rows: Map<string, Record<string, string>>, arn: string): CallResult<Record<string, string>> {
  if (!report.ok) return report;
  const row = rows.get(arn);
  if (row) return { ok: true, value: row, source: report.source };
  // Users created after the report was generated are not in it yet (AWS reuses reports up to four hours old).
  const error: CollectionError = {
    provider: 'aws', account: ctx.account, region: ctx.region, service: 'iam', operation: 'GetCredentialReport', code: 'NotInCredentialReport',
    message: `the credential report generated at ${report.value.GeneratedTime?.toISOString() ?? 'an unknown time'} has no row for this user`, resource: arn,
  };
  return { ok: false, error };
}

async function* usersWithCredentials(ctx: AwsCollectContext, iam: IAMClient, reportPromise: Promise<CallResult<CredentialReport>>): AsyncIterable<Asset> {
  let rows: Map<string, Record<string, string>> | undefined;
  for await (const page of authorizationDetails(ctx, iam, 'User')) {
    const report = await reportPromise;
    rows ??= new Map(report.ok ? report.value.Rows.map((r) => [r.arn ?? '', r]) : []);
    for (const u of page.UserDetailList ?? []) {
      if (!u.Arn || !u.UserName) continue;
      const asset = ctx.asset({ id: u.Arn, type: 'AWS::IAM::User', kind: 'identity.user', name: u.UserName, region: 'global', tags: tagsFromList(u.Tags) });
      ctx.aspect(asset, 'details', { ok: true, value: normalizeUserDetail(u) });
      ctx.aspect(asset, 'credentials', rowFor(ctx, report, rows, u.Arn));
      ctx.progress(1);
      yield asset;
    }
  }
}

/**
 * IAM users. Permissions (groups, inline and attached policies) come from GetAccountAuthorizationDetails;
 * password, MFA and access key state from the credential report: two bulk reads instead of four calls per
 * user (ListAccessKeys, GetAccessKeyLastUsed, ListMFADevices, GetLoginProfile), with the same facts, at
 * most four hours old. Aspects: `details` (UserDetail) and `credentials` (the user's report row).
 */
export const usersCollector: AwsCollector = {
  id: 'aws.iam.users',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::User'],
  permissions: ['iam:GetAccountAuthorizationDetails', 'iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
  async *collect(ctx) {
    const iam = ctx.client(IAMClient);
    // Report generation (polled) overlaps the first listing page; users wait for it before being yielded.
    const reportPromise = fetchCredentialReport(ctx, iam);
    try {
      yield* usersWithCredentials(ctx, iam, reportPromise);
    } finally {
      // Never leave report polling running after the collector is done or has failed.
      await reportPromise;
    }
  },
};

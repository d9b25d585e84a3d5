import { IAMClient } from '@aws-sdk/client-iam';
import type { AwsCollector } from '../../collector.js';
import { fetchCredentialReport } from './support/credential-report.js';
import { iamSettingArn } from './support/documents.js';

/**
 * The account's credential report, one asset per account (aspect `report`: GeneratedTime, ReportFormat and
 * Rows, the CSV parsed into records keyed by AWS's column names, `<root_account>` included). Generation is
 * polled with bounded backoff.
 */
export const credentialReportCollector: AwsCollector = {
  id: 'aws.iam.credential-report',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::CredentialReport'],
  permissions: ['iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
  async *collect(ctx) {
    const asset = ctx.asset({ id: iamSettingArn(ctx, 'credential-report'), type: 'AWS::IAM::CredentialReport', kind: 'account.setting', name: 'credential-report', region: 'global' });
    ctx.aspect(asset, 'report', await fetchCredentialReport(ctx, ctx.client(IAMClient)));
    ctx.progress(1);
    yield asset;
  },
};

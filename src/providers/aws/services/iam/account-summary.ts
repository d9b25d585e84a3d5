import { GetAccountSummaryCommand, IAMClient, ListVirtualMFADevicesCommand, type VirtualMFADevice } from '@aws-sdk/client-iam';
import { ListingFailed, type AwsCollectContext, type AwsCollector, type CallResult } from '../../collector.js';
import { iamSettingArn, withoutMetadata } from './support/documents.js';

/** The root user's virtual MFA devices: the legacy fixed serial, or any device assigned to the root ARN. */
export function isRootDevice(d: VirtualMFADevice): boolean {
  return (d.User?.Arn ?? '').endsWith(':root') || (d.SerialNumber ?? '').endsWith(':mfa/root-account-mfa-device');
}

/** Every assigned virtual MFA device, keeping only the root user's; a failed page makes the aspect a gap. */
async function rootVirtualMfaDevices(ctx: AwsCollectContext, iam: IAMClient): Promise<CallResult<VirtualMFADevice[]>> {
  const found: VirtualMFADevice[] = [];
  try {
    for await (const page of ctx.pages(
      'ListVirtualMFADevices',
      (Marker) => iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', MaxItems: 1000, Marker })),
      (p) => (p.IsTruncated ? p.Marker : undefined),
    ))
      found.push(...(page.VirtualMFADevices ?? []).filter(isRootDevice));
  } catch (e) {
    if (e instanceof ListingFailed) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, value: found };
}

/**
 * Account-wide IAM facts, one asset per account: `summary` (GetAccountSummary: AccountMFAEnabled,
 * AccountAccessKeysPresent, AccountPasswordPresent, counts and quotas) and `rootVirtualMfaDevices` (the
 * root user's virtual MFA devices, which tell virtual from hardware root MFA).
 */
export const accountSummaryCollector: AwsCollector = {
  id: 'aws.iam.account-summary',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::AccountSummary'],
  permissions: ['iam:GetAccountSummary', 'iam:ListVirtualMFADevices'],
  async *collect(ctx) {
    const iam = ctx.client(IAMClient);
    const asset = ctx.asset({ id: iamSettingArn(ctx, 'account-summary'), type: 'AWS::IAM::AccountSummary', kind: 'account.setting', name: 'account-summary', region: 'global' });
    const [summary, devices] = await Promise.all([ctx.call('GetAccountSummary', () => iam.send(new GetAccountSummaryCommand({}))), rootVirtualMfaDevices(ctx, iam)]);
    ctx.aspect(asset, 'summary', summary, withoutMetadata);
    ctx.aspect(asset, 'rootVirtualMfaDevices', devices);
    ctx.progress(1);
    yield asset;
  },
};

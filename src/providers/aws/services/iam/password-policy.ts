import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam';
import type { AwsCollector } from '../../collector.js';
import { iamSettingArn, withoutMetadata } from './support/documents.js';

/**
 * The account password policy, one asset per account (aspect `policy`: GetAccountPasswordPolicy output).
 * An account that never set one answers NoSuchEntity: the aspect is then null, not a default policy.
 */
export const passwordPolicyCollector: AwsCollector = {
  id: 'aws.iam.password-policy',
  service: 'iam',
  scope: 'global',
  types: ['AWS::IAM::PasswordPolicy'],
  permissions: ['iam:GetAccountPasswordPolicy'],
  async *collect(ctx) {
    const iam = ctx.client(IAMClient);
    const asset = ctx.asset({ id: iamSettingArn(ctx, 'password-policy'), type: 'AWS::IAM::PasswordPolicy', kind: 'account.setting', name: 'password-policy', region: 'global' });
    const policy = await ctx.call('GetAccountPasswordPolicy', () => iam.send(new GetAccountPasswordPolicyCommand({})), { absentOn: ['NoSuchEntity'] });
    ctx.aspect(asset, 'policy', policy, withoutMetadata);
    ctx.progress(1);
    yield asset;
  },
};

import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import type { AwsCollector } from '../../collector.js';

export const ACCOUNT_BLOCK_TYPE = 'AWS::S3::AccountPublicAccessBlock';

/**
 * The account-wide S3 Block Public Access setting, one asset per account. Its aspect `publicAccessBlock`
 * holds the PublicAccessBlockConfiguration, or null when the account never configured one
 * (NoSuchPublicAccessBlockConfiguration). The asset is yielded even when the call fails, carrying the gap,
 * so rules that depend on it say unknown rather than finding nothing.
 */
export const accountPublicAccessBlockCollector: AwsCollector = {
  id: 'aws.s3control.account-public-access-block',
  service: 's3control',
  scope: 'global',
  types: [ACCOUNT_BLOCK_TYPE],
  permissions: ['s3:GetAccountPublicAccessBlock'],
  async *collect(ctx) {
    const client = ctx.client(S3ControlClient);
    const result = await ctx.call('GetPublicAccessBlock', () => client.send(new GetPublicAccessBlockCommand({ AccountId: ctx.account })), {
      absentOn: ['NoSuchPublicAccessBlockConfiguration'],
    });
    const asset = ctx.asset({
      id: `arn:${ctx.partition}:s3::${ctx.account}:account-public-access-block`,
      type: ACCOUNT_BLOCK_TYPE,
      kind: 'account.setting',
      name: 'account-public-access-block',
      region: 'global',
    });
    ctx.aspect(asset, 'publicAccessBlock', result, (o) => o?.PublicAccessBlockConfiguration ?? null);
    ctx.progress(1);
    yield asset;
  },
};

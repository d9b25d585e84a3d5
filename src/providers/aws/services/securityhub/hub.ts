import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { AwsCollector } from '../../collector.js';
import { withoutMetadata } from '../ec2/support/arn.js';

export const HUB_TYPE = 'AWS::SecurityHub::Hub';

/**
 * Whether DescribeHub failed because the account is not subscribed in this region, which is how Security
 * Hub says "not enabled": InvalidAccessException "Account <id> is not subscribed to AWS Security Hub".
 * The same code also answers other access problems (not an administrator ...), so the message decides;
 * anything else, and every denial (AccessDeniedException), stays an error and becomes a gap.
 */
export function isNotSubscribed(e: unknown): boolean {
  const err = e as { name?: string; Code?: string; message?: string } | undefined;
  return (err?.Code ?? err?.name) === 'InvalidAccessException' && /not subscribed/i.test(err?.message ?? '');
}

/**
 * The region's Security Hub (CSPM) hub from DescribeHub, one asset per region whether or not it is on:
 * aspect `hub` holds the DescribeHub output (HubArn, SubscribedAt ...) or null when the account is not
 * subscribed here. The ARN is the hub's own (`hub/default`, one per account and region).
 */
export const hubCollector: AwsCollector = {
  id: 'aws.securityhub.hub',
  service: 'securityhub',
  scope: 'regional',
  types: [HUB_TYPE],
  permissions: ['securityhub:DescribeHub'],
  async *collect(ctx) {
    const client = ctx.client(SecurityHubClient);
    const result = await ctx.call('DescribeHub', async () => {
      try {
        return await client.send(new DescribeHubCommand({}));
      } catch (e) {
        if (isNotSubscribed(e)) return null;
        throw e;
      }
    });
    const asset = ctx.asset({ id: `arn:${ctx.partition}:securityhub:${ctx.region}:${ctx.account}:hub/default`, type: HUB_TYPE, kind: 'security.hub', name: `hub/default` });
    ctx.aspect(asset, 'hub', result, withoutMetadata);
    ctx.progress(1);
    yield asset;
  },
};

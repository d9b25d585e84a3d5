import { EC2Client, GetSnapshotBlockPublicAccessStateCommand } from '@aws-sdk/client-ec2';
import type { AwsCollector } from '../../collector.js';
import { ec2SettingArn, withoutMetadata } from './support/arn.js';

/** The region's block public access setting for EBS snapshots (one asset per region). */
export const snapshotBlockPublicAccessCollector: AwsCollector = {
  id: 'aws.ec2.snapshot-block-public-access',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::SnapshotBlockPublicAccess'],
  permissions: ['ec2:GetSnapshotBlockPublicAccessState'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    const asset = ctx.asset({ id: ec2SettingArn(ctx, 'snapshot-block-public-access'), type: 'AWS::EC2::SnapshotBlockPublicAccess', kind: 'account.setting', name: `snapshot-block-public-access (${ctx.region})` });
    const state = await ctx.call('GetSnapshotBlockPublicAccessState', () => client.send(new GetSnapshotBlockPublicAccessStateCommand({})));
    ctx.aspect(asset, 'snapshotBlockPublicAccess', state, withoutMetadata);
    ctx.progress(1);
    yield asset;
  },
};

import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { ec2Arn } from './support/arn.js';

/** EBS volumes with encryption and attachments, from DescribeVolumes (500 per page, the API's maximum). */
export const volumesCollector: AwsCollector = {
  id: 'aws.ec2.volumes',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::Volume'],
  permissions: ['ec2:DescribeVolumes'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    for await (const page of ctx.pages(
      'DescribeVolumes',
      (token) => client.send(new DescribeVolumesCommand({ MaxResults: 500, NextToken: token })),
      (p) => p.NextToken,
    )) {
      for (const volume of page.Volumes ?? []) {
        if (!volume.VolumeId) continue;
        const asset = ctx.asset({ id: ec2Arn(ctx, 'volume', volume.VolumeId), type: 'AWS::EC2::Volume', kind: 'storage.volume', name: volume.VolumeId, tags: tagsFromList(volume.Tags) });
        ctx.aspect(asset, 'volume', { ok: true, value: volume });
        yield asset;
      }
      ctx.progress(page.Volumes?.length ?? 0);
    }
  },
};

import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { ec2ArnWithoutAccount } from './support/arn.js';

/**
 * AMIs the account owns (DescribeImages Owners=self, 1000 per page). The `Public` field already says
 * whether the launch permission includes "all", so no per-image attribute call is needed.
 */
export const imagesCollector: AwsCollector = {
  id: 'aws.ec2.images',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::Image'],
  permissions: ['ec2:DescribeImages'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    for await (const page of ctx.pages(
      'DescribeImages',
      (token) => client.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults: 1000, NextToken: token })),
      (p) => p.NextToken,
    )) {
      for (const image of page.Images ?? []) {
        if (!image.ImageId) continue;
        const asset = ctx.asset({ id: ec2ArnWithoutAccount(ctx, 'image', image.ImageId), type: 'AWS::EC2::Image', kind: 'compute.image', name: image.Name ?? image.ImageId, tags: tagsFromList(image.Tags) });
        ctx.aspect(asset, 'image', { ok: true, value: image });
        yield asset;
      }
      ctx.progress(page.Images?.length ?? 0);
    }
  },
};

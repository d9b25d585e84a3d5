import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import type { AwsCollector } from '../../collector.js';
import { withoutMetadata } from '../ec2/support/arn.js';

/**
 * CloudTrail trails, each described once, in its home region: DescribeTrails runs in every region with
 * includeShadowTrails false, so a multi-region trail is not repeated as a shadow in the other regions.
 * Each trail gets GetTrailStatus (`status`: is it logging) and GetEventSelectors (`eventSelectors`, basic
 * or advanced), issued together and addressed by ARN. DescribeTrails is not paginated (five trails per
 * region at most).
 */
export const trailsCollector: AwsCollector = {
  id: 'aws.cloudtrail.trails',
  service: 'cloudtrail',
  scope: 'regional',
  types: ['AWS::CloudTrail::Trail'],
  permissions: ['cloudtrail:DescribeTrails', 'cloudtrail:GetTrailStatus', 'cloudtrail:GetEventSelectors'],
  async *collect(ctx) {
    const client = ctx.client(CloudTrailClient);
    for await (const page of ctx.pages(
      'DescribeTrails',
      () => client.send(new DescribeTrailsCommand({ includeShadowTrails: false })),
      () => undefined,
    )) {
      const trails = (page.trailList ?? []).filter((t) => t.TrailARN && t.Name);
      ctx.progress(trails.length);
      for (const trail of trails) {
        const arn = trail.TrailARN!;
        const asset = ctx.asset({ id: arn, type: 'AWS::CloudTrail::Trail', kind: 'logging.audit-trail', name: trail.Name!, region: trail.HomeRegion ?? ctx.region });
        ctx.aspect(asset, 'trail', { ok: true, value: trail });
        const [status, selectors] = await Promise.all([
          ctx.call('GetTrailStatus', () => client.send(new GetTrailStatusCommand({ Name: arn })), { resource: arn }),
          ctx.call('GetEventSelectors', () => client.send(new GetEventSelectorsCommand({ TrailName: arn })), { resource: arn }),
        ]);
        ctx.aspect(asset, 'status', status, withoutMetadata);
        ctx.aspect(asset, 'eventSelectors', selectors, withoutMetadata);
        yield asset;
      }
    }
  },
};

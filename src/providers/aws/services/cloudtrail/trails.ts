import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, type Trail } from '@aws-sdk/client-cloudtrail';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { withoutMetadata } from '../ec2/support/arn.js';

/**
 * CloudTrail trails, each described once per account, in its home region. DescribeTrails runs in every
 * region with shadow trails included, because that is the only way a member account sees the
 * organization trail that covers it; trails whose home region is elsewhere (the shadows of multi-region
 * trails) are skipped, so each trail is collected once. Each trail gets GetTrailStatus (`status`) and
 * GetEventSelectors (`eventSelectors`), issued together and addressed by ARN (required for shadow and
 * organization trails). DescribeTrails is not paginated (five trails per region at most).
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
      () => client.send(new DescribeTrailsCommand({ includeShadowTrails: true })),
      () => undefined,
    )) {
      const trails = (page.trailList ?? []).filter((t) => t.TrailARN && t.Name && (t.HomeRegion ?? ctx.region) === ctx.region);
      ctx.progress(trails.length);
      for (const trail of trails) {
        const arn = trail.TrailARN!;
        const asset = ctx.asset({ id: assetId(ctx, trail), type: 'AWS::CloudTrail::Trail', kind: 'logging.audit-trail', name: trail.Name!, region: ctx.region });
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

/**
 * The trail ARN; for an organization trail seen from a member account, the ARN plus `/account/<member>`:
 * the same trail appears in every member account, and asset ids are unique within a scan.
 */
export function assetId(ctx: Pick<AwsCollectContext, 'account'>, trail: Trail): string {
  const owner = trail.TrailARN!.split(':')[4];
  return owner === ctx.account ? trail.TrailARN! : `${trail.TrailARN!}/account/${ctx.account}`;
}

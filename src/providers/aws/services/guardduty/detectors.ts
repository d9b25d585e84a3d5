import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import type { AwsCollector } from '../../collector.js';
import { withoutMetadata } from '../ec2/support/arn.js';

/**
 * GuardDuty detectors of a region (at most one per account) from ListDetectors, each with GetDetector
 * (`detector`: Status ENABLED or DISABLED when suspended, features). A region without a detector yields
 * no asset: the region-level rule reads that as "GuardDuty is off here".
 */
export const detectorsCollector: AwsCollector = {
  id: 'aws.guardduty.detectors',
  service: 'guardduty',
  scope: 'regional',
  types: ['AWS::GuardDuty::Detector'],
  permissions: ['guardduty:ListDetectors', 'guardduty:GetDetector'],
  async *collect(ctx) {
    const client = ctx.client(GuardDutyClient);
    for await (const page of ctx.pages(
      'ListDetectors',
      (NextToken) => client.send(new ListDetectorsCommand({ MaxResults: 50, NextToken })),
      (p) => p.NextToken || undefined,
    )) {
      ctx.progress(page.DetectorIds?.length ?? 0);
      for (const DetectorId of page.DetectorIds ?? []) {
        const asset = ctx.asset({ id: `arn:${ctx.partition}:guardduty:${ctx.region}:${ctx.account}:detector/${DetectorId}`, type: 'AWS::GuardDuty::Detector', kind: 'security.detector', name: DetectorId });
        // BadRequestException is GuardDuty's answer for a detector that no longer exists (deleted since the listing).
        const detector = await ctx.call('GetDetector', () => client.send(new GetDetectorCommand({ DetectorId })), { resource: DetectorId, absentOn: ['BadRequestException'] });
        ctx.aspect(asset, 'detector', detector, withoutMetadata);
        if (detector.ok && detector.value?.Tags) asset.tags = detector.value.Tags;
        yield asset;
      }
    }
  },
};

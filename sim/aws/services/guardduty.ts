/**
 * Amazon GuardDuty (restJson1, signing name `guardduty`): ListDetectors and GetDetector.
 *
 * Estate section `regional[<region>].guardduty` ({@link GuardDutySection}): `detectors` in the
 * GetDetector shape plus `DetectorId` (32 hex characters); Status defaults to ENABLED (write DISABLED for
 * a suspended detector), ServiceRole to the GuardDuty service-linked role. An account has at most one
 * detector per region. ListDetectors pages with MaxResults (1..50, default 50) and NextToken; an unknown
 * detector id is a BadRequestException, as GuardDuty answers.
 */
import type { DetectorFeatureConfigurationResult, GetDetectorResponse } from '@aws-sdk/client-guardduty';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { guarddutyGenerator } from './guardduty/generator.js';

export type SimDetector = Partial<Omit<GetDetectorResponse, '$metadata'>> & { DetectorId: string };

export interface GuardDutySection {
  detectors?: SimDetector[];
}

const FEATURES = ['CLOUD_TRAIL', 'DNS_LOGS', 'FLOW_LOGS', 'S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS', 'RUNTIME_MONITORING'] as const;

const detectors = (ctx: SimContext): SimDetector[] => ctx.regional<GuardDutySection>('guardduty').detectors ?? [];

function getDetector(ctx: SimContext, d: SimDetector): Omit<GetDetectorResponse, '$metadata'> {
  const { DetectorId: _id, ...rest } = d;
  const status = rest.Status ?? 'ENABLED';
  const on = status === 'ENABLED' ? 'ENABLED' : 'DISABLED';
  const updated = new Date('2026-11-20T10:00:00Z');
  return {
    CreatedAt: '2023-04-12T08:30:00.000Z',
    UpdatedAt: updated.toISOString(),
    FindingPublishingFrequency: 'SIX_HOURS',
    ServiceRole: `arn:aws:iam::${ctx.account.id}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
    Features: FEATURES.map((Name): DetectorFeatureConfigurationResult => ({ Name, Status: ['CLOUD_TRAIL', 'DNS_LOGS', 'FLOW_LOGS'].includes(Name) ? 'ENABLED' : on, UpdatedAt: updated })),
    Tags: {},
    ...rest,
    Status: status,
  };
}

export const service: SimService = {
  signingName: 'guardduty',
  sdk: '@aws-sdk/client-guardduty',
  operations: {
    ListDetectors(input: { MaxResults?: number; NextToken?: string }, ctx) {
      if (input.MaxResults !== undefined && (input.MaxResults < 1 || input.MaxResults > 50)) throw new SimError('BadRequestException', 'The request is rejected because the MaxResults is out of range.', 400);
      const p = page(detectors(ctx), input.NextToken, input.MaxResults, 50);
      return { DetectorIds: p.items.map((d) => d.DetectorId), NextToken: p.next };
    },

    GetDetector(input: { DetectorId?: string }, ctx) {
      const d = detectors(ctx).find((x) => x.DetectorId === input.DetectorId);
      if (!d) throw new SimError('BadRequestException', 'The request is rejected because the input detectorId is not owned by the current account.', 400);
      return getDetector(ctx, d);
    },
  },
};

export const generators: ResourceGenerator[] = [guarddutyGenerator];

/** CloudTrail trail records as the estate writes them, and what DescribeTrails / GetTrailStatus / GetEventSelectors return. */
import type { AdvancedEventSelector, EventSelector, GetTrailStatusResponse, Trail } from '@aws-sdk/client-cloudtrail';
import { toDate, type Dated } from '../rds/dated.js';

/**
 * A trail in its home region's section: Trail members (Name and S3BucketName required), `Status`
 * (GetTrailStatus; IsLogging defaults to true) and its event selectors, basic or advanced (none = the
 * default selector: all management events, read and write).
 */
export type SimTrail = Trail & {
  Name: string;
  S3BucketName: string;
  Status?: Dated<Omit<GetTrailStatusResponse, '$metadata'>>;
  EventSelectors?: EventSelector[];
  AdvancedEventSelectors?: AdvancedEventSelector[];
};

export interface Located {
  trail: SimTrail;
  home: string;
  account: string;
}

export const trailArn = (t: Located): string => `arn:aws:cloudtrail:${t.home}:${t.account}:trail/${t.trail.Name}`;

const DEFAULT_SELECTORS: EventSelector[] = [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }];

export function describeTrail(t: Located): Trail {
  const { Status: _s, EventSelectors, AdvancedEventSelectors, ...trail } = t.trail;
  return {
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: false,
    LogFileValidationEnabled: false,
    HasInsightSelectors: false,
    IsOrganizationTrail: false,
    ...trail,
    HomeRegion: t.home,
    TrailARN: trailArn(t),
    HasCustomEventSelectors: Boolean(AdvancedEventSelectors?.length || EventSelectors),
  };
}

export function trailStatus(t: Located): Omit<GetTrailStatusResponse, '$metadata'> {
  const s = t.trail.Status ?? {};
  const logging = s.IsLogging ?? true;
  return {
    ...s,
    IsLogging: logging,
    StartLoggingTime: toDate(s.StartLoggingTime ?? '2024-02-01T00:00:00Z'),
    StopLoggingTime: toDate(s.StopLoggingTime ?? (logging ? undefined : '2026-10-01T00:00:00Z')),
    LatestDeliveryTime: toDate(s.LatestDeliveryTime ?? (logging ? '2026-11-29T06:55:00Z' : '2026-10-01T00:00:00Z')),
    LatestDigestDeliveryTime: toDate(s.LatestDigestDeliveryTime ?? (t.trail.LogFileValidationEnabled && logging ? '2026-11-29T06:00:00Z' : undefined)),
    LatestCloudWatchLogsDeliveryTime: toDate(s.LatestCloudWatchLogsDeliveryTime ?? (t.trail.CloudWatchLogsLogGroupArn && logging ? '2026-11-29T06:56:00Z' : undefined)),
    LatestNotificationTime: toDate(s.LatestNotificationTime),
  };
}

export function eventSelectors(t: Located): { TrailARN: string; EventSelectors?: EventSelector[]; AdvancedEventSelectors?: AdvancedEventSelector[] } {
  if (t.trail.AdvancedEventSelectors?.length) return { TrailARN: trailArn(t), AdvancedEventSelectors: t.trail.AdvancedEventSelectors };
  return { TrailARN: trailArn(t), EventSelectors: t.trail.EventSelectors ?? DEFAULT_SELECTORS };
}

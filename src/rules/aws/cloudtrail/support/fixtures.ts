/** Trail assets shaped as the CloudTrail collector stores them, for this folder's tests. */
import type { Asset, CollectionError } from '../../../../core/asset.js';
import type { EventSelectorsOutput } from './event-selectors.js';

export const ACCOUNT = '111122223333';

export interface TrailFixture {
  name?: string;
  region?: string;
  trail?: Record<string, unknown>;
  status?: Record<string, unknown> | null;
  eventSelectors?: EventSelectorsOutput | null;
  gaps?: Record<string, CollectionError>;
}

export const ALL_MANAGEMENT: EventSelectorsOutput = { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] };

export function trailAsset(f: TrailFixture = {}): Asset {
  const name = f.name ?? 'main';
  const region = f.region ?? 'us-east-1';
  const id = `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/${name}`;
  const config: Record<string, unknown> = {
    trail: { Name: name, TrailARN: id, HomeRegion: region, IsMultiRegionTrail: true, S3BucketName: 'trail-bucket', LogFileValidationEnabled: true, ...f.trail },
  };
  if (f.status !== undefined || !f.gaps?.status) config.status = f.status === undefined ? { IsLogging: true } : f.status;
  if (f.eventSelectors !== undefined || !f.gaps?.eventSelectors) config.eventSelectors = f.eventSelectors === undefined ? ALL_MANAGEMENT : f.eventSelectors;
  return {
    id,
    provider: 'aws',
    account: ACCOUNT,
    region,
    type: 'AWS::CloudTrail::Trail',
    kind: 'logging.audit-trail',
    name,
    tags: {},
    facets: {},
    config,
    gaps: f.gaps ?? {},
    source: { type: 'api' },
    observedAt: '2026-11-29T00:00:00.000Z',
  };
}

export function accountAsset(): Asset {
  return { ...trailAsset(), id: `arn:aws:::account/${ACCOUNT}`, type: 'AWS::::Account', kind: 'account', region: 'global', name: ACCOUNT, config: { regions: ['us-east-1', 'eu-west-1'] }, gaps: {} };
}

export function bucketAsset(name: string, logging?: Record<string, unknown> | null, gaps: Record<string, CollectionError> = {}): Asset {
  return { ...trailAsset(), id: `arn:aws:s3:::${name}`, type: 'AWS::S3::Bucket', kind: 'storage.bucket', name, config: logging === undefined ? {} : { logging }, gaps };
}

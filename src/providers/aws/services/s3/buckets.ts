import { GetBucketLocationCommand, ListBucketsCommand, S3Client, type Bucket } from '@aws-sdk/client-s3';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { BUCKET_ASPECTS, BUCKET_PERMISSIONS, describeBucket } from './bucket-aspects.js';
import { mapInOrder } from '../../map-in-order.js';

/** A page size inside ListBuckets' 1..10,000 range; asking for pages also makes S3 return BucketRegion. */
const PAGE_SIZE = 1000;
/** Buckets hydrated at once (each sends its eight calls together, and a ninth when it has a policy). */
const BUCKETS_IN_FLIGHT = 8;

/** GetBucketLocation's answer as a region: empty means us-east-1 and the legacy "EU" means eu-west-1. */
export function regionFromLocation(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}

async function* listBuckets(ctx: AwsCollectContext, pageSize: number): AsyncIterable<Bucket> {
  const s3 = ctx.client(S3Client);
  for await (const page of ctx.pages(
    'ListBuckets',
    (token) => s3.send(new ListBucketsCommand({ MaxBuckets: pageSize, ...(token ? { ContinuationToken: token } : {}) })),
    (p) => p.ContinuationToken,
  )) {
    ctx.progress(page.Buckets?.length ?? 0);
    yield* page.Buckets ?? [];
  }
}

async function bucketAsset(ctx: AwsCollectContext, b: Bucket): Promise<Asset> {
  const name = b.Name ?? '';
  let region = b.BucketRegion;
  let locationError;
  if (!region) {
    // Older API behaviour (and some partitions) leave BucketRegion out; ask the bucket itself.
    const s3 = ctx.client(S3Client);
    const loc = await ctx.call('GetBucketLocation', () => s3.send(new GetBucketLocationCommand({ Bucket: name })), { resource: name });
    if (loc.ok) region = regionFromLocation(loc.value?.LocationConstraint);
    else locationError = loc.error;
  }
  const asset = ctx.asset({ id: `arn:${ctx.partition}:s3:::${name}`, type: 'AWS::S3::Bucket', kind: 'storage.bucket', name, region: region ?? 'unknown' });
  asset.config.bucket = { Name: name, CreationDate: b.CreationDate?.toISOString() ?? null, BucketRegion: region ?? null };
  if (region) await describeBucket(ctx, asset, name, region);
  else if (locationError) for (const aspect of BUCKET_ASPECTS) asset.gaps[aspect] = locationError;
  return asset;
}

/** The collector; `pageSize` and `inFlight` are knobs for tests and tuning, the defaults are what scans use. */
export function bucketsCollectorWith({ pageSize = PAGE_SIZE, inFlight = BUCKETS_IN_FLIGHT } = {}): AwsCollector {
  return {
    id: 'aws.s3.buckets',
    service: 's3',
    scope: 'global',
    types: ['AWS::S3::Bucket'],
    permissions: ['s3:ListAllMyBuckets', 's3:GetBucketLocation', ...BUCKET_PERMISSIONS],
    collect(ctx) {
      return mapInOrder(listBuckets(ctx, pageSize), inFlight, (b) => bucketAsset(ctx, b));
    },
  };
}

export const bucketsCollector = bucketsCollectorWith();

import type { storage_v1 } from 'googleapis/build/src/apis/storage/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import type { GcpCollectContext, GcpCollector } from '../../collector.js';

export const BUCKET_TYPE = 'storage.googleapis.com/Bucket';

/**
 * Cloud Storage buckets of the project (buckets.list, every page) with their IAM policy
 * (buckets.getIamPolicy, policy version 3): public access through `allUsers` / `allAuthenticatedUsers`
 * shows there, and uniform bucket-level access / public access prevention in `bucket.iamConfiguration`.
 */
export const bucketsCollector: GcpCollector = {
  id: 'gcp.storage.buckets',
  service: 'storage',
  types: [BUCKET_TYPE],
  permissions: ['storage.buckets.list', 'storage.buckets.getIamPolicy'],
  async *collect(ctx) {
    const storage = ctx.api('storage');
    const buckets = ctx.list(
      'storage',
      'storage.buckets.list',
      async (pageToken) => (await storage.buckets.list({ project: ctx.projectId, pageToken, maxResults: 1000, projection: 'full' })).data,
      (page: storage_v1.Schema$Buckets) => page.items,
      (page) => page.nextPageToken,
    );
    // Policies are read several at a time (in order, still streaming): one round trip per bucket adds up.
    for await (const asset of mapInOrder(buckets, 16, (b) => bucketAsset(ctx, b))) if (asset) yield asset;
  },
};

async function bucketAsset(ctx: GcpCollectContext, b: storage_v1.Schema$Bucket): Promise<Asset | undefined> {
  if (!b.name) return undefined;
  const name = b.name;
  const asset = ctx.asset({
    id: `//storage.googleapis.com/projects/_/buckets/${name}`,
    type: BUCKET_TYPE,
    kind: 'storage.bucket',
    name,
    region: (b.location ?? 'global').toLowerCase(),
    tags: b.labels ?? {},
  });
  ctx.aspect(asset, 'bucket', { ok: true, value: b });
  const storage = ctx.api('storage');
  const policy = await ctx.call('storage', 'storage.buckets.getIamPolicy', async () => (await storage.buckets.getIamPolicy({ bucket: name, optionsRequestedPolicyVersion: 3 })).data, {
    resource: name,
    region: asset.region,
  });
  ctx.aspect(asset, 'iamPolicy', policy);
  ctx.progress(1);
  return asset;
}

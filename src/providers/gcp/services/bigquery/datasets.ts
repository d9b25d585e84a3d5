import type { bigquery_v2 } from 'googleapis/build/src/apis/bigquery/v2.js';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import type { GcpCollectContext, GcpCollector } from '../../collector.js';

export const DATASET_TYPE = 'bigquery.googleapis.com/Dataset';

/** Datasets fetched at once; the shared limiter paces the rate. */
const IN_FLIGHT = 8;

type ListedDataset = NonNullable<bigquery_v2.Schema$DatasetList['datasets']>[number];

/**
 * BigQuery datasets: datasets.list gives only references, so each is read with datasets.get (`dataset`:
 * access entries, defaultEncryptionConfiguration). Region is the dataset location, lower-cased (`eu`, `europe-west1`).
 */
export const datasetsCollector: GcpCollector = {
  id: 'gcp.bigquery.datasets',
  service: 'bigquery',
  types: [DATASET_TYPE],
  permissions: ['bigquery.datasets.get'],
  async *collect(ctx) {
    const bq = ctx.api('bigquery');
    const listed = ctx.list<bigquery_v2.Schema$DatasetList, ListedDataset>(
      'bigquery',
      'bigquery.datasets.list',
      async (pageToken) => (await bq.datasets.list({ projectId: ctx.projectId, maxResults: 1000, pageToken })).data,
      (p) => p.datasets ?? undefined,
      (p) => p.nextPageToken,
    );
    for await (const asset of mapInOrder(listed, IN_FLIGHT, (d) => hydrate(ctx, bq, d))) {
      ctx.progress(1);
      if (asset) yield asset;
    }
  },
};

async function hydrate(ctx: GcpCollectContext, bq: bigquery_v2.Bigquery, d: ListedDataset): Promise<Asset | null> {
  const datasetId = d.datasetReference?.datasetId;
  if (!datasetId) return null;
  const region = (d.location ?? 'global').toLowerCase();
  const got = await ctx.call('bigquery', 'bigquery.datasets.get', async () => (await bq.datasets.get({ projectId: ctx.projectId, datasetId })).data, {
    region,
    resource: `${ctx.projectId}:${datasetId}`,
    absentOn: ['notFound', 'NOT_FOUND'],
  });
  // Deleted between the listing and the get: nothing left to assess.
  if (got.ok && got.value === null) return null;
  const asset = ctx.asset({
    id: `//bigquery.googleapis.com/projects/${ctx.projectId}/datasets/${datasetId}`,
    type: DATASET_TYPE,
    kind: 'database.dataset',
    name: datasetId,
    region,
    tags: d.labels ?? {},
  });
  ctx.aspect(asset, 'dataset', got);
  return asset;
}

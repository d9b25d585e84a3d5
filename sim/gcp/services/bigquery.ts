/**
 * BigQuery API v2 (`/bigquery/`): datasets.list and datasets.get.
 *
 * Estate section `datasets`: Dataset as datasets.get returns it (`datasetReference.datasetId`, `location`,
 * `access`[] {role, specialGroup | userByEmail | groupByEmail | domain | iamMember},
 * `defaultEncryptionConfiguration.kmsKeyName`, `labels` ...); `kind`, `id`, `selfLink`, `etag` are filled
 * in. datasets.list returns the short form (reference, location, labels) paged with `maxResults`
 * (default 50, at most 1000); an unknown dataset is `notFound`.
 */
import type { GcpProjectEstate } from '../estate.js';
import { GcpSimError, type GcpSimService } from '../service.js';
import { etagOf } from './iam-policy.js';

function datasetView(projectId: string, d: any): any {
  const datasetId = d.datasetReference?.datasetId;
  return {
    kind: 'bigquery#dataset',
    id: `${projectId}:${datasetId}`,
    selfLink: `https://bigquery.googleapis.com/bigquery/v2/projects/${projectId}/datasets/${datasetId}`,
    etag: etagOf(d),
    type: 'DEFAULT',
    ...d,
    datasetReference: { projectId, datasetId },
  };
}

export const bigquery: GcpSimService = {
  api: 'bigquery',
  routes: [
    {
      method: 'GET',
      path: 'bigquery/v2/projects/{project}/datasets',
      operation: 'bigquery.datasets.list',
      kind: 'list',
      itemsKey: 'datasets',
      defaultPageSize: 50,
      maxPageSize: 1000,
      wrap: { kind: 'bigquery#datasetList' },
      handler: (ctx) =>
        ctx.section('datasets').map((d) => {
          const v = datasetView(ctx.project.projectId, d);
          return { kind: v.kind, id: v.id, datasetReference: v.datasetReference, location: v.location, ...(v.labels ? { labels: v.labels } : {}) };
        }),
    },
    {
      method: 'GET',
      path: 'bigquery/v2/projects/{project}/datasets/{dataset}',
      operation: 'bigquery.datasets.get',
      kind: 'get',
      handler: (ctx) => {
        const d = ctx.section('datasets').find((x) => x.datasetReference?.datasetId === ctx.params.dataset);
        if (!d) throw new GcpSimError(404, 'NOT_FOUND', `Not found: Dataset ${ctx.project.projectId}:${ctx.params.dataset}`, 'notFound');
        return datasetView(ctx.project.projectId, d);
      },
    },
  ],
  /** Datasets in the given regions; some shared with allAuthenticatedUsers, most without CMEK. */
  generate(project: GcpProjectEstate, count: number, rand: () => number, regions: string[]): number {
    const list = (project.resources.datasets ??= []);
    for (let n = 0; n < count; n++) {
      const access: any[] = [
        { role: 'OWNER', specialGroup: 'projectOwners' },
        { role: 'WRITER', specialGroup: 'projectWriters' },
        { role: 'READER', specialGroup: 'projectReaders' },
      ];
      if (rand() < 0.1) access.push({ role: 'READER', specialGroup: 'allAuthenticatedUsers' });
      const location = rand() < 0.5 ? 'EU' : (regions[n % regions.length] ?? 'US');
      list.push({
        datasetReference: { datasetId: `dataset_${n}` },
        location,
        creationTime: '1735725600000',
        lastModifiedTime: '1735725600000',
        access,
        ...(rand() < 0.3 ? { defaultEncryptionConfiguration: { kmsKeyName: `projects/${project.projectId}/locations/${location.toLowerCase()}/keyRings/bq/cryptoKeys/bq` } } : {}),
      });
    }
    return count;
  },
};

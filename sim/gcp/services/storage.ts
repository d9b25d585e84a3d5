/**
 * Cloud Storage JSON API v1 (`/storage/`): buckets.list (by `project`), buckets.get and
 * buckets.getIamPolicy.
 *
 * Estate section `buckets`: Bucket as the JSON API returns it (`name`, `location`, `storageClass`,
 * `iamConfiguration`, `versioning`, `logging`, `encryption`, `retentionPolicy`, `labels` ...), plus the
 * simulator-only `iamPolicy: { bindings: [{ role, members }] }` served by getIamPolicy (never listed).
 * `kind`, `id`, `selfLink`, `projectNumber`, `metageneration`, `etag`, `timeCreated`, `updated`,
 * `locationType` and the `iamConfiguration` defaults the API always returns are filled in; `location` is
 * upper-cased as the API writes it.
 */
import type { GcpEstate, GcpProjectEstate } from '../estate.js';
import { GcpSimError, type GcpSimService } from '../service.js';
import { DEFAULT_CREATED } from './ids.js';

const MULTI = new Set(['US', 'EU', 'ASIA']);
const DUAL = new Set(['NAM4', 'EUR4', 'ASIA1']);

function bucketView(p: GcpProjectEstate, b: any): any {
  const { iamPolicy: _policy, ...rest } = b;
  const location = String(b.location ?? 'US').toUpperCase();
  const ubla = b.iamConfiguration?.uniformBucketLevelAccess ?? { enabled: false };
  return {
    kind: 'storage#bucket',
    selfLink: `https://www.googleapis.com/storage/v1/b/${b.name}`,
    id: b.name,
    projectNumber: p.projectNumber,
    metageneration: '1',
    storageClass: 'STANDARD',
    etag: 'CAE=',
    timeCreated: DEFAULT_CREATED,
    updated: DEFAULT_CREATED,
    locationType: MULTI.has(location) ? 'multi-region' : DUAL.has(location) ? 'dual-region' : 'region',
    rpo: 'DEFAULT',
    ...rest,
    location,
    iamConfiguration: {
      ...b.iamConfiguration,
      bucketPolicyOnly: ubla,
      uniformBucketLevelAccess: ubla,
      publicAccessPrevention: b.iamConfiguration?.publicAccessPrevention ?? 'inherited',
    },
  };
}

function bucketOwner(estate: GcpEstate, name: string | undefined): GcpProjectEstate | undefined {
  if (!name) return undefined;
  return estate.projects.find((p) => (p.resources?.buckets ?? []).some((b: any) => b.name === name));
}

function bucketOf(estate: GcpEstate, name: string): { project: GcpProjectEstate; bucket: any } {
  const project = bucketOwner(estate, name);
  const bucket = project?.resources.buckets?.find((b: any) => b.name === name);
  if (!project || !bucket) throw new GcpSimError(404, 'NOT_FOUND', 'The specified bucket does not exist.', 'notFound');
  return { project, bucket };
}

export const storage: GcpSimService = {
  api: 'storage',
  routes: [
    {
      method: 'GET',
      path: 'storage/v1/b',
      operation: 'storage.buckets.list',
      kind: 'list',
      itemsKey: 'items',
      defaultPageSize: 1000,
      maxPageSize: 1000,
      wrap: { kind: 'storage#buckets' },
      handler: (ctx) => ctx.section('buckets').map((b) => bucketView(ctx.project, b)),
    },
    {
      method: 'GET',
      path: 'storage/v1/b/{bucket}',
      operation: 'storage.buckets.get',
      kind: 'get',
      projectOf: (estate, params) => bucketOwner(estate, params.bucket),
      handler: (ctx) => {
        const { project, bucket } = bucketOf(ctx.estate, ctx.params.bucket!);
        return bucketView(project, bucket);
      },
    },
    {
      method: 'GET',
      path: 'storage/v1/b/{bucket}/iam',
      operation: 'storage.buckets.getIamPolicy',
      kind: 'get',
      projectOf: (estate, params) => bucketOwner(estate, params.bucket),
      handler: (ctx) => {
        const { bucket } = bucketOf(ctx.estate, ctx.params.bucket!);
        const bindings: Array<{ role: string; members: string[]; condition?: unknown }> = bucket.iamPolicy?.bindings ?? defaultBindings(ctx.project.projectId);
        const requested = Number(ctx.query.get('optionsRequestedPolicyVersion') ?? 1);
        const conditional = bindings.some((b) => b.condition);
        if (conditional && requested < 3)
          throw new GcpSimError(400, 'INVALID_ARGUMENT', 'Policies with conditional role bindings must be requested with optionsRequestedPolicyVersion 3.', 'invalid');
        return { kind: 'storage#policy', resourceId: `projects/_/buckets/${bucket.name}`, version: conditional ? 3 : 1, etag: 'CAE=', bindings };
      },
    },
  ],
  generate(project: GcpProjectEstate, count: number, rand: () => number, regions: string[]): number {
    const list = (project.resources.buckets ??= []);
    for (let n = 0; n < count; n++) {
      const pub = rand() < 0.08;
      const hardened = rand() < 0.6;
      list.push({
        name: `${project.projectId}-data-${n}`,
        location: rand() < 0.3 ? 'US' : (regions[n % regions.length] ?? 'us-central1'),
        storageClass: 'STANDARD',
        iamConfiguration: { uniformBucketLevelAccess: { enabled: hardened }, publicAccessPrevention: hardened && !pub ? 'enforced' : 'inherited' },
        versioning: { enabled: rand() < 0.5 },
        ...(rand() < 0.4 ? { logging: { logBucket: `${project.projectId}-logs`, logObjectPrefix: `data-${n}` } } : {}),
        labels: { env: rand() < 0.5 ? 'prod' : 'dev' },
        ...(pub ? { iamPolicy: { bindings: [...defaultBindings(project.projectId), { role: 'roles/storage.objectViewer', members: ['allUsers'] }] } } : {}),
      });
    }
    return count;
  },
};

/** The bindings a new bucket gets: project owners/editors/viewers through the convenience values. */
export function defaultBindings(projectId: string): Array<{ role: string; members: string[] }> {
  return [
    { role: 'roles/storage.legacyBucketOwner', members: [`projectEditor:${projectId}`, `projectOwner:${projectId}`] },
    { role: 'roles/storage.legacyBucketReader', members: [`projectViewer:${projectId}`] },
  ];
}

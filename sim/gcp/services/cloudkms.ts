/**
 * Cloud KMS API v1 (`/cloudkms/`): projects.locations.list, keyRings.list, cryptoKeys.list and
 * cryptoKeys.getIamPolicy.
 *
 * Estate section `keyRings`: KeyRing (`name` = `projects/<p>/locations/<l>/keyRings/<r>`, `createTime`) plus
 * `cryptoKeys`: CryptoKey[] as the API returns them (`name` may be the key id alone; `purpose`,
 * `rotationPeriod`, `nextRotationTime`, `primary`, `versionTemplate` ...), each with an optional `iamPolicy`
 * (`bindings`). Locations are the usual KMS locations plus every location the estate's rings use.
 * Listings page with `pageSize`/`pageToken` (unbounded by default, as the API documents: here 1000).
 */
import type { GcpProjectEstate } from '../estate.js';
import { GcpSimError, type GcpSimContext, type GcpSimService } from '../service.js';
import { policyResponse, requestedVersion } from './iam-policy.js';

const LOCATIONS = ['global', 'us', 'europe', 'asia', 'us-central1', 'us-east1', 'us-west1', 'europe-west1', 'europe-west2', 'europe-west3', 'asia-east1', 'asia-northeast1'];

const ringLocation = (ring: any): string => String(ring.name).split('/')[3] ?? '';

function ringsIn(ctx: GcpSimContext): any[] {
  return ctx.section('keyRings').filter((r) => ringLocation(r) === ctx.params.location);
}

function findRing(ctx: GcpSimContext): any {
  const ring = ringsIn(ctx).find((r) => String(r.name).endsWith(`/keyRings/${ctx.params.keyRing}`));
  if (!ring) throw new GcpSimError(404, 'NOT_FOUND', `KeyRing projects/${ctx.params.project}/locations/${ctx.params.location}/keyRings/${ctx.params.keyRing} not found.`, 'notFound');
  return ring;
}

function keyView(ring: any, k: any): any {
  const { iamPolicy: _p, ...rest } = k;
  const name = String(k.name).includes('/') ? String(k.name) : `${ring.name}/cryptoKeys/${k.name}`;
  return { purpose: 'ENCRYPT_DECRYPT', versionTemplate: { protectionLevel: 'SOFTWARE', algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION' }, destroyScheduledDuration: '2592000s', ...rest, name };
}

export const cloudkms: GcpSimService = {
  api: 'cloudkms',
  routes: [
    {
      method: 'GET',
      path: 'v1/projects/{project}/locations',
      operation: 'cloudkms.projects.locations.list',
      permission: 'cloudkms.locations.list',
      kind: 'list',
      itemsKey: 'locations',
      defaultPageSize: 1000,
      maxPageSize: 1000,
      handler: (ctx) => {
        const ids = new Set([...LOCATIONS, ...ctx.section('keyRings').map(ringLocation)]);
        return [...ids].map((id) => ({ name: `projects/${ctx.project.projectId}/locations/${id}`, locationId: id, displayName: id }));
      },
    },
    {
      method: 'GET',
      path: 'v1/projects/{project}/locations/{location}/keyRings',
      operation: 'cloudkms.projects.locations.keyRings.list',
      permission: 'cloudkms.keyRings.list',
      kind: 'list',
      itemsKey: 'keyRings',
      defaultPageSize: 1000,
      maxPageSize: 1000,
      handler: (ctx) => ringsIn(ctx).map(({ cryptoKeys: _k, ...ring }) => ring),
    },
    {
      method: 'GET',
      path: 'v1/projects/{project}/locations/{location}/keyRings/{keyRing}/cryptoKeys',
      operation: 'cloudkms.projects.locations.keyRings.cryptoKeys.list',
      permission: 'cloudkms.cryptoKeys.list',
      kind: 'list',
      itemsKey: 'cryptoKeys',
      defaultPageSize: 1000,
      maxPageSize: 1000,
      handler: (ctx) => {
        const ring = findRing(ctx);
        return ((ring.cryptoKeys ?? []) as any[]).map((k) => keyView(ring, k));
      },
    },
    {
      method: 'GET',
      path: 'v1/projects/{project}/locations/{location}/keyRings/{keyRing}/cryptoKeys/{cryptoKey}:getIamPolicy',
      operation: 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy',
      permission: 'cloudkms.cryptoKeys.getIamPolicy',
      kind: 'get',
      handler: (ctx) => {
        const ring = findRing(ctx);
        const key = ((ring.cryptoKeys ?? []) as any[]).find((k) => keyView(ring, k).name.endsWith(`/cryptoKeys/${ctx.params.cryptoKey}`));
        if (!key) throw new GcpSimError(404, 'NOT_FOUND', `CryptoKey ${ring.name}/cryptoKeys/${ctx.params.cryptoKey} not found.`, 'notFound');
        return policyResponse(key.iamPolicy?.bindings ?? [], [], requestedVersion(ctx.query, ctx.body));
      },
    },
  ],
  /** One key ring per region, `count` keys across them: most rotate every 90 days, some never. */
  generate(project: GcpProjectEstate, count: number, rand: () => number, regions: string[]): number {
    const rings = (project.resources.keyRings ??= []);
    const byRegion = new Map<string, any>();
    for (let n = 0; n < count; n++) {
      const region = regions[n % regions.length] ?? 'global';
      let ring = byRegion.get(region);
      if (!ring) {
        ring = { name: `projects/${project.projectId}/locations/${region}/keyRings/bench-${region}`, createTime: '2024-05-01T09:00:00Z', cryptoKeys: [] };
        byRegion.set(region, ring);
        rings.push(ring);
      }
      const rotates = rand() < 0.8;
      const name = `${ring.name}/cryptoKeys/key-${n}`;
      ring.cryptoKeys.push({
        name,
        createTime: '2024-05-01T09:00:00Z',
        primary: { name: `${name}/cryptoKeyVersions/1`, state: 'ENABLED', createTime: '2024-05-01T09:00:00Z', protectionLevel: 'SOFTWARE', algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION' },
        ...(rotates ? { rotationPeriod: '7776000s', nextRotationTime: '2026-12-20T09:00:00Z' } : {}),
        iamPolicy: { bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: [`serviceAccount:svc-${n}@${project.projectId}.iam.gserviceaccount.com`] }] },
      });
    }
    return count;
  },
};

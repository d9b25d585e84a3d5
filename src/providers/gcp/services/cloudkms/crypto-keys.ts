import type { cloudkms_v1 } from 'googleapis/build/src/apis/cloudkms/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { flatMapMerged, mapInOrder } from '../../../aws/map-in-order.js';
import { ListingFailed, type GcpCollectContext, type GcpCollector } from '../../collector.js';

export const CRYPTO_KEY_TYPE = 'cloudkms.googleapis.com/CryptoKey';

/** Keys of one location whose IAM policy is asked for at once; the shared limiter paces the rate. */
const IN_FLIGHT = 8;

type Kms = cloudkms_v1.Cloudkms;

/**
 * Cloud KMS keys: KMS has no project-wide key listing, so this walks projects.locations.list →
 * keyRings.list per location → cryptoKeys.list per ring (`cryptoKey`: rotationPeriod, nextRotationTime,
 * purpose, primary), then cryptoKeys.getIamPolicy per key (`iamPolicy`, version 3). A location whose rings
 * cannot be listed does not stop the others: its failure is thrown once the rest is collected, so the
 * collector's coverage is still incomplete.
 */
export const cryptoKeysCollector: GcpCollector = {
  id: 'gcp.cloudkms.crypto-keys',
  service: 'cloudkms',
  types: [CRYPTO_KEY_TYPE],
  permissions: ['cloudkms.locations.list', 'cloudkms.keyRings.list', 'cloudkms.cryptoKeys.list', 'cloudkms.cryptoKeys.getIamPolicy'],
  async *collect(ctx) {
    const kms = ctx.api('cloudkms');
    const failures: ListingFailed[] = [];
    const locations = ctx.list<cloudkms_v1.Schema$ListLocationsResponse, cloudkms_v1.Schema$Location>(
      'cloudkms',
      'cloudkms.projects.locations.list',
      async (pageToken) => (await kms.projects.locations.list({ name: `projects/${ctx.projectId}`, pageSize: 1000, pageToken })).data,
      (p) => p.locations,
      (p) => p.nextPageToken,
    );
    // Locations at once, each yielding as it goes: KMS read quotas are counted per location, so keys taken
    // location after location would leave every other location's quota idle.
    const keysAt = (loc: cloudkms_v1.Schema$Location) => keysIn(ctx, kms, loc.locationId ?? locationOf(loc.name ?? ''), failures);
    for await (const asset of flatMapMerged(locations, WALK, keysAt)) {
      ctx.progress(1);
      yield asset;
    }
    if (failures[0]) throw failures[0];
  },
};

/** The location of a key ring or key name (`projects/p/locations/<l>/keyRings/...`). */
export const locationOf = (name: string): string => name.split('/')[3] ?? 'global';

/** Locations and rings listed at once: each listing is a round trip, and a project has dozens of locations. */
const WALK = 8;

/** One location's keys, hydrated: its rings, then (several rings at once) their keys, then each key's policy. */
async function* keysIn(ctx: GcpCollectContext, kms: Kms, region: string, failures: ListingFailed[]): AsyncIterable<Asset> {
  // A listing that fails (a location's rings, a ring's keys) is kept and the walk goes on with the others.
  const settled = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
    const out: T[] = [];
    try {
      for await (const x of items) out.push(x);
    } catch (e) {
      if (!(e instanceof ListingFailed)) throw e;
      failures.push(e);
    }
    return out;
  };
  const ringKeys = mapInOrder(await settled(rings(ctx, kms, region)), WALK, (ring) => settled(keysOf(ctx, kms, ring, region)));
  async function* keys() {
    for await (const list of ringKeys) yield* list;
  }
  yield* mapInOrder(keys(), IN_FLIGHT, (k) => hydrate(ctx, kms, k));
}

function rings(ctx: GcpCollectContext, kms: Kms, region: string): AsyncIterable<cloudkms_v1.Schema$KeyRing> {
  return ctx.list<cloudkms_v1.Schema$ListKeyRingsResponse, cloudkms_v1.Schema$KeyRing>(
    'cloudkms',
    'cloudkms.projects.locations.keyRings.list',
    async (pageToken) => (await kms.projects.locations.keyRings.list({ parent: `projects/${ctx.projectId}/locations/${region}`, pageSize: 1000, pageToken })).data,
    (p) => p.keyRings,
    (p) => p.nextPageToken,
    { region },
  );
}

function keysOf(ctx: GcpCollectContext, kms: Kms, ring: cloudkms_v1.Schema$KeyRing, region: string): AsyncIterable<cloudkms_v1.Schema$CryptoKey> {
  return ctx.list<cloudkms_v1.Schema$ListCryptoKeysResponse, cloudkms_v1.Schema$CryptoKey>(
    'cloudkms',
    'cloudkms.projects.locations.keyRings.cryptoKeys.list',
    async (pageToken) => (await kms.projects.locations.keyRings.cryptoKeys.list({ parent: ring.name!, pageSize: 1000, pageToken })).data,
    (p) => p.cryptoKeys,
    (p) => p.nextPageToken,
    { region, resource: ring.name ?? undefined },
  );
}

async function hydrate(ctx: GcpCollectContext, kms: Kms, key: cloudkms_v1.Schema$CryptoKey): Promise<Asset> {
  const name = key.name ?? '';
  const region = locationOf(name);
  const asset = ctx.asset({ id: `//cloudkms.googleapis.com/${name}`, type: CRYPTO_KEY_TYPE, kind: 'crypto.key', name: name.split('/').pop() ?? name, region, tags: key.labels ?? {} });
  ctx.aspect(asset, 'cryptoKey', { ok: true, value: key });
  const policy = await ctx.call(
    'cloudkms',
    'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy',
    async () => (await kms.projects.locations.keyRings.cryptoKeys.getIamPolicy({ resource: name, 'options.requestedPolicyVersion': 3 })).data,
    { region, resource: name },
  );
  ctx.aspect(asset, 'iamPolicy', policy);
  return asset;
}

import type { iam_v1 } from 'googleapis/build/src/apis/iam/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import type { GcpCollectContext, GcpCollector } from '../../collector.js';

export const SERVICE_ACCOUNT_TYPE = 'iam.googleapis.com/ServiceAccount';

/** Accounts whose keys are asked for at once; the shared limiter paces the rate. */
const IN_FLIGHT = 8;

/**
 * Service accounts from projects.serviceAccounts.list (`serviceAccount`), each hydrated with
 * serviceAccounts.keys.list (`keys`: user- and system-managed keys, so key age and type can be judged).
 * The id is Cloud Asset Inventory's, by unique id (stable across an account's re-creation with the same email).
 */
export const serviceAccountsCollector: GcpCollector = {
  id: 'gcp.iam.service-accounts',
  service: 'iam',
  types: [SERVICE_ACCOUNT_TYPE],
  permissions: ['iam.serviceAccounts.list', 'iam.serviceAccountKeys.list'],
  async *collect(ctx) {
    const iam = ctx.api('iam');
    const listed = ctx.list<iam_v1.Schema$ListServiceAccountsResponse, iam_v1.Schema$ServiceAccount>(
      'iam',
      'iam.projects.serviceAccounts.list',
      async (pageToken) => (await iam.projects.serviceAccounts.list({ name: `projects/${ctx.projectId}`, pageSize: 100, pageToken })).data,
      (p) => p.accounts,
      (p) => p.nextPageToken,
    );
    for await (const asset of mapInOrder(listed, IN_FLIGHT, (sa) => hydrate(ctx, iam, sa))) {
      ctx.progress(1);
      if (asset) yield asset;
    }
  },
};

async function hydrate(ctx: GcpCollectContext, iam: iam_v1.Iam, sa: iam_v1.Schema$ServiceAccount): Promise<Asset | null> {
  if (!sa.email || !sa.name) return null;
  const keys = await ctx.call('iam', 'iam.projects.serviceAccounts.keys.list', async () => (await iam.projects.serviceAccounts.keys.list({ name: sa.name! })).data, {
    resource: sa.email,
    absentOn: ['notFound', 'NOT_FOUND'],
  });
  // Deleted between the listing and the keys call: nothing left to assess.
  if (keys.ok && keys.value === null) return null;
  const asset = ctx.asset({
    id: `//iam.googleapis.com/projects/${ctx.projectId}/serviceAccounts/${sa.uniqueId ?? sa.email}`,
    type: SERVICE_ACCOUNT_TYPE,
    kind: 'identity.service-account',
    name: sa.email,
  });
  ctx.aspect(asset, 'serviceAccount', { ok: true, value: sa });
  ctx.aspect(asset, 'keys', keys, (r) => r?.keys ?? []);
  return asset;
}

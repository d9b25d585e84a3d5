import { PostgreSQLManagementFlexibleServerClient, type Server } from '@azure/arm-postgresql-flexible';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';
import type { AzureCollectContext, AzureCollector } from '../../collector.js';
import { allOf } from '../all-of.js';

export const POSTGRESQL_SERVER = 'Microsoft.DBforPostgreSQL/flexibleServers';

const WIDTH = 8;

async function hydrate(ctx: AzureCollectContext, server: Server): Promise<Asset> {
  const client = ctx.client(PostgreSQLManagementFlexibleServerClient);
  const id = server.id ?? '';
  const rg = resourceGroupOf(id);
  const name = server.name ?? '';
  const region = regionOf(server.location);
  const asset = ctx.asset({ id, type: POSTGRESQL_SERVER, kind: 'database.instance', name, region, tags: server.tags });
  ctx.aspect(asset, 'server', { ok: true, value: server });
  const opts = { resource: id, region };
  const [configurations, firewallRules] = await Promise.all([
    ctx.call('postgresql', 'configurations.listByServer', () => allOf(client.configurations.listByServer(rg, name)), opts),
    ctx.call('postgresql', 'firewallRules.listByServer', () => allOf(client.firewallRules.listByServer(rg, name)), opts),
  ]);
  // Only name and value: the listing carries hundreds of parameters with long descriptions.
  ctx.aspect(asset, 'configurations', configurations, (list) => list?.map((c) => ({ name: c.name, value: c.value })) ?? null);
  ctx.aspect(asset, 'firewallRules', firewallRules);
  return asset;
}

/** Azure Database for PostgreSQL flexible servers from `servers.listBySubscription`, with their server parameters and firewall rules. */
export const postgresqlFlexibleServersCollector: AzureCollector = {
  id: 'azure.postgresql.flexible-servers',
  service: 'postgresql',
  types: [POSTGRESQL_SERVER],
  permissions: ['Microsoft.DBforPostgreSQL/flexibleServers/read', 'Microsoft.DBforPostgreSQL/flexibleServers/configurations/read', 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules/read'],
  async *collect(ctx) {
    const client = ctx.client(PostgreSQLManagementFlexibleServerClient);
    const servers = ctx.list('postgresql', 'servers.listBySubscription', (token) => client.servers.listBySubscription().byPage({ continuationToken: token }));
    for await (const asset of mapInOrder(servers, WIDTH, (s) => hydrate(ctx, s))) {
      ctx.progress(1);
      yield asset;
    }
  },
};

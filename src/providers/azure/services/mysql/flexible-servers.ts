import { MySQLManagementFlexibleServerClient, type Server } from '@azure/arm-mysql-flexible';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';
import type { AzureCollectContext, AzureCollector } from '../../collector.js';
import { allOf } from '../all-of.js';

export const MYSQL_SERVER = 'Microsoft.DBforMySQL/flexibleServers';

const WIDTH = 8;

async function hydrate(ctx: AzureCollectContext, server: Server): Promise<Asset> {
  const client = ctx.client(MySQLManagementFlexibleServerClient);
  const id = server.id ?? '';
  const rg = resourceGroupOf(id);
  const name = server.name ?? '';
  const region = regionOf(server.location);
  const asset = ctx.asset({ id, type: MYSQL_SERVER, kind: 'database.instance', name, region, tags: server.tags });
  ctx.aspect(asset, 'server', { ok: true, value: server });
  const opts = { resource: id, region };
  const [configurations, firewallRules] = await Promise.all([
    ctx.call('mysql', 'configurations.listByServer', () => allOf(client.configurations.listByServer(rg, name)), opts),
    ctx.call('mysql', 'firewallRules.listByServer', () => allOf(client.firewallRules.listByServer(rg, name)), opts),
  ]);
  // Only name and value: the listing carries hundreds of parameters with long descriptions.
  ctx.aspect(asset, 'configurations', configurations, (list) => list?.map((c) => ({ name: c.name, value: c.value })) ?? null);
  ctx.aspect(asset, 'firewallRules', firewallRules);
  return asset;
}

/** Azure Database for MySQL flexible servers from `servers.list`, with their server parameters and firewall rules. */
export const mysqlFlexibleServersCollector: AzureCollector = {
  id: 'azure.mysql.flexible-servers',
  service: 'mysql',
  types: [MYSQL_SERVER],
  permissions: ['Microsoft.DBforMySQL/flexibleServers/read', 'Microsoft.DBforMySQL/flexibleServers/configurations/read', 'Microsoft.DBforMySQL/flexibleServers/firewallRules/read'],
  async *collect(ctx) {
    const client = ctx.client(MySQLManagementFlexibleServerClient);
    const servers = ctx.list('mysql', 'servers.list', (token) => client.servers.list().byPage({ continuationToken: token }));
    for await (const asset of mapInOrder(servers, WIDTH, (s) => hydrate(ctx, s))) {
      ctx.progress(1);
      yield asset;
    }
  },
};

import { SqlManagementClient, type Database, type Server, getContinuationToken } from '@azure/arm-sql';
import { withTokens } from '../../runtime/pages.js';
import type { Asset } from '../../../../core/asset.js';
import { flatMapInOrder, mapInOrder } from '../../../aws/map-in-order.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';
import { ListingFailed, type AzureCollectContext, type AzureCollector } from '../../collector.js';

export const SQL_DATABASE = 'Microsoft.Sql/servers/databases';

const WIDTH = 8;
/** Servers whose databases are listed at once. */
const SERVERS_AT_ONCE = 4;

async function hydrate(ctx: AzureCollectContext, server: Server, db: Database): Promise<Asset> {
  const sql = ctx.client(SqlManagementClient);
  const rg = resourceGroupOf(server.id ?? '');
  const serverName = server.name ?? '';
  const dbName = db.name ?? '';
  const id = db.id ?? `${server.id}/databases/${dbName}`;
  const region = regionOf(db.location ?? server.location);
  const asset = ctx.asset({ id, type: SQL_DATABASE, kind: 'database.database', name: `${serverName}/${dbName}`, region, tags: db.tags });
  ctx.aspect(asset, 'database', { ok: true, value: db });
  const opts = { resource: id, region };
  const [tde, auditing] = await Promise.all([
    ctx.call('sql', 'transparentDataEncryptions.get', () => sql.transparentDataEncryptions.get(rg, serverName, dbName, 'current'), opts),
    ctx.call('sql', 'databaseBlobAuditingPolicies.get', () => sql.databaseBlobAuditingPolicies.get(rg, serverName, dbName), opts),
  ]);
  ctx.aspect(asset, 'tde', tde);
  ctx.aspect(asset, 'auditing', auditing);
  return asset;
}

/** The user databases of one server (`master`, a system database, is left out). */
async function* databasesOf(ctx: AzureCollectContext, server: Server): AsyncIterable<{ server: Server; db: Database }> {
  const sql = ctx.client(SqlManagementClient);
  const rg = resourceGroupOf(server.id ?? '');
  const opts = { resource: server.id, region: regionOf(server.location) };
  for await (const db of ctx.list('sql', 'databases.listByServer', (token) => withTokens(sql.databases.listByServer(rg, server.name ?? '').byPage({ continuationToken: token }), getContinuationToken), opts)) {
    if (db.name?.toLowerCase() !== 'master') yield { server, db };
  }
}

/**
 * Azure SQL databases of every logical server (`servers.list` → `databases.listByServer`, four servers at a
 * time), each with its transparent data encryption state and its own auditing policy. `master` is skipped: a system database
 * whose encryption and auditing follow the server; rules on it would only add noise. A server whose
 * databases cannot be listed does not stop the others; the failure is rethrown at the end so that the
 * collector's coverage is reported incomplete.
 */
export const sqlDatabasesCollector: AzureCollector = {
  id: 'azure.sql.databases',
  service: 'sql',
  types: [SQL_DATABASE],
  permissions: ['Microsoft.Sql/servers/read', 'Microsoft.Sql/servers/databases/read', 'Microsoft.Sql/servers/databases/transparentDataEncryption/read', 'Microsoft.Sql/servers/databases/auditingSettings/read'],
  async *collect(ctx) {
    const sql = ctx.client(SqlManagementClient);
    let failed: ListingFailed | undefined;
    const servers = ctx.list('sql', 'servers.list', (token) => withTokens(sql.servers.list().byPage({ continuationToken: token }), getContinuationToken));
    // One server's listing failing is remembered and the next servers' go on.
    const databases = flatMapInOrder(servers, SERVERS_AT_ONCE, async function* (server): AsyncIterable<{ server: Server; db: Database }> {
      try {
        yield* databasesOf(ctx, server);
      } catch (e) {
        if (!(e instanceof ListingFailed)) throw e;
        failed ??= e;
      }
    });
    for await (const asset of mapInOrder(databases, WIDTH, ({ server, db }) => hydrate(ctx, server, db))) {
      ctx.progress(1);
      yield asset;
    }
    if (failed) throw failed;
  },
};

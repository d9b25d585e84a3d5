import { SqlManagementClient, type Server, getContinuationToken } from '@azure/arm-sql';
import { withTokens } from '../../runtime/pages.js';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';
import type { AzureCollectContext, AzureCollector } from '../../collector.js';
import { allOf } from '../all-of.js';

export const SQL_SERVER = 'Microsoft.Sql/servers';

/** Hydrations in flight (paced by the subscription's limiter). */
const WIDTH = 8;

async function hydrate(ctx: AzureCollectContext, server: Server): Promise<Asset> {
  const sql = ctx.client(SqlManagementClient);
  const id = server.id ?? '';
  const rg = resourceGroupOf(id);
  const name = server.name ?? '';
  const region = regionOf(server.location);
  const asset = ctx.asset({ id, type: SQL_SERVER, kind: 'database.instance', name, region, tags: server.tags });
  ctx.aspect(asset, 'server', { ok: true, value: server });
  const opts = { resource: id, region };
  const [auditing, firewallRules, administrators, encryptionProtector, securityAlertPolicy, vulnerabilityAssessment] = await Promise.all([
    ctx.call('sql', 'serverBlobAuditingPolicies.get', () => sql.serverBlobAuditingPolicies.get(rg, name), opts),
    ctx.call('sql', 'firewallRules.listByServer', () => allOf(sql.firewallRules.listByServer(rg, name)), opts),
    ctx.call('sql', 'serverAzureADAdministrators.listByServer', () => allOf(sql.serverAzureADAdministrators.listByServer(rg, name)), opts),
    ctx.call('sql', 'encryptionProtectors.get', () => sql.encryptionProtectors.get(rg, name, 'current'), opts),
    ctx.call('sql', 'serverSecurityAlertPolicies.get', () => sql.serverSecurityAlertPolicies.get(rg, name, 'Default'), opts),
    // Never configured: some API versions answer 404; that is "no assessment" (null), not a failure.
    ctx.call('sql', 'serverVulnerabilityAssessments.get', () => sql.serverVulnerabilityAssessments.get(rg, name, 'default'), { ...opts, absentOn: ['ResourceNotFound', 'VulnerabilityAssessmentNotFound'] }),
  ]);
  ctx.aspect(asset, 'auditing', auditing);
  ctx.aspect(asset, 'firewallRules', firewallRules);
  ctx.aspect(asset, 'administrators', administrators);
  ctx.aspect(asset, 'encryptionProtector', encryptionProtector);
  ctx.aspect(asset, 'securityAlertPolicy', securityAlertPolicy);
  ctx.aspect(asset, 'vulnerabilityAssessment', vulnerabilityAssessment);
  return asset;
}

/**
 * Azure SQL logical servers from `servers.list`, each hydrated with the settings the CIS and MCSB controls
 * read: auditing, firewall rules, Entra administrators, the TDE protector, the Defender alert policy and
 * the vulnerability assessment. One call per aspect; a failed call leaves a gap for that aspect only.
 */
export const sqlServersCollector: AzureCollector = {
  id: 'azure.sql.servers',
  service: 'sql',
  types: [SQL_SERVER],
  permissions: [
    'Microsoft.Sql/servers/read',
    'Microsoft.Sql/servers/auditingSettings/read',
    'Microsoft.Sql/servers/firewallRules/read',
    'Microsoft.Sql/servers/administrators/read',
    'Microsoft.Sql/servers/encryptionProtector/read',
    'Microsoft.Sql/servers/securityAlertPolicies/read',
    'Microsoft.Sql/servers/vulnerabilityAssessments/read',
  ],
  async *collect(ctx) {
    const sql = ctx.client(SqlManagementClient);
    const servers = ctx.list('sql', 'servers.list', (token) => withTokens(sql.servers.list().byPage({ continuationToken: token }), getContinuationToken));
    for await (const asset of mapInOrder(servers, WIDTH, (s) => hydrate(ctx, s))) {
      ctx.progress(1);
      yield asset;
    }
  },
};

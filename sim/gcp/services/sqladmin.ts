/**
 * Cloud SQL Admin API v1 (`/sqladmin/`): instances.list.
 *
 * Estate section `sqlInstances`: DatabaseInstance as the API returns it (`name`, `databaseVersion`,
 * `region`, `settings.ipConfiguration`, `settings.backupConfiguration`, `settings.databaseFlags`,
 * `diskEncryptionConfiguration` ...). `project`, `kind`, `selfLink` and `connectionName` are filled in when
 * absent. instances.list pages with `maxResults`/`pageToken` and wraps items as `sql#instancesList`.
 */
import type { GcpProjectEstate } from '../estate.js';
import type { GcpSimService } from '../service.js';

export function sqlInstanceView(projectId: string, i: any): any {
  return {
    kind: 'sql#instance',
    project: projectId,
    selfLink: `https://sqladmin.googleapis.com/v1/projects/${projectId}/instances/${i.name}`,
    connectionName: `${projectId}:${i.region}:${i.name}`,
    backendType: 'SECOND_GEN',
    instanceType: 'CLOUD_SQL_INSTANCE',
    state: 'RUNNABLE',
    ...i,
  };
}

export const sqladmin: GcpSimService = {
  api: 'sqladmin',
  routes: [
    {
      method: 'GET',
      path: 'v1/projects/{project}/instances',
      operation: 'sql.instances.list',
      permission: 'cloudsql.instances.list',
      kind: 'list',
      itemsKey: 'items',
      defaultPageSize: 500,
      maxPageSize: 1000,
      wrap: { kind: 'sql#instancesList' },
      handler: (ctx) => ctx.section('sqlInstances').map((i) => sqlInstanceView(ctx.project.projectId, i)),
    },
  ],
  generate(project: GcpProjectEstate, count: number, rand: () => number, regions: string[]): number {
    const list = (project.resources.sqlInstances ??= []);
    for (let n = 0; n < count; n++) {
      const region = regions[n % regions.length] ?? 'us-central1';
      const postgres = rand() < 0.6;
      const exposed = rand() < 0.15;
      list.push({
        name: `${postgres ? 'pg' : 'mysql'}-${project.projectId.slice(-8)}-${n}`,
        databaseVersion: postgres ? 'POSTGRES_15' : 'MYSQL_8_0',
        region,
        gceZone: `${region}-b`,
        createTime: '2025-03-01T10:00:00.000Z',
        ipAddresses: [{ type: exposed ? 'PRIMARY' : 'PRIVATE', ipAddress: `10.${n % 250}.0.3` }],
        settings: {
          kind: 'sql#settings',
          tier: 'db-custom-2-7680',
          availabilityType: rand() < 0.5 ? 'REGIONAL' : 'ZONAL',
          ipConfiguration: exposed
            ? { ipv4Enabled: true, requireSsl: false, sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', authorizedNetworks: [{ kind: 'sql#aclEntry', name: 'any', value: '0.0.0.0/0' }] }
            : { ipv4Enabled: false, requireSsl: true, sslMode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED', privateNetwork: `projects/${project.projectId}/global/networks/default`, authorizedNetworks: [] },
          backupConfiguration: { kind: 'sql#backupConfiguration', enabled: rand() < 0.85, startTime: '03:00', pointInTimeRecoveryEnabled: postgres, binaryLogEnabled: !postgres },
          databaseFlags: postgres ? [{ name: 'log_connections', value: 'on' }, { name: 'log_disconnections', value: 'on' }] : [{ name: 'local_infile', value: 'off' }],
        },
      });
    }
    return count;
  },
};

import type { sqladmin_v1 } from 'googleapis/build/src/apis/sqladmin/v1.js';
import type { GcpCollector } from '../../collector.js';

export const SQL_INSTANCE_TYPE = 'sqladmin.googleapis.com/Instance';

/**
 * Cloud SQL instances from instances.list (`instance`): the list item already carries everything the
 * CIS controls read (ipConfiguration, backupConfiguration, databaseFlags, diskEncryptionConfiguration),
 * so there is no per-instance call. The id is Cloud Asset Inventory's (`//cloudsql.googleapis.com/...`).
 */
export const sqlInstancesCollector: GcpCollector = {
  id: 'gcp.sqladmin.instances',
  service: 'sqladmin',
  types: [SQL_INSTANCE_TYPE],
  permissions: ['cloudsql.instances.list'],
  async *collect(ctx) {
    const sql = ctx.api('sqladmin');
    const listed = ctx.list<sqladmin_v1.Schema$InstancesListResponse, sqladmin_v1.Schema$DatabaseInstance>(
      'sqladmin',
      'sql.instances.list',
      async (pageToken) => (await sql.instances.list({ project: ctx.projectId, maxResults: 500, pageToken })).data,
      (p) => p.items,
      (p) => p.nextPageToken,
    );
    for await (const i of listed) {
      if (!i.name) continue;
      const asset = ctx.asset({
        id: `//cloudsql.googleapis.com/projects/${ctx.projectId}/instances/${i.name}`,
        type: SQL_INSTANCE_TYPE,
        kind: 'database.instance',
        name: i.name,
        region: i.region ?? 'global',
        tags: i.settings?.userLabels ?? {},
      });
      ctx.aspect(asset, 'instance', { ok: true, value: i });
      ctx.progress(1);
      yield asset;
    }
  },
};

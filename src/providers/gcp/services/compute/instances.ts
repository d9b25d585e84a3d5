import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import type { CallResult, GcpCollector } from '../../collector.js';
import { aggregatedItems, computeName, lastSegment, regionOfZone } from './resource-names.js';

export const INSTANCE_TYPE = 'compute.googleapis.com/Instance';

/**
 * VM instances of every zone (instances.aggregatedList): external IPs in networkInterfaces[].accessConfigs,
 * service account and scopes, Shielded VM, metadata (OS Login, serial port, project SSH keys). The
 * project-wide metadata (projects.get `commonInstanceMetadata`) is on every instance as `projectMetadata`:
 * an instance that does not set `enable-oslogin` or `serial-port-enable` itself inherits the project's.
 */
export const instancesCollector: GcpCollector = {
  id: 'gcp.compute.instances',
  service: 'compute',
  types: [INSTANCE_TYPE],
  permissions: ['compute.instances.list', 'compute.projects.get'],
  async *collect(ctx) {
    const compute = ctx.api('compute');
    let projectMetadata: CallResult<compute_v1.Schema$Metadata | null> | undefined;
    const pages = ctx.list(
      'compute',
      'compute.instances.aggregatedList',
      async (pageToken) => (await compute.instances.aggregatedList({ project: ctx.projectId, pageToken, maxResults: 500 })).data,
      (page: compute_v1.Schema$InstanceAggregatedList) => aggregatedItems<compute_v1.Schema$Instance>(page, 'instances'),
      (page) => page.nextPageToken,
    );
    for await (const { scope, item: i } of pages) {
      if (!i.name) continue;
      const zone = lastSegment(i.zone) || lastSegment(scope);
      const labels = i.labels ?? {};
      const asset = ctx.asset({ id: computeName(ctx.projectId, `zones/${zone}/instances/${i.name}`), type: INSTANCE_TYPE, kind: 'compute.instance', name: i.name, region: regionOfZone(zone), tags: labels });
      ctx.aspect(asset, 'instance', { ok: true, value: i });
      // Read once, on the first instance: a project without VMs needs no call.
      projectMetadata ??= await ctx.call('compute', 'compute.projects.get', async () => (await compute.projects.get({ project: ctx.projectId })).data.commonInstanceMetadata ?? null, {
        resource: `projects/${ctx.projectId}`,
      });
      ctx.aspect(asset, 'projectMetadata', projectMetadata);
      ctx.progress(1);
      yield asset;
    }
  },
};

/**
 * Cloud DNS API v1 (`/dns/`): managedZones.list.
 *
 * Estate section `managedZones`: ManagedZone as the API returns it (`name`, `dnsName`, `id`, `visibility`,
 * `dnssecConfig` {`state` on|off|transfer, `defaultKeySpecs`[] {keyType, algorithm, keyLength}} ...);
 * `kind` is filled in. Pages with `maxResults`/`pageToken` and wraps as `dns#managedZonesListResponse`.
 */
import type { GcpProjectEstate } from '../estate.js';
import type { GcpSimService } from '../service.js';

export const dns: GcpSimService = {
  api: 'dns',
  routes: [
    {
      method: 'GET',
      path: 'dns/v1/projects/{project}/managedZones',
      operation: 'dns.managedZones.list',
      kind: 'list',
      itemsKey: 'managedZones',
      defaultPageSize: 1000,
      maxPageSize: 1000,
      wrap: { kind: 'dns#managedZonesListResponse' },
      handler: (ctx) => ctx.section('managedZones').map((z) => ({ kind: 'dns#managedZone', ...z })),
    },
  ],
  /** Public zones (most signed with RSASHA256, some unsigned) and private zones. */
  generate(project: GcpProjectEstate, count: number, rand: () => number): number {
    const list = (project.resources.managedZones ??= []);
    for (let n = 0; n < count; n++) {
      const isPublic = rand() < 0.6;
      const signed = rand() < 0.7;
      list.push({
        name: `zone-${n}`,
        dnsName: `svc${n}.${project.projectId}.example.com.`,
        id: String(7000000000000000000n + BigInt(n)),
        description: '',
        creationTime: '2025-02-01T10:00:00.000Z',
        visibility: isPublic ? 'public' : 'private',
        nameServers: ['ns-cloud-a1.googledomains.com.', 'ns-cloud-a2.googledomains.com.'],
        ...(isPublic
          ? {
              dnssecConfig: signed
                ? { kind: 'dns#managedZoneDnsSecConfig', state: 'on', nonExistence: 'nsec3', defaultKeySpecs: [{ kind: 'dns#dnsKeySpec', keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 }, { kind: 'dns#dnsKeySpec', keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 }] }
                : { kind: 'dns#managedZoneDnsSecConfig', state: 'off' },
            }
          : { privateVisibilityConfig: { kind: 'dns#managedZonePrivateVisibilityConfig', networks: [{ kind: 'dns#managedZonePrivateVisibilityConfigNetwork', networkUrl: `https://www.googleapis.com/compute/v1/projects/${project.projectId}/global/networks/default` }] } }),
      });
    }
    return count;
  },
};

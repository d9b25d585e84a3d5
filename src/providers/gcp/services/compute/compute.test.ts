import { beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp, type GcpCollected } from '../../../../../test/support/gcp.js';
import { disksCollector } from './disks.js';
import { firewallsCollector } from './firewalls.js';
import { computeCollectors } from './index.js';
import { instancesCollector } from './instances.js';
import { networksCollector } from './networks.js';
import { subnetworksCollector } from './subnetworks.js';

/** The compute collectors over both demo projects, through googleapis against the simulator. */
let demo: GcpCollected;
const find = (type: string, name: string, project = 'parapet-demo-prod'): Asset => {
  const a = demo.assets.find((x) => x.type === type && x.name === name && x.account === project);
  if (!a) throw new Error(`no ${type} ${name} in ${project}`);
  return a;
};

beforeAll(async () => {
  demo = await collectGcp(await loadEstate('sim/estates/demo'), computeCollectors, { organization: '123456789012' });
}, 60_000);

describe('gcp compute collectors on the demo estate', () => {
  it('covers both projects with every collector, without errors', () => {
    expect(demo.errors).toEqual([]);
    for (const c of computeCollectors)
      for (const project of ['parapet-demo-prod', 'parapet-demo-dev']) expect(demo.coverage).toContainEqual(expect.objectContaining({ collector: c.id, account: project, ok: true }));
  });

  it(`${firewallsCollector.id}: the open admin rule and its corporate and IAP twins`, () => {
    const open = find('compute.googleapis.com/Firewall', 'prod-allow-admin-anywhere');
    expect(open).toMatchObject({ id: '//compute.googleapis.com/projects/parapet-demo-prod/global/firewalls/prod-allow-admin-anywhere', kind: 'network.firewall-rule', region: 'global' });
    expect(open.config.firewall).toMatchObject({ direction: 'INGRESS', sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22', '3389'] }], disabled: false, logConfig: { enable: false } });
    expect((open.config.firewall as { network: string }).network).toBe('https://www.googleapis.com/compute/v1/projects/parapet-demo-prod/global/networks/prod-vpc');
    expect(find('compute.googleapis.com/Firewall', 'prod-allow-ssh-corp').config.firewall).toMatchObject({ sourceRanges: ['203.0.113.0/24'] });
    expect(find('compute.googleapis.com/Firewall', 'prod-allow-admin-iap').config.firewall).toMatchObject({ sourceRanges: ['35.235.240.0/20'], allowed: [{ IPProtocol: 'tcp', ports: ['22', '3389'] }] });
    expect(find('compute.googleapis.com/Firewall', 'default-allow-rdp', 'parapet-demo-dev').config.firewall).toMatchObject({ priority: 65534, sourceRanges: ['0.0.0.0/0'] });
  });

  it(`${networksCollector.id}: the dev default auto-mode network and the prod custom VPC`, () => {
    expect(find('compute.googleapis.com/Network', 'default', 'parapet-demo-dev')).toMatchObject({ kind: 'network.vpc', config: { network: { autoCreateSubnetworks: true } } });
    expect(find('compute.googleapis.com/Network', 'prod-vpc').config.network).toMatchObject({ autoCreateSubnetworks: false, routingConfig: { routingMode: 'GLOBAL' } });
  });

  it(`${subnetworksCollector.id}: flow logs on one subnet, off on its twin, regions from aggregatedList`, () => {
    const on = find('compute.googleapis.com/Subnetwork', 'prod-app-europe-west1');
    expect(on).toMatchObject({ id: '//compute.googleapis.com/projects/parapet-demo-prod/regions/europe-west1/subnetworks/prod-app-europe-west1', region: 'europe-west1', kind: 'network.subnet' });
    expect(on.config.subnetwork).toMatchObject({ logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 1 }, privateIpGoogleAccess: true });
    expect(find('compute.googleapis.com/Subnetwork', 'prod-batch-us-central1')).toMatchObject({ region: 'us-central1', config: { subnetwork: { logConfig: { enable: false } } } });
    const devDefaults = demo.assets.filter((a) => a.type === 'compute.googleapis.com/Subnetwork' && a.account === 'parapet-demo-dev');
    expect(devDefaults.map((a) => a.region).sort()).toEqual(['europe-west1', 'us-central1']);
    expect(devDefaults.every((a) => (a.config.subnetwork as { logConfig?: unknown }).logConfig === undefined)).toBe(true);
  });

  it(`${instancesCollector.id}: the exposed VM and its hardened twin`, () => {
    const legacy = find('compute.googleapis.com/Instance', 'prod-web-legacy');
    expect(legacy).toMatchObject({ region: 'europe-west1', kind: 'compute.instance', tags: { env: 'prod', team: 'web' } });
    const li = legacy.config.instance as any;
    expect(li.networkInterfaces[0].accessConfigs[0].natIP).toBe('34.77.10.20');
    expect(li.serviceAccounts).toEqual([{ email: '400000000001-compute@developer.gserviceaccount.com', scopes: ['https://www.googleapis.com/auth/cloud-platform'] }]);
    expect(li.metadata.items).toContainEqual({ key: 'serial-port-enable', value: 'TRUE' });
    expect(li.zone).toBe('https://www.googleapis.com/compute/v1/projects/parapet-demo-prod/zones/europe-west1-b');
    const api = find('compute.googleapis.com/Instance', 'prod-api-1').config.instance as any;
    expect(api.networkInterfaces[0].accessConfigs).toBeUndefined();
    expect(api.serviceAccounts[0].email).toBe('orders-api@parapet-demo-prod.iam.gserviceaccount.com');
    expect(api.shieldedInstanceConfig).toEqual({ enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true });
    expect(api.metadata.items).toContainEqual({ key: 'enable-oslogin', value: 'TRUE' });
    const nat = find('compute.googleapis.com/Instance', 'prod-nat-gateway');
    expect((nat.config.instance as any).canIpForward).toBe(true);
    // Project-wide metadata (compute.projects.get) rides on every instance.
    expect(nat.config.projectMetadata).toMatchObject({ items: [{ key: 'enable-oslogin', value: 'TRUE' }] });
    expect((find('compute.googleapis.com/Instance', 'dev-sandbox', 'parapet-demo-dev').config.projectMetadata as any).items).toBeUndefined();
  });

  it(`${disksCollector.id}: CMEK, CSEK and Google-managed disks, zone's region`, () => {
    expect(find('compute.googleapis.com/Disk', 'prod-api-1')).toMatchObject({ region: 'europe-west1', kind: 'storage.volume', config: { disk: { diskEncryptionKey: { kmsKeyName: expect.stringContaining('cryptoKeys/app-data') } } } });
    expect((find('compute.googleapis.com/Disk', 'prod-web-legacy').config.disk as any).diskEncryptionKey).toBeUndefined();
    expect((find('compute.googleapis.com/Disk', 'dev-sandbox-data', 'parapet-demo-dev').config.disk as any).diskEncryptionKey.sha256).toBeDefined();
    const orphan = find('compute.googleapis.com/Disk', 'dev-orphan-data', 'parapet-demo-dev');
    expect(orphan.region).toBe('europe-west1');
    expect((orphan.config.disk as any).users).toBeUndefined();
  });
});

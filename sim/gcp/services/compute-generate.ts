/**
 * Benchmark estates for Compute: one VPC per project, a subnet per region, then firewalls, instances and
 * their boot disks in a realistic mix (a few open to the internet, most hardened). Deterministic from `rand`.
 */
import type { GcpProjectEstate } from '../estate.js';

export function generateCompute(project: GcpProjectEstate, count: number, rand: () => number, regions: string[]): number {
  const r = project.resources;
  const regionList = regions.length ? regions : ['us-central1'];
  let added = 0;
  const nets = (r.networks ??= []);
  if (!nets.some((n: any) => n.name === 'vpc-main')) {
    nets.push({ name: 'vpc-main', autoCreateSubnetworks: false });
    added++;
    for (const region of regionList) {
      (r.subnetworks ??= []).push({ name: `main-${region}`, region, network: 'vpc-main', ipCidrRange: `10.${(r.subnetworks?.length ?? 0) % 250}.0.0/20`, privateIpGoogleAccess: rand() < 0.7, ...(rand() < 0.5 ? { logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' } } : {}) });
      added++;
    }
  }
  for (let n = 0; added < count; n++) {
    const region = regionList[n % regionList.length]!;
    const zone = `${region}-${'abc'[n % 3]}`;
    const pick = rand();
    if (pick < 0.3) {
      const open = rand() < 0.15;
      (r.firewalls ??= []).push({
        name: `fw-${n}`,
        network: 'vpc-main',
        direction: 'INGRESS',
        priority: 1000,
        sourceRanges: [open ? '0.0.0.0/0' : '10.0.0.0/8'],
        allowed: [{ IPProtocol: 'tcp', ports: [open && rand() < 0.5 ? '22' : '443'] }],
        targetTags: [`app-${n % 7}`],
        logConfig: { enable: rand() < 0.5 },
      });
      added++;
      continue;
    }
    const exposed = rand() < 0.1;
    const name = `vm-${n}`;
    (r.instances ??= []).push({
      name,
      zone,
      machineType: 'e2-standard-2',
      networkInterfaces: [{ network: 'vpc-main', subnetwork: `main-${region}`, networkIP: `10.0.${n % 250}.${(n % 200) + 2}`, ...(exposed ? { accessConfigs: [{ type: 'ONE_TO_ONE_NAT', name: 'External NAT', natIP: `34.${n % 250}.${(n * 7) % 250}.${(n * 13) % 250}`, networkTier: 'PREMIUM' }] } : {}) }],
      serviceAccounts: [{ email: exposed ? `${project.projectNumber}-compute@developer.gserviceaccount.com` : `app-${n % 5}@${project.projectId}.iam.gserviceaccount.com`, scopes: [exposed ? 'https://www.googleapis.com/auth/cloud-platform' : 'https://www.googleapis.com/auth/logging.write'] }],
      shieldedInstanceConfig: { enableSecureBoot: !exposed, enableVtpm: true, enableIntegrityMonitoring: true },
      metadata: { kind: 'compute#metadata', items: [{ key: 'enable-oslogin', value: exposed ? 'FALSE' : 'TRUE' }] },
      disks: [{ boot: true, autoDelete: true, deviceName: name, source: name, mode: 'READ_WRITE', type: 'PERSISTENT' }],
    });
    (r.disks ??= []).push({ name, zone, sizeGb: '20', type: 'pd-balanced', users: [name], ...(rand() < 0.2 ? { diskEncryptionKey: { kmsKeyName: `projects/${project.projectId}/locations/${region}/keyRings/main/cryptoKeys/disks/cryptoKeyVersions/1` } } : {}) });
    added += 2;
  }
  return added;
}

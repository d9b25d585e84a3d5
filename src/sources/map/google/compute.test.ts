import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { iacResource, mapContext, verdictOf } from '../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../model.js';
import { googleMapper } from './index.js';

const P = { providerConfig: { project: 'proj-1', region: 'europe-west1', zone: 'europe-west1-b' } };
const map = (...rs: IacResource[]) => googleMapper.map(rs, mapContext());
const byType = (assets: Asset[], type: string) => assets.filter((a) => a.type === type);
const only = (assets: Asset[], type: string) => byType(assets, type)[0]!;

const firewall = (values: Record<string, unknown>) => iacResource('google_compute_firewall', 'fw', { name: 'allow-admin', network: 'vpc', ...values }, P);

describe('google_compute_firewall', () => {
  it('maps onto the live firewall asset with the API defaults', () => {
    const a = only(map(firewall({ allow: [{ protocol: 'tcp', ports: ['22', 3389] }], source_ranges: ['0.0.0.0/0'] })), 'compute.googleapis.com/Firewall');
    expect(a).toMatchObject({ id: '//compute.googleapis.com/projects/proj-1/global/firewalls/allow-admin', kind: 'network.firewall-rule', name: 'allow-admin', account: 'proj-1', region: 'global' });
    expect(a.config.firewall).toEqual({
      kind: 'compute#firewall',
      name: 'allow-admin',
      network: 'https://www.googleapis.com/compute/v1/projects/proj-1/global/networks/vpc',
      priority: 1000,
      direction: 'INGRESS',
      sourceRanges: ['0.0.0.0/0'],
      allowed: [{ IPProtocol: 'tcp', ports: ['22', '3389'] }],
      disabled: false,
      logConfig: { enable: false },
    });
  });

  it('SSH from 0.0.0.0/0 fails the baseline and CIS rules; the restricted twin passes', () => {
    const open = only(map(firewall({ allow: [{ protocol: 'tcp', ports: ['22'] }], source_ranges: ['0.0.0.0/0'] })), 'compute.googleapis.com/Firewall');
    expect(verdictOf('baseline.network.no-ssh-from-internet', open)).toBe('fail');
    expect(verdictOf('gcp.compute.firewall-ssh-not-open-to-internet', open)).toBe('fail');
    const iap = only(map(firewall({ allow: [{ protocol: 'tcp', ports: ['22'] }], source_ranges: ['35.235.240.0/20'] })), 'compute.googleapis.com/Firewall');
    expect(verdictOf('baseline.network.no-ssh-from-internet', iap)).toBe('pass');
    expect(verdictOf('gcp.compute.firewall-ssh-not-open-to-internet', iap)).toBe('pass');
  });

  it('an ingress rule with no source is open to 0.0.0.0/0, as Compute Engine stores it', () => {
    const a = only(map(firewall({ allow: [{ protocol: 'tcp', ports: ['3389'] }] })), 'compute.googleapis.com/Firewall');
    expect((a.config.firewall as { sourceRanges: unknown }).sourceRanges).toEqual(['0.0.0.0/0']);
    expect(verdictOf('baseline.network.no-rdp-from-internet', a)).toBe('fail');
    const tagged = only(map(firewall({ allow: [{ protocol: 'tcp', ports: ['3389'] }], source_tags: ['bastion'] })), 'compute.googleapis.com/Firewall');
    expect((tagged.config.firewall as { sourceRanges?: unknown }).sourceRanges).toBeUndefined();
    expect(verdictOf('gcp.compute.firewall-rdp-not-open-to-internet', tagged)).toBe('pass');
  });

  it('maps deny, egress, disabled and logging', () => {
    const a = only(map(firewall({ direction: 'EGRESS', deny: [{ protocol: 'all' }], priority: 100, disabled: true, log_config: [{ metadata: 'INCLUDE_ALL_METADATA' }] })), 'compute.googleapis.com/Firewall');
    expect(a.config.firewall).toMatchObject({ direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], denied: [{ IPProtocol: 'all' }], priority: 100, disabled: true, logConfig: { enable: true, metadata: 'INCLUDE_ALL_METADATA' } });
    expect((a.config.firewall as { sourceRanges?: unknown }).sourceRanges).toBeUndefined();
    const off = only(map(firewall({ allow: [{ protocol: 'tcp', ports: ['22'] }], source_ranges: ['0.0.0.0/0'], disabled: true })), 'compute.googleapis.com/Firewall');
    expect(verdictOf('baseline.network.no-ssh-from-internet', off)).toBe('pass');
  });

  it('unknown source ranges make the firewall a gap (unknown); an unknown network reference resolves', () => {
    const net = iacResource('google_compute_network', 'vpc', { name: 'main' }, P);
    const a = only(map(net, firewall({ allow: [{ protocol: 'tcp', ports: ['22'] }], source_ranges: new Unknown('variable var.ranges') })), 'compute.googleapis.com/Firewall');
    expect(a.gaps.firewall?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.network.no-ssh-from-internet', a)).toBe('unknown');
    const b = only(map(net, firewall({ network: new Unknown('computed', ['google_compute_network.vpc']), allow: [{ protocol: 'icmp' }], source_ranges: ['10.0.0.0/8'] })), 'compute.googleapis.com/Firewall');
    expect((b.config.firewall as { network: string }).network).toBe('https://www.googleapis.com/compute/v1/projects/proj-1/global/networks/main');
  });
});

describe('google_compute_network / google_compute_subnetwork', () => {
  it('a network named default fails; auto mode is the default', () => {
    const [d] = map(iacResource('google_compute_network', 'd', { name: 'default' }, P));
    expect(d).toMatchObject({ id: '//compute.googleapis.com/projects/proj-1/global/networks/default', type: 'compute.googleapis.com/Network', kind: 'network.vpc', region: 'global' });
    expect(d!.config.network).toEqual({ kind: 'compute#network', name: 'default', autoCreateSubnetworks: true, routingConfig: { routingMode: 'REGIONAL' } });
    expect(verdictOf('gcp.compute.network-not-default', d!)).toBe('fail');
    const [c] = map(iacResource('google_compute_network', 'c', { name: 'main', auto_create_subnetworks: false }, P));
    expect(verdictOf('gcp.compute.network-not-default', c!)).toBe('pass');
    expect(verdictOf('gcp.compute.network-not-legacy', c!)).toBe('pass');
  });

  it('subnet flow logs: log_config enables them with provider defaults', () => {
    const sub = (values: Record<string, unknown>) => only(map(iacResource('google_compute_subnetwork', 's', { name: 'app', ip_cidr_range: '10.0.0.0/24', network: 'main', region: 'europe-west4', ...values }, P)), 'compute.googleapis.com/Subnetwork');
    const off = sub({});
    expect(off).toMatchObject({ id: '//compute.googleapis.com/projects/proj-1/regions/europe-west4/subnetworks/app', kind: 'network.subnet', region: 'europe-west4' });
    expect((off.config.subnetwork as { logConfig?: unknown }).logConfig).toBeUndefined();
    expect(off.config.subnetwork).toMatchObject({ privateIpGoogleAccess: false, purpose: 'PRIVATE', region: 'https://www.googleapis.com/compute/v1/projects/proj-1/regions/europe-west4' });
    expect(verdictOf('gcp.compute.subnet-flow-logs-enabled', off)).toBe('fail');
    const partial = sub({ log_config: [{}] });
    expect(partial.config.subnetwork).toMatchObject({ logConfig: { enable: true, aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' } });
    expect(verdictOf('gcp.compute.subnet-flow-logs-enabled', partial)).toBe('fail');
    const full = sub({ private_ip_google_access: true, log_config: [{ aggregation_interval: 'INTERVAL_5_SEC', flow_sampling: 1, metadata: 'INCLUDE_ALL_METADATA', filter_expr: 'true' }] });
    expect(verdictOf('gcp.compute.subnet-flow-logs-enabled', full)).toBe('pass');
    expect((full.config.subnetwork as { privateIpGoogleAccess: boolean }).privateIpGoogleAccess).toBe(true);
  });
});

describe('google_compute_instance / google_compute_disk', () => {
  const vm = (values: Record<string, unknown>) =>
    iacResource('google_compute_instance', 'vm', { name: 'vm1', machine_type: 'e2-small', boot_disk: [{ initialize_params: [{ image: 'debian-12' }] }], network_interface: [{ network: 'default' }], ...values }, P);

  it('maps onto the live instance asset; an access_config is an external IP', () => {
    const assets = map(vm({ network_interface: [{ network: 'default', access_config: [{}] }], labels: { team: 'a' } }));
    const i = only(assets, 'compute.googleapis.com/Instance');
    expect(i).toMatchObject({ id: '//compute.googleapis.com/projects/proj-1/zones/europe-west1-b/instances/vm1', kind: 'compute.instance', region: 'europe-west1', tags: { team: 'a' } });
    expect(i.config.instance).toMatchObject({
      name: 'vm1',
      canIpForward: false,
      networkInterfaces: [{ name: 'nic0', network: 'https://www.googleapis.com/compute/v1/projects/proj-1/global/networks/default', accessConfigs: [{ type: 'ONE_TO_ONE_NAT', networkTier: 'PREMIUM' }] }],
      shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true },
    });
    expect(verdictOf('baseline.compute.instance-no-public-ip', i)).toBe('fail');
    expect(verdictOf('gcp.compute.instance-no-public-ip', i)).toBe('fail');
    expect(verdictOf('baseline.compute.instance-secure-boot', i)).toBe('fail');
    const priv = only(map(vm({ shielded_instance_config: [{ enable_secure_boot: true }] })), 'compute.googleapis.com/Instance');
    expect(verdictOf('baseline.compute.instance-no-public-ip', priv)).toBe('pass');
    expect(verdictOf('baseline.compute.instance-secure-boot', priv)).toBe('pass');
  });

  it('service account scopes are expanded; the default account without a known project number is a gap', () => {
    const i = only(map(vm({ service_account: [{ email: '123-compute@developer.gserviceaccount.com', scopes: ['cloud-platform'] }] })), 'compute.googleapis.com/Instance');
    expect((i.config.instance as { serviceAccounts: unknown }).serviceAccounts).toEqual([{ email: '123-compute@developer.gserviceaccount.com', scopes: ['https://www.googleapis.com/auth/cloud-platform'] }]);
    expect(verdictOf('baseline.compute.instance-identity-not-broad', i)).toBe('fail');
    expect(verdictOf('gcp.compute.instance-no-default-service-account-full-access', i)).toBe('fail');
    const own = only(map(vm({ service_account: [{ email: 'app@proj-1.iam.gserviceaccount.com', scopes: ['cloud-platform'] }] })), 'compute.googleapis.com/Instance');
    expect(verdictOf('baseline.compute.instance-identity-not-broad', own)).toBe('pass');
    const dflt = only(map(vm({ service_account: [{ scopes: ['cloud-platform'] }] })), 'compute.googleapis.com/Instance');
    expect(dflt.gaps.instance?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.compute.instance-identity-not-broad', dflt)).toBe('unknown');
  });

  it('metadata items and the project-wide metadata the instance inherits', () => {
    const assets = map(
      vm({ metadata: { 'serial-port-enable': 'TRUE', 'startup-script': new Unknown('templatefile') }, can_ip_forward: true }),
      iacResource('google_compute_project_metadata_item', 'os', { key: 'enable-oslogin', value: 'TRUE' }, P),
    );
    const i = only(assets, 'compute.googleapis.com/Instance');
    expect((i.config.instance as { metadata: unknown }).metadata).toEqual({ kind: 'compute#metadata', items: [{ key: 'serial-port-enable', value: 'TRUE' }] });
    expect(i.config.projectMetadata).toEqual({ kind: 'compute#metadata', items: [{ key: 'enable-oslogin', value: 'TRUE' }] });
    expect(verdictOf('gcp.compute.instance-serial-port-disabled', i)).toBe('fail');
    expect(verdictOf('gcp.compute.instance-os-login-enabled', i)).toBe('pass');
    expect(verdictOf('gcp.compute.instance-ip-forwarding-disabled', i)).toBe('fail');
    // Without project metadata in the configuration, what the instance inherits is not known.
    const alone = only(map(vm({})), 'compute.googleapis.com/Instance');
    expect(alone.config.projectMetadata).toBeUndefined();
    expect(verdictOf('gcp.compute.instance-os-login-enabled', alone)).toBe('unknown');
    // An unknown security-relevant key keeps the aspect unknown.
    const unk = only(map(vm({ metadata: { 'block-project-ssh-keys': new Unknown('variable') } })), 'compute.googleapis.com/Instance');
    expect(unk.gaps.instance?.code).toBe('UnknownUntilApply');
  });

  it('confidential computing', () => {
    const i = only(map(vm({ machine_type: 'n2d-standard-2', confidential_instance_config: [{ enable_confidential_compute: true }] })), 'compute.googleapis.com/Instance');
    expect((i.config.instance as { confidentialInstanceConfig: unknown }).confidentialInstanceConfig).toEqual({ enableConfidentialCompute: true });
    expect(verdictOf('gcp.compute.instance-confidential-computing-enabled', i)).toBe('pass');
    expect((i.config.instance as { machineType: string }).machineType).toBe('https://www.googleapis.com/compute/v1/projects/proj-1/zones/europe-west1-b/machineTypes/n2d-standard-2');
    const n = only(map(vm({ machine_type: 'n2d-standard-2' })), 'compute.googleapis.com/Instance');
    expect(verdictOf('gcp.compute.instance-confidential-computing-enabled', n)).toBe('fail');
  });

  it('the boot disk created with the instance is a disk asset named after it, with its encryption', () => {
    const raw = Buffer.alloc(32, 7).toString('base64');
    const assets = map(vm({ boot_disk: [{ disk_encryption_key_raw: raw, initialize_params: [{ size: 20 }] }] }));
    const d = only(assets, 'compute.googleapis.com/Disk');
    expect(d).toMatchObject({ id: '//compute.googleapis.com/projects/proj-1/zones/europe-west1-b/disks/vm1', kind: 'storage.volume', region: 'europe-west1' });
    expect(d.config.disk).toMatchObject({ sizeGb: '20', diskEncryptionKey: { sha256: createHash('sha256').update(Buffer.alloc(32, 7)).digest('base64') }, users: ['https://www.googleapis.com/compute/v1/projects/proj-1/zones/europe-west1-b/instances/vm1'] });
    expect(verdictOf('gcp.compute.disk-csek-encrypted', d)).toBe('pass');
    expect(verdictOf('baseline.storage.volume-customer-managed-key', d)).toBe('pass');
  });

  it('google_compute_disk: KMS key, attachment users, Google-managed default', () => {
    const assets = map(
      iacResource('google_compute_disk', 'data', { name: 'data', size: 100, disk_encryption_key: [{ kms_key_self_link: 'projects/p/locations/l/keyRings/r/cryptoKeys/k' }] }, P),
      iacResource('google_compute_disk', 'plain', { name: 'plain' }, P),
      vm({ attached_disk: [{ source: new Unknown('computed', ['google_compute_disk.data']) }] }),
    );
    const data = assets.find((a) => a.name === 'data')!;
    expect(data.config.disk).toMatchObject({ sizeGb: '100', diskEncryptionKey: { kmsKeyName: 'projects/p/locations/l/keyRings/r/cryptoKeys/k' }, users: ['https://www.googleapis.com/compute/v1/projects/proj-1/zones/europe-west1-b/instances/vm1'] });
    expect(verdictOf('baseline.storage.volume-customer-managed-key', data)).toBe('pass');
    expect(verdictOf('gcp.compute.disk-csek-encrypted', data)).toBe('fail');
    const plain = assets.find((a) => a.name === 'plain')!;
    expect((plain.config.disk as { users?: unknown }).users).toBeUndefined();
    expect(verdictOf('baseline.storage.volume-customer-managed-key', plain)).toBe('fail');
    expect(verdictOf('baseline.storage.volume-encrypted', plain)).toBe('pass');
  });
});

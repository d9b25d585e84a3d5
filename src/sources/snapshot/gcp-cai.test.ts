import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Asset } from '../../core/asset.js';
import { verdictOf } from '../../../test/support/iac.js';
import { loadSnapshot, loadSnapshots } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const AT = '2026-11-29T00:00:00.000Z';
const EXPORT = fixture('gcp-cai-export.jsonl');
const single = loadSnapshot(EXPORT, AT);
const merged = loadSnapshots([EXPORT, fixture('gcp-cai-iam-policy.jsonl')], AT);
const byId = (assets: Asset[], id: string): Asset => {
  const a = assets.find((x) => x.id === id);
  if (!a) throw new Error(`no asset ${id} in ${assets.map((x) => x.id).join(', ')}`);
  return a;
};
const get = (id: string) => byId(single.assets, id);
const PROJECT_ID = '//cloudresourcemanager.googleapis.com/projects/123456789012';
const bucket = (name: string) => `//storage.googleapis.com/projects/_/buckets/${name}`;

describe('Cloud Asset Inventory exports (gcloud asset export, JSON lines)', () => {
  it('maps each asset once, with the live ids, types, kinds, regions and the project id as account', () => {
    expect(single.format).toBe('gcp-cai');
    expect(single.assets.map((a) => [a.type, a.id, a.kind, a.name, a.region])).toEqual([
      ['cloudresourcemanager.googleapis.com/Project', PROJECT_ID, 'account', 'acme-prod', 'global'],
      ['storage.googleapis.com/Bucket', bucket('acme-public-site'), 'storage.bucket', 'acme-public-site', 'eu'],
      ['storage.googleapis.com/Bucket', bucket('acme-private'), 'storage.bucket', 'acme-private', 'europe-west1'],
      ['storage.googleapis.com/Bucket', bucket('acme-no-policy'), 'storage.bucket', 'acme-no-policy', 'us'],
      ['compute.googleapis.com/Firewall', '//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-ssh', 'network.firewall-rule', 'allow-ssh', 'global'],
      ['compute.googleapis.com/Network', '//compute.googleapis.com/projects/acme-prod/global/networks/default', 'network.vpc', 'default', 'global'],
      ['compute.googleapis.com/Subnetwork', '//compute.googleapis.com/projects/acme-prod/regions/europe-west1/subnetworks/default', 'network.subnet', 'default', 'europe-west1'],
      ['compute.googleapis.com/Instance', '//compute.googleapis.com/projects/acme-prod/zones/europe-west1-b/instances/web-1', 'compute.instance', 'web-1', 'europe-west1'],
      ['compute.googleapis.com/Disk', '//compute.googleapis.com/projects/acme-prod/zones/europe-west1-b/disks/web-1', 'storage.volume', 'web-1', 'europe-west1'],
      ['sqladmin.googleapis.com/Instance', '//cloudsql.googleapis.com/projects/acme-prod/instances/orders', 'database.instance', 'orders', 'europe-west1'],
      ['iam.googleapis.com/ServiceAccount', '//iam.googleapis.com/projects/acme-prod/serviceAccounts/104857600000000000001', 'identity.service-account', 'deployer@acme-prod.iam.gserviceaccount.com', 'global'],
      ['cloudkms.googleapis.com/CryptoKey', '//cloudkms.googleapis.com/projects/acme-prod/locations/europe-west1/keyRings/app/cryptoKeys/data', 'crypto.key', 'data', 'europe-west1'],
      ['logging.googleapis.com/LogSink', '//logging.googleapis.com/projects/acme-prod/sinks/_Required', 'logging.audit-trail', '_Required', 'global'],
      ['logging.googleapis.com/LogSink', '//logging.googleapis.com/projects/acme-prod/sinks/all-to-bq', 'logging.audit-trail', 'all-to-bq', 'global'],
      ['dns.googleapis.com/ManagedZone', '//dns.googleapis.com/projects/acme-prod/managedZones/acme-example', 'network.dns-zone', 'acme-example', 'global'],
      ['container.googleapis.com/Cluster', '//container.googleapis.com/projects/acme-prod/locations/europe-west1-b/clusters/prod', 'container.cluster', 'prod', 'europe-west1'],
      ['bigquery.googleapis.com/Dataset', '//bigquery.googleapis.com/projects/acme-prod/datasets/audit', 'database.dataset', 'audit', 'eu'],
    ]);
    // Buckets are named under projects/_: the project number in `parent` resolves through the Project record.
    for (const a of single.assets) expect(a).toMatchObject({ provider: 'gcp', account: 'acme-prod', observedAt: '2026-11-27T10:00:00.000Z', source: { type: 'snapshot', file: EXPORT } });
  });

  it('a malformed line is reported with line and column; the other lines are still read', () => {
    expect(single.diagnostics).toEqual([
      { severity: 'error', file: EXPORT, line: 4, column: 3, code: 'JsonSyntax', message: expect.any(String) },
      expect.objectContaining({ severity: 'warning', code: 'UnknownResourceType', line: 24, message: expect.stringContaining('pubsub.googleapis.com/Topic') }),
    ]);
  });

  it('RESOURCE and IAM_POLICY records of one asset merge: bucket data plus its policy', () => {
    const pub = get(bucket('acme-public-site'));
    expect(pub.source).toEqual({ type: 'snapshot', file: EXPORT, line: 3 });
    expect(pub.tags).toEqual({ site: 'www' });
    expect(pub.config.bucket).toMatchObject({ name: 'acme-public-site', iamConfiguration: { publicAccessPrevention: 'inherited' } });
    expect(pub.config.iamPolicy).toMatchObject({ bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }, expect.anything()] });
    expect(verdictOf('gcp.storage.bucket-not-public', pub)).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', pub)).toBe('fail');
    const priv = get(bucket('acme-private'));
    expect(verdictOf('gcp.storage.bucket-not-public', priv)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', priv)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-versioning-enabled', priv)).toBe('pass');
  });

  it('a bucket without an IAM_POLICY record has a NotInSnapshot gap (unknown), until the policy file is read with it', () => {
    const alone = get(bucket('acme-no-policy'));
    expect(alone.gaps.iamPolicy).toMatchObject({ code: 'NotInSnapshot', message: expect.stringContaining('gcp-cai-export.jsonl') });
    expect(verdictOf('gcp.storage.bucket-not-public', alone)).toBe('unknown');
    const withPolicy = byId(merged.assets, bucket('acme-no-policy'));
    expect(withPolicy.gaps).toEqual({});
    expect(withPolicy.source).toMatchObject({ file: EXPORT, line: 8 });
    expect(verdictOf('gcp.storage.bucket-not-public', withPolicy)).toBe('fail');
    expect(merged.assets.filter((a) => a.id === bucket('acme-no-policy'))).toHaveLength(1);
  });

  it('the project: v3 resource, IAM policy with audit configs, sinks joined; metrics not exported are gaps', () => {
    const p = get(PROJECT_ID);
    expect(p.config.project).toEqual({ name: 'projects/123456789012', parent: 'organizations/998877665544', projectId: 'acme-prod', state: 'ACTIVE', displayName: 'Acme Prod', createTime: '2023-01-01T00:00:00Z', labels: { env: 'prod' } });
    expect(p.config.iamPolicy).toMatchObject({ auditConfigs: [{ service: 'allServices' }] });
    expect((p.config.sinks as Array<{ name: string }>).map((s) => s.name)).toEqual(['_Required', 'all-to-bq']);
    expect(p.gaps.logMetrics?.code).toBe('NotInSnapshot');
    expect(p.gaps.alertPolicies?.code).toBe('NotInSnapshot');
    expect(verdictOf('gcp.logging.audit-logs-all-services', p)).toBe('pass');
    expect(verdictOf('gcp.logging.project-ownership-changes-monitored', p)).toBe('unknown');
  });

  it('compute, SQL, IAM and KMS assets carry the REST resources the live collectors store', () => {
    const fw = get('//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-ssh');
    expect(fw.config.firewall).toMatchObject({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] });
    expect(verdictOf('baseline.network.no-ssh-from-internet', fw)).toBe('fail');

    const vm = get('//compute.googleapis.com/projects/acme-prod/zones/europe-west1-b/instances/web-1');
    expect(vm.config.projectMetadata).toEqual({ items: [{ key: 'enable-oslogin', value: 'TRUE' }] });
    expect(verdictOf('gcp.compute.instance-os-login-enabled', vm)).toBe('pass');
    expect(verdictOf('gcp.compute.instance-no-default-service-account-full-access', vm)).toBe('fail');
    expect(verdictOf('baseline.compute.instance-no-public-ip', vm)).toBe('fail');

    const sql = get('//cloudsql.googleapis.com/projects/acme-prod/instances/orders');
    expect(sql.tags).toEqual({ app: 'orders' });
    expect(verdictOf('baseline.database.tls-required', sql)).toBe('fail');
    expect(verdictOf('baseline.database.not-publicly-accessible', sql)).toBe('fail');

    const sa = get('//iam.googleapis.com/projects/acme-prod/serviceAccounts/104857600000000000001');
    expect(sa.config.keys).toEqual([expect.objectContaining({ keyType: 'USER_MANAGED', validAfterTime: '2024-01-01T00:00:00Z' })]);
    expect(verdictOf('gcp.iam.service-account-no-user-managed-keys', sa)).toBe('fail');

    const key = get('//cloudkms.googleapis.com/projects/acme-prod/locations/europe-west1/keyRings/app/cryptoKeys/data');
    expect(key.config.cryptoKey).toMatchObject({ rotationPeriod: '7776000s' });
    expect(key.gaps.iamPolicy?.code).toBe('NotInSnapshot');
    expect(verdictOf('baseline.crypto.key-rotation-enabled', key)).toBe('pass');
  });

  it('gcloud asset list --format=json: a JSON array of records', () => {
    const r = loadSnapshot(fixture('gcp-cai-list.json'), AT);
    expect(r).toMatchObject({ format: 'gcp-cai', diagnostics: [] });
    const fw = byId(r.assets, '//compute.googleapis.com/projects/acme-prod/global/firewalls/internal');
    expect(fw).toMatchObject({ account: 'acme-prod', source: { line: 2 } });
    expect(verdictOf('baseline.network.no-ssh-from-internet', fw)).toBe('pass');
  });
});

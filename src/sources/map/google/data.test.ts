import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { iacResource, IAC_OBSERVED_AT, mapContext, verdictOf } from '../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../model.js';
import { googleMapper, googleMappers, GOOGLE_TYPES } from './index.js';

const P = { providerConfig: { project: 'proj-1', region: 'europe-west1' } };
const map = (...rs: IacResource[]) => googleMapper.map(rs, mapContext());
const only = (assets: Asset[], type: string) => assets.filter((a) => a.type === type)[0]!;

describe('the google mapper', () => {
  it('claims each type once and reads data sources only through references', () => {
    expect(googleMappers).toHaveLength(1);
    expect(new Set(GOOGLE_TYPES).size).toBe(GOOGLE_TYPES.length);
    const data = iacResource('google_storage_bucket', 'ext', { name: 'someone-elses' }, { ...P, mode: 'data', address: 'data.google_storage_bucket.ext' });
    expect(map(data)).toEqual([]);
  });

  it('a failure in one area is a diagnostic at its first resource; the other areas still map', () => {
    const broken = iacResource('google_storage_bucket', 'bad', Object.defineProperty({}, 'name', { enumerable: true, get: () => { throw new Error('boom'); } }), { ...P, file: 'bad.tf', line: 7 });
    const ctx = mapContext();
    const assets = googleMapper.map([broken, iacResource('google_compute_network', 'n', { name: 'main' }, P)], ctx);
    expect(assets.map((a) => a.type)).toEqual(['compute.googleapis.com/Network']);
    expect(ctx.diagnostics).toMatchObject([{ severity: 'error', code: 'MappingFailed', file: 'bad.tf', line: 7 }]);
  });
});

describe('google_sql_database_instance', () => {
  const sql = (settings: Record<string, unknown>, top: Record<string, unknown> = {}) =>
    only(map(iacResource('google_sql_database_instance', 'db', { name: 'db1', database_version: 'POSTGRES_16', settings: [{ tier: 'db-f1-micro', ...settings }], ...top }, P)), 'sqladmin.googleapis.com/Instance');

  it('maps onto the live instance with API defaults: public IPv4, unencrypted allowed, no backups', () => {
    const a = sql({});
    expect(a).toMatchObject({ id: '//cloudsql.googleapis.com/projects/proj-1/instances/db1', kind: 'database.instance', region: 'europe-west1', account: 'proj-1' });
    expect(a.config.instance).toMatchObject({
      name: 'db1',
      databaseVersion: 'POSTGRES_16',
      instanceType: 'CLOUD_SQL_INSTANCE',
      settings: { ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [], sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false }, backupConfiguration: { enabled: false } },
    });
    expect(verdictOf('baseline.database.tls-required', a)).toBe('fail');
    expect(verdictOf('gcp.sql.instance-automated-backups', a)).toBe('fail');
    expect(verdictOf('baseline.database.not-publicly-accessible', a)).toBe('pass');
  });

  it('authorized 0.0.0.0/0 is public; ssl_mode, backups and flags as the API writes them', () => {
    const open = sql({ ip_configuration: [{ authorized_networks: [{ name: 'all', value: '0.0.0.0/0' }] }] });
    expect(verdictOf('baseline.database.not-publicly-accessible', open)).toBe('fail');
    expect(verdictOf('gcp.sql.instance-not-open-to-world', open)).toBe('fail');
    const good = sql({
      ip_configuration: [{ ipv4_enabled: false, private_network: 'projects/proj-1/global/networks/vpc', ssl_mode: 'ENCRYPTED_ONLY' }],
      backup_configuration: [{ enabled: true, backup_retention_settings: [{ retained_backups: 14 }] }],
      database_flags: [{ name: 'log_connections', value: 'on' }],
    });
    expect(good.config.instance).toMatchObject({ settings: { backupConfiguration: { enabled: true, backupRetentionSettings: { retainedBackups: 14, retentionUnit: 'COUNT' } }, databaseFlags: [{ name: 'log_connections', value: 'on' }] } });
    expect(verdictOf('baseline.database.tls-required', good)).toBe('pass');
    expect(verdictOf('baseline.database.backup-retention-7-days', good)).toBe('pass');
    expect(verdictOf('gcp.sql.postgres-log-connections-on', good)).toBe('pass');
    expect(verdictOf('gcp.sql.instance-no-public-ip', good)).toBe('pass');
    const legacy = sql({ ip_configuration: [{ require_ssl: true }] });
    expect(verdictOf('baseline.database.tls-required', legacy)).toBe('pass');
    const unk = sql({ ip_configuration: [{ ssl_mode: new Unknown('variable var.ssl') }] });
    expect(verdictOf('baseline.database.tls-required', unk)).toBe('unknown');
  });

  it('an instance without a name (random at apply) keeps its iac: id', () => {
    const [a] = map(iacResource('google_sql_database_instance', 'db', { database_version: 'MYSQL_8_0', settings: [{ tier: 'db-f1-micro' }] }, P));
    expect(a!.id).toBe('iac:.#google_sql_database_instance.db');
  });
});

describe('google_kms_crypto_key', () => {
  const ring = iacResource('google_kms_key_ring', 'r', { name: 'ring', location: 'europe-west1' }, P);
  const ringRef = new Unknown('computed attribute google_kms_key_ring.r.id', ['google_kms_key_ring.r']);

  it('a key without rotation fails; rotation_period 7776000s passes with the first rotation one period away', () => {
    const none = only(map(ring, iacResource('google_kms_crypto_key', 'k', { name: 'key', key_ring: ringRef }, P)), 'cloudkms.googleapis.com/CryptoKey');
    expect(none).toMatchObject({ id: '//cloudkms.googleapis.com/projects/proj-1/locations/europe-west1/keyRings/ring/cryptoKeys/key', kind: 'crypto.key', name: 'key', region: 'europe-west1', account: 'proj-1' });
    expect(none.config.cryptoKey).toMatchObject({ name: 'projects/proj-1/locations/europe-west1/keyRings/ring/cryptoKeys/key', purpose: 'ENCRYPT_DECRYPT', primary: { state: 'ENABLED' } });
    expect(verdictOf('baseline.crypto.key-rotation-enabled', none)).toBe('fail');
    expect(verdictOf('gcp.kms.key-rotated-within-90-days', none)).toBe('fail');

    const rotated = only(map(ring, iacResource('google_kms_crypto_key', 'k', { name: 'key', key_ring: ringRef, rotation_period: '7776000s' }, P)), 'cloudkms.googleapis.com/CryptoKey');
    expect(rotated.config.cryptoKey).toMatchObject({ rotationPeriod: '7776000s', nextRotationTime: new Date(Date.parse(IAC_OBSERVED_AT) + 7776000_000).toISOString() });
    expect(verdictOf('baseline.crypto.key-rotation-enabled', rotated)).toBe('pass');
    expect(verdictOf('gcp.kms.key-rotated-within-90-days', rotated)).toBe('pass');

    const slow = only(map(ring, iacResource('google_kms_crypto_key', 'k', { name: 'key', key_ring: ringRef, rotation_period: '31536000s' }, P)), 'cloudkms.googleapis.com/CryptoKey');
    expect(verdictOf('gcp.kms.key-rotated-within-90-days', slow)).toBe('fail');

    const unk = only(map(ring, iacResource('google_kms_crypto_key', 'k', { name: 'key', key_ring: ringRef, rotation_period: new Unknown('variable var.period') }, P)), 'cloudkms.googleapis.com/CryptoKey');
    expect(verdictOf('baseline.crypto.key-rotation-enabled', unk)).toBe('unknown');
  });

  it('a key ring given as an id string; key IAM members make the key public', () => {
    const assets = map(
      iacResource('google_kms_crypto_key', 'k', { name: 'key', key_ring: 'projects/other/locations/global/keyRings/r2', purpose: 'ASYMMETRIC_SIGN' }, P),
      iacResource('google_kms_crypto_key_iam_member', 'pub', { crypto_key_id: 'projects/other/locations/global/keyRings/r2/cryptoKeys/key', role: 'roles/cloudkms.cryptoKeyDecrypter', member: 'allUsers' }, P),
    );
    const k = only(assets, 'cloudkms.googleapis.com/CryptoKey');
    expect(k.id).toBe('//cloudkms.googleapis.com/projects/other/locations/global/keyRings/r2/cryptoKeys/key');
    expect(k.account).toBe('other');
    expect(k.config.iamPolicy).toEqual({ version: 1, bindings: [{ role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allUsers'] }] });
    expect(verdictOf('gcp.kms.key-not-public', k)).toBe('fail');
    expect(verdictOf('gcp.kms.key-rotated-within-90-days', k)).toBe('not_applicable');
    const priv = only(map(ring, iacResource('google_kms_crypto_key', 'k', { name: 'key', key_ring: ringRef }, P)), 'cloudkms.googleapis.com/CryptoKey');
    expect(priv.config.iamPolicy).toEqual({ version: 1 });
    expect(verdictOf('gcp.kms.key-not-public', priv)).toBe('pass');
  });
});

describe('project IAM, audit config, sinks, metrics and alert policies', () => {
  const projectOf = (assets: Asset[]) => only(assets, 'cloudresourcemanager.googleapis.com/Project');

  it('merges members and bindings into the project policy, with audit configs', () => {
    const a = projectOf(
      map(
        iacResource('google_project_iam_member', 'a', { project: 'proj-1', role: 'roles/viewer', member: 'user:a@example.com' }),
        iacResource('google_project_iam_member', 'b', { project: 'proj-1', role: 'roles/viewer', member: 'group:g@example.com' }),
        iacResource('google_project_iam_binding', 'c', { project: 'proj-1', role: 'roles/iam.serviceAccountUser', members: ['user:dev@example.com'] }),
        iacResource('google_project_iam_audit_config', 'all', { project: 'proj-1', service: 'allServices', audit_log_config: [{ log_type: 'ADMIN_READ' }, { log_type: 'DATA_READ' }, { log_type: 'DATA_WRITE' }] }),
      ),
    );
    expect(a).toMatchObject({ id: '//cloudresourcemanager.googleapis.com/projects/proj-1', kind: 'account', name: 'proj-1', account: 'proj-1', region: 'global' });
    expect(a.config.iamPolicy).toEqual({
      version: 1,
      bindings: [
        { role: 'roles/iam.serviceAccountUser', members: ['user:dev@example.com'] },
        { role: 'roles/viewer', members: ['group:g@example.com', 'user:a@example.com'] },
      ],
      auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] }],
    });
    expect(verdictOf('gcp.logging.audit-logs-all-services', a)).toBe('pass');
    expect(verdictOf('gcp.iam.no-project-level-service-account-user-roles', a)).toBe('fail');
    // Families the configuration does not manage are not known.
    expect(a.config.sinks).toBeUndefined();
    expect(verdictOf('gcp.logging.sink-exports-all-entries', a)).toBe('unknown');
  });

  it('google_project_iam_policy is authoritative (with its audit configs); members add to it; an unknown project gets an iac: id', () => {
    const policy = JSON.stringify({ bindings: [{ role: 'roles/owner', members: ['user:boss@example.com'] }], auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }] }] });
    const a = projectOf(
      map(
        iacResource('google_project_iam_policy', 'p', { project: 'proj-1', policy_data: policy }),
        iacResource('google_project_iam_member', 'm', { project: 'proj-1', role: 'roles/owner', member: 'user:deputy@example.com' }),
      ),
    );
    expect(a.config.iamPolicy).toEqual({ version: 1, bindings: [{ role: 'roles/owner', members: ['user:boss@example.com', 'user:deputy@example.com'] }], auditConfigs: [{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }] }] });
    expect(verdictOf('gcp.logging.audit-logs-all-services', a)).toBe('fail');
    expect(verdictOf('gcp.iam.no-project-level-service-account-user-roles', a)).toBe('pass');
    const unk = projectOf(map(iacResource('google_project_iam_member', 'm', { project: new Unknown('variable var.project'), role: 'roles/viewer', member: 'user:a@example.com' })));
    expect(unk).toMatchObject({ id: 'iac:.#google_project', account: 'unknown', name: 'unknown' });
  });

  it('exemptions fail the audit-log rule; conditions make the policy version 3', () => {
    const a = projectOf(
      map(
        iacResource('google_project_iam_member', 'a', { role: 'roles/viewer', member: 'user:a@example.com', condition: [{ title: 'later', expression: 'request.time > timestamp("2030-01-01T00:00:00Z")' }] }, P),
        iacResource('google_project_iam_audit_config', 'all', { service: 'allServices', audit_log_config: [{ log_type: 'ADMIN_READ' }, { log_type: 'DATA_READ', exempted_members: ['user:x@example.com'] }, { log_type: 'DATA_WRITE' }] }, P),
      ),
    );
    expect((a.config.iamPolicy as { version: number }).version).toBe(3);
    expect(verdictOf('gcp.logging.audit-logs-all-services', a)).toBe('fail');
  });

  it('sinks: built-in sinks plus the configured one, also as a log sink asset', () => {
    const assets = map(
      iacResource('google_storage_bucket', 'logs', { name: 'audit-logs', location: 'EU', retention_policy: [{ retention_period: 3600, is_locked: true }] }, P),
      iacResource('google_logging_project_sink', 'all', { name: 'all-logs', destination: new Unknown('template', ['google_storage_bucket.logs']) }, P),
    );
    const p = projectOf(assets);
    const sinks = p.config.sinks as Array<{ name: string; destination: string }>;
    expect(sinks.map((s) => s.name)).toEqual(['_Required', '_Default', 'all-logs']);
    expect(sinks[2]).toEqual({ name: 'all-logs', destination: 'storage.googleapis.com/audit-logs', disabled: false });
    expect(verdictOf('gcp.logging.sink-exports-all-entries', p)).toBe('pass');
    expect(verdictOf('gcp.logging.sink-bucket-retention-locked', p, assets)).toBe('pass');
    const sink = only(assets, 'logging.googleapis.com/LogSink');
    expect(sink).toMatchObject({ id: '//logging.googleapis.com/projects/proj-1/sinks/all-logs', kind: 'logging.audit-trail', region: 'global' });
    expect(verdictOf('baseline.logging.audit-trail-all-regions', p, assets)).toBe('pass');
    const filtered = projectOf(map(iacResource('google_logging_project_sink', 'some', { name: 'errors', destination: 'bigquery.googleapis.com/projects/proj-1/datasets/d', filter: 'severity>=ERROR' }, P)));
    expect(verdictOf('gcp.logging.sink-exports-all-entries', filtered)).toBe('fail');
  });

  it('a log metric with an alert policy that notifies a channel covers the CIS control', () => {
    const filter = 'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")';
    const metric = iacResource('google_logging_metric', 'fw', { name: 'firewall-changes', filter, metric_descriptor: [{ metric_kind: 'DELTA', value_type: 'INT64' }] }, P);
    const channel = iacResource('google_monitoring_notification_channel', 'email', { type: 'email', labels: { email_address: 'sec@example.com' } }, P);
    const alert = (channels: unknown) =>
      iacResource(
        'google_monitoring_alert_policy',
        'fw',
        { display_name: 'fw', combiner: 'OR', notification_channels: channels, conditions: [{ display_name: 'c', condition_threshold: [{ filter: 'metric.type="logging.googleapis.com/user/firewall-changes" AND resource.type="global"', comparison: 'COMPARISON_GT', threshold_value: 0, duration: '0s' }] }] },
        P,
      );
    const ok = projectOf(map(metric, channel, alert([new Unknown('computed', ['google_monitoring_notification_channel.email'])])));
    expect(ok.config.logMetrics).toEqual([{ name: 'firewall-changes', filter, metricDescriptor: { type: 'logging.googleapis.com/user/firewall-changes', metricKind: 'DELTA', valueType: 'INT64' } }]);
    expect((ok.config.alertPolicies as Array<{ notificationChannels: string[] }>)[0]!.notificationChannels).toEqual(['iac:.#google_monitoring_notification_channel.email']);
    expect(verdictOf('gcp.logging.firewall-rule-changes-monitored', ok)).toBe('pass');
    const silent = projectOf(map(metric, alert([])));
    expect(verdictOf('gcp.logging.firewall-rule-changes-monitored', silent)).toBe('fail');
    const none = projectOf(map(metric));
    expect(none.config.alertPolicies).toEqual([]);
    expect(verdictOf('gcp.logging.firewall-rule-changes-monitored', none)).toBe('fail');
  });
});

describe('google_service_account (+ keys)', () => {
  it('user-managed keys fail the CIS rule; an account without keys passes; key age is not known', () => {
    const sa = iacResource('google_service_account', 'app', { account_id: 'app', display_name: 'App' }, P);
    const key = iacResource('google_service_account_key', 'k', { service_account_id: new Unknown('computed', ['google_service_account.app']) }, P);
    const a = only(map(sa, key), 'iam.googleapis.com/ServiceAccount');
    expect(a).toMatchObject({ id: '//iam.googleapis.com/projects/proj-1/serviceAccounts/app@proj-1.iam.gserviceaccount.com', name: 'app@proj-1.iam.gserviceaccount.com', kind: 'identity.service-account' });
    expect(a.config.serviceAccount).toEqual({ name: 'projects/proj-1/serviceAccounts/app@proj-1.iam.gserviceaccount.com', projectId: 'proj-1', email: 'app@proj-1.iam.gserviceaccount.com', displayName: 'App' });
    expect(a.config.keys).toEqual([{ keyType: 'USER_MANAGED', keyAlgorithm: 'KEY_ALG_RSA_2048', keyOrigin: 'GOOGLE_PROVIDED' }]);
    expect(verdictOf('gcp.iam.service-account-no-user-managed-keys', a)).toBe('fail');
    expect(verdictOf('gcp.iam.service-account-keys-rotated', a)).toBe('unknown');
    const byEmail = only(map(sa, iacResource('google_service_account_key', 'k', { service_account_id: 'projects/proj-1/serviceAccounts/app@proj-1.iam.gserviceaccount.com' }, P)), 'iam.googleapis.com/ServiceAccount');
    expect(byEmail.config.keys).toHaveLength(1);
    const clean = only(map(sa), 'iam.googleapis.com/ServiceAccount');
    expect(verdictOf('gcp.iam.service-account-no-user-managed-keys', clean)).toBe('pass');
  });
});

describe('google_dns_managed_zone / google_container_cluster / google_bigquery_dataset', () => {
  it('DNSSEC on passes with the default key specs; absent fails; private zones are not applicable', () => {
    const zone = (v: Record<string, unknown>) => only(map(iacResource('google_dns_managed_zone', 'z', { name: 'pub', dns_name: 'example.com.', ...v }, P)), 'dns.googleapis.com/ManagedZone');
    const on = zone({ dnssec_config: [{ state: 'on' }] });
    expect(on).toMatchObject({ id: '//dns.googleapis.com/projects/proj-1/managedZones/pub', kind: 'network.dns-zone' });
    expect(verdictOf('gcp.dns.dnssec-enabled', on)).toBe('pass');
    expect(verdictOf('gcp.dns.dnssec-key-signing-not-rsasha1', on)).toBe('pass');
    expect(verdictOf('gcp.dns.dnssec-enabled', zone({}))).toBe('fail');
    const weak = zone({ dnssec_config: [{ state: 'on', default_key_specs: [{ key_type: 'keySigning', algorithm: 'rsasha1', key_length: 2048 }] }] });
    expect(verdictOf('gcp.dns.dnssec-key-signing-not-rsasha1', weak)).toBe('fail');
    expect(verdictOf('gcp.dns.dnssec-enabled', zone({ visibility: 'private' }))).toBe('not_applicable');
  });

  it('GKE: a default cluster has a public endpoint; private endpoint, network policy and CMEK pass', () => {
    const cluster = (v: Record<string, unknown>, extra: IacResource[] = []) =>
      only(map(iacResource('google_container_cluster', 'c', { name: 'gke1', location: 'europe-west1', initial_node_count: 1, ...v }, P), ...extra), 'container.googleapis.com/Cluster');
    const d = cluster({});
    expect(d).toMatchObject({ id: '//container.googleapis.com/projects/proj-1/locations/europe-west1/clusters/gke1', kind: 'container.cluster', region: 'europe-west1' });
    expect(d.config.cluster).toMatchObject({ legacyAbac: { enabled: false }, loggingService: 'logging.googleapis.com/kubernetes', databaseEncryption: { state: 'DECRYPTED' }, nodePools: [{ name: 'default-pool', config: { serviceAccount: 'default' } }] });
    expect(verdictOf('baseline.container.cluster-api-not-public', d)).toBe('fail');
    expect(verdictOf('gcp.gke.network-policy-enabled', d)).toBe('fail');
    expect(verdictOf('baseline.container.cluster-secrets-encrypted', d)).toBe('fail');
    const pool = iacResource('google_container_node_pool', 'p', { name: 'work', cluster: new Unknown('computed', ['google_container_cluster.c']), node_config: [{ service_account: new Unknown('computed'), oauth_scopes: ['cloud-platform'] }] }, P);
    const hard = cluster(
      { private_cluster_config: [{ enable_private_endpoint: true, enable_private_nodes: true }], datapath_provider: 'ADVANCED_DATAPATH', database_encryption: [{ state: 'ENCRYPTED', key_name: 'projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k' }], remove_default_node_pool: true },
      [pool],
    );
    expect(hard.gaps).toEqual({});
    expect((hard.config.cluster as { nodePools: unknown }).nodePools).toEqual([{ name: 'work', config: { oauthScopes: ['https://www.googleapis.com/auth/cloud-platform'], shieldedInstanceConfig: { enableSecureBoot: false, enableIntegrityMonitoring: true } }, management: { autoRepair: true, autoUpgrade: true } }]);
    expect(verdictOf('baseline.container.cluster-api-not-public', hard)).toBe('pass');
    expect(verdictOf('gcp.gke.network-policy-enabled', hard)).toBe('pass');
    expect(verdictOf('baseline.container.cluster-secrets-encrypted', hard)).toBe('pass');
    const dyn = cluster({ remove_default_node_pool: true }, [iacResource('google_container_node_pool', 'p', { name: 'work', cluster: 'gke1', node_config: [new Unknown('dynamic block')] }, P)]);
    expect(dyn.gaps).toEqual({});
    expect((dyn.config.cluster as { nodePools: unknown }).nodePools).toEqual([{ name: 'work' }]);
    const authorized = cluster({ master_authorized_networks_config: [{ cidr_blocks: [{ cidr_block: '10.0.0.0/8' }] }] });
    expect(verdictOf('gcp.gke.control-plane-authorized-networks', authorized)).toBe('pass');
    expect(verdictOf('gcp.gke.legacy-abac-disabled', cluster({ enable_legacy_abac: true }))).toBe('fail');
  });

  it('BigQuery: default access is private; an allUsers IAM member or access block makes it public', () => {
    const ds = iacResource('google_bigquery_dataset', 'd', { dataset_id: 'analytics', location: 'EU' }, P);
    const plain = only(map(ds), 'bigquery.googleapis.com/Dataset');
    expect(plain).toMatchObject({ id: '//bigquery.googleapis.com/projects/proj-1/datasets/analytics', kind: 'database.dataset', region: 'eu', name: 'analytics' });
    expect(plain.config.dataset).toMatchObject({ datasetReference: { datasetId: 'analytics', projectId: 'proj-1' }, location: 'EU', access: [{ role: 'WRITER', specialGroup: 'projectWriters' }, { role: 'OWNER', specialGroup: 'projectOwners' }, { role: 'READER', specialGroup: 'projectReaders' }] });
    expect(verdictOf('gcp.bigquery.dataset-not-public', plain)).toBe('pass');
    expect(verdictOf('gcp.bigquery.dataset-default-cmek', plain)).toBe('fail');

    const pub = only(map(ds, iacResource('google_bigquery_dataset_iam_member', 'pub', { dataset_id: 'analytics', role: 'roles/bigquery.dataViewer', member: 'allUsers' }, P)), 'bigquery.googleapis.com/Dataset');
    expect((pub.config.dataset as { access: unknown[] }).access).toContainEqual({ role: 'READER', iamMember: 'allUsers' });
    expect(verdictOf('gcp.bigquery.dataset-not-public', pub)).toBe('fail');

    const block = only(
      map(iacResource('google_bigquery_dataset', 'd', { dataset_id: 'analytics', access: [{ role: 'OWNER', user_by_email: 'a@example.com' }, { role: 'READER', special_group: 'allAuthenticatedUsers' }], default_encryption_configuration: [{ kms_key_name: 'projects/p/locations/eu/keyRings/r/cryptoKeys/k' }] }, P)),
      'bigquery.googleapis.com/Dataset',
    );
    expect(block.region).toBe('us');
    expect(verdictOf('gcp.bigquery.dataset-not-public', block)).toBe('fail');
    expect(verdictOf('gcp.bigquery.dataset-default-cmek', block)).toBe('pass');
  });
});

describe('scale', () => {
  it('maps 1,000 resources with joins well under a second (indexed joins, no quadratic scans)', () => {
    const rs: IacResource[] = [];
    for (let i = 0; i < 200; i++) {
      rs.push(iacResource('google_storage_bucket', `b${i}`, { name: `bucket-${i}`, location: 'EU' }, P));
      rs.push(iacResource('google_storage_bucket_iam_member', `m${i}`, { bucket: new Unknown('ref', [`google_storage_bucket.b${i}`]), role: 'roles/storage.objectViewer', member: `user:u${i}@example.com` }, P));
      rs.push(iacResource('google_compute_firewall', `f${i}`, { name: `fw-${i}`, network: 'default', allow: [{ protocol: 'tcp', ports: ['443'] }] }, P));
      rs.push(iacResource('google_compute_instance', `vm${i}`, { name: `vm-${i}`, zone: 'europe-west1-b', machine_type: 'e2-small', boot_disk: [{}], network_interface: [{ network: 'default' }] }, P));
      rs.push(iacResource('google_project_iam_member', `p${i}`, { project: 'proj-1', role: 'roles/viewer', member: `user:u${i}@example.com` }));
    }
    const start = performance.now();
    const assets = map(...rs);
    const ms = performance.now() - start;
    expect(assets.filter((a) => a.type === 'storage.googleapis.com/Bucket')).toHaveLength(200);
    expect(assets.filter((a) => a.type === 'compute.googleapis.com/Disk')).toHaveLength(200);
    expect(((only(assets, 'cloudresourcemanager.googleapis.com/Project').config.iamPolicy as { bindings: Array<{ members: unknown[] }> }).bindings[0]!.members)).toHaveLength(200);
    expect(assets.find((a) => a.name === 'bucket-7')!.config.iamPolicy).toMatchObject({ bindings: expect.arrayContaining([{ role: 'roles/storage.objectViewer', members: ['user:u7@example.com'] }]) });
    // Typically tens of milliseconds; the bound leaves room for a loaded CI machine.
    expect(ms).toBeLessThan(2000);
  });
});

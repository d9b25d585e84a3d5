import type { Cluster } from '@aws-sdk/client-eks';
import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { iacResource, mapContext, verdictOf, unknownRef as ref } from '../../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../../model.js';
import { eksMapper } from './eks.js';
import { elbv2Mapper } from './elbv2.js';
import { awsTfNetStorageMappers } from './index.js';
import { rdsMapper } from './rds.js';

const PROVIDER = { region: 'eu-west-2', allowed_account_ids: ['111122223333'] };
const res = (type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}) => iacResource(type, name, values, { providerConfig: PROVIDER, ...extra });

describe('RDS', () => {
  const map = (r: IacResource[]) => rdsMapper.map(r, mapContext());
  const db = (a: { config: Record<string, unknown> }) => a.config.instance as DBInstance;

  it('an aws_db_instance with provider defaults is unencrypted, private, single-AZ, 1-day backups: the rules judge those defaults', () => {
    const [a] = map([res('aws_db_instance', 'db', { identifier: 'orders', engine: 'postgres', instance_class: 'db.t3.micro', allocated_storage: 20 })]);
    expect(a).toMatchObject({ id: 'arn:aws:rds:eu-west-2:111122223333:db:orders', type: 'AWS::RDS::DBInstance', kind: 'database.instance', name: 'orders' });
    expect(db(a!)).toMatchObject({ DBInstanceIdentifier: 'orders', Engine: 'postgres', StorageEncrypted: false, PubliclyAccessible: false, MultiAZ: false, BackupRetentionPeriod: 1, DeletionProtection: false, AutoMinorVersionUpgrade: true, EnabledCloudwatchLogsExports: [] });
    expect(verdictOf('aws.rds.instance-storage-encrypted', a!)).toBe('fail');
    expect(verdictOf('baseline.database.encrypted-at-rest', a!)).toBe('fail');
    expect(verdictOf('aws.rds.instance-not-publicly-accessible', a!)).toBe('pass');
    expect(verdictOf('baseline.database.not-publicly-accessible', a!)).toBe('pass');
    expect(verdictOf('aws.rds.instance-backup-retention', a!)).toBe('fail');
    expect(verdictOf('baseline.database.backup-retention-7-days', a!)).toBe('fail');
    expect(verdictOf('aws.rds.instance-multi-az', a!)).toBe('fail');
    expect(verdictOf('aws.rds.instance-deletion-protection', a!)).toBe('fail');
    expect(verdictOf('aws.rds.instance-auto-minor-version-upgrade', a!)).toBe('pass');
  });

  it('a hardened instance passes; a public one fails; a variable-driven flag is unknown', () => {
    const [good] = map([
      res('aws_db_instance', 'db', { identifier: 'orders', engine: 'mysql', storage_encrypted: true, kms_key_id: ref('aws_kms_key.db', 'arn'), multi_az: true, backup_retention_period: 14, deletion_protection: true, enabled_cloudwatch_logs_exports: ['audit', 'error'] }),
    ]);
    expect(db(good!).KmsKeyId).toBe('iac:.#aws_kms_key.db');
    for (const rule of ['aws.rds.instance-storage-encrypted', 'baseline.database.encrypted-at-rest', 'aws.rds.instance-multi-az', 'aws.rds.instance-backup-retention', 'baseline.database.backup-retention-7-days', 'aws.rds.instance-deletion-protection'])
      expect(verdictOf(rule, good!), rule).toBe('pass');
    const [pub] = map([res('aws_db_instance', 'db', { engine: 'mysql', publicly_accessible: true })]);
    expect(pub!.id).toBe('iac:.#aws_db_instance.db');
    expect(verdictOf('aws.rds.instance-not-publicly-accessible', pub!)).toBe('fail');
    expect(verdictOf('baseline.database.not-publicly-accessible', pub!)).toBe('fail');
    const [unk] = map([res('aws_db_instance', 'db', { engine: 'mysql', storage_encrypted: new Unknown('variable var.enc has no value') })]);
    expect(unk!.gaps.instance?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.rds.instance-storage-encrypted', unk!)).toBe('unknown');
    expect(verdictOf('baseline.database.encrypted-at-rest', unk!)).toBe('unknown');
  });

  it('an instance restored from a snapshot inherits encryption: unknown unless written', () => {
    const [a] = map([res('aws_db_instance', 'db', { engine: 'mysql', snapshot_identifier: 'snap-1' })]);
    expect(verdictOf('aws.rds.instance-storage-encrypted', a!)).toBe('unknown');
    const [r] = map([res('aws_db_instance', 'replica', { replicate_source_db: 'orders', storage_encrypted: true })]);
    expect(db(r!).ReadReplicaSourceDBInstanceIdentifier).toBe('orders');
    expect(verdictOf('aws.rds.instance-backup-retention', r!)).toBe('not_applicable');
    expect(verdictOf('aws.rds.instance-storage-encrypted', r!)).toBe('pass');
  });

  it('aws_rds_cluster → AWS::RDS::DBCluster; its instances take encryption from it and are cluster members', () => {
    const out = map([
      res('aws_rds_cluster', 'c', { cluster_identifier: 'aurora', engine: 'aurora-postgresql', storage_encrypted: true, deletion_protection: true }),
      res('aws_rds_cluster_instance', 'i', { identifier: 'aurora-1', cluster_identifier: ref('aws_rds_cluster.c'), engine: 'aurora-postgresql', instance_class: 'db.r6g.large' }),
      res('aws_rds_cluster', 'plain', { cluster_identifier: 'plain', engine: 'aurora-mysql' }),
    ]);
    const c = out.find((a) => a.name === 'aurora')!;
    expect(c).toMatchObject({ id: 'arn:aws:rds:eu-west-2:111122223333:cluster:aurora', type: 'AWS::RDS::DBCluster', kind: 'database.cluster' });
    expect(c.config.cluster as DBCluster).toMatchObject({ StorageEncrypted: true, DeletionProtection: true, BackupRetentionPeriod: 1, DBClusterMembers: [{ DBInstanceIdentifier: 'aurora-1' }] });
    expect(verdictOf('aws.rds.cluster-storage-encrypted', c)).toBe('pass');
    expect(verdictOf('aws.rds.cluster-deletion-protection', c)).toBe('pass');
    // Multi-AZ follows where RDS places the instances: not known before apply.
    expect(verdictOf('aws.rds.cluster-multi-az', c)).toBe('unknown');
    const plain = out.find((a) => a.name === 'plain')!;
    expect(verdictOf('aws.rds.cluster-storage-encrypted', plain)).toBe('fail');
    const member = out.find((a) => a.name === 'aurora-1')!;
    expect(db(member)).toMatchObject({ DBClusterIdentifier: 'aurora', StorageEncrypted: true, PubliclyAccessible: false });
    expect(verdictOf('aws.rds.instance-storage-encrypted', member)).toBe('pass');
    expect(verdictOf('aws.rds.instance-multi-az', member)).toBe('not_applicable');
    expect(verdictOf('aws.rds.instance-deletion-protection', member)).toBe('not_applicable');
  });
});

describe('aws_eks_cluster → AWS::EKS::Cluster', () => {
  const map = (r: IacResource[]) => eksMapper.map(r, mapContext());
  const cluster = (a: { config: Record<string, unknown> }) => a.config.cluster as Cluster;

  it('defaults: public endpoint open to 0.0.0.0/0, no logs, no secrets encryption', () => {
    const [a] = map([res('aws_eks_cluster', 'k', { name: 'prod', role_arn: ref('aws_iam_role.eks', 'arn'), version: '1.31', vpc_config: [{ subnet_ids: [ref('aws_subnet.a')] }] })]);
    expect(a).toMatchObject({ id: 'arn:aws:eks:eu-west-2:111122223333:cluster/prod', type: 'AWS::EKS::Cluster', kind: 'container.cluster', name: 'prod' });
    expect(cluster(a!)).toMatchObject({ name: 'prod', version: '1.31', resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] } });
    expect(cluster(a!).logging).toEqual({ clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] });
    expect(verdictOf('aws.eks.endpoint-not-public', a!)).toBe('fail');
    expect(verdictOf('aws.eks.endpoint-public-access-restricted', a!)).toBe('fail');
    expect(verdictOf('baseline.container.cluster-api-not-public', a!)).toBe('fail');
    expect(verdictOf('aws.eks.audit-logging-enabled', a!)).toBe('fail');
    expect(verdictOf('baseline.container.cluster-audit-logging', a!)).toBe('fail');
    expect(verdictOf('aws.eks.secrets-encrypted', a!)).toBe('fail');
    expect(verdictOf('baseline.container.cluster-secrets-encrypted', a!)).toBe('fail');
  });

  it('private endpoint, audit logs and a KMS key of the configuration pass; an omitted version is unknown', () => {
    const [a] = map([
      res('aws_eks_cluster', 'k', {
        name: 'prod',
        vpc_config: [{ endpoint_public_access: false, endpoint_private_access: true }],
        enabled_cluster_log_types: ['api', 'audit'],
        encryption_config: [{ resources: ['secrets'], provider: [{ key_arn: ref('aws_kms_key.eks', 'arn') }] }],
      }),
    ]);
    expect(cluster(a!).encryptionConfig).toEqual([{ resources: ['secrets'], provider: { keyArn: 'iac:.#aws_kms_key.eks' } }]);
    for (const rule of ['aws.eks.endpoint-not-public', 'baseline.container.cluster-api-not-public', 'aws.eks.audit-logging-enabled', 'baseline.container.cluster-audit-logging', 'aws.eks.secrets-encrypted', 'baseline.container.cluster-secrets-encrypted'])
      expect(verdictOf(rule, a!), rule).toBe('pass');
    expect(verdictOf('aws.eks.cluster-version-supported', a!)).toBe('unknown');
  });

  it('public CIDRs from a variable are a gap', () => {
    const [a] = map([res('aws_eks_cluster', 'k', { name: 'x', vpc_config: [{ public_access_cidrs: new Unknown('variable var.cidrs has no value') }] })]);
    expect(verdictOf('aws.eks.endpoint-public-access-restricted', a!)).toBe('unknown');
    expect(verdictOf('baseline.container.cluster-api-not-public', a!)).toBe('unknown');
  });
});

describe('aws_lb / aws_alb → AWS::ElasticLoadBalancingV2::LoadBalancer', () => {
  const map = (r: IacResource[]) => elbv2Mapper.map(r, mapContext());

  it('an ALB with defaults and a plain HTTP listener fails logging, header, deletion and redirect rules', () => {
    const [a] = map([res('aws_lb', 'web', { name: 'web', subnets: [ref('aws_subnet.a')] }), res('aws_lb_listener', 'http', { load_balancer_arn: ref('aws_lb.web', 'arn'), port: 80, default_action: [{ type: 'forward', target_group_arn: ref('aws_lb_target_group.t', 'arn') }] })]);
    expect(a).toMatchObject({ type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', kind: 'network.load-balancer', name: 'web', id: 'iac:.#aws_lb.web' });
    expect(a!.config.loadBalancer).toMatchObject({ LoadBalancerName: 'web', Type: 'application', Scheme: 'internet-facing' });
    expect(a!.config.listeners).toEqual([{ Port: 80, Protocol: 'HTTP', DefaultActions: [{ Type: 'forward' }] }]);
    expect(a!.config.attributes).toMatchObject({ 'access_logs.s3.enabled': 'false', 'deletion_protection.enabled': 'false', 'routing.http.drop_invalid_header_fields.enabled': 'false' });
    expect(verdictOf('aws.elbv2.access-logging-enabled', a!)).toBe('fail');
    expect(verdictOf('aws.elbv2.alb-drops-invalid-headers', a!)).toBe('fail');
    expect(verdictOf('aws.elbv2.deletion-protection-enabled', a!)).toBe('fail');
    expect(verdictOf('aws.elbv2.alb-http-redirects-to-https', a!)).toBe('fail');
    expect(verdictOf('aws.elbv2.listener-tls-policy-modern', a!)).toBe('not_applicable');
  });

  it('a hardened aws_alb with an HTTPS listener and an HTTP redirect passes; a TLS 1.0 policy fails', () => {
    const out = map([
      res('aws_alb', 'web', { name: 'web', enable_deletion_protection: true, drop_invalid_header_fields: true, access_logs: [{ bucket: 'lb-logs', enabled: true }] }),
      res('aws_alb_listener', 'http', { load_balancer_arn: ref('aws_alb.web', 'arn'), port: 80, protocol: 'HTTP', default_action: [{ type: 'redirect', redirect: [{ protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' }] }] }),
      res('aws_lb_listener', 'https', { load_balancer_arn: ref('aws_alb.web', 'arn'), port: 443, protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', certificate_arn: ref('aws_acm_certificate.c', 'arn'), default_action: [{ type: 'forward', target_group_arn: ref('aws_lb_target_group.t', 'arn') }] }),
      res('aws_lb', 'old', { name: 'old' }),
      res('aws_lb_listener', 'old', { load_balancer_arn: ref('aws_lb.old', 'arn'), port: 443, protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-2016-08', default_action: [{ type: 'fixed-response', fixed_response: [{ content_type: 'text/plain', status_code: '404' }] }] }),
    ]);
    const web = out.find((a) => a.name === 'web')!;
    for (const rule of ['aws.elbv2.access-logging-enabled', 'aws.elbv2.alb-drops-invalid-headers', 'aws.elbv2.deletion-protection-enabled', 'aws.elbv2.alb-http-redirects-to-https', 'aws.elbv2.listener-tls-policy-modern'])
      expect(verdictOf(rule, web), rule).toBe('pass');
    expect(verdictOf('aws.elbv2.listener-tls-policy-modern', out.find((a) => a.name === 'old')!)).toBe('fail');
  });

  it('an NLB: header and logging rules do not apply; an omitted ssl_policy is unknown', () => {
    const [a] = map([res('aws_lb', 'n', { name: 'n', load_balancer_type: 'network', internal: true }), res('aws_lb_listener', 'tls', { load_balancer_arn: ref('aws_lb.n', 'arn'), port: 443, protocol: 'TLS', default_action: [{ type: 'forward' }] })]);
    expect(a!.config.loadBalancer).toMatchObject({ Type: 'network', Scheme: 'internal' });
    expect(verdictOf('aws.elbv2.alb-drops-invalid-headers', a!)).toBe('not_applicable');
    expect(verdictOf('aws.elbv2.access-logging-enabled', a!)).toBe('not_applicable');
    expect(verdictOf('aws.elbv2.listener-tls-policy-modern', a!)).toBe('unknown');
  });
});

describe('the mapper set', () => {
  it('claims every type once', () => {
    const types = awsTfNetStorageMappers.flatMap((m) => m.types);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(expect.arrayContaining(['aws_s3_bucket', 'aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_network_acl', 'aws_vpc', 'aws_flow_log', 'aws_instance', 'aws_ebs_volume', 'aws_db_instance', 'aws_rds_cluster', 'aws_eks_cluster', 'aws_lb', 'aws_alb_listener']));
    expect(awsTfNetStorageMappers.every((m) => m.provider === 'aws')).toBe(true);
  });

  it('maps 1,000 resources quickly', () => {
    const resources: IacResource[] = [];
    for (let i = 0; i < 200; i++) {
      resources.push(res('aws_s3_bucket', `b${i}`, { bucket: `bucket-${i}` }));
      resources.push(res('aws_s3_bucket_versioning', `b${i}`, { bucket: ref(`aws_s3_bucket.b${i}`), versioning_configuration: [{ status: 'Enabled' }] }));
      resources.push(res('aws_security_group', `g${i}`, { ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }] }));
      resources.push(res('aws_security_group_rule', `r${i}`, { type: 'ingress', security_group_id: ref(`aws_security_group.g${i}`), protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8'] }));
      resources.push(res('aws_instance', `i${i}`, { associate_public_ip_address: false, metadata_options: [{ http_tokens: 'required' }] }));
    }
    // Joins are lookups, not scans (a few ms warm on an idle machine); the bound is loose for loaded CI hosts.
    awsTfNetStorageMappers.flatMap((m) => m.map(resources, mapContext()));
    const start = performance.now();
    const assets = awsTfNetStorageMappers.flatMap((m) => m.map(resources, mapContext()));
    expect(performance.now() - start).toBeLessThan(500);
    expect(assets.filter((a) => a.type === 'AWS::S3::Bucket').every((a) => (a.config.versioning as { Status?: string }).Status === 'Enabled')).toBe(true);
    expect(assets.filter((a) => a.type === 'AWS::EC2::SecurityGroup').every((a) => (a.config.securityGroup as { IpPermissions: unknown[] }).IpPermissions.length === 2)).toBe(true);
  });
});

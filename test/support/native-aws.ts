/** AWS fixture assets with native aspects as the AWS collectors store them (SDK shapes). */
import type { Asset } from '../../src/core/asset.js';
import { AWS_ACCOUNT, native } from './facet-fixtures.js';

const ARN = `arn:aws:s3:::fixture-bucket`;
const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
export const PRIVATE_ACL = { Owner: { ID: OWNER_ID }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER_ID }, Permission: 'FULL_CONTROL' }] };
export const publicAcl = (permission: string) => ({ ...PRIVATE_ACL, Grants: [...PRIVATE_ACL.Grants, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: permission }] });
export const publicPolicy = (action: string) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: action, Resource: `${ARN}/*` }] });
export const TLS_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [ARN, `${ARN}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
};

/** A private, default S3 bucket; override any aspect. */
export function s3Bucket(over: Record<string, unknown> = {}): Asset {
  return native('aws', 'AWS::S3::Bucket', 'storage.bucket', {
    publicAccessBlock: null,
    policy: null,
    policyStatus: null,
    acl: PRIVATE_ACL,
    encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    versioning: {},
    logging: {},
    ownershipControls: null,
    ...over,
  }, { id: ARN, name: 'fixture-bucket' });
}

export function s3AccountBlock(config: Record<string, boolean> | null): Asset {
  return native('aws', 'AWS::S3::AccountPublicAccessBlock', 'account.setting', { publicAccessBlock: config }, { id: `arn:aws:s3::${AWS_ACCOUNT}:account-public-access-block`, region: 'global' });
}

export const sshRule = (cidr: string, port = 22) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: cidr }] });
export function securityGroup(ingress: unknown[]): Asset {
  return native('aws', 'AWS::EC2::SecurityGroup', 'network.firewall-rule', { securityGroup: { GroupId: 'sg-1', GroupName: 'fixture', IpPermissions: ingress, IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] } });
}

export const ebsVolume = (volume: Record<string, unknown>) => native('aws', 'AWS::EC2::Volume', 'storage.volume', { volume: { VolumeId: 'vol-1', Attachments: [{ State: 'attached', InstanceId: 'i-1' }], ...volume } });
export const ec2Instance = (instance: Record<string, unknown>) => native('aws', 'AWS::EC2::Instance', 'compute.instance', { instance: { InstanceId: 'i-1', NetworkInterfaces: [], ...instance } });
export const rdsInstance = (db: Record<string, unknown>) =>
  native('aws', 'AWS::RDS::DBInstance', 'database.instance', { instance: { DBInstanceIdentifier: 'db1', Engine: 'postgres', PubliclyAccessible: false, StorageEncrypted: true, BackupRetentionPeriod: 7, ...db } });

export const KEY_ARN = `arn:aws:kms:us-east-1:${AWS_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
/** A KMS key; `rotation: 'not-collected'` mirrors the collector, which reads rotation only where it applies. */
export function kmsKey(meta: Record<string, unknown>, rotation: Record<string, unknown> | null | 'not-collected' = { KeyRotationEnabled: true, RotationPeriodInDays: 365 }, id = KEY_ARN): Asset {
  const metadata = { KeyId: id.split('/').pop(), Arn: id, KeyManager: 'CUSTOMER', Enabled: true, KeyState: 'Enabled', Origin: 'AWS_KMS', KeySpec: 'SYMMETRIC_DEFAULT', ...meta };
  return native('aws', 'AWS::KMS::Key', 'crypto.key', { metadata, policy: null, ...(rotation === 'not-collected' ? {} : { rotation }) }, { id });
}

export function trail(t: Record<string, unknown>, logging = true): Asset {
  return native('aws', 'AWS::CloudTrail::Trail', 'logging.audit-trail', {
    trail: { Name: 'main', S3BucketName: 'trail-logs', IsMultiRegionTrail: true, IncludeGlobalServiceEvents: true, LogFileValidationEnabled: true, ...t },
    status: { IsLogging: logging },
    eventSelectors: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] },
  }, { id: `arn:aws:cloudtrail:us-east-1:${AWS_ACCOUNT}:trail/main` });
}

export const awsAccount = () => native('aws', 'AWS::::Account', 'account', {}, { id: `arn:aws:::account/${AWS_ACCOUNT}`, region: 'global' });

/** An IAM user whose credential report row has the given access key columns. */
export function iamUser(row: Record<string, string>): Asset {
  return native('aws', 'AWS::IAM::User', 'identity.user', {
    credentials: { user: 'alice', arn: `arn:aws:iam::${AWS_ACCOUNT}:user/alice`, password_enabled: 'false', mfa_active: 'false', access_key_1_active: 'false', access_key_1_last_rotated: 'N/A', access_key_1_last_used_date: 'N/A', access_key_2_active: 'false', access_key_2_last_rotated: 'N/A', access_key_2_last_used_date: 'N/A', ...row },
  }, { region: 'global' });
}

export const eksCluster = (cluster: Record<string, unknown>) =>
  native('aws', 'AWS::EKS::Cluster', 'container.cluster', { cluster: { name: 'c1', version: '1.31', resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true }, logging: { clusterLogging: [] }, ...cluster } });

export const awsSecret = (secret: Record<string, unknown>) => native('aws', 'AWS::SecretsManager::Secret', 'secret', { secret: { Name: 's1', ...secret } });

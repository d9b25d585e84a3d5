import { describe, expect, it } from 'vitest';
import { mapContext, verdictOf } from '../../../../test/support/iac.js';
import { s3AccountBlock } from '../../../../test/support/native-aws.js';
import type { Asset } from '../../../core/asset.js';
import { loadCloudFormationText, type CloudFormationOptions } from '../../cloudformation/load.js';
import { awsCfnMappers } from './index.js';

const ALL_OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
const WHERE = { region: 'us-east-1', account: '111122223333' };

/** Loads a YAML template (resources under `Resources:`) and maps it. */
function mapYaml(resources: string, opts: CloudFormationOptions = WHERE, head = ''): { assets: Asset[]; ctx: ReturnType<typeof mapContext> } {
  const text = `AWSTemplateFormatVersion: '2010-09-09'\n${head}\nResources:\n${resources}`;
  const loaded = loadCloudFormationText(text, 'stack.yaml', opts);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const ctx = mapContext();
  const mapper = awsCfnMappers[0]!;
  const assets = mapper.map(
    loaded.resources.filter((r) => mapper.types.includes(r.type)),
    ctx,
  );
  return { assets, ctx };
}
const one = (assets: Asset[], type: string, name?: string): Asset => {
  const a = assets.find((x) => x.type === type && (name === undefined || x.name === name || (x.source.type === 'iac' && x.source.address === name)));
  if (!a) throw new Error(`no ${type} ${name ?? ''} in ${assets.map((x) => `${x.type}:${x.name}`).join(', ')}`);
  return a;
};

describe('S3 buckets', () => {
  const publicBucket = `  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: public-site
      AccessControl: PublicRead
      OwnershipControls:
        Rules: [{ ObjectOwnership: ObjectWriter }]
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: false
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
`;
  const privateBucket = `  Site:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: public-site
`;

  it('a new bucket gets the documented defaults (provenance says so) and the live id', () => {
    const b = one(mapYaml(privateBucket).assets, 'AWS::S3::Bucket');
    expect(b).toMatchObject({ id: 'arn:aws:s3:::public-site', kind: 'storage.bucket', name: 'public-site', account: '111122223333', region: 'us-east-1', gaps: {} });
    expect(b.config).toMatchObject({
      publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      ownershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      versioning: {},
      logging: {},
      policy: null,
      policyStatus: null,
      acl: { Grants: [{ Grantee: { Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }] },
    });
    expect(b.provenance).toEqual({ publicAccessBlock: 'aws:parapet:DocumentedDefault', ownershipControls: 'aws:parapet:DocumentedDefault', encryption: 'aws:parapet:DocumentedDefault' });
    expect(b.source).toMatchObject({ type: 'iac', file: 'stack.yaml', line: 4, address: 'Site' });
  });

  it('a public-read bucket fails bucket-not-publicly-readable; its private twin passes', () => {
    const pub = one(mapYaml(publicBucket).assets, 'AWS::S3::Bucket');
    expect(pub.config.acl).toEqual({ Grants: [{ Grantee: { Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }] });
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', pub, [s3AccountBlock(ALL_OFF)])).toBe('fail');
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', pub, [s3AccountBlock(ALL_OFF)])).toBe('fail');
    const priv = one(mapYaml(privateBucket).assets, 'AWS::S3::Bucket');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', priv, [s3AccountBlock(ALL_OFF)])).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-not-publicly-writable', priv, [s3AccountBlock(ALL_OFF)])).toBe('pass');
  });

  it('a bucket policy joined through Ref, naming the bucket by its own ARN, makes it public', () => {
    const policy = `  Site:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicPolicy: false, RestrictPublicBuckets: false }
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Site.Arn}/*'
`;
    const b = one(mapYaml(policy).assets, 'AWS::S3::Bucket');
    expect(b.id).toBe('iac:stack.yaml#Site');
    expect(b.config.policy).toMatchObject({ Statement: [{ Resource: 'iac:stack.yaml#Site/*' }] });
    expect(b.config).not.toHaveProperty('policyStatus');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', b, [s3AccountBlock(ALL_OFF)])).toBe('fail');
    expect(mapYaml(policy).assets.map((a) => a.type)).toEqual(['AWS::S3::Bucket']);
  });

  it('an unknown value gives unknown, never a pass', () => {
    const unknownAcl = `  Site:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
      OwnershipControls: { Rules: [{ ObjectOwnership: ObjectWriter }] }
      PublicAccessBlockConfiguration: { BlockPublicAcls: false }
`;
    const b = one(mapYaml(unknownAcl, WHERE, 'Parameters:\n  Acl: { Type: String }').assets, 'AWS::S3::Bucket');
    expect(b.gaps.acl).toMatchObject({ code: 'UnknownUntilApply', service: 's3' });
    expect(b.gaps.acl!.message).toContain('stack.yaml');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', b, [s3AccountBlock(ALL_OFF)])).toBe('unknown');
  });

  it('a name built from another resource\'s name is known, and references to it agree with its id', () => {
    const { assets } = mapYaml(`  Src:
    Type: AWS::S3::Bucket
    Properties: { BucketName: src }
  Copy:
    Type: AWS::S3::Bucket
    Properties: { BucketName: !Sub '\${Src}-copy' }
  CopyPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Copy
      PolicyDocument: { Statement: [{ Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: !Sub '\${Copy.Arn}/*' }] }
`);
    const copy = one(assets, 'AWS::S3::Bucket', 'src-copy');
    expect(copy.id).toBe('arn:aws:s3:::src-copy');
    expect(copy.config.policy).toMatchObject({ Statement: [{ Resource: 'arn:aws:s3:::src-copy/*' }] });
  });

  it('encryption, versioning, logging and tags in the SDK shapes', () => {
    const b = one(
      mapYaml(`  Key:
    Type: AWS::KMS::Key
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !GetAtt Key.Arn }
            BucketKeyEnabled: true
      VersioningConfiguration: { Status: Enabled }
      LoggingConfiguration: { DestinationBucketName: !Ref Logs, LogFilePrefix: data/ }
      Tags: [{ Key: team, Value: core }]
`).assets,
      'AWS::S3::Bucket',
      'data',
    );
    expect(b.config.encryption).toEqual({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'iac:stack.yaml#Key' }, BucketKeyEnabled: true }] });
    expect(b.config.versioning).toEqual({ Status: 'Enabled' });
    expect(b.config.logging).toEqual({ LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'data/' } });
    expect(b.tags).toEqual({ team: 'core' });
    expect(verdictOf('baseline.storage.bucket-versioning-enabled', b)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-access-logging-enabled', b)).toBe('pass');
  });
});

describe('security groups', () => {
  const sg = (cidr: string, head = '') =>
    mapYaml(
      `  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: web
      GroupDescription: web
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ${cidr} }
`,
      WHERE,
      head,
    ).assets[0]!;

  it('0.0.0.0/0 on 22 fails no-ssh-from-internet; a private range passes', () => {
    const open = sg('0.0.0.0/0');
    expect(open).toMatchObject({ type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule', name: 'web', id: 'iac:stack.yaml#Web' });
    expect(open.config.securityGroup).toMatchObject({
      GroupName: 'web',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], UserIdGroupPairs: [], PrefixListIds: [] }],
      // CloudFormation's default egress rule
      IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    });
    expect(verdictOf('baseline.network.no-ssh-from-internet', open)).toBe('fail');
    expect(verdictOf('baseline.network.no-ssh-from-internet', sg('10.0.0.0/8'))).toBe('pass');
  });

  it('an unknown CIDR gives unknown', () => {
    const u = sg('!Ref Cidr', 'Parameters:\n  Cidr: { Type: String }');
    expect(u.gaps.securityGroup?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.network.no-ssh-from-internet', u)).toBe('unknown');
    expect(verdictOf('baseline.network.no-ssh-from-internet', sg('!Ref Cidr', "Parameters:\n  Cidr: { Type: String, Default: '0.0.0.0/0' }"))).toBe('fail');
  });

  it('standalone ingress/egress rules join through Ref; explicit egress replaces the default', () => {
    const { assets } = mapYaml(`  Db:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: db
      SecurityGroupEgress:
        - { IpProtocol: '6', FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8 }
  App:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
  DbIn:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !GetAtt Db.GroupId
      IpProtocol: tcp
      FromPort: 5432
      ToPort: 5432
      SourceSecurityGroupId: !Ref App
  DbOpen:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Db
      IpProtocol: '-1'
      CidrIpv6: ::/0
`);
    expect(assets.map((a) => a.name)).toEqual(['Db', 'App']);
    const db = one(assets, 'AWS::EC2::SecurityGroup', 'Db');
    expect(db.config.securityGroup).toMatchObject({
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{ GroupId: 'iac:stack.yaml#App' }] },
        { IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
      ],
      IpPermissionsEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }],
    });
    expect(verdictOf('baseline.network.no-all-ports-from-internet', db)).toBe('fail');
    expect(verdictOf('baseline.network.no-all-ports-from-internet', one(assets, 'AWS::EC2::SecurityGroup', 'App'))).toBe('pass');
  });
});

describe('EC2 instances and volumes', () => {
  it('metadata options, public IP through the network interface, volumes from block device mappings', () => {
    const { assets } = mapYaml(`  Vm:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-123
      InstanceType: t3.micro
      MetadataOptions: { HttpTokens: required }
      NetworkInterfaces:
        - { DeviceIndex: '0', AssociatePublicIpAddress: true, SubnetId: subnet-1 }
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: 20, Encrypted: true }
        - DeviceName: /dev/xvdb
          Ebs: { VolumeSize: 20, Encrypted: false }
`);
    const vm = one(assets, 'AWS::EC2::Instance');
    expect(vm.config.instance).toMatchObject({ InstanceType: 't3.micro', MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' }, PublicIpAddress: 'assigned-at-launch' });
    expect(verdictOf('aws.ec2.instance-imdsv2-required', vm)).toBe('pass');
    expect(verdictOf('baseline.compute.instance-no-public-ip', vm)).toBe('fail');
    const vols = assets.filter((a) => a.type === 'AWS::EC2::Volume');
    expect(vols.map((v) => v.id)).toEqual(['iac:stack.yaml#Vm.BlockDeviceMappings[0]', 'iac:stack.yaml#Vm.BlockDeviceMappings[1]']);
    expect(vols.map((v) => verdictOf('baseline.storage.volume-encrypted', v))).toEqual(['pass', 'fail']);
  });

  it('public IP follows the subnet; an unknown subnet gives unknown', () => {
    const withSubnet = (map: string) =>
      one(
        mapYaml(`  Net:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24${map} }
  Vm:
    Type: AWS::EC2::Instance
    Properties: { ImageId: ami-1, SubnetId: !Ref Net }
`).assets,
        'AWS::EC2::Instance',
      );
    expect(verdictOf('baseline.compute.instance-no-public-ip', withSubnet(''))).toBe('pass');
    expect(verdictOf('baseline.compute.instance-no-public-ip', withSubnet(', MapPublicIpOnLaunch: true'))).toBe('fail');
    const unknown = one(mapYaml('  Vm:\n    Type: AWS::EC2::Instance\n    Properties: { ImageId: ami-1, SubnetId: !ImportValue shared-subnet }\n').assets, 'AWS::EC2::Instance');
    expect(verdictOf('baseline.compute.instance-no-public-ip', unknown)).toBe('unknown');
    // Without MetadataOptions, IMDSv2 depends on the AMI: the rule cannot tell.
    expect(verdictOf('aws.ec2.instance-imdsv2-required', withSubnet(''))).toBe('unknown');
  });

  it('a volume without Encrypted depends on the account default', () => {
    const { assets } = mapYaml(`  A:
    Type: AWS::EC2::Volume
    Properties: { Size: 10, AvailabilityZone: us-east-1a, Encrypted: true, KmsKeyId: !Ref K }
  B:
    Type: AWS::EC2::Volume
    Properties: { Size: 10, AvailabilityZone: us-east-1a }
  K:
    Type: AWS::KMS::Key
  Att:
    Type: AWS::EC2::VolumeAttachment
    Properties: { VolumeId: !Ref A, InstanceId: i-1, Device: /dev/sdf }
`);
    const a = one(assets, 'AWS::EC2::Volume', 'A');
    expect(a.config.volume).toMatchObject({ Encrypted: true, KmsKeyId: 'iac:stack.yaml#K', Attachments: [{ State: 'attached', Device: '/dev/sdf' }] });
    expect(verdictOf('baseline.storage.volume-encrypted', a)).toBe('pass');
    expect(verdictOf('baseline.storage.volume-customer-managed-key', a, [one(assets, 'AWS::KMS::Key')])).toBe('pass');
    expect(verdictOf('baseline.storage.volume-encrypted', one(assets, 'AWS::EC2::Volume', 'B'))).toBe('unknown');
  });
});

describe('RDS', () => {
  it('instance defaults and verdicts', () => {
    const { assets } = mapYaml(`  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceIdentifier: Orders
      Engine: Postgres
      DBInstanceClass: db.t3.micro
      PubliclyAccessible: true
  Private:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql, PubliclyAccessible: false, StorageEncrypted: true, BackupRetentionPeriod: 7 }
  Unset:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: mysql }
`);
    const db = one(assets, 'AWS::RDS::DBInstance', 'orders');
    expect(db.id).toBe('arn:aws:rds:us-east-1:111122223333:db:orders');
    expect(db.config.instance).toMatchObject({ Engine: 'postgres', PubliclyAccessible: true, StorageEncrypted: false, BackupRetentionPeriod: 1, MultiAZ: false, DeletionProtection: false, AutoMinorVersionUpgrade: true });
    expect(verdictOf('aws.rds.instance-not-publicly-accessible', db)).toBe('fail');
    expect(verdictOf('baseline.database.encrypted-at-rest', db)).toBe('fail');
    const priv = one(assets, 'AWS::RDS::DBInstance', 'Private');
    expect(verdictOf('baseline.database.not-publicly-accessible', priv)).toBe('pass');
    expect(verdictOf('baseline.database.backup-retention-7-days', priv)).toBe('pass');
    expect(verdictOf('baseline.database.not-publicly-accessible', one(assets, 'AWS::RDS::DBInstance', 'Unset'))).toBe('unknown');
  });

  it('clusters: encryption, multi-AZ from members', () => {
    const { assets } = mapYaml(`  C:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, StorageEncrypted: true, DeletionProtection: true }
  I1:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBClusterIdentifier: !Ref C, DBInstanceClass: db.r6g.large, PubliclyAccessible: false }
`);
    const c = one(assets, 'AWS::RDS::DBCluster');
    expect(c.config.cluster).toMatchObject({ StorageEncrypted: true, MultiAZ: false, DeletionProtection: true, DBClusterMembers: [{ DBInstanceIdentifier: 'I1' }] });
    expect(verdictOf('aws.rds.cluster-storage-encrypted', c)).toBe('pass');
    expect(verdictOf('aws.rds.cluster-multi-az', c)).toBe('fail');
    expect(one(assets, 'AWS::RDS::DBInstance').config.instance).toMatchObject({ StorageEncrypted: true });
  });
});

describe('KMS, CloudTrail, logs', () => {
  it('KMS key: metadata, default policy with the account, rotation', () => {
    const { assets } = mapYaml(`  Rotated:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: true }
  Plain:
    Type: AWS::KMS::Key
`);
    const k = one(assets, 'AWS::KMS::Key', 'Rotated');
    expect(k.config.metadata).toMatchObject({ KeyManager: 'CUSTOMER', Enabled: true, KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' });
    expect(JSON.parse((k.config.policy as { Policy: string }).Policy)).toMatchObject({ Statement: [{ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }] });
    expect(k.config.rotation).toEqual({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    expect(verdictOf('baseline.crypto.key-rotation-enabled', k)).toBe('pass');
    expect(verdictOf('baseline.crypto.key-rotation-enabled', one(assets, 'AWS::KMS::Key', 'Plain'))).toBe('fail');
    const noAccount = one(mapYaml('  K:\n    Type: AWS::KMS::Key\n', {}).assets, 'AWS::KMS::Key');
    expect(noAccount.gaps.policy?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.kms.key-policy-not-public', noAccount)).toBe('unknown');
  });

  it('CloudTrail trail: defaults and the bucket name through Ref', () => {
    const { assets } = mapYaml(`  Logs:
    Type: AWS::S3::Bucket
    Properties: { BucketName: trail-logs }
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties: { TrailName: main, IsLogging: true, S3BucketName: !Ref Logs, IsMultiRegionTrail: true, EnableLogFileValidation: true }
`);
    const t = one(assets, 'AWS::CloudTrail::Trail');
    expect(t.id).toBe('arn:aws:cloudtrail:us-east-1:111122223333:trail/main');
    expect(t.config.trail).toMatchObject({ Name: 'main', S3BucketName: 'trail-logs', IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true, LogFileValidationEnabled: true });
    expect(t.config.status).toEqual({ IsLogging: true });
    expect(verdictOf('aws.cloudtrail.log-file-validation-enabled', t)).toBe('pass');
    expect(verdictOf('aws.cloudtrail.trail-kms-encrypted', t)).toBe('fail');
    expect(t.config.eventSelectors).toMatchObject({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] });
  });

  it('a trail logging to a bucket named at deploy: the bucket declaration stands for it', () => {
    const { assets } = mapYaml(`  Logs:
    Type: AWS::S3::Bucket
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: true, S3BucketName: !Ref Logs, EnableLogFileValidation: false }
  Elsewhere:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: true, S3BucketName: !ImportValue central-logs }
`);
    const t = one(assets, 'AWS::CloudTrail::Trail', 'Trail');
    expect(t.id).toBe('iac:stack.yaml#Trail');
    expect(t.config.trail).toMatchObject({ S3BucketName: 'iac:stack.yaml#Logs' });
    expect(verdictOf('aws.cloudtrail.log-file-validation-enabled', t)).toBe('fail');
    const elsewhere = one(assets, 'AWS::CloudTrail::Trail', 'Elsewhere');
    expect(elsewhere.gaps.trail?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.cloudtrail.log-file-validation-enabled', elsewhere)).toBe('unknown');
  });

  it('log group retention and key', () => {
    const { assets } = mapYaml(`  Kept:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: /app, RetentionInDays: 400 }
  Forever:
    Type: AWS::Logs::LogGroup
`);
    const kept = one(assets, 'AWS::Logs::LogGroup', '/app');
    expect(kept.id).toBe('arn:aws:logs:us-east-1:111122223333:log-group:/app');
    expect(kept.config.logGroup).toMatchObject({ logGroupName: '/app', retentionInDays: 400 });
    expect(verdictOf('aws.cloudwatch.log-group-retention-one-year', kept)).toBe('pass');
    expect(verdictOf('aws.cloudwatch.log-group-kms-encrypted', kept)).toBe('fail');
  });
});

describe('IAM', () => {
  it('users, roles, groups and managed policies join their policies', () => {
    const { assets } = mapYaml(`  Admin:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: everything
      Roles: [!Ref Deployer]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] }
  Deployer:
    Type: AWS::IAM::Role
    Properties:
      RoleName: deployer
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }] }
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
      LoginProfile: { Password: x }
      Policies: [{ PolicyName: inline, PolicyDocument: '{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}' }]
  Shared:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: shared
      Users: [alice]
      Groups: [!Ref Ops]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 'ec2:Describe*', Resource: '*' }] }
  Ops:
    Type: AWS::IAM::Group
`);
    const policy = one(assets, 'AWS::IAM::Policy');
    expect(policy).toMatchObject({ id: 'arn:aws:iam::111122223333:policy/everything', kind: 'identity.policy', region: 'global' });
    expect(policy.config.policy).toMatchObject({ AttachmentCount: 1, PolicyVersionList: [{ IsDefaultVersion: true, Document: { Statement: [{ Action: '*' }] } }] });
    expect(verdictOf('aws.iam.policy-no-full-admin', policy)).toBe('fail');
    const role = one(assets, 'AWS::IAM::Role');
    expect(role.id).toBe('arn:aws:iam::111122223333:role/deployer');
    expect(role.config.details).toMatchObject({
      RoleName: 'deployer',
      AttachedManagedPolicies: [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        { PolicyName: 'everything', PolicyArn: 'arn:aws:iam::111122223333:policy/everything' },
      ],
      AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] },
    });
    const alice = one(assets, 'AWS::IAM::User');
    expect(alice.config.details).toMatchObject({ UserName: 'alice', UserPolicyList: [{ PolicyName: 'inline', PolicyDocument: { Statement: [{ Action: 's3:*' }] } }, { PolicyName: 'shared' }] });
    expect(alice.config.credentials).toMatchObject({ password_enabled: 'true', mfa_active: 'false' });
    expect(verdictOf('aws.iam.user-console-mfa', alice)).toBe('fail');
    expect(verdictOf('aws.iam.user-no-direct-policies', alice)).toBe('fail');
    expect(one(assets, 'AWS::IAM::Group').config.details).toMatchObject({ GroupName: 'Ops', GroupPolicyList: [{ PolicyName: 'shared' }] });
  });

  it('a user with an access key: credentials unknown until deploy', () => {
    const { assets } = mapYaml('  U:\n    Type: AWS::IAM::User\n  K:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: !Ref U }\n');
    expect(one(assets, 'AWS::IAM::User').gaps.credentials?.code).toBe('UnknownUntilApply');
  });
});

describe('Lambda, SQS, SNS', () => {
  it('a Lambda permission for * makes the function public', () => {
    const fn = (principal: string) =>
      one(
        mapYaml(`  Fn:
    Type: AWS::Lambda::Function
    Properties: { FunctionName: orders, Runtime: python3.12, Handler: i.h, Role: arn:aws:iam::111122223333:role/r, Code: { ZipFile: x }, Environment: { Variables: { SECRET: s, A: b } } }
  Perm:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: '${principal}' }
`).assets,
        'AWS::Lambda::Function',
      );
    const pub = fn('*');
    expect(pub.id).toBe('arn:aws:lambda:us-east-1:111122223333:function:orders');
    expect(pub.config.function).toMatchObject({ FunctionName: 'orders', Runtime: 'python3.12', PackageType: 'Zip', Environment: { VariableNames: ['A', 'SECRET'] } });
    expect(JSON.stringify(pub.config.function)).not.toContain('"s"');
    expect(pub.config.policy).toMatchObject({ Statement: [{ Principal: '*', Action: 'lambda:InvokeFunction', Resource: pub.id }] });
    expect(verdictOf('aws.lambda.function-not-public', pub)).toBe('fail');
    expect(verdictOf('aws.lambda.function-not-public', fn('444455556666'))).toBe('pass');
    expect(verdictOf('aws.lambda.function-in-vpc', pub)).toBe('fail');
  });

  it('SQS queue: SSE-SQS by default, QueuePolicy joined', () => {
    const { assets } = mapYaml(`  Q:
    Type: AWS::SQS::Queue
    Properties: { QueueName: jobs }
  QP:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Q]
      PolicyDocument: { Statement: [{ Effect: Allow, Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }] }
  Plain:
    Type: AWS::SQS::Queue
    Properties: { SqsManagedSseEnabled: false }
`);
    const q = one(assets, 'AWS::SQS::Queue', 'jobs');
    expect(q.id).toBe('arn:aws:sqs:us-east-1:111122223333:jobs');
    expect(q.config.attributes).toMatchObject({ Attributes: { SqsManagedSseEnabled: 'true', VisibilityTimeout: '30' } });
    expect(verdictOf('aws.sqs.queue-encrypted-at-rest', q)).toBe('pass');
    expect(verdictOf('aws.sqs.queue-policy-not-public', q)).toBe('fail');
    const plain = one(assets, 'AWS::SQS::Queue', 'Plain');
    expect(verdictOf('aws.sqs.queue-encrypted-at-rest', plain)).toBe('fail');
    expect(verdictOf('aws.sqs.queue-policy-not-public', plain)).toBe('pass');
  });

  it('SNS topic: encryption and the TopicPolicy', () => {
    const { assets } = mapYaml(`  T:
    Type: AWS::SNS::Topic
    Properties: { TopicName: alerts, KmsMasterKeyId: alias/aws/sns }
  TP:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref T]
      PolicyDocument: { Statement: [{ Effect: Allow, Principal: { AWS: '*' }, Action: 'sns:Publish', Resource: '*' }] }
`);
    const t = one(assets, 'AWS::SNS::Topic');
    expect(t.id).toBe('arn:aws:sns:us-east-1:111122223333:alerts');
    expect(verdictOf('aws.sns.topic-encrypted-at-rest', t)).toBe('pass');
    expect(verdictOf('aws.sns.topic-policy-not-public', t)).toBe('fail');
  });
});

describe('EKS, Secrets Manager, ECR, EFS', () => {
  it('EKS endpoint defaults to public; secrets encryption and audit logs', () => {
    const { assets } = mapYaml(`  Open:
    Type: AWS::EKS::Cluster
    Properties: { Name: open, Version: '1.31', RoleArn: arn:aws:iam::111122223333:role/eks, ResourcesVpcConfig: { SubnetIds: [s-1, s-2] } }
  Closed:
    Type: AWS::EKS::Cluster
    Properties:
      Name: closed
      RoleArn: arn:aws:iam::111122223333:role/eks
      ResourcesVpcConfig: { SubnetIds: [s-1], EndpointPublicAccess: false, EndpointPrivateAccess: true }
      EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: arn:aws:kms:us-east-1:111122223333:key/k } }]
      Logging: { ClusterLogging: { EnabledTypes: [{ Type: audit }, { Type: api }] } }
`);
    const open = one(assets, 'AWS::EKS::Cluster', 'open');
    expect(open.id).toBe('arn:aws:eks:us-east-1:111122223333:cluster/open');
    expect(verdictOf('baseline.container.cluster-api-not-public', open)).toBe('fail');
    expect(verdictOf('baseline.container.cluster-audit-logging', open)).toBe('fail');
    const closed = one(assets, 'AWS::EKS::Cluster', 'closed');
    expect(verdictOf('baseline.container.cluster-api-not-public', closed)).toBe('pass');
    expect(verdictOf('baseline.container.cluster-secrets-encrypted', closed)).toBe('pass');
    expect(verdictOf('baseline.container.cluster-audit-logging', closed)).toBe('pass');
    expect(verdictOf('aws.eks.cluster-version-supported', closed)).toBe('unknown');
  });

  it('Secrets Manager rotation through RotationSchedule', () => {
    const { assets } = mapYaml(`  S:
    Type: AWS::SecretsManager::Secret
    Properties: { Name: prod/db }
  R:
    Type: AWS::SecretsManager::RotationSchedule
    Properties: { SecretId: !Ref S, RotationRules: { AutomaticallyAfterDays: 30 } }
  Lone:
    Type: AWS::SecretsManager::Secret
`);
    const s = one(assets, 'AWS::SecretsManager::Secret', 'prod/db');
    expect(s.config.secret).toMatchObject({ Name: 'prod/db', RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 } });
    expect(verdictOf('baseline.secrets.secret-rotation-enabled', s)).toBe('pass');
    expect(verdictOf('baseline.secrets.secret-rotation-enabled', one(assets, 'AWS::SecretsManager::Secret', 'Lone'))).toBe('fail');
  });

  it('ECR repository and EFS file system', () => {
    const { assets } = mapYaml(`  Repo:
    Type: AWS::ECR::Repository
    Properties: { RepositoryName: svc, ImageTagMutability: IMMUTABLE, ImageScanningConfiguration: { ScanOnPush: true } }
  Loose:
    Type: AWS::ECR::Repository
  Fs:
    Type: AWS::EFS::FileSystem
    Properties: { Encrypted: true, FileSystemTags: [{ Key: Name, Value: shared }] }
  Raw:
    Type: AWS::EFS::FileSystem
`);
    const repo = one(assets, 'AWS::ECR::Repository', 'svc');
    expect(repo.id).toBe('arn:aws:ecr:us-east-1:111122223333:repository/svc');
    expect(verdictOf('aws.ecr.tag-immutability-enabled', repo)).toBe('pass');
    expect(verdictOf('aws.ecr.image-scanning-enabled', repo)).toBe('pass');
    const loose = one(assets, 'AWS::ECR::Repository', 'Loose');
    expect(verdictOf('aws.ecr.tag-immutability-enabled', loose)).toBe('fail');
    expect(verdictOf('aws.ecr.image-scanning-enabled', loose)).toBe('unknown');
    expect(verdictOf('aws.efs.file-system-encrypted', one(assets, 'AWS::EFS::FileSystem', 'shared'))).toBe('pass');
    expect(verdictOf('aws.efs.file-system-encrypted', one(assets, 'AWS::EFS::FileSystem', 'Raw'))).toBe('fail');
  });
});

describe('mapper', () => {
  it('claims the types it reads and maps nothing else', () => {
    const m = awsCfnMappers[0]!;
    expect(m.provider).toBe('aws');
    expect(m.types).toContain('AWS::S3::BucketPolicy');
    expect(new Set(m.types).size).toBe(m.types.length);
    expect(m.types).not.toContain('AWS::SQS::QueueInlinePolicy');
  });

  it('suppressions reach the asset source', () => {
    const text = 'Resources:\n  # parapet:ignore baseline.storage.bucket-versioning-enabled scratch\n  B:\n    Type: AWS::S3::Bucket\n';
    const ctx = mapContext();
    const [asset] = awsCfnMappers[0]!.map(loadCloudFormationText(text, 's.yaml').resources, ctx);
    expect(asset!.source).toEqual({ type: 'iac', file: 's.yaml', line: 3, address: 'B', suppressions: [{ ruleId: 'baseline.storage.bucket-versioning-enabled', reason: 'scratch', line: 2 }] });
    expect(asset!.account).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Asset } from '../../core/asset.js';
import { verdictOf } from '../../../test/support/iac.js';
import { s3AccountBlock } from '../../../test/support/native-aws.js';
import { applyFacets } from '../map/facets.js';
import { loadSnapshot } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const AT = '2026-11-29T00:00:00.000Z';
const snapshot = loadSnapshot(fixture('aws-config-snapshot.json'), AT);
const byId = (assets: Asset[], id: string): Asset => {
  const a = assets.find((x) => x.id === id);
  if (!a) throw new Error(`no asset ${id} in ${assets.map((x) => x.id).join(', ')}`);
  return a;
};
const get = (id: string) => byId(snapshot.assets, id);
const ACCOUNT_BLOCK = 'arn:aws:s3::111122223333:account-public-access-block';

describe('AWS Config snapshot files', () => {
  it('is detected and maps every recorded item of a known type to the live ids, types and kinds', () => {
    expect(snapshot.format).toBe('aws-config');
    expect(snapshot.assets.map((a) => [a.type, a.id, a.kind, a.name, a.region])).toEqual([
      ['AWS::S3::Bucket', 'arn:aws:s3:::public-assets', 'storage.bucket', 'public-assets', 'eu-west-1'],
      ['AWS::S3::Bucket', 'arn:aws:s3:::private-data', 'storage.bucket', 'private-data', 'eu-west-1'],
      ['AWS::S3::AccountPublicAccessBlock', ACCOUNT_BLOCK, 'account.setting', 'account-public-access-block', 'global'],
      ['AWS::EC2::SecurityGroup', 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0a1b2c3d4e5f60718', 'network.firewall-rule', 'web', 'eu-west-1'],
      ['AWS::EC2::Instance', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0', 'compute.instance', 'i-0123456789abcdef0', 'eu-west-1'],
      ['AWS::EC2::Volume', 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0', 'storage.volume', 'vol-0123456789abcdef0', 'eu-west-1'],
      ['AWS::EC2::VPC', 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0abc1234def567890', 'network.vpc', 'vpc-0abc1234def567890', 'eu-west-1'],
      ['AWS::EC2::NetworkAcl', 'arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-0123456789abcdef0', 'network.acl', 'acl-0123456789abcdef0', 'eu-west-1'],
      ['AWS::RDS::DBInstance', 'arn:aws:rds:eu-west-1:111122223333:db:orders', 'database.instance', 'orders', 'eu-west-1'],
      ['AWS::IAM::User', 'arn:aws:iam::111122223333:user/alice', 'identity.user', 'alice', 'global'],
      ['AWS::IAM::Role', 'arn:aws:iam::111122223333:role/app', 'identity.role', 'app', 'global'],
      ['AWS::IAM::Policy', 'arn:aws:iam::111122223333:policy/full-admin', 'identity.policy', 'full-admin', 'global'],
      ['AWS::IAM::Group', 'arn:aws:iam::111122223333:group/developers', 'identity.group', 'developers', 'global'],
      ['AWS::KMS::Key', 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'crypto.key', '1234abcd-12ab-34cd-56ef-1234567890ab', 'eu-west-1'],
      ['AWS::CloudTrail::Trail', 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/main', 'logging.audit-trail', 'main', 'eu-west-1'],
      ['AWS::Lambda::Function', 'arn:aws:lambda:eu-west-1:111122223333:function:thumbnailer', 'compute.function', 'thumbnailer', 'eu-west-1'],
      ['AWS::SQS::Queue', 'arn:aws:sqs:eu-west-1:111122223333:orders', 'messaging.queue', 'orders', 'eu-west-1'],
      ['AWS::SNS::Topic', 'arn:aws:sns:eu-west-1:111122223333:alerts', 'messaging.topic', 'alerts', 'eu-west-1'],
    ]);
    for (const a of snapshot.assets) expect(a).toMatchObject({ provider: 'aws', account: '111122223333', source: { type: 'snapshot', file: fixture('aws-config-snapshot.json') } });
  });

  it('names each asset by its item line and capture time', () => {
    const bucket = get('arn:aws:s3:::public-assets');
    expect(bucket.source).toEqual({ type: 'snapshot', file: fixture('aws-config-snapshot.json'), line: 5 });
    expect(bucket.observedAt).toBe('2026-11-28T08:15:30.123Z');
    expect(get('arn:aws:iam::111122223333:user/alice').source).toMatchObject({ line: 208 });
  });

  it('reports deleted items and unknown types once, with count and first line', () => {
    expect(snapshot.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'ResourceNotRecorded', line: 402, message: expect.stringMatching(/1 configuration item with status ResourceDeleted/) }),
      expect.objectContaining({ severity: 'warning', code: 'UnknownResourceType', line: 413, message: expect.stringMatching(/^2 .*AWS::EC2::Subnet.*first at line 413/) }),
    ]);
    expect(snapshot.assets.some((a) => a.id === 'arn:aws:s3:::gone-bucket')).toBe(false);
  });

  it('turns S3 supplementary configuration into the GetBucket* shapes', () => {
    const pub = get('arn:aws:s3:::public-assets');
    expect(pub.config.acl).toEqual({
      Owner: { ID: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' },
      Grants: [
        { Grantee: { Type: 'CanonicalUser', ID: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
      ],
    });
    expect(pub.config).toMatchObject({ publicAccessBlock: null, policy: null, policyStatus: null, versioning: {}, logging: {}, encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] }, tags: { team: 'web' } });
    expect(pub.tags).toEqual({ team: 'web' });
    const priv = get('arn:aws:s3:::private-data');
    expect(priv.config).toMatchObject({
      publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      versioning: { Status: 'Enabled', MFADelete: 'Disabled' },
      logging: { LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'private-data/' } },
      policy: { Statement: [{ Sid: 'TlsOnly', Effect: 'Deny' }] },
      tags: null,
    });
    // Not recorded by Config: a gap naming the file, never a guessed value.
    expect(priv.gaps.policyStatus).toMatchObject({ code: 'NotInSnapshot', message: expect.stringContaining('aws-config-snapshot.json') });
    expect(priv.gaps.ownershipControls?.code).toBe('NotInSnapshot');
  });

  it('gives the same verdicts as the live assets: public-read ACL fails, the private twin passes', () => {
    const block = get(ACCOUNT_BLOCK);
    expect(block.config.publicAccessBlock).toEqual({ BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false });
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', get('arn:aws:s3:::public-assets'), [block])).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', get('arn:aws:s3:::private-data'), [block])).toBe('pass');
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', get('arn:aws:s3:::public-assets'), [block])).toBe('fail');
    // The account block voids the ACL grant: the same bucket passes in an account that ignores public ACLs.
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', get('arn:aws:s3:::public-assets'), [s3AccountBlock({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true })])).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-versioning-enabled', get('arn:aws:s3:::public-assets'))).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-versioning-enabled', get('arn:aws:s3:::private-data'))).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-access-logging-enabled', get('arn:aws:s3:::private-data'))).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-secure-transport-only', get('arn:aws:s3:::private-data'))).toBe('pass');
  });

  it('converts EC2 descriptions to the SDK shapes: Config ipv4Ranges become IpRanges', () => {
    const sg = get('arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0a1b2c3d4e5f60718');
    expect(sg.config.securityGroup).toMatchObject({
      GroupId: 'sg-0a1b2c3d4e5f60718',
      GroupName: 'web',
      VpcId: 'vpc-0abc1234def567890',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { FromPort: 443, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }],
      Tags: [{ Key: 'Name', Value: 'web' }],
    });
    expect((sg.config.securityGroup as { IpPermissions: object[] }).IpPermissions[0]).not.toHaveProperty('Ipv4Ranges');
    expect(sg.tags).toEqual({ Name: 'web' });
    expect(verdictOf('baseline.network.no-ssh-from-internet', sg)).toBe('fail');
    expect(verdictOf('aws.ec2.security-group-admin-ports-closed-ipv4', sg)).toBe('fail');

    const inst = get('arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0');
    expect(inst.config.instance).toMatchObject({ InstanceId: 'i-0123456789abcdef0', MetadataOptions: { HttpTokens: 'optional' }, State: { Name: 'running' }, NetworkInterfaces: [{ Association: { PublicIp: '203.0.113.10' } }] });
    expect(inst.config.instance).not.toHaveProperty('IamInstanceProfile'); // null in Config: absent, as the SDK leaves it
    expect(verdictOf('aws.ec2.instance-imdsv2-required', inst)).toBe('fail');
    expect(verdictOf('baseline.compute.instance-no-public-ip', inst)).toBe('fail');

    const vol = get('arn:aws:ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0');
    expect(vol.config.volume).toMatchObject({ Encrypted: false, Attachments: [{ State: 'attached', InstanceId: 'i-0123456789abcdef0' }] });
    expect(verdictOf('baseline.storage.volume-encrypted', vol)).toBe('fail');

    const acl = get('arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-0123456789abcdef0');
    expect(acl.config.networkAcl).toMatchObject({ Entries: [{ RuleNumber: 100, PortRange: { From: 22, To: 22 }, RuleAction: 'allow', Egress: false }, { RuleNumber: 32767 }] });
    expect(verdictOf('aws.ec2.network-acl-admin-ports-closed', acl)).toBe('fail');

    const vpc = get('arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0abc1234def567890');
    expect(vpc.gaps.flowLogs?.code).toBe('NotInSnapshot');
    expect(verdictOf('aws.ec2.vpc-flow-logs-enabled', vpc)).toBe('unknown');
  });

  it('RDS, IAM, KMS, CloudTrail, Lambda, SQS and SNS in the live aspects', () => {
    const db = get('arn:aws:rds:eu-west-1:111122223333:db:orders');
    expect(db.config.instance).toMatchObject({ DBInstanceIdentifier: 'orders', PubliclyAccessible: true, StorageEncrypted: false, MultiAZ: false, IAMDatabaseAuthenticationEnabled: false });
    expect(db.tags).toEqual({ env: 'prod' });
    expect(verdictOf('aws.rds.instance-not-publicly-accessible', db)).toBe('fail');
    expect(verdictOf('baseline.database.encrypted-at-rest', db)).toBe('fail');

    const user = get('arn:aws:iam::111122223333:user/alice');
    expect(user.config.details).toMatchObject({ UserName: 'alice', GroupList: ['developers'], UserPolicyList: [{ PolicyName: 'inline-admin', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }] });
    expect(user.gaps.credentials?.code).toBe('NotInSnapshot');
    expect(verdictOf('aws.iam.user-console-mfa', user)).toBe('unknown');
    expect(verdictOf('aws.iam.user-no-direct-policies', user)).toBe('fail');

    const role = get('arn:aws:iam::111122223333:role/app');
    expect(role.config.details).toMatchObject({ AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] }, RolePolicyList: [] });
    const policy = get('arn:aws:iam::111122223333:policy/full-admin');
    expect(policy.config.policy).toMatchObject({ DefaultVersionId: 'v2', PolicyVersionList: [{ VersionId: 'v2', Document: { Statement: [{ Action: '*' }] } }] });
    expect((policy.config.policy as { PolicyVersionList: unknown[] }).PolicyVersionList).toHaveLength(1);
    expect(verdictOf('aws.iam.policy-no-full-admin', policy)).toBe('fail');

    const key = get('arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab');
    expect(key.config.metadata).toMatchObject({ AWSAccountId: '111122223333', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled' });
    expect(key.gaps.rotation?.code).toBe('NotInSnapshot');
    expect(verdictOf('aws.kms.key-rotation-enabled', key)).toBe('unknown');
    expect(verdictOf('baseline.crypto.key-rotation-enabled', key)).toBe('unknown');

    const trail = get('arn:aws:cloudtrail:eu-west-1:111122223333:trail/main');
    expect(trail.config.trail).toMatchObject({ Name: 'main', S3BucketName: 'trail-logs', IsMultiRegionTrail: true, TrailARN: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/main', LogFileValidationEnabled: true });
    expect(verdictOf('aws.cloudtrail.log-file-validation-enabled', trail)).toBe('pass');
    expect(verdictOf('aws.cloudtrail.trail-kms-encrypted', trail)).toBe('fail');
    expect(trail.gaps.status?.code).toBe('NotInSnapshot');
    // IsLogging is not recorded: the facet the baseline rule reads is a gap, not `false` or `true`.
    const derived = applyFacets({ ...trail, facets: {}, gaps: { ...trail.gaps } });
    expect(derived.facets).toMatchObject({ allRegionsAndServices: true, integrityProtected: true });
    expect(derived.facets).not.toHaveProperty('enabled');
    expect(derived.gaps['facets.enabled']).toBeDefined();

    const fn = get('arn:aws:lambda:eu-west-1:111122223333:function:thumbnailer');
    expect(fn.config.function).toMatchObject({ FunctionName: 'thumbnailer', Runtime: 'nodejs20.x', Environment: { VariableNames: ['DB_PASSWORD', 'STAGE'] }, TracingConfig: { Mode: 'PassThrough' } });
    expect(JSON.stringify(fn.config)).not.toContain('hunter2');
    expect(verdictOf('aws.lambda.function-not-public', fn)).toBe('fail');

    const queue = get('arn:aws:sqs:eu-west-1:111122223333:orders');
    expect(queue.config.attributes).toEqual({ Attributes: { QueueArn: 'arn:aws:sqs:eu-west-1:111122223333:orders', VisibilityTimeout: '30', SqsManagedSseEnabled: 'false' } });
    expect(verdictOf('aws.sqs.queue-encrypted-at-rest', queue)).toBe('fail');

    const topic = get('arn:aws:sns:eu-west-1:111122223333:alerts');
    expect(topic.config.attributes).toMatchObject({ Attributes: { TopicArn: 'arn:aws:sns:eu-west-1:111122223333:alerts', KmsMasterKeyId: 'alias/aws/sns' } });
    expect(verdictOf('aws.sns.topic-encrypted-at-rest', topic)).toBe('pass');
  });
});

describe('AWS Config CLI output', () => {
  it('get-resource-config-history: configuration and supplementary members as JSON text', () => {
    const r = loadSnapshot(fixture('aws-config-history-cli.json'), AT);
    expect(r.format).toBe('aws-config');
    const bucket = byId(r.assets, 'arn:aws:s3:::shared-uploads');
    expect(bucket).toMatchObject({ account: '444455556666', region: 'us-west-2', observedAt: '2026-11-20T12:00:00.000Z', tags: { owner: 'data' } });
    expect(bucket.config).toMatchObject({
      acl: { Grants: [{ Permission: 'FULL_CONTROL' }, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission: 'WRITE' }] },
      versioning: { Status: 'Suspended' },
      ownershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] },
      policy: null,
    });
    expect(verdictOf('baseline.storage.bucket-not-publicly-writable', bucket, [{ ...s3AccountBlock(null), account: '444455556666' }])).toBe('fail');
    // The second item's configuration is truncated JSON: reported with its line, the rest still mapped.
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'MalformedConfiguration', line: 31, message: expect.stringContaining('sg-0ffff') })]);
    expect(r.assets).toHaveLength(1);
  });

  it('batch-get-resource-config: baseConfigurationItems without tags', () => {
    const r = loadSnapshot(fixture('aws-config-batch-get.json'), AT);
    expect(r.diagnostics).toEqual([]);
    const q = byId(r.assets, 'arn:aws:sqs:us-west-2:444455556666:jobs');
    const attrs = (q.config.attributes as { Attributes: Record<string, string> }).Attributes;
    expect(attrs).toMatchObject({ KmsMasterKeyId: 'alias/jobs', KmsDataKeyReusePeriodSeconds: '300' });
    expect(JSON.parse(attrs.Policy!)).toMatchObject({ Statement: [{ Principal: '*', Action: 'sqs:SendMessage' }] });
    expect(verdictOf('aws.sqs.queue-encrypted-at-rest', q)).toBe('pass');
    expect(verdictOf('aws.sqs.queue-policy-not-public', q)).toBe('fail');
  });
});

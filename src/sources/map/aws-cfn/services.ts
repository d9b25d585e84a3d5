/**
 * RDS, KMS, CloudTrail, CloudWatch Logs, EKS, Secrets Manager, ECR, EFS, Lambda, SQS and SNS resources →
 * the assets their collectors build (same aspects, SDK shapes). Values CloudFormation fills in when a
 * property is omitted are written as AWS will report them.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../model.js';
import { knownString, tagMap } from '../kit.js';
import { assetIdOf, bool, builder, compact, isObj, known, list, nameOf, num, policyDocument, standIn, tagList, where, type Template } from './support.js';
import { defaultKeyPolicy, defaultTopicPolicy } from '../aws-defaults.js';

const arnOr = (id: string) => (id.startsWith('arn:') ? id : undefined);
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

// ---------------------------------------------------------------- RDS

export function mapDbInstance(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const name = knownString(v.DBInstanceIdentifier)?.toLowerCase();
  const b = builder(r, t, { id, type: 'AWS::RDS::DBInstance', kind: 'database.instance', name: name ?? r.name, tags: tagMap(v.Tags) }, 'rds');
  const cluster = v.DBClusterIdentifier !== undefined ? t.targets(v.DBClusterIdentifier, 'AWS::RDS::DBCluster', 'DBClusterIdentifier')[0] : undefined;
  b.aspect('instance', () => {
    // Aurora instances take encryption from their cluster; restored instances from the snapshot.
    const storageEncrypted =
      v.DBClusterIdentifier !== undefined
        ? cluster
          ? (bool(cluster.values.StorageEncrypted, false) ?? false)
          : new Unknown('the instance takes storage encryption from a cluster outside the template')
        : v.DBSnapshotIdentifier !== undefined && v.StorageEncrypted === undefined
          ? new Unknown('the instance takes storage encryption from the snapshot it is restored from')
          : bool(v.StorageEncrypted, false);
    return compact({
      DBInstanceIdentifier: name,
      DBInstanceArn: arnOr(id),
      DBInstanceClass: known(v.DBInstanceClass),
      Engine: lower(v.Engine ?? cluster?.values.Engine),
      EngineVersion: known(knownString(v.EngineVersion)),
      DBClusterIdentifier: v.DBClusterIdentifier !== undefined ? (known(lower(knownString(v.DBClusterIdentifier))) ?? cluster?.address) : undefined,
      // Without a value, RDS decides from the subnets' route to an internet gateway: not known statically.
      PubliclyAccessible: v.PubliclyAccessible === undefined ? new Unknown('PubliclyAccessible is not set, so RDS decides from the subnets (internet gateway or not)') : bool(v.PubliclyAccessible),
      StorageEncrypted: storageEncrypted,
      KmsKeyId: v.KmsKeyId,
      BackupRetentionPeriod: cluster ? num(cluster.values.BackupRetentionPeriod, 1) : num(v.BackupRetentionPeriod, 1),
      MultiAZ: bool(v.MultiAZ, false),
      DeletionProtection: bool(v.DeletionProtection, false),
      AutoMinorVersionUpgrade: bool(v.AutoMinorVersionUpgrade, true),
      IAMDatabaseAuthenticationEnabled: bool(v.EnableIAMDatabaseAuthentication, false),
      EnabledCloudwatchLogsExports: list(v.EnableCloudwatchLogsExports),
      CopyTagsToSnapshot: known(bool(v.CopyTagsToSnapshot, false)),
      MonitoringInterval: known(num(v.MonitoringInterval, 0)),
      PerformanceInsightsEnabled: known(bool(v.EnablePerformanceInsights, false)),
      TagList: tagList(v.Tags),
    });
  });
  return [b.build()];
}

export function mapDbCluster(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const name = knownString(v.DBClusterIdentifier)?.toLowerCase();
  const b = builder(r, t, { id, type: 'AWS::RDS::DBCluster', kind: 'database.cluster', name: name ?? r.name, tags: tagMap(v.Tags) }, 'rds');
  const members = t.parts(r, 'AWS::RDS::DBInstance', 'DBClusterIdentifier', 'DBClusterIdentifier');
  b.aspect('cluster', () => {
    const engine = lower(v.Engine);
    // Multi-AZ DB clusters (DBClusterInstanceClass) always span three AZs; Aurora spans AZs when it has replicas.
    const multiAz =
      v.DBClusterInstanceClass !== undefined
        ? true
        : members.length <= 1
          ? false
          : new Unknown(`${members.length} member instances: whether they are in different Availability Zones is decided at deploy`);
    const serverlessV1 = v.EngineMode === 'serverless';
    return compact({
      DBClusterIdentifier: name,
      DBClusterArn: arnOr(id),
      Engine: engine,
      EngineVersion: known(knownString(v.EngineVersion)),
      EngineMode: known(v.EngineMode ?? 'provisioned'),
      StorageEncrypted: serverlessV1 ? true : v.SnapshotIdentifier !== undefined && v.StorageEncrypted === undefined ? new Unknown('restored clusters take encryption from the snapshot') : bool(v.StorageEncrypted, false),
      KmsKeyId: v.KmsKeyId,
      DeletionProtection: bool(v.DeletionProtection, false),
      MultiAZ: multiAz,
      BackupRetentionPeriod: num(v.BackupRetentionPeriod, 1),
      IAMDatabaseAuthenticationEnabled: bool(v.EnableIAMDatabaseAuthentication, false),
      EnabledCloudwatchLogsExports: list(v.EnableCloudwatchLogsExports),
      PubliclyAccessible: v.PubliclyAccessible === undefined ? undefined : known(bool(v.PubliclyAccessible)),
      DBClusterMembers: members.map((m) => compact({ DBInstanceIdentifier: known(lower(knownString(m.values.DBInstanceIdentifier))) ?? m.address })),
      TagList: tagList(v.Tags),
    });
  });
  return [b.build()];
}

// ---------------------------------------------------------------- KMS

export function mapKmsKey(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const w = where(r);
  const id = assetIdOf(r);
  const b = builder(r, t, { id, type: 'AWS::KMS::Key', kind: 'crypto.key', name: r.name, tags: tagMap(v.Tags) }, 'kms');
  const enabled = bool(v.Enabled, true);
  const meta = compact({
    KeyManager: 'CUSTOMER',
    Enabled: enabled,
    KeyState: isUnknown(enabled) ? enabled : enabled ? 'Enabled' : 'Disabled',
    KeySpec: v.KeySpec ?? 'SYMMETRIC_DEFAULT',
    KeyUsage: v.KeyUsage ?? 'ENCRYPT_DECRYPT',
    Origin: v.Origin ?? 'AWS_KMS',
    MultiRegion: bool(v.MultiRegion, false),
    Description: known(knownString(v.Description)),
    Arn: arnOr(id),
  });
  b.aspect('metadata', () => meta);
  b.aspect('policy', () => {
    if (v.KeyPolicy !== undefined) {
      const doc = policyDocument(v.KeyPolicy);
      return isUnknown(doc) ? doc : { PolicyName: 'default', Policy: JSON.stringify(doc) };
    }
    // KMS's default key policy: the account may use IAM policies to allow access to the key.
    if (!w.account) return new Unknown('the default key policy names the account, which is not known before deploy');
    return { PolicyName: 'default', Policy: defaultKeyPolicy(w.partition, w.account) };
  });
  // The collector reads rotation only where it is the customer's choice (keys.ts rotationIsCustomerChoice).
  const m = meta as Record<string, unknown>;
  if ([m.KeySpec, m.Origin, m.KeyState].some(isUnknown)) b.unknown('rotation', new Unknown('whether rotation applies is not known before deploy'));
  else if (m.KeySpec === 'SYMMETRIC_DEFAULT' && m.Origin === 'AWS_KMS' && m.KeyState === 'Enabled') {
    b.aspect('rotation', () => {
      const on = bool(v.EnableKeyRotation, false);
      return compact({ KeyRotationEnabled: on, RotationPeriodInDays: on === true ? num(v.RotationPeriodInDays, 365) : undefined });
    });
  }
  return [b.build()];
}

// ---------------------------------------------------------------- CloudTrail

export function mapTrail(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const w = where(r);
  const id = assetIdOf(r);
  const name = nameOf(r);
  const b = builder(r, t, { id, type: 'AWS::CloudTrail::Trail', kind: 'logging.audit-trail', name: name ?? r.name, tags: tagMap(v.Tags) }, 'cloudtrail');
  const selectors = v.EventSelectors;
  b.aspect('trail', () =>
    compact({
      Name: name ?? r.name,
      TrailARN: arnOr(id),
      HomeRegion: w.region,
      S3BucketName: standIn(t, v.S3BucketName, 'AWS::S3::Bucket'),
      S3KeyPrefix: known(knownString(v.S3KeyPrefix)),
      SnsTopicName: known(knownString(v.SnsTopicName)),
      IncludeGlobalServiceEvents: bool(v.IncludeGlobalServiceEvents, true),
      IsMultiRegionTrail: bool(v.IsMultiRegionTrail, false),
      IsOrganizationTrail: bool(v.IsOrganizationTrail, false),
      LogFileValidationEnabled: bool(v.EnableLogFileValidation, false),
      CloudWatchLogsLogGroupArn: standIn(t, v.CloudWatchLogsLogGroupArn, 'AWS::Logs::LogGroup'),
      CloudWatchLogsRoleArn: known(v.CloudWatchLogsRoleArn),
      KmsKeyId: v.KMSKeyId,
      HasCustomEventSelectors: selectors !== undefined || v.AdvancedEventSelectors !== undefined,
      HasInsightSelectors: v.InsightSelectors !== undefined,
    }),
  );
  b.aspect('status', () => ({ IsLogging: bool(v.IsLogging) ?? new Unknown('IsLogging is required') }));
  b.aspect('eventSelectors', () => {
    if (v.AdvancedEventSelectors !== undefined) return compact({ TrailARN: arnOr(id), AdvancedEventSelectors: v.AdvancedEventSelectors });
    if (selectors === undefined) return compact({ TrailARN: arnOr(id), EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] });
    return compact({
      TrailARN: arnOr(id),
      EventSelectors: list(selectors).map((s) =>
        isObj(s)
          ? {
              ReadWriteType: s.ReadWriteType ?? 'All',
              IncludeManagementEvents: bool(s.IncludeManagementEvents, true),
              DataResources: list(s.DataResources),
              ExcludeManagementEventSources: list(s.ExcludeManagementEventSources),
            }
          : s,
      ),
    });
  });
  return [b.build()];
}

// ---------------------------------------------------------------- CloudWatch Logs

export function mapLogGroup(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const name = nameOf(r);
  const b = builder(r, t, { id, type: 'AWS::Logs::LogGroup', kind: 'logging.log-group', name: name ?? r.name, tags: tagMap(v.Tags) }, 'logs');
  b.aspect('logGroup', () =>
    compact({
      logGroupName: name ?? r.name,
      arn: arnOr(id),
      logGroupArn: arnOr(id),
      retentionInDays: num(v.RetentionInDays),
      kmsKeyId: v.KmsKeyId,
      logGroupClass: known(v.LogGroupClass ?? 'STANDARD'),
    }),
  );
  return [b.build()];
}

// ---------------------------------------------------------------- EKS

export function mapEksCluster(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const name = nameOf(r);
  const b = builder(r, t, { id, type: 'AWS::EKS::Cluster', kind: 'container.cluster', name: name ?? r.name, tags: tagMap(v.Tags) }, 'eks');
  b.aspect('cluster', () => {
    const vpc = isObj(v.ResourcesVpcConfig) ? v.ResourcesVpcConfig : {};
    const logging = isObj(v.Logging) && isObj(v.Logging.ClusterLogging) ? v.Logging.ClusterLogging : {};
    const enabledTypes = list(logging.EnabledTypes).map((x) => (isObj(x) ? x.Type : x));
    const all = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];
    const disabled = all.filter((x) => !enabledTypes.includes(x));
    return compact({
      name: name ?? r.name,
      arn: arnOr(id),
      // Without Version EKS picks its default version at creation: not known here (the rule says unknown).
      version: v.Version === undefined ? undefined : v.Version,
      roleArn: known(v.RoleArn),
      resourcesVpcConfig: {
        subnetIds: known(list(vpc.SubnetIds)) ?? [],
        securityGroupIds: known(list(vpc.SecurityGroupIds)) ?? [],
        endpointPublicAccess: bool(vpc.EndpointPublicAccess, true),
        endpointPrivateAccess: bool(vpc.EndpointPrivateAccess, false),
        publicAccessCidrs: vpc.PublicAccessCidrs === undefined ? ['0.0.0.0/0'] : list(vpc.PublicAccessCidrs),
      },
      logging: { clusterLogging: [...(enabledTypes.length ? [{ types: enabledTypes, enabled: true }] : []), ...(disabled.length ? [{ types: disabled, enabled: false }] : [])] },
      encryptionConfig: list(v.EncryptionConfig).map((e) => (isObj(e) ? compact({ resources: list(e.Resources), provider: isObj(e.Provider) ? compact({ keyArn: e.Provider.KeyArn }) : e.Provider }) : e)),
      tags: tagMap(v.Tags),
    });
  });
  return [b.build()];
}

// ---------------------------------------------------------------- Secrets Manager

export function mapSecret(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const name = knownString(v.Name);
  // Secret ARNs end in a random suffix: never known before deploy.
  const b = builder(r, t, { id: assetIdOf(r), type: 'AWS::SecretsManager::Secret', kind: 'secret', name: name ?? r.name, tags: tagMap(v.Tags) }, 'secretsmanager');
  const schedule = t.parts(r, 'AWS::SecretsManager::RotationSchedule', 'SecretId', 'Name')[0];
  b.aspect('secret', () => {
    const rules = schedule && isObj(schedule.values.RotationRules) ? schedule.values.RotationRules : undefined;
    return compact({
      Name: name ?? r.name,
      Description: known(knownString(v.Description)),
      KmsKeyId: v.KmsKeyId,
      RotationEnabled: schedule !== undefined,
      RotationLambdaARN: schedule ? known(schedule.values.RotationLambdaARN) : undefined,
      RotationRules: rules ? compact({ AutomaticallyAfterDays: num(rules.AutomaticallyAfterDays), ScheduleExpression: rules.ScheduleExpression, Duration: known(rules.Duration) }) : undefined,
      Tags: tagList(v.Tags),
    });
  });
  return [b.build()];
}

// ---------------------------------------------------------------- ECR

export function mapRepository(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const name = nameOf(r);
  const b = builder(r, t, { id, type: 'AWS::ECR::Repository', kind: 'container.registry', name: name ?? r.name, tags: tagMap(v.Tags) }, 'ecr');
  const scan = isObj(v.ImageScanningConfiguration) ? bool(v.ImageScanningConfiguration.ScanOnPush, false) : false;
  const enc = isObj(v.EncryptionConfiguration) ? v.EncryptionConfiguration : {};
  b.aspect('repository', () =>
    compact({
      repositoryName: name ?? r.name,
      repositoryArn: arnOr(id),
      imageTagMutability: v.ImageTagMutability ?? 'MUTABLE',
      imageScanningConfiguration: { scanOnPush: scan },
      encryptionConfiguration: compact({ encryptionType: enc.EncryptionType ?? 'AES256', kmsKey: enc.KmsKey }),
    }),
  );
  b.aspect('scanningConfiguration', () => {
    // Scan on push is certain; without it the registry's scanning rules (outside the template) decide.
    if (scan === true) return compact({ repositoryName: name ?? r.name, repositoryArn: arnOr(id), scanOnPush: true, scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: [] });
    return isUnknown(scan) ? scan : new Unknown('without ScanOnPush, scanning depends on the registry scanning configuration');
  });
  b.aspect('policy', () => (v.RepositoryPolicyText === undefined ? null : policyDocument(v.RepositoryPolicyText)));
  b.aspect('lifecyclePolicy', () => {
    const lp = isObj(v.LifecyclePolicy) ? v.LifecyclePolicy.LifecyclePolicyText : undefined;
    if (lp === undefined) return null;
    const doc = policyDocument(lp);
    return isObj(doc) ? { rules: list(doc.rules) } : doc;
  });
  return [b.build()];
}

// ---------------------------------------------------------------- EFS

export function mapFileSystem(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const tags = tagList(v.FileSystemTags);
  const name = tags.find((x) => x.Key === 'Name')?.Value;
  const b = builder(r, t, { id: assetIdOf(r), type: 'AWS::EFS::FileSystem', kind: 'storage.file-system', name: name ?? r.name, tags: tagMap(v.FileSystemTags) }, 'elasticfilesystem');
  b.aspect('fileSystem', () => {
    const encrypted = bool(v.Encrypted, false);
    return compact({
      Name: name,
      Encrypted: encrypted,
      KmsKeyId: encrypted === true ? v.KmsKeyId : undefined,
      PerformanceMode: known(v.PerformanceMode ?? 'generalPurpose'),
      ThroughputMode: known(v.ThroughputMode ?? 'bursting'),
      Tags: tags,
    });
  });
  return [b.build()];
}

// ---------------------------------------------------------------- Lambda

function permissionStatement(p: IacResource, fnArn: string): Record<string, unknown> {
  const v = p.values;
  const principal = v.Principal;
  const Principal =
    principal === '*'
      ? '*'
      : typeof principal === 'string' && /^\d{12}$/.test(principal)
        ? { AWS: `arn:aws:iam::${principal}:root` }
        : typeof principal === 'string' && principal.endsWith('.amazonaws.com')
          ? { Service: principal }
          : typeof principal === 'string'
            ? { AWS: principal }
            : principal;
  const condition: Record<string, Record<string, unknown>> = {};
  if (v.SourceAccount !== undefined) (condition.StringEquals ??= {})['AWS:SourceAccount'] = v.SourceAccount;
  if (v.PrincipalOrgID !== undefined) (condition.StringEquals ??= {})['aws:PrincipalOrgID'] = v.PrincipalOrgID;
  if (v.FunctionUrlAuthType !== undefined) (condition.StringEquals ??= {})['lambda:FunctionUrlAuthType'] = v.FunctionUrlAuthType;
  if (v.SourceArn !== undefined) (condition.ArnLike ??= {})['AWS:SourceArn'] = v.SourceArn;
  return compact({ Sid: p.name, Effect: 'Allow', Principal, Action: v.Action, Resource: fnArn, Condition: Object.keys(condition).length ? condition : undefined });
}

export function mapFunction(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const name = nameOf(r);
  const b = builder(r, t, { id, type: 'AWS::Lambda::Function', kind: 'compute.function', name: name ?? r.name, tags: tagMap(v.Tags) }, 'lambda');
  b.aspect('function', () => {
    const code = isObj(v.Code) ? v.Code : {};
    const image = v.PackageType === 'Image' || code.ImageUri !== undefined;
    const vpc = isObj(v.VpcConfig) ? v.VpcConfig : undefined;
    const subnets = vpc ? list(vpc.SubnetIds) : [];
    const env = isObj(v.Environment) && isObj(v.Environment.Variables) ? v.Environment.Variables : undefined;
    return compact({
      FunctionName: name ?? r.name,
      FunctionArn: arnOr(id),
      PackageType: image ? 'Image' : 'Zip',
      Runtime: image ? undefined : v.Runtime,
      Handler: known(knownString(v.Handler)),
      Role: known(knownString(v.Role)),
      MemorySize: known(num(v.MemorySize, 128)),
      Timeout: known(num(v.Timeout, 3)),
      Architectures: known(list(v.Architectures ?? ['x86_64'])),
      KMSKeyArn: known(v.KmsKeyArn),
      TracingConfig: { Mode: known(isObj(v.TracingConfig) ? v.TracingConfig.Mode : undefined) ?? 'PassThrough' },
      // A function with subnets is in their VPC; its id is assigned at deploy, so the declaration names it.
      VpcConfig: subnets.length ? compact({ SubnetIds: known(subnets) ?? [], SecurityGroupIds: known(list(vpc?.SecurityGroupIds)) ?? [], VpcId: `iac:${r.root}#${r.address}.VpcConfig` }) : undefined,
      Environment: env ? { VariableNames: Object.keys(env).sort() } : undefined,
    });
  });
  const permissions = t.parts(r, 'AWS::Lambda::Permission', 'FunctionName', 'FunctionName');
  b.aspect('policy', () => (permissions.length ? { Version: '2012-10-17', Id: 'default', Statement: permissions.map((p) => permissionStatement(p, id)) } : null));
  return [b.build()];
}

// ---------------------------------------------------------------- SQS / SNS

/** The policy document of the last `policyType` resource listing the target in `listProp`, as JSON text. */
function attachedPolicy(t: Template, r: IacResource, policyType: string, listProp: string, nameProp: string): string | Unknown | undefined {
  const ps = t.referrers(r, policyType, listProp, nameProp);
  const p = ps[ps.length - 1];
  if (!p) return undefined;
  const doc = policyDocument(p.values.PolicyDocument);
  return isUnknown(doc) ? doc : JSON.stringify(doc);
}

export function mapQueue(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const id = assetIdOf(r);
  const name = nameOf(r);
  const b = builder(r, t, { id, type: 'AWS::SQS::Queue', kind: 'messaging.queue', name: name ?? r.name, tags: tagMap(v.Tags) }, 'sqs');
  b.aspect('attributes', () => {
    const kms = v.KmsMasterKeyId;
    const sqsManaged = kms === undefined ? bool(v.SqsManagedSseEnabled, true) : false;
    const str = (x: unknown) => (x === undefined || isUnknown(x) ? x : String(x));
    const policy = attachedPolicy(t, r, 'AWS::SQS::QueuePolicy', 'Queues', 'QueueName');
    return {
      Attributes: compact({
        QueueArn: arnOr(id),
        DelaySeconds: known(str(v.DelaySeconds ?? 0)),
        MaximumMessageSize: known(str(v.MaximumMessageSize ?? 262144)),
        MessageRetentionPeriod: known(str(v.MessageRetentionPeriod ?? 345600)),
        ReceiveMessageWaitTimeSeconds: known(str(v.ReceiveMessageWaitTimeSeconds ?? 0)),
        VisibilityTimeout: known(str(v.VisibilityTimeout ?? 30)),
        FifoQueue: bool(v.FifoQueue) === true ? 'true' : undefined,
        KmsMasterKeyId: kms,
        KmsDataKeyReusePeriodSeconds: kms !== undefined ? known(str(v.KmsDataKeyReusePeriodSeconds ?? 300)) : undefined,
        SqsManagedSseEnabled: isUnknown(sqsManaged) ? sqsManaged : String(sqsManaged),
        RedrivePolicy: v.RedrivePolicy === undefined ? undefined : known(typeof v.RedrivePolicy === 'string' ? v.RedrivePolicy : JSON.stringify(v.RedrivePolicy)),
        Policy: policy,
      }),
    };
  });
  return [b.build()];
}

export function mapTopic(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const w = where(r);
  const id = assetIdOf(r);
  const name = nameOf(r);
  const b = builder(r, t, { id, type: 'AWS::SNS::Topic', kind: 'messaging.topic', name: name ?? r.name, tags: tagMap(v.Tags) }, 'sns');
  b.aspect('attributes', () => {
    let policy: unknown = attachedPolicy(t, r, 'AWS::SNS::TopicPolicy', 'Topics', 'TopicName');
    if (policy === undefined && w.account) {
      // SNS's default topic policy: the owner account only.
      policy = defaultTopicPolicy(id, w.account);
    }
    return {
      Attributes: compact({
        TopicArn: arnOr(id),
        DisplayName: known(knownString(v.DisplayName)) ?? '',
        Owner: w.account,
        KmsMasterKeyId: v.KmsMasterKeyId,
        FifoTopic: bool(v.FifoTopic) === true ? 'true' : undefined,
        Policy: policy,
      }),
    };
  });
  b.aspect('subscriptions', () => ({
    Subscriptions: [
      ...list(v.Subscription).map((s) => (isObj(s) ? compact({ Protocol: s.Protocol, Endpoint: known(s.Endpoint), TopicArn: arnOr(id) }) : s)),
      ...t
        .parts(r, 'AWS::SNS::Subscription', 'TopicArn', 'TopicName')
        .map((s) => compact({ Protocol: s.values.Protocol, Endpoint: known(s.values.Endpoint), TopicArn: arnOr(id) })),
    ],
  }));
  return [b.build()];
}

import { describe, expect, it } from 'vitest';
import { iacResource, IAC_OBSERVED_AT, mapContext, verdictOf, unknownAttr as ref } from '../../../../../test/support/iac.js';
import type { Asset } from '../../../../core/asset.js';
import { CIS_MONITORING } from '../../../../rules/aws/cloudwatch/cis-monitoring-controls.js';
import { Unknown, type IacResource } from '../../../model.js';
import { awsTfIdentityServicesMappers } from './index.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const provider = { region: REGION, allowed_account_ids: [ACCOUNT] };
const res = (type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}) => iacResource(type, name, values, { providerConfig: provider, ...extra });
const arn = (service: string, resource: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;

function mapAll(resources: IacResource[]): Asset[] {
  const ctx = mapContext();
  return awsTfIdentityServicesMappers.flatMap((m) => m.map(resources, ctx));
}
function byId(assets: Asset[], id: string): Asset {
  const a = assets.find((x) => x.id === id);
  if (!a) throw new Error(`no asset ${id} among ${assets.map((x) => x.id).join(', ')}`);
  return a;
}
const one = (r: IacResource, ...more: IacResource[]) => byId(mapAll([r, ...more]), expectedId(r));
function expectedId(r: IacResource): string {
  return mapAll([r])[0]!.id;
}
/** The account asset account-level rules judge (trails and monitoring chains are looked up from it). */
const accountAsset = (): Asset => ({
  id: `arn:aws:::account/${ACCOUNT}`, provider: 'aws', account: ACCOUNT, region: 'global', type: 'AWS::::Account', kind: 'account', name: ACCOUNT,
  tags: {}, facets: {}, config: { regions: [REGION] }, gaps: {}, source: { type: 'api' }, observedAt: IAC_OBSERVED_AT,
});
const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

describe('KMS keys', () => {
  it('defaults: customer managed symmetric key, enabled, rotation off (documented default) — rotation rules fail', () => {
    const k = one(res('aws_kms_key', 'k', { description: 'data' }));
    expect(k).toMatchObject({ id: 'iac:.#aws_kms_key.k', type: 'AWS::KMS::Key', kind: 'crypto.key', account: ACCOUNT, region: REGION });
    expect(k.config.metadata).toMatchObject({ KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS', KeyState: 'Enabled', Enabled: true, Description: 'data' });
    expect(k.config.rotation).toEqual({ KeyRotationEnabled: false });
    expect(k.provenance?.rotation).toBe('aws:parapet:DocumentedDefault');
    expect(verdictOf('aws.kms.key-rotation-enabled', k)).toBe('fail');
    expect(verdictOf('baseline.crypto.key-rotation-enabled', k)).toBe('fail');
    // The default key policy trusts the account only.
    expect(verdictOf('aws.kms.key-policy-not-public', k)).toBe('pass');
  });

  it('rotation on passes; an unknown rotation setting is unknown; asymmetric keys are not judged', () => {
    const on = one(res('aws_kms_key', 'k', { enable_key_rotation: true, rotation_period_in_days: 180 }));
    expect(on.config.rotation).toEqual({ KeyRotationEnabled: true, RotationPeriodInDays: 180 });
    expect(verdictOf('aws.kms.key-rotation-enabled', on)).toBe('pass');
    const unknown = one(res('aws_kms_key', 'k', { enable_key_rotation: new Unknown('var.rotate') }));
    expect(unknown.gaps.rotation?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.kms.key-rotation-enabled', unknown)).toBe('unknown');
    const rsa = one(res('aws_kms_key', 'k', { customer_master_key_spec: 'RSA_2048', key_usage: 'SIGN_VERIFY' }));
    expect(rsa.config.rotation).toBeUndefined();
    expect(verdictOf('aws.kms.key-rotation-enabled', rsa)).toBe('not_applicable');
  });

  it('a key policy open to "*" fails; the alias names the key', () => {
    const k = one(res('aws_kms_key', 'k', { policy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }) }), res('aws_kms_alias', 'a', { name: 'alias/data', target_key_id: ref('aws_kms_key.k.key_id') }));
    expect(k.name).toBe('alias/data');
    expect(verdictOf('aws.kms.key-policy-not-public', k)).toBe('fail');
  });
});

describe('CloudTrail trails', () => {
  const trailId = arn('cloudtrail', 'trail/main');
  it('defaults: single region, no validation, logging; log group and key resolved through references', () => {
    const assets = mapAll([
      res('aws_s3_bucket', 'logs', { bucket: 'trail-logs' }),
      res('aws_cloudwatch_log_group', 'trail', { name: 'trail-group', retention_in_days: 365 }),
      res('aws_kms_key', 'k', {}),
      res('aws_cloudtrail', 'main', {
        name: 'main',
        s3_bucket_name: ref('aws_s3_bucket.logs.id'),
        cloud_watch_logs_group_arn: new Unknown('computed attribute aws_cloudwatch_log_group.trail.arn', ['aws_cloudwatch_log_group.trail']),
        kms_key_id: ref('aws_kms_key.k.arn'),
      }),
    ]);
    const t = byId(assets, trailId);
    expect(t).toMatchObject({ type: 'AWS::CloudTrail::Trail', kind: 'logging.audit-trail', name: 'main' });
    expect(t.config.trail).toMatchObject({
      Name: 'main',
      TrailARN: trailId,
      HomeRegion: REGION,
      S3BucketName: 'trail-logs',
      IsMultiRegionTrail: false,
      IncludeGlobalServiceEvents: true,
      LogFileValidationEnabled: false,
      IsOrganizationTrail: false,
      CloudWatchLogsLogGroupArn: `${arn('logs', 'log-group:trail-group')}:*`,
      KmsKeyId: 'iac:.#aws_kms_key.k',
    });
    expect(t.config.status).toEqual({ IsLogging: true });
    expect(verdictOf('aws.cloudtrail.log-file-validation-enabled', t)).toBe('fail');
    expect(verdictOf('aws.cloudtrail.trail-kms-encrypted', t)).toBe('pass');
    expect(verdictOf('aws.cloudtrail.cloudwatch-logs-integrated', t)).toBe('pass');
    expect(verdictOf('baseline.logging.audit-trail-all-regions', accountAsset(), [t])).toBe('fail');
  });

  it('multi-region, validated, logging trail passes; enable_logging = false fails the logging rule', () => {
    const good = res('aws_cloudtrail', 'main', { name: 'main', s3_bucket_name: 'b', is_multi_region_trail: true, enable_log_file_validation: true });
    const t = one(good);
    expect(verdictOf('aws.cloudtrail.log-file-validation-enabled', t)).toBe('pass');
    expect(verdictOf('baseline.logging.audit-trail-all-regions', accountAsset(), [t])).toBe('pass');
    expect(verdictOf('aws.cloudtrail.multi-region-trail-logging', accountAsset(), [t])).toBe('pass');
    expect(verdictOf('aws.cloudtrail.trail-kms-encrypted', t)).toBe('fail');
    const off = one(res('aws_cloudtrail', 'main', { ...good.values, enable_logging: false }));
    expect(verdictOf('baseline.logging.audit-trail-all-regions', accountAsset(), [off])).toBe('fail');
    expect(verdictOf('aws.cloudtrail.multi-region-trail-logging', accountAsset(), [off])).toBe('fail');
  });

  it('maps event selectors; a validation flag not known before apply gives unknown', () => {
    const t = one(
      res('aws_cloudtrail', 'main', {
        name: 'main',
        s3_bucket_name: 'b',
        enable_log_file_validation: new Unknown('var.validate'),
        event_selector: [{ read_write_type: 'WriteOnly', data_resource: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
      }),
    );
    expect(t.config.eventSelectors).toEqual({ TrailARN: trailId, EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }], ExcludeManagementEventSources: [] }] });
    expect(t.gaps.trail?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.cloudtrail.log-file-validation-enabled', t)).toBe('unknown');
  });
});

describe('CloudWatch Logs and alarms', () => {
  it('retention 0 / absent means never expire; a KMS key reference counts as encryption', () => {
    const assets = mapAll([res('aws_cloudwatch_log_group', 'a', { name: '/app/a' }), res('aws_cloudwatch_log_group', 'b', { name: '/app/b', retention_in_days: 90, kms_key_id: ref('aws_kms_key.k.arn') }), res('aws_kms_key', 'k', {})]);
    const a = byId(assets, arn('logs', 'log-group:/app/a'));
    expect(a).toMatchObject({ type: 'AWS::Logs::LogGroup', kind: 'logging.log-group' });
    expect(a.config.logGroup).toEqual({ logGroupName: '/app/a', metricFilterCount: 0, arn: `${a.id}:*`, logGroupArn: a.id, logGroupClass: 'STANDARD' });
    expect(verdictOf('aws.cloudwatch.log-group-retention-set', a)).toBe('fail');
    expect(verdictOf('aws.cloudwatch.log-group-kms-encrypted', a)).toBe('fail');
    const b = byId(assets, arn('logs', 'log-group:/app/b'));
    expect(verdictOf('aws.cloudwatch.log-group-retention-set', b)).toBe('pass');
    expect(verdictOf('aws.cloudwatch.log-group-retention-one-year', b)).toBe('fail');
    expect(verdictOf('aws.cloudwatch.log-group-kms-encrypted', b)).toBe('pass');
  });

  it('completes the CIS root-usage monitoring chain: trail → log group → metric filter → alarm → topic', () => {
    const resources = [
      res('aws_cloudwatch_log_group', 'trail', { name: 'trail-group' }),
      res('aws_cloudtrail', 'main', { name: 'main', s3_bucket_name: 'b', is_multi_region_trail: true, cloud_watch_logs_group_arn: ref('aws_cloudwatch_log_group.trail.arn') }),
      res('aws_cloudwatch_log_metric_filter', 'root', {
        name: 'root-usage',
        log_group_name: ref('aws_cloudwatch_log_group.trail.name'),
        pattern: CIS_MONITORING.rootUsage.pattern,
        metric_transformation: [{ name: 'RootUsage', namespace: 'CISBenchmark', value: '1' }],
      }),
      res('aws_sns_topic', 'alerts', { name: 'security-alerts' }),
      res('aws_sns_topic_subscription', 'q', { topic_arn: ref('aws_sns_topic.alerts.arn'), protocol: 'sqs', endpoint: ref('aws_sqs_queue.q.arn') }),
      res('aws_sqs_queue', 'q', { name: 'alerts-queue' }),
      res('aws_cloudwatch_metric_alarm', 'root', {
        alarm_name: 'root-usage',
        metric_name: 'RootUsage',
        namespace: 'CISBenchmark',
        statistic: 'Sum',
        period: 300,
        threshold: 1,
        evaluation_periods: 1,
        comparison_operator: 'GreaterThanOrEqualToThreshold',
        alarm_actions: [ref('aws_sns_topic.alerts.arn')],
      }),
    ];
    const assets = mapAll(resources);
    const filter = byId(assets, `${arn('logs', 'log-group:trail-group')}:metric-filter:root-usage`);
    expect(filter).toMatchObject({ type: 'AWS::Logs::MetricFilter', kind: 'logging.metric-filter' });
    expect(filter.config.filter).toMatchObject({ logGroupName: 'trail-group', metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }] });
    const alarm = byId(assets, arn('cloudwatch', 'alarm:root-usage'));
    expect(alarm.config.alarm).toMatchObject({ ActionsEnabled: true, AlarmActions: [arn('sns', 'security-alerts')], TreatMissingData: 'missing', Dimensions: [] });
    expect(verdictOf('aws.cloudwatch.alarm-has-action', alarm)).toBe('pass');
    expect(verdictOf('aws.cloudwatch.alarm-actions-enabled', alarm)).toBe('pass');
    const account = accountAsset();
    expect(verdictOf('aws.cloudwatch.root-usage-monitored', account, assets)).toBe('pass');
    // An email subscription waits for confirmation, which the configuration cannot tell: unknown, not pass.
    const email = mapAll(resources.map((r) => (r.type === 'aws_sns_topic_subscription' ? { ...r, values: { ...r.values, protocol: 'email', endpoint: 'sec@example.com' } } : r)));
    expect(verdictOf('aws.cloudwatch.root-usage-monitored', account, email)).toBe('unknown');
    // Without the alarm the chain is broken.
    expect(verdictOf('aws.cloudwatch.root-usage-monitored', account, assets.filter((a) => a.type !== 'AWS::CloudWatch::Alarm'))).toBe('fail');
  });
});

describe('Lambda functions', () => {
  const fnId = arn('lambda', 'function:api');
  const fn = (more: Record<string, unknown> = {}) => res('aws_lambda_function', 'api', { function_name: 'api', runtime: 'python3.12', handler: 'app.handler', role: ref('aws_iam_role.r.arn'), ...more });
  it('maps the configuration with defaults, env var names only, and no policy when there is no permission', () => {
    const f = byId(mapAll([fn({ environment: [{ variables: { SECRET: 'x', A: 'y' } }], kms_key_arn: ref('aws_kms_key.k.arn') }), res('aws_kms_key', 'k', {}), res('aws_iam_role', 'r', { name: 'r' })]), fnId);
    expect(f).toMatchObject({ type: 'AWS::Lambda::Function', kind: 'compute.function', name: 'api' });
    expect(f.config.function).toMatchObject({ FunctionName: 'api', FunctionArn: fnId, Runtime: 'python3.12', Timeout: 3, MemorySize: 128, PackageType: 'Zip', Environment: { VariableNames: ['A', 'SECRET'] }, KMSKeyArn: 'iac:.#aws_kms_key.k', Role: `arn:aws:iam::${ACCOUNT}:role/r` });
    expect(JSON.stringify(f.config.function)).not.toContain('"x"');
    expect(f.config.policy).toBeNull();
    expect(verdictOf('aws.lambda.function-not-public', f)).toBe('pass');
    expect(verdictOf('aws.lambda.function-in-vpc', f)).toBe('fail');
    expect(verdictOf('aws.lambda.function-runtime-supported', f)).toBe('pass');
  });

  it('a permission for principal "*" fails the public-function rule; a pinned service principal passes', () => {
    const open = byId(mapAll([fn(), res('aws_lambda_permission', 'any', { statement_id: 'any', action: 'lambda:InvokeFunction', function_name: ref('aws_lambda_function.api.function_name'), principal: '*' })]), fnId);
    expect(open.config.policy).toEqual({ Version: '2012-10-17', Id: 'default', Statement: [{ Sid: 'any', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: fnId }] });
    expect(verdictOf('aws.lambda.function-not-public', open)).toBe('fail');
    const pinned = byId(
      mapAll([fn(), res('aws_lambda_permission', 's3', { action: 'lambda:InvokeFunction', function_name: 'api', principal: 's3.amazonaws.com', source_account: ACCOUNT, source_arn: ref('aws_s3_bucket.b.arn') }), res('aws_s3_bucket', 'b', { bucket: 'uploads' })]),
      fnId,
    );
    expect((pinned.config.policy as { Statement: unknown[] }).Statement[0]).toMatchObject({ Principal: { Service: 's3.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } });
    expect(verdictOf('aws.lambda.function-not-public', pinned)).toBe('pass');
    // S3 without a source account: any bucket owner may invoke.
    const s3 = byId(mapAll([fn(), res('aws_lambda_permission', 's3', { action: 'lambda:InvokeFunction', function_name: fnId, principal: 's3.amazonaws.com' })]), fnId);
    expect(verdictOf('aws.lambda.function-not-public', s3)).toBe('fail');
  });

  it('a permission whose principal is not known before apply gives unknown; qualified permissions are not in the function policy', () => {
    const u = byId(mapAll([fn(), res('aws_lambda_permission', 'p', { function_name: 'api', principal: new Unknown('var.principal') })]), fnId);
    expect(u.gaps.policy?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.lambda.function-not-public', u)).toBe('unknown');
    const q = byId(mapAll([fn(), res('aws_lambda_permission', 'p', { function_name: 'api', principal: '*', qualifier: 'live' })]), fnId);
    expect(q.config.policy).toBeNull();
  });

  it('subnets put the function in a VPC', () => {
    const f = byId(mapAll([fn({ vpc_config: [{ subnet_ids: [ref('aws_subnet.a.id')], security_group_ids: ['sg-1'] }] }), res('aws_subnet', 'a', { vpc_id: ref('aws_vpc.main.id') }), res('aws_vpc', 'main', {})]), fnId);
    expect((f.config.function as { VpcConfig: { VpcId: string } }).VpcConfig.VpcId).toBe('iac:computed#aws_vpc.main');
    expect(verdictOf('aws.lambda.function-in-vpc', f)).toBe('pass');
  });
});

describe('SQS queues and SNS topics', () => {
  it('new queues are encrypted with SSE-SQS by default; turning it off fails', () => {
    const q = one(res('aws_sqs_queue', 'q', { name: 'jobs' }));
    expect(q).toMatchObject({ id: arn('sqs', 'jobs'), type: 'AWS::SQS::Queue', kind: 'messaging.queue' });
    expect(q.config.attributes).toEqual({
      Attributes: { QueueArn: arn('sqs', 'jobs'), VisibilityTimeout: '30', MaximumMessageSize: '262144', MessageRetentionPeriod: '345600', DelaySeconds: '0', ReceiveMessageWaitTimeSeconds: '0', SqsManagedSseEnabled: 'true' },
    });
    expect(verdictOf('aws.sqs.queue-encrypted-at-rest', q)).toBe('pass');
    expect(verdictOf('aws.sqs.queue-policy-not-public', q)).toBe('pass');
    expect(verdictOf('aws.sqs.queue-encrypted-at-rest', one(res('aws_sqs_queue', 'q', { name: 'jobs', sqs_managed_sse_enabled: false })))).toBe('fail');
    const kms = one(res('aws_sqs_queue', 'q', { name: 'jobs', kms_master_key_id: 'alias/aws/sqs' }));
    expect(kms.config.attributes).toMatchObject({ Attributes: { KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: 'false', KmsDataKeyReusePeriodSeconds: '300' } });
  });

  it('keeps a queue policy that is not JSON as text (as GetQueueAttributes does): unknown, with a diagnostic', () => {
    const ctx = mapContext();
    const assets = awsTfIdentityServicesMappers.flatMap((m) => m.map([res('aws_sqs_queue', 'q', { name: 'jobs', policy: '{ "Statement": [' })], ctx));
    const q = byId(assets, arn('sqs', 'jobs'));
    expect(q.config.attributes).toMatchObject({ Attributes: { Policy: '{ "Statement": [' } });
    expect(verdictOf('aws.sqs.queue-policy-not-public', q)).toBe('unknown');
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ code: 'MalformedPolicyDocument', file: 'main.tf', line: 1 })]);
  });

  it('merges aws_sqs_queue_policy (by URL or reference): a public statement fails', () => {
    const open = policy({ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' });
    for (const queue_url of [ref('aws_sqs_queue.q.id'), `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/jobs`]) {
      const q = byId(mapAll([res('aws_sqs_queue', 'q', { name: 'jobs' }), res('aws_sqs_queue_policy', 'p', { queue_url, policy: open })]), arn('sqs', 'jobs'));
      expect(verdictOf('aws.sqs.queue-policy-not-public', q)).toBe('fail');
    }
  });

  it('topics get the default owner-only policy; a public topic policy fails; encryption needs a key', () => {
    const t = one(res('aws_sns_topic', 't', { name: 'events' }));
    expect(t).toMatchObject({ id: arn('sns', 'events'), type: 'AWS::SNS::Topic', kind: 'messaging.topic' });
    expect(t.config.subscriptions).toEqual({ Subscriptions: [] });
    expect(verdictOf('aws.sns.topic-policy-not-public', t)).toBe('pass');
    expect(verdictOf('aws.sns.topic-encrypted-at-rest', t)).toBe('fail');
    const open = byId(mapAll([res('aws_sns_topic', 't', { name: 'events', kms_master_key_id: 'alias/aws/sns' }), res('aws_sns_topic_policy', 'p', { arn: ref('aws_sns_topic.t.arn'), policy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SNS:Publish', Resource: '*' }) })]), arn('sns', 'events'));
    expect(verdictOf('aws.sns.topic-policy-not-public', open)).toBe('fail');
    expect(verdictOf('aws.sns.topic-encrypted-at-rest', open)).toBe('pass');
  });
});

describe('ECR, EFS and Secrets Manager', () => {
  const repoId = arn('ecr', 'repository/app');
  it('ECR defaults: mutable tags, manual scanning, no lifecycle policy, no repository policy', () => {
    const r = one(res('aws_ecr_repository', 'app', { name: 'app' }));
    expect(r).toMatchObject({ id: repoId, type: 'AWS::ECR::Repository', kind: 'container.registry' });
    expect(r.config.repository).toMatchObject({ repositoryName: 'app', imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false }, encryptionConfiguration: { encryptionType: 'AES256' } });
    expect(r.config.scanningConfiguration).toMatchObject({ scanFrequency: 'MANUAL' });
    expect(verdictOf('aws.ecr.tag-immutability-enabled', r)).toBe('fail');
    expect(verdictOf('aws.ecr.image-scanning-enabled', r)).toBe('fail');
    expect(verdictOf('aws.ecr.lifecycle-policy-configured', r)).toBe('fail');
    expect(verdictOf('aws.ecr.repository-policy-not-public', r)).toBe('pass');
  });

  it('ECR with settings, lifecycle and repository policies merged', () => {
    const assets = mapAll([
      res('aws_ecr_repository', 'app', { name: 'app', image_tag_mutability: 'IMMUTABLE', image_scanning_configuration: [{ scan_on_push: true }] }),
      res('aws_ecr_lifecycle_policy', 'l', { repository: ref('aws_ecr_repository.app.name'), policy: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 5 }, action: { type: 'expire' } }] }) }),
      res('aws_ecr_repository_policy', 'p', { repository: 'app', policy: policy({ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }) }),
    ]);
    const r = byId(assets, repoId);
    expect(verdictOf('aws.ecr.tag-immutability-enabled', r)).toBe('pass');
    expect(verdictOf('aws.ecr.image-scanning-enabled', r)).toBe('pass');
    expect(verdictOf('aws.ecr.lifecycle-policy-configured', r)).toBe('pass');
    expect(verdictOf('aws.ecr.repository-policy-not-public', r)).toBe('fail');
    const bad = byId(mapAll([res('aws_ecr_repository', 'app', { name: 'app' }), res('aws_ecr_repository_policy', 'p', { repository: 'app', policy: '{' })]), repoId);
    expect(bad.gaps.policy?.code).toBe('MalformedPolicyDocument');
    expect(verdictOf('aws.ecr.repository-policy-not-public', bad)).toBe('unknown');
  });

  it('registry scanning rules override the repository setting', () => {
    const r = byId(
      mapAll([res('aws_ecr_repository', 'app', { name: 'app' }), res('aws_ecr_registry_scanning_configuration', 's', { scan_type: 'ENHANCED', rule: [{ scan_frequency: 'CONTINUOUS_SCAN', repository_filter: [{ filter: 'ap*', filter_type: 'WILDCARD' }] }] })]),
      repoId,
    );
    expect(r.config.scanningConfiguration).toMatchObject({ scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: [{ filter: 'ap*', filterType: 'WILDCARD' }] });
    expect(verdictOf('aws.ecr.image-scanning-enabled', r)).toBe('pass');
  });

  it('EFS is unencrypted unless encrypted = true', () => {
    const plain = one(res('aws_efs_file_system', 'fs', { creation_token: 'shared' }));
    expect(plain).toMatchObject({ id: 'iac:.#aws_efs_file_system.fs', type: 'AWS::EFS::FileSystem', kind: 'storage.file-system', name: 'shared' });
    expect(plain.config.fileSystem).toMatchObject({ Encrypted: false, PerformanceMode: 'generalPurpose', ThroughputMode: 'bursting' });
    expect(verdictOf('aws.efs.file-system-encrypted', plain)).toBe('fail');
    expect(verdictOf('aws.efs.file-system-encrypted', one(res('aws_efs_file_system', 'fs', { encrypted: true })))).toBe('pass');
    expect(verdictOf('aws.efs.file-system-encrypted', one(res('aws_efs_file_system', 'fs', { encrypted: new Unknown('var.enc') })))).toBe('unknown');
  });

  it('secrets: rotation from aws_secretsmanager_secret_rotation; dates AWS sets are unknown', () => {
    const assets = mapAll([
      res('aws_secretsmanager_secret', 'db', { name: 'prod/db' }),
      res('aws_secretsmanager_secret', 'api', { name: 'prod/api' }),
      res('aws_secretsmanager_secret_rotation', 'db', { secret_id: ref('aws_secretsmanager_secret.db.id'), rotation_lambda_arn: ref('aws_lambda_function.rot.arn'), rotation_rules: [{ automatically_after_days: 30 }] }),
    ]);
    const db = byId(assets, 'iac:.#aws_secretsmanager_secret.db');
    expect(db).toMatchObject({ type: 'AWS::SecretsManager::Secret', kind: 'secret', name: 'prod/db' });
    // The rotation function is outside the input: a stand-in names it rather than voiding the aspect.
    expect(db.config.secret).toMatchObject({ Name: 'prod/db', RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 }, RotationLambdaARN: 'iac:unknown#aws_secretsmanager_secret_rotation.db.rotation_lambda_arn' });
    expect(verdictOf('aws.secretsmanager.rotation-enabled', db)).toBe('pass');
    expect(verdictOf('baseline.secrets.secret-rotation-enabled', db)).toBe('pass');
    expect(verdictOf('aws.secretsmanager.rotated-within-90-days', db)).toBe('unknown');
    const api = byId(assets, 'iac:.#aws_secretsmanager_secret.api');
    expect(verdictOf('aws.secretsmanager.rotation-enabled', api)).toBe('fail');
    expect(verdictOf('aws.secretsmanager.unused-secret-removed', api)).toBe('unknown');
  });
});

describe('ids without a pinned account', () => {
  it('fall back to iac: ids and unknown account, and produce one asset per primary resource only', () => {
    const assets = mapAll([iacResource('aws_sqs_queue', 'q', { name: 'jobs' }), iacResource('aws_sqs_queue_policy', 'p', { queue_url: ref('aws_sqs_queue.q.id'), policy: '{}' }), iacResource('aws_sns_topic', 't', { name: 'x' })]);
    expect(assets.map((a) => a.id).sort()).toEqual(['iac:.#aws_sns_topic.t', 'iac:.#aws_sqs_queue.q']);
    expect(assets.every((a) => a.account === 'unknown')).toBe(true);
  });
});

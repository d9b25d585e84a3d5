/**
 * Lambda functions, SQS queues, SNS topics, ECR repositories, EFS file systems and Secrets Manager secrets,
 * in the shapes the live collectors store (ListFunctions + GetPolicy, GetQueueAttributes(All),
 * GetTopicAttributes + ListSubscriptionsByTopic, DescribeRepositories + scanning / repository / lifecycle
 * policies, DescribeFileSystems, ListSecrets).
 */
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { block, blocks, iacId, type MapContext } from '../../kit.js';
import { accountOf, bool, builder, compact, displayName, idOr, list, nameOf, num, parsedPolicy, policyText, regionalArn, reportMalformed, setAspect, str, tagList, tagsOf, type Index } from './support.js';
import { defaultTopicPolicy } from '../../aws-defaults.js';

export const SERVICE_TYPES = [
  'aws_lambda_function',
  'aws_lambda_permission',
  'aws_sqs_queue',
  'aws_sqs_queue_policy',
  'aws_sns_topic',
  'aws_sns_topic_policy',
  'aws_sns_topic_subscription',
  'aws_ecr_repository',
  'aws_ecr_repository_policy',
  'aws_ecr_lifecycle_policy',
  'aws_ecr_registry_scanning_configuration',
  'aws_efs_file_system',
  'aws_secretsmanager_secret',
  'aws_secretsmanager_secret_rotation',
] as const;

const known = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Asset ids by type: the live ARN when name, account and region are known, else the `iac:` id. */
export function registerServiceIds(index: Index): void {
  index.idFor('aws_lambda_function', (r) => idOr(r, regionalArn(r, 'lambda', known(r.values.function_name) && `function:${known(r.values.function_name)}`)));
  index.idFor('aws_sqs_queue', (r) => idOr(r, regionalArn(r, 'sqs', known(r.values.name))));
  index.idFor('aws_sns_topic', (r) => idOr(r, regionalArn(r, 'sns', known(r.values.name))));
  index.idFor('aws_ecr_repository', (r) => idOr(r, regionalArn(r, 'ecr', known(r.values.name) && `repository/${known(r.values.name)}`)));
  // File system ids and secret ARN suffixes are chosen by AWS.
  index.idFor('aws_efs_file_system', (r) => iacId(r));
  index.idFor('aws_secretsmanager_secret', (r) => iacId(r));
}

const arnOrUndefined = (id: string): string | undefined => (id.startsWith('arn:') ? id : undefined);

// ---------------------------------------------------------------- Lambda

/** A permission's principal as GetPolicy shows it. */
function principal(v: unknown): unknown {
  if (isUnknown(v)) return v;
  const p = String(v);
  if (p === '*') return '*';
  if (/^\d{12}$/.test(p)) return { AWS: `arn:aws:iam::${p}:root` };
  if (p.startsWith('arn:')) return { AWS: p };
  return { Service: p };
}

/** One `aws_lambda_permission` as the statement AWS adds to the function policy. */
function permissionStatement(index: Index, p: IacResource, resource: string): Record<string, unknown> {
  const v = p.values;
  const condition: Record<string, Record<string, unknown>> = {};
  const add = (op: string, key: string, value: unknown) => ((condition[op] ??= {})[key] = value);
  if (v.source_account !== undefined && v.source_account !== null) add('StringEquals', 'AWS:SourceAccount', str(v.source_account));
  if (v.principal_org_id !== undefined && v.principal_org_id !== null) add('StringEquals', 'aws:PrincipalOrgID', str(v.principal_org_id));
  if (v.event_source_token !== undefined && v.event_source_token !== null) add('StringEquals', 'lambda:EventSourceToken', str(v.event_source_token));
  if (v.function_url_auth_type !== undefined && v.function_url_auth_type !== null) add('StringEquals', 'lambda:FunctionUrlAuthType', str(v.function_url_auth_type));
  if (v.source_arn !== undefined && v.source_arn !== null) add('ArnLike', 'AWS:SourceArn', index.arn(v.source_arn));
  return compact({
    // Without statement_id the provider generates one; the Sid is not judged, the address stands in.
    Sid: known(v.statement_id) ?? (isUnknown(v.statement_id) ? v.statement_id : p.address),
    Effect: 'Allow',
    Principal: principal(v.principal),
    Action: str(v.action) ?? 'lambda:InvokeFunction',
    Resource: resource,
    Condition: Object.keys(condition).length ? condition : undefined,
  });
}

function functionPolicies(index: Index): Map<IacResource, IacResource[]> {
  const out = new Map<IacResource, IacResource[]>();
  for (const p of index.of('aws_lambda_permission')) {
    // Alias- and version-qualified permissions live in other policies, which the live collector does not read.
    if (p.values.qualifier !== undefined && p.values.qualifier !== null && p.values.qualifier !== '') continue;
    let target = p.values.function_name;
    // A function ARN (`arn:...:function:name`) names the function by its last part.
    if (typeof target === 'string' && target.startsWith('arn:') && !index.pointed(target, 'aws_lambda_function', 'function_name', p.module).length) target = target.split(':')[6] ?? target;
    for (const f of index.pointed(target, 'aws_lambda_function', 'function_name', p.module)) out.set(f, [...(out.get(f) ?? []), p]);
  }
  return out;
}

function vpcConfig(index: Index, r: IacResource): unknown {
  const vpc = block(r.values.vpc_config);
  if (!vpc) return undefined;
  const subnets = list(vpc.subnet_ids);
  const groups = list(vpc.security_group_ids);
  if (isUnknown(subnets)) return { SubnetIds: subnets };
  if (subnets.length === 0) return { SubnetIds: [], SecurityGroupIds: [], VpcId: '' };
  // The VPC is the subnets' VPC: the subnet resource's vpc_id when it is in the configuration, else a
  // stand-in (subnets exist, so the function is in some VPC, whose id is only known after apply).
  const subnetRes = index.refs(subnets.find(isUnknown) ?? new Unknown('', []), ['aws_subnet'])[0];
  const vpcId = (subnetRes && index.ref(subnetRes.values.vpc_id)) || `iac:computed#${r.address}.vpc_config.vpc_id`;
  return { SubnetIds: subnets.map((s) => index.ref(s)), SecurityGroupIds: isUnknown(groups) ? groups : groups.map((g) => index.ref(g)), VpcId: vpcId };
}

function functions(index: Index, ctx: MapContext): Asset[] {
  const permissions = functionPolicies(index);
  return index.of('aws_lambda_function').map((r) => {
    const v = r.values;
    const name = nameOf(r, 'function_name');
    const id = index.idOf(r)!;
    const b = builder(r, ctx, 'lambda', { id, type: 'AWS::Lambda::Function', kind: 'compute.function', name: displayName(r, name), tags: tagsOf(r) });
    const packageType = str(v.package_type) ?? 'Zip';
    b.aspect('function', () => {
      const env = block(v.environment);
      const vars = env?.variables;
      return compact({
        FunctionName: name,
        FunctionArn: arnOrUndefined(id),
        Runtime: packageType === 'Image' ? undefined : str(v.runtime),
        Role: index.required(v.role, r, 'role'),
        Handler: str(v.handler),
        Description: str(v.description) ?? '',
        Timeout: num(v.timeout, 3),
        MemorySize: num(v.memory_size, 128),
        PackageType: packageType,
        Architectures: v.architectures === undefined ? ['x86_64'] : list(v.architectures),
        VpcConfig: vpcConfig(index, r),
        // Only variable names are kept, as live (values often hold secrets).
        Environment: env ? (isUnknown(vars) ? vars : { VariableNames: Object.keys((vars as Record<string, unknown> | undefined) ?? {}).sort() }) : undefined,
        KMSKeyArn: index.ref(v.kms_key_arn),
        TracingConfig: { Mode: str(block(v.tracing_config)?.mode) ?? 'PassThrough' },
        Layers: v.layers === undefined ? undefined : (() => {
          const l = list(v.layers);
          return isUnknown(l) ? l : l.map((a) => ({ Arn: index.ref(a) }));
        })(),
        DeadLetterConfig: block(v.dead_letter_config) ? { TargetArn: index.ref(block(v.dead_letter_config)!.target_arn) } : undefined,
        EphemeralStorage: { Size: num(block(v.ephemeral_storage)?.size, 512) },
      });
    });
    const statements = permissions.get(r) ?? [];
    b.aspect('policy', () => (statements.length ? { Version: '2012-10-17', Id: 'default', Statement: statements.map((p) => permissionStatement(index, p, id)) } : null));
    return b.build();
  });
}

// ---------------------------------------------------------------- SQS / SNS

/** Policies written as separate resources, by the resource they attach to. */
function attachedPolicies(index: Index, type: string, attr: string, target: string, targetAttr: string, match?: (v: unknown) => unknown): Map<IacResource, IacResource> {
  const out = new Map<IacResource, IacResource>();
  for (const p of index.of(type)) {
    const v = match ? match(p.values[attr]) : p.values[attr];
    for (const t of index.pointed(v, target, targetAttr, p.module)) out.set(t, p);
  }
  return out;
}

function queues(index: Index, ctx: MapContext): Asset[] {
  // A queue URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`) names the queue by its last part.
  const policies = attachedPolicies(index, 'aws_sqs_queue_policy', 'queue_url', 'aws_sqs_queue', 'name', (v) => (typeof v === 'string' && v.includes('/') ? v.slice(v.lastIndexOf('/') + 1) : v));
  return index.of('aws_sqs_queue').map((r) => {
    const v = r.values;
    const name = nameOf(r);
    const id = index.idOf(r)!;
    const b = builder(r, ctx, 'sqs', { id, type: 'AWS::SQS::Queue', kind: 'messaging.queue', name: displayName(r, name), tags: tagsOf(r) });
    const owner = policies.get(r) ?? r;
    const policy = policyText(owner.values.policy);
    if (policy && !isUnknown(policy) && !policy.ok) reportMalformed(ctx, owner, 'policy', policy.error);
    b.aspect('attributes', () => {
      const key = index.ref(v.kms_master_key_id);
      const fifo = bool(v.fifo_queue, false);
      const text = (n: unknown) => (isUnknown(n) || n === undefined ? n : String(n));
      if (isUnknown(policy)) throw policy;
      return {
        Attributes: compact({
          QueueArn: arnOrUndefined(id),
          VisibilityTimeout: text(num(v.visibility_timeout_seconds, 30)),
          MaximumMessageSize: text(num(v.max_message_size, 262144)),
          MessageRetentionPeriod: text(num(v.message_retention_seconds, 345600)),
          DelaySeconds: text(num(v.delay_seconds, 0)),
          ReceiveMessageWaitTimeSeconds: text(num(v.receive_wait_time_seconds, 0)),
          // Kept as text, as GetQueueAttributes returns it (rules parse it and say unknown on bad JSON).
          Policy: policy?.text,
          KmsMasterKeyId: key,
          KmsDataKeyReusePeriodSeconds: key === undefined ? undefined : text(num(v.kms_data_key_reuse_period_seconds, 300)),
          // New queues get SSE-SQS unless a KMS key is set or it is turned off.
          SqsManagedSseEnabled: key !== undefined ? 'false' : text(bool(v.sqs_managed_sse_enabled, true)),
          RedrivePolicy: str(v.redrive_policy),
          FifoQueue: fifo === false ? undefined : text(fifo),
          ContentBasedDeduplication: fifo === false ? undefined : text(bool(v.content_based_deduplication, false)),
        }),
      };
    });
    return b.build();
  });
}

/** Protocols whose subscriptions AWS confirms itself; others wait for the endpoint to confirm. */
const SELF_CONFIRMED = new Set(['sqs', 'lambda', 'firehose', 'application', 'sms']);

function topics(index: Index, ctx: MapContext): Asset[] {
  const policies = attachedPolicies(index, 'aws_sns_topic_policy', 'arn', 'aws_sns_topic', 'name');
  const subscriptions = new Map<IacResource, IacResource[]>();
  for (const s of index.of('aws_sns_topic_subscription')) for (const t of index.pointed(s.values.topic_arn, 'aws_sns_topic', 'name', s.module)) subscriptions.set(t, [...(subscriptions.get(t) ?? []), s]);
  return index.of('aws_sns_topic').map((r) => {
    const v = r.values;
    const name = nameOf(r);
    const id = index.idOf(r)!;
    const account = accountOf(r);
    const b = builder(r, ctx, 'sns', { id, type: 'AWS::SNS::Topic', kind: 'messaging.topic', name: displayName(r, name), tags: tagsOf(r) });
    const owner = policies.get(r) ?? r;
    const policy = policyText(owner.values.policy);
    if (policy && !isUnknown(policy) && !policy.ok) reportMalformed(ctx, owner, 'policy', policy.error);
    b.aspect('attributes', () => {
      if (isUnknown(policy)) throw policy;
      const fifo = bool(v.fifo_topic, false);
      return {
        Attributes: compact({
          TopicArn: arnOrUndefined(id),
          Owner: account,
          Policy: policy ? policy.text : defaultTopicPolicy(id, account ?? 'unknown'),
          DisplayName: str(v.display_name) ?? '',
          KmsMasterKeyId: index.ref(v.kms_master_key_id),
          FifoTopic: fifo === false ? undefined : String(fifo),
        }),
      };
    });
    b.aspect('subscriptions', () => ({
      Subscriptions: (subscriptions.get(r) ?? []).map((s) => {
        const protocol = str(s.values.protocol);
        const topicArn = arnOrUndefined(id);
        const confirmed = typeof protocol === 'string' && SELF_CONFIRMED.has(protocol) && topicArn;
        return compact({
          // The subscription id is AWS's; its confirmation by an email or HTTP endpoint is not in the configuration.
          SubscriptionArn: confirmed ? `${topicArn}:${s.address}` : new Unknown(`whether ${s.address} is confirmed is not known before apply`, [s.address]),
          Owner: account,
          Protocol: protocol,
          Endpoint: index.required(s.values.endpoint, s, 'endpoint'),
          TopicArn: topicArn,
        });
      }),
    }));
    return b.build();
  });
}

// ---------------------------------------------------------------- ECR

function wildcard(pattern: string, value: string): boolean {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(value);
}

/** The effective scanning configuration: registry rules (when the registry's configuration is written) or the repository's scan-on-push. */
function scanning(index: Index, r: IacResource, name: string | Unknown, scanOnPush: boolean | Unknown): unknown {
  const registry = index.of('aws_ecr_registry_scanning_configuration');
  const base = { repositoryArn: arnOrUndefined(index.idOf(r)!), repositoryName: name, scanOnPush };
  if (registry.length === 0) return compact({ ...base, scanFrequency: isUnknown(scanOnPush) ? scanOnPush : scanOnPush ? 'SCAN_ON_PUSH' : 'MANUAL', appliedScanFilters: [] });
  if (registry.length > 1 || isUnknown(name)) return new Unknown('the registry scanning configuration cannot be matched', []);
  for (const rule of blocks(registry[0]!.values.rule)) {
    const filters = blocks(rule.repository_filter);
    const hit = filters.find((f) => typeof f.filter === 'string' && wildcard(f.filter, name));
    if (filters.some((f) => isUnknown(f.filter)) && !hit) return new Unknown('a registry scanning filter is not known', []);
    if (hit) return compact({ ...base, scanFrequency: str(rule.scan_frequency), appliedScanFilters: [{ filter: hit.filter, filterType: str(hit.filter_type) ?? 'WILDCARD' }] });
  }
  return compact({ ...base, scanFrequency: 'MANUAL', appliedScanFilters: [] });
}

function repositories(index: Index, ctx: MapContext): Asset[] {
  const repoPolicies = attachedPolicies(index, 'aws_ecr_repository_policy', 'repository', 'aws_ecr_repository', 'name');
  const lifecycle = attachedPolicies(index, 'aws_ecr_lifecycle_policy', 'repository', 'aws_ecr_repository', 'name');
  return index.of('aws_ecr_repository').map((r) => {
    const v = r.values;
    const name = nameOf(r);
    const id = index.idOf(r)!;
    const account = accountOf(r);
    const b = builder(r, ctx, 'ecr', { id, type: 'AWS::ECR::Repository', kind: 'container.registry', name: displayName(r, name), tags: tagsOf(r) });
    const scanOnPush = bool(block(v.image_scanning_configuration)?.scan_on_push, false);
    const enc = block(v.encryption_configuration);
    b.aspect('repository', () =>
      compact({
        repositoryArn: arnOrUndefined(id),
        registryId: account,
        repositoryName: name,
        repositoryUri: account && typeof name === 'string' && typeof r.providerConfig.region === 'string' ? `${account}.dkr.ecr.${r.providerConfig.region}.amazonaws.com/${name}` : undefined,
        imageTagMutability: str(v.image_tag_mutability) ?? 'MUTABLE',
        imageTagMutabilityExclusionFilters: v.image_tag_mutability_exclusion_filter === undefined ? undefined : blocks(v.image_tag_mutability_exclusion_filter).map((f) => ({ filter: str(f.filter), filterType: str(f.filter_type) ?? 'WILDCARD' })),
        imageScanningConfiguration: { scanOnPush },
        encryptionConfiguration: compact({ encryptionType: str(enc?.encryption_type) ?? 'AES256', kmsKey: index.ref(enc?.kms_key) }),
      }),
    );
    b.aspect('scanningConfiguration', () => scanning(index, r, name, scanOnPush));
    setAspect(b, ctx, 'policy', () => {
      const p = repoPolicies.get(r);
      return (p && parsedPolicy(p.values.policy, p, 'policy')) ?? null;
    });
    setAspect(b, ctx, 'lifecyclePolicy', () => {
      const p = lifecycle.get(r);
      const doc = (p && parsedPolicy(p.values.policy, p, 'policy')) as { rules?: unknown[] } | undefined;
      return doc === undefined ? null : { rules: doc.rules ?? [] };
    });
    return b.build();
  });
}

// ---------------------------------------------------------------- EFS, Secrets Manager

function fileSystems(index: Index, ctx: MapContext): Asset[] {
  return index.of('aws_efs_file_system').map((r) => {
    const v = r.values;
    const tags = tagsOf(r);
    const b = builder(r, ctx, 'elasticfilesystem', { id: index.idOf(r)!, type: 'AWS::EFS::FileSystem', kind: 'storage.file-system', name: tags.Name ?? known(v.creation_token) ?? r.address, tags });
    b.aspect('fileSystem', () =>
      compact({
        OwnerId: accountOf(r),
        CreationToken: str(v.creation_token),
        Name: tags.Name,
        PerformanceMode: str(v.performance_mode) ?? 'generalPurpose',
        // The provider default: unencrypted unless `encrypted = true`.
        Encrypted: bool(v.encrypted, false),
        KmsKeyId: index.ref(v.kms_key_id),
        ThroughputMode: str(v.throughput_mode) ?? 'bursting',
        ProvisionedThroughputInMibps: num(v.provisioned_throughput_in_mibps, undefined),
        AvailabilityZoneName: str(v.availability_zone_name),
        Tags: tagList(tags),
      }),
    );
    return b.build();
  });
}

function secrets(index: Index, ctx: MapContext): Asset[] {
  const rotations = attachedPolicies(index, 'aws_secretsmanager_secret_rotation', 'secret_id', 'aws_secretsmanager_secret', 'name');
  return index.of('aws_secretsmanager_secret').map((r) => {
    const v = r.values;
    const name = nameOf(r);
    const tags = tagsOf(r);
    const b = builder(r, ctx, 'secretsmanager', { id: index.idOf(r)!, type: 'AWS::SecretsManager::Secret', kind: 'secret', name: displayName(r, name), tags });
    const rotation = rotations.get(r);
    const rules = block(rotation?.values.rotation_rules);
    // Creation, rotation and access dates are AWS's: left out, so the rules on them say unknown.
    b.aspect('secret', () =>
      compact({
        Name: name,
        Description: str(v.description),
        KmsKeyId: index.ref(v.kms_key_id),
        RotationEnabled: rotation ? true : undefined,
        RotationLambdaARN: rotation && rotation.values.rotation_lambda_arn !== undefined ? index.required(rotation.values.rotation_lambda_arn, rotation, 'rotation_lambda_arn') : undefined,
        RotationRules: rules ? compact({ AutomaticallyAfterDays: num(rules.automatically_after_days, undefined), Duration: str(rules.duration), ScheduleExpression: str(rules.schedule_expression) }) : undefined,
        Tags: Object.keys(tags).length ? tagList(tags) : undefined,
      }),
    );
    return b.build();
  });
}

export function mapServices(index: Index, ctx: MapContext): Asset[] {
  return [...functions(index, ctx), ...queues(index, ctx), ...topics(index, ctx), ...repositories(index, ctx), ...fileSystems(index, ctx), ...secrets(index, ctx)];
}


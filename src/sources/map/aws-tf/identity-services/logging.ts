/**
 * KMS keys, CloudTrail trails, CloudWatch Logs log groups and metric filters, CloudWatch metric alarms, in
 * the shapes the live collectors store (DescribeKey / GetKeyPolicy / GetKeyRotationStatus, DescribeTrails /
 * GetTrailStatus / GetEventSelectors, DescribeLogGroups, DescribeMetricFilters, DescribeAlarms).
 */
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { blocks, iacId, tagMap, type MapContext } from '../../kit.js';
import { accountOf, bool, builder, compact, displayName, idOr, list, nameOf, num, partitionOf, policyText, regionalArn, regionOf, reportMalformed, str, tagsOf, type Index } from './support.js';
import { defaultKeyPolicy } from '../../aws-defaults.js';

export const LOGGING_TYPES = [
  'aws_kms_key',
  'aws_kms_alias',
  'aws_cloudtrail',
  'aws_cloudwatch_log_group',
  'aws_cloudwatch_log_metric_filter',
  'aws_cloudwatch_metric_alarm',
] as const;

const known = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function registerLoggingIds(index: Index): void {
  index.idFor('aws_kms_key', (r) => iacId(r));
  index.idFor('aws_cloudtrail', (r) => idOr(r, regionalArn(r, 'cloudtrail', known(r.values.name) && `trail/${known(r.values.name)}`)));
  index.idFor('aws_cloudwatch_log_group', (r) => idOr(r, regionalArn(r, 'logs', known(r.values.name) && `log-group:${known(r.values.name)}`)));
  index.idFor('aws_cloudwatch_metric_alarm', (r) => idOr(r, regionalArn(r, 'cloudwatch', known(r.values.alarm_name) && `alarm:${known(r.values.alarm_name)}`)));
  // Buckets belong to the storage mappers; their ARN carries only the name, which is what trails and policies need.
  index.idFor('aws_s3_bucket', (r) => (known(r.values.bucket) ? `arn:${partitionOf(r)}:s3:::${known(r.values.bucket)}` : iacId(r)));
}

function kmsKeys(index: Index, ctx: MapContext): Asset[] {
  const aliases = new Map<IacResource, string[]>();
  for (const a of index.of('aws_kms_alias')) {
    const name = known(a.values.name);
    if (!name) continue;
    for (const k of index.pointed(a.values.target_key_id, 'aws_kms_key', 'key_id', a.module)) aliases.set(k, [...(aliases.get(k) ?? []), name]);
  }
  return index.of('aws_kms_key').map((r) => {
    const v = r.values;
    const b = builder(r, ctx, 'kms', { id: index.idOf(r)!, type: 'AWS::KMS::Key', kind: 'crypto.key', name: aliases.get(r)?.[0] ?? r.address, tags: tagsOf(r) });
    const enabled = bool(v.is_enabled, true);
    const spec = str(v.customer_master_key_spec) ?? 'SYMMETRIC_DEFAULT';
    const origin = v.xks_key_id !== undefined ? 'EXTERNAL_KEY_STORE' : v.custom_key_store_id !== undefined ? 'AWS_CLOUDHSM' : 'AWS_KMS';
    const account = accountOf(r);
    b.aspect('metadata', () =>
      compact({
        AWSAccountId: account,
        Description: str(v.description) ?? '',
        Enabled: enabled,
        KeyState: isUnknown(enabled) ? enabled : enabled ? 'Enabled' : 'Disabled',
        KeyUsage: str(v.key_usage) ?? 'ENCRYPT_DECRYPT',
        Origin: origin,
        KeyManager: 'CUSTOMER',
        KeySpec: spec,
        CustomerMasterKeySpec: spec,
        MultiRegion: bool(v.multi_region, false),
      }),
    );
    const policy = policyText(v.policy);
    // Kept as text, as GetKeyPolicy returns it (the rule says unknown on text that is not JSON).
    if (policy && !isUnknown(policy) && !policy.ok) reportMalformed(ctx, r, 'policy', policy.error);
    if (isUnknown(policy)) b.unknown('policy', policy);
    else if (policy) b.aspect('policy', () => ({ Policy: policy.text, PolicyName: 'default' }));
    else b.defaulted('policy', { Policy: defaultKeyPolicy(partitionOf(r), account ?? 'unknown'), PolicyName: 'default' });
    // GetKeyRotationStatus is read only for enabled symmetric keys with KMS key material, as live.
    const decides = [enabled, spec].find(isUnknown);
    if (decides) b.unknown('rotation', decides);
    else if (enabled === true && spec === 'SYMMETRIC_DEFAULT' && origin === 'AWS_KMS') {
      if (v.enable_key_rotation === undefined || v.enable_key_rotation === null) b.defaulted('rotation', { KeyRotationEnabled: false });
      else
        b.aspect('rotation', () => {
          const on = bool(v.enable_key_rotation, false);
          return compact({ KeyRotationEnabled: on, RotationPeriodInDays: on === true ? (num(v.rotation_period_in_days, 365) as number | Unknown) : undefined });
        });
    }
    return b.build();
  });
}

/** A bucket name: known, or the `bucket` of the bucket resource a reference names. */
function bucketName(index: Index, v: unknown, module: string): string | Unknown | undefined {
  if (!isUnknown(v)) return str(v);
  const [bucket, ...more] = index.pointed(v, 'aws_s3_bucket', 'bucket', module);
  return bucket && more.length === 0 && known(bucket.values.bucket) ? known(bucket.values.bucket) : v;
}

/** Advanced event selector field operators, Terraform's names → the API's. */
const OPERATORS: Array<[string, string]> = [
  ['equals', 'Equals'],
  ['not_equals', 'NotEquals'],
  ['starts_with', 'StartsWith'],
  ['not_starts_with', 'NotStartsWith'],
  ['ends_with', 'EndsWith'],
  ['not_ends_with', 'NotEndsWith'],
];

function trails(index: Index, ctx: MapContext): Asset[] {
  return index.of('aws_cloudtrail').map((r) => {
    const v = r.values;
    const name = nameOf(r);
    const id = index.idOf(r)!;
    const arn = id.startsWith('arn:') ? id : undefined;
    const b = builder(r, ctx, 'cloudtrail', { id, type: 'AWS::CloudTrail::Trail', kind: 'logging.audit-trail', name: displayName(r, name), tags: tagsOf(r) });
    const selectors = blocks(v.event_selector);
    const advanced = blocks(v.advanced_event_selector);
    b.aspect('trail', () =>
      compact({
        Name: name,
        S3BucketName: bucketName(index, v.s3_bucket_name, r.module),
        S3KeyPrefix: str(v.s3_key_prefix),
        SnsTopicName: index.ref(v.sns_topic_name),
        IncludeGlobalServiceEvents: bool(v.include_global_service_events, true),
        IsMultiRegionTrail: bool(v.is_multi_region_trail, false),
        HomeRegion: regionOf(r),
        TrailARN: arn,
        LogFileValidationEnabled: bool(v.enable_log_file_validation, false),
        CloudWatchLogsLogGroupArn: logGroupArnForTrail(index, v.cloud_watch_logs_group_arn),
        CloudWatchLogsRoleArn: index.ref(v.cloud_watch_logs_role_arn),
        KmsKeyId: index.ref(v.kms_key_id),
        HasCustomEventSelectors: selectors.length > 0 || advanced.length > 0,
        HasInsightSelectors: blocks(v.insight_selector).length > 0,
        IsOrganizationTrail: bool(v.is_organization_trail, false),
      }),
    );
    b.aspect('status', () => ({ IsLogging: bool(v.enable_logging, true) }));
    if (advanced.length > 0)
      b.aspect('eventSelectors', () =>
        compact({
          TrailARN: arn,
          AdvancedEventSelectors: advanced.map((s) =>
            compact({
              Name: str(s.name),
              FieldSelectors: blocks(s.field_selector).map((f) => {
                const out: Record<string, unknown> = { Field: str(f.field) };
                for (const [tf, api] of OPERATORS) {
                  const l = list(f[tf]);
                  if (isUnknown(l) || l.length > 0) out[api] = l;
                }
                return out;
              }),
            }),
          ),
        }),
      );
    else if (selectors.length > 0)
      b.aspect('eventSelectors', () =>
        compact({
          TrailARN: arn,
          EventSelectors: selectors.map((s) => ({
            ReadWriteType: str(s.read_write_type) ?? 'All',
            IncludeManagementEvents: bool(s.include_management_events, true),
            DataResources: blocks(s.data_resource).map((d) => ({ Type: str(d.type), Values: list(d.values) })),
            ExcludeManagementEventSources: list(s.exclude_management_event_sources),
          })),
        }),
      );
    // A new trail records all read and write management events.
    else b.defaulted('eventSelectors', compact({ TrailARN: arn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] }));
    return b.build();
  });
}

/** The trail's log group ARN as DescribeTrails reports it (`...:log-group:<name>:*`). */
function logGroupArnForTrail(index: Index, v: unknown): string | Unknown | undefined {
  const arn = index.arn(v);
  if (typeof arn === 'string' && isUnknown(v) && /:log-group:[^:]+$/.test(arn)) return `${arn}:*`;
  return arn;
}

/** A log group name: known, or the name of the log group resource a reference names. */
function logGroupName(index: Index, v: unknown, module: string): string | Unknown {
  if (typeof v === 'string') return v;
  const [group, ...more] = index.pointed(v, 'aws_cloudwatch_log_group', 'name', module);
  if (group && more.length === 0) return nameOf(group);
  return isUnknown(v) ? v : new Unknown('log_group_name is not set', []);
}

function logGroups(index: Index, ctx: MapContext): Asset[] {
  const filterCount = new Map<IacResource, number>();
  for (const f of index.of('aws_cloudwatch_log_metric_filter')) for (const g of index.pointed(f.values.log_group_name, 'aws_cloudwatch_log_group', 'name', f.module)) filterCount.set(g, (filterCount.get(g) ?? 0) + 1);
  return index.of('aws_cloudwatch_log_group').map((r) => {
    const v = r.values;
    const name = nameOf(r);
    const id = index.idOf(r)!;
    const arn = id.startsWith('arn:') ? id : undefined;
    const b = builder(r, ctx, 'logs', { id, type: 'AWS::Logs::LogGroup', kind: 'logging.log-group', name: displayName(r, name), tags: tagsOf(r) });
    b.aspect('logGroup', () => {
      const retention = num(v.retention_in_days, 0);
      return compact({
        logGroupName: name,
        // 0 (the provider default) means never expire: DescribeLogGroups then has no retentionInDays.
        retentionInDays: retention === 0 ? undefined : retention,
        metricFilterCount: filterCount.get(r) ?? 0,
        arn: arn && `${arn}:*`,
        kmsKeyId: index.ref(v.kms_key_id),
        logGroupClass: str(v.log_group_class) ?? 'STANDARD',
        logGroupArn: arn,
      });
    });
    return b.build();
  });
}

function metricFilters(index: Index, ctx: MapContext): Asset[] {
  return index.of('aws_cloudwatch_log_metric_filter').map((r) => {
    const v = r.values;
    const name = nameOf(r);
    const group = logGroupName(index, v.log_group_name, r.module);
    const groupArn = typeof group === 'string' ? regionalArn(r, 'logs', `log-group:${group}`) : undefined;
    const id = groupArn && typeof name === 'string' ? `${groupArn}:metric-filter:${name}` : iacId(r);
    const b = builder(r, ctx, 'logs', { id, type: 'AWS::Logs::MetricFilter', kind: 'logging.metric-filter', name: displayName(r, name) });
    b.aspect('filter', () => ({
      filterName: name,
      filterPattern: str(v.pattern) ?? '',
      metricTransformations: blocks(v.metric_transformation).map((t) =>
        compact({
          metricName: str(t.name),
          metricNamespace: str(t.namespace),
          metricValue: str(t.value),
          defaultValue: num(t.default_value, undefined),
          dimensions: t.dimensions === undefined || t.dimensions === null ? undefined : isUnknown(t.dimensions) ? t.dimensions : tagMap(t.dimensions),
          unit: str(t.unit),
        }),
      ),
      logGroupName: group,
    }));
    return b.build();
  });
}

function dimensions(v: unknown): Array<{ Name: string; Value: unknown }> | Unknown | undefined {
  if (v === undefined || v === null) return undefined;
  if (isUnknown(v)) return v;
  return Object.entries(v as Record<string, unknown>).map(([Name, Value]) => ({ Name, Value: str(Value) }));
}

function actions(index: Index, v: unknown): unknown[] | Unknown {
  const l = list(v);
  return isUnknown(l) ? l : l.map((a) => index.arn(a));
}

function alarms(index: Index, ctx: MapContext): Asset[] {
  return index.of('aws_cloudwatch_metric_alarm').map((r) => {
    const v = r.values;
    const name = nameOf(r, 'alarm_name');
    const id = index.idOf(r)!;
    const b = builder(r, ctx, 'monitoring', { id, type: 'AWS::CloudWatch::Alarm', kind: 'monitoring.alarm', name: displayName(r, name), tags: tagsOf(r) });
    const queries = blocks(v.metric_query);
    b.aspect('alarm', () =>
      compact({
        AlarmName: name,
        AlarmArn: id.startsWith('arn:') ? id : undefined,
        AlarmDescription: str(v.alarm_description),
        ActionsEnabled: bool(v.actions_enabled, true),
        OKActions: actions(index, v.ok_actions),
        AlarmActions: actions(index, v.alarm_actions),
        InsufficientDataActions: actions(index, v.insufficient_data_actions),
        MetricName: str(v.metric_name),
        Namespace: str(v.namespace),
        Statistic: str(v.statistic),
        ExtendedStatistic: str(v.extended_statistic),
        Dimensions: queries.length ? undefined : (dimensions(v.dimensions) ?? []),
        Period: num(v.period, undefined),
        Unit: str(v.unit),
        EvaluationPeriods: num(v.evaluation_periods, undefined),
        DatapointsToAlarm: num(v.datapoints_to_alarm, undefined),
        Threshold: num(v.threshold, undefined),
        ComparisonOperator: str(v.comparison_operator),
        TreatMissingData: str(v.treat_missing_data) ?? 'missing',
        Metrics: queries.length
          ? queries.map((q) => {
              const m = blocks(q.metric)[0];
              return compact({
                Id: str(q.id),
                Expression: str(q.expression),
                Label: str(q.label),
                ReturnData: q.return_data === undefined ? undefined : bool(q.return_data, false),
                MetricStat: m
                  ? compact({ Metric: compact({ Namespace: str(m.namespace), MetricName: str(m.metric_name), Dimensions: dimensions(m.dimensions) ?? [] }), Period: num(m.period, undefined), Stat: str(m.stat), Unit: str(m.unit) })
                  : undefined,
              });
            })
          : undefined,
      }),
    );
    return b.build();
  });
}

export function mapLogging(index: Index, ctx: MapContext): Asset[] {
  return [...kmsKeys(index, ctx), ...trails(index, ctx), ...logGroups(index, ctx), ...metricFilters(index, ctx), ...alarms(index, ctx)];
}

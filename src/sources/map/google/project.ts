/**
 * Project-wide settings and service accounts.
 *
 * The project asset (`cloudresourcemanager.googleapis.com/Project`, kind `account`) carries what the
 * gcp.cloudresourcemanager.project collector stores, from the resources that manage it:
 * - `iamPolicy` (projects.getIamPolicy): `google_project_iam_policy` (authoritative), `_binding` (authoritative per
 *   role), `_member` (additive) and `google_project_iam_audit_config` (`auditConfigs`, one per service);
 * - `sinks` (logging.projects.sinks.list): the `_Required` and `_Default` sinks Cloud Logging creates in every
 *   project, then each `google_logging_project_sink`;
 * - `logMetrics` and `alertPolicies`: each `google_logging_metric` and `google_monitoring_alert_policy`.
 * An aspect is set when the configuration manages any resource of its family (metrics and alert policies are
 * one family: the monitoring controls read both), and then the configuration is taken as the project's
 * declaration of it; a family the configuration does not touch is left out (rules on it: unknown).
 * The live id names the project number, which a configuration does not know: the id is the one the driver
 * gives a project whose number is not known (`//cloudresourcemanager.googleapis.com/projects/<project id>`).
 *
 * Service accounts (`iam.googleapis.com/ServiceAccount`): the live id uses the account's unique id, assigned at
 * creation; the collector falls back to the email, which is what is used here. `keys` lists the
 * user-managed keys of `google_service_account_key`; their creation time is the apply time, not knowable, so
 * `validAfterTime` is left out (key-age rules: unknown; "no user-managed keys" still fails).
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../model.js';
import { iacId } from '../kit.js';
import { auditConfigOf, blk, blks, bool, builder, compact, iamPartsBy, mergeBindings, nameOf, nonEmpty, num, or, policyDocument, projectOf, str, strs, type Index, type Obj } from './util.js';

export const PROJECT_TYPE = 'cloudresourcemanager.googleapis.com/Project';
export const LOG_SINK_TYPE = 'logging.googleapis.com/LogSink';
export const SERVICE_ACCOUNT_TYPE = 'iam.googleapis.com/ServiceAccount';

export const PROJECT_TYPES = [
  'google_project_iam_member',
  'google_project_iam_binding',
  'google_project_iam_policy',
  'google_project_iam_audit_config',
  'google_iam_policy',
  'google_logging_project_sink',
  'google_logging_metric',
  'google_monitoring_alert_policy',
  'google_monitoring_notification_channel',
  'google_service_account',
  'google_service_account_key',
];

/** Key of a project in this input: its id, or `?` when not statically known. */
const projectKey = (r: IacResource): string => projectOf(r) ?? '?';

// ---------------------------------------------------------------------------------------------------------
// Log sinks, metrics, alert policies

function sinkOf(idx: Index, r: IacResource): Obj {
  const v = r.values;
  const bq = blk(v.bigquery_options);
  return compact({
    name: str(v.name),
    destination: refDestination(idx, v.destination),
    filter: str(v.filter) || undefined,
    description: str(v.description),
    disabled: or(bool(v.disabled), false),
    exclusions: blks(v.exclusions).length ? blks(v.exclusions).map((e) => compact({ name: str(e.name), filter: str(e.filter), description: str(e.description), disabled: bool(e.disabled) })) : undefined,
    bigqueryOptions: bq ? { usePartitionedTables: bool(bq.use_partitioned_tables) } : undefined,
  });
}

/** `storage.googleapis.com/${google_storage_bucket.b.name}`: the destination string, or the Unknown. */
function refDestination(idx: Index, v: unknown): unknown {
  if (!isUnknown(v)) return str(v);
  // A destination built from a bucket of this input whose name is known.
  const bucket = idx.refs(v, ['google_storage_bucket'])[0];
  const name = bucket && nameOf(bucket);
  return name ? `storage.googleapis.com/${name}` : v;
}

/** The `_Required` and `_Default` sinks every project has (Cloud Logging routing defaults). */
function builtInSinks(project: string): Obj[] {
  const bucket = (b: string) => `logging.googleapis.com/projects/${project}/locations/global/buckets/${b}`;
  return [
    { name: '_Required', destination: bucket('_Required'), filter: 'LOG_ID("cloudaudit.googleapis.com/activity") OR LOG_ID("externalaudit.googleapis.com/activity") OR LOG_ID("cloudaudit.googleapis.com/system_event") OR LOG_ID("externalaudit.googleapis.com/system_event") OR LOG_ID("cloudaudit.googleapis.com/access_transparency") OR LOG_ID("externalaudit.googleapis.com/access_transparency")' },
    { name: '_Default', destination: bucket('_Default'), filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity") AND NOT LOG_ID("externalaudit.googleapis.com/activity") AND NOT LOG_ID("cloudaudit.googleapis.com/system_event") AND NOT LOG_ID("externalaudit.googleapis.com/system_event") AND NOT LOG_ID("cloudaudit.googleapis.com/access_transparency") AND NOT LOG_ID("externalaudit.googleapis.com/access_transparency")' },
  ];
}

function metricOf(r: IacResource): Obj {
  const v = r.values;
  const name = str(v.name);
  const d = blk(v.metric_descriptor);
  return compact({
    name,
    description: str(v.description),
    filter: str(v.filter),
    disabled: bool(v.disabled) === true ? true : undefined,
    metricDescriptor: compact({
      type: typeof name === 'string' ? `logging.googleapis.com/user/${name}` : name,
      // Provider defaults for a counter metric.
      metricKind: or(str(d?.metric_kind), 'DELTA'),
      valueType: or(str(d?.value_type), 'INT64'),
      unit: str(d?.unit),
      displayName: str(d?.display_name),
    }),
  });
}

/**
 * Notification channels of an alert policy. A channel of this input referenced through its computed id
 * stands for itself (the `iac:` id): rules count channels, they never resolve them.
 */
function channelsOf(idx: Index, v: unknown): unknown {
  const list = strs(v);
  if (isUnknown(list)) {
    const targets = idx.refs(list, ['google_monitoring_notification_channel']);
    return targets.length && list.refs.every((ref) => targets.some((t) => t.address === ref || t.address.startsWith(`${ref}[`))) ? targets.map((t) => iacId(t)) : list;
  }
  return (list ?? []).map((c) => {
    if (!isUnknown(c)) return c;
    const target = idx.refs(c, ['google_monitoring_notification_channel'])[0];
    return target ? iacId(target) : c;
  });
}

function conditionOf(c: Obj): Obj {
  const th = blk(c.condition_threshold);
  const ab = blk(c.condition_absent);
  const ml = blk(c.condition_matched_log);
  const mql = blk(c.condition_monitoring_query_language);
  const prom = blk(c.condition_prometheus_query_language);
  const aggs = (x: Obj | undefined) => {
    const list = blks(x?.aggregations).map((a) => compact({ alignmentPeriod: str(a.alignment_period), perSeriesAligner: str(a.per_series_aligner), crossSeriesReducer: str(a.cross_series_reducer), groupByFields: nonEmpty(a.group_by_fields) }));
    return list.length ? list : undefined;
  };
  return compact({
    displayName: str(c.display_name),
    conditionThreshold: th ? compact({ filter: str(th.filter), comparison: str(th.comparison), thresholdValue: num(th.threshold_value), duration: str(th.duration), aggregations: aggs(th) }) : undefined,
    conditionAbsent: ab ? compact({ filter: str(ab.filter), duration: str(ab.duration), aggregations: aggs(ab) }) : undefined,
    conditionMatchedLog: ml ? compact({ filter: str(ml.filter) }) : undefined,
    conditionMonitoringQueryLanguage: mql ? compact({ query: str(mql.query), duration: str(mql.duration) }) : undefined,
    conditionPrometheusQueryLanguage: prom ? compact({ query: str(prom.query), duration: str(prom.duration) }) : undefined,
  });
}

function alertPolicyOf(idx: Index, r: IacResource): Obj {
  const v = r.values;
  const channels = channelsOf(idx, v.notification_channels);
  return compact({
    displayName: str(v.display_name),
    combiner: str(v.combiner),
    // Cloud Monitoring default: a new policy is enabled.
    enabled: or(bool(v.enabled), true),
    conditions: blks(v.conditions).map(conditionOf),
    notificationChannels: Array.isArray(channels) && channels.length === 0 ? undefined : channels,
  });
}

// ---------------------------------------------------------------------------------------------------------
// The project asset

interface ProjectParts {
  anchor: IacResource;
  iam: boolean;
  audits: IacResource[];
  sinks: IacResource[];
  metrics: IacResource[];
  alerts: IacResource[];
}

function mapProjects(idx: Index): Asset[] {
  const projects = new Map<string, ProjectParts>();
  const part = (r: IacResource): ProjectParts => {
    const key = projectKey(r);
    let p = projects.get(key);
    if (!p) projects.set(key, (p = { anchor: r, iam: false, audits: [], sinks: [], metrics: [], alerts: [] }));
    return p;
  };
  const iam = iamPartsBy(idx, 'google_project_iam', projectKey);
  for (const list of iam.values()) for (const r of [...list.policies, ...list.bindings, ...list.members]) part(r).iam = true;
  for (const r of idx.of('google_project_iam_audit_config')) part(r).audits.push(r);
  for (const r of idx.of('google_logging_project_sink')) part(r).sinks.push(r);
  for (const r of idx.of('google_logging_metric')) part(r).metrics.push(r);
  for (const r of idx.of('google_monitoring_alert_policy')) part(r).alerts.push(r);

  const out: Asset[] = [];
  for (const [key, p] of projects) {
    const project = key === '?' ? undefined : key;
    const b = builder(p.anchor, idx.ctx, 'cloudresourcemanager', {
      liveId: project ? `//cloudresourcemanager.googleapis.com/projects/${project}` : `${iacId({ root: p.anchor.root, address: 'google_project' })}`,
      type: PROJECT_TYPE,
      kind: 'account',
      name: project ?? 'unknown',
      account: project,
      region: 'global',
    });
    if (p.iam || p.audits.length) {
      b.aspect('iamPolicy', () => {
        const merged = mergeBindings(idx, iam.get(key) ?? { policies: [], bindings: [], members: [] }, []);
        // google_project_iam_audit_config is authoritative for its service.
        const audits = new Map<string, unknown>();
        for (const a of (merged.auditConfigs ?? []) as Obj[]) audits.set(String(a.service), a);
        for (const a of p.audits) {
          const service = str(a.values.service);
          if (isUnknown(service)) throw service;
          audits.set(service ?? '', auditConfigOf(service, a.values.audit_log_config));
        }
        return compact({ ...policyDocument(merged.bindings), auditConfigs: audits.size ? [...audits.values()] : undefined });
      });
    }
    if (p.sinks.length) b.aspect('sinks', () => [...(project ? builtInSinks(project) : []), ...p.sinks.map((s) => sinkOf(idx, s))]);
    if (p.metrics.length || p.alerts.length) {
      b.aspect('logMetrics', () => p.metrics.map(metricOf));
      b.aspect('alertPolicies', () => p.alerts.map((a) => alertPolicyOf(idx, a)));
    }
    out.push(b.build());
  }

  for (const r of idx.of('google_logging_project_sink')) {
    const name = nameOf(r);
    const project = projectOf(r);
    out.push(
      builder(r, idx.ctx, 'logging', {
        liveId: name && project ? `//logging.googleapis.com/projects/${project}/sinks/${name}` : undefined,
        type: LOG_SINK_TYPE,
        kind: 'logging.audit-trail',
        name: name ?? r.name,
        account: project,
        region: 'global',
      })
        .aspect('sink', () => sinkOf(idx, r))
        .build(),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Service accounts

function emailOf(r: IacResource): string | undefined {
  const id = nameOf(r, 'account_id');
  const project = projectOf(r);
  return id && project ? `${id}@${project}.iam.gserviceaccount.com` : undefined;
}

/** The account a key's `service_account_id` names: `projects/<p>/serviceAccounts/<email>`, the email, or a reference. */
function accountOfKey(idx: Index, k: IacResource): IacResource | undefined {
  const v = k.values.service_account_id;
  const email = typeof v === 'string' ? v.split('/').pop() : v;
  return idx.one(email, 'google_service_account', 'email', emailOf, k.module);
}

function mapServiceAccounts(idx: Index): Asset[] {
  const keys = new Map<string, IacResource[]>();
  for (const k of idx.of('google_service_account_key')) {
    const sa = accountOfKey(idx, k);
    if (sa) keys.set(sa.address, [...(keys.get(sa.address) ?? []), k]);
  }
  return idx.of('google_service_account').map((r) => {
    const email = emailOf(r);
    const project = projectOf(r);
    const b = builder(r, idx.ctx, 'iam', {
      liveId: email && project ? `//iam.googleapis.com/projects/${project}/serviceAccounts/${email}` : undefined,
      type: SERVICE_ACCOUNT_TYPE,
      kind: 'identity.service-account',
      name: email ?? r.name,
      account: project,
      region: 'global',
    });
    b.aspect('serviceAccount', () =>
      compact({
        name: email && project ? `projects/${project}/serviceAccounts/${email}` : new Unknown(`email of ${r.address}`),
        projectId: project,
        email,
        displayName: str(r.values.display_name),
        description: str(r.values.description),
        disabled: bool(r.values.disabled) === true ? true : undefined,
      }),
    );
    b.aspect('keys', () =>
      (keys.get(r.address) ?? []).map((k) =>
        compact({
          keyType: 'USER_MANAGED',
          keyAlgorithm: or(str(k.values.key_algorithm), 'KEY_ALG_RSA_2048'),
          keyOrigin: k.values.public_key_data !== undefined && k.values.public_key_data !== null ? 'USER_PROVIDED' : 'GOOGLE_PROVIDED',
        }),
      ),
    );
    return b.build();
  });
}

export function mapProject(idx: Index): Asset[] {
  return [...mapProjects(idx), ...mapServiceAccounts(idx)];
}

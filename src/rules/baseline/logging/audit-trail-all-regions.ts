import type { Asset, Provider } from '../../../core/asset.js';
import { needFacet } from '../../../core/facets.js';
import { MissingData, fail, needAll, pass, unknown, type Rule } from '../../../core/rule.js';

/** Each provider's audit-trail native type, looked up from the account / subscription / project asset. */
export const TRAIL_TYPES: Record<Provider, string> = {
  aws: 'AWS::CloudTrail::Trail',
  azure: 'Microsoft.Insights/diagnosticSettings',
  gcp: 'logging.googleapis.com/LogSink',
};

/** Why a trail does not qualify, or `undefined` when it does; MissingData propagates as "cannot tell". */
function shortfall(t: Asset): string | undefined {
  const missing: string[] = [];
  if (!needFacet(t, 'logging.audit-trail', 'enabled')) missing.push('not logging');
  if (!needFacet(t, 'logging.audit-trail', 'allRegionsAndServices')) missing.push('not all regions and services');
  if (!needFacet(t, 'logging.audit-trail', 'durableDestination')) missing.push('no durable destination');
  return missing.length ? `${t.name}: ${missing.join(', ')}` : undefined;
}

export const rule: Rule = {
  id: 'baseline.logging.audit-trail-all-regions',
  title: 'Control-plane activity of every region and service is logged to a durable destination',
  severity: 'high',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['account'],
  lookups: Object.values(TRAIL_TYPES),
  rationale:
    'Without an audit trail of every region and service kept outside the default short retention, intrusions and mistakes cannot be reconstructed. Judged per account/subscription/project: at least one enabled trail must cover everything and deliver somewhere durable. ' +
    'AWS: a logging multi-region CloudTrail trail with global service events; Azure: a subscription activity-log diagnostic setting exporting Administrative, Security, Policy and Alert (or allLogs) to a workspace, storage account or event hub; GCP: an enabled log sink with no filter (or one on Cloud Audit Logs only) to a durable destination (the built-in _Required/_Default sinks do not count).',
  remediation: {
    steps: [
      'AWS: create (or convert to) a multi-region trail that includes global service events, delivering to an S3 bucket; make sure it is logging.',
      'Azure: add a diagnostic setting on the subscription activity log sending Administrative, Security, Policy and Alert (or allLogs) to Log Analytics or a storage account.',
      'GCP: create a log sink with an empty filter (or logName:"cloudaudit.googleapis.com") to a Cloud Storage bucket, BigQuery dataset or log bucket with long retention; an aggregated organization sink works too.',
      'Generic: manage the trail in IaC at the organization level so new accounts are covered.',
    ],
    cli: 'aws cloudtrail create-trail --name org-trail --s3-bucket-name <BUCKET> --is-multi-region-trail --include-global-service-events && aws cloudtrail start-logging --name org-trail\naz monitor diagnostic-settings subscription create --name activity --location <LOC> --workspace <WS_ID> --logs \'[{"categoryGroup":"allLogs","enabled":true}]\'\ngcloud logging sinks create audit-archive storage.googleapis.com/<BUCKET>',
    terraform: 'resource "aws_cloudtrail" "org" {\n  name                          = "org-trail"\n  s3_bucket_name                = aws_s3_bucket.trail.id\n  is_multi_region_trail         = true\n  include_global_service_events = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
    'https://cloud.google.com/logging/docs/export/configure_export_v2',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AU-2' },
    { framework: 'nist-800-53-r5', control: 'AU-12' },
    { framework: 'nist-800-53-r5', control: 'AU-9' },
    { framework: 'cis-aws-foundations-v5.0.0', control: '3.1' },
    { framework: 'aws-fsbp', control: 'CloudTrail.1' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '2.2' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '7.1.1.2' },
    { framework: 'mcsb', control: 'LT-3' },
  ],
  version: 1,
  evaluate(asset, ctx) {
    const type = TRAIL_TYPES[asset.provider];
    const trails = needAll(ctx, type, { account: asset.account });
    const expected = 'an enabled trail covering all regions and services with a durable destination';
    if (!trails.length) return fail(`No ${type} exists in this scope`, [{ path: `${type}`, observed: 'none', expected }]);
    const shortfalls: string[] = [];
    const unsure: string[] = [];
    for (const t of trails) {
      try {
        const why = shortfall(t);
        if (!why) return pass(`${t.name} covers every region and service and delivers to a durable destination`, [{ path: `${t.id}:facets`, observed: 'qualifies', expected }]);
        shortfalls.push(why);
      } catch (e) {
        if (!(e instanceof MissingData)) throw e;
        unsure.push(`${t.name}: ${e.reasonText}`);
      }
    }
    const evidence = trails.map((t) => ({ path: `${t.id}:facets`, observed: t.facets, expected }));
    if (unsure.length) return unknown(`No trail is known to qualify; undetermined: ${unsure.join('; ')}`, evidence);
    return fail(`No trail qualifies: ${shortfalls.join('; ')}`, evidence);
  },
};

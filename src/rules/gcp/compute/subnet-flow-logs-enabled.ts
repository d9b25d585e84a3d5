import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import { fail, need, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.compute.subnet-flow-logs-enabled',
  title: 'Subnet has VPC Flow Logs on with 5-second aggregation, full sampling, all metadata and no filter',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.subnetwork],
  rationale:
    'Flow logs are the record of which addresses talked to which, on which ports; investigations and anomaly detection depend ' +
    'on them. Sampling, coarse aggregation, filters or dropped metadata leave gaps exactly where an attacker might be.',
  remediation: {
    steps: ['Enable flow logs on the subnet with a 5-second aggregation interval, a sampling rate of 1.0, all metadata and no filter expression.'],
    cli: 'gcloud compute networks subnets update <SUBNET> --region=<REGION> --enable-flow-logs --logging-aggregation-interval=interval-5-sec --logging-flow-sampling=1 --logging-metadata=include-all',
    terraform: 'resource "google_compute_subnetwork" "this" {\n  # ...\n  log_config {\n    aggregation_interval = "INTERVAL_5_SEC"\n    flow_sampling        = 1.0\n    metadata             = "INCLUDE_ALL_METADATA"\n  }\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/using-flow-logs', 'https://cloud.google.com/vpc/docs/flow-logs'],
  compliance: mappings('3.8', ['AU-12', 'SI-4']),
  version: 1,
  evaluate(asset) {
    const s = need<compute_v1.Schema$Subnetwork>(asset, 'subnetwork');
    // Absent purpose means PRIVATE (API default); proxy-only and other special subnets do not support flow logs.
    const purpose = s.purpose ?? 'PRIVATE';
    if (purpose !== 'PRIVATE') return notApplicable(`Subnets with purpose ${purpose} do not support VPC Flow Logs`);
    const c = s.logConfig ?? {};
    const enabled = c.enable ?? s.enableFlowLogs ?? false; // unset: off unless an org policy says otherwise
    // Defaults Compute Engine documents for fields left unset on an enabled config.
    const interval = c.aggregationInterval ?? 'INTERVAL_5_SEC';
    const sampling = c.flowSampling ?? 0.5;
    const metadata = c.metadata ?? 'EXCLUDE_ALL_METADATA';
    const ev = [
      { path: 'config.subnetwork.logConfig.enable', observed: c.enable ?? s.enableFlowLogs ?? null, expected: true },
      { path: 'config.subnetwork.logConfig.aggregationInterval', observed: c.aggregationInterval ?? null, expected: 'INTERVAL_5_SEC' },
      { path: 'config.subnetwork.logConfig.flowSampling', observed: c.flowSampling ?? null, expected: 1 },
      { path: 'config.subnetwork.logConfig.metadata', observed: c.metadata ?? null, expected: 'INCLUDE_ALL_METADATA' },
      { path: 'config.subnetwork.logConfig.filterExpr', observed: c.filterExpr ?? null, expected: null },
    ];
    if (!enabled) return fail('Flow logs are off', ev);
    const issues = [
      interval !== 'INTERVAL_5_SEC' && `aggregation interval ${interval}`,
      sampling < 1 && `sampling ${sampling}`,
      metadata !== 'INCLUDE_ALL_METADATA' && `metadata ${metadata}`,
      !!c.filterExpr && `filter "${c.filterExpr}"`,
    ].filter((x): x is string => typeof x === 'string');
    return issues.length ? fail(`Flow logs are on but incomplete: ${issues.join(', ')}`, ev) : pass('Flow logs capture every flow with full metadata every 5 seconds', ev);
  },
};

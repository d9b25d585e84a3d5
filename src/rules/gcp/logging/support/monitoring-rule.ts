/** Builds the project rule for one CIS log-metric control (2.4-2.11). */
import type { Rule } from '../../../../core/rule.js';
import type { Severity } from '../../../../core/verdict.js';
import { mappings } from '../../support/compliance.js';
import { GCP } from '../../support/types.js';
import { evaluateLogControl } from './alert-path.js';
import type { LogControl } from './cis-log-controls.js';

export interface MonitoringRuleSpec {
  id: string;
  title: string;
  severity: Severity;
  rationale: string;
  control: LogControl;
  /** Metric name used in the remediation commands. */
  metricName: string;
}

export function monitoringRule(spec: MonitoringRuleSpec): Rule {
  const { control, metricName } = spec;
  const filter = control.filter.replace(/'/g, "'\\''");
  return {
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    providers: ['gcp'],
    types: [GCP.project],
    rationale: spec.rationale,
    remediation: {
      steps: [
        `Create a counter log-based metric in the project with the filter: ${control.filter}`,
        `Create an alert policy on logging.googleapis.com/user/${metricName} (for example: count above 0 over the most recent value).`,
        'Attach notification channels that reach the people who must react.',
      ],
      cli:
        `gcloud logging metrics create ${metricName} --description="CIS ${control.cis}: ${control.subject}" --log-filter='${filter}'\n` +
        `gcloud monitoring policies create --policy-from-file=${metricName}-policy.json   # condition on metric.type="logging.googleapis.com/user/${metricName}", with notificationChannels`,
      terraform:
        `resource "google_logging_metric" "${metricName.replace(/-/g, '_')}" {\n  name   = "${metricName}"\n  filter = ${JSON.stringify(control.filter)}\n  metric_descriptor {\n    metric_kind = "DELTA"\n    value_type  = "INT64"\n  }\n}\n\n` +
        `resource "google_monitoring_alert_policy" "${metricName.replace(/-/g, '_')}" {\n  display_name          = "CIS ${control.cis} ${control.subject}"\n  combiner              = "OR"\n  notification_channels = [google_monitoring_notification_channel.security.id]\n  conditions {\n    display_name = "${control.subject}"\n    condition_threshold {\n      filter          = "metric.type=\\"logging.googleapis.com/user/${metricName}\\" AND resource.type=\\"global\\""\n      comparison      = "COMPARISON_GT"\n      threshold_value = 0\n      duration        = "0s"\n      aggregations {\n        alignment_period   = "60s"\n        per_series_aligner = "ALIGN_COUNT"\n      }\n    }\n  }\n}`,
    },
    references: ['https://cloud.google.com/logging/docs/logs-based-metrics', 'https://cloud.google.com/monitoring/alerts/policies-in-api', 'https://cloud.google.com/logging/docs/view/logging-query-language'],
    compliance: mappings(control.cis, ['AU-6', 'SI-4']),
    version: 1,
    evaluate: (asset) => evaluateLogControl(asset, control),
  };
}

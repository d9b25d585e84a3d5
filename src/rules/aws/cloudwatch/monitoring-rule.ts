/**
 * Builds the account-level rule for one CIS section 4 control. It passes only when the whole path exists:
 * multi-region logging trail (all management events) -> its CloudWatch Logs log group -> a metric filter
 * covering the control -> an alarm with actions on the filter's metric -> an SNS topic with a confirmed
 * subscription. Incomplete listings or missing aspects on the way make it unknown, never pass.
 */
import type { Asset } from '../../../core/asset.js';
import type { Rule, RuleContext } from '../../../core/rule.js';
import type { Severity, Verdict } from '../../../core/verdict.js';
import { ALARM_TYPE, followLogGroup, LOG_GROUP_TYPE, METRIC_FILTER_TYPE } from './alarm-chain.js';
import type { MonitoringControl } from './cis-monitoring-controls.js';
import { best, blocked, broken, lookup, STEP, toVerdict } from './outcome.js';
import { TOPIC_TYPE } from './topic-delivery.js';
import { assessTrail, TRAIL_TYPE } from './trail-delivery.js';

export function evaluateMonitoring(account: Asset, ctx: RuleContext, control: MonitoringControl): Verdict {
  const trails = lookup(ctx, TRAIL_TYPE, { account: account.account });
  const sources = [...new Set(control.events.map((e) => String(e.eventSource)))];
  const outcomes = homeCopies(trails.assets).map((t) => {
    const a = assessTrail(t, sources);
    return a.ok ? followLogGroup(ctx, account.account, a.logGroup, control, a.evidence) : a.outcome;
  });
  if (trails.incomplete) outcomes.push(blocked(STEP.trail, trails.incomplete));
  const none = broken(0, 'no CloudTrail trail exists in this account', [{ path: 'AWS::CloudTrail::Trail', observed: 0, expected: 'a multi-region trail delivering to CloudWatch Logs' }]);
  const o = best(outcomes, none);
  return toVerdict(o.status === 'pass' ? o : { ...o, reason: `${control.subject} not monitored: ${o.reason}` });
}

/** A multi-region trail shows up in every region it covers: judge each trail once, as seen from its home region. */
function homeCopies(trails: Asset[]): Asset[] {
  const byArn = new Map<string, Asset>();
  for (const t of trails) {
    const d = t.config.trail as { TrailARN?: string; HomeRegion?: string } | undefined;
    const key = d?.TrailARN ?? t.id;
    if (!byArn.has(key) || t.region === d?.HomeRegion) byArn.set(key, t);
  }
  return [...byArn.values()];
}

export interface MonitoringRuleSpec {
  id: string;
  title: string;
  severity: Severity;
  rationale: string;
  control: MonitoringControl;
  /** Short kebab name for the filter and alarm in remediation commands. */
  metricName: string;
}

export function monitoringRule(spec: MonitoringRuleSpec): Rule {
  const { control, metricName } = spec;
  return {
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    providers: ['aws'],
    types: ['AWS::::Account'],
    rationale: spec.rationale,
    remediation: {
      steps: [
        'Make sure a multi-region CloudTrail trail that records all management events is logging and delivers to a CloudWatch Logs log group.',
        `Create a metric filter on that log group with the pattern ${control.pattern}.`,
        'Create a CloudWatch alarm on the metric (Sum >= 1 over 5 minutes) that notifies an SNS topic.',
        'Subscribe the security team to the topic and confirm the subscription.',
      ],
      cli: [
        `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${metricName} --metric-transformations metricName=${metricName},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${control.pattern}'`,
        `aws cloudwatch put-metric-alarm --alarm-name ${metricName} --metric-name ${metricName} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`,
      ].join('\n'),
      terraform: [
        `resource "aws_cloudwatch_log_metric_filter" "${metricName.replace(/-/g, '_')}" {`,
        `  name           = "${metricName}"`,
        '  log_group_name = aws_cloudwatch_log_group.cloudtrail.name',
        `  pattern        = ${JSON.stringify(control.pattern)}`,
        `  metric_transformation {\n    name      = "${metricName}"\n    namespace = "CISBenchmark"\n    value     = "1"\n  }`,
        '}',
        `resource "aws_cloudwatch_metric_alarm" "${metricName.replace(/-/g, '_')}" {`,
        `  alarm_name          = "${metricName}"`,
        `  metric_name         = "${metricName}"`,
        '  namespace           = "CISBenchmark"',
        '  statistic           = "Sum"',
        '  period              = 300',
        '  threshold           = 1',
        '  comparison_operator = "GreaterThanOrEqualToThreshold"',
        '  evaluation_periods  = 1',
        '  alarm_actions       = [aws_sns_topic.security_alerts.arn]',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-create-subscribe-endpoint-to-topic.html',
    ],
    compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: control.cis }],
    version: 1,
    lookups: [TRAIL_TYPE, LOG_GROUP_TYPE, METRIC_FILTER_TYPE, ALARM_TYPE, TOPIC_TYPE],
    evaluate: (asset, ctx) => evaluateMonitoring(asset, ctx, control),
  };
}

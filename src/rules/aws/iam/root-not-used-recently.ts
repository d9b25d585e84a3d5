import { fail, pass, type Rule } from '../../../core/rule.js';
import { daysSince, reportDate } from './support/credential-row.js';
import { rootRow } from './support/credential-report.js';

/**
 * CIS 1.6 ("eliminate use of the root user for administrative and daily tasks") sets no window; Parapet
 * flags any root sign-in or key use in the last 30 days, long enough to skip one-off account chores a
 * quarter ago, short enough to catch habitual use.
 */
export const ROOT_USE_WINDOW_DAYS = 30;

const USE_COLUMNS = ['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date'] as const;

export const rule: Rule = {
  id: 'aws.iam.root-not-used-recently',
  title: `The root user has not been used in the last ${ROOT_USE_WINDOW_DAYS} days`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::IAM::CredentialReport'],
  rationale:
    'Day-to-day work as root bypasses every permission guardrail and leaves an audit trail that names no person. ' +
    'Root is needed only for a handful of account tasks; recent use is a habit to break or an intrusion to investigate.',
  remediation: {
    steps: [
      'Find out who used the root user and why (CloudTrail events with userIdentity.type = Root).',
      'Give those people IAM Identity Center or IAM role access for the tasks they performed.',
      'Keep root credentials locked away with MFA and alert on every root sign-in.',
    ],
    cli: 'aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 -d | grep "<root_account>"',
    terraform: '# Alert on root use instead, e.g. an aws_cloudwatch_log_metric_filter on $.userIdentity.type = "Root".',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  ],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '1.6' }],
  version: 1,
  evaluate(asset) {
    const { row, index } = rootRow(asset);
    const now = new Date(asset.observedAt);
    const ev = USE_COLUMNS.map((c) => ({ path: `config.report.Rows.${index}.${c}`, observed: row[c] ?? null, expected: `no use in the last ${ROOT_USE_WINDOW_DAYS} days` }));
    const uses = USE_COLUMNS.map((c) => ({ column: c, at: reportDate(row[c]) })).filter((u): u is { column: (typeof USE_COLUMNS)[number]; at: Date } => u.at !== undefined);
    const latest = uses.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
    if (!latest) return pass('The credential report shows no use of the root user', ev);
    const days = daysSince(latest.at, now);
    if (days < ROOT_USE_WINDOW_DAYS) return fail(`The root user was used ${days} day(s) ago (${latest.column})`, ev);
    return pass(`The root user was last used ${days} days ago`, ev);
  },
};

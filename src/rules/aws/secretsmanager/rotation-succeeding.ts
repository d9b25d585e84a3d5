import { fail, MissingData, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { rotationIntervalDays } from './support/schedule.js';
import { dateOf, daysSince, iso, needSecret, SECRET_ASPECT } from './support/secret.js';

/**
 * Slack past the scheduled date before a rotation counts as missed: rotation runs inside a window of up
 * to 24 hours on the due day, and ListSecrets reports LastRotatedDate to the day.
 */
const GRACE_DAYS = 2;

export const rule: Rule = {
  id: 'aws.secretsmanager.rotation-succeeding',
  title: 'Secrets with automatic rotation have rotated on schedule',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::SecretsManager::Secret'],
  rationale:
    'Rotation fails quietly when the rotation function loses network access or permissions, or the database rejects the new password. The secret then keeps its old value while everyone believes it is rotated.',
  remediation: {
    steps: [
      "Check the rotation function's CloudWatch logs for the error of the last attempt.",
      'Fix its permissions, network path (VPC endpoint for Secrets Manager) or the database user, then rotate the secret immediately.',
    ],
    cli: 'aws secretsmanager rotate-secret --secret-id <secret>',
    terraform: '# Fix the rotation function (aws_lambda_function) and its role; rotation rules stay in aws_secretsmanager_secret_rotation.',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-2',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SecretsManager.2' }],
  version: 1,
  evaluate(asset) {
    const s = needSecret(asset);
    if (s.RotationEnabled !== true) return notApplicable('Automatic rotation is not enabled');
    const interval = rotationIntervalDays(s.RotationRules);
    const schedulePath = `config.${SECRET_ASPECT}.RotationRules`;
    if (interval === undefined) throw new MissingData(`Rotation schedule ${s.RotationRules?.ScheduleExpression ?? '(none)'} has no fixed interval to check against`, [{ path: schedulePath, observed: s.RotationRules ?? null, expected: 'AutomaticallyAfterDays or rate()' }]);
    const rotated = dateOf(s.LastRotatedDate);
    const since = rotated ?? dateOf(s.CreatedDate);
    if (!since) throw new MissingData('ListSecrets returned neither LastRotatedDate nor CreatedDate', [{ path: `config.${SECRET_ASPECT}.LastRotatedDate`, observed: null, expected: 'a date' }]);
    const days = daysSince(since, asset);
    const allowed = interval + GRACE_DAYS;
    const evidence = [
      { path: schedulePath, observed: s.RotationRules, expected: 'a schedule' },
      { path: `config.${SECRET_ASPECT}.${rotated ? 'LastRotatedDate' : 'CreatedDate'}`, observed: iso(since), expected: `within ${allowed} days of ${asset.observedAt.slice(0, 10)}` },
    ];
    const what = rotated ? `last rotated ${days} days ago` : `never rotated in the ${days} days since it was created`;
    if (days > allowed) return fail(`Rotation is due every ${interval} days but the secret was ${what}`, evidence);
    return pass(`The secret was ${what}, within its ${interval}-day schedule`, evidence);
  },
};

import { fail, MissingData, pass, type Rule } from '../../../core/rule.js';
import { dateOf, daysSince, iso, needSecret, SECRET_ASPECT } from './support/secret.js';

/** Security Hub's default for SecretsManager.4 (maxDaysSinceRotation). */
export const MAX_DAYS_SINCE_ROTATION = 90;

export const rule: Rule = {
  id: 'aws.secretsmanager.rotated-within-90-days',
  title: `Secrets have been rotated within the last ${MAX_DAYS_SINCE_ROTATION} days`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::SecretsManager::Secret'],
  rationale:
    'Rotation only limits exposure if it happens: a secret with rotation configured but failing, or rotated by hand long ago, has been valid for as long as any copy made since then.',
  remediation: {
    steps: [
      'Rotate the secret now and check the rotation function logs if it fails.',
      'Enable automatic rotation at 90 days or less so it stays current.',
    ],
    cli: 'aws secretsmanager rotate-secret --secret-id <secret>',
    terraform: 'resource "aws_secretsmanager_secret_rotation" "example" {\n  secret_id           = aws_secretsmanager_secret.example.id\n  rotation_lambda_arn = aws_lambda_function.rotator.arn\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-4',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SecretsManager.4' }],
  version: 1,
  evaluate(asset) {
    const s = needSecret(asset);
    const rotated = dateOf(s.LastRotatedDate);
    // A secret that was never rotated has held the same value since it was created.
    const since = rotated ?? dateOf(s.CreatedDate);
    const path = `config.${SECRET_ASPECT}.${rotated ? 'LastRotatedDate' : 'CreatedDate'}`;
    if (!since) throw new MissingData('ListSecrets returned neither LastRotatedDate nor CreatedDate', [{ path: `config.${SECRET_ASPECT}.LastRotatedDate`, observed: null, expected: 'a date' }]);
    const days = daysSince(since, asset);
    const evidence = [{ path, observed: iso(since), expected: `within ${MAX_DAYS_SINCE_ROTATION} days of ${asset.observedAt.slice(0, 10)}` }];
    const what = rotated ? `last rotated ${days} days ago (${iso(since)})` : `never rotated since it was created ${days} days ago`;
    return days > MAX_DAYS_SINCE_ROTATION ? fail(`The secret was ${what}`, evidence) : pass(`The secret was ${what}`, evidence);
  },
};

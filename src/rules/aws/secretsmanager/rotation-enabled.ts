import { fail, pass, type Rule } from '../../../core/rule.js';
import { needSecret, SECRET_ASPECT } from './support/secret.js';

export const rule: Rule = {
  id: 'aws.secretsmanager.rotation-enabled',
  title: 'Secrets Manager secrets rotate automatically',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::SecretsManager::Secret'],
  rationale:
    'A credential that never changes stays valid for as long as a copy of it exists: in old laptops, logs, CI variables or a departed employee\'s notes. Automatic rotation bounds how long a leaked secret is useful.',
  remediation: {
    steps: [
      'Attach a rotation function (AWS provides templates for RDS, Redshift and DocumentDB credentials) or use managed rotation.',
      'Turn on rotation with a schedule (30 to 90 days), then check the first rotation succeeds.',
    ],
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30',
    terraform: 'resource "aws_secretsmanager_secret_rotation" "example" {\n  secret_id           = aws_secretsmanager_secret.example.id\n  rotation_lambda_arn = aws_lambda_function.rotator.arn\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SecretsManager.1' }],
  version: 1,
  evaluate(asset) {
    const s = needSecret(asset);
    // ListSecrets leaves RotationEnabled out for secrets that never had rotation configured.
    const on = s.RotationEnabled === true;
    const evidence = [{ path: `config.${SECRET_ASPECT}.RotationEnabled`, observed: s.RotationEnabled ?? null, expected: true }];
    if (!on) return fail('Automatic rotation is not enabled', evidence);
    const every = s.RotationRules?.AutomaticallyAfterDays;
    return pass(`Automatic rotation is enabled${every ? ` every ${every} days` : s.RotationRules?.ScheduleExpression ? ` on ${s.RotationRules.ScheduleExpression}` : ''}`, evidence);
  },
};

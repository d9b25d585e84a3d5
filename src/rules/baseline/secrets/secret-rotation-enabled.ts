import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.secrets.secret-rotation-enabled',
  title: 'Secret is rotated automatically',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['secret'],
  rationale:
    'A secret that is never rotated stays useful to whoever copied it, indefinitely. AWS Secrets Manager: rotation enabled with a rotation function; GCP Secret Manager: a rotation period (which notifies a rotator through Pub/Sub). ' +
    'Azure Key Vault secrets have no rotation switch of their own (rotation is built with Event Grid near-expiry events): not applicable there; see baseline.secrets.secret-expiry-set.',
  remediation: {
    steps: [
      'AWS: configure rotation with a rotation Lambda function and a schedule.',
      'Azure: set an expiry and automate rotation on the SecretNearExpiry Event Grid event.',
      'GCP: set a rotation period and a Pub/Sub topic, and subscribe a function that adds a new secret version.',
      'Generic: declare rotation in IaC (aws_secretsmanager_secret_rotation, google_secret_manager_secret.rotation).',
    ],
    cli: 'aws secretsmanager rotate-secret --secret-id <SECRET> --rotation-lambda-arn <FN_ARN> --rotation-rules AutomaticallyAfterDays=30\ngcloud secrets update <SECRET> --rotation-period=30d --next-rotation-time=<TIME> --topics=<TOPIC>',
    terraform: 'resource "aws_secretsmanager_secret_rotation" "r" {\n  secret_id           = aws_secretsmanager_secret.s.id\n  rotation_lambda_arn = aws_lambda_function.rotator.arn\n  rotation_rules { automatically_after_days = 30 }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    'https://learn.microsoft.com/en-us/azure/key-vault/secrets/tutorial-rotation',
    'https://cloud.google.com/secret-manager/docs/secret-rotation',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'IA-5(1)' },
    { framework: 'nist-800-53-r5', control: 'SC-12' },
    { framework: 'aws-fsbp', control: 'SecretsManager.1' },
    { framework: 'mcsb', control: 'IM-8' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'secret', 'rotationEnabled', {
      expected: true,
      pass: 'Automatic rotation is configured',
      fail: 'Automatic rotation is not configured',
      optional: true,
      notModelled: 'Secrets of this provider have no built-in rotation setting',
    });
  },
};

import { fail, need, pass, type Rule } from '../../../core/rule.js';

/**
 * CloudWatch Logs always encrypts at rest; a KMS key adds a key policy as a second gate on reading the
 * logs and makes every decryption auditable. Worth it for log groups holding sensitive data.
 */
export const rule: Rule = {
  id: 'aws.cloudwatch.log-group-kms-encrypted',
  title: 'CloudWatch log groups are encrypted with a KMS key',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::Logs::LogGroup'],
  rationale:
    'Without a customer-managed KMS key, anyone with logs:GetLogEvents can read the log data. Associating a KMS key requires kms:Decrypt as well, lets you revoke access by disabling the key, and records each use in CloudTrail.',
  remediation: {
    steps: ['Create or choose a customer-managed KMS key whose key policy allows the logs.<region>.amazonaws.com service principal.', 'Associate the key with the log group.'],
    cli: 'aws logs associate-kms-key --log-group-name <name> --kms-key-id arn:aws:kms:<region>:<account>:key/<key-id>',
    terraform: 'resource "aws_cloudwatch_log_group" "example" {\n  name       = "<name>"\n  kms_key_id = aws_kms_key.logs.arn\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AU-9' },
    { framework: 'nist-800-53-r5', control: 'SC-28' },
  ],
  version: 1,
  evaluate(asset) {
    const g = need<{ kmsKeyId?: string } | null>(asset, 'logGroup');
    const key = g?.kmsKeyId || null;
    const ev = [{ path: 'config.logGroup.kmsKeyId', observed: key, expected: 'a KMS key ARN' }];
    return key ? pass(`Encrypted with ${key}`, ev) : fail('No KMS key is associated with the log group', ev);
  },
};

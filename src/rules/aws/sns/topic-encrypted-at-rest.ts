import { fail, need, pass, type Rule } from '../../../core/rule.js';

interface TopicAttributes {
  Attributes?: Record<string, string>;
}

export const rule: Rule = {
  id: 'aws.sns.topic-encrypted-at-rest',
  title: 'SNS topics are encrypted at rest with a KMS key',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::SNS::Topic'],
  rationale:
    'With server-side encryption, messages held by SNS are encrypted under a KMS key, so reading them needs kms:Decrypt as well as SNS permissions and every use of the key is logged. Without it, only storage-level disk encryption applies. (Security Hub retired SNS.1 from the FSBP standard in April 2024; it remains in NIST SP 800-53.)',
  remediation: {
    steps: [
      'Choose a KMS key (alias/aws/sns, or a customer-managed key whose policy lets publishers and subscribing services use it).',
      'Set it as the topic\'s KmsMasterKeyId.',
    ],
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
    terraform: 'resource "aws_sns_topic" "example" {\n  name              = "<name>"\n  kms_master_key_id = "alias/aws/sns"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SNS.1' }],
  version: 1,
  evaluate(asset) {
    const a = need<TopicAttributes | null>(asset, 'attributes');
    const key = a?.Attributes?.KmsMasterKeyId || null;
    const ev = [{ path: 'config.attributes.Attributes.KmsMasterKeyId', observed: key, expected: 'a KMS key id, ARN or alias' }];
    return key ? pass(`Encrypted at rest with ${key}`, ev) : fail('The topic has no KMS key for server-side encryption', ev);
  },
};

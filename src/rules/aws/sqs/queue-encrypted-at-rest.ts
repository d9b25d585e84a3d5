import { fail, need, pass, type Rule } from '../../../core/rule.js';

interface QueueAttributes {
  Attributes?: Record<string, string>;
}

export const rule: Rule = {
  id: 'aws.sqs.queue-encrypted-at-rest',
  title: 'SQS queues are encrypted at rest',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::SQS::Queue'],
  rationale:
    'Queues hold message bodies until they are consumed, often including personal or business data. Server-side encryption (SSE-SQS, or SSE-KMS for key-policy control and audit) keeps those bodies encrypted at rest.',
  remediation: {
    steps: ['Turn on SSE-SQS for the queue, or set a KMS key (SSE-KMS) when you need key policies and CloudTrail records of key use.'],
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes SqsManagedSseEnabled=true',
    terraform: 'resource "aws_sqs_queue" "example" {\n  name                    = "<name>"\n  sqs_managed_sse_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SQS.1' }],
  version: 1,
  evaluate(asset) {
    const a = need<QueueAttributes | null>(asset, 'attributes');
    const key = a?.Attributes?.KmsMasterKeyId || null;
    const managed = a?.Attributes?.SqsManagedSseEnabled ?? null;
    const ev = [
      { path: 'config.attributes.Attributes.KmsMasterKeyId', observed: key, expected: 'a KMS key (or SSE-SQS)' },
      { path: 'config.attributes.Attributes.SqsManagedSseEnabled', observed: managed, expected: 'true (or a KMS key)' },
    ];
    if (key) return pass(`Encrypted at rest with KMS key ${key}`, ev);
    if (managed === 'true') return pass('Encrypted at rest with SQS-managed keys (SSE-SQS)', ev);
    return fail('Server-side encryption is off', ev);
  },
};

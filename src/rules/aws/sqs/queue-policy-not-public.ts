import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';
import { publicStatements } from '../sns/public-policy.js';

interface QueueAttributes {
  Attributes?: Record<string, string>;
}

export const rule: Rule = {
  id: 'aws.sqs.queue-policy-not-public',
  title: 'SQS queue policies do not allow public access',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::SQS::Queue'],
  rationale:
    'A queue policy that allows Principal "*" without a condition pinning the caller lets any AWS account send messages into the queue (feeding forged work to its consumers) or receive and delete them (reading the data).',
  remediation: {
    steps: [
      'Replace Principal "*" with the accounts, roles or service principals that need access,',
      'or add a condition that pins the source (aws:SourceArn of the SNS topic or S3 bucket, aws:SourceAccount, aws:PrincipalOrgID).',
    ],
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes file://policy-attributes.json',
    terraform: 'resource "aws_sqs_queue_policy" "example" {\n  queue_url = aws_sqs_queue.example.id\n  policy    = data.aws_iam_policy_document.queue.json # principals scoped to known accounts\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-3',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'SQS.3' }],
  version: 1,
  evaluate(asset) {
    const a = need<QueueAttributes | null>(asset, 'attributes');
    const policy = a?.Attributes?.Policy;
    const r = publicStatements(policy);
    if (!r.ok) return unknown(r.error, [{ path: 'config.attributes.Attributes.Policy', observed: policy ?? null, expected: 'a JSON policy' }]);
    const ev = r.statements.map((s) => ({ path: `config.attributes.Attributes.Policy#${s.sid ?? 'statement'}`, observed: `${s.why}; actions ${s.actions.join(', ') || '(none)'}`, expected: 'no public grant' }));
    if (r.statements.length > 0) return fail(`The queue policy grants public access (${r.statements.map((s) => s.sid ?? 'unnamed statement').join(', ')})`, ev);
    return pass(policy ? 'No statement in the queue policy grants public access' : 'The queue has no policy', [
      { path: 'config.attributes.Attributes.Policy', observed: policy ? 'no public statements' : null, expected: 'no public grant' },
    ]);
  },
};

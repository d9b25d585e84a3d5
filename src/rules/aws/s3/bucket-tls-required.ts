import { fail, need, pass, type Rule } from '../../../core/rule.js';
import type { PolicyDocument } from '../../../analysis/aws/s3/policy.js';
import { tlsDenyStatements } from '../../../analysis/aws/s3/tls.js';

export const rule: Rule = {
  id: 'aws.s3.bucket-tls-required',
  title: 'S3 bucket policy denies requests that do not use TLS',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'S3 accepts plain HTTP unless the bucket policy denies it. Without a Deny on aws:SecureTransport "false" for every action on the bucket and its objects, credentials-signed requests and data can travel unencrypted and be read or altered in transit.',
  remediation: {
    steps: [
      'Add a statement to the bucket policy: Effect Deny, Principal "*", Action "s3:*", Resource the bucket ARN and "<bucket ARN>/*", Condition {"Bool": {"aws:SecureTransport": "false"}}.',
      'Keep the condition alone in the statement: extra conditions narrow the Deny.',
    ],
    cli: 'aws s3api put-bucket-policy --bucket <BUCKET> --policy file://deny-insecure-transport.json',
    terraform:
      'data "aws_iam_policy_document" "tls_only" {\n  statement {\n    effect    = "Deny"\n    actions   = ["s3:*"]\n    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.1.1' },
    { framework: 'aws-fsbp', control: 'S3.5' },
  ],
  version: 1,
  evaluate(asset) {
    const doc = need<PolicyDocument | null>(asset, 'policy');
    const expected = 'Deny s3:* on bucket and objects to "*" when aws:SecureTransport is false';
    if (!doc) return fail('The bucket has no policy, so plain-HTTP requests are not denied', [{ path: 'config.policy', observed: null, expected }]);
    const matches = tlsDenyStatements(doc, asset.id);
    const full = matches.find((m) => m.allActions && m.bucketAndObjects);
    if (full) return pass(`Statement ${full.sid ?? full.index} denies every request made without TLS`, [{ path: `config.policy.Statement[${full.index}]`, observed: 'Deny s3:* on bucket and objects if aws:SecureTransport=false', expected }]);
    if (matches.length) {
      const evidence = matches.map((m) => ({ path: `config.policy.Statement[${m.index}]`, observed: { allActions: m.allActions, bucketAndObjects: m.bucketAndObjects }, expected }));
      return fail('The policy denies some plain-HTTP requests but not every action on both the bucket and its objects', evidence);
    }
    return fail('No policy statement denies requests made without TLS', [{ path: 'config.policy.Statement', observed: 'no Deny on aws:SecureTransport=false', expected }]);
  },
};

import type { Rule } from '../../../core/rule.js';
import { ACCOUNT_BLOCK_TYPE } from '../../../analysis/aws/s3/block-settings.js';
import { evaluateExposure } from '../../../analysis/aws/s3/exposure.js';

export const rule: Rule = {
  id: 'aws.s3.bucket-not-publicly-readable',
  title: 'S3 bucket is not publicly readable',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  lookups: [ACCOUNT_BLOCK_TYPE],
  rationale:
    'Anyone on the internet can list or download the objects of a publicly readable bucket. The verdict is the effective one: ACL grants to AllUsers or AuthenticatedUsers and unconditioned Principal "*" policy statements, minus what IgnorePublicAcls and RestrictPublicBuckets at bucket or account level neutralise. Data that could not be read makes the verdict unknown, never pass.',
  remediation: {
    steps: [
      'Remove ACL grants to the AllUsers and AuthenticatedUsers groups (or disable ACLs with BucketOwnerEnforced object ownership).',
      'Remove or condition bucket policy statements that allow reads to Principal "*" (for example with aws:SourceVpce or aws:PrincipalOrgID).',
      'Enable Block Public Access on the bucket and the account.',
    ],
    cli: 'aws s3api put-public-access-block --bucket <BUCKET> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#specifying-grantee-predefined-groups',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'S3.2' }],
  version: 1,
  evaluate(asset, ctx) {
    return evaluateExposure(asset, ctx, 'read');
  },
};

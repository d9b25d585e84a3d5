import { need, type Rule } from '../../../core/rule.js';
import { BLOCK_ASPECT, type BlockConfig } from '../../../analysis/aws/s3/block-settings.js';
import { allFourSettingsVerdict } from './support/block-verdict.js';

export const rule: Rule = {
  id: 'aws.s3.bucket-public-access-blocked',
  title: 'S3 bucket has all four Block Public Access settings enabled',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'A bucket-level block keeps the bucket private even if the account-level block is later relaxed, and stops anyone with write access to the bucket policy or ACL from publishing its data.',
  remediation: {
    steps: [
      'Check that nothing relies on public access to this bucket (serve websites through CloudFront with origin access control).',
      'Enable BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets on the bucket.',
    ],
    cli: 'aws s3api put-public-access-block --bucket <BUCKET> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.1.4' },
    { framework: 'aws-fsbp', control: 'S3.8' },
  ],
  version: 1,
  evaluate(asset) {
    return allFourSettingsVerdict(need<BlockConfig | null>(asset, BLOCK_ASPECT), 'bucket', `config.${BLOCK_ASPECT}`);
  },
};

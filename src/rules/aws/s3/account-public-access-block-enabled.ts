import { MissingData, type Rule } from '../../../core/rule.js';
import { ACCOUNT_BLOCK_TYPE, accountBlock, BLOCK_ASPECT } from '../../../analysis/aws/s3/block-settings.js';
import { allFourSettingsVerdict } from './support/block-verdict.js';

/**
 * Judged on the account asset, like Security Hub S3.1, so an account whose setting could not be collected at
 * all still gets a verdict (unknown) instead of silently having none.
 */
export const rule: Rule = {
  id: 'aws.s3.account-public-access-block-enabled',
  title: 'S3 Block Public Access is fully enabled for the account',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::::Account'],
  lookups: [ACCOUNT_BLOCK_TYPE],
  rationale:
    'The account-level block applies to every current and future bucket of the account. With all four settings on, no ACL or bucket policy can make data public by mistake, whatever individual bucket owners configure.',
  remediation: {
    steps: [
      'Confirm no bucket in the account must be public (static websites should be served through CloudFront with origin access control).',
      'Turn on BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets for the account.',
    ],
    cli: 'aws s3control put-public-access-block --account-id <ACCOUNT_ID> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.1.4' },
    { framework: 'aws-fsbp', control: 'S3.1' },
  ],
  version: 1,
  evaluate(asset, ctx) {
    const path = `${ACCOUNT_BLOCK_TYPE}.config.${BLOCK_ASPECT}`;
    const block = accountBlock(ctx, asset.account);
    if ('unknown' in block) throw new MissingData(block.unknown, [{ path, observed: null, expected: 'collected' }]);
    return allFourSettingsVerdict(block.config, 'account', path);
  },
};

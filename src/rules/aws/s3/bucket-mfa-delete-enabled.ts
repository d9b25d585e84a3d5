import { fail, need, pass, type Rule } from '../../../core/rule.js';

interface Versioning {
  Status?: string;
  MFADelete?: string;
}

export const rule: Rule = {
  id: 'aws.s3.bucket-mfa-delete-enabled',
  title: 'S3 bucket has MFA delete enabled',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'With MFA delete, permanently deleting an object version or changing the versioning state needs the root user\'s MFA code, so stolen access keys alone cannot destroy the version history.',
  remediation: {
    steps: [
      'Sign in as the account root user with its MFA device (only the root user can change MFA delete).',
      'Enable versioning together with MFA delete on the bucket.',
      'Note that MFA delete cannot be combined with a lifecycle configuration on the bucket.',
    ],
    cli: 'aws s3api put-bucket-versioning --bucket <BUCKET> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<ACCOUNT_ID>:mfa/root-account-mfa-device <CODE>"',
    terraform:
      'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "${var.root_mfa_serial} ${var.root_mfa_code}"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-20',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.1.2' },
  ],
  version: 1,
  evaluate(asset) {
    const v = need<Versioning | null>(asset, 'versioning');
    const evidence = [
      { path: 'config.versioning.MFADelete', observed: v?.MFADelete ?? null, expected: 'Enabled' },
      { path: 'config.versioning.Status', observed: v?.Status ?? null, expected: 'Enabled' },
    ];
    if (v?.MFADelete === 'Enabled') return pass('MFA delete is enabled', evidence);
    if (v?.Status !== 'Enabled') return fail('MFA delete is not enabled (and versioning, which it requires, is not enabled either)', evidence);
    return fail('Versioning is enabled but MFA delete is not', evidence);
  },
};

import type { GetEbsEncryptionByDefaultResult } from '@aws-sdk/client-ec2';
import { fail, MissingData, need, pass, type Rule } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'aws.ec2.ebs-encryption-by-default-enabled',
  title: 'EBS encryption by default is enabled in every region',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EC2::EbsEncryptionByDefault'],
  rationale:
    'With encryption by default on, every new EBS volume and snapshot copy in the region is encrypted whatever ' +
    'the launching tool asks for, so an unencrypted volume cannot be created by mistake.',
  remediation: {
    steps: ['In the EC2 console, open Settings > Data protection and security for the region.', 'Enable "Always encrypt new EBS volumes" (optionally choose a customer managed KMS key).'],
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '5.1.1' },
    { framework: 'aws-fsbp', control: 'EC2.7' },
  ],
  version: 1,
  evaluate(asset) {
    const setting = need<GetEbsEncryptionByDefaultResult | null>(asset, 'ebsEncryptionByDefault');
    const enabled = setting?.EbsEncryptionByDefault;
    const evidence = [{ path: 'config.ebsEncryptionByDefault.EbsEncryptionByDefault', observed: enabled ?? null, expected: true }];
    if (typeof enabled !== 'boolean') throw new MissingData('GetEbsEncryptionByDefault returned no setting', evidence);
    return enabled
      ? pass(`EBS encryption by default is enabled in ${asset.region}`, evidence)
      : fail(`EBS encryption by default is disabled in ${asset.region}`, evidence);
  },
};

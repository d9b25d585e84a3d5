import { EC2Client, GetEbsDefaultKmsKeyIdCommand, GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
import type { AwsCollector } from '../../collector.js';
import { ec2SettingArn, withoutMetadata } from './support/arn.js';

/**
 * The region's EBS encryption-by-default setting (one asset per region) with the default KMS key new
 * volumes are encrypted with. Both calls are per region and independent, so they run together.
 */
export const ebsEncryptionByDefaultCollector: AwsCollector = {
  id: 'aws.ec2.ebs-encryption-by-default',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::EbsEncryptionByDefault'],
  permissions: ['ec2:GetEbsEncryptionByDefault', 'ec2:GetEbsDefaultKmsKeyId'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    const asset = ctx.asset({ id: ec2SettingArn(ctx, 'ebs-encryption-by-default'), type: 'AWS::EC2::EbsEncryptionByDefault', kind: 'account.setting', name: `ebs-encryption-by-default (${ctx.region})` });
    const [setting, key] = await Promise.all([
      ctx.call('GetEbsEncryptionByDefault', () => client.send(new GetEbsEncryptionByDefaultCommand({}))),
      ctx.call('GetEbsDefaultKmsKeyId', () => client.send(new GetEbsDefaultKmsKeyIdCommand({}))),
    ]);
    ctx.aspect(asset, 'ebsEncryptionByDefault', setting, withoutMetadata);
    ctx.aspect(asset, 'ebsDefaultKmsKeyId', key, withoutMetadata);
    ctx.progress(1);
    yield asset;
  },
};

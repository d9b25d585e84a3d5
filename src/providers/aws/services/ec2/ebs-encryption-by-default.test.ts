import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/ec2/ebs-encryption-by-default-enabled.js';
import { ebsEncryptionByDefaultCollector } from './ebs-encryption-by-default.js';
import { ACCOUNT, ec2Estate, REGION } from './support/test-estate.js';

describe('aws.ec2.ebs-encryption-by-default collector', () => {
  it('yields one setting per region with the default KMS key', async () => {
    const key = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const out = await collectFrom(ec2Estate({ ebsEncryptionByDefault: true, ebsDefaultKmsKeyId: key }), ebsEncryptionByDefaultCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets).toHaveLength(1);
    const [asset] = out.assets;
    expect(asset).toMatchObject({
      id: `arn:aws:ec2:${REGION}:${ACCOUNT}:ebs-encryption-by-default`,
      type: 'AWS::EC2::EbsEncryptionByDefault',
      kind: 'account.setting',
      config: { ebsEncryptionByDefault: { EbsEncryptionByDefault: true }, ebsDefaultKmsKeyId: { KmsKeyId: key } },
    });
    expect(runRule(rule, asset!, fixtureContext(out.assets)).status).toBe('pass');
  });

  it('reads a region left at the AWS default as disabled', async () => {
    const out = await collectFrom(ec2Estate({}), ebsEncryptionByDefaultCollector);
    expect(out.assets[0]!.config.ebsEncryptionByDefault).toEqual({ EbsEncryptionByDefault: false });
    expect(runRule(rule, out.assets[0]!, fixtureContext(out.assets)).status).toBe('fail');
  });

  it('a denied GetEbsEncryptionByDefault is a gap (unknown), the key id still collected', async () => {
    const out = await collectFrom(ec2Estate({ ebsEncryptionByDefault: true }), ebsEncryptionByDefaultCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'GetEbsEncryptionByDefault' }] });
    const [asset] = out.assets;
    expect(asset!.gaps.ebsEncryptionByDefault).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'ec2', operation: 'GetEbsEncryptionByDefault', code: 'UnauthorizedOperation' });
    expect(asset!.config.ebsDefaultKmsKeyId).toEqual({ KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/aws/ebs` });
    expect(runRule(rule, asset!, fixtureContext(out.assets)).status).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './ebs-encryption-by-default-enabled.js';
import { verdict } from './support/fixtures.js';

const setting = (config: Record<string, unknown>, gaps = {}) => awsAsset({ type: 'AWS::EC2::EbsEncryptionByDefault', kind: 'account.setting', region: 'eu-west-1', config, gaps });

describe(rule.id, () => {
  it('passes when enabled', () => {
    const v = verdict(rule, setting({ ebsEncryptionByDefault: { EbsEncryptionByDefault: true, SseType: 'sse-ebs' } }));
    expect(v).toMatchObject({ status: 'pass', evidence: [{ path: 'config.ebsEncryptionByDefault.EbsEncryptionByDefault', observed: true }] });
  });

  it('fails when disabled, naming the region', () => {
    const v = verdict(rule, setting({ ebsEncryptionByDefault: { EbsEncryptionByDefault: false } }));
    expect(v.status).toBe('fail');
    expect(v.reason).toContain('eu-west-1');
  });

  it('is unknown when the call was denied', () => {
    expect(verdict(rule, setting({}, { ebsEncryptionByDefault: deniedGap('ec2', 'GetEbsEncryptionByDefault', 'UnauthorizedOperation') })).status).toBe('unknown');
  });

  it('is unknown when the response carried no flag', () => {
    expect(verdict(rule, setting({ ebsEncryptionByDefault: {} })).status).toBe('unknown');
  });
});

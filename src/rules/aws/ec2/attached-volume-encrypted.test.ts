import type { Volume } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './attached-volume-encrypted.js';
import { verdict } from './support/fixtures.js';

const volume = (v: Partial<Volume>) => awsAsset({ type: 'AWS::EC2::Volume', kind: 'storage.volume', config: { volume: { VolumeId: 'vol-1', ...v } } });
const attached = [{ InstanceId: 'i-1', State: 'attached' as const, VolumeId: 'vol-1', Device: '/dev/xvda' }];

describe(rule.id, () => {
  it.each([
    ['attached and encrypted', { Attachments: attached, Encrypted: true }, 'pass'],
    ['attached and unencrypted', { Attachments: attached, Encrypted: false }, 'fail'],
    ['attaching and unencrypted', { Attachments: [{ ...attached[0]!, State: 'attaching' as const }], Encrypted: false }, 'fail'],
    ['unattached and unencrypted', { Attachments: [], Encrypted: false }, 'not_applicable'],
    ['detached (state detached) and unencrypted', { Attachments: [{ ...attached[0]!, State: 'detached' as const }], Encrypted: false }, 'not_applicable'],
    ['attached with no encryption flag', { Attachments: attached }, 'unknown'],
  ])('%s -> %s', (_name, v, status) => {
    expect(verdict(rule, volume(v)).status).toBe(status);
  });

  it('is unknown when the volume aspect is a gap', () => {
    const asset = awsAsset({ type: 'AWS::EC2::Volume', gaps: { volume: deniedGap('ec2', 'DescribeVolumes') } });
    expect(verdict(rule, asset).status).toBe('unknown');
  });
});

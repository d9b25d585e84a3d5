import type { KeyMetadata } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './key-rotation-enabled.js';

const CMK: KeyMetadata = { KeyId: 'k1', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS', KeyState: 'Enabled' };
const key = (m: Partial<KeyMetadata>, rotation?: unknown) =>
  awsAsset({ type: 'AWS::KMS::Key', config: { metadata: { ...CMK, ...m }, ...(rotation === undefined ? {} : { rotation }) } });

describe(rule.id, () => {
  it.each<{ name: string; asset: ReturnType<typeof awsAsset>; expect: Status; reason?: RegExp }>([
    { name: 'rotation on (default period)', asset: key({}, { KeyRotationEnabled: true }), expect: 'pass', reason: /365 days/ },
    { name: 'rotation on (custom period)', asset: key({}, { KeyRotationEnabled: true, RotationPeriodInDays: 90 }), expect: 'pass', reason: /90 days/ },
    { name: 'rotation off', asset: key({}, { KeyRotationEnabled: false }), expect: 'fail' },
    { name: 'AWS managed key (rotated by AWS, not collected)', asset: key({ KeyManager: 'AWS' }), expect: 'not_applicable' },
    { name: 'asymmetric key', asset: key({ KeySpec: 'RSA_2048' }), expect: 'not_applicable' },
    { name: 'HMAC key', asset: key({ KeySpec: 'HMAC_256' }), expect: 'not_applicable' },
    { name: 'imported key material', asset: key({ Origin: 'EXTERNAL' }), expect: 'not_applicable' },
    { name: 'disabled key', asset: key({ KeyState: 'Disabled' }), expect: 'not_applicable' },
    { name: 'pending deletion', asset: key({ KeyState: 'PendingDeletion' }), expect: 'not_applicable' },
    { name: 'enabled CMK whose rotation status was never collected', asset: key({}), expect: 'unknown' },
    { name: 'rotation status empty', asset: key({}, {}), expect: 'unknown' },
  ])('$name -> $expect', ({ asset, expect: status, reason }) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
    if (status === 'pass' || status === 'fail') expect(v.evidence).toEqual([{ path: 'config.rotation.KeyRotationEnabled', observed: status === 'pass', expected: true }]);
  });

  it('is unknown naming the call when GetKeyRotationStatus was denied', () => {
    const asset = awsAsset({ type: 'AWS::KMS::Key', config: { metadata: CMK }, gaps: { rotation: deniedGap('kms', 'GetKeyRotationStatus', 'AccessDeniedException') } });
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetKeyRotationStatus AccessDeniedException');
  });

  it('is unknown when DescribeKey failed (the key type is not known)', () => {
    const v = runRule(rule, awsAsset({ type: 'AWS::KMS::Key', gaps: { metadata: deniedGap('kms', 'DescribeKey') } }), fixtureContext([]));
    expect(v.status).toBe('unknown');
  });
});

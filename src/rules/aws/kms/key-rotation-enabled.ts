import type { GetKeyRotationStatusResponse } from '@aws-sdk/client-kms';
import { fail, need, notApplicable, pass, unknown, type Rule } from '../../../core/rule.js';
import { isAwsManaged, keyMetadata } from './support/key.js';

export const rule: Rule = {
  id: 'aws.kms.key-rotation-enabled',
  title: 'Customer managed symmetric KMS keys rotate their key material automatically',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::KMS::Key'],
  rationale:
    'Automatic rotation replaces the key material every year (or the period you choose) while keeping older material for decryption, which limits how much data a single compromised key version protects.',
  remediation: {
    steps: ['Enable automatic key rotation on the key (optionally set a rotation period between 90 and 2560 days).'],
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    terraform: 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}',
  },
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
  // Security Hub KMS.4 checks the same thing, but it is part of the CIS/NIST/PCI standards, not FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '3.6' }],
  version: 1,
  evaluate(asset) {
    const m = keyMetadata(asset);
    if (isAwsManaged(m)) return notApplicable('AWS managed key: AWS rotates it every year');
    if (m.KeySpec !== 'SYMMETRIC_DEFAULT') return notApplicable(`${m.KeySpec ?? 'Non-symmetric'} keys do not support automatic rotation`);
    if (m.Origin !== 'AWS_KMS') return notApplicable(`Key material origin ${m.Origin ?? 'unknown'} does not support automatic rotation`);
    if (m.KeyState !== 'Enabled') return notApplicable(`Key is ${m.KeyState ?? 'not enabled'}: it cannot be used, so its rotation is moot`);
    const r = need<Omit<GetKeyRotationStatusResponse, '$metadata'> | null>(asset, 'rotation');
    const ev = [{ path: 'config.rotation.KeyRotationEnabled', observed: r?.KeyRotationEnabled ?? null, expected: true }];
    if (!r || r.KeyRotationEnabled === undefined) return unknown('GetKeyRotationStatus returned no rotation status', ev);
    return r.KeyRotationEnabled
      ? pass(`Automatic rotation every ${r.RotationPeriodInDays ?? 365} days`, ev)
      : fail('Automatic key rotation is disabled', ev);
  },
};

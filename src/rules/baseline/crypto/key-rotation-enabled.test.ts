import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { kmsKey } from '../../../../test/support/native-aws.js';
import { ROTATE_90, keyVaultKey } from '../../../../test/support/native-azure.js';
import { cryptoKey } from '../../../../test/support/native-gcp.js';
import { rule } from './key-rotation-enabled.js';

runBaselineCases(rule, {
  aws: [
    { name: 'rotation every 365 days', asset: kmsKey({}), expect: 'pass' },
    { name: 'rotation off', asset: kmsKey({}, { KeyRotationEnabled: false }), expect: 'fail' },
    { name: 'rotation every 730 days', asset: kmsKey({}, { KeyRotationEnabled: true, RotationPeriodInDays: 730 }), expect: 'fail' },
    { name: 'AWS-managed key', asset: kmsKey({ KeyManager: 'AWS' }, 'not-collected'), expect: 'not_applicable' },
    { name: 'asymmetric key', asset: kmsKey({ KeySpec: 'RSA_2048' }, 'not-collected'), expect: 'not_applicable' },
    { name: 'disabled key (rotation status not read)', asset: kmsKey({ KeyState: 'Disabled', Enabled: false }, 'not-collected'), expect: 'not_applicable' },
    { name: 'imported key material', asset: kmsKey({ Origin: 'EXTERNAL' }, 'not-collected'), expect: 'not_applicable' },
    { name: 'rotation status denied', asset: withGap(kmsKey({}), 'rotation', 'GetKeyRotationStatus'), expect: 'unknown' },
  ],
  azure: [
    { name: 'rotation policy rotating after 90 days', asset: keyVaultKey({ rotationPolicy: ROTATE_90 }), expect: 'pass' },
    { name: 'rotation 30 days before a 2-year expiry', asset: keyVaultKey({ rotationPolicy: { attributes: { expiryTime: 'P2Y' }, lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Rotate' } }] } }), expect: 'fail' },
    { name: 'notify-only policy', asset: keyVaultKey({ rotationPolicy: { lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }] } }), expect: 'fail' },
    { name: 'no rotation policy', asset: keyVaultKey({}), expect: 'fail' },
    { name: 'key not collected', asset: withGap(keyVaultKey({}), 'key'), expect: 'unknown' },
  ],
  gcp: [
    { name: '90-day rotation period', asset: cryptoKey({ rotationPeriod: '7776000s' }), expect: 'pass' },
    { name: 'no rotation period', asset: cryptoKey({}), expect: 'fail' },
    { name: 'asymmetric signing key', asset: cryptoKey({ purpose: 'ASYMMETRIC_SIGN' }), expect: 'not_applicable' },
    { name: 'not collected', asset: withGap(cryptoKey({}), 'cryptoKey'), expect: 'unknown' },
  ],
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { deniedGap, gcpAsset } from '../../../../test/support/gcp-assets.js';
import { GCP } from '../support/types.js';
import { durationSeconds, rule } from './key-rotated-within-90-days.js';

const key = (cryptoKey?: Record<string, unknown>) =>
  gcpAsset({
    type: GCP.cryptoKey,
    kind: 'crypto.key',
    region: 'europe',
    config: cryptoKey ? { cryptoKey: { purpose: 'ENCRYPT_DECRYPT', ...cryptoKey } } : {},
    gaps: cryptoKey ? {} : { cryptoKey: deniedGap('cloudkms', 'cloudkms.projects.locations.keyRings.cryptoKeys.list') },
  });

// Observed at 2026-11-29.
describe(rule.id, () => {
  it.each([
    ['90 days, next in a month', key({ rotationPeriod: '7776000s', nextRotationTime: '2026-12-29T00:00:00Z' }), 'pass'],
    ['30 days', key({ rotationPeriod: '2592000s', nextRotationTime: '2026-12-10T00:00:00Z' }), 'pass'],
    ['365 days', key({ rotationPeriod: '31536000s', nextRotationTime: '2027-06-01T00:00:00Z' }), 'fail'],
    ['no rotation', key({}), 'fail'],
    ['period fine but next rotation pushed out', key({ rotationPeriod: '7776000s', nextRotationTime: '2027-09-01T00:00:00Z' }), 'fail'],
    ['asymmetric signing key', key({ purpose: 'ASYMMETRIC_SIGN' }), 'not_applicable'],
    ['listing denied', key(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });

  it('parses Duration JSON', () => {
    expect(durationSeconds('7776000s')).toBe(7776000);
    expect(durationSeconds('90d')).toBeUndefined();
  });
});

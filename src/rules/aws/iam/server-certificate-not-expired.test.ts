import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import type { Asset } from '../../../core/asset.js';
import { rule } from './server-certificate-not-expired.js';

const cert = (config: Record<string, unknown>, gaps: Asset['gaps'] = {}) =>
  awsAsset({ type: 'AWS::IAM::ServerCertificate', kind: 'crypto.certificate', region: 'global', id: 'arn:aws:iam::111122223333:server-certificate/web', config, gaps, observedAt: '2026-11-29T00:00:00.000Z' });

describe(rule.id, () => {
  it.each([
    ['valid for another year', '2027-11-29T00:00:00Z', 'pass'],
    ['expired yesterday', '2026-11-28T00:00:00Z', 'fail'],
    ['expired years ago (as a Date)', new Date('2023-01-01T00:00:00Z'), 'fail'],
  ] as const)('%s -> %s', (_name, expiration, status) => {
    const v = runRule(rule, cert({ metadata: { ServerCertificateName: 'web', Expiration: expiration } }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toMatchObject({ path: 'config.metadata.Expiration', observed: new Date(expiration).toISOString() });
  });

  it('is unknown without an expiration date', () => {
    expect(runRule(rule, cert({ metadata: { ServerCertificateName: 'web' } }), fixtureContext([])).status).toBe('unknown');
  });

  it('is unknown when the listing failed', () => {
    expect(runRule(rule, cert({}, { metadata: deniedGap('iam', 'ListServerCertificates') }), fixtureContext([])).status).toBe('unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { rule as notExpired } from '../../../../rules/aws/iam/server-certificate-not-expired.js';
import { serverCertificatesCollector } from './server-certificates.js';
import { ACCOUNT, daysAgo, iamEstate } from './test-estate.js';

describe('aws.iam.server-certificates', () => {
  it('collects certificates with their expiration; the rule tells expired from valid', async () => {
    const { assets, errors } = await collectFrom(
      iamEstate({ serverCertificates: [{ ServerCertificateName: 'old-web', Expiration: daysAgo(30) }, { ServerCertificateName: 'web', Path: '/cloudfront/', Expiration: daysAgo(-300) }] }),
      serverCertificatesCollector,
    );
    expect(errors).toEqual([]);
    expect(assets.map((a) => a.id)).toEqual([`arn:aws:iam::${ACCOUNT}:server-certificate/old-web`, `arn:aws:iam::${ACCOUNT}:server-certificate/cloudfront/web`]);
    expect(assets[0]!.config.metadata).toMatchObject({ ServerCertificateName: 'old-web', Expiration: expect.any(Date) });
    expect(runRule(notExpired, assets[0]!, fixtureContext(assets)).status).toBe('fail');
    expect(runRule(notExpired, assets[1]!, fixtureContext(assets)).status).toBe('pass');
  });

  it('pages through the listing and reports a denial as an incomplete listing', async () => {
    const serverCertificates = Array.from({ length: 1003 }, (_, i) => ({ ServerCertificateName: `c-${i}`, Expiration: daysAgo(-10) }));
    const ok = await collectFrom(iamEstate({ serverCertificates }), serverCertificatesCollector);
    expect(ok.assets).toHaveLength(1003);
    const denied = await collectFrom(iamEstate({ serverCertificates }), serverCertificatesCollector, { faults: [{ service: 'iam', operation: 'ListServerCertificates', effect: 'deny' }] });
    expect(denied.assets).toEqual([]);
    expect(denied.coverage[0]).toMatchObject({ ok: false, error: { provider: 'aws', account: ACCOUNT, service: 'iam', operation: 'ListServerCertificates', code: 'AccessDenied' } });
  });
});

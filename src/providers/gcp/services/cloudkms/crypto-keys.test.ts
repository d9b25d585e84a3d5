import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { CRYPTO_KEY_TYPE, cryptoKeysCollector } from './crypto-keys.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo/gcp-kms.yaml', import.meta.url));
const RING = 'projects/parapet-demo-prod/locations/europe-west1/keyRings/prod-keys';
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

describe('gcp.cloudkms.crypto-keys collector', () => {
  it('walks locations, rings and keys, and reads each key\'s IAM policy; the demo\'s denied policy is a gap', async () => {
    const out = await collectGcp(estate, cryptoKeysCollector);
    expect(out.assets.map((a) => `${a.account}/${a.region}/${a.name}`).sort()).toEqual([
      'parapet-demo-dev/us-central1/scratch',
      'parapet-demo-prod/europe-west1/app-data',
      'parapet-demo-prod/europe-west1/archive',
      'parapet-demo-prod/europe-west1/legacy-payments',
      'parapet-demo-prod/europe-west1/partner-share',
      'parapet-demo-prod/global/cosign',
    ]);
    const byName = (n: string) => out.assets.find((a) => a.name === n)!;
    expect(byName('archive')).toMatchObject({ id: `//cloudkms.googleapis.com/${RING}/cryptoKeys/archive`, type: CRYPTO_KEY_TYPE, kind: 'crypto.key' });
    expect(byName('archive').config.cryptoKey).toMatchObject({ rotationPeriod: '31536000s', purpose: 'ENCRYPT_DECRYPT', primary: { state: 'ENABLED' } });
    expect(byName('app-data').config.cryptoKey).toMatchObject({ rotationPeriod: '7776000s', nextRotationTime: '2027-01-15T09:05:00Z' });
    expect(byName('app-data').tags).toEqual({ env: 'prod' });
    expect(byName('scratch').config.cryptoKey).not.toHaveProperty('rotationPeriod');
    expect(byName('partner-share').config.iamPolicy).toMatchObject({ bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['allUsers'] }] });
    // Keys without bindings answer an empty policy, not a gap.
    expect(byName('scratch').config.iamPolicy).toEqual({ version: 1, etag: 'ACAB' });
    // The demo denies legacy-payments' getIamPolicy: a gap naming the call, and nothing else failed.
    const gap = byName('legacy-payments').gaps.iamPolicy;
    expect(gap).toMatchObject({
      provider: 'gcp',
      account: 'parapet-demo-prod',
      region: 'europe-west1',
      service: 'cloudkms',
      operation: 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy',
      code: 'forbidden',
      resource: `${RING}/cryptoKeys/legacy-payments`,
    });
    expect(byName('legacy-payments').config.cryptoKey).toBeDefined();
    expect(out.errors).toEqual([gap]);
    expect(out.coverage.filter((c) => c.collector === 'gcp.cloudkms.crypto-keys').every((c) => c.ok)).toBe(true);
  });

  it('a location whose rings cannot be listed: coverage incomplete, keys of other locations still collected', async () => {
    const out = await collectGcp(estate, cryptoKeysCollector, {
      faults: [{ account: 'parapet-demo-prod', region: 'europe-west1', service: 'cloudkms', operation: 'cloudkms.projects.locations.keyRings.list', effect: 'deny' }],
    });
    expect(out.assets.filter((a) => a.account === 'parapet-demo-prod').map((a) => a.name)).toEqual(['cosign']);
    expect(out.coverage.find((c) => c.account === 'parapet-demo-prod')).toMatchObject({
      ok: false,
      error: { region: 'europe-west1', service: 'cloudkms', operation: 'cloudkms.projects.locations.keyRings.list', code: 'forbidden' },
    });
    expect(out.coverage.find((c) => c.account === 'parapet-demo-dev')?.ok).toBe(true);
  });

  it('a denied locations listing leaves coverage incomplete', async () => {
    const out = await collectGcp(estate, cryptoKeysCollector, { faults: [{ account: 'parapet-demo-dev', service: 'cloudkms', operation: 'cloudkms.projects.locations.list', effect: 'deny' }] });
    expect(out.assets.some((a) => a.account === 'parapet-demo-dev')).toBe(false);
    expect(out.coverage.find((c) => c.account === 'parapet-demo-dev')).toMatchObject({ ok: false, error: { operation: 'cloudkms.projects.locations.list' } });
  });
});

describe('gcp.cloudkms.crypto-keys collector when throttled', () => {
  it('a getIamPolicy that stays throttled past the retries is a gap with the throttling code, never a pass', async () => {
    const estate = await loadEstate(DEMO);
    const out = await collectGcp(estate, cryptoKeysCollector, {
      faults: [{ account: 'parapet-demo-prod', service: 'cloudkms', operation: 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy', resource: 'archive', effect: 'throttle' }],
    });
    const archive = out.assets.find((a) => a.name === 'archive')!;
    expect(archive.config).not.toHaveProperty('iamPolicy');
    expect(archive.gaps.iamPolicy).toMatchObject({ service: 'cloudkms', operation: 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy', code: 'rateLimitExceeded', message: expect.stringContaining('gave up after') });
  });
});

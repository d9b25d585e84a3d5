import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { deniedGap, gcpAsset } from '../../../../test/support/gcp-assets.js';
import { GCP } from '../support/types.js';
import { rule } from './key-not-public.js';

const key = (policy: unknown, gaps = {}) => gcpAsset({ type: GCP.cryptoKey, kind: 'crypto.key', region: 'europe', config: policy === undefined ? { cryptoKey: {} } : { cryptoKey: {}, iamPolicy: policy }, gaps });

describe(rule.id, () => {
  it.each([
    ['service account only', key({ bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['serviceAccount:app@p.iam.gserviceaccount.com'] }] }), 'pass'],
    ['empty policy (no bindings)', key({ etag: 'ACAB' }), 'pass'],
    ['allUsers can decrypt', key({ bindings: [{ role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['allUsers'] }] }), 'fail'],
    ['allAuthenticatedUsers can encrypt', key({ bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypter', members: ['allAuthenticatedUsers'] }] }), 'fail'],
    ['getIamPolicy denied', key(undefined, { iamPolicy: deniedGap('cloudkms', 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy') }), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});

import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './kms-roles-separated.js';
import { projectDenied, projectWith } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['admin and user apart', [{ role: 'roles/cloudkms.admin', members: ['user:a@example.com'] }, { role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['serviceAccount:app@p.iam.gserviceaccount.com'] }], 'pass'],
    ['admin also decrypts', [{ role: 'roles/cloudkms.admin', members: ['user:a@example.com'] }, { role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['user:a@example.com'] }], 'fail'],
    ['admin also encrypts/decrypts', [{ role: 'roles/cloudkms.admin', members: ['group:k@example.com'] }, { role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['group:k@example.com'] }], 'fail'],
    ['viewer and decrypter together is fine', [{ role: 'roles/cloudkms.viewer', members: ['user:a@example.com'] }, { role: 'roles/cloudkms.cryptoKeyDecrypter', members: ['user:a@example.com'] }], 'pass'],
  ])('%s -> %s', (_n, bindings, status) => {
    const v = runRule(rule, projectWith(bindings), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown without the IAM policy', () => {
    expect(runRule(rule, projectDenied(), fixtureContext([])).status).toBe('unknown');
  });
});

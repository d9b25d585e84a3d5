import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-ssl-required.js';
import { deniedSql, sqlAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['ENCRYPTED_ONLY', { sslMode: 'ENCRYPTED_ONLY' }, 'pass'],
    ['client certificates required', { sslMode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' }, 'pass'],
    ['legacy requireSsl without sslMode', { requireSsl: true }, 'pass'],
    ['unencrypted allowed', { sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false }, 'fail'],
    ['nothing set (API default allows plaintext)', {}, 'fail'],
  ])('%s -> %s', (_n, ipConfiguration, status) => {
    const v = runRule(rule, sqlAsset({ databaseVersion: 'POSTGRES_15', settings: { ipConfiguration } }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown without the instance', () => {
    expect(runRule(rule, deniedSql(), fixtureContext([])).status).toBe('unknown');
  });
});

import { describe } from 'vitest';
import { deniedGap, fixtureContextWith } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './access-policy-vault-secret-expiration-set.js';
import { itemDenied, secret, vault, vaultDenied } from './support/fixtures.js';

const inVault = fixtureContextWith([vault({})]);

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'expiry set', asset: secret({ enabled: true, expires: '2028-01-01T00:00:00.000Z' }), ctx: inVault, expect: 'pass', reason: /expires on 2028-01-01/ },
    { name: 'no expiry', asset: secret({ enabled: true }), ctx: inVault, expect: 'fail', reason: /no expiration/ },
    { name: 'no attributes at all', asset: secret(undefined), ctx: inVault, expect: 'fail' },
    { name: 'disabled secret', asset: secret({ enabled: false }), ctx: inVault, expect: 'not_applicable' },
    { name: 'vault of the other permission model', asset: secret({ enabled: true }), ctx: fixtureContextWith([vault({ enableRbacAuthorization: true })]), expect: 'not_applicable', reason: /variant/ },
    { name: 'parent vault not collected', asset: secret({ enabled: true }), ctx: fixtureContextWith([]), expect: 'unknown', reason: /was not collected/ },
    { name: 'parent vault denied', asset: secret({ enabled: true }), ctx: fixtureContextWith([vaultDenied()]), expect: 'unknown', reason: /AuthorizationFailed/ },
    { name: 'vault listing failed', asset: secret({ enabled: true }), ctx: fixtureContextWith([], { 'Microsoft.KeyVault/vaults': [deniedGap('keyvault', 'vaults.listBySubscription')] }), expect: 'unknown', reason: /listing incomplete/ },
    { name: 'secret listing denied', asset: itemDenied('secret'), ctx: inVault, expect: 'unknown', reason: /secrets.list/ },
  ]);
});

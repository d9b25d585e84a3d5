import { describe } from 'vitest';
import { deniedGap, fixtureContextWith } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './access-policy-vault-key-expiration-set.js';
import { itemDenied, key, vault, vaultDenied } from './support/fixtures.js';

const inVault = fixtureContextWith([vault({})]);

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'expiry set', asset: key({ attributes: { enabled: true, expires: 1830297600 } }), ctx: inVault, expect: 'pass', reason: /expires on 2028-01-01/ },
    { name: 'no expiry', asset: key({ attributes: { enabled: true } }), ctx: inVault, expect: 'fail', reason: /no expiration/ },
    { name: 'no attributes at all', asset: key({}), ctx: inVault, expect: 'fail' },
    { name: 'disabled key', asset: key({ attributes: { enabled: false } }), ctx: inVault, expect: 'not_applicable' },
    { name: 'vault of the other permission model', asset: key({ attributes: { enabled: true } }), ctx: fixtureContextWith([vault({ enableRbacAuthorization: true })]), expect: 'not_applicable', reason: /variant/ },
    { name: 'parent vault not collected', asset: key({ attributes: { enabled: true } }), ctx: fixtureContextWith([]), expect: 'unknown', reason: /was not collected/ },
    { name: 'parent vault denied', asset: key({ attributes: { enabled: true } }), ctx: fixtureContextWith([vaultDenied()]), expect: 'unknown', reason: /AuthorizationFailed/ },
    { name: 'vault listing failed', asset: key({ attributes: { enabled: true } }), ctx: fixtureContextWith([], { 'Microsoft.KeyVault/vaults': [deniedGap('keyvault', 'vaults.listBySubscription')] }), expect: 'unknown', reason: /listing incomplete/ },
    { name: 'key listing denied', asset: itemDenied('key'), ctx: inVault, expect: 'unknown', reason: /keys.list/ },
  ]);
});

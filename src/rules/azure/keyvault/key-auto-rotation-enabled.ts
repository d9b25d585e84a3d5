import type { Key } from '@azure/arm-keyvault';
import { need, notApplicable, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { KEY_TYPE } from './support/vault.js';

export const rule: Rule = {
  id: 'azure.keyvault.key-auto-rotation-enabled',
  title: 'Key vault key has an automatic rotation policy',
  severity: 'medium',
  providers: ['azure'],
  types: [KEY_TYPE],
  rationale: 'Keys rotated by hand are rotated late or never; a rotation policy makes Key Vault create a new version on schedule, and services that track the latest version (Storage, SQL, disks) pick it up without an outage.',
  remediation: {
    steps: ['Open the vault > Keys > the key > Rotation policy.', "Set 'Enable auto rotation' with a rotation time (for example 90 days after creation) and an expiry, then save."],
    cli: 'az keyvault key rotation-policy update --vault-name <vault> --name <key> --value \'{"lifetimeActions":[{"trigger":{"timeAfterCreate":"P90D"},"action":{"type":"Rotate"}}],"attributes":{"expiryTime":"P1Y"}}\'',
    terraform: 'resource "azurerm_key_vault_key" "this" {\n  # ...\n  rotation_policy {\n    automatic {\n      time_after_creation = "P90D"\n    }\n    expire_after = "P1Y"\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation'],
  compliance: [cis('9.3.9'), mcsb('DP-6'), nist('SC-12')],
  version: 1,
  evaluate(asset) {
    const key = need<Key>(asset, 'key');
    if (key.attributes?.enabled === false) return notApplicable('The key is disabled');
    // The service omits rotationPolicy when the key has none.
    const actions = key.rotationPolicy?.lifetimeActions ?? [];
    const rotate = actions.find((a) => same(a.action?.type, 'rotate'));
    const evidence = { path: 'config.key.rotationPolicy.lifetimeActions', observed: actions, expected: 'a Rotate action' };
    const when = rotate?.trigger?.timeAfterCreate ? `${rotate.trigger.timeAfterCreate} after creation` : `${rotate?.trigger?.timeBeforeExpiry ?? '?'} before expiry`;
    return check(rotate !== undefined, evidence, `The key rotates automatically ${when}`, actions.length ? 'The rotation policy only notifies; it does not rotate' : 'The key has no rotation policy');
  },
};

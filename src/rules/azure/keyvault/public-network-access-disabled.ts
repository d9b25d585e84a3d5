import { notApplicable, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { KV_TF_VAULT, VAULT_TYPE, vaultPropsOf } from './support/vault.js';

export const rule: Rule = {
  id: 'azure.keyvault.public-network-access-disabled',
  title: 'Key vault with a private endpoint has public network access disabled',
  severity: 'medium',
  providers: ['azure'],
  types: [VAULT_TYPE],
  rationale: 'Once clients reach the vault through a private endpoint, leaving the public endpoint open only keeps an internet-facing path to the keys and secrets for stolen tokens to use.',
  remediation: {
    steps: ['Make sure every client resolves the vault through its private endpoint.', 'Open the key vault > Settings > Networking.', "Choose 'Disable public access' and apply."],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --public-network-access Disabled',
    terraform: KV_TF_VAULT,
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service', 'https://learn.microsoft.com/en-us/azure/key-vault/general/network-security'],
  compliance: [cis('9.3.7'), mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const p = vaultPropsOf(asset);
    // CIS scopes this to vaults that already use a private endpoint.
    if (!(p.privateEndpointConnections ?? []).length) return notApplicable('The vault has no private endpoint connection');
    const value = p.publicNetworkAccess;
    // Unset means Enabled (the service default).
    const evidence = { path: 'config.vault.properties.publicNetworkAccess', observed: value ?? null, expected: 'Disabled' };
    return check(same(value, 'Disabled'), evidence, 'Public network access is disabled', `Public network access is ${value ?? 'not set (Enabled)'} although a private endpoint exists`);
  },
};

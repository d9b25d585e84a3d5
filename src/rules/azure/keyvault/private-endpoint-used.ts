import type { Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { VAULT_TYPE, vaultPropsOf } from './support/vault.js';

export const rule: Rule = {
  id: 'azure.keyvault.private-endpoint-used',
  title: 'Key vault is reached through an approved private endpoint',
  severity: 'low',
  providers: ['azure'],
  types: [VAULT_TYPE],
  rationale: 'A private endpoint keeps key and secret traffic on your virtual network over Private Link and lets the public endpoint be closed.',
  remediation: {
    steps: ['Create a private endpoint (group id vault) in the client virtual network.', 'Link the privatelink.vaultcore.azure.net DNS zone to that network.', 'Approve the connection if it is pending.'],
    cli: 'az network private-endpoint create --name <pe> --resource-group <rg> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <vault-id> --group-id vault --connection-name <vault>',
    terraform: 'resource "azurerm_private_endpoint" "kv" {\n  name      = "pe-kv"\n  subnet_id = azurerm_subnet.endpoints.id\n  # location, resource_group_name ...\n  private_service_connection {\n    name                           = "kv"\n    private_connection_resource_id = azurerm_key_vault.this.id\n    subresource_names              = ["vault"]\n    is_manual_connection           = false\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service'],
  compliance: [cis('9.3.8'), mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const connections = vaultPropsOf(asset).privateEndpointConnections ?? [];
    const approved = connections.filter((c) => same(c.privateLinkServiceConnectionState?.status, 'Approved'));
    const evidence = { path: 'config.vault.properties.privateEndpointConnections', observed: connections.map((c) => c.privateLinkServiceConnectionState?.status ?? null), expected: 'an Approved connection' };
    return check(approved.length > 0, evidence, `${approved.length} approved private endpoint connection(s)`, connections.length ? 'No private endpoint connection is approved' : 'No private endpoint is connected');
  },
};

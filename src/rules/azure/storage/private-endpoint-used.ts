import type { Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.private-endpoint-used',
  title: 'Storage account is reached through an approved private endpoint',
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'A private endpoint gives the account an address inside your virtual network, so clients reach it over Private Link rather than the public endpoint, which can then be closed.',
  remediation: {
    steps: ['Create a private endpoint for each storage service used (blob, file ...) in the client virtual network.', 'Link the privatelink DNS zone (privatelink.blob.core.windows.net ...) to that network.', 'Approve the connection if it is pending.'],
    cli: 'az network private-endpoint create --name <pe> --resource-group <rg> --vnet-name <vnet> --subnet <subnet> --private-connection-resource-id <account-id> --group-id blob --connection-name <account>-blob',
    terraform: 'resource "azurerm_private_endpoint" "blob" {\n  name      = "pe-blob"\n  subnet_id = azurerm_subnet.endpoints.id\n  # location, resource_group_name ...\n  private_service_connection {\n    name                           = "blob"\n    private_connection_resource_id = azurerm_storage_account.this.id\n    subresource_names              = ["blob"]\n    is_manual_connection           = false\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-private-endpoints'],
  compliance: [cis('10.3.2.1'), mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const connections = accountOf(asset).privateEndpointConnections ?? [];
    const approved = connections.filter((c) => same(c.privateLinkServiceConnectionState?.status, 'Approved'));
    const evidence = { path: 'config.account.privateEndpointConnections', observed: connections.map((c) => c.privateLinkServiceConnectionState?.status ?? null), expected: 'an Approved connection' };
    return check(approved.length > 0, evidence, `${approved.length} approved private endpoint connection(s)`, connections.length ? 'No private endpoint connection is approved' : 'No private endpoint is connected');
  },
};

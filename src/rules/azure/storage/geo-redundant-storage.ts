import { type Rule, unknown } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.geo-redundant-storage',
  title: 'Storage account replicates to a secondary region (GRS, RA-GRS, GZRS or RA-GZRS)',
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'Locally or zone-redundant accounts keep every copy in one region; a regional outage or disaster then makes the data unavailable or lost. Geo-redundancy keeps an asynchronous copy hundreds of kilometres away. Apply to critical accounts.',
  remediation: {
    steps: ['Open the storage account > Data management > Redundancy.', 'Choose Geo-redundant storage (GRS) or geo-zone-redundant storage (GZRS) and save.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --sku Standard_GRS',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  account_replication_type = "GRS"\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-redundancy'],
  compliance: [cis('10.3.12'), nist('CP-6')],
  version: 1,
  evaluate(asset) {
    const sku = accountOf(asset).sku?.name;
    const evidence = { path: 'config.account.sku.name', observed: sku ?? null, expected: '*GRS or *GZRS' };
    if (!sku) return unknown('The account reports no SKU', [evidence]);
    return check(/_(RA)?G(Z)?RS$/i.test(sku), evidence, `Data is replicated to a secondary region (${sku})`, `Data stays in one region (${sku})`);
  },
};

import { notApplicable, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, nist } from '../support/frameworks.js';
import { blobServiceOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.blob-versioning-enabled',
  title: 'Storage account has blob versioning enabled',
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'Versioning keeps every previous version of a blob, so overwritten or encrypted-by-ransomware data can be restored to a known good version.',
  remediation: {
    steps: ['Open the storage account > Data management > Data protection.', "Tick 'Enable versioning for blobs' and save.", 'Add a lifecycle rule to delete old versions to control cost.'],
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-versioning true',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  blob_properties {\n    versioning_enabled = true\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/versioning-overview'],
  compliance: [cis('10.2.2'), nist('CP-10')],
  version: 1,
  evaluate(asset) {
    const blob = blobServiceOf(asset);
    if (blob === null) return notApplicable('The account has no blob service');
    const value = blob.isVersioningEnabled;
    // Versioning is off unless explicitly enabled.
    const evidence = { path: 'config.blobService.isVersioningEnabled', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'Blob versioning is enabled', 'Blob versioning is disabled');
  },
};

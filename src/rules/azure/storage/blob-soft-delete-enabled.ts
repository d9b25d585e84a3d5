import { notApplicable, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, nist } from '../support/frameworks.js';
import { blobServiceOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.blob-soft-delete-enabled',
  title: 'Storage account keeps deleted blobs recoverable (blob soft delete)',
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'Blob soft delete keeps deleted or overwritten blobs for a retention period, so an accidental deletion, a faulty job or ransomware that deletes data can be undone.',
  remediation: {
    steps: ['Open the storage account > Data management > Data protection.', "Tick 'Enable soft delete for blobs' and choose a retention period (7 days or more).", 'Save.'],
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-delete-retention true --delete-retention-days 14',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  blob_properties {\n    delete_retention_policy {\n      days = 14\n    }\n  }\n}',
  },
  references: [STORAGE_REFS.softDelete],
  compliance: [cis('10.2.1'), cis('10.3.6'), nist('CP-10')],
  version: 1,
  evaluate(asset) {
    const blob = blobServiceOf(asset);
    if (blob === null) return notApplicable('The account has no blob service');
    const policy = blob.deleteRetentionPolicy;
    // Blob soft delete is off unless the policy says enabled.
    const evidence = { path: 'config.blobService.deleteRetentionPolicy', observed: policy ?? null, expected: { enabled: true } };
    return check(policy?.enabled === true, evidence, `Deleted blobs are kept for ${policy?.days ?? '?'} days`, 'Blob soft delete is disabled');
  },
};

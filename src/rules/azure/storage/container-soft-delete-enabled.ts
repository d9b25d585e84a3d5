import { notApplicable, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, nist } from '../support/frameworks.js';
import { blobServiceOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.container-soft-delete-enabled',
  title: 'Storage account keeps deleted containers recoverable (container soft delete)',
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'Deleting a container deletes every blob in it at once; container soft delete keeps the container and its contents restorable for the retention period.',
  remediation: {
    steps: ['Open the storage account > Data management > Data protection.', "Tick 'Enable soft delete for containers' and choose a retention period.", 'Save.'],
    cli: 'az storage account blob-service-properties update --account-name <account> --resource-group <rg> --enable-container-delete-retention true --container-delete-retention-days 14',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  blob_properties {\n    container_delete_retention_policy {\n      days = 14\n    }\n  }\n}',
  },
  references: [STORAGE_REFS.containerSoftDelete],
  compliance: [cis('10.3.6'), nist('CP-10')],
  version: 1,
  evaluate(asset) {
    const blob = blobServiceOf(asset);
    if (blob === null) return notApplicable('The account has no blob service');
    const policy = blob.containerDeleteRetentionPolicy;
    const evidence = { path: 'config.blobService.containerDeleteRetentionPolicy', observed: policy ?? null, expected: { enabled: true } };
    return check(policy?.enabled === true, evidence, `Deleted containers are kept for ${policy?.days ?? '?'} days`, 'Container soft delete is disabled');
  },
};

import { fail, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

/** CIS asks for a reminder at most every 90 days. */
const MAX_DAYS = 90;

export const rule: Rule = {
  id: 'azure.storage.key-rotation-reminder-enabled',
  title: 'Storage account has a key rotation reminder of 90 days or less',
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'A key expiration policy makes Azure flag access keys older than the period, so keys that leaked into scripts or laptops do not stay valid for years unnoticed.',
  remediation: {
    steps: ['Open the storage account > Security + networking > Access keys.', "Choose 'Set rotation reminder', enable it and set 90 days or fewer.", 'Save, and regenerate keys when reminded.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --key-exp-days 90',
    terraform: 'resource "azapi_update_resource" "key_policy" {\n  type        = "Microsoft.Storage/storageAccounts@2023-05-01"\n  resource_id = azurerm_storage_account.this.id\n  body = {\n    properties = { keyPolicy = { keyExpirationPeriodInDays = 90 } }\n  }\n}',
  },
  references: [`${STORAGE_REFS.keys}#create-a-key-expiration-policy`],
  compliance: [cis('10.3.1.1'), nist('IA-5')],
  version: 1,
  evaluate(asset) {
    const days = accountOf(asset).keyPolicy?.keyExpirationPeriodInDays;
    const evidence = { path: 'config.account.keyPolicy.keyExpirationPeriodInDays', observed: days ?? null, expected: `<= ${MAX_DAYS}` };
    if (days === undefined || days === null) return fail('No key expiration (rotation reminder) policy is set', [evidence]);
    return check(days <= MAX_DAYS, evidence, `Keys are flagged for rotation after ${days} days`, `The rotation reminder is ${days} days (more than ${MAX_DAYS})`);
  },
};

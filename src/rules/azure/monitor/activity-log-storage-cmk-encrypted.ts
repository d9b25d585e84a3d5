import type { StorageAccount } from '@azure/arm-storage';
import { fail, MissingData, need, needAll, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { at, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { SUBSCRIPTION_TYPE } from '../support/subscription.js';
import { activityLogSettings, DIAGNOSTIC_SETTING_TYPE, settingOf } from './support/activity-log.js';

const STORAGE_TYPE = 'Microsoft.Storage/storageAccounts';

export const rule: Rule = {
  id: 'azure.monitor.activity-log-storage-cmk-encrypted',
  title: 'Storage accounts that receive the activity log are encrypted with a customer-managed key',
  severity: 'low',
  providers: ['azure'],
  types: [SUBSCRIPTION_TYPE],
  lookups: [DIAGNOSTIC_SETTING_TYPE, STORAGE_TYPE],
  rationale: 'The exported activity log is the record of every administrative action; encrypting it with your own key means access to it can be revoked and audited independently of the storage account.',
  remediation: {
    steps: ['Create a key in a Key Vault with purge protection.', 'Open the storage account that receives the activity log > Encryption.', 'Choose customer-managed keys, select the key and save.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <vault-uri> --encryption-key-name <key>',
    terraform: 'resource "azurerm_storage_account_customer_managed_key" "activity_logs" {\n  storage_account_id = azurerm_storage_account.activity_logs.id\n  key_vault_id       = azurerm_key_vault.this.id\n  key_name           = azurerm_key_vault_key.this.name\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log', 'https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview'],
  compliance: [cis('7.1.1.3'), mcsb('DP-5'), nist('SC-28(1)')],
  version: 1,
  evaluate(asset, ctx) {
    const targets = [...new Set(activityLogSettings(asset, ctx).map((a) => settingOf(a).storageAccountId).filter((id): id is string => !!id))];
    if (!targets.length) return notApplicable('No activity-log diagnostic setting sends to a storage account');
    const accounts = needAll(ctx, STORAGE_TYPE, { account: asset.account });
    const judged = targets.map((id) => {
      const found = accounts.find((a) => a.id.toLowerCase() === id.toLowerCase());
      // A target in another subscription (or not collected) cannot be judged from here.
      if (!found) throw new MissingData(`the storage account ${id} that receives the activity log was not collected`, [{ path: `${DIAGNOSTIC_SETTING_TYPE}[].setting.storageAccountId`, observed: id, expected: 'a collected storage account' }]);
      const source = need<StorageAccount>(found, 'account').encryption?.keySource;
      return { id, name: found.name, cmk: same(source, 'Microsoft.Keyvault'), evidence: { path: at(found.id, 'config.account.encryption.keySource'), observed: source ?? null, expected: 'Microsoft.Keyvault' } };
    });
    const evidence = judged.map((j) => j.evidence);
    const plain = judged.filter((j) => !j.cmk);
    if (!plain.length) return pass('Every storage account receiving the activity log uses a customer-managed key', evidence);
    return fail(`Activity log storage encrypted with Microsoft-managed keys: ${plain.map((j) => j.name).join(', ')}`, evidence);
  },
};

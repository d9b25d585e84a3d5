import { need, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { type DiagnosticSetting, destinationOf, logsEnabled } from '../support/diagnostics.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { VAULT_TYPE } from './support/vault.js';

export const rule: Rule = {
  id: 'azure.keyvault.diagnostic-logging-enabled',
  title: 'Key vault sends its AuditEvent logs to a destination',
  severity: 'medium',
  providers: ['azure'],
  types: [VAULT_TYPE],
  rationale: 'Without AuditEvent logs there is no record of who read which secret or used which key, and when; investigating a leak or a misuse is then guesswork.',
  remediation: {
    steps: ['Open the key vault > Monitoring > Diagnostic settings > Add diagnostic setting.', "Select the 'audit' category group (or AuditEvent) and a Log Analytics workspace, storage account or event hub.", 'Save.'],
    cli: 'az monitor diagnostic-settings create --name kv-audit --resource <vault-id> --workspace <workspace-id> --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
    terraform: 'resource "azurerm_monitor_diagnostic_setting" "kv" {\n  name                       = "kv-audit"\n  target_resource_id         = azurerm_key_vault.this.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.this.id\n  enabled_log {\n    category_group = "audit"\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/logging', 'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings'],
  compliance: [cis('7.1.1.4'), mcsb('LT-3'), nist('AU-12')],
  version: 1,
  evaluate(asset) {
    const settings = need<DiagnosticSetting[] | null>(asset, 'diagnosticSettings') ?? [];
    const good = settings.find((s) => destinationOf(s) && logsEnabled(s, 'AuditEvent', ['audit', 'allLogs']));
    const evidence = { path: 'config.diagnosticSettings', observed: settings.map((s) => ({ name: s.name ?? null, logs: s.logs ?? [], destination: destinationOf(s) })), expected: 'AuditEvent (or audit/allLogs) enabled with a destination' };
    return check(good !== undefined, evidence, `AuditEvent logs go to ${good ? destinationOf(good) : ''} (setting ${good?.name ?? ''})`, settings.length ? 'No diagnostic setting sends AuditEvent logs anywhere' : 'The vault has no diagnostic setting');
  },
};

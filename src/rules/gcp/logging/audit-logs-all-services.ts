import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import type { IamPolicy } from '../support/iam-policy.js';
import { GCP } from '../support/types.js';

const LOG_TYPES = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'];

export const rule: Rule = {
  id: 'gcp.logging.audit-logs-all-services',
  title: 'Data Access audit logs are on for all services (admin read, data read, data write) with no exemptions',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.project],
  rationale:
    'Admin Activity logs are always on, but reads of configuration and reads and writes of user data are only logged when Data ' +
    'Access logs are enabled. Without them an investigation cannot tell who read or changed data; exempted principals are invisible.',
  remediation: {
    steps: [
      'Add an auditConfigs entry for service allServices with ADMIN_READ, DATA_READ and DATA_WRITE to the project IAM policy (or set it on the folder or organization).',
      'Remove exemptedMembers from every audit config.',
    ],
    cli: 'gcloud projects get-iam-policy <PROJECT_ID> --format=yaml > policy.yaml\n# add: auditConfigs: [{service: allServices, auditLogConfigs: [{logType: ADMIN_READ}, {logType: DATA_READ}, {logType: DATA_WRITE}]}]\ngcloud projects set-iam-policy <PROJECT_ID> policy.yaml',
    terraform: 'resource "google_project_iam_audit_config" "all" {\n  project = var.project_id\n  service = "allServices"\n  audit_log_config {\n    log_type = "ADMIN_READ"\n  }\n  audit_log_config {\n    log_type = "DATA_READ"\n  }\n  audit_log_config {\n    log_type = "DATA_WRITE"\n  }\n}',
  },
  references: ['https://cloud.google.com/logging/docs/audit/configure-data-access', 'https://cloud.google.com/logging/docs/audit'],
  compliance: mappings('2.1', ['AU-2', 'AU-12']),
  version: 1,
  evaluate(asset) {
    const configs = need<IamPolicy | null>(asset, 'iamPolicy')?.auditConfigs ?? [];
    const all = configs.find((c) => c.service === 'allServices');
    const types = new Set((all?.auditLogConfigs ?? []).map((l) => l.logType ?? ''));
    const missing = LOG_TYPES.filter((t) => !types.has(t));
    const exempted = configs.flatMap((c) => (c.auditLogConfigs ?? []).flatMap((l) => (l.exemptedMembers ?? []).map((m) => `${m} (${c.service} ${l.logType})`)));
    const ev = [
      { path: 'config.iamPolicy.auditConfigs[service=allServices].auditLogConfigs', observed: [...types], expected: LOG_TYPES },
      { path: 'config.iamPolicy.auditConfigs[].auditLogConfigs[].exemptedMembers', observed: exempted, expected: [] },
    ];
    const problems = [
      !all && 'no audit config for allServices in the project policy (settings inherited from a folder or the organization are not visible here)',
      all && missing.length > 0 && `allServices lacks ${missing.join(', ')}`,
      exempted.length > 0 && `exempted principals: ${exempted.join(', ')}`,
    ].filter((p): p is string => typeof p === 'string');
    return problems.length ? fail(problems.join('; '), ev) : pass('All services log admin reads, data reads and data writes for everyone', ev);
  },
};

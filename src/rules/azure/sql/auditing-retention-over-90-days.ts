import type { ServerBlobAuditingPolicy } from '@azure/arm-sql';
import { fail, need, notApplicable, pass, type Rule, unknown } from '../../../core/rule.js';
import { same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_AUDIT_TF } from './auditing-enabled.js';
import { SQL_SERVER_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.sql.auditing-retention-over-90-days',
  title: 'Azure SQL server audit logs are kept for more than 90 days',
  severity: 'low',
  providers: ['azure'],
  types: [SQL_SERVER_TYPE],
  rationale: 'Database breaches are typically found months after they start; audit records deleted after a few weeks cannot show what was accessed.',
  remediation: {
    steps: ['Open the SQL server > Security > Auditing > Storage details.', 'Set retention to more than 90 days (or 0 for unlimited) and save.'],
    cli: 'az sql server audit-policy update --resource-group <rg> --name <server> --state Enabled --bsts Enabled --storage-account <account> --retention-days 120',
    terraform: SQL_AUDIT_TF,
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview', 'https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-setup'],
  compliance: [mcsb('LT-6'), nist('AU-11')],
  version: 1,
  evaluate(asset) {
    const policy = need<ServerBlobAuditingPolicy | null>(asset, 'auditing');
    if (!same(policy?.state, 'Enabled')) return notApplicable('Auditing is off (judged by azure.sql.auditing-enabled)');
    const days = policy?.retentionDays;
    const evidence = [{ path: 'config.auditing.retentionDays', observed: days ?? null, expected: '> 90 or 0 (unlimited)' }];
    // retentionDays applies to the storage destination; other destinations keep logs by their own retention.
    if (!policy?.storageEndpoint) return unknown('Audit logs go to Log Analytics or Event Hubs, whose retention is set there and was not collected', evidence);
    if (days === undefined || days === null) return unknown('The auditing policy reports no retention', evidence);
    // Documented: 0 keeps audit logs without limit.
    if (days === 0) return pass('Audit logs in storage are kept without limit', evidence);
    return days > 90 ? pass(`Audit logs are kept for ${days} days`, evidence) : fail(`Audit logs are kept for only ${days} days`, evidence);
  },
};

import type { LogicalDatabaseTransparentDataEncryption } from '@azure/arm-sql';
import { need, notApplicable, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_DATABASE_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.sql.database-tde-enabled',
  title: 'Azure SQL database has transparent data encryption on',
  severity: 'high',
  providers: ['azure'],
  types: [SQL_DATABASE_TYPE],
  rationale: 'Transparent data encryption encrypts data files, logs and backups at rest, so copies of storage or backups are unreadable without the key.',
  remediation: {
    steps: ['Open the database > Security > Transparent data encryption.', 'Turn data encryption on and save.'],
    cli: 'az sql db tde set --resource-group <rg> --server <server> --database <db> --status Enabled',
    terraform: '# TDE is on by default for azurerm_mssql_database; do not disable it (transparent_data_encryption_enabled = true).',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview'],
  compliance: [mcsb('DP-4'), nist('SC-28')],
  version: 1,
  evaluate(asset) {
    // master holds server metadata and is encrypted by the service; TDE is not configurable on it.
    if ((asset.name.split('/').pop() ?? '').toLowerCase() === 'master') return notApplicable('The master database is managed by the service');
    const tde = need<LogicalDatabaseTransparentDataEncryption | null>(asset, 'tde');
    const evidence = { path: 'config.tde.state', observed: tde?.state ?? null, expected: 'Enabled' };
    return check(same(tde?.state, 'Enabled'), evidence, 'Transparent data encryption is on', 'Transparent data encryption is off');
  },
};

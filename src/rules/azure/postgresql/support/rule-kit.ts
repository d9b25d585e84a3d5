import type { Rule } from '../../../../core/rule.js';
import { judgeParameter } from '../../support/server-parameters.js';

export const PG_TYPE = 'Microsoft.DBforPostgreSQL/flexibleServers';

export interface PgParamSpec {
  id: string;
  title: string;
  params: string[];
  ok: (value: string) => boolean;
  expected: string;
  severity: Rule['severity'];
  rationale: string;
  cliValue: string;
  compliance: Rule['compliance'];
}

/** A rule on one PostgreSQL flexible server parameter. */
export function pgParameterRule(spec: PgParamSpec): Rule {
  const param = spec.params[0] ?? '';
  return {
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    providers: ['azure'],
    types: [PG_TYPE],
    rationale: spec.rationale,
    remediation: {
      steps: ['Open the PostgreSQL flexible server > Settings > Server parameters.', `Set ${param} to ${spec.cliValue} and save (the change is dynamic for these parameters).`],
      cli: `az postgres flexible-server parameter set --resource-group <rg> --server-name <server> --name ${param} --value ${spec.cliValue}`,
      terraform: `resource "azurerm_postgresql_flexible_server_configuration" "${param.replace(/\W/g, '_')}" {\n  name      = "${param}"\n  server_id = azurerm_postgresql_flexible_server.this.id\n  value     = "${spec.cliValue}"\n}`,
    },
    references: ['https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-server-parameters', 'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-logging'],
    compliance: spec.compliance,
    version: 1,
    evaluate: (asset) => judgeParameter(asset, spec.params, spec.ok, spec.expected),
  };
}

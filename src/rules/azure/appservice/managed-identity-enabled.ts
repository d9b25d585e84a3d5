import type { Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SITE_TYPE, siteOf, siteTf } from './support/site.js';

export const rule: Rule = {
  id: 'azure.appservice.managed-identity-enabled',
  title: 'App Service app has a managed identity',
  severity: 'low',
  providers: ['azure'],
  types: [SITE_TYPE],
  rationale: 'A managed identity lets the app reach Key Vault, Storage and databases with tokens Azure rotates, instead of connection strings and secrets stored in app settings.',
  remediation: { steps: ['Open the app > Settings > Identity.', 'Turn the system-assigned identity on (or add a user-assigned one) and grant it the roles it needs.', 'Replace stored credentials with identity-based connections.'], cli: 'az webapp identity assign --resource-group <rg> --name <app>', terraform: siteTf('  identity {\n    type = "SystemAssigned"\n  }') },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/overview-managed-identity'],
  compliance: [mcsb('IM-3'), nist('IA-5')],
  version: 1,
  evaluate(asset) {
    const type = siteOf(asset).identity?.type;
    const evidence = { path: 'config.site.identity.type', observed: type ?? null, expected: 'SystemAssigned and/or UserAssigned' };
    return check(!!type && !same(type, 'None'), evidence, `Managed identity: ${type}`, 'The app has no managed identity');
  },
};

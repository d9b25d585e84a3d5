import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb } from '../support/frameworks.js';
import { SITE_TYPE, siteConfigOf, siteTf } from './support/site.js';

export const rule: Rule = {
  id: 'azure.appservice.http2-enabled',
  title: 'App Service app accepts HTTP/2',
  severity: 'low',
  providers: ['azure'],
  types: [SITE_TYPE],
  rationale: 'HTTP/2 removes head-of-line blocking and the request-smuggling ambiguities of HTTP/1.1 connection reuse, and is only offered over TLS.',
  remediation: { steps: ['Open the app > Settings > Configuration > General settings.', "Set 'HTTP version' to 2.0 and save."], cli: 'az webapp config set --resource-group <rg> --name <app> --http20-enabled true', terraform: siteTf('  site_config {\n    http2_enabled = true\n  }') },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings'],
  compliance: [mcsb('PV-2')],
  version: 1,
  evaluate(asset) {
    const value = siteConfigOf(asset).http20Enabled;
    // Documented default: false.
    const evidence = { path: 'config.config.http20Enabled', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'HTTP/2 is enabled', 'HTTP/2 is disabled');
  },
};

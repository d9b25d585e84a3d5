import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SITE_TYPE, siteOf, siteTf } from './support/site.js';

export const rule: Rule = {
  id: 'azure.appservice.https-only',
  title: 'App Service app redirects HTTP to HTTPS (HTTPS Only)',
  severity: 'medium',
  providers: ['azure'],
  types: [SITE_TYPE],
  rationale: 'An app that still answers on plain HTTP sends cookies, tokens and form data in clear text to anyone who can watch the network.',
  remediation: { steps: ['Open the app > Settings > Configuration > General settings.', "Set 'HTTPS Only' to On and save."], cli: 'az webapp update --resource-group <rg> --name <app> --https-only true', terraform: siteTf('  https_only = true') },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-https'],
  compliance: [mcsb('DP-3'), nist('SC-8')],
  version: 1,
  evaluate(asset) {
    const value = siteOf(asset).httpsOnly;
    // Documented default: false (HTTP is served).
    const evidence = { path: 'config.site.httpsOnly', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'HTTP requests are redirected to HTTPS', 'The app serves plain HTTP');
  },
};

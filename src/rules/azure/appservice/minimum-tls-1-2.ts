import { type Rule, unknown } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SITE_TYPE, siteConfigOf, siteTf } from './support/site.js';

export const rule: Rule = {
  id: 'azure.appservice.minimum-tls-1-2',
  title: 'App Service app requires TLS 1.2 or later',
  severity: 'medium',
  providers: ['azure'],
  types: [SITE_TYPE],
  rationale: 'TLS 1.0 and 1.1 are deprecated and weak; an app that still accepts them lets old or downgraded clients protect sessions with broken cryptography.',
  remediation: { steps: ['Open the app > Settings > Configuration > General settings.', "Set 'Minimum inbound TLS version' to 1.2 (or 1.3) and save."], cli: 'az webapp config set --resource-group <rg> --name <app> --min-tls-version 1.2', terraform: siteTf('  site_config {\n    minimum_tls_version = "1.2"\n  }') },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-tls-versions'],
  compliance: [mcsb('DP-3'), nist('SC-8')],
  version: 1,
  evaluate(asset) {
    const value = siteConfigOf(asset).minTlsVersion;
    const evidence = { path: 'config.config.minTlsVersion', observed: value ?? null, expected: '1.2 or 1.3' };
    // getConfiguration always reports the value; its absence is missing data, not a default.
    if (!value) return unknown('minTlsVersion was not reported', [evidence]);
    return check(['1.2', '1.3'].includes(value), evidence, `Minimum TLS version is ${value}`, `Minimum TLS version is ${value}`);
  },
};

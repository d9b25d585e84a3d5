import { type Rule, unknown } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SITE_TYPE, siteConfigOf, siteTf } from './support/site.js';

export const rule: Rule = {
  id: 'azure.appservice.ftp-disabled',
  title: 'App Service app does not allow plain FTP deployment',
  severity: 'medium',
  providers: ['azure'],
  types: [SITE_TYPE],
  rationale: 'Plain FTP sends the deployment credentials and code in clear text; anyone on the path can capture them and push code to the app.',
  remediation: { steps: ['Open the app > Settings > Configuration > General settings.', "Set 'FTP state' to Disabled (or FTPS only if FTP deployment is still needed) and save."], cli: 'az webapp config set --resource-group <rg> --name <app> --ftps-state Disabled', terraform: siteTf('  site_config {\n    ftps_state = "Disabled"\n  }') },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/deploy-ftp#enforce-ftps'],
  compliance: [mcsb('DP-3'), nist('SC-8')],
  version: 1,
  evaluate(asset) {
    const value = siteConfigOf(asset).ftpsState;
    const evidence = { path: 'config.config.ftpsState', observed: value ?? null, expected: 'Disabled or FtpsOnly' };
    if (!value) return unknown('ftpsState was not reported', [evidence]);
    return check(same(value, 'Disabled') || same(value, 'FtpsOnly'), evidence, `FTP state is ${value}`, 'Plain FTP is allowed (AllAllowed)');
  },
};

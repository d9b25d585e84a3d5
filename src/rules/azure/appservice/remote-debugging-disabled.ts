import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SITE_TYPE, siteConfigOf, siteTf } from './support/site.js';

export const rule: Rule = {
  id: 'azure.appservice.remote-debugging-disabled',
  title: 'App Service app has remote debugging turned off',
  severity: 'medium',
  providers: ['azure'],
  types: [SITE_TYPE],
  rationale: 'Remote debugging opens extra inbound ports and lets a debugger attach to the running process; left on after a debugging session it is an unnecessary way in.',
  remediation: { steps: ['Open the app > Settings > Configuration > General settings.', "Set 'Remote debugging' to Off and save."], cli: 'az webapp config set --resource-group <rg> --name <app> --remote-debugging-enabled false', terraform: siteTf('  site_config {\n    remote_debugging_enabled = false\n  }') },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings'],
  compliance: [mcsb('PV-2'), nist('CM-7')],
  version: 1,
  evaluate(asset) {
    const value = siteConfigOf(asset).remoteDebuggingEnabled;
    // Documented default: false (off); only an explicit true turns it on.
    const evidence = { path: 'config.config.remoteDebuggingEnabled', observed: value ?? null, expected: false };
    return check(value !== true, evidence, 'Remote debugging is off', 'Remote debugging is on');
  },
};

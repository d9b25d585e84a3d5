import type { SiteAuthSettingsV2 } from '@azure/arm-appservice';
import { need, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SITE_TYPE, siteTf } from './support/site.js';

export const rule: Rule = {
  id: 'azure.appservice.authentication-enabled',
  title: 'App Service app has App Service Authentication turned on',
  severity: 'low',
  providers: ['azure'],
  types: [SITE_TYPE],
  rationale: 'App Service Authentication rejects (or redirects) unauthenticated requests before they reach the code, so an app meant for signed-in users is not exposed to anonymous traffic because of a bug in its own checks.',
  remediation: { steps: ['Open the app > Settings > Authentication.', 'Add an identity provider (Microsoft Entra ID) and require authentication for unauthenticated requests.'], cli: 'az webapp auth update --resource-group <rg> --name <app> --enabled true --action LoginWithAzureActiveDirectory', terraform: siteTf('  auth_settings_v2 {\n    auth_enabled = true\n    require_authentication = true\n    active_directory_v2 {\n      client_id            = var.client_id\n      tenant_auth_endpoint = "https://login.microsoftonline.com/<tenant-id>/v2.0"\n    }\n    login {}\n  }') },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/overview-authentication-authorization'],
  compliance: [mcsb('IM-1'), nist('IA-2')],
  version: 1,
  evaluate(asset) {
    // null: the app has no authentication settings at all.
    const auth = need<SiteAuthSettingsV2 | null>(asset, 'authSettings');
    const enabled = auth?.platform?.enabled;
    const evidence = { path: 'config.authSettings.platform.enabled', observed: enabled ?? null, expected: true };
    return check(enabled === true, evidence, 'App Service Authentication is on', 'App Service Authentication is off');
  },
};

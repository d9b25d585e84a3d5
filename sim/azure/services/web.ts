/**
 * Azure App Service (Microsoft.Web/sites): web and function apps, their site configuration
 * (`config/web`) and their authentication settings (`config/authsettingsV2`, without secrets), as
 * `@azure/arm-appservice` calls them.
 *
 * Estate section `webSites`: site records in ARM wire JSON (`kind`, `identity`, `properties` nested:
 * httpsOnly, clientCertEnabled, publicNetworkAccess ...) with simulator-only `config` (the properties of
 * `config/web`: minTlsVersion, ftpsState, http20Enabled, remoteDebuggingEnabled ...) and `authSettingsV2`
 * (the properties of `config/authsettingsV2`). Unset: ARM's defaults for a new app (httpsOnly false,
 * TLS 1.2, FTPS only, HTTP/2 off, authentication off).
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import type { AzureSimContext, AzureSimService } from '../service.js';
import { childWire, findRecord, inScope, nameOf, pick, wire, type ArmRecord } from './arm-resources.js';

export interface SimWebSite extends ArmRecord {
  config?: Record<string, unknown>;
  authSettingsV2?: Record<string, unknown>;
}

const TYPE = 'Microsoft.Web/sites';
const BASE = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites/{name}';

function siteWire(s: SimWebSite): Record<string, unknown> {
  const host = `${nameOf(s)}.azurewebsites.net`;
  return {
    ...wire(s, TYPE, ['config', 'authSettingsV2']),
    kind: s.kind ?? 'app,linux',
    properties: {
      state: 'Running',
      hostNames: [host],
      enabledHostNames: [host, `${nameOf(s)}.scm.azurewebsites.net`],
      defaultHostName: host,
      enabled: true,
      httpsOnly: false,
      clientCertEnabled: false,
      clientCertMode: 'Required',
      publicNetworkAccess: 'Enabled',
      reserved: (s.kind ?? 'app,linux').includes('linux'),
      ...s.properties,
    },
  };
}

const site = (ctx: AzureSimContext) => findRecord<SimWebSite>(ctx, 'webSites', 'name', TYPE);

export const webService: AzureSimService = {
  name: 'web',
  routes: [
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.Web/sites', operation: 'Microsoft.Web/sites.list', kind: 'list', handler: (ctx) => inScope<SimWebSite>(ctx, 'webSites', TYPE).map(siteWire) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Web/sites', operation: 'Microsoft.Web/sites.listByResourceGroup', kind: 'list', handler: (ctx) => inScope<SimWebSite>(ctx, 'webSites', TYPE).map(siteWire) },
    { method: 'GET', path: BASE, operation: 'Microsoft.Web/sites.get', kind: 'get', handler: (ctx) => siteWire(site(ctx)) },
    {
      method: 'GET', path: `${BASE}/config/web`, operation: 'Microsoft.Web/sites/config.getConfiguration', kind: 'get',
      handler: (ctx) => {
        const s = site(ctx);
        return childWire(s.id, 'config', 'Microsoft.Web/sites/config', {
          name: 'web',
          location: s.location,
          properties: { numberOfWorkers: 1, alwaysOn: false, http20Enabled: false, minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'FtpsOnly', remoteDebuggingEnabled: false, webSocketsEnabled: false, managedPipelineMode: 'Integrated', ...s.config },
        });
      },
    },
    {
      method: 'GET', path: `${BASE}/config/authsettingsV2`, operation: 'Microsoft.Web/sites/config.getAuthSettingsV2WithoutSecrets', kind: 'get',
      handler: (ctx) => {
        const s = site(ctx);
        return childWire(s.id, 'config', 'Microsoft.Web/sites/config', {
          name: 'authsettingsV2',
          location: s.location,
          properties: { platform: { enabled: false, runtimeVersion: '~1' }, globalValidation: { requireAuthentication: false }, httpSettings: { requireHttps: true }, ...s.authSettingsV2 },
        });
      },
    },
  ],
  generate: (sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number => {
    const list: SimWebSite[] = (sub.resources.webSites ??= []);
    for (let i = 0; i < count; i++) {
      const weak = rand() < 0.3;
      list.push({
        id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-bench-web-${i % 10}/providers/${TYPE}/app-bench-${sub.subscriptionId.slice(0, 6)}-${i}`,
        location: pick(rand, locations),
        properties: { httpsOnly: !weak },
        config: weak ? { minTlsVersion: '1.0', ftpsState: 'AllAllowed' } : { minTlsVersion: '1.2', ftpsState: 'Disabled', http20Enabled: true },
      });
    }
    return count;
  },
};

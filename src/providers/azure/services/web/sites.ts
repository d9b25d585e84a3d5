import { WebSiteManagementClient, type Site } from '@azure/arm-appservice';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';
import type { AzureCollectContext, AzureCollector } from '../../collector.js';

export const WEB_SITE = 'Microsoft.Web/sites';

const WIDTH = 8;

async function hydrate(ctx: AzureCollectContext, site: Site): Promise<Asset> {
  const web = ctx.client(WebSiteManagementClient);
  const id = site.id ?? '';
  const rg = resourceGroupOf(id);
  const name = site.name ?? '';
  const region = regionOf(site.location);
  const asset = ctx.asset({ id, type: WEB_SITE, kind: 'compute.web-app', name, region, tags: site.tags });
  ctx.aspect(asset, 'site', { ok: true, value: site });
  const opts = { resource: id, region };
  const [config, authSettings] = await Promise.all([
    ctx.call('web', 'webApps.getConfiguration', () => web.webApps.getConfiguration(rg, name), opts),
    // The variant without secrets: it needs only config read, not the `config/list` action.
    ctx.call('web', 'webApps.getAuthSettingsV2WithoutSecrets', () => web.webApps.getAuthSettingsV2WithoutSecrets(rg, name), opts),
  ]);
  ctx.aspect(asset, 'config', config);
  ctx.aspect(asset, 'authSettings', authSettings);
  return asset;
}

/**
 * App Service web and function apps from `webApps.list`, each with its site configuration (minimum TLS,
 * FTPS state, HTTP/2, remote debugging) and its authentication settings.
 */
export const webSitesCollector: AzureCollector = {
  id: 'azure.web.sites',
  service: 'web',
  types: [WEB_SITE],
  permissions: ['Microsoft.Web/sites/read', 'Microsoft.Web/sites/config/read'],
  async *collect(ctx) {
    const web = ctx.client(WebSiteManagementClient);
    const sites = ctx.list('web', 'webApps.list', (token) => web.webApps.list().byPage({ continuationToken: token }));
    for await (const asset of mapInOrder(sites, WIDTH, (s) => hydrate(ctx, s))) {
      ctx.progress(1);
      yield asset;
    }
  },
};

import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, demoEstate } from '../../../../../test/support/azure.js';
import { WEB_SITE, webSitesCollector } from './sites.js';

describe('azure.web.sites on the demo estate', () => {
  it('collects apps with HTTPS-only, site configuration and authentication settings', async () => {
    const out = await collectAzure(await demoEstate(), webSitesCollector);
    expect(out.errors).toEqual([]);
    const legacy = byName(out.assets, WEB_SITE, 'app-parapet-legacy');
    expect(legacy).toMatchObject({ account: DEMO_DEV, region: 'eastus', kind: 'compute.web-app' });
    expect(legacy.config.site).toMatchObject({ httpsOnly: false, defaultHostName: 'app-parapet-legacy.azurewebsites.net' });
    expect(legacy.config.config).toMatchObject({ minTlsVersion: '1.0', ftpsState: 'AllAllowed', remoteDebuggingEnabled: true });
    expect(legacy.config.authSettings).toMatchObject({ platform: { enabled: false } });
    const shop = byName(out.assets, WEB_SITE, 'app-parapet-shop');
    expect(shop.config.site).toMatchObject({ httpsOnly: true, identity: { type: 'SystemAssigned' } });
    expect(shop.config.config).toMatchObject({ minTlsVersion: '1.2', ftpsState: 'Disabled', http20Enabled: true });
    expect(shop.config.authSettings).toMatchObject({ platform: { enabled: true }, globalValidation: { requireAuthentication: true } });
  });

  it('a denied configuration read is a gap; a denied listing makes coverage incomplete', async () => {
    const gap = await collectAzure(await demoEstate(), webSitesCollector, { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'web', operation: 'Microsoft.Web/sites/config.getConfiguration' }] });
    const legacy = byName(gap.assets, WEB_SITE, 'app-parapet-legacy');
    expect(legacy.config.config).toBeUndefined();
    expect(legacy.gaps.config).toMatchObject({ provider: 'azure', account: DEMO_DEV, region: 'eastus', service: 'web', operation: 'webApps.getConfiguration', code: 'AuthorizationFailed' });
    expect(legacy.config.authSettings).toBeDefined();
    const denied = await collectAzure(await demoEstate(), webSitesCollector, { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'web', operation: 'Microsoft.Web/sites.list' }] });
    expect(denied.assets).toEqual([]);
    expect(denied.coverage).toMatchObject([{ collector: 'azure.web.sites', ok: false }]);
  });
});

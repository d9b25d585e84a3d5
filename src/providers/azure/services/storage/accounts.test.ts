import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { BLOB_CONTAINER, STORAGE_ACCOUNT, storageAccountsCollector } from './accounts.js';

describe('azure.storage.accounts on the demo estate', () => {
  it('collects accounts with blob service and diagnostic settings, and containers with their account', async () => {
    const out = await collectAzure(await demoEstate(), storageAccountsCollector);
    expect(out.errors).toEqual([]);
    expect(out.coverage.every((c) => c.ok)).toBe(true);
    expect(out.assets.filter((a) => a.type === STORAGE_ACCOUNT).map((a) => a.name).sort()).toEqual(['stparapetlegacy', 'stparapetsecure', 'stparapetweb']);

    const web = byName(out.assets, STORAGE_ACCOUNT, 'stparapetweb');
    expect(web).toMatchObject({ provider: 'azure', account: DEMO_PROD, region: 'westeurope', kind: 'storage.account', id: `/subscriptions/${DEMO_PROD}/resourceGroups/rg-demo-web/providers/Microsoft.Storage/storageAccounts/stparapetweb` });
    expect(web.config.account).toMatchObject({ allowBlobPublicAccess: true, enableHttpsTrafficOnly: true, minimumTlsVersion: 'TLS1_2', creationTime: '2024-03-04T10:20:00.000Z' });
    expect(web.config.blobService).toMatchObject({ isVersioningEnabled: false, deleteRetentionPolicy: { enabled: false } });
    expect(web.config.diagnosticSettings).toEqual([]);

    const legacy = byName(out.assets, STORAGE_ACCOUNT, 'stparapetlegacy');
    expect(legacy.account).toBe(DEMO_DEV);
    expect(legacy.region).toBe('eastus');
    expect(legacy.config.account).toMatchObject({ enableHttpsTrafficOnly: false, minimumTlsVersion: 'TLS1_0' });

    const secure = byName(out.assets, STORAGE_ACCOUNT, 'stparapetsecure');
    expect(secure.config.account).toMatchObject({ encryption: { keySource: 'Microsoft.Keyvault' }, networkRuleSet: { defaultAction: 'Deny' } });
    expect(secure.config.diagnosticSettings).toMatchObject([{ name: 'blob-to-law', logs: [{ category: 'StorageRead', enabled: true }, {}, {}] }]);

    const pub = byName(out.assets, BLOB_CONTAINER, 'stparapetweb/public-assets');
    expect(pub).toMatchObject({ kind: 'storage.bucket', region: 'westeurope', id: `${web.id}/blobServices/default/containers/public-assets` });
    expect(pub.config.container).toMatchObject({ name: 'public-assets', publicAccess: 'Container' });
    expect(pub.config.account).toEqual(web.config.account);
    expect(pub.config.blobService).toEqual(web.config.blobService);
    // Sources: the listings for the listed aspects, the calls for the rest, and the account's own for the copies.
    expect(web.provenance).toEqual({
      account: 'azure:storage:storageAccounts.list',
      blobService: 'azure:storage:blobServices.getServiceProperties',
      diagnosticSettings: 'azure:monitor:diagnosticSettings.list',
    });
    expect(pub.provenance).toEqual({ ...web.provenance, container: 'azure:storage:blobContainers.list' });
    const priv = byName(out.assets, BLOB_CONTAINER, 'stparapetweb/private-reports');
    expect(priv.config.container).toMatchObject({ publicAccess: 'None' });
    // Plain JSON: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(out.assets))).toEqual(out.assets);
  });

  it('a denied container listing leaves a gap: coverage incomplete and an error naming the call', async () => {
    const out = await collectAzure(await demoEstate(), storageAccountsCollector, {
      subscription: DEMO_PROD,
      faults: [{ effect: 'deny', service: 'storage', operation: 'Microsoft.Storage/blobContainers.list', resource: 'stparapetweb' }],
    });
    expect(out.coverage).toMatchObject([{ provider: 'azure', account: DEMO_PROD, collector: 'azure.storage.accounts', ok: false, error: { code: 'AuthorizationFailed' } }]);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ provider: 'azure', account: DEMO_PROD, region: 'westeurope', service: 'storage', operation: 'blobContainers.list', code: 'AuthorizationFailed' });
    expect(out.errors[0]!.message).toContain("Microsoft.Storage/storageAccounts/blobServices/containers/read");
    // The other account's containers are still there.
    expect(out.assets.some((a) => a.name === 'stparapetsecure/audit-logs')).toBe(true);
  });

  it('a denied blob service read is a gap on the account and its containers, never a default', async () => {
    const out = await collectAzure(await demoEstate(), storageAccountsCollector, {
      subscription: DEMO_PROD,
      faults: [{ effect: 'deny', service: 'storage', operation: 'Microsoft.Storage/blobServices.getServiceProperties' }],
    });
    const web = byName(out.assets, STORAGE_ACCOUNT, 'stparapetweb');
    expect(web.config.blobService).toBeUndefined();
    expect(web.gaps.blobService).toMatchObject({ code: 'AuthorizationFailed', service: 'storage', operation: 'blobServices.getServiceProperties' });
    expect(web.provenance?.blobService).toBe('azure:storage:blobServices.getServiceProperties');
    const container = byName(out.assets, BLOB_CONTAINER, 'stparapetweb/public-assets');
    expect(container.gaps.blobService).toMatchObject({ code: 'AuthorizationFailed' });
    expect(container.provenance?.blobService).toBe('azure:storage:blobServices.getServiceProperties');
  });
});

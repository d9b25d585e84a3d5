import { describe, expect, it } from 'vitest';
import { AZURE_TEST_RETRY, collectAzure, DEMO_DEV, DEMO_MANAGEMENT_GROUP, DEMO_PROD, demoEstate, scanAzureWith } from '../../../../test/support/azure.js';
import { startAzureSimulator } from '../../../../sim/azure/server.js';
import { disksCollector } from '../services/compute/disks.js';
import { flowLogsCollector } from '../services/network/flow-logs.js';
import { publicIpsCollector } from '../services/network/public-ips.js';
import { securityGroupsCollector } from '../services/network/security-groups.js';
import { azureCollectors } from '../services/index.js';

const OUTSIDE = '5b1f0000-0000-4000-8000-0000000000ff';

describe('discoverAzure through @azure/identity and the ARM clients', () => {
  it('authenticates with the client secret and scans every visible subscription, with subscription assets', async () => {
    const out = await collectAzure(await demoEstate(), [publicIpsCollector, flowLogsCollector]);
    expect(out.result.accounts.sort()).toEqual([DEMO_PROD, DEMO_DEV]);
    expect(out.result.callerAccount).toBe('7a1e0000-0000-4000-8000-000000000001');
    expect(out.subscriptions.map((s) => s.id).sort()).toEqual([`/subscriptions/${DEMO_PROD}`, `/subscriptions/${DEMO_DEV}`]);
    const prod = out.subscriptions.find((s) => s.account === DEMO_PROD)!;
    expect(prod).toMatchObject({ type: 'Microsoft.Resources/subscriptions', kind: 'account', region: 'global', name: 'parapet-demo-prod' });
    expect(prod.config.subscription).toMatchObject({ subscriptionId: DEMO_PROD, displayName: 'parapet-demo-prod', state: 'Enabled' });
    expect(prod.config.locations).toEqual(['westeurope']);
    expect((prod.config.networkWatchers as Array<{ name: string }>).map((w) => w.name)).toEqual(['NetworkWatcher_westeurope']);
    const dev = out.subscriptions.find((s) => s.account === DEMO_DEV)!;
    expect(dev.config.networkWatchers).toEqual([]);
    expect(out.events.some((e) => e.type === 'accounts' && e.provider === 'azure')).toBe(true);
    expect(out.events.filter((e) => e.type === 'collector-done')).toHaveLength(4);
  });

  it('a wrong client secret stops the scan with one clear line', async () => {
    await expect(collectAzure(await demoEstate(), publicIpsCollector, { clientSecret: 'not-the-secret' })).rejects.toThrow(/no usable Azure credentials.*AADSTS7000215.*Invalid client secret/s);
  });

  it('follows nextLink across many pages and finds every resource', async () => {
    const estate = await demoEstate();
    const sub = estate.azure!.subscriptions.find((s) => s.subscriptionId === DEMO_DEV)!;
    sub.resources.publicIPAddresses = Array.from({ length: 23 }, (_, i) => ({ name: `pip-${i}`, resourceGroup: 'rg-many', location: 'eastus', properties: { ipAddress: `20.0.0.${i}` } }));
    const sim = await startAzureSimulator({ estate, pageSize: 5 });
    try {
      const out = await scanAzureWith(sim, [publicIpsCollector], { subscriptions: [DEMO_DEV] });
      expect(out.assets.map((a) => a.name).sort()).toEqual(Array.from({ length: 23 }, (_, i) => `pip-${i}`).sort());
      expect(sim.stats().byOperation['Microsoft.Network/publicIPAddresses.listAll']).toBe(5);
    } finally {
      await sim.close();
    }
  });

  it('a denied listing: coverage incomplete and an error naming provider, subscription, region, service, operation, code', async () => {
    const out = await collectAzure(await demoEstate(), securityGroupsCollector, {
      subscription: DEMO_PROD,
      faults: [{ effect: 'deny', account: DEMO_PROD, service: 'network', operation: 'Microsoft.Network/networkSecurityGroups.listAll' }],
    });
    expect(out.assets).toEqual([]);
    expect(out.coverage).toMatchObject([{ provider: 'azure', account: DEMO_PROD, region: 'global', collector: 'azure.network.security-groups', ok: false }]);
    expect(out.errors).toEqual([
      expect.objectContaining({ provider: 'azure', account: DEMO_PROD, region: 'global', service: 'network', operation: 'networkSecurityGroups.listAll', code: 'AuthorizationFailed' }),
    ]);
    expect(out.errors[0]!.message).toMatch(/does not have authorization to perform action 'Microsoft.Network\/networkSecurityGroups\/read'/);
  });

  it('a throttled call is retried after Retry-After and recovers', async () => {
    const out = await collectAzure(await demoEstate(), disksCollector, { subscription: DEMO_PROD, faults: [{ effect: 'throttle', service: 'compute', operation: 'Microsoft.Compute/disks.list', times: 2 }] });
    expect(out.errors).toEqual([]);
    expect(out.coverage[0]!.ok).toBe(true);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['data-orphaned', 'vm-app-os', 'vm-web-os']);
    expect(out.result.stats.retryCodes).toEqual({ SubscriptionRequestsThrottled: 2 });
  });

  it('throttled beyond the attempts: an error and incomplete coverage, not an empty list', async () => {
    const out = await collectAzure(await demoEstate(), disksCollector, { subscription: DEMO_PROD, faults: [{ effect: 'throttle', service: 'compute', operation: 'Microsoft.Compute/disks.list' }] });
    expect(out.assets).toEqual([]);
    expect(out.coverage[0]).toMatchObject({ ok: false, error: { code: 'SubscriptionRequestsThrottled' } });
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]!.message).toContain(`gave up after ${AZURE_TEST_RETRY.throttleAttempts} attempts`);
  });

  it('retries a 500 and gives up on a held connection with a timeout error', async () => {
    const flaky = await collectAzure(await demoEstate(), disksCollector, { subscription: DEMO_PROD, faults: [{ effect: 'error', service: 'compute', times: 1 }] });
    expect(flaky.errors).toEqual([]);
    expect(flaky.assets).toHaveLength(3);
    const held = await collectAzure(await demoEstate(), disksCollector, { subscription: DEMO_PROD, requestTimeoutMs: 300, faults: [{ effect: 'timeout', service: 'compute' }] });
    expect(held.coverage[0]!.ok).toBe(false);
    expect(held.errors[0]).toMatchObject({ provider: 'azure', service: 'compute', operation: 'disks.list', code: 'RequestTimeout' });
  }, 20_000);

  it('scopes to a management group, an explicit list, and exclusions', async () => {
    const estate = await demoEstate();
    estate.azure!.subscriptions.push({ subscriptionId: OUTSIDE, displayName: 'outside', resources: {} });
    const sim = await startAzureSimulator({ estate });
    try {
      const all = await scanAzureWith(sim, []);
      expect(all.result.accounts).toHaveLength(3);
      const mg = await scanAzureWith(sim, [], { managementGroup: DEMO_MANAGEMENT_GROUP });
      expect(mg.result.accounts.sort()).toEqual([DEMO_PROD, DEMO_DEV]);
      const root = await scanAzureWith(sim, [], { managementGroup: estate.azure!.tenantId });
      expect(root.result.accounts.sort()).toEqual([DEMO_PROD, DEMO_DEV]);
      const some = await scanAzureWith(sim, [], { managementGroup: DEMO_MANAGEMENT_GROUP, excludeSubscriptions: [DEMO_DEV] });
      expect(some.result.accounts).toEqual([DEMO_PROD]);
      const listed = await scanAzureWith(sim, [], { subscriptions: [OUTSIDE.toUpperCase()] });
      expect(listed.result.accounts).toEqual([OUTSIDE]);
      await expect(scanAzureWith(sim, [], { managementGroup: 'mg-nope' })).rejects.toThrow(/management group 'mg-nope'/);
      await expect(scanAzureWith(sim, [], { subscriptions: ['5b1f0000-0000-4000-8000-0000000000aa'] })).rejects.toThrow(/not visible to the credential/);
    } finally {
      await sim.close();
    }
  });

  it('every collector declares read permissions and a unique id', () => {
    const ids = azureCollectors.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of azureCollectors) {
      expect(c.id).toMatch(/^azure\.[a-z]+\.[a-z-]+$/);
      expect(c.permissions.length).toBeGreaterThan(0);
      for (const p of c.permissions) expect(p).toMatch(/^Microsoft\.[A-Za-z]+\/.+\/read$/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import { collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { DEFENDER_PRICINGS, defenderPlansCollector } from './defender-plans.js';
import { SECURITY_CONTACTS, securityContactsCollector } from './security-contacts.js';

const tier = (plans: unknown, name: string) => (plans as Array<{ name: string; pricingTier: string }>).find((p) => p.name === name)?.pricingTier;
function of(assets: Asset[], account: string, type: string): Asset {
  const hit = assets.find((a) => a.account === account && a.type === type);
  if (!hit) throw new Error(`no ${type} for ${account}`);
  return hit;
}

describe('azure.security collectors on the demo estate', () => {
  it('one Defender plans asset per subscription: Standard on prod for four plans, Free on dev', async () => {
    const out = await collectAzure(await demoEstate(), defenderPlansCollector);
    expect(out.errors).toEqual([]);
    const prod = of(out.assets, DEMO_PROD, DEFENDER_PRICINGS);
    expect(prod).toMatchObject({ kind: 'account.setting', id: `/subscriptions/${DEMO_PROD}/providers/Microsoft.Security/pricings` });
    for (const p of ['VirtualMachines', 'SqlServers', 'StorageAccounts', 'KeyVaults']) expect(tier(prod.config.defenderPlans, p)).toBe('Standard');
    expect(tier(prod.config.defenderPlans, 'Containers')).toBe('Free');
    const dev = of(out.assets, DEMO_DEV, DEFENDER_PRICINGS);
    expect((dev.config.defenderPlans as Array<{ pricingTier: string }>).every((p) => p.pricingTier === 'Free')).toBe(true);
    // Merged into the subscription assets too.
    expect(of(out.subscriptions, DEMO_PROD, 'Microsoft.Resources/subscriptions').config.defenderPlans).toEqual(prod.config.defenderPlans);
  });

  it('one security contacts asset per subscription: alerts on for prod, none on dev', async () => {
    const out = await collectAzure(await demoEstate(), securityContactsCollector);
    expect(out.errors).toEqual([]);
    expect(of(out.assets, DEMO_PROD, SECURITY_CONTACTS).config.securityContacts).toMatchObject([{ email: 'secops@parapet.example', alertNotifications: 'On', alertsToAdmins: 'On' }]);
    expect(of(out.assets, DEMO_DEV, SECURITY_CONTACTS).config.securityContacts).toEqual([]);
    expect(of(out.subscriptions, DEMO_PROD, 'Microsoft.Resources/subscriptions').config.securityContacts).toMatchObject([{ email: 'secops@parapet.example' }]);
  });

  it('a denied read is a gap on the settings asset, with an error naming the call', async () => {
    const out = await collectAzure(await demoEstate(), [defenderPlansCollector, securityContactsCollector], { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'security', operation: 'Microsoft.Security/pricings.list' }] });
    const plans = of(out.assets, DEMO_DEV, DEFENDER_PRICINGS);
    expect(plans.config.defenderPlans).toBeUndefined();
    expect(plans.gaps.defenderPlans).toMatchObject({ provider: 'azure', account: DEMO_DEV, region: 'global', service: 'security', operation: 'pricings.list', code: 'AuthorizationFailed' });
    expect(of(out.assets, DEMO_DEV, SECURITY_CONTACTS).config.securityContacts).toEqual([]);
    expect(of(out.subscriptions, DEMO_DEV, 'Microsoft.Resources/subscriptions').gaps.defenderPlans).toMatchObject({ operation: 'pricings.list', code: 'AuthorizationFailed' });
  });
});

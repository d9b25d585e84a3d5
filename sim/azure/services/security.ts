/**
 * Microsoft Defender for Cloud (Microsoft.Security): the subscription's Defender plans (`pricings`) and
 * security contacts, as `@azure/arm-security` calls them (pricings 2022-03-01, contacts 2017-08-01-preview).
 *
 * Estate sections:
 * - `pricings`: [{name: <plan>, properties: {pricingTier: Standard|Free, subPlan?}}] — ARM lists every plan;
 *   plans the estate leaves out come back on the Free tier.
 * - `securityContacts`: [{name, properties: {email, phone?, alertNotifications: On|Off, alertsToAdmins: On|Off}}].
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { AzureSimError, type AzureSimContext, type AzureSimService } from '../service.js';

export interface SimPricing {
  name: string;
  properties: { pricingTier: 'Standard' | 'Free'; subPlan?: string; [k: string]: unknown };
}

export interface SimSecurityContact {
  name: string;
  properties: { email?: string; phone?: string; alertNotifications?: 'On' | 'Off'; alertsToAdmins?: 'On' | 'Off' };
}

/** Plans a subscription's pricing listing returns. */
export const DEFENDER_PLANS = ['VirtualMachines', 'SqlServers', 'AppServices', 'StorageAccounts', 'SqlServerVirtualMachines', 'KeyVaults', 'Arm', 'Containers', 'CosmosDbs', 'OpenSourceRelationalDatabases'];

function pricings(ctx: AzureSimContext): Array<Record<string, unknown>> {
  const sub = ctx.subscription.subscriptionId;
  const set = ctx.section<SimPricing>('pricings');
  const names = [...DEFENDER_PLANS, ...set.map((p) => p.name).filter((n) => !DEFENDER_PLANS.includes(n))];
  return names.map((name) => {
    const p = set.find((x) => x.name.toLowerCase() === name.toLowerCase());
    const standard = p?.properties.pricingTier === 'Standard';
    return {
      id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${name}`,
      name,
      type: 'Microsoft.Security/pricings',
      properties: { pricingTier: 'Free', freeTrialRemainingTime: standard ? 'PT0S' : 'P30D', ...p?.properties },
    };
  });
}

function contacts(ctx: AzureSimContext): Array<Record<string, unknown>> {
  const sub = ctx.subscription.subscriptionId;
  return ctx.section<SimSecurityContact>('securityContacts').map((c) => ({
    id: `/subscriptions/${sub}/providers/Microsoft.Security/securityContacts/${c.name}`,
    name: c.name,
    type: 'Microsoft.Security/securityContacts',
    properties: { alertNotifications: 'Off', alertsToAdmins: 'Off', ...c.properties },
  }));
}

function named(items: Array<Record<string, unknown>>, name: string | undefined, what: string): Record<string, unknown> {
  const hit = items.find((i) => String(i.name).toLowerCase() === (name ?? '').toLowerCase());
  if (!hit) throw new AzureSimError('NotFound', `${what} '${name}' was not found.`, 404);
  return hit;
}

export const securityService: AzureSimService = {
  name: 'security',
  routes: [
    // Not paged: the pricing list is one `{ value }` body, as ARM returns it.
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.Security/pricings', operation: 'Microsoft.Security/pricings.list', kind: 'get', handler: (ctx) => ({ value: pricings(ctx) }) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.Security/pricings/{pricingName}', operation: 'Microsoft.Security/pricings.get', kind: 'get', handler: (ctx) => named(pricings(ctx), ctx.params.pricingName, 'Pricing') },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.Security/securityContacts', operation: 'Microsoft.Security/securityContacts.list', kind: 'list', handler: contacts },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.Security/securityContacts/{securityContactName}', operation: 'Microsoft.Security/securityContacts.get', kind: 'get', handler: (ctx) => named(contacts(ctx), ctx.params.securityContactName, 'Security contact') },
  ],
  generate: generateDefender,
};

/** Per generated subscription: the plan settings and contacts (two assets: pricings + contacts). */
function generateDefender(sub: AzureSubscriptionEstate, count: number, rand: () => number): number {
  if (count < 1) return 0;
  const protectedSub = rand() < 0.5;
  sub.resources.pricings = DEFENDER_PLANS.map((name) => ({ name, properties: { pricingTier: protectedSub && rand() < 0.8 ? 'Standard' : 'Free' } }));
  if (count < 2) return 1;
  sub.resources.securityContacts = rand() < 0.6 ? [{ name: 'default1', properties: { email: 'secops@example.com', alertNotifications: 'On', alertsToAdmins: 'On' } }] : [];
  return 2;
}

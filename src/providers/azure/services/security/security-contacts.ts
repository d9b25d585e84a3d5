import { SecurityCenter } from '@azure/arm-security';
import type { AzureCollector } from '../../collector.js';
import { allOf } from '../all-of.js';
import { subscriptionAspect } from '../subscription-aspect.js';

export const SECURITY_CONTACTS = 'Microsoft.Security/securityContacts';

/**
 * The subscription's Defender for Cloud security contacts as one settings asset (id
 * `/subscriptions/<id>/providers/Microsoft.Security/securityContacts`), aspect `securityContacts` = every
 * SecurityContact (email, alertNotifications, alertsToAdmins); `[]` when none is configured. The same
 * array is merged into the subscription asset's `securityContacts`.
 */
export const securityContactsCollector: AzureCollector = {
  id: 'azure.security.security-contacts',
  service: 'security',
  types: [SECURITY_CONTACTS],
  permissions: ['Microsoft.Security/securityContacts/read'],
  async *collect(ctx) {
    const security = ctx.client(SecurityCenter);
    const id = `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Security/securityContacts`;
    const asset = ctx.asset({ id, type: SECURITY_CONTACTS, kind: 'account.setting', name: 'securityContacts' });
    const contacts = await ctx.call('security', 'securityContacts.list', () => allOf(security.securityContacts.list()), { resource: id });
    ctx.aspect(asset, 'securityContacts', contacts);
    ctx.progress(1);
    yield asset;
    yield subscriptionAspect(ctx, 'securityContacts', contacts);
  },
};

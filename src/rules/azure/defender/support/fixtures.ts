/** Fixture builders for the Defender rule tests (test-only). */
import type { Pricing } from '@azure/arm-security';
import type { Asset } from '../../../../core/asset.js';
import { azureAsset, deniedGap, FIXTURE_SUBSCRIPTION } from '../../../../../test/support/azure-assets.js';
import { CONTACTS_TYPE } from './contacts.js';
import { PRICINGS_TYPE } from './plan-rule.js';

const OTHERS = ['VirtualMachines', 'SqlServers', 'AppServices', 'StorageAccounts', 'SqlServerVirtualMachines', 'KeyVaults', 'Arm', 'Containers', 'CosmosDbs', 'OpenSourceRelationalDatabases'];

/** A pricings.list result: the tiers given plus every other plan on Free; `plans({})` is an empty list. */
export function plans(tiers: Record<string, 'Standard' | 'Free'>): Pricing[] {
  const names = Object.keys(tiers).length ? [...new Set([...OTHERS, ...Object.keys(tiers)])] : [];
  return names.map((name) => ({
    id: `/subscriptions/${FIXTURE_SUBSCRIPTION}/providers/Microsoft.Security/pricings/${name}`,
    name,
    type: 'Microsoft.Security/pricings',
    pricingTier: tiers[name] ?? 'Free',
  }));
}

const contact = (fields: Record<string, unknown>) => ({ id: `/subscriptions/${FIXTURE_SUBSCRIPTION}/providers/Microsoft.Security/securityContacts/default1`, name: 'default1', ...fields });
/** The per-subscription settings asset of one Microsoft.Security collection, with the aspect given or denied. */
function settingsAsset(type: string, aspect: string, value: unknown, operation: string): Asset {
  const name = type.split('/')[1] ?? type;
  const base = { type, kind: 'account.setting', region: 'global', id: `/subscriptions/${FIXTURE_SUBSCRIPTION}/providers/${type}`, name };
  return value === 'denied' ? azureAsset({ ...base, gaps: { [aspect]: deniedGap('security', operation, 'AuthorizationFailed', 'global') } }) : azureAsset({ ...base, config: { [aspect]: value } });
}

/** The pricings asset with these plans (or with pricings.list denied). */
export const pricingsAsset = (value: Pricing[] | 'denied'): Asset => settingsAsset(PRICINGS_TYPE, 'defenderPlans', value, 'pricings.list');
/** The security contacts asset with these contacts. */
export const withContacts = (...contacts: Array<Record<string, unknown>>): Asset => settingsAsset(CONTACTS_TYPE, 'securityContacts', contacts.map(contact), 'securityContacts.list');
/** The security contacts asset whose securityContacts.list was denied. */
export const contactsDenied = (): Asset => settingsAsset(CONTACTS_TYPE, 'securityContacts', 'denied', 'securityContacts.list');
